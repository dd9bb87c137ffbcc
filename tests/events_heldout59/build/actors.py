"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

USA = [
    "United States",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "US delegation",
    "Delegasi AS",
    "Marco Rubio",
    "Rubio",
    "Steve Witkoff",
    "Witkoff",
    "USA",
]
RUBIO = ["Marco Rubio", "Rubio", "US secretary of state", "Menteri Luar Negeri AS", "USA"]
DRISCOLL = ["Dan Driscoll", "Driscoll", "army secretary", "Menteri Angkatan Darat", "USA"]
TRUMP = ["Donald Trump", "Trump", "US president", "Presiden AS", "USA"]
UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Ukrainian delegation",
    "delegasi Ukraina",
    "Andriy Yermak",
    "Yermak",
    "Volodymyr Zelenskyy",
    "Volodymyr Zelensky",
    "Zelenskyy",
    "Zelensky",
    "UKR",
]
ZELENSKY = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "UKR"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Russian drones", "RUS"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
KHARKIV = ["Kharkiv", "Oleh Syniehubov", "UKR"]
E3 = ["UK", "France", "Germany", "Inggris", "Prancis", "Jerman", "GBR", "FRA", "DEU"]

JAPAN = [
    "Japan",
    "Jepang",
    "Tokyo",
    "Air Self-Defense Force",
    "ASDF",
    "Pasukan Bela Diri Udara Jepang",
    "F-15",
    "Koizumi Shinjiro",
    "Shinjiro Koizumi",
    "Koizumi",
    "JPN",
]
KOIZUMI = ["Koizumi Shinjiro", "Shinjiro Koizumi", "Koizumi", "Defense Minister", "Menteri Pertahanan Jepang", "JPN"]
JAPAN_MOFA = [
    "Foreign Ministry",
    "Kementerian Luar Negeri Jepang",
    "Funakoshi Takehiro",
    "Takehiro Funakoshi",
    "Funakoshi",
    "Japan",
    "Jepang",
    "JPN",
]
TAKAICHI = ["Takaichi Sanae", "Sanae Takaichi", "Takaichi", "JPN"]
CHINA = [
    "China",
    "Beijing",
    "Chinese military aircraft",
    "J-15",
    "Liaoning",
    "People's Liberation Army Navy",
    "PLA",
    "Wu Jianghao",
    "CHN",
]
PLA_NAVY = [
    "People's Liberation Army Navy",
    "China's navy",
    "Angkatan Laut Tentara Pembebasan Rakyat",
    "PLA",
    "Beijing",
    "China",
    "CHN",
]
AUSTRALIA = ["Richard Marles", "Marles", "Australia", "AUS"]

STUDENTS_SUMUT = ["mahasiswa", "Aliansi BEM Se-Sumatera Utara", "massa", "Rizky Nasution", "IDN"]
POLICE_MEDAN = [
    "Polisi",
    "polisi",
    "Polrestabes Medan",
    "Jean Calvijn Simanjuntak",
    "Calvijn",
    "aparat",
    "IDN",
]
DPRD_SUMUT = ["DPRD Sumatera Utara", "DPRD Sumut", "anggota dewan", "IDN"]
DPR = ["DPR RI", "DPR", "IDN"]
WORKERS_JATENG = [
    "buruh",
    "massa",
    "KSPI",
    "Konfederasi Serikat Pekerja Indonesia",
    "Partai Buruh Jawa Tengah",
    "Partai Buruh",
    "Aulia Hakim",
    "IDN",
]
POLICE_SEMARANG = ["Polisi", "polisi", "Polrestabes Semarang", "M Syahduddi", "Syahduddi", "IDN"]
DPRD_JATENG = ["DPRD Jawa Tengah", "DPRD Jateng", "Heri Pudyatmoko", "IDN"]
JATENG_GOV = ["Pemerintah Provinsi Jawa Tengah", "Gubernur Jawa Tengah", "Ahmad Luthfi", "IDN"]

GUARD = [
    "National Guard",
    "West Virginia National Guard",
    "Sarah Beckstrom",
    "Beckstrom",
    "Andrew Wolfe",
    "Wolfe",
    "Guard members",
    "USA",
]
LAKANWAL = ["Rahmanullah Lakanwal", "Lakanwal", "gunman", "suspect", "Afghan national", "AFG"]
AFGHANS = ["Afghan nationals", "Afghans", "AFG"]
USCIS = ["US Citizenship and Immigration Services", "USCIS", "Trump administration", "USA"]
PIRRO = ["Jeanine Pirro", "Pirro", "US attorney for the District of Columbia", "prosecutors", "USA"]
US_GUARD_DEPLOY = ["Pentagon", "Donald Trump", "Trump", "USA"]
DC = ["Washington", "Washington DC", "USA"]
JUDGE = ["federal judge", "USA"]

US_SEIZERS = [
    "United States",
    "US",
    "Washington",
    "US forces",
    "Coast Guard",
    "FBI",
    "Homeland Security Investigations",
    "Pam Bondi",
    "Bondi",
    "Donald Trump",
    "Trump",
    "USA",
]
SKIPPER = ["Skipper", "oil tanker", "tanker", "crude oil tanker", "vessel", "VEN"]
VENEZUELA = [
    "Venezuela",
    "Caracas",
    "Venezuela's government",
    "Nicolás Maduro",
    "Maduro",
    "VEN",
]
US_TREASURY = ["US Treasury", "Treasury", "USA"]
IRGC = ["Revolutionary Guards", "Hezbollah", "Iran", "IRN", "LBN"]
DRUG_BOATS = ["boats", "drug", "VEN"]
MACHADO = ["María Corina Machado", "Machado", "VEN"]
NORWAY = ["Oslo", "Nobel Peace Prize ceremony", "NOR"]

US_SANCTIONERS = [
    "United States",
    "US Treasury Department",
    "Office of Foreign Assets Control",
    "OFAC",
    "Financial Crimes Enforcement Network",
    "USA",
]
UK_GOV = ["Britain", "UK", "Yvette Cooper", "Foreign Secretary", "GBR"]
US_PROSECUTORS = ["US prosecutors", "prosecutors in Brooklyn", "Justice Department", "USA"]
PRINCE = [
    "Prince Holding Group",
    "Prince Group",
    "Chen Zhi",
    "Chen",
    "KHM",
]
CHEN = ["Chen Zhi", "Chen", "KHM"]
HUIONE = ["Huione Group", "Huione", "KHM"]
CAMBODIA = ["Cambodia", "Phnom Penh", "Touch Sokhak", "Cambodia's government", "KHM"]

PVMBG = [
    "Pusat Vulkanologi dan Mitigasi Bencana Geologi",
    "PVMBG",
    "Badan Geologi",
    "Muhammad Wafid",
    "IDN",
]
BPBD = ["BPBD Lumajang", "Badan Penanggulangan Bencana Daerah", "BPBD", "IDN"]
RESIDENTS = ["warga", "masyarakat", "pengungsi", "Supiturang", "Sumberwuluh", "Lumajang", "IDN"]
CLIMBERS = ["pendaki", "178 pendaki", "Ranu Kumbolo", "IDN"]
RESCUERS = ["tim gabungan", "TNBTS", "TNI", "Polri", "relawan", "IDN"]
BUPATI = ["Indah Amperawati", "Bupati Lumajang", "Bunda Indah", "IDN"]
BNPB = ["BNPB", "Suharyanto", "Kepala BNPB", "IDN"]

SARKOZY = ["Nicolas Sarkozy", "Sarkozy", "mantan Presiden Prancis", "FRA"]
FR_COURT = ["Pengadilan pidana Paris", "pengadilan", "Pengadilan banding", "FRA"]
FR_PRISON = ["Penjara La Sante", "La Sante", "Prancis", "FRA"]
MACRON = ["Emmanuel Macron", "Macron", "Presiden", "FRA"]
DARMANIN = ["Gerald Darmanin", "Darmanin", "Menteri Kehakiman", "FRA"]
LAWYERS_SARKOZY = ["Christophe Ingrain", "pengacara", "Sarkozy", "FRA"]
LIBYA = ["Libia", "Moammar Khadafi", "Khadafi", "LBY"]
JUDGES_FR = ["hakim", "FRA"]

POLDA_METRO = [
    "Polda Metro Jaya",
    "polisi",
    "Polisi",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "IDN",
]
DELPEDRO = [
    "Delpedro Marhaen",
    "Delpedro",
    "Direktur Eksekutif Lokataru Foundation",
    "Lokataru",
    "IDN",
]
AMNESTY = ["Amnesty International Indonesia", "Amnesty", "Usman Hamid", "Usman", "IDN"]
BRIMOB = ["Brimob", "kendaraan taktis Brimob", "polisi", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "IDN"]
LOKATARU_LAWYERS = ["Tim kuasa hukum Lokataru", "kuasa hukum", "Lokataru", "IDN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden", "IDN"]
POLRI_TNI = ["Polri", "TNI", "IDN"]
RIOTERS = ["perusuh", "penjarah", "IDN"]
