"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PHILIPPINES_GOV = [
    "Office of Civil Defense",
    "Kantor Pertahanan Sipil Filipina",
    "Disaster agencies",
    "local governments",
    "officials",
    "Philippines",
    "Filipina",
    "PHL",
]
MARCOS = ["Ferdinand Marcos Jr", "Mr Marcos", "Marcos", "President", "Presiden", "PHL"]
PH_RESIDENTS = ["residents", "warga", "people", "orang", "Bicol", "Eastern Visayas", "Visayas Timur", "Luzon", "PHL"]
PH_AVIATION = [
    "Civil Aviation Authority of the Philippines",
    "Otoritas penerbangan sipil Filipina",
    "PHL",
]
AIRLINES = ["flights", "penerbangan", "PHL"]
TAIWAN = ["Taiwan", "Hualien", "Pemerintah daerah Hualien", "officials in Hualien", "Central Weather Administration", "TWN"]
GUANGFU = ["residents of Guangfu township", "warga Kota Guangfu", "Guangfu", "TWN"]

RUSSIA_INVESTIGATORS = ["Investigative Committee", "Komite Investigasi Rusia", "investigators", "Russia", "Rusia", "RUS"]
ANGARA = ["Angara Airlines", "An-24", "Antonov An-24", "RUS"]
ORLOV = ["Vasily Orlov", "Orlov", "Amur Governor", "Gubernur Amur", "RUS"]
AMUR = ["Amur region", "Amur", "wilayah Amur", "region", "RUS"]
PUTIN = ["Vladimir Putin", "Putin", "Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
VICTIMS_FAMILIES = ["families of the victims", "keluarga korban", "RUS"]
ROSAVIATSIA = ["Rosaviatsia", "Badan Penerbangan Federal Rusia", "Emergencies Ministry", "rescuers", "RUS"]
WEST = ["Western sanctions", "West", "Western", "EU", "USA"]
RUSSIA = ["Russia", "Moscow", "RUS"]
UKRAINE = ["Ukraine", "UKR"]

BEA_CUKAI = [
    "Direktorat Jenderal Bea dan Cukai",
    "Bea Cukai",
    "Kantor Wilayah Bea Cukai Aceh",
    "Leni Rahmasari",
    "petugas",
    "BC 20008",
    "IDN",
]
BNN = ["Badan Narkotika Nasional", "BNN", "tim gabungan BNN", "I Wayan Sukawinaya", "IDN"]
ACEH_COURIERS = ["MR", "ZA", "HS", "awak speedboat", "Tiga orang", "speedboat", "IDN"]
IS_RECEIVER = ["IS", "penerima barang", "IDN"]
ACEH_NETWORK = ["jaringan", "bandar", "IDN"]
MALAYSIA = ["Malaysia", "otoritas Malaysia", "MYS"]
POLDA_RIAU = [
    "Ditpolairud Polda Riau",
    "Direktorat Kepolisian Perairan dan Udara",
    "Ditpolairud",
    "Polda Riau",
    "Polisi",
    "polisi",
    "Herry Heryawan",
    "Kapolda Riau",
    "IDN",
]
RIAU_CREW = ["AS", "RN", "nakhoda", "anak buah kapal", "dua orang", "kedua tersangka", "Kedua tersangka", "kapal kayu", "IDN"]
JK = ["JK", "koordinator penjemputan", "IDN"]

GULKARMAT = [
    "Tim gabungan",
    "Dinas Penanggulangan Kebakaran dan Penyelamatan",
    "Gulkarmat DKI Jakarta",
    "Dinas Gulkarmat DKI Jakarta",
    "Syamsul Huda",
    "Basarnas",
    "Polri",
    "IDN",
]
GLODOK_VICTIMS = ["korban", "korban kebakaran Glodok Plaza", "IDN"]
TEGUH = ["Teguh Setyabudi", "Penjabat Gubernur DKI Jakarta", "Pj Gubernur", "IDN"]
BUILDING_MANAGERS = ["pengelola gedung tinggi", "pengelola gedung", "IDN"]
POLDA_METRO = ["Polda Metro Jaya", "Ade Ary Syam Indradi", "Labfor Polri", "IDN"]
GLODOK_MANAGEMENT = ["pengelola gedung", "Glodok Plaza", "saksi-saksi", "IDN"]

TIPIKOR_PALU = [
    "Majelis hakim Pengadilan Tindak Pidana Korupsi",
    "Pengadilan Tipikor Palu",
    "Pengadilan Negeri Palu",
    "majelis hakim",
    "hakim",
    "Agus Salim",
    "IDN",
]
RUSLAN = ["Ruslan Abdul Kadir", "Ruslan", "terdakwa", "mantan Kepala Dinas Kesehatan Kabupaten Banggai", "IDN"]
HENDRA = ["Hendra Wijaya", "Direktur CV Sinar Medika", "Hendra", "IDN"]
KEJARI_BANGGAI = ["Kejaksaan Negeri Banggai", "Kejari Banggai", "jaksa penuntut umum", "Jaksa penuntut umum", "IDN"]
RUSLAN_LAWYER = ["Moh Rizal", "penasihat hukum terdakwa", "IDN"]

POCO_LEOK = [
    "petani dan warga adat Poco Leok",
    "warga adat Poco Leok",
    "Warga",
    "warga",
    "Agustinus Tuju",
    "Poco Leok",
    "IDN",
]
PLN = ["PT PLN (Persero)", "PLN", "tim PLN", "PLN Unit Induk Pembangunan Nusa Tenggara", "IDN"]
MANGGARAI_POLICE = [
    "aparat gabungan",
    "aparat kepolisian",
    "Satpol PP",
    "Polisi",
    "Kapolres Manggarai",
    "Hendri Syaputra",
    "aparat",
    "IDN",
]
NABIT = ["Herybertus G.L. Nabit", "Bupati Manggarai", "IDN"]
KOMNAS_HAM = ["Komnas HAM", "IDN"]
JOURNALIST = ["seorang jurnalis lokal", "jurnalis", "IDN"]

AP_GOV = [
    "State government",
    "Andhra Pradesh State Disaster Management Authority",
    "Andhra Pradesh",
    "N. Chandrababu Naidu",
    "Mr. Naidu",
    "Naidu",
    "IND",
]
NAIDU = ["N. Chandrababu Naidu", "Chandrababu Naidu", "Mr. Naidu", "Naidu", "Chief Minister", "IND"]
MODI = ["Narendra Modi", "Modi", "Prime Minister", "Centre", "IND"]
AP_RESIDENTS = ["people", "low-lying areas", "fishing hamlets", "relief camps", "IND"]
ODISHA = ["Odisha", "Mohan Charan Majhi", "IND"]
SCR = ["South Central Railway", "IND"]

RIO_POLICE = [
    "police",
    "police officers",
    "Police",
    "Rio de Janeiro",
    "state government",
    "Victor Santos",
    "Cláudio Castro",
    "BRA",
]
COMANDO_VERMELHO = ["Comando Vermelho", "Red Command", "Gang members", "drug faction", "Alemão", "Penha", "BRA"]
RIO_RESIDENTS = ["residents", "Penha", "São Lucas square", "BRA"]
CASTRO = ["Cláudio Castro", "Castro", "Rio's governor", "BRA"]
UN_RIGHTS = ["UN human rights office", "UN", "United Nations"]
BRAZIL_AUTH = ["Brazilian authorities", "Brazil", "BRA"]
LEWANDOWSKI = ["Ricardo Lewandowski", "Lewandowski", "justice minister", "federal government", "BRA"]
LULA = ["Luiz Inácio Lula da Silva", "Lula", "BRA"]
BRAZIL_MINISTERS = ["ministers", "Brasília", "BRA"]

PERU_COURT = ["A Peruvian court", "court", "Judge Jackeline Chavez", "Jackeline Chavez", "Peru", "PER"]
VIZCARRA = ["Martín Vizcarra", "Vizcarra", "former President", "PER"]
PERU_PROSECUTORS = ["Prosecutors", "PER"]
PERU_CONGRESS = ["Congress", "PER"]
CONSTRUCTION_FIRMS = ["construction companies", "two companies", "PER"]
