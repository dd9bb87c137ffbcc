"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

BOMBER = ["suicide bomber", "bomber", "attacker", "pelaku bom bunuh diri", "pelaku", "Jamaat-ul-Ahrar"]
ISB_COURT = ["district court", "court", "judicial complex", "pengadilan", "Islamabad", "PAK"]
PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Shehbaz Sharif",
    "Shehbaz",
    "Mohsin Naqvi",
    "Naqvi",
    "Khawaja Asif",
    "security forces",
    "aparat keamanan",
    "PAK",
]
SHEHBAZ = ["Shehbaz Sharif", "Shehbaz", "Sharif", "PAK"]
ASIF = ["Khawaja Asif", "Asif", "PAK"]
NAQVI = ["Mohsin Naqvi", "Naqvi", "PAK"]
PAK_SENATE = ["Senate", "Senat", "PAK"]
AFGHANISTAN = ["Afghanistan", "Afghan", "Kabul", "Taliban", "Zabihullah Mujahid", "Mujahid", "AFG"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "Taliban Pakistan", "Jamaat-ul-Ahrar"]
WANA_MILITANTS = ["militants", "militan", "attackers", "penyerang", "TTP"]
CADET_COLLEGE = ["cadet college", "sekolah kadet", "Wana", "South Waziristan", "Waziristan Selatan", "PAK"]
QATAR_TURKEY = ["Qatar", "Turkey", "Turki", "QAT", "TUR"]

NAWROCKI = ["Karol Nawrocki", "Nawrocki", "POL"]
TRZASKOWSKI = ["Rafał Trzaskowski", "Rafal Trzaskowski", "Trzaskowski", "POL"]
TUSK = ["Donald Tusk", "Tusk", "POL"]
POLAND = ["Poland", "Polandia", "Poles", "voters", "POL"]
POL_PARLIAMENT = ["parliament", "parlemen", "Sejm", "POL"]
POL_ELECTORAL = ["state electoral commission", "Komisi Pemilihan Umum Nasional Polandia", "POL"]
TRUMP = ["Donald Trump", "Trump", "USA"]
NOEM = ["Kristi Noem", "Noem", "Homeland Security", "USA"]
ZELENSKY = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "UKR"]

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Ukrainian",
    "Kyiv",
    "Staf Umum Angkatan Bersenjata Ukraina",
    "General Staff",
    "Volodymyr Zelenskyy",
    "Volodymyr Zelensky",
    "Zelenskyy",
    "Zelensky",
    "drone Ukraina",
    "Ukrainian drones",
    "UKR",
]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Maria Zakharova",
    "Zakharova",
    "Russian forces",
    "Russian officials",
    "RUS",
]
RUSSIA_MOD = [
    "Ministry of Defence",
    "Kementerian Pertahanan Rusia",
    "air defences",
    "pertahanan udara",
    "RUS",
]
ZAKHAROVA = ["Maria Zakharova", "Zakharova", "Kementerian Luar Negeri Rusia", "RUS"]
VOLGOGRAD_REFINERY = ["Volgograd", "Lukoil", "kilang", "refinery", "Andrei Bocharov", "RUS"]
RYAZAN_REFINERIES = ["Ryazan", "Novokuibyshevsk", "kilang", "refinery", "RUS"]
UST_LUGA = ["Ust-Luga", "Novatek", "terminal", "Leningrad", "Alexander Drozdenko", "RUS"]
KURSK_NPP = ["Kursk nuclear power plant", "Kursk", "nuclear plant", "RUS"]
DRUZHBA = ["Unecha", "Druzhba", "pumping station", "RUS"]
IAEA = ["International Atomic Energy Agency", "IAEA", "Rafael Grossi", "Grossi"]
HUNGARY = ["Hungary", "Hungarian", "Budapest", "Peter Szijjarto", "Szijjarto", "HUN"]
CARNEY = ["Mark Carney", "Carney", "Canada", "Canadian", "CAN"]

WILDERS = ["Geert Wilders", "Wilders", "Freedom Party", "PVV", "NLD"]
SCHOOF = ["Dick Schoof", "Schoof", "NLD"]
DUTCH_GOV = ["Dutch government", "government", "coalition", "cabinet", "Dick Schoof", "Schoof", "NLD"]
DUTCH_COALITION = ["VVD", "NSC", "BBB", "coalition partners", "Dilan Yesilgoz-Zegerius", "Yesilgoz", "NLD"]
DUTCH_KING = ["King Willem-Alexander", "Willem-Alexander", "King", "NLD"]
NATO = ["NATO", "North Atlantic Treaty Organization", "Donald Trump"]
NETHERLANDS = ["Netherlands", "The Hague", "Dutch", "NLD"]
EU_COMMISSION = ["European Commission", "EU"]

MCR_ATTACKER = ["Jihad Al-Shamie", "Al-Shamie", "attacker", "suspect", "man", "GBR"]
SYNAGOGUE = [
    "Heaton Park Hebrew Congregation",
    "synagogue",
    "Jewish community",
    "Crumpsall",
    "Manchester",
    "GBR",
]
GMP = [
    "Greater Manchester Police",
    "GMP",
    "police",
    "Armed officers",
    "counter-terrorism police",
    "Stephen Watson",
    "GBR",
]
MCR_SUSPECTS = ["Two men and a woman", "suspects", "men", "woman", "GBR"]
STARMER = ["Keir Starmer", "Starmer", "Sir Keir", "GBR"]
UK = ["Britain", "United Kingdom", "UK", "London", "GBR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
UK_KING = ["King Charles", "Charles", "GBR"]

JAPAROV = ["Sadyr Japarov", "Japarov", "KGZ"]
RAHMON = ["Emomali Rahmon", "Rahmon", "TJK"]
KYRGYZSTAN = ["Kirgistan", "Kyrgyzstan", "Bishkek", "Sadyr Japarov", "Japarov", "KGZ"]
TAJIKISTAN = ["Tajikistan", "Dushanbe", "Emomali Rahmon", "Rahmon", "TJK"]
MIRZIYOYEV = ["Shavkat Mirziyoyev", "Mirziyoyev", "Uzbekistan", "UZB"]
RUSSIA_MFA = ["Rusia", "Russia", "Kementerian Luar Negeri Rusia", "RUS"]

ROBINSON = ["Tyler Robinson", "Robinson", "tersangka", "penembak", "pelaku", "USA"]
KIRK = ["Charlie Kirk", "Kirk", "Turning Point USA", "USA"]
US_LAW = [
    "Aparat penegak hukum",
    "polisi",
    "FBI",
    "Kash Patel",
    "Spencer Cox",
    "Cox",
    "pihak berwenang",
    "USA",
]
COX = ["Spencer Cox", "Cox", "Utah", "USA"]
UTAH_PROSECUTORS = ["Jaksa", "jaksa", "prosecutors", "Utah County", "Utah", "USA"]
US_DEMOCRATS = ["Partai Demokrat", "Barack Obama", "Obama", "Democrats", "USA"]
FBI = ["FBI", "Kash Patel", "USA"]
FBI_DETAINEES = ["dua orang", "two people", "USA"]

ZHELYAZKOV = ["Rosen Zhelyazkov", "Zhelyazkov", "pemerintah Bulgaria", "BGR"]
BULGARIA_GOV = [
    "pemerintah",
    "Pemerintah Bulgaria",
    "kabinet",
    "Rosen Zhelyazkov",
    "Zhelyazkov",
    "GERB",
    "BGR",
]
BULGARIA_PROTESTERS = ["demonstran", "pengunjuk rasa", "massa", "warga", "puluhan ribu orang", "BGR"]
BULGARIA_POLICE = ["polisi", "police", "BGR"]
BULGARIA_PARLIAMENT = ["parlemen", "Parlemen", "Majelis Nasional", "oposisi", "BGR"]
RADEV = ["Rumen Radev", "Radev", "BGR"]
EUROZONE = ["zona euro", "eurozone", "Uni Eropa", "EU"]

POLDA_METRO = ["Polda Metro Jaya", "polisi", "Polisi", "Ade Ary Syam Indradi", "Ade Ary", "penyidik", "IDN"]
LOOTERS = ["terduga penjarah", "penjarah", "terduga pelaku", "pelaku", "massa", "12 orang", "IDN"]
SAHRONI = ["Ahmad Sahroni", "Sahroni", "IDN"]
EKO_PATRIO = ["Eko Hendro Purnomo", "Eko Patrio", "IDN"]
UYA_KUYA = ["Surya Utama", "Uya Kuya", "IDN"]
NASDEM = ["Partai NasDem", "NasDem", "IDN"]
PAN = ["PAN", "Partai Amanat Nasional", "IDN"]
PUBLIC_ID = ["warga", "masyarakat", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "IDN"]
BRIMOB = ["Brimob", "kendaraan taktis", "polisi", "IDN"]
