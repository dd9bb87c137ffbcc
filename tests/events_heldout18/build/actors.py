"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

NEPAL_POLICE = [
    "Nepali police",
    "Nepal police",
    "polisi Nepal",
    "police",
    "polisi",
    "Aparat",
    "Binod Ghimire",
    "NPL",
]
NEPAL_PROTESTERS = ["protesters", "pengunjuk rasa", "demonstran", "Gen Z", "anak muda", "young people", "NPL"]
NEPAL_GOV = [
    "government",
    "pemerintah",
    "Pemerintah Nepal",
    "Nepal",
    "district administration",
    "K.P. Sharma Oli",
    "KP Sharma Oli",
    "Oli",
    "Prithvi Subba Gurung",
    "Gurung",
    "NPL",
]
OLI = ["K.P. Sharma Oli", "KP Sharma Oli", "Oli", "NPL"]
LEKHAK = ["Ramesh Lekhak", "Lekhak", "NPL"]
UN_RIGHTS = ["United Nations human rights office", "Kantor Hak Asasi Manusia PBB", "PBB", "United Nations"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "Danantara", "Rosan Roeslani", "IDN"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "St Petersburg", "RUS"]
RDIF = ["Russian Direct Investment Fund", "RDIF", "Dana Investasi Langsung Rusia", "Kirill Dmitriev", "RUS"]
SPIEF = [
    "St Petersburg International Economic Forum",
    "SPIEF",
    "Forum Ekonomi Internasional St. Petersburg",
    "RUS",
]
CANADA_G7 = ["G7", "Kanada", "Canada", "Kananaskis", "CAN"]

USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "Marco Rubio",
    "Rubio",
    "Pentagon",
    "Pete Hegseth",
    "Hegseth",
    "U.S. military",
    "USA",
]
TRUMP = ["Donald Trump", "Trump", "USA"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
VENEZUELA = ["Venezuela", "Caracas", "Nicolas Maduro", "Maduro", "Freddy Nanez", "Nanez", "VEN"]
MADURO = ["Nicolas Maduro", "Maduro", "VEN"]
TREN_DE_ARAGUA = ["Tren de Aragua", "narcoterrorists", "drug-carrying boat", "boat", "VEN"]
MEXICO = ["Mexico", "Claudia Sheinbaum", "Sheinbaum", "MEX"]
ECUADOR = ["Ecuador", "Daniel Noboa", "Noboa", "ECU"]

RSF = ["Rapid Support Forces", "RSF", "Mohamed Hamdan Dagalo", "Hemedti", "paramilitary", "SDN"]
HEMEDTI = ["Mohamed Hamdan Dagalo", "Hemedti", "Dagalo", "SDN"]
SUDAN_ARMY = ["Sudanese army", "army", "Sudan's army", "Abdel Fattah al-Burhan", "al-Burhan", "Burhan", "SDN"]
SUDAN_GOV = ["Sudan", "government", "Khalid al-Aiser", "Sudanese Armed Forces", "foreign ministry", "SDN"]
EL_FASHER = ["El Fasher", "civilians", "Saudi Maternity Hospital", "hospital", "SDN"]
WHO = ["World Health Organization", "WHO", "Tedros Adhanom Ghebreyesus", "Tedros"]
UNSC = ["UN Security Council", "Security Council", "United Nations"]

NORTH_KOREA = ["North Korea", "Pyongyang", "Kim Jong Un", "KCNA", "PRK"]
KIM = ["Kim Jong Un", "Kim", "PRK"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul", "KOR"]
SOUTH_KOREA = ["South Korea", "Seoul", "Lee Jae-myung", "Lee", "presidential office", "KOR"]
LEE = ["Lee Jae-myung", "Lee", "KOR"]
JAPAN = ["Japan", "Tokyo", "Sanae Takaichi", "Takaichi", "Japanese government", "JPN"]
APEC = ["APEC", "Asia-Pacific Economic Cooperation", "Gyeongju", "KOR"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "Budi Prasetyo",
    "Johanis Tanak",
    "Fitroh Rohcahyanto",
    "penyidik",
    "IDN",
]
WAHID = ["Abdul Wahid", "Wahid", "Gubernur Riau", "IDN"]
AZIS = ["Abdul Azis", "Azis", "Bupati Kolaka Timur", "IDN"]
POLDA_METRO = [
    "Polda Metro Jaya",
    "polisi",
    "Polisi",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "Ditreskrimum",
    "penyidik",
    "Polri",
    "IDN",
]
DELPEDRO = ["Delpedro Marhaen", "Delpedro", "Lokataru", "IDN"]
LOKATARU = ["Lokataru", "Lokataru Foundation", "Yayasan Lokataru", "kuasa hukum", "Haris Azhar", "IDN"]
AMNESTY_ID = ["Amnesty International Indonesia", "Amnesty", "Usman Hamid", "Usman", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "IDN"]
BRIMOB = ["Brimob", "kendaraan taktis", "rantis", "polisi", "IDN"]
PROTESTERS_ID = ["demonstran", "massa", "pengunjuk rasa", "IDN"]

CAMBODIA = ["Kamboja", "Cambodia", "Hun Manet", "Phnom Penh", "KHM"]
HUN_MANET = ["Hun Manet", "KHM"]
THAILAND = ["Thailand", "Bangkok", "Anutin Charnvirakul", "Anutin", "militer Thailand", "THA"]
ANUTIN = ["Anutin Charnvirakul", "Anutin", "THA"]
MALAYSIA = ["Malaysia", "Anwar Ibrahim", "Anwar", "Kuala Lumpur", "MYS"]
ANWAR = ["Anwar Ibrahim", "Anwar", "MYS"]
ASEAN = ["ASEAN", "KTT ASEAN", "Kuala Lumpur"]

IRAN = ["Iran", "Teheran", "Tehran", "Abbas Araghchi", "Araghchi", "Masoud Pezeshkian", "IRN"]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
IAEA = ["IAEA", "Badan Energi Atom Internasional", "Rafael Grossi", "Grossi"]
EGYPT = [
    "Mesir",
    "Egypt",
    "Kairo",
    "Abdel Fattah al-Sisi",
    "el-Sisi",
    "al-Sisi",
    "Sisi",
    "Badr Abdelatty",
    "EGY",
]
SISI = ["Abdel Fattah al-Sisi", "el-Sisi", "al-Sisi", "Sisi", "EGY"]
E3 = ["Inggris", "Prancis", "Jerman", "E3", "GBR", "FRA", "DEU"]
ISRAEL = ["Israel", "ISR"]
DPR = ["DPR", "anggota DPR", "DPRD", "IDN"]
ISRAEL_USA = ["Israel", "Amerika Serikat", "AS", "ISR", "USA"]
