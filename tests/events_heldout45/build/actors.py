"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Kiev",
    "Volodymyr Zelenskiy",
    "Zelenskiy",
    "Zelensky",
    "Andriy Kovalenko",
    "UKR",
]
ZELENSKY = ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "UKR"]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskwa",
    "Kremlin",
    "Vladimir Putin",
    "Putin",
    "defence ministry",
    "Kementerian Pertahanan Rusia",
    "Sergei Sobyanin",
    "Sobyanin",
    "Maria Zakharova",
    "Zakharova",
    "Rosaviatsia",
    "Andrei Vorobyov",
    "RUS",
]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "Marco Rubio",
    "Rubio",
    "USA",
]
TRUMP = ["Donald Trump", "Trump", "USA"]

TANZANIA_GOV = [
    "Tanzania",
    "police",
    "polisi",
    "Kepolisian Tanzania",
    "prosecutors",
    "jaksa",
    "Samia Suluhu Hassan",
    "Samia",
    "Hassan",
    "government",
    "pemerintah",
    "Independent National Electoral Commission",
    "INEC",
    "Komisi Pemilihan",
    "Tanzanian authorities",
    "TZA",
]
SAMIA = ["Samia Suluhu Hassan", "Samia", "Hassan", "TZA"]
LISSU = ["Tundu Lissu", "Lissu", "TZA"]
CHADEMA = [
    "Chadema",
    "CHADEMA",
    "John Heche",
    "Heche",
    "partai oposisi",
    "opposition",
    "supporters",
    "pendukung",
    "TZA",
]
COURT_TZ = ["Kisutu Resident Magistrate's Court", "court", "pengadilan", "magistrate", "hakim", "TZA"]

COURT_VN = [
    "High People's Court",
    "Pengadilan Rakyat Tinggi",
    "court",
    "pengadilan",
    "Majelis hakim",
    "Ho Chi Minh City",
    "Vietnam",
    "VNM",
]
LAN = ["Truong My Lan", "Lan", "VNM"]

TNI_SOLDIERS = [
    "prajurit TNI",
    "prajurit",
    "oknum prajurit",
    "Batalyon Artileri Medan",
    "Yon Armed",
    "TNI",
    "Kodam I/Bukit Barisan",
    "IDN",
]
KODAM_BB = [
    "Kodam I/Bukit Barisan",
    "Pangdam",
    "Mochammad Hasan",
    "Hasan",
    "Pomdam",
    "Polisi Militer",
    "Rico J Siagian",
    "Rico",
    "TNI",
    "IDN",
]
SELAMAT_VILLAGERS = ["warga", "Desa Selamat", "Raden Barus", "keluarga korban", "IDN"]
DADANG = ["Dadang Iskandar", "Dadang", "Kabag Ops", "IDN"]
RYANTO = ["Ryanto Ulil Anshar", "Ryanto", "Kasat Reskrim", "IDN"]
POLDA_SUMBAR = [
    "Polda Sumbar",
    "Polda Sumatera Barat",
    "Suharyono",
    "Dwi Sulistyawan",
    "Kapolda",
    "Polri",
    "Listyo Sigit Prabowo",
    "Kapolri",
    "IDN",
]

COURT_SG = ["Vincent Hoong", "Justice Hoong", "court", "High Court", "Supreme Court", "prosecution", "SGP"]
ISWARAN = ["S Iswaran", "Iswaran", "SGP"]
ONG = ["Ong Beng Seng", "Mr Ong", "Ong", "MYS", "SGP"]
CPIB = ["Corrupt Practices Investigation Bureau", "CPIB", "SGP"]

KENYA_POLICE = [
    "Kenyan police",
    "police",
    "Police",
    "Independent Policing Oversight Authority",
    "Ipoa",
    "Douglas Kanja",
    "Kanja",
    "Eliud Lagat",
    "Lagat",
    "Samson Talaam",
    "Talaam",
    "James Mukhwana",
    "KEN",
]
OJWANG = ["Albert Ojwang", "Ojwang", "KEN"]
KENYA_PROTESTERS = ["protesters", "demonstrators", "Activists", "KEN"]
RUTO = ["William Ruto", "Ruto", "KEN"]

BAYROU = ["Francois Bayrou", "Bayrou", "pemerintah", "FRA"]
ASSEMBLY_FR = [
    "Majelis Nasional",
    "anggota parlemen",
    "parlemen",
    "parlemen Prancis",
    "Prancis",
    "FRA",
]
MACRON = ["Emmanuel Macron", "Macron", "Istana Elysee", "Kantor kepresidenan", "FRA"]
FRENCH_PROTESTERS = ["Bloquons tout", "Blokir Semuanya", "Serikat-serikat buruh", "serikat buruh", "FRA"]

POLDA_JATIM = [
    "Polda Jawa Timur",
    "Polda Jatim",
    "Nanang Avianto",
    "Nanang",
    "Polisi",
    "polisi",
    "penyidik",
    "IDN",
]
GRAHADI_RIOTERS = ["Massa", "massa", "tersangka", "para tersangka", "18 orang", "demonstran", "IDN"]
