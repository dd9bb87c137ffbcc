"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Chicago / Illinois national guard, Oct 2025
TRUMP = ["Donald Trump", "Trump", "President Trump", "Presiden Donald Trump", "White House", "Gedung Putih", "USA"]
TRUMP_ADMIN = [
    "Trump administration",
    "pemerintahan Trump",
    "White House",
    "Gedung Putih",
    "Justice department",
    "Departemen Kehakiman",
    "Donald Trump",
    "Trump",
    "USA",
]
PENTAGON = ["Pentagon", "Trump administration", "USA"]
ILLINOIS = [
    "Illinois",
    "state of Illinois",
    "Negara Bagian Illinois",
    "Pemerintah Negara Bagian Illinois",
    "JB Pritzker",
    "Pritzker",
    "Governor JB Pritzker",
    "Chicago",
    "city of Chicago",
    "Kota Chicago",
    "USA",
]
ILLINOIS_GUARD = [
    "Illinois national guard",
    "Garda Nasional Illinois",
    "national guard troops",
    "Garda Nasional",
    "Illinois",
    "USA",
]
TEXAS_GUARD = ["Texas guard troops", "Texas national guard", "Garda Nasional Texas", "USA"]
PERRY = ["April Perry", "Perry", "US district judge April Perry", "Hakim Distrik AS April Perry", "federal judge", "hakim federal", "USA"]
PRITZKER = ["JB Pritzker", "Pritzker", "Governor JB Pritzker", "Gubernur Illinois JB Pritzker", "USA"]
PRITZKER_JOHNSON = [*PRITZKER[:-1], "Brandon Johnson", "Johnson", "Wali Kota Chicago Brandon Johnson", "USA"]
JOHNSON = ["Brandon Johnson", "Johnson", "Chicago mayor", "Wali Kota Chicago Brandon Johnson", "USA"]
APPEALS_COURT = ["seventh circuit court of appeals", "Pengadilan Banding Sirkuit Ketujuh", "USA"]
BORDER_PATROL = ["border patrol agents", "petugas Patroli Perbatasan", "Patroli Perbatasan", "USA"]
WOMAN_SHOT = ["a woman", "seorang perempuan", "Brighton Park", "USA"]

# Kamchatka earthquake, 30 Jul 2025
JAPAN_GOV = [
    "Japan Meteorological Agency",
    "Badan Meteorologi Jepang",
    "JMA",
    "local authorities",
    "Pemerintah daerah",
    "Japan",
    "Jepang",
    "JPN",
]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "Prime Minister Shigeru Ishiba", "Perdana Menteri Jepang Shigeru Ishiba", "JPN"]
JAPAN_RESIDENTS = ["residents", "warga", "1.9 million people", "1,9 juta warga", "Japan", "Jepang", "JPN"]
TEPCO = ["Tokyo Electric Power Company", "TEPCO", "JPN"]
TEPCO_WORKERS = ["workers", "pekerjanya", "Fukushima Daiichi", "JPN"]
RUSSIA_REGION = [
    "Valery Limarenko",
    "Limarenko",
    "Sakhalin governor Valery Limarenko",
    "Gubernur Sakhalin Valery Limarenko",
    "Vladimir Solodov",
    "Russia",
    "Rusia",
    "RUS",
]
SEVERO_KURILSK = ["residents", "warga kota itu", "Severo-Kurilsk", "RUS"]
BMKG = [
    "BMKG",
    "Badan Meteorologi, Klimatologi, dan Geofisika",
    "Indonesia's Meteorology, Climatology and Geophysics Agency",
    "Daryono",
    "Indonesia",
    "IDN",
]
INDONESIA_COASTS = [
    "residents",
    "masyarakat",
    "North Sulawesi",
    "Sulawesi Utara",
    "Maluku Utara",
    "North Maluku",
    "Papua",
    "Indonesia",
    "IDN",
]
HAWAII_GOV = ["Josh Green", "Governor Josh Green", "Gubernur Josh Green", "Hawaii", "USA"]
HAWAII_RESIDENTS = ["residents", "warga Hawaii", "Hawaii", "Honolulu", "USA"]

# Karhutla
POLDA_RIAU = [
    "Polda Riau",
    "Kapolda Riau Irjen Pol Herry Heryawan",
    "Herry Heryawan",
    "Herry",
    "Polres Rokan Hilir",
    "polisi",
    "IDN",
]
RIAU_SUSPECT = ["AS", "seorang petani", "tersangka", "Tersangka AS", "IDN"]
RIAU_SUSPECTS = ["44 tersangka", "tersangka", "IDN"]
SIAK_COMPANY = ["korporasi", "perusahaan", "sebuah areal konsesi", "IDN"]
SATGAS_RIAU = ["Satgas Karhutla Riau", "IDN"]
POLDA_KALBAR = [
    "Polda Kalbar",
    "Kepolisian Daerah Kalimantan Barat",
    "Kabid Humas Polda Kalbar Kombes Pol Bayu Suseno",
    "Bayu Suseno",
    "Bayu",
    "polisi",
    "IDN",
]
KALBAR_SUSPECTS = ["12 orang", "tersangka", "HR", "petani", "IDN"]
HR = ["HR", "tersangka berinisial HR", "IDN"]
KETAPANG_COMPANY = ["sebuah perusahaan perkebunan", "perusahaan", "IDN"]
KALBAR_GOV = ["Ria Norsan", "Gubernur Kalimantan Barat Ria Norsan", "IDN"]

# KPK hajj quota
KPK = ["KPK", "Komisi Pemberantasan Korupsi", "Budi Prasetyo", "Juru Bicara KPK Budi Prasetyo", "IDN"]
YAQUT = [
    "Yaqut Cholil Qoumas",
    "Yaqut",
    "YCQ",
    "mantan Menteri Agama Yaqut Cholil Qoumas",
    "Mantan Menteri Agama Yaqut Cholil Qoumas",
    "IDN",
]
IMIGRASI = ["Direktorat Jenderal Imigrasi", "Imigrasi", "IDN"]
YAQUT_LAWYER = ["kuasa hukum Yaqut", "IDN"]
HAJJ_ASSOC = ["asosiasi penyelenggara haji khusus", "IDN"]

# KM Barcelona V
SAR_MANADO = [
    "Kantor SAR Manado",
    "Basarnas",
    "George Leo Mercy Randang",
    "George",
    "KRI",
    "IDN",
]
PASSENGERS = ["penumpang", "568 orang", "Penumpang", "IDN"]
POLDA_SULUT = ["Kapolda Sulawesi Utara Irjen Pol Roycke Harry Langie", "Roycke Harry Langie", "polisi", "IDN"]
CREW = ["nakhoda kapal", "anak buah kapal", "KM Barcelona V", "IDN"]
MENHUB = ["Menteri Perhubungan Dudy Purwagandhi", "Dudy Purwagandhi", "Kementerian Perhubungan", "IDN"]
DITJEN_LAUT = ["Direktorat Jenderal Perhubungan Laut", "IDN"]
KNKT = ["Komite Nasional Keselamatan Transportasi", "KNKT", "IDN"]
SULUT_GOV = ["Gubernur Sulawesi Utara Yulius Selvanus", "Yulius Selvanus", "IDN"]

# Lewotobi
BADAN_GEOLOGI = ["Badan Geologi", "Kepala Badan Geologi Muhammad Wafid", "Muhammad Wafid", "Wafid", "IDN"]
RESIDENTS_FLORES = ["Masyarakat", "masyarakat", "warga", "Flores Timur", "IDN"]
AIRLINES_AU = ["Jetstar", "Virgin Australia", "Qantas", "AUS"]
KEMENHUB = ["Kementerian Perhubungan", "IDN"]
BNPB = ["Badan Nasional Penanggulangan Bencana", "BNPB", "IDN"]
EVACUEES_FLORES = ["pengungsi", "ribuan pengungsi", "Wulanggitang", "Ile Bura", "IDN"]

# Sri Lanka
SL_POLICE = ["Sri Lankan police", "police", "Criminal Investigation Department", "CID", "Sri Lanka", "LKA"]
RANIL = ["Ranil Wickremesinghe", "Wickremesinghe", "former president Ranil Wickremesinghe", "LKA"]
MAGISTRATE = ["A Colombo magistrate", "Colombo magistrate", "court", "LKA"]
SL_GOV = [
    "President Anura Kumara Dissanayake's government",
    "Anura Kumara Dissanayake",
    "Dissanayake",
    "government",
    "Nalinda Jayatissa",
    "Sri Lanka",
    "LKA",
]
SL_OPPOSITION = [
    "opposition parties",
    "Sajith Premadasa",
    "Premadasa",
    "Samagi Jana Balawegaya",
    "United National Party",
    "LKA",
]
PREMADASA = ["Sajith Premadasa", "Premadasa", "Samagi Jana Balawegaya", "LKA"]

# Taiwan recall
TW_VOTERS = ["Taiwanese voters", "voters", "Taiwan", "TWN"]
KMT = ["Kuomintang", "KMT", "Eric Chu", "KMT Chairman Eric Chu", "opposition", "TWN"]
ERIC_CHU = ["Eric Chu", "KMT Chairman Eric Chu", "Kuomintang", "KMT", "TWN"]
LAI = ["Lai Ching-te", "Lai", "President Lai Ching-te", "Lai administration", "Taiwan", "TWN"]
DPP = ["Democratic Progressive Party", "DPP", "Lin Yu-chang", "Lai Ching-te", "TWN"]
CIVIC_GROUPS = ["civic groups", "The recall drives", "TWN"]
TAO = ["China's Taiwan Affairs Office", "Taiwan Affairs Office", "Beijing", "China", "CHN"]

# Jimmy Lai
HK_COURT = ["Hong Kong's High Court", "High Court", "The three judges", "Hong Kong", "HKG", "CHN"]
JIMMY_LAI = ["Jimmy Lai", "Lai", "Apple Daily", "HKG", "CHN"]
UK = ["Yvette Cooper", "British Foreign Secretary Yvette Cooper", "London", "UK", "Britain", "GBR"]
CHINA = [
    "China",
    "Beijing",
    "Chinese ambassador",
    "China's Foreign Ministry",
    "Guo Jiakun",
    "Chinese President Xi Jinping",
    "Xi Jinping",
    "Chinese authorities",
    "CHN",
]
US = ["Marco Rubio", "US Secretary of State Marco Rubio", "United States", "Washington", "USA"]
TRUMP_US = ["Donald Trump", "President Donald Trump", "Trump", "USA"]
XI = ["Xi Jinping", "Chinese President Xi Jinping", "Beijing", "China", "CHN"]
EU = ["The European Union", "European Union", "EU", "EUR"]
WESTERN = ["Western countries", "UK", "US", "EU", "GBR", "USA"]
JOHN_LEE = ["John Lee", "Hong Kong leader John Lee", "Hong Kong", "HKG", "CHN"]
