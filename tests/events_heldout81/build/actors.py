"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Pag-asa (Thitu) ramming, 12 Oct 2025 (Guardian, Republika)
CHINA_CG = [
    "China Coast Guard",
    "Chinese coastguard",
    "Chinese coastguard ship",
    "Penjaga Pantai China",
    "Kapal Penjaga Pantai China",
    "kapal China",
    "Liu Dejun",
    "China",
    "CHN",
]
CHINA_FM = [
    "Chinese foreign ministry",
    "Kementerian Luar Negeri China",
    "Lin Jian",
    "Beijing",
    "China",
    "CHN",
]
CHINA_EMBASSY = [
    "Chinese embassy",
    "Kedutaan Besar China",
    "deputy chief of mission",
    "wakil kepala perwakilan Kedutaan Besar China",
    "China",
    "CHN",
]
CHINA = ["China", "Beijing", "CHN"]
PH_VESSEL = [
    "BRP Datu Pagbuaya",
    "Philippine government vessel",
    "fisheries bureau vessel",
    "Biro Perikanan dan Sumber Daya Perairan",
    "BFAR",
    "kapal Filipina",
    "Philippines",
    "Filipina",
    "PHL",
]
PH_FISHERIES = ["Philippine fisheries vessel", "fisheries vessel", "Philippines", "PHL"]
PHILIPPINES = ["Philippines", "Filipina", "Manila", "PHL"]
PH_DFA = [
    "Department of Foreign Affairs",
    "Departemen Luar Negeri (DFA) Filipina",
    "DFA",
    "Manila",
    "Philippines",
    "Filipina",
    "PHL",
]
PH_NMC = [
    "national maritime council",
    "Dewan Maritim Nasional Filipina",
    "Philippines",
    "Filipina",
    "PHL",
]
PH_CG = ["Philippine coastguard", "Jay Tarriela", "Tarriela", "Penjaga Pantai Filipina", "PHL"]
MALACANANG = ["Claire Castro", "Istana Malacanang", "pemerintah", "Filipina", "PHL"]
US_ENVOY = ["MaryKay Carlson", "US ambassador", "Washington", "USA"]
PAG_ASA = ["Pag-asa", "Pulau Pag-asa", "Thitu", "Thitu island", "Zhongye Dao", "South China Sea", "PHL"]

# Li Qiang in Jakarta, 24-26 May 2025 (SCMP, Okezone)
LI = ["Li Qiang", "Chinese Premier Li Qiang", "PM Li Qiang", "Perdana Menteri China Li Qiang", "China", "CHN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden Prabowo Subianto", "Indonesian President Prabowo Subianto", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Tanah Air", "Sugiono", "Menteri Luar Negeri Sugiono", "IDN"]
MALAYSIA = ["Kuala Lumpur", "Malaysia", "ASEAN", "Asean", "MYS"]
XI = ["Xi Jinping", "President Xi Jinping", "Beijing", "China", "CHN"]
PRASETYO = ["Prasetyo Hadi", "Menteri Sekretaris Negara Prasetyo Hadi", "IDN"]
JAKARTA = ["Jakarta", "Merdeka Palace", "Istana Merdeka", "IDN"]

# Online-fraud rings (IDN Times, SindoNews)
POLDA_JATENG = [
    "Polda Jawa Tengah",
    "Polda Jateng",
    "Ditreskrimsus Polda Jateng",
    "Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Tengah",
    "Kombes Pol Dwi Subagio",
    "Dwi Subagio",
    "polisi",
    "IDN",
]
JATENG_SUSPECTS = ["AR", "DS", "YP", "MF", "empat tersangka", "para tersangka", "HS", "IDN"]
JATENG_VICTIMS = ["korban", "312 korban", "IDN"]
POLDA_SUMUT = [
    "Polda Sumatera Utara",
    "Polda Sumut",
    "Ditreskrimsus Polda Sumut",
    "Kombes Pol Ferry Walintukan",
    "Ferry Walintukan",
    "penyidik",
    "polisi",
    "IDN",
]
SUMUT_SUSPECTS = ["RS", "JT", "AN", "FH", "DP", "WL", "enam tersangka", "keenam tersangka", "para pelaku", "IDN"]
SUMUT_VICTIM = ["seorang dokter di Medan", "korban", "IDN"]
HUBINTER = ["Divisi Hubinter Polri", "Hubinter", "IDN"]
PPATK = ["PPATK", "IDN"]

# Jepara tornado (Media Indonesia)
BPBD_JEPARA = [
    "BPBD Jepara",
    "Badan Penanggulangan Bencana Daerah (BPBD) Jepara",
    "Arwin Noor Isdiyanto",
    "TNI",
    "Polri",
    "relawan",
    "IDN",
]
WITIARSO = ["Witiarso Utomo", "Bupati Jepara Witiarso Utomo", "Bupati Jepara", "Pemkab", "IDN"]
JEPARA_RESIDENTS = ["warga", "warga terdampak", "Desa Sekuro", "Desa Banjaran", "IDN"]
PLN = ["PLN UP3 Kudus", "PLN", "IDN"]
JEPARA = ["Jepara", "Kabupaten Jepara", "Mlonggo", "Bangsri", "Desa Sekuro", "Desa Banjaran", "IDN"]

# Kejati Papua Barat (Antara)
KEJATI_PABAR = [
    "Kejaksaan Tinggi (Kejati) Papua Barat",
    "Kejati Papua Barat",
    "Abun Hasbulloh Syambas",
    "penyidik",
    "IDN",
]
YM = ["YM", "mantan Kepala Dinas Kesehatan Kabupaten Teluk Bintuni", "IDN"]
RK = ["RK", "Direktur CV Bintuni Medika Sejahtera", "IDN"]
DINKES_BINTUNI = ["Dinas Kesehatan Teluk Bintuni", "kantor Dinas Kesehatan Teluk Bintuni", "IDN"]
MANOKWARI = ["Manokwari", "IDN"]

# Jambi palm-oil farmers (Suara)
PETANI = [
    "petani kelapa sawit",
    "petani sawit",
    "Aliansi Petani Sawit Swadaya Jambi",
    "massa",
    "Jumadi",
    "perwakilan petani",
    "IDN",
]
PEMPROV_JAMBI = [
    "Pemerintah Provinsi Jambi",
    "Pemprov Jambi",
    "Gubernur Jambi Al Haris",
    "Al Haris",
    "gubernur",
    "Kantor Gubernur Jambi",
    "IDN",
]
SUDIRMAN = ["Sudirman", "Sekretaris Daerah Provinsi Jambi Sudirman", "Pemprov Jambi", "IDN"]
AL_HARIS = ["Gubernur Jambi Al Haris", "Al Haris", "gubernur", "IDN"]
MILLS = ["pabrik kelapa sawit", "perusahaan-perusahaan", "asosiasi pengusaha", "IDN"]
KOTA_JAMBI = ["Kantor Gubernur Jambi", "Telanaipura", "Kota Jambi", "Jambi", "IDN"]

# Humala sentence (France 24)
PERU_COURT = ["Peruvian court", "three-judge panel", "court", "Lima", "Peru", "PER"]
HUMALA = ["Ollanta Humala", "Humala", "former president Ollanta Humala", "PER"]
HEREDIA = ["Nadine Heredia", "Heredia", "PER"]
HUMALA_COUPLE = ["Ollanta Humala", "Humala", "Nadine Heredia", "Heredia", "the couple", "PER"]
BRAZIL = ["Brazil", "Brazil's government", "Brazilian ambassador", "Brasilia", "BRA"]
PERU_FM = ["Peru's foreign ministry", "Peru", "PER"]
PERU_PROSECUTORS = ["Prosecutors", "PER"]
TOLEDO = ["Alejandro Toledo", "Toledo", "PER"]
LIMA = ["Lima", "PER"]

# Rwanda-Belgium rupture (DW)
RWANDA = ["Rwanda", "Kigali", "Rwanda's Foreign Ministry", "Rwandan diplomats", "RWA"]
BELGIUM = [
    "Belgium",
    "Brussels",
    "Belgian diplomats",
    "Belgian Foreign Minister Maxime Prevot",
    "Maxime Prevot",
    "Prevot",
    "BEL",
]
PREVOT = ["Maxime Prevot", "Prevot", "Belgian Foreign Minister Maxime Prevot", "Belgium", "BEL"]
EU = ["EU", "European Union", "EU foreign ministers", "Brussels", "EUR"]
RWANDA_OFFICERS = ["Rwandan military officers", "Rwanda's mining board", "Rwanda", "M23", "RWA"]
M23 = ["M23", "M23 rebel group", "M23 rebels", "rebels", "COD"]
DRC = ["Democratic Republic of Congo", "Congo", "Congolese government", "Kinshasa", "Felix Tshisekedi", "COD"]
ANGOLA = ["Angola", "Luanda", "AGO"]

# Nippon Steel / U.S. Steel (Nikkei Asia)
NIPPON = ["Nippon Steel", "Japanese steelmaker", "Takahiro Mori", "JPN"]
US_STEEL = ["U.S. Steel", "US Steel", "USA"]
US_GOV = ["U.S. government", "Washington", "Treasury", "Commerce departments", "White House", "USA"]
TRUMP = ["Donald Trump", "Trump", "U.S. President Donald Trump", "USA"]
BIDEN = ["Joe Biden", "Biden", "Biden administration", "USA"]
USW = ["United Steelworkers", "USA"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "Japanese Prime Minister Shigeru Ishiba", "JPN"]
