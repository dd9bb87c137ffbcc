"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

INDIA = [
    "India",
    "New Delhi",
    "Indian military",
    "Indian troops",
    "Indian government",
    "defence ministry",
    "Narendra Modi",
    "Modi",
    "Vikram Misri",
    "pasukan India",
    "IND",
]
PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Pakistani military",
    "Pakistani troops",
    "militer Pakistan",
    "Shehbaz Sharif",
    "Sharif",
    "Ishaq Dar",
    "Bahawalpur",
    "Muridke",
    "Muzaffarabad",
    "PAK",
]
SHARIF = ["Shehbaz Sharif", "Sharif", "PAK"]
PAHALGAM_GUNMEN = [
    "gunmen",
    "militants",
    "kelompok bersenjata",
    "pelaku",
    "The Resistance Front",
    "Lashkar-e-Taiba",
]
PAHALGAM_VICTIMS = ["tourists", "Hindu tourists", "wisatawan", "Pahalgam", "Kashmir", "India", "IND"]
UN = ["United Nations", "PBB", "Antonio Guterres", "Guterres", "Dewan Keamanan PBB", "UN Security Council"]
TRUMP = ["Donald Trump", "Trump", "USA"]

HAMAS = ["Hamas", "militants", "Hamas-led militants", "Kelompok Hamas", "PSE"]
ISRAEL = [
    "Israel",
    "Israeli military",
    "Israeli army",
    "militer Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Israeli Cabinet",
    "ISR",
]
HOSTAGES = [
    "hostages",
    "sandera",
    "Romi Gonen",
    "Emily Damari",
    "Doron Steinbrecher",
    "Israeli women",
    "Israel",
    "ISR",
]
PRISONERS = ["Palestinian prisoners", "tahanan Palestina", "prisoners", "tahanan", "Palestinians", "PSE"]
GAZA = ["Gaza", "Palestinians", "warga Palestina", "Gaza Strip", "Jalur Gaza", "Hamas", "PSE"]
RED_CROSS = ["International Committee of the Red Cross", "Red Cross", "ICRC", "Palang Merah"]

EU = [
    "European Union",
    "EU",
    "Uni Eropa",
    "UE",
    "EU foreign ministers",
    "Kaja Kallas",
    "Kallas",
    "European Commission",
    "Komisi Eropa",
]
KALLAS = ["Kaja Kallas", "Kallas"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "shadow fleet", "armada bayangan", "RUS"]
UK = ["Britain", "United Kingdom", "Inggris", "Pemerintah Inggris", "UK", "GBR"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelensky", "UKR"]
EUROPE_LEADERS = ["pemimpin Eropa", "European leaders", "Ursula von der Leyen", "von der Leyen", "Kanada"]
HUNGARY = ["Hungaria", "Hungary", "HUN"]

IRAN = ["Iran", "Tehran", "Teheran", "Iranian judiciary", "judiciary", "Evin prison", "Evin", "IRN"]
EVIN = ["Evin prison", "Evin", "prisoners", "Tehran", "Iran", "IRN"]
KATZ = ["Israel Katz", "Katz", "ISR"]
USA = ["United States", "US", "U.S.", "Washington", "Donald Trump", "Trump", "White House", "USA"]
QATAR_BASE = ["Al Udeid", "airbase", "Qatar", "United States", "US", "USA", "QAT"]
AMNESTY = ["Amnesty International", "Amnesty"]
FRANCE = [
    "France",
    "Prancis",
    "Emmanuel Macron",
    "Macron",
    "Jean-Noel Barrot",
    "Barrot",
    "Paris",
    "FRA",
]
MACRON = ["Emmanuel Macron", "Macron", "FRA"]

STARMER = ["Keir Starmer", "Sir Keir Starmer", "Sir Keir", "Starmer", "prime minister", "GBR"]
UK_GOV = ["UK", "United Kingdom", "Britain", "King", "King Charles", "Keir Starmer", "Starmer", "GBR"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "UKR"]
EURO_LEADERS_EN = ["European leaders", "Europe", "Emmanuel Macron", "Macron"]
QUEEN = ["Queen Elizabeth II", "Queen", "Buckingham Palace", "UK", "Britain", "GBR"]
MAURITIUS = ["Mauritius", "Chagos Islands", "MUS"]

KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "Abdul Qohar",
    "Qohar",
    "Jampidsus",
    "penyidik",
    "IDN",
]
SUSPECTS_CHROMEBOOK = [
    "Sri Wahyuningsih",
    "Mulyatsyah",
    "Jurist Tan",
    "Ibrahim Arief",
    "tersangka",
    "empat orang",
    "IDN",
]
NADIEM = ["Nadiem Makarim", "Nadiem", "Hotman Paris Hutapea", "Hotman Paris", "kuasa hukum", "IDN"]

XI = ["Xi Jinping", "Xi", "CHN"]
CHINA = ["China", "Tiongkok", "Beijing", "Xi Jinping", "Xi", "Chengdu", "CHN"]
EU_CN_ACCUSERS = ["Eropa", "Uni Eropa", "Macron", "Prancis", "Barat", "FRA"]

SERBIA_PROTESTERS = [
    "pengunjuk rasa",
    "demonstran",
    "mahasiswa",
    "massa",
    "Ratusan ribu orang",
    "peserta",
    "kelompok oposisi",
    "SRB",
]
SERBIA_GOV = [
    "Pemerintah Serbia",
    "pemerintah",
    "Aleksandar Vucic",
    "Vucic",
    "Milos Vucevic",
    "Vucevic",
    "polisi",
    "Kepolisian",
    "aparat",
    "Kementerian Dalam Negeri Serbia",
    "SRB",
]
SERBIA_POLICE = ["polisi", "Kepolisian", "aparat", "SRB"]
VUCIC = ["Aleksandar Vucic", "Vucic", "SRB"]

BONE_PROTESTERS = [
    "Aliansi Rakyat Bone Bersatu",
    "mahasiswa",
    "warga",
    "massa",
    "demonstran",
    "Koordinator aksi",
    "Aliansi mahasiswa",
    "IDN",
]
BONE_POLICE = [
    "polisi",
    "Polisi",
    "aparat",
    "Polda Sulawesi Selatan",
    "Didik Supranoto",
    "Didik",
    "IDN",
]
BONE_GOV = ["Pemerintah Kabupaten Bone", "Pemkab Bone", "bupati", "Bupati Bone", "Kantor Bupati Bone", "IDN"]
PATI = ["warga", "Pati", "Bupati Sudewo", "Sudewo", "IDN"]
LBH = ["Lembaga Bantuan Hukum Makassar", "LBH Makassar", "IDN"]
