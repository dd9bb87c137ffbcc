"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

RUSSIA = ["Russia", "Rusia", "Moscow", "Moskwa", "Kremlin", "Vladimir Putin", "Putin", "Dmitry Peskov", "RUS"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA_COURT = ["court in Yekaterinburg", "Pengadilan di Yekaterinburg", "Yekaterinburg", "court", "RUS"]
RETURNEES_RUS = ["Vadim Krasikov", "Krasikov", "warga Rusia", "returning Russians", "RUS"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Joe Biden",
    "Biden",
    "Kamala Harris",
    "Harris",
    "USA",
]
BIDEN = ["Joe Biden", "Biden", "Kamala Harris", "USA"]
WEST = [
    "West",
    "Barat",
    "Germany",
    "Jerman",
    "Poland",
    "Polandia",
    "Slovenia",
    "Norway",
    "Norwegia",
    "DEU",
    "USA",
]
GERMANY = ["Germany", "Jerman", "Berlin", "Olaf Scholz", "Scholz", "DEU"]
SCHOLZ = ["Olaf Scholz", "Scholz", "DEU"]
GERSHKOVICH = ["Evan Gershkovich", "Gershkovich", "Wall Street Journal", "USA"]
FREED_AMERICANS = [
    "Evan Gershkovich",
    "Gershkovich",
    "Paul Whelan",
    "Whelan",
    "Alsu Kurmasheva",
    "Kurmasheva",
    "USA",
]
KRASIKOV = ["Vadim Krasikov", "Krasikov", "RUS"]
KHANGOSHVILI = [
    "Zelimkhan Khangoshvili",
    "Khangoshvili",
    "Chechen-Georgian exile",
    "pembangkang Chechnya",
    "GEO",
]
TURKEY_MIT = ["MIT", "Turkey", "Turkiye", "Ankara", "Badan intelijen Turkiye", "TUR"]

ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
AUSTRALIA = ["Australia", "Canberra", "Anthony Albanese", "Albanese", "AUS"]
XI = ["Xi Jinping", "Xi", "CHN"]
LI_QIANG = ["Li Qiang", "CHN"]
CHINA = [
    "China",
    "Beijing",
    "Xi Jinping",
    "Xi",
    "Chinese navy",
    "Angkatan Laut China",
    "Mao Ning",
    "Sun Weidong",
    "Chinese Foreign Ministry",
    "Kementerian Luar Negeri China",
    "CHN",
]
CHINA_NAVY = ["Chinese navy", "Angkatan Laut China", "China", "CHN"]
YANG_HENGJUN = ["Yang Hengjun", "AUS"]
SHANGHAI = ["Shanghai", "China", "CHN"]

JAPAN = [
    "Japan",
    "Jepang",
    "Tokyo",
    "Sanae Takaichi",
    "Takaichi",
    "Takehiro Funakoshi",
    "Funakoshi",
    "Minoru Kihara",
    "Kihara",
    "Kenji Kanasugi",
    "Kanasugi",
    "Foreign Ministry",
    "JPN",
]
TAKAICHI = ["Sanae Takaichi", "Takaichi", "JPN"]
KANASUGI = ["Kenji Kanasugi", "Kanasugi", "Duta Besar Jepang", "Japanese Ambassador", "JPN"]
WU_JIANGHAO = ["Wu Jianghao", "Wu", "China's ambassador", "CHN"]
SUN_WEIDONG = ["Sun Weidong", "China", "Beijing", "CHN"]
XUE_JIAN = ["Xue Jian", "Xue", "Konsul Jenderal China di Osaka", "consul general", "CHN"]
TAIWAN = ["Taiwan", "TWN"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Prabowo Subianto", "Prabowo", "IDN"]
BRICS = ["BRICS", "KTT BRICS", "para pemimpin BRICS", "Rio de Janeiro", "BRA"]
LULA = ["Luiz Inacio Lula da Silva", "Lula", "Brasil", "Brazil", "BRA"]
BRAZIL = ["Brasil", "Brazil", "Rio de Janeiro", "Lula", "BRA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
IRAN = ["Iran", "IRN"]
SAUDI = ["Arab Saudi", "Saudi Arabia", "SAU"]

NATIONAL_ASSEMBLY = [
    "Majelis Nasional",
    "National Assembly",
    "parlemen",
    "parlemen Korea Selatan",
    "Woo Won-shik",
    "Partai Demokrat",
    "KOR",
]
HAN = ["Han Duck-soo", "Han", "KOR"]
YOON = ["Yoon Suk Yeol", "Yoon", "KOR"]
PPP = ["Partai Kekuatan Rakyat", "PPP", "People Power Party", "KOR"]
WOO = ["Woo Won-shik", "Woo", "Ketua Majelis Nasional", "KOR"]
CONST_COURT = ["Mahkamah Konstitusi", "Constitutional Court", "KOR"]
KOREAN_INVESTIGATORS = ["penyidik", "Korea Selatan", "KOR"]
SOUTH_KOREA = ["Korea Selatan", "South Korea", "Seoul", "KOR"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "penyidik",
    "IDN",
]
DICKY = ["Dicky Yuana Rady", "Dicky", "Inhutani V", "PT Inhutani V", "IDN"]
INHUTANI_SUSPECTS = ["Dicky Yuana Rady", "Dicky", "Djunaidi", "ADT", "tersangka", "IDN"]
DJUNAIDI = ["Djunaidi", "PT Paramitra Mulia Langgeng", "IDN"]
WITNESSES_ID = ["Perum Perhutani", "Perhutani", "Kementerian Kehutanan", "saksi", "IDN"]

YUNUS = ["Muhammad Yunus", "Yunus", "BGD"]
SHAHABUDDIN = ["Mohammed Shahabuddin", "Shahabuddin", "Presiden Bangladesh", "BGD"]
WAKER = ["Waker-Uz-Zaman", "Waker", "Angkatan Darat", "Panglima Angkatan Darat", "militer", "BGD"]
HASINA = ["Sheikh Hasina", "Hasina", "BGD"]
INDIA = ["India", "Narendra Modi", "Modi", "IND"]
MODI = ["Narendra Modi", "Modi", "IND"]
BD_PROTESTERS = ["demonstran", "mahasiswa", "pengunjuk rasa", "gerakan mahasiswa", "BGD"]
BD_SECURITY = ["aparat keamanan", "polisi", "pemerintah", "Sheikh Hasina", "Hasina", "BGD"]
BD_PARLIAMENT = ["parlemen", "parliament", "BGD"]

ISRAEL = [
    "Israel",
    "Israeli military",
    "Israeli army",
    "Israeli troops",
    "Israeli warplanes",
    "Israel Defense Forces",
    "IDF",
    "Benjamin Netanyahu",
    "Netanyahu",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
HEZBOLLAH = ["Hezbollah", "Mohammad Afif", "Afif", "Hassan Nasrallah", "Nasrallah", "LBN"]
NASRALLAH = ["Hassan Nasrallah", "Nasrallah", "Hezbollah", "LBN"]
LEBANON = [
    "Lebanon",
    "southern Lebanon",
    "Beirut",
    "Dahiyeh",
    "villages",
    "residents",
    "Najib Mikati",
    "Mikati",
    "LBN",
]
MIKATI = ["Najib Mikati", "Mikati", "Lebanon", "LBN"]
IRANIANS = ["Iranians", "Iran", "IRN"]
MOSSAD_TEL_AVIV = ["Mossad", "Tel Aviv", "Israel", "ISR"]

GONZALEZ = ["Edmundo González", "Edmundo Gonzalez", "González", "Gonzalez", "VEN"]
SPAIN = [
    "Spain",
    "Spanish government",
    "Madrid",
    "José Manuel Albares",
    "Albares",
    "Torrejón de Ardoz",
    "ESP",
]
VENEZUELA = [
    "Venezuela",
    "Caracas",
    "Nicolás Maduro",
    "Maduro",
    "Delcy Rodríguez",
    "Rodríguez",
    "prosecutors",
    "Caracas court",
    "electoral council",
    "VEN",
]
VEN_COURT = ["Caracas court", "court", "prosecutors", "Venezuela", "VEN"]
MADURO = ["Nicolás Maduro", "Nicolas Maduro", "Maduro", "VEN"]
MACHADO = ["María Corina Machado", "Maria Corina Machado", "Machado", "VEN"]
NETHERLANDS = ["Dutch government", "Dutch", "Netherlands", "NLD"]
BLINKEN = ["Antony Blinken", "Blinken", "United States", "US", "USA"]
VEN_PROTESTERS = ["protests", "protesters", "opposition", "VEN"]
