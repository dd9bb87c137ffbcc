"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "White House", "USA"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
JAPAN = ["Japan", "Jepang", "Tokyo", "Shigeru Ishiba", "Ishiba", "Nippon Steel", "JPN"]
BIDEN = ["Joe Biden", "Biden", "USA"]
NIPPON_STEEL = ["Nippon Steel", "US Steel", "U.S. Steel", "JPN"]
CHINA = ["China", "Beijing", "Tiongkok", "foreign ministry", "Xi Jinping", "CHN"]
KIM = ["Kim Jong Un", "Kim", "PRK"]

MADURO = ["Nicolas Maduro", "Maduro", "VEN"]
VENEZUELA = [
    "Venezuela",
    "Caracas",
    "Nicolas Maduro",
    "Maduro",
    "government",
    "pemerintah Maduro",
    "Freddy Nanez",
    "Hector Obregon",
    "Ramon Velasquez",
    "National Electoral Council",
    "security forces",
    "aparat keamanan",
    "VEN",
]
US_TREASURY = [
    "US Treasury",
    "Treasury Department",
    "State Department",
    "Washington",
    "Amerika Serikat",
    "AS",
    "Departemen Luar Negeri AS",
    "USA",
]
EU = ["European Union", "EU", "Uni Eropa", "Kaja Kallas", "Kallas"]
UK = ["Britain", "London", "United Kingdom", "Inggris", "GBR"]
MACHADO = ["Maria Corina Machado", "Machado", "VEN"]
VEN_OPPOSITION = [
    "opposition",
    "oposisi",
    "pendukung oposisi",
    "Maria Corina Machado",
    "Machado",
    "Edmundo Gonzalez Urrutia",
    "Gonzalez",
    "VEN",
]
GONZALEZ = ["Edmundo Gonzalez Urrutia", "Gonzalez", "VEN"]
PARAGUAY = ["Paraguay", "Santiago Pena", "Pena", "PRY"]

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Ukrainian forces",
    "Ukrainian troops",
    "Pasukan Ukraina",
    "Kyiv",
    "Volodymyr Zelenskiy",
    "Volodymyr Zelensky",
    "Zelenskiy",
    "Zelensky",
    "SBU",
    "UKR",
]
ZELENSKY = ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskiy", "Zelensky", "UKR"]
NK_SOLDIERS = [
    "North Korean soldier",
    "North Korean troops",
    "North Korean units",
    "tentara Korea Utara",
    "tentara Korut",
    "North Korea",
    "Korea Utara",
    "Korut",
    "Pyongyang",
    "PRK",
]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Russian forces",
    "Vladimir Putin",
    "Putin",
    "RUS",
]
NIS = [
    "National Intelligence Service",
    "NIS",
    "Badan Intelijen Nasional",
    "South Korea",
    "Korea Selatan",
    "KOR",
]

HOUTHIS = ["Houthi", "Houthis", "Houthi rebels", "rebels", "Yahya Saree", "Saree", "Yemen", "YEM"]
TUTOR = ["Tutor", "bulk carrier", "vessel", "ship", "crew", "LBR", "GRC"]
VERBENA = ["Verbena", "ship", "vessel", "PLW", "UKR"]
RUBYMAR = ["Rubymar", "ship", "vessel"]
US_NAVY = ["U.S. Navy", "U.S. military", "U.S.-led coalition", "United States", "USA"]

ISRAEL = [
    "Israel",
    "Israeli military",
    "Israeli army",
    "Israel's security cabinet",
    "Benjamin Netanyahu",
    "Netanyahu",
    "ISR",
]
AJ_JOURNALISTS = [
    "Anas al-Sharif",
    "al-Sharif",
    "Al Jazeera",
    "journalists",
    "Mohammed Qreiqeh",
    "Ismail al-Ghoul",
    "PSE",
]
AL_JAZEERA = ["Al Jazeera", "network", "QAT"]
CPJ = ["Committee to Protect Journalists", "CPJ"]
GAZA = ["Gaza City", "Gaza", "Hamas", "PSE"]

JAPAN_RAA = [
    "Jepang",
    "Yoko Kamikawa",
    "Kamikawa",
    "Minoru Kihara",
    "Kihara",
    "Fumio Kishida",
    "Kishida",
    "JPN",
]
PHILIPPINES = [
    "Filipina",
    "Manila",
    "Gilberto Teodoro",
    "Teodoro",
    "Enrique Manalo",
    "Manalo",
    "Ferdinand Marcos Jr.",
    "Marcos",
    "PHL",
]
MARCOS = ["Ferdinand Marcos Jr.", "Marcos", "PHL"]
KISHIDA = ["Fumio Kishida", "Kishida", "JPN"]
BIDEN_US = ["Joe Biden", "Biden", "Amerika Serikat", "AS", "Gedung Putih", "USA"]
CHINA_ID = ["China", "Pemerintah China", "Beijing", "CHN"]

KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "kejaksaan",
    "Jampidsus",
    "Abdul Qohar",
    "Qohar",
    "penyidik",
    "IDN",
]
TIAN = ["Tian Bahtiar", "Tian", "JakTV", "IDN"]
SUSPECTS_JAKTV = ["Tian Bahtiar", "Tian", "Marcella Santoso", "Marcella", "Junaedi Saibih", "Junaedi", "IDN"]
DEWAN_PERS = ["Dewan Pers", "IDN"]
AJI = ["Aliansi Jurnalis Independen", "AJI", "organisasi jurnalis", "IDN"]
JAKTV = ["JakTV", "Manajemen JakTV", "IDN"]

ROM_COURT = ["Mahkamah Konstitusi Rumania", "Mahkamah Konstitusi", "mahkamah", "Rumania", "ROU"]
ROMANIA = ["Rumania", "Klaus Iohannis", "Iohannis", "Dewan Tertinggi Pertahanan Nasional", "ROU"]
IOHANNIS = ["Klaus Iohannis", "Iohannis", "ROU"]
GEORGESCU = ["Calin Georgescu", "Georgescu", "ROU"]
LASCONI = ["Elena Lasconi", "Lasconi", "ROU"]
KREMLIN = ["Kremlin", "Dmitry Peskov", "Peskov", "Rusia", "RUS"]

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "Turki", "TUR"]
XI = ["Xi Jinping", "Xi", "CHN"]
SCO = ["Organisasi Kerja Sama Shanghai", "SCO", "KTT SCO", "Astana", "Kazakhstan", "KAZ"]
BRICS = ["BRICS", "KTT BRICS", "Kazan", "RUS"]
