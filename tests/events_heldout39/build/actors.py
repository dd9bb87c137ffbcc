"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "Sugiono", "Danantara", "IDN"]
QATAR = [
    "Qatar",
    "Doha",
    "Sheikh Tamim bin Hamad Al Thani",
    "Tamim bin Hamad Al Thani",
    "Tamim",
    "Emir Qatar",
    "Qatar's Emir",
    "Amiri Diwan",
    "Istana Amiri",
    "Qatar Investment Authority",
    "QIA",
    "Mohammed bin Abdulaziz Al-Khulaifi",
    "Al-Khulaifi",
    "QAT",
]
EGYPT = ["Egypt", "Mesir", "Kairo", "Cairo", "Abdel Fattah al-Sisi", "al-Sisi", "Sisi", "EGY"]
JORDAN = ["Jordan", "Yordania", "Amman", "King Abdullah II", "Raja Abdullah II", "Abdullah II", "JOR"]
GAZANS = ["Palestinians", "Gaza", "Palestina", "PSE"]

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Donald Trump",
    "Trump",
    "Pentagon",
    "Export-Import Bank",
    "USA",
]
ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
AUSTRALIA = [
    "Australia",
    "Canberra",
    "Anthony Albanese",
    "Albanese",
    "Kevin Rudd",
    "Rudd",
    "Richard Marles",
    "Marles",
    "Penny Wong",
    "Wong",
    "Airservices Australia",
    "AUS",
]
RUDD = ["Kevin Rudd", "Rudd", "AUS"]
CHINA = [
    "China",
    "Beijing",
    "Chinese",
    "Wang Yi",
    "Angkatan Laut China",
    "Zunyi",
    "Hengyang",
    "Weishanhu",
    "CHN",
]
WANG_YI = ["Wang Yi", "CHN"]
NEW_ZEALAND = ["New Zealand", "Selandia Baru", "NZL"]

MET_POLICE = [
    "Metropolitan Police",
    "Met",
    "Kepolisian Metropolitan London",
    "police",
    "polisi",
    "Claire Smart",
    "Smart",
    "officers",
    "GBR",
]
PA_PROTESTERS = [
    "Defend Our Juries",
    "protesters",
    "demonstrators",
    "pengunjuk rasa",
    "massa",
    "Palestine Action",
    "GBR",
]
PALESTINE_ACTION = ["Palestine Action", "activists", "GBR"]
UK_GOV = [
    "UK",
    "Britain",
    "Inggris",
    "Pemerintah Inggris",
    "government",
    "pemerintah",
    "Yvette Cooper",
    "Cooper",
    "Shabana Mahmood",
    "Mahmood",
    "Home Secretary",
    "GBR",
]
RAF = ["RAF Brize Norton", "Brize Norton", "military aircraft", "pesawat militer", "GBR"]
AMNESTY_UK = ["Amnesty International UK", "Amnesty", "GBR"]

DENSUS = [
    "Detasemen Khusus (Densus) 88 Antiteror Polri",
    "Densus 88",
    "Densus",
    "Polri",
    "Mayndra Eka Wardhana",
    "Mayndra",
    "petugas",
    "IDN",
]
JAD_SUSPECTS = [
    "Jamaah Ansharut Daulah",
    "JAD",
    "terduga teroris",
    "tersangka",
    "AS",
    "MR",
    "HF",
    "RD",
    "IDN",
]
POLICE_POSTS = ["pos polisi", "polisi", "Polri", "IDN"]

KEJARI = [
    "Kejaksaan Negeri Jakarta Pusat",
    "Kejari Jakarta Pusat",
    "kejaksaan",
    "Safrianto Zuriat Putra",
    "Safrianto",
    "penyidik",
    "IDN",
]
SEMUEL = ["Semuel Abrijani Pangerapan", "Semuel", "IDN"]
PDNS_SUSPECTS = [
    "Semuel Abrijani Pangerapan",
    "Semuel",
    "Bambang Dwi Anggono",
    "Nova Zanda",
    "Alfi Asman",
    "Pini Panggar Agusti",
    "tersangka",
    "IDN",
]
KOMDIGI = ["Kementerian Komunikasi dan Digital", "Komdigi", "Kementerian Komunikasi dan Informatika", "IDN"]
PDNS = ["PDNS", "Pusat Data Nasional Sementara", "ransomware", "IDN"]

JORDAN_GOV = [
    "Yordania",
    "Pemerintah Yordania",
    "Mazen al-Faraya",
    "al-Faraya",
    "badan intelijen Yordania",
    "otoritas Yordania",
    "pengadilan tertinggi Yordania",
    "JOR",
]
BROTHERHOOD = ["Ikhwanul Muslimin", "Muslim Brotherhood", "JOR"]
IAF = ["Front Aksi Islam", "IAF", "JOR"]
PLOTTERS = ["16 orang", "tersangka", "JOR"]

CMR_COUNCIL = ["Constitutional Council", "council", "CMR"]
BIYA = ["Paul Biya", "Biya", "CMR"]
TCHIROMA = ["Issa Tchiroma Bakary", "Tchiroma", "CMR"]
CMR_FORCES = [
    "security forces",
    "Cameroon",
    "government",
    "Authorities",
    "Paul Atanga Nji",
    "Atanga Nji",
    "Samuel Dieudonne Ivaha Diboua",
    "CMR",
]
CMR_PROTESTERS = ["protesters", "supporters", "opposition supporters", "Tchiroma", "CMR"]
AU_EU = ["African Union", "European Union", "AU", "EU"]

HOUTHIS = [
    "Houthi",
    "Houthis",
    "rebels",
    "Abdul-Malik al-Houthi",
    "Ahmed al-Rahawi",
    "Houthi-run government",
    "YEM",
]
UN = [
    "United Nations",
    "U.N.",
    "UN",
    "Hans Grundberg",
    "Grundberg",
    "Antonio Guterres",
    "Guterres",
    "World Food Program",
    "WFP",
    "UNICEF",
    "Cindy McCain",
]
ISRAEL = ["Israel", "Israeli", "ISR"]
