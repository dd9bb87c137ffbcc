"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

MYANMAR_MIL = [
    "Myanmar's military",
    "militer Myanmar",
    "Myanmar's junta",
    "Junta Myanmar",
    "junta",
    "troops",
    "pasukannya",
    "Global New Light of Myanmar",
    "MMR",
]
KK_PARK = [
    "KK Park",
    "scam compound",
    "kompleks penipuan daring",
    "2,198 people",
    "2.198 orang",
    "Myawaddy",
    "MMR",
]
FLEEING = [
    "More than 1,500 people",
    "Lebih dari 1.500 orang",
    "workers",
    "arrivals",
    "pendatang",
    "Mereka yang kabur",
    "Indians",
    "Indonesians",
    "WNI",
    "IND",
    "CHN",
    "IDN",
]
THAILAND = [
    "Thailand",
    "Thai authorities",
    "otoritas Thailand",
    "Thai soldiers",
    "tentara Thailand",
    "Chucheep Pongchai",
    "Tak governor",
    "Gubernur Tak",
    "Anutin Charnvirakul",
    "Anutin",
    "THA",
]
ANUTIN = ["Anutin Charnvirakul", "Anutin", "Thai Prime Minister", "Perdana Menteri Thailand", "THA"]
THAI_FORCES = ["army and police", "militer dan polisi", "THA"]
KBRI_BANGKOK = [
    "KBRI",
    "Kedutaan Besar Republik Indonesia",
    "Rachmat Budiman",
    "Duta Besar RI untuk Thailand",
    "Indonesia",
    "IDN",
]
EMBASSIES = ["embassies", "India's", "India", "IND"]
SPACEX = ["SpaceX", "Elon Musk's SpaceX", "Starlink", "USA"]

GHANA_GOV = ["Ghana", "government", "Julius Debrah", "John Mahama", "Mahama", "GHA"]
MAHAMA = ["John Mahama", "Mahama", "President John Mahama", "Presiden Ghana John Mahama", "GHA"]
GHANA = ["Ghana", "people and government of Ghana", "rakyat dan pemerintah Ghana", "Mr Mahama", "GHA"]
GHANA_ARMED_FORCES = ["Ghana Armed Forces", "Angkatan Bersenjata Ghana", "board of inquiry", "dewan penyelidik", "GHA"]
AIR_FORCE = ["Ghana Air Force", "Angkatan Udara Ghana", "helicopter", "helikopter", "Z-9", "GHA"]
AU = ["African Union Commission", "Komisi Uni Afrika", "Mahmoud Ali Youssouf", "African Union", "Uni Afrika"]
TINUBU = ["Bola Tinubu", "Tinubu", "Nigeria's president", "Nigerian presidency", "NGA"]

POLRES_BOGOR = [
    "Polisi",
    "polisi",
    "Satlantas Polres Bogor",
    "Polres Bogor",
    "Kapolres Bogor",
    "Rio Wahyu Anggoro",
    "Rio",
    "penyidik",
    "IDN",
]
TRUCK_DRIVER = ["sopir truk", "Sopir truk", "sopir", "truk", "IDN"]
DUDY = ["Dudy Purwagandhi", "Dudy", "Menteri Perhubungan", "IDN"]
KORLANTAS = ["Korlantas Polri", "Dinas Perhubungan", "IDN"]
POLDA_JATENG = [
    "Polda Jawa Tengah",
    "Polda Jateng",
    "Artanto",
    "Kombes Artanto",
    "penyidik Ditlantas",
    "penyidik",
    "IDN",
]
BUS_DRIVER = ["sopir bus", "Sopir", "G (31)", "IDN"]
BUS_COMPANY = ["perusahaan otobus", "PO", "pemilik perusahaan otobus", "PO bus", "IDN"]
KEMENHUB = ["Kementerian Perhubungan", "Kemenhub", "Aan Suhanan", "IDN"]
LUTHFI = ["Ahmad Luthfi", "Gubernur Jawa Tengah", "Pemprov Jateng", "IDN"]
BUS_VICTIMS = ["korban luka", "korban", "IDN"]

INDONESIA_GOV = [
    "Pemerintah",
    "pemerintah",
    "Prasetyo Hadi",
    "Prabowo Subianto",
    "Bahlil Lahadalia",
    "Bahlil",
    "Kementerian Energi dan Sumber Daya Mineral",
    "Kementerian ESDM",
    "IDN",
]
PRABOWO = ["Prabowo Subianto", "Presiden Prabowo Subianto", "Prabowo", "IDN"]
MINISTERS = ["sejumlah menteri", "menteri", "Bahlil Lahadalia", "Prasetyo Hadi", "IDN"]
NICKEL_FIRMS = [
    "empat perusahaan nikel",
    "PT Anugerah Surya Pratama",
    "PT Nurham",
    "PT Mulia Raymond Perkasa",
    "PT Kawei Sejahtera Mining",
    "perusahaan-perusahaan terkait",
    "IDN",
]
GAG_NIKEL = ["PT Gag Nikel", "Gag Nikel", "PT Antam Tbk.", "Antam", "IDN"]
KLH = ["Kementerian Lingkungan Hidup", "KLH", "IDN"]
ASP = ["PT Anugerah Surya Pratama", "IDN"]
GREENPEACE = ["Greenpeace Indonesia", "Greenpeace", "aktivis Greenpeace Indonesia", "Sejumlah aktivis"]
CONFERENCE = ["Indonesia Critical Minerals Conference", "petugas keamanan", "pemerintah", "IDN"]
KOMISI_XII = ["Komisi XII DPR", "Bambang Haryadi", "DPR", "IDN"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "tim KPK",
    "penyidik KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "IDN",
]
ADE = ["Ade Kuswara Kunang", "Ade Kuswara", "Ade", "Bupati Bekasi", "IDN"]
BEKASI_SUSPECTS = ["Ade Kuswara Kunang", "Bupati Bekasi", "HM Kunang", "SRJ", "tiga orang", "sepuluh orang", "IDN"]
SRJ = ["SRJ", "pihak swasta", "HM Kunang", "IDN"]
BEKASI_OFFICE = ["kantor Bupati Bekasi", "Pemerintah Kabupaten Bekasi", "Bupati Bekasi", "IDN"]
DEDI = ["Dedi Mulyadi", "Gubernur Jawa Barat", "IDN"]
ASEP_SURYA = ["Asep Surya Atmaja", "Wakil Bupati Bekasi", "IDN"]

BASARNAS = [
    "Basarnas",
    "Tim SAR gabungan",
    "tim SAR",
    "Mohammad Syafii",
    "Syafii",
    "Kepala Basarnas",
    "pihak berwenang Indonesia",
    "IDN",
]
JULIANA = ["Juliana Marins", "Juliana", "pendaki asal Brasil", "jenazah", "BRA"]
JULIANA_FAMILY = ["Keluarga Juliana", "keluarga", "keluarga korban", "BRA"]
INDONESIA_AUTH = ["pihak berwenang Indonesia", "otoritas Indonesia", "Basarnas", "Indonesia", "IDN"]
BRAZIL = [
    "Brasil",
    "Pemerintah Brasil",
    "Kementerian Luar Negeri Brasil",
    "Kedutaan Besar Brasil",
    "BRA",
]
LULA = ["Luiz Inácio Lula da Silva", "Lula", "Presiden Brasil", "BRA"]
TNGR = ["Balai Taman Nasional Gunung Rinjani", "IDN"]

COP_PROTESTERS = [
    "protesters",
    "Dozens of protesters",
    "Indigenous",
    "Tupinamba",
    "The group",
    "BRA",
]
COP_SECURITY = [
    "security guards",
    "Brazilian and UN security personnel",
    "UNFCCC",
    "United Nations",
    "UN",
    "COP30",
    "BRA",
]
UNFCCC = ["UNFCCC", "UN climate body", "United Nations", "UN", "Simon Stiell", "Stiell"]
BRAZIL_EN = [
    "Brazil",
    "Brazilian federal police",
    "André Corrêa do Lago",
    "Corrêa do Lago",
    "COP30 president",
    "BRA",
]
CORREA = ["André Corrêa do Lago", "Corrêa do Lago", "COP30 president", "BRA"]
INDIGENOUS = ["Indigenous leaders", "Indigenous", "BRA"]
COUNTRIES = ["nearly 200 countries", "delegates", "countries"]
LEADERS = ["about 50 heads of state and government", "heads of state"]
USA = ["United States", "Donald Trump", "Trump", "USA"]

SANCHEZ = ["Pedro Sanchez", "Sanchez", "Spanish Prime Minister", "Spain", "ESP"]
SPAIN = ["Spain", "Spanish", "Madrid", "Pedro Sanchez", "Sanchez", "Interior Ministry", "ESP"]
OPERATORS = ["private electricity operators", "private operators", "Red Electrica", "ESP"]
REGIONS = ["Madrid", "Andalusia", "Extremadura", "ESP"]
FRANCE = ["France", "FRA"]
MOROCCO = ["Morocco", "MAR"]
MONTENEGRO = ["Luis Montenegro", "Montenegro", "Portuguese Prime Minister", "Portugal", "Lisbon", "PRT"]
ACER = ["ACER", "European Union's energy regulator", "European Union", "EU"]
VDL = ["Ursula von der Leyen", "von der Leyen", "European Commission", "EU"]

UGANDA_POLICE = [
    "Ugandan police",
    "police",
    "Police",
    "police and soldiers",
    "Kituuma Rusoke",
    "Police spokesperson Kituuma Rusoke",
    "UGA",
]
NUP = [
    "Bobi Wine",
    "Wine",
    "Robert Kyagulanyi",
    "supporters",
    "Wine's convoy",
    "crowds",
    "43 people",
    "UGA",
]
BOBI_WINE = ["Bobi Wine", "Wine", "Robert Kyagulanyi", "UGA"]
MUSEVENI_GOV = ["Yoweri Museveni", "Museveni", "President Yoweri Museveni's government", "government", "UGA"]
OHCHR = ["UN human rights office", "United Nations"]
UGANDA_AUTH = ["Ugandan authorities", "Uganda", "UGA"]
BESIGYE = ["Kizza Besigye", "Besigye", "UGA"]
EC_UGANDA = ["electoral commission", "UGA"]
