"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Vladimir Putin",
    "Putin",
    "Russian defence ministry",
    "Kementerian Pertahanan Rusia",
    "Russian air defenses",
    "RUS",
]
RUSSIA_TARGET = ["Russia", "Rusia", "Bryansk", "Kursk", "military facility", "fasilitas militer", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Dnipro",
    "Volodymyr Zelenskiy",
    "Volodymyr Zelensky",
    "Zelensky",
    "Zelenskiy",
    "Ukrainian military-industrial facility",
    "UKR",
]
ZELENSKY = ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskiy", "Zelensky", "UKR"]
UKRAINE_AIR_FORCE = ["Ukraine's air force", "Angkatan Udara Ukraina", "air force", "UKR"]
LYSAK = ["Serhiy Lysak", "Lysak", "UKR"]
USA = ["United States", "U.S.", "Amerika Serikat", "AS", "Washington", "Joe Biden", "Biden", "USA"]
US_OFFICIAL = ["U.S. official", "Washington", "John Kirby", "Kirby", "USA"]
NATO = ["NATO", "Dewan NATO-Ukraina", "NATO-Ukraine Council", "Brussel"]
WEST = ["United States", "Amerika Serikat", "AS", "Washington", "Inggris", "London", "Britain", "USA", "GBR"]

DRC = [
    "Democratic Republic of Congo",
    "DR Congo",
    "DRC",
    "Congo",
    "Kongo",
    "Kinshasa",
    "Felix Tshisekedi",
    "Tshisekedi",
    "Therese Kayikwamba Wagner",
    "Kayikwamba Wagner",
    "Congolese army",
    "tentara Kongo",
    "Goma",
    "COD",
]
TSHISEKEDI = ["Felix Tshisekedi", "Tshisekedi", "COD"]
KAYIKWAMBA = ["Therese Kayikwamba Wagner", "Kayikwamba Wagner", "COD"]
RWANDA = ["Rwanda", "Kigali", "Paul Kagame", "Kagame", "Ernest Rwamucyo", "Rwamucyo", "RWA"]
KAGAME = ["Paul Kagame", "Kagame", "RWA"]
M23 = ["M23", "pemberontak M23", "rebels", "pemberontak", "Rwanda-backed", "COD"]
KINSHASA_PROTESTERS = ["pengunjuk rasa", "protesters", "massa", "COD"]
EMBASSIES = ["Kedutaan Besar Rwanda", "Perancis", "Belgia", "Rwanda", "RWA", "FRA", "BEL"]
DRC_POLICE = ["polisi", "police", "COD"]
UNSC = ["UN Security Council", "Security Council", "Dewan Keamanan PBB", "United Nations", "PBB"]
GUTERRES = ["Antonio Guterres", "Guterres", "UN Secretary-General", "Sekretaris Jenderal PBB", "PBB"]
UN_EXPERTS = ["United Nations experts", "UN experts", "panel ahli PBB", "United Nations", "PBB"]
RUTO = ["William Ruto", "Ruto", "East African Community", "EAC", "KEN"]
PEACEKEEPERS = ["peacekeepers", "South Africa", "Malawi", "Uruguay", "ZAF", "MWI", "URY"]
CIRIMWAMI = ["Peter Cirimwami", "Cirimwami", "military governor of North Kivu", "COD"]

SYL = ["Syahrul Yasin Limpo", "Syahrul", "SYL", "IDN"]
TIPIKOR_COURT = [
    "Pengadilan Tindak Pidana Korupsi",
    "Pengadilan Tipikor",
    "majelis hakim",
    "hakim",
    "Rianto Adam Pontoh",
    "IDN",
]
HIGH_COURT = ["Pengadilan Tinggi", "PT DKI Jakarta", "majelis hakim", "hakim", "Artha Theresia", "IDN"]
KPK = ["Komisi Pemberantasan Korupsi", "KPK", "jaksa KPK", "jaksa", "Tessa Mahardhika", "Tessa", "IDN"]
KASDI_HATTA = ["Kasdi Subagyono", "Kasdi", "Muhammad Hatta", "Hatta", "IDN"]
SYL_LAWYER = ["Djamaludin Koedoeboen", "kuasa hukum", "tim kuasa hukum", "penasihat hukum", "IDN"]

INDONESIA = [
    "Indonesia",
    "Pemerintah Indonesia",
    "Kedutaan Besar Republik Indonesia",
    "KBRI",
    "KBRI Kuala Lumpur",
    "Kemlu",
    "Kemlu RI",
    "Judha Nugraha",
    "Judha",
    "IDN",
]
MALAYSIA = [
    "Malaysia",
    "Pemerintah Malaysia",
    "Kuala Lumpur",
    "kepolisian Malaysia",
    "aparat Malaysia",
    "MYS",
]
APMM = [
    "Agensi Penguatkuasaan Maritim Malaysia",
    "APMM",
    "aparat maritim Malaysia",
    "aparat Malaysia",
    "petugas",
    "MYS",
]
INDONESIAN_MIGRANTS = ["pekerja migran Indonesia", "PMI", "penumpang perahu", "korban", "perahu", "IDN"]
DPR_KOMISI_I = ["Komisi I DPR", "Utut Adianto", "Utut", "DPR", "IDN"]
MIGRANT_CARE = ["Migrant CARE", "IDN"]

SHARAA = ["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", "SYR"]
SYRIA_GOV = [
    "Suriah",
    "Syria",
    "Damaskus",
    "pemerintah pusat",
    "pasukan keamanan pemerintah",
    "kepresidenan Suriah",
    "Ahmed al-Sharaa",
    "al-Sharaa",
    "SYR",
]
SDF = [
    "Pasukan Demokratik Suriah",
    "SDF",
    "Mazloum Abdi",
    "Mazloum",
    "Kurdi",
    "SYR",
]
ASSAD_LOYALISTS = ["loyalis", "kelompok bersenjata loyalis", "Bashar al-Assad", "Assad", "SYR"]
ALAWITES = ["warga sipil Alawi", "Alawi", "warga sipil", "SYR"]
PRO_GOV_GROUPS = ["kelompok bersenjata pro-pemerintah", "pro-pemerintah", "pasukan keamanan", "SYR"]
ISIS = ["ISIS", "Islamic State", "NIIS"]

ROMANIA_AUTH = [
    "polisi",
    "Polisi",
    "Kejaksaan Agung",
    "jaksa",
    "Jaksa",
    "Rumania",
    "Romania",
    "pemerintah",
    "ROU",
]
GEORGESCU = ["Calin Georgescu", "Georgescu", "ROU"]
GEORGESCU_CIRCLE = ["Horatiu Potra", "Potra", "pendukung", "kampanye Georgescu", "Calin Georgescu", "ROU"]
GEORGESCU_SUPPORTERS = ["pendukung Georgescu", "pendukung", "Ratusan pendukung", "ROU"]
ROMANIA_COURT = ["Mahkamah Konstitusi Rumania", "Mahkamah Konstitusi", "ROU"]
MUSK = ["Elon Musk", "Musk", "USA"]

ALIYEV = ["Ilham Aliyev", "Aliyev", "AZE"]
AZERBAIJAN = [
    "Azerbaijan",
    "Azerbaijani",
    "Baku",
    "Ilham Aliyev",
    "Aliyev",
    "Azerbaijan Airlines",
    "passenger plane",
    "jetliner",
    "plane",
    "AZE",
]
AZAL = ["Azerbaijan Airlines", "AZE"]
RUSSIA_PROBE = ["Investigative Committee", "Russia's Investigative Committee", "RUS"]
BOZUMBAYEV = ["Kanat Bozumbayev", "Bozumbayev", "Kazakhstan", "KAZ"]

PKK = ["Kurdistan Workers' Party", "PKK", "TUR"]
TURKEY = [
    "Turkey",
    "Turkish state",
    "Ankara",
    "Recep Tayyip Erdogan",
    "Erdogan",
    "Omer Celik",
    "Celik",
    "AKP",
    "TUR",
]
OCALAN = ["Abdullah Ocalan", "Ocalan", "TUR"]
CELIK = ["Omer Celik", "Celik", "AKP", "TUR"]
DEM = ["DEM party", "DEM", "TUR"]
IRAQ_KRG = ["Iraqi government", "Kurdistan Regional Government", "Arbil", "IRQ"]

TRUMP = ["Donald Trump", "President Trump", "Trump", "USA"]
KING = ["King Charles", "the King", "King", "Prince and Princess of Wales", "royal", "GBR"]
STARMER = ["Keir Starmer", "Sir Keir", "Starmer", "Downing Street", "GBR"]
UK = ["UK", "United Kingdom", "Britain", "Stansted", "Windsor", "London", "GBR"]
UK_PROTESTERS = ["Protesters", "protesters", "Stop Trump Coalition", "GBR"]
THAMES_POLICE = ["Thames Valley Police", "police", "GBR"]
ARRESTED_FOUR = ["four people", "GBR"]
MANDELSON = ["Lord Mandelson", "Mandelson", "Peter Mandelson", "GBR"]
RED_ARROWS = ["Red Arrows", "F-35", "GBR", "USA"]
