"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# El Fasher mosque strike (France 24, Okezone)
RSF = [
    "Rapid Support Forces",
    "RSF",
    "Pasukan Dukungan Cepat",
    "paramilitary",
    "paramiliter",
    "paramilitaries",
    "SDN",
]
EL_FASHER_WORSHIPPERS = [
    "worshippers",
    "jemaah",
    "civilians",
    "warga sipil",
    "El Fasher",
    "mosque",
    "masjid",
    "SDN",
]
SUDAN_GOV = [
    "Sudan's army-aligned government",
    "Pemerintah Sudan",
    "Sudan",
    "army",
    "militer Sudan",
    "SDN",
]
SUDAN_DOCTORS = ["Sudan Doctors Network", "Jaringan Dokter Sudan", "SDN"]
GUTERRES = [
    "Antonio Guterres",
    "Guterres",
    "UN Secretary-General",
    "Sekretaris Jenderal Perserikatan Bangsa-Bangsa",
    "Stephane Dujarric",
    "United Nations",
    "PBB",
    "UNO",
]
SAUDI = ["Kementerian Luar Negeri Arab Saudi", "Arab Saudi", "Saudi Arabia", "SAU"]
ZAMZAM = ["Zamzam", "Zamzam displacement camp", "kamp pengungsi Zamzam", "SDN"]

# KAAN contract (Jakarta Globe, Bisnis)
INDONESIA_DEF = [
    "Indonesia's Defense Ministry",
    "Defense Ministry",
    "Kementerian Pertahanan",
    "Kemhan",
    "Indonesia",
    "Sjafrie Sjamsoeddin",
    "Sjafrie",
    "IDN",
]
SJAFRIE = ["Sjafrie Sjamsoeddin", "Sjafrie", "Defense Minister", "Menteri Pertahanan", "IDN"]
TUSAS = ["Turkish Aerospace", "TUSAS", "Turkey", "Turki", "TUR"]
GULER = ["Yasar Guler", "Guler", "Turkish Defense Minister", "Menteri Pertahanan Turki", "Turkey", "Turki", "TUR"]
TURKEY = ["Turkey", "Turki", "Recep Tayyip Erdogan", "Erdogan", "Ankara", "TUR"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Indonesia", "IDN"]
FRANCE = ["France", "Prancis", "FRA"]

# Illegal mining (Tribun Pekanbaru, detikSumut)
POLRES_KUANSING = [
    "Polres Kuantan Singingi",
    "Polres Kuansing",
    "Kapolres Kuansing AKBP Angga Febrian Herlambang",
    "Angga",
    "polisi",
    "IDN",
]
KUANSING_MINERS = [
    "tujuh penambang",
    "penambang",
    "RS",
    "AP",
    "tersangka",
    "masyarakat",
    "IDN",
]
SUHARDIMAN = ["Suhardiman Amby", "Bupati Kuansing", "IDN"]
POLRES_MADINA = [
    "Polres Mandailing Natal",
    "Polres Madina",
    "AKP Sahat Tambunan",
    "Sahat",
    "polisi",
    "AKBP Arie Sofandi Paloh",
    "IDN",
]
MADINA_MINERS = [
    "empat orang",
    "Empat orang",
    "operator ekskavator",
    "pemilik ekskavator",
    "pemodal",
    "IDN",
]
SIMPANG_GAMBIR = ["warga Desa Simpang Gambir", "warga", "Simpang Gambir", "IDN"]

# Seram Bagian Barat capsizing (Kompas)
SAR_AMBON = [
    "Kantor SAR Ambon",
    "Kantor Pencarian dan Pertolongan (SAR) Ambon",
    "Mustari",
    "Tim SAR gabungan",
    "tim SAR",
    "Basarnas",
    "IDN",
]
FISHERMEN_SBB = ["nelayan", "tiga nelayan", "La Ode Hasan", "korban", "IDN"]
LOCAL_FISHERMEN = ["nelayan setempat", "IDN"]
BMKG = ["BMKG Stasiun Meteorologi Pattimura Ambon", "BMKG", "IDN"]

# Bima village fund (Republika)
KEJARI_BIMA = ["Kejaksaan Negeri (Kejari) Kabupaten Bima", "Kejari Bima", "Catur Hidayat Putra", "penyidik", "IDN"]
SR = ["SR", "Kepala Desa Nunggi", "kades", "tersangka", "IDN"]
NUNGGI_RESIDENTS = ["warga Desa Nunggi", "warga", "IDN"]
BUPATI_BIMA = ["Ady Mahyudi", "Bupati Bima", "IDN"]

# Banjarmasin protest (IDN Times)
STUDENTS_KALSEL = [
    "Ribuan mahasiswa",
    "mahasiswa",
    "Aliansi BEM se-Kalimantan Selatan",
    "Aliansi BEM se-Kalsel",
    "massa",
    "Muhammad Rizki",
    "IDN",
]
DPRD_KALSEL = ["DPRD Kalsel", "DPRD Kalimantan Selatan", "Supian HK", "Ketua DPRD Kalsel", "IDN"]
SUPIAN = ["Supian HK", "Ketua DPRD Kalsel", "IDN"]
DPR_RI = ["DPR RI", "DPR", "Presiden", "IDN"]
BRIMOB = ["Brimob", "kendaraan taktis Brimob", "polisi", "Polri", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "IDN"]
POLRESTA_BJM = ["Kapolresta Banjarmasin Kombes Pol Cuncun Kurniadi", "Polresta Banjarmasin", "Cuncun Kurniadi", "IDN"]

# Mongolia (Nikkei Asia)
OYUN_ERDENE = [
    "Luvsannamsrain Oyun-Erdene",
    "Oyun-Erdene",
    "Mongolian Prime Minister",
    "prime minister",
    "premier",
    "MNG",
]
KHURAL = ["State Great Khural", "parliament", "Mongolia", "MNG"]
MN_PROTESTERS = ["protesters", "Thousands of mostly young protesters", "Sukhbaatar Square", "MNG"]
MPP = ["Mongolian People's Party", "MPP", "MNG"]
DP_MONGOLIA = ["Democratic Party", "Democratic lawmakers", "MNG"]

# Reynolds (The Independent)
TALIBAN = ["Taliban", "Afghanistan", "Abdul Qahar Balkhi", "Kabul", "AFG"]
REYNOLDS = ["Peter Reynolds", "Barbie Reynolds", "Peter and Barbie Reynolds", "British couple", "the couple", "GBR"]
QATAR = ["Qatar", "Doha", "Qatari officials", "QAT"]
COOPER = ["Yvette Cooper", "foreign secretary", "UK", "government", "GBR"]
UN_EXPERTS = ["United Nations experts", "United Nations", "UN", "UNO"]

# She Zhijiang (SCMP)
THAILAND = ["Thailand", "Royal Thai Police", "Thai police", "Bangkok", "THA"]
THAI_COURT = ["Thailand's Court of Appeal", "Court of Appeal", "Thai courts", "THA"]
SHE = ["She Zhijiang", "She", "Yatai International Holdings", "CHN"]
CHINA = ["China", "Beijing", "China's Ministry of Public Security", "Ministry of Public Security", "Nanjing", "CHN"]
MYANMAR_MIL = ["Myanmar's military", "Myanmar", "MMR"]
KK_FOREIGNERS = ["KK Park", "more than 2,000 foreigners", "foreigners", "MMR"]
