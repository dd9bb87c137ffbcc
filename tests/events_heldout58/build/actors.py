"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

POLAND = ["Poland", "Polandia", "Warsaw", "Warsawa", "Donald Tusk", "Tusk", "Radoslaw Sikorski", "POL"]
TUSK = ["Donald Tusk", "Tusk", "POL"]
SIKORSKI = ["Radoslaw Sikorski", "Sikorski", "POL"]
POLISH_PROSECUTORS = [
    "National Prosecutor's Office",
    "Prosecutors",
    "Kejaksaan Polandia",
    "kejaksaan",
    "POL",
]
SABOTEURS = [
    "two Ukrainian citizens",
    "dua warga Ukraina",
    "dua warga negara Ukraina",
    "saboteurs",
    "pelaku",
    "Russian intelligence",
    "Russian services",
    "dinas intelijen Rusia",
    "Russia",
    "Rusia",
    "RUS",
    "UKR",
]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskwa",
    "Kremlin",
    "Dmitry Peskov",
    "Peskov",
    "Vladimir Putin",
    "RUS",
]
KREMLIN = ["Kremlin", "Dmitry Peskov", "Peskov", "RUS"]
BELARUS = ["Belarus", "Minsk", "BLR"]

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "SBU",
    "Dinas Keamanan Ukraina",
    "Sea Baby",
    "naval drone",
    "drone laut",
    "Ukrainian",
    "UKR",
]
TANKERS = [
    "Kairos",
    "Virat",
    "tankers",
    "kapal tanker",
    "shadow fleet",
    "armada bayangan",
    "Russia",
    "Rusia",
    "RUS",
]
CPC = ["Caspian Pipeline Consortium", "CPC", "Konsorsium Pipa Kaspia", "Novorossiysk", "KAZ", "RUS"]
KAZAKHSTAN = ["Kazakhstan", "Astana", "Kassym-Jomart Tokayev", "Tokayev", "KAZ"]
TURKEY = [
    "Turkey",
    "Turki",
    "Ankara",
    "Recep Tayyip Erdogan",
    "Erdogan",
    "Abdulkadir Uraloglu",
    "Uraloglu",
    "TUR",
]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "Kepala Negara", "Presiden", "IDN"]
INDONESIA_GOV = [
    "pemerintah",
    "Pemerintah",
    "pemerintah pusat",
    "Prabowo Subianto",
    "Prabowo",
    "Prasetyo Hadi",
    "BNPB",
    "Indonesia",
    "IDN",
]
FLOOD_VICTIMS = [
    "pengungsi",
    "korban banjir",
    "warga",
    "Tapanuli Tengah",
    "Aceh Tamiang",
    "Aceh",
    "Bireuen",
    "Sumatera",
    "IDN",
]
DPR = ["DPR", "Komisi VIII DPR", "Abdul Wachid", "Wachid", "IDN"]
MUALEM = ["Muzakir Manaf", "Mualem", "Gubernur Aceh", "Pemerintah Aceh", "IDN"]
PUPR = ["Kementerian Pekerjaan Umum", "Kementerian PU", "IDN"]
MALAYSIA = ["Malaysia", "Pemerintah Malaysia", "Anwar Ibrahim", "Anwar", "MYS"]

HOLNESS = ["Andrew Holness", "Holness", "Jamaica's prime minister", "JAM"]
JAMAICA = ["Jamaica", "Kingston", "Andrew Holness", "Holness", "JAM"]
USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "State Department",
    "Department of State",
    "Donald Trump",
    "Trump",
    "Marco Rubio",
    "Rubio",
    "USA",
]
TRUMP = ["Donald Trump", "Trump", "USA"]
UK = ["Britain", "British", "United Kingdom", "UK", "GBR"]
CUBA = ["Cuba", "Havana", "Miguel Díaz-Canel", "Díaz-Canel", "Cuban officials", "CUB"]
VENEZUELA = [
    "Venezuela",
    "Caracas",
    "Venezuela's foreign ministry",
    "Nicolas Maduro",
    "Maduro",
    "VEN",
]
MADURO = ["Nicolas Maduro", "Maduro", "VEN"]
CARTEL_SOLES = ["Cartel de los Soles", "Cartel of the Suns", "Nicolas Maduro", "Maduro", "VEN"]
AIRLINES = ["airlines", "Iberia", "TAP", "Avianca", "ESP", "PRT", "COL"]
DRUG_BOATS = ["boats", "drug traffickers", "VEN"]

MYANMAR_MIL = [
    "Myanmar military",
    "military",
    "junta",
    "army",
    "Min Aung Hlaing",
    "election commission",
    "Authorities",
    "MMR",
]
MIN_AUNG_HLAING = ["Min Aung Hlaing", "MMR"]
NUG = ["National Unity Government", "NUG", "MMR"]
NLD = ["National League for Democracy", "NLD", "Aung San Suu Kyi", "MMR"]
SAGAING_CIVILIANS = ["civilians", "village", "Sagaing", "Resistance groups", "MMR"]
TURK = ["Volker Turk", "Turk", "UN human rights chief", "United Nations"]
CHINA = ["China", "Beijing", "CHN"]

INDIA = [
    "India",
    "Pemerintah India",
    "New Delhi",
    "Narendra Modi",
    "Modi",
    "INS Vikrant",
    "Angkatan Udara India",
    "IND",
]
MODI = ["Narendra Modi", "Modi", "IND"]
SRI_LANKA = ["Sri Lanka", "Kolombo", "Colombo", "Anura Kumara Dissanayake", "Dissanayake", "LKA"]
DISSANAYAKE = ["Anura Kumara Dissanayake", "Dissanayake", "LKA"]

DRC = [
    "Republik Demokratik Kongo",
    "Pemerintah Kongo",
    "Kongo",
    "Kinshasa",
    "tentara Kongo",
    "Felix Tshisekedi",
    "COD",
]
M23 = ["M23", "AFC/M23", "pemberontak", "COD"]
QATAR = ["Qatar", "Doha", "Mohammed Al-Khulaifi", "Al-Khulaifi", "QAT"]
BOULOS = ["Massad Boulos", "Boulos", "Amerika Serikat", "USA"]
RWANDA = ["Rwanda", "Kigali", "RWA"]

POLDA_JATIM = [
    "Polda Jawa Timur",
    "Polda Jatim",
    "polisi",
    "Polisi",
    "penyidik",
    "Jules Abraham Abast",
    "Abast",
    "IDN",
]
TUNU_CREW = ["nakhoda", "anak buah kapal", "ABK", "KMP Tunu Pratama Jaya", "operator kapal", "IDN"]
KOMISI_V = ["Komisi V DPR", "DPR", "Lasarus", "IDN"]
KEMENHUB = ["Kementerian Perhubungan", "Kemenhub", "IDN"]
SAR = ["Basarnas", "TNI", "Polri", "tim SAR gabungan", "IDN"]
