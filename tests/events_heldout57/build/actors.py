"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Donald Trump",
    "Trump",
    "USA",
]
MBS = ["Mohammed bin Salman", "MBS", "Prince Mohammed", "crown prince", "Putra Mahkota", "SAU"]
SAUDI = ["Saudi Arabia", "Arab Saudi", "Saudi", "Riyadh", "kingdom", "Mohammed bin Salman", "MBS", "SAU"]
KHASHOGGI = ["Jamal Khashoggi", "Khashoggi", "SAU"]
ISRAEL = ["Israel", "Israeli official", "ISR"]

UNSC = [
    "UN Security Council",
    "Security Council",
    "Dewan Keamanan",
    "DK PBB",
    "council",
    "United Nations",
    "PBB",
]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = [
    "Indonesia",
    "Pemerintah Indonesia",
    "Jakarta",
    "Kementerian Luar Negeri",
    "Kemlu",
    "Foreign Ministry",
    "Yvonne Mewengkang",
    "Sjafrie Sjamsoeddin",
    "Sjafrie",
    "Kemhan",
    "Kementerian Pertahanan",
    "TNI",
    "Indonesian Military",
    "Prabowo Subianto",
    "Prabowo",
    "IDN",
]
SJAFRIE = ["Sjafrie Sjamsoeddin", "Sjafrie", "Menteri Pertahanan", "Defense Minister", "IDN"]
EGYPT = ["Mesir", "Egypt", "Egyptian officials", "pihak Mesir", "Kairo", "Cairo", "Sharm el-Sheikh", "EGY"]
HAMAS = ["Hamas", "PSE"]
PALESTINIANS = ["Palestinians", "Palestina", "Gaza", "PSE"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vassily Nebenzia", "Nebenzia", "RUS"]

BGN = ["Badan Gizi Nasional", "BGN", "Dadan Hindayana", "Dadan", "IDN"]
SPPG = ["Satuan Pelayanan Pemenuhan Gizi", "SPPG", "dapur", "mitra", "IDN"]
STUDENTS = ["siswa", "pelajar", "korban", "anak", "IDN"]
BANDUNG_BARAT = [
    "Bupati Bandung Barat",
    "Jeje Ritchie Ismail",
    "Jeje",
    "Kabupaten Bandung Barat",
    "pemda",
    "Dinas Kesehatan",
    "IDN",
]
DEDI = ["Dedi Mulyadi", "Gubernur Jawa Barat", "IDN"]
POLRES_CIMAHI = ["Polres Cimahi", "polisi", "Polisi", "IDN"]
POLRES_LEBONG = [
    "Kepolisian Resor Lebong",
    "Polres Lebong",
    "polisi",
    "Polisi",
    "penyidik",
    "Rusdi Anwar",
    "Rusdi",
    "IDN",
]
LEBONG_SUSPECTS = ["RA", "SN", "tersangka", "kepala SPPG", "juru masak", "Yudi Pratama", "IDN"]
DPR = ["DPR", "Komisi IX", "anggota DPR", "IDN"]
JPPI = ["Jaringan Pemantau Pendidikan Indonesia", "JPPI", "Ubaid Matraji", "IDN"]

ORBAN = ["Viktor Orbán", "Viktor Orban", "Orbán", "Orban", "HUN"]
HUNGARY = [
    "Hungary",
    "Hongaria",
    "Budapest",
    "Viktor Orbán",
    "Orbán",
    "Orban",
    "Péter Szijjártó",
    "Szijjártó",
    "HUN",
]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
ROSNEFT_LUKOIL = ["Rosneft", "Lukoil", "Russia", "Russian oil", "RUS"]
IRAN = [
    "Iran",
    "Tehran",
    "Teheran",
    "Revolutionary Guards",
    "Guards",
    "IRGC",
    "Islamic Revolutionary Guard Corps",
    "Garda Revolusi",
    "IRN",
]
TALARA = ["Talara", "tanker", "vessel", "Columbia Shipmanagement", "Marshall Islands", "MHL"]
ADVANTAGE_SWEET = ["Advantage Sweet", "tanker", "MHL"]
CHINA = [
    "China",
    "Beijing",
    "Communist Party",
    "Chinese Communist Party",
    "Central Military Commission",
    "Central Committee",
    "defence ministry",
    "Zhang Xiaogang",
    "Xi Jinping",
    "People's Liberation Army",
    "CHN",
]
HE_WEIDONG = ["He Weidong", "nine senior military officers", "nine", "generals", "CHN"]
MIAO_HUA = ["Miao Hua", "CHN"]
LI_WEI = ["Li Shangfu", "Wei Fenghe", "former defence ministers", "CHN"]
CCP_CC = ["Central Committee", "fourth plenum", "Communist Party", "party", "CHN"]

ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
UKRAINE = ["Ukraina", "Ukraine", "Kyiv", "Volodymyr Zelensky", "Zelensky", "UKR"]
RUSSIA_ID = ["Rusia", "Russia", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
US_DEFENCE_FIRMS = ["perusahaan pertahanan AS", "eksekutif", "Patriot", "Raytheon", "Lockheed Martin", "USA"]
BOLSONARO = ["Jair Bolsonaro", "Bolsonaro", "BRA"]
BRAZIL_JUSTICE = [
    "Polisi Federal",
    "Polisi Federal Brasil",
    "Federal Police",
    "Alexandre de Moraes",
    "Moraes",
    "Mahkamah Agung",
    "Supreme Court",
    "panel Mahkamah Agung",
    "pengadilan",
    "BRA",
]
FLAVIO = ["Flavio Bolsonaro", "Flavio", "BRA"]
LULA = ["Luiz Inacio Lula da Silva", "Lula", "BRA"]

MANZO = ["Carlos Manzo", "Manzo", "Wali Kota Uruapan", "MEX"]
GUNMAN = ["pelaku", "pelaku penembakan", "orang bersenjata", "gunman", "MEX"]
MEXICO = [
    "Meksiko",
    "Mexico",
    "Omar Garcia Harfuch",
    "Garcia Harfuch",
    "Claudia Sheinbaum",
    "Sheinbaum",
    "pemerintah federal",
    "pengawal",
    "Carlos Torres Pina",
    "penyidik",
    "aparat",
    "MEX",
]
SHEINBAUM = ["Claudia Sheinbaum", "Sheinbaum", "MEX"]
MICHOACAN_PROTESTERS = ["warga", "demonstran", "Ratusan warga", "MEX"]
MICHOACAN_GOV = ["Istana Pemerintahan Michoacan", "Michoacan", "MEX"]
BRAVO = ["Bernardo Bravo", "MEX"]
BASTIDA = ["Salvador Bastida", "Wali Kota Tacambaro", "MEX"]
CJNG = ["Jalisco New Generation", "CJNG", "kartel", "MEX"]
