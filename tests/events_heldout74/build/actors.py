"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Mexico floods, October 2025 (Guardian, SindoNews)
SHEINBAUM = ["Claudia Sheinbaum", "Sheinbaum", "President Claudia Sheinbaum", "Presiden Claudia Sheinbaum", "MEX"]
MEXICO = ["Mexico", "Meksiko", "Mexican authorities", "pemerintah Meksiko", "Pemerintah Meksiko", "Claudia Sheinbaum", "Sheinbaum", "MEX"]
MEX_GOV = ["government", "Pemerintah Meksiko", "pemerintah Meksiko", "Mexico", "Meksiko", "MEX"]
MEX_ARMY = [
    "defence ministry",
    "Kementerian Pertahanan Meksiko",
    "soldiers",
    "tentara",
    "marines",
    "marinir",
    "national guard",
    "Garda Nasional",
    "air force",
    "Angkatan Udara",
    "MEX",
]
FLOOD_VICTIMS = [
    "residents",
    "warga",
    "affected family",
    "keluarga terdampak",
    "warga terdampak",
    "families",
    "villages",
    "desa-desa yang terisolasi",
    "Poza Rica",
    "Veracruz",
    "MEX",
]
CRITICS = ["critics", "criticism", "residents", "warga", "tudingan", "MEX"]
CIVIL_PROTECTION = ["civil protection agency", "badan perlindungan sipil", "MEX"]
US_EMBASSY = [
    "Ronald Johnson",
    "Johnson",
    "US ambassador",
    "Duta Besar Amerika Serikat (AS) untuk Meksiko Ronald Johnson",
    "Washington",
    "embassy",
    "Amerika Serikat",
    "AS",
    "USA",
]

# Pedro Castillo verdict, 27 Nov 2025 (France 24, Republika)
PERU_COURT = [
    "Peru's Supreme Court",
    "Supreme Court",
    "special criminal chamber",
    "Mahkamah Agung Peru",
    "majelis hakim",
    "hakim",
    "judges",
    "PER",
]
CASTILLO = ["Pedro Castillo", "Castillo", "former president Pedro Castillo", "mantan presiden Pedro Castillo", "PER"]
CHAVEZ = ["Betssy Chávez", "Chávez", "Betssy Chavez", "Chavez", "PER"]
PERU = ["Peru", "Lima", "PER"]
PERU_POLICE = ["police", "polisi", "Peru", "PER"]
MEXICO_ASYLUM = ["Mexico", "Meksiko", "pemerintah Meksiko", "Mexican embassy", "Claudia Sheinbaum", "MEX"]
CASTILLO_SUPPORTERS = ["supporters", "Dozens of supporters", "Cajamarca", "PER"]
CASTILLO_LAWYER = ["lawyer", "Pengacara Castillo", "defence", "Pedro Castillo", "Castillo", "PER"]
PERU_PROSECUTORS = ["Prosecutors", "Jaksa", "PER"]
PERU_CONGRESS = ["Congress", "Kongres", "Lawmakers", "PER"]

# Tawuran in Medan (Tribunnews) and Semarang (Suara)
POLRES_BELAWAN = [
    "Polres Pelabuhan Belawan",
    "AKBP Oloan Siahaan",
    "Oloan",
    "polisi",
    "personel",
    "penyidik",
    "IDN",
]
BELAWAN_YOUTHS = [
    "remaja dari Lorong Tempel",
    "kelompok remaja Kampung Kurnia",
    "kelompok remaja",
    "17 remaja",
    "remaja",
    "massa",
    "IDN",
]
BELAWAN_SUSPECTS = ["AF", "RS", "DN", "tiga remaja", "tersangka", "IDN"]
BELAWAN_PARENTS = ["orang tua", "orang tua 14 remaja lainnya", "IDN"]
POLRESTABES_SMG = [
    "Polrestabes Semarang",
    "Kombes Pol M Syahduddi",
    "Syahduddi",
    "Tim patroli Sat Samapta",
    "petugas",
    "penyidik",
    "IDN",
]
SMG_YOUTHS = [
    "Pedurungan Bersatu",
    "Gayamsari Nekat",
    "gangster",
    "21 remaja",
    "remaja",
    "kedua kelompok",
    "Dua kelompok",
    "IDN",
]
SMG_MAYOR = ["Agustina Wilujeng Pramestuti", "Wali Kota Semarang", "Agustina", "IDN"]
SMG_PARENTS = ["orang tua", "IDN"]

# Land execution in Makassar (Okezone)
PN_MAKASSAR = ["Pengadilan Negeri (PN) Makassar", "PN Makassar", "Juru sita", "juru sita", "IDN"]
TERMOHON = ["pihak termohon", "termohon", "Puluhan orang", "massa", "Andi Syahrir", "IDN"]
MAKASSAR_POLICE = [
    "Polrestabes Makassar",
    "Kombes Pol Arya Perdana",
    "Arya",
    "Polisi",
    "polisi",
    "aparat",
    "petugas",
    "IDN",
]
SUSPECTS_MKS = ["tujuh orang", "Tujuh orang", "IDN"]
SYAHRIR = ["Andi Syahrir", "kuasa hukum termohon", "IDN"]
BAWAS_MA = ["Badan Pengawasan Mahkamah Agung", "Mahkamah Agung", "IDN"]
SUPREME_COURT_ID = ["Mahkamah Agung", "IDN"]

# PT Yihong layoffs (Bisnis)
NOEL = [
    "Immanuel Ebenezer",
    "Noel",
    "Wakil Menteri Ketenagakerjaan Immanuel Ebenezer",
    "Wamenaker",
    "Kemnaker",
    "IDN",
]
YIHONG = [
    "PT Yihong Novatex Indonesia",
    "PT Yihong",
    "perusahaan",
    "manajemen",
    "Wang Lei",
    "IDN",
    "CHN",
]
WORKERS = ["buruh", "1.126 buruh", "para buruh", "pekerja", "serikat pekerja", "FSPMI", "Moch Machbub", "IDN"]
DISNAKER = ["Dinas Tenaga Kerja Kabupaten Cirebon", "Disnaker", "IDN"]

# Speedboat Kaisar 01 (Merdeka)
SAR_TERNATE = ["Tim SAR gabungan", "Kantor SAR Ternate", "Basarnas", "Iwan Ramdani", "IDN"]
MISSING = ["dua penumpang", "penumpang", "korban", "IDN"]
BUPATI_HALSEL = ["Hasan Ali Bassam Kasuba", "Bupati Halmahera Selatan", "IDN"]
SURVIVORS = ["korban selamat", "para korban", "RSUD Labuha", "IDN"]
POLRES_HALSEL = ["Polres Halmahera Selatan", "polisi", "IDN"]
MOTORIS = ["AR", "motoris", "speedboat Kaisar 01", "speedboat", "IDN"]
KSOP = ["KSOP Labuha", "Kepala KSOP Labuha", "IDN"]
BMKG = ["BMKG", "IDN"]

# Bolivia (DW)
PAZ = ["Rodrigo Paz", "Paz", "Bolivia", "BOL"]
BOLIVIA = ["Bolivia", "Bolivian presidency", "Rodrigo Paz", "Paz", "La Paz", "BOL"]
LANDAU = ["Christopher Landau", "Landau", "US delegation", "United States", "USA"]
USA = ["United States", "US", "Washington", "USA"]
MILEI = ["Javier Milei", "Milei", "Argentine President Javier Milei", "ARG"]
MORALES = ["Evo Morales", "Morales", "Bolivia", "BOL"]
GOLDBERG = ["Philip Goldberg", "Goldberg", "US Ambassador", "United States", "USA"]
QUIROGA = ["Jorge \"Tuto\" Quiroga", "Quiroga", "BOL"]

# Chicago (Independent)
ELLIS = ["Sara Ellis", "Ellis", "US District Judge Sara Ellis", "federal judge", "judge", "USA"]
DHS = [
    "Department of Homeland Security",
    "DHS",
    "immigration agents",
    "federal agents",
    "agents",
    "Border Patrol",
    "Gregory Bovino",
    "Bovino",
    "Tricia McLaughlin",
    "USA",
]
BOVINO = ["Gregory Bovino", "Bovino", "Border Patrol chief", "Border Patrol", "USA"]
PROTESTERS_US = ["protesters", "journalists", "news organizations", "crowd", "Little Village", "USA"]
APPEALS_COURT = ["federal appeals court", "appeals court", "USA"]
PRITZKER = ["JB Pritzker", "Pritzker", "Illinois Governor JB Pritzker", "USA"]

# Kejati Lampung (Jakarta Globe)
KEJATI_LAMPUNG = [
    "Lampung High Prosecutor's Office",
    "prosecutors",
    "Prosecutors",
    "Investigators",
    "investigators",
    "Ricky Ramadhan",
    "IDN",
]
LEB_EXECS = ["MHE", "BK", "HW", "three executives", "executives", "PT Lampung Energi Berjaya", "PT LEB", "IDN"]
PT_LEB = ["PT Lampung Energi Berjaya", "PT LEB", "LEB", "IDN"]
LAMPUNG_GOV = ["Rahmat Mirzani Djausal", "Lampung Governor", "provincial administration", "Lampung provincial government", "IDN"]
WITNESSES = ["witnesses", "former provincial officials", "IDN"]
