"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# DR Congo, Rwanda, M23 (France 24, Okezone)
M23 = [
    "M23",
    "AFC/M23",
    "M23 fighters",
    "rebels",
    "pemberontak M23",
    "kelompok pemberontak M23",
    "para pemberontak",
    "Lawrence Kanyuka",
    "COD",
]
DRC = [
    "Democratic Republic of Congo",
    "DR Congo",
    "Congo",
    "Kongo",
    "Republik Demokratik Kongo",
    "Kinshasa",
    "Congolese army",
    "Congolese troops",
    "pasukan Kongo",
    "Felix Tshisekedi",
    "Tshisekedi",
    "Patrick Muyaya",
    "Muyaya",
    "Pemerintah Kongo",
    "COD",
]
MUYAYA = ["Patrick Muyaya", "Muyaya", "Kinshasa", "Pemerintah Kongo", "COD"]
TSHISEKEDI = ["Felix Tshisekedi", "Tshisekedi", "Presiden Kongo Felix Tshisekedi", "COD"]
RWANDA = [
    "Rwanda",
    "Kigali",
    "Paul Kagame",
    "Kagame",
    "Yolande Makolo",
    "Makolo",
    "Pemerintah Rwanda",
    "RWA",
]
KAGAME = ["Paul Kagame", "Kagame", "Presiden Rwanda Paul Kagame", "RWA"]
MAKOLO = ["Yolande Makolo", "Makolo", "Rwanda", "Kigali", "RWA"]
BURUNDI = ["Burundi", "Bujumbura", "Burundian soldiers", "pasukan Burundi", "BDI"]
USA = ["United States", "Amerika Serikat", "Washington", "Donald Trump", "Trump", "USA"]
UNSC = ["UN Security Council", "Dewan Keamanan PBB", "UN", "PBB", "IGO"]
CIVILIANS_COD = ["civilians", "warga sipil", "residents", "warga", "COD"]

# Singapore-Indonesia energy pacts (Straits Times, Bisnis)
SINGAPORE = [
    "Singapore",
    "Singapura",
    "Tan See Leng",
    "Dr Tan",
    "Menteri Energi dan Sains Singapura Tan See Leng",
    "SGP",
]
TAN = ["Tan See Leng", "Dr Tan", "Singapore", "Singapura", "SGP"]
WONG = ["Lawrence Wong", "Mr Wong", "Prime Minister Lawrence Wong", "Perdana Menteri Singapura Lawrence Wong", "SGP"]
INDONESIA = [
    "Indonesia",
    "Pemerintah Indonesia",
    "Bahlil Lahadalia",
    "Bahlil",
    "Mr Bahlil",
    "Menteri ESDM Bahlil Lahadalia",
    "Airlangga Hartarto",
    "Airlangga",
    "IDN",
]
BAHLIL = ["Bahlil Lahadalia", "Bahlil", "Mr Bahlil", "Menteri ESDM Bahlil Lahadalia", "Indonesia", "IDN"]
AIRLANGGA = ["Airlangga Hartarto", "Airlangga", "Mr Airlangga", "Indonesia", "IDN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Mr Prabowo", "President Prabowo Subianto", "Presiden Prabowo Subianto", "IDN"]
EMA = ["Energy Market Authority", "EMA", "Otoritas Pasar Energi Singapura", "Singapore", "Singapura", "SGP"]

# Curanmor, the negative pair (Suara, Tribun Lampung)
POLRES_LUMAJANG = [
    "Polres Lumajang",
    "Satreskrim Polres Lumajang",
    "Satuan Reserse Kriminal (Satreskrim) Polres Lumajang",
    "AKBP Alex Sandy Siregar",
    "Alex",
    "polisi",
    "petugas",
    "IDN",
]
THIEVES_LUMAJANG = ["AS", "MR", "HD", "tiga pria", "komplotan", "ketiga tersangka", "para tersangka", "pelaku curanmor", "IDN"]
MR_LUMAJANG = ["MR", "salah satu tersangka", "tersangka", "IDN"]
FENCE_LUMAJANG = ["penadah", "seorang penadah", "IDN"]
RESIDENTS_LUMAJANG = ["warga Desa Bades", "warga", "korban", "IDN"]
POLRES_LAMTENG = [
    "Polres Lampung Tengah",
    "Satreskrim Polres Lampung Tengah",
    "Tim Tekab 308 Presisi Satreskrim Polres Lampung Tengah",
    "AKP Devrat Aolia Arfan",
    "Devrat",
    "polisi",
    "IDN",
]
THIEVES_LAMTENG = ["RS", "AP", "dua pemuda", "kedua tersangka", "para tersangka", "para pelaku", "pelaku", "IDN"]
YD = ["YD", "seorang pelaku lain", "DPO", "IDN"]
WORSHIPPER = ["jemaah", "seorang jemaah", "korban", "IDN"]

# Kejari Polewali Mandar (Media Indonesia)
KEJARI_POLMAN = [
    "Kejaksaan Negeri (Kejari) Polewali Mandar",
    "Kejari Polewali Mandar",
    "KEJAKSAAN Negeri (Kejari) Polewali Mandar",
    "Muhammad Rizal",
    "Rizal",
    "penyidik",
    "IDN",
]
SUSPECTS_POLMAN = ["HS", "AR", "dua tersangka", "kedua tersangka", "keduanya", "CV Mandar Karya", "IDN"]
LAWYER_AR = ["Syamsul Bahri", "kuasa hukum AR", "AR", "IDN"]
TIPIKOR_MAMUJU = ["Pengadilan Tipikor Mamuju", "IDN"]
TRADERS_POLMAN = ["pedagang", "Pedagang", "IDN"]
DPRD_POLMAN = ["DPRD Polewali Mandar", "IDN"]
INSPEKTORAT = ["Inspektorat", "IDN"]

# Kantor SAR Manado (Merdeka)
SAR_MANADO = [
    "Kantor SAR Manado",
    "Basarnas",
    "Tim SAR gabungan",
    "tim SAR",
    "Nuriadin Gumeleng",
    "Nuriadin",
    "IDN",
]
DIVER = ["Markus Hoffmann", "penyelam asal Jerman", "korban", "DEU"]
DIVE_OPERATOR = ["operator selam", "IDN"]
GERMAN_EMBASSY = ["Kedutaan Besar Jerman", "Kedutaan Besar Jerman di Jakarta", "Jerman", "DEU"]

# Purwakarta strike (IDN Times)
WORKERS = [
    "Ratusan buruh PT Daya Tekstil Nusantara",
    "ratusan buruh",
    "buruh",
    "SP TSK SPSI",
    "serikat pekerja",
    "Asep Saepudin",
    "Asep",
    "massa",
    "IDN",
]
COMPANY = [
    "PT Daya Tekstil Nusantara",
    "manajemen",
    "manajemen perusahaan",
    "perusahaan",
    "Hendra Wijaya",
    "Hendra",
    "IDN",
]
DISNAKER = [
    "Dinas Tenaga Kerja dan Transmigrasi Purwakarta",
    "Disnakertrans",
    "Rudi Hartono",
    "Rudi",
    "IDN",
]

# Paraguay (Guardian)
PROTESTERS_PRY = [
    "protesters",
    "young people",
    "Generación Z Paraguay",
    "demonstrators",
    "Organisers",
    "PRY",
]
POLICE_PRY = ["police", "Police in Paraguay", "officers", "Enrique Riera", "interior minister", "PRY"]
RIERA = ["Enrique Riera", "interior minister", "Interior minister Enrique Riera", "PRY"]
PENA = ["Santiago Peña", "President Santiago Peña", "Peña", "PRY"]
PRY_GOV = ["Paraguay", "government", "Colorado party", "Congress", "PRY"]
PAREDES = ["Yolanda Paredes", "opposition senator", "PRY"]
OMBUDSMAN = ["human rights ombudsman's office", "ombudsman", "PRY"]

# Starmer in Mumbai (Independent)
STARMER = ["Keir Starmer", "Sir Keir Starmer", "Sir Keir", "Downing Street", "UK", "Britain", "GBR"]
MODI = ["Narendra Modi", "Mr Modi", "Indian prime minister Narendra Modi", "India", "IND"]
UK = ["UK", "Britain", "British", "Downing Street", "Keir Starmer", "Sir Keir", "Thales", "GBR"]
INDIA = ["India", "Indian army", "Narendra Modi", "Mr Modi", "IND"]
RUSSIA = ["Russia", "RUS"]

# Dhaka fire (DW)
DHAKA_POLICE = ["Police in Bangladesh's capital", "Police", "police", "BGD"]
WAREHOUSE_OWNER = ["owner of a chemical warehouse", "warehouse owner", "The owner", "owner", "BGD"]
JAHANGIR = ["Jahangir Alam Chowdhury", "Home Affairs Adviser Jahangir Alam Chowdhury", "government", "BGD"]
YUNUS = ["Muhammad Yunus", "Interim leader Muhammad Yunus", "Yunus", "BGD"]
LABOR_GROUPS = ["Labor rights groups", "labor rights groups", "BGD"]
BGD_AUTH = ["authorities", "government", "Bangladesh", "BGD"]
VICTIMS_BGD = ["workers", "victims", "injured", "BGD"]
