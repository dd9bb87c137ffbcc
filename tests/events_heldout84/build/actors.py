"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Do Kwon extradited from Montenegro, arraigned in New York, 31 Dec 2024 - 2 Jan 2025 (AP, CNN Indonesia)
KWON = ["Do Kwon", "Kwon", "Terraform Labs", "Pendiri Terraform Labs", "KOR"]
MONTENEGRO = [
    "Montenegro",
    "Montenegrin police",
    "Polisi Montenegro",
    "Podgorica",
    "MNE",
]
BOZOVIC = ["Bojan Bozovic", "Montenegro's justice minister", "Menteri Kehakiman Montenegro Bojan Bozovic", "Montenegro", "MNE"]
US_AUTHORITIES = ["FBI", "FBI agents", "agen FBI", "United States", "Amerika Serikat", "AS", "USA"]
US_PROSECUTORS = [
    "Prosecutors",
    "jaksa federal",
    "Damian Williams",
    "U.S. Attorney Damian Williams",
    "Jaksa AS untuk Distrik Selatan New York Damian Williams",
    "United States",
    "Amerika Serikat",
    "USA",
]
US_COURT = [
    "federal magistrate judge",
    "magistrate judge",
    "hakim magistrat federal",
    "Hakim",
    "Paul Engelmayer",
    "USA",
]
SK_PROSECUTORS = ["South Korean prosecutors", "Kejaksaan Korea Selatan", "South Korea", "Korea Selatan", "KOR"]
SEC = ["U.S. Securities and Exchange Commission", "SEC", "USA"]
MANHATTAN = ["Manhattan", "New York", "Manhattan, New York", "USA"]
PODGORICA = ["Podgorica", "Podgorica airport", "Bandara Podgorica", "Montenegro", "MNE"]

# Balikatan 2025 opens, 21 Apr 2025 (Japan Times/AP, Kompas)
US_FORCES = [
    "American forces",
    "U.S. military",
    "Militer AS",
    "James Glynn",
    "Amerika Serikat",
    "United States",
    "Washington",
    "USA",
]
PH_FORCES = [
    "Philippine forces",
    "Romeo Brawner Jr.",
    "Romeo Brawner Jr",
    "Angkatan Bersenjata Filipina",
    "Philippines",
    "Filipina",
    "PHL",
]
PH_NAVY = ["Roy Vincent Trinidad", "Philippine officials", "Angkatan Laut Filipina", "Pihak Filipina", "Philippines", "Filipina", "PHL"]
PHILIPPINES = ["Philippines", "Filipina", "Manila", "PHL"]
CHINA_FM = [
    "Chinese Foreign Ministry",
    "Guo Jiakun",
    "Kementerian Luar Negeri China",
    "Beijing",
    "China",
    "CHN",
]
CHINA = ["China", "Beijing", "CHN"]
HEGSETH = ["Pete Hegseth", "U.S. Defense Secretary Pete Hegseth", "Menteri Pertahanan AS Pete Hegseth", "USA"]
QUEZON_CITY = ["Camp Aguinaldo", "Quezon City", "Metro Manila", "Manila", "Filipina", "PHL"]
BATANES = ["Batanes", "Batanes islands", "Kepulauan Batanes", "Luzon Strait", "Selat Luzon", "PHL"]

# Student protests at provincial DPRDs (kumparan, Kendari 14 Oct 2025; detik, Pontianak 6 Nov 2025)
KABAENA_STUDENTS = [
    "mahasiswa",
    "Aliansi Mahasiswa Peduli Kabaena",
    "Massa",
    "Rahmat Hidayat",
    "IDN",
]
POLRESTA_KENDARI = ["Polisi", "Polresta Kendari", "Kapolresta Kendari Kombes Pol Edwin Louis Sengka", "Edwin", "aparat", "IDN"]
DPRD_SULTRA = ["DPRD Sulawesi Tenggara", "DPRD Sultra", "La Ode Tariala", "Wakil Ketua DPRD Sultra La Ode Tariala", "IDN"]
ESDM_SULTRA = ["dinas ESDM", "perusahaan tambang", "IDN"]
KENDARI = ["Gedung DPRD Sulawesi Tenggara", "Gedung DPRD Sultra", "Kendari", "Jalan Abdullah Silondae", "IDN"]
UNTAN_STUDENTS = ["mahasiswa", "BEM Universitas Tanjungpura", "BEM Untan", "Fadli Ramadhan", "Massa", "IDN"]
POLRESTA_PONTIANAK = ["Polisi", "aparat", "Kapolresta Pontianak Kombes Pol Adhe Hariadi", "Adhe", "Polresta Pontianak", "IDN"]
DPRD_KALBAR = ["DPRD Kalimantan Barat", "DPRD Kalbar", "Suib", "Ketua Komisi II DPRD Kalbar Suib", "IDN"]
PDAM_PONTIANAK = [
    "Perumda Air Minum Tirta Khatulistiwa",
    "Pemerintah Kota Pontianak",
    "Edi Rusdi Kamtono",
    "Wali Kota Pontianak Edi Rusdi Kamtono",
    "IDN",
]
PONTIANAK = ["Gedung DPRD Kalimantan Barat", "Gedung DPRD Kalbar", "Pontianak", "Jalan Ahmad Yani", "IDN"]

# BNN at Soekarno-Hatta (Beritasatu)
BNN = [
    "Badan Narkotika Nasional",
    "BNN",
    "Tim BNN",
    "Deputi Pemberantasan BNN Irjen Pol I Wayan Sukawinaya",
    "Wayan",
    "IDN",
]
BEA_CUKAI_SOETTA = ["Bea Cukai Soekarno-Hatta", "petugas Bea Cukai", "Gatot Sugeng Wibowo", "IDN"]
MH = ["MH", "Kurir", "warga negara Malaysia", "MYS"]
RS = ["RS", "warga negara Indonesia", "IDN"]
BNN_SUSPECTS = ["Kedua tersangka", "MH", "RS", "IDN"]
AADK = ["Agensi Antidadah Kebangsaan (AADK) Malaysia", "AADK", "Malaysia", "MYS"]
MALAYSIAN_BOSS = ["bandar", "pengendali", "Malaysia", "MYS"]
SOETTA = ["Terminal 3 Bandara Internasional Soekarno-Hatta", "Bandara Soekarno-Hatta", "Soekarno-Hatta", "Tangerang", "IDN"]

# Gunung Ibu status Awas (Liputan6)
PVMBG = [
    "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Badan Geologi",
    "PVMBG",
    "Badan Geologi",
    "Muhammad Wafid",
    "Kepala Badan Geologi Muhammad Wafid",
    "IDN",
]
IBU_RESIDENTS = ["warga", "warga dan wisatawan", "Masyarakat", "IDN"]
BPBD_HALBAR = [
    "BPBD Halmahera Barat",
    "Abdul Rahman Bonde",
    "TNI dan Polri",
    "Petugas gabungan",
    "Polres Halmahera Barat",
    "IDN",
]
BUPATI_HALBAR = ["James Uang", "Bupati Halmahera Barat James Uang", "IDN"]
BNPB = ["Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB", "Suharyanto", "Kepala BNPB Suharyanto", "IDN"]
HALBAR = ["Gunung Ibu", "Kabupaten Halmahera Barat", "Halmahera Barat", "Maluku Utara", "IDN"]

# Polda Bali and the Korean Interpol fugitive (Tempo)
POLDA_BALI = ["Kepolisian Daerah Bali", "Polda Bali", "Komisaris Besar Ariasandy", "Ariasandy", "IDN"]
KJH = ["KJH", "warga negara Korea Selatan", "KOR"]
KNPA = ["Kepolisian Nasional Korea Selatan (KNPA)", "KNPA", "polisi Korea Selatan", "otoritas Korea Selatan", "Korea Selatan", "Seoul", "KOR"]
IMIGRASI_NGURAH_RAI = ["Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai", "Imigrasi Ngurah Rai", "Winarko", "IDN"]
NCB_INTERPOL = ["NCB Interpol Indonesia", "Untung Widyatmoko", "Divisi Hubungan Internasional Polri", "Polri", "IDN"]
KOREAN_EMBASSY = ["Kedutaan Besar Korea Selatan di Jakarta", "Kedutaan Besar Korea Selatan", "Korea Selatan", "KOR"]
KJH_LAWYER = ["I Made Suardana", "Kuasa hukum KJH", "IDN"]
CANGGU = ["Canggu", "Kabupaten Badung", "Badung", "Bali", "IDN"]

# Peru breaks ties with Mexico (Al Jazeera)
PERU = ["Peru", "Lima", "Peruvian government", "Hugo de Zela", "de Zela", "De Zela", "PER"]
MEXICO = ["Mexico", "Mexican government", "Mexico's foreign ministry", "Claudia Sheinbaum", "Sheinbaum", "MEX"]
CHAVEZ = ["Betssy Chavez", "Chavez", "PER"]
PERU_PROSECUTORS = ["Prosecutors", "PER"]
PERU_CONGRESS = ["Peru's Congress", "Congress", "PER"]
CASTILLO = ["Pedro Castillo", "Castillo", "PER"]
MONROY = ["Pablo Monroy", "Mexico's ambassador", "Mexico", "MEX"]
LIMA = ["Lima", "Peru", "PER"]

# Iran strikes Balochistan, Pakistan recalls ambassador (BBC)
IRAN = ["Iran", "Tehran", "Hossein Amir-Abdollahian", "Iran's Foreign Minister Hossein Amir-Abdollahian", "IRN"]
PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Mumtaz Zahra Baloch",
    "foreign ministry spokesperson Mumtaz Zahra Baloch",
    "PAK",
]
IRAN_ENVOY = ["Iranian ambassador", "Iran's most senior diplomat in Islamabad", "Iran", "IRN"]
PAK_ENVOY = ["its ambassador", "Pakistan", "PAK"]
JAISH = ["Jaish al-Adl", "Sunni militant group Jaish al-Adl", "IRN"]
PANJGUR_VILLAGERS = ["two children", "village near the town of Panjgur", "Pakistan", "PAK"]
CHINA_BBC = ["China", "CHN"]
US_STATE = ["United States", "State Department", "Matthew Miller", "USA"]
KAKAR = ["Anwaar-ul-Haq Kakar", "Pakistan's caretaker Prime Minister Anwaar-ul-Haq Kakar", "PAK"]
PANJGUR = ["Panjgur", "Balochistan", "Pakistan", "PAK"]

# Kanlaon eruption (CNA)
PHIVOLCS = [
    "Philippine Institute of Volcanology and Seismology (Phivolcs)",
    "Phivolcs",
    "Teresito Bacolcol",
    "Phivolcs chief Teresito Bacolcol",
    "PHL",
]
NEGROS_RESIDENTS = ["residents", "villagers", "evacuees", "PHL"]
LOCAL_OFFICIALS = ["Local officials", "Canlaon City", "La Castellana", "Office of Civil Defense", "PHL"]
CANLAON_MAYOR = ["Jose Chubasco Cardenas", "Canlaon City Mayor Jose Chubasco Cardenas", "PHL"]
DSWD = ["Department of Social Welfare and Development", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "President Ferdinand Marcos Jr", "PHL"]
CAAP = ["Civil Aviation Authority of the Philippines", "PHL"]
NEGROS = ["Mount Kanlaon", "Kanlaon", "Negros", "Negros Occidental", "Negros Oriental", "Canlaon City", "PHL"]
