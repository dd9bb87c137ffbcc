"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Alejandro Toledo sentenced in Lima, 21 Oct 2024 (Reuters, detikNews)
PERU_COURT = [
    "Judge Inés Rojas",
    "Inés Rojas",
    "Rojas",
    "hakim Ines Rojas",
    "A Peruvian court",
    "Pengadilan di Peru",
    "pengadilan",
    "Peru",
    "PER",
]
TOLEDO = [
    "Alejandro Toledo",
    "Toledo",
    "Former Peruvian President Alejandro Toledo",
    "mantan Presiden Alejandro Toledo",
    "Eks Presiden Peru Alejandro Toledo",
    "PER",
]
TOLEDO_LAWYER = ["Roberto Su", "Su", "His lawyer, Roberto Su", "Pengacaranya, Roberto Su", "Toledo", "PER"]
ODEBRECHT = ["Odebrecht", "Novonor", "Jorge Barata", "BRA"]
PERU_PROSECUTORS = [
    "Peru's anti-corruption prosecutor's office",
    "Kantor jaksa antikorupsi Peru",
    "prosecutors",
    "jaksa",
    "Peru",
    "PER",
]
US_COURT = ["a U.S. court", "United States", "Amerika Serikat", "AS", "USA"]
US_DOJ = ["U.S. Justice Department", "Departemen Kehakiman AS", "USA"]
PERU = ["Peru", "PER"]
LIMA = ["Lima", "Barbadillo prison", "penjara Barbadillo", "PER"]

# Chinese attack on Vietnamese fishermen near the Paracels, 29 Sep 2024 (CNA, Tempo)
VIETNAM = ["Vietnam", "Hanoi", "Vietnam's foreign ministry", "Kementerian Luar Negeri Vietnam", "VNM"]
HANG = [
    "Pham Thu Hang",
    "Hang",
    "Foreign ministry spokeswoman Pham Thu Hang",
    "Juru bicara Kementerian Luar Negeri Vietnam, Pham Thu Hang",
    "Vietnam",
    "VNM",
]
CHINA = ["China", "Beijing", "CHN"]
CHINA_CG = [
    "Chinese law enforcement officers",
    "Chinese coast guard personnel",
    "aparat penegak hukum China",
    "personel penjaga pantai China",
    "a Chinese vessel",
    "kapal China",
    "China",
    "CHN",
]
LIN_JIAN = [
    "Lin Jian",
    "Lin",
    "China's foreign ministry",
    "Kementerian Luar Negeri China",
    "Spokesman Lin Jian",
    "China",
    "CHN",
]
VN_FISHERMEN = [
    "Vietnamese fishermen",
    "nelayan Vietnam",
    "QNg 95739 TS",
    "10 crew members",
    "10 awak kapal",
    "VNM",
]
PHILIPPINES = ["The Philippines", "Filipina", "PHL"]
VN_FISHERIES = ["Vietnam's fisheries association", "Asosiasi Perikanan Vietnam", "VNM"]
PARACELS = ["Paracel Islands", "Kepulauan Paracel", "Xisha Islands", "Kepulauan Xisha", "South China Sea"]
LY_SON = ["Ly Son island", "Pulau Ly Son", "Quang Ngai", "VNM"]

# Bea Cukai drug seizures (Liputan6: Kualanamu, sabu from Penang; Jawa Pos: Ngurah Rai, cocaine)
BC_KUALANAMU = [
    "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean B Kualanamu",
    "Bea Cukai Kualanamu",
    "Elfi Haris",
    "petugas",
    "IDN",
]
BNNP_SUMUT = [
    "Badan Narkotika Nasional Provinsi (BNNP) Sumatera Utara",
    "BNNP Sumut",
    "Toga Habinsaran Panjaitan",
    "petugas gabungan",
    "IDN",
]
RS = ["RS", "seorang penumpang pesawat berinisial RS", "IDN"]
HS = ["HS", "seorang pria berinisial HS", "IDN"]
AL = ["AL", "pengendali berinisial AL", "MYS"]
KUALANAMU = ["Bandara Internasional Kualanamu", "Kualanamu", "Deli Serdang", "IDN"]
MEDAN = ["Jalan Brigjen Katamso", "Medan Maimun", "Kota Medan", "Medan", "IDN"]
BC_NGURAH_RAI = [
    "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean A Ngurah Rai",
    "Bea Cukai Ngurah Rai",
    "Batara Hasudungan Simatupang",
    "petugas",
    "IDN",
]
POLDA_BALI = [
    "Direktorat Reserse Narkoba (Ditresnarkoba) Polda Bali",
    "Polda Bali",
    "Radiant",
    "Tim gabungan",
    "IDN",
]
LFS = ["LFS", "seorang warga negara (WN) Brasil", "WN Brasil", "BRA"]
GAM = ["GAM", "seorang WN Brasil lainnya berinisial GAM", "WN Brasil", "BRA"]
BRAZIL_CONSULATE = ["Konsulat Brasil", "Interpol", "BRA"]
NGURAH_RAI = ["Bandara Internasional I Gusti Ngurah Rai", "Ngurah Rai", "Bali", "IDN"]
CANGGU = ["Canggu", "Kuta Utara", "Badung", "Bali", "IDN"]

# KPK and the Labuhanbatu regent (Kompas)
KPK = [
    "Komisi Pemberantasan Korupsi (KPK)",
    "KPK",
    "Nurul Ghufron",
    "Wakil Ketua KPK Nurul Ghufron",
    "Ghufron",
    "tim KPK",
    "IDN",
]
ERIK = [
    "Erik Adtrada Ritonga",
    "Erik",
    "Bupati Labuhanbatu",
    "Bupati Labuhanbatu, Sumatera Utara, Erik Adtrada Ritonga",
    "IDN",
]
RUDI = ["Rudi Syahputra Ritonga", "Rudi", "RSR", "anggota DPRD Labuhanbatu", "IDN"]
CONTRACTORS = ["Efendy Sahputra", "Fajar Syahputra", "Efendy dan Fajar", "dua pihak swasta", "kontraktor", "IDN"]
HASSANUDIN = [
    "Hassanudin",
    "Penjabat Gubernur Sumatera Utara Hassanudin",
    "Pemerintah Provinsi Sumatera Utara",
    "IDN",
]
ELLYA = ["Ellya Rosa Siregar", "Wakil Bupati Labuhanbatu Ellya Rosa Siregar", "IDN"]
PANGONAL = ["Pangonal Harahap", "IDN"]
LABUHANBATU = ["Labuhanbatu", "Kabupaten Labuhanbatu", "Sumatera Utara", "IDN"]
KPK_HQ = ["Gedung Merah Putih KPK", "Rutan KPK", "Jakarta", "IDN"]

# Kertasari earthquake, 18 Sep 2024 (Antara)
BNPB = [
    "Badan Nasional Penanggulangan Bencana (BNPB)",
    "BNPB",
    "Suharyanto",
    "Kepala BNPB Letjen TNI Suharyanto",
    "Abdul Muhari",
    "IDN",
]
QUAKE_VICTIMS = ["warga terdampak gempa", "warga", "korban", "81 warga", "2.700 warga", "IDN"]
BMKG = ["Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "BMKG", "Daryono", "IDN"]
BANDUNG_REGENT = ["Dadang Supriatna", "Bupati Bandung Dadang Supriatna", "Pemkab Bandung", "IDN"]
JABAR = [
    "Bey Machmudin",
    "Penjabat Gubernur Jawa Barat Bey Machmudin",
    "Pemerintah Provinsi Jawa Barat",
    "IDN",
]
JOINT_TEAM = ["Tim gabungan BPBD, TNI, Polri dan relawan", "BPBD", "TNI", "Polri", "relawan", "IDN"]
KERTASARI = ["Kertasari", "Kecamatan Kertasari", "Kabupaten Bandung", "Jawa Barat", "IDN"]

# Xi Jinping in Malaysia, 15-17 Apr 2025 (CNN Indonesia)
XI = ["Xi Jinping", "Xi", "Presiden China Xi Jinping", "China", "CHN"]
ANWAR = [
    "Anwar Ibrahim",
    "Anwar",
    "Perdana Menteri Malaysia Anwar Ibrahim",
    "Malaysia",
    "MYS",
]
SULTAN_IBRAHIM = ["Sultan Ibrahim", "Raja Malaysia Sultan Ibrahim", "Malaysia", "MYS"]
MALAYSIA = ["Malaysia", "Kuala Lumpur", "MYS"]
TRUMP = ["Donald Trump", "Presiden AS Donald Trump", "Amerika Serikat", "USA"]
CAMBODIA = ["Kamboja", "Phnom Penh", "KHM"]
PUTRAJAYA = ["Perdana Putra", "Putrajaya", "MYS"]
KUALA_LUMPUR = ["Bandara Internasional Kuala Lumpur", "Istana Negara", "Kuala Lumpur", "MYS"]

# Argentine pensioners' protest, 12 Mar 2025 (AP)
AR_POLICE = [
    "Argentine security forces",
    "security forces",
    "Police",
    "police",
    "a security officer",
    "Argentina",
    "ARG",
]
AR_PROTESTERS = [
    "thousands of demonstrators",
    "retirees",
    "pensioners",
    "Protesters",
    "soccer fans",
    "124 people",
    "Argentina",
    "ARG",
]
GRILLO = ["Pablo Grillo", "Photographer Pablo Grillo", "Grillo", "ARG"]
BULLRICH = [
    "Patricia Bullrich",
    "Security Minister Patricia Bullrich",
    "Bullrich",
    "her ministry",
    "Argentina",
    "ARG",
]
ANDRADE = ["Karina Andrade", "Buenos Aires judge Karina Andrade", "ARG"]
CGT = ["General Labor Confederation", "Argentina's main labor federation", "ARG"]
MILEI = ["Javier Milei", "President Javier Milei", "Milei", "the government", "Argentina", "ARG"]
AMNESTY = ["Amnesty International"]
AR_OPPOSITION = ["Opposition lawmakers", "Congress", "ARG"]
AR_POLICE_CAR = ["a police car", "officers", "Argentina", "ARG"]
BUENOS_AIRES = ["Buenos Aires", "Congress", "ARG"]

# Catatumbo violence, Jan 2025 (BBC)
ELN = ["National Liberation Army (ELN)", "ELN", "ELN fighters", "Colombia", "COL"]
FARC_DISSIDENTS = ["33rd Front", "Farc dissidents", "dissidents of the former Farc rebel group", "Colombia", "COL"]
CATATUMBO_CIVILIANS = ["people", "civilians", "80 people", "a former peace signatory", "32,000 people", "COL"]
PETRO = ["Gustavo Petro", "Colombian President Gustavo Petro", "Mr Petro", "Colombia", "COL"]
COL_ARMY = ["The army", "army", "Iván Velásquez", "Defence Minister Iván Velásquez", "Colombia", "COL"]
OMBUDSMAN = ["Iris Marín", "Ombudsman Iris Marín", "Colombia's ombudsman's office", "COL"]
VENEZUELA = ["Venezuela's government", "Venezuela", "VEN"]
COLOMBIANS_FLEEING = ["Colombians fleeing the fighting", "Colombia", "COL"]
CATATUMBO = ["Catatumbo", "Tibú", "Cúcuta", "Norte de Santander", "COL"]

# Suspected Chinese spy arrested in Makati, Feb 2025 (Straits Times)
NBI = [
    "National Bureau of Investigation (NBI)",
    "NBI",
    "Jaime Santiago",
    "NBI director Jaime Santiago",
    "Mr Santiago",
    "Philippine agents",
    "PHL",
]
DENG = ["Deng Yuanqing", "Mr Deng", "a Chinese national", "CHN"]
DENG_ACCOMPLICES = ["two Filipinos", "the two men", "PHL"]
SPY_SUSPECTS = ["The three men", "Deng Yuanqing", "two Filipinos", "CHN"]
NSC = ["National Security Council", "Jonathan Malaya", "PHL"]
CN_EMBASSY = ["The Chinese embassy in Manila", "Chinese embassy", "Beijing", "China", "CHN"]
PH_GOV = ["The Philippines", "Manila", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "President Ferdinand Marcos Jr", "PHL"]
PH_SECURITY = ["security agencies", "PHL"]
PH_LAWMAKERS = ["Lawmakers", "PHL"]
MAKATI = ["Makati City", "Makati", "Manila", "PHL"]
