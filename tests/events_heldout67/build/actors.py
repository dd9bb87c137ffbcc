"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Jeju Air crash at Muan (Straits Times, Republika)
KOREA_POLICE = [
    "South Korean police",
    "police",
    "South Jeolla provincial police",
    "Kepolisian Korea Selatan",
    "Kepolisian Provinsi Jeolla Selatan",
    "Polisi",
    "KOR",
]
JEJU_AIR = ["Jeju Air", "maskapai Jeju Air", "KOR"]
KIM_EBAE = ["Kim E-bae", "Mr Kim", "Direktur Utama Jeju Air Kim E-bae", "Jeju Air chief executive Kim E-bae", "KOR"]
KOREA_TRANSPORT = [
    "The transport ministry",
    "transport ministry",
    "Kementerian Perhubungan Korea Selatan",
    "Kementerian Perhubungan",
    "South Korea",
    "Korea Selatan",
    "KOR",
]
KOREAN_AIRLINES = ["the country's airlines", "maskapai domestik", "Jeju Air", "KOR"]
CHOI = ["Choi Sang-mok", "acting President Choi Sang-mok", "Penjabat Presiden Choi Sang-mok", "KOR"]
SOUTH_KOREA = ["South Korea", "Korea Selatan", "Korsel", "Seoul", "KOR"]
US_INVESTIGATORS = [
    "US National Transportation Safety Board",
    "National Transportation Safety Board",
    "NTSB",
    "Federal Aviation Administration",
    "FAA",
    "Boeing",
    "Amerika Serikat",
    "United States",
    "USA",
]
KOREA_INVESTIGATORS = [
    "Aviation and Railway Accident Investigation Board",
    "South Korea",
    "Korea Selatan",
    "KOR",
]
VICTIMS_FAMILIES_KOR = ["victims' families", "keluarga korban", "KOR"]

# UPS Flight 2976 and the MD-11 grounding (Independent, IDN Times)
FAA = ["Federal Aviation Administration", "FAA", "Administrasi Penerbangan Federal", "USA"]
MD11_OPERATORS = ["UPS", "FedEx", "operators", "maskapai", "airlines", "USA"]
BOEING = ["Boeing", "USA"]
NTSB = [
    "National Transportation Safety Board",
    "NTSB",
    "Todd Inman",
    "Dewan Keselamatan Transportasi Nasional",
    "USA",
]
BESHEAR = ["Andy Beshear", "Kentucky Governor Andy Beshear", "Gubernur Kentucky Andy Beshear", "Kentucky", "USA"]
UPS = ["UPS", "USA"]

# Foreign fishing boats seized off Natuna (Okezone, Tribunnews)
KKP = [
    "Kementerian Kelautan dan Perikanan",
    "KKP",
    "PSDKP",
    "Kapal Pengawas Orca 03",
    "Pung Nugroho Saksono",
    "Ipunk",
    "Indonesia",
    "IDN",
]
VIETNAM_BOATS = [
    "kapal ikan asing berbendera Vietnam",
    "kapal ikan berbendera Vietnam",
    "kapal ikan Vietnam",
    "BV 5247 TS",
    "BV 9351 TS",
    "KG 93857 TS",
    "anak buah kapal",
    "ABK",
    "Vietnam",
    "VNM",
]
VIETNAM_EMBASSY = ["Kedutaan Besar Vietnam", "Vietnam", "VNM"]
BAKAMLA = [
    "Badan Keamanan Laut",
    "Bakamla",
    "Bakamla RI",
    "KN Pulau Dana",
    "Irvansyah",
    "Laksamana Madya TNI Irvansyah",
    "Indonesia",
    "IDN",
]
VIETNAM_PATROL = ["kapal pengawas perikanan Vietnam", "Kapal pengawas Vietnam", "Vietnam", "VNM"]
PSDKP_BATAM = ["Pangkalan PSDKP Batam", "PSDKP", "IDN"]

# Garut ammunition blast (Merdeka)
PANGLIMA = ["Agus Subiyanto", "Panglima TNI", "Jenderal TNI Agus Subiyanto", "TNI", "IDN"]
TNI = ["TNI", "TNI AD", "Wahyu Yudhayana", "Brigjen TNI Wahyu Yudhayana", "IDN"]
GARUT_VICTIMS = ["warga sipil", "korban", "keluarga korban", "anak-anak korban", "Garut", "IDN"]
DEDI = ["Dedi Mulyadi", "Gubernur Jawa Barat Dedi Mulyadi", "Jawa Barat", "IDN"]
KOMISI_I = ["Komisi I DPR", "TB Hasanuddin", "DPR", "IDN"]
KOMNAS_HAM = ["Komnas HAM", "IDN"]

# Tesso Nilo (Bisnis)
SATGAS_PKH = [
    "Satuan Tugas Penertiban Kawasan Hutan",
    "Satgas PKH",
    "Satgas",
    "Febrie Adriansyah",
    "Kejaksaan Agung",
    "Kejagung",
    "Harli Siregar",
    "IDN",
]
TESSO_NILO_GROWERS = ["masyarakat yang menggarap lahan", "warga", "perambah", "kebun sawit ilegal", "IDN"]
PELALAWAN = ["Kantor Bupati Pelalawan", "Bupati Pelalawan", "pemerintah", "IDN"]
RAJA_JULI = ["Raja Juli Antoni", "Menteri Kehutanan Raja Juli Antoni", "Kementerian Kehutanan", "IDN"]
FINANCIERS = ["pemodal", "perusahaan", "IDN"]

# Zara Qairina (Suara)
MALAYSIA_PROSECUTION = [
    "Kejaksaan Agung Malaysia",
    "AGC",
    "Jaksa Agung Malaysia Mohd Dusuki Mokhtar",
    "Mohd Dusuki Mokhtar",
    "Pengadilan Anak Kota Kinabalu",
    "Malaysia",
    "MYS",
]
FIVE_TEENS = ["Lima remaja putri", "lima remaja", "Kelima terdakwa", "terdakwa", "MYS"]
ZARA = ["Zara Qairina Mahathir", "Zara Qairina", "Zara", "MYS"]
CORONER = ["Pengadilan Koroner Kota Kinabalu", "Pengadilan Koroner", "MYS"]
SABAH_PROTESTERS = ["Ribuan orang", "warga Sabah", "MYS"]
MALAYSIA_GOV = ["Malaysia", "pemerintah Malaysia", "Anwar Ibrahim", "MYS"]
ANWAR = ["Anwar Ibrahim", "Perdana Menteri Malaysia Anwar Ibrahim", "MYS"]

# Karur stampede (DW)
TN_POLICE = ["Police in the southern Indian state of Tamil Nadu", "police", "Tamil Nadu", "IND"]
TVK = [
    "Tamilaga Vettri Kazhagam",
    "TVK",
    "V.P. Mathiazhagan",
    "Mathiazhagan",
    "N. Anand",
    "C.T.R. Nirmal Kumar",
    "Vijay",
    "IND",
]
MATHIAZHAGAN = ["V.P. Mathiazhagan", "Mathiazhagan", "TVK", "IND"]
TVK_LEADERS = ["N. Anand", "C.T.R. Nirmal Kumar", "TVK", "IND"]
STALIN = ["M.K. Stalin", "Stalin", "Chief Minister M.K. Stalin", "Tamil Nadu", "IND"]
VIJAY = ["Vijay", "TVK", "IND"]
KARUR_VICTIMS = ["the injured", "bereaved family", "victims", "Karur", "IND"]
MADRAS_HC = ["Madras High Court", "IND"]
DMK = ["Dravida Munnetra Kazhagam", "DMK", "IND"]
MODI = ["Narendra Modi", "Prime Minister Narendra Modi", "India", "IND"]

# Huntingdon train stabbings (Guardian)
WILLIAMS = ["Anthony Williams", "Williams", "GBR"]
UK_POLICE = ["British Transport Police", "BTP", "armed officers", "police", "GBR"]
UK_COURT = ["magistrates", "Peterborough magistrates", "Cambridge crown court", "GBR"]
TRAIN_PASSENGERS = ["passengers", "11 people", "LNER", "Samir Zitouni", "GBR"]
DLR_VICTIM = ["a man at Pudding Mill Lane Docklands Light Railway station", "a man", "GBR"]
STARMER = ["Keir Starmer", "Starmer", "GBR"]
MAHMOOD = ["Shabana Mahmood", "home secretary", "GBR"]

# Oita fire (NHK World)
SATO = ["Sato Kiichiro", "Oita Prefecture Governor Sato Kiichiro", "Oita Prefecture", "JPN"]
GSDF = ["Ground Self-Defense Force", "Self-Defense Forces", "SDF", "JPN"]
OITA = ["Oita", "Oita City", "Saganoseki", "residents", "JPN"]
OITA_PREF = ["Oita Prefecture", "The prefecture", "prefecture", "JPN"]
TAKAICHI = ["Takaichi Sanae", "Prime Minister Takaichi Sanae", "JPN"]
JAPAN_MINISTRIES = ["relevant ministries", "JPN"]
