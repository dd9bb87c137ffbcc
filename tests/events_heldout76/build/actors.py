"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUNJAB_POLICE = [
    "Punjab police",
    "Police",
    "Polisi",
    "police",
    "polisi",
    "paramilitary Rangers",
    "Rangers",
    "Usman Anwar",
    "Kepolisian Punjab",
    "aparat",
    "PAK",
]
PAKISTAN_GOV = [
    "Pakistan",
    "government",
    "pemerintah",
    "Islamabad",
    "Mohsin Naqvi",
    "Naqvi",
    "Interior Minister Mohsin Naqvi",
    "Menteri Dalam Negeri Mohsin Naqvi",
    "Authorities",
    "PAK",
]
PUNJAB_GOV = [
    "Punjab",
    "Azma Bukhari",
    "Punjab Information Minister Azma Bukhari",
    "provincial government",
    "pemerintah provinsi",
    "PAK",
]
TLP = [
    "Tehreek-e-Labbaik Pakistan",
    "TLP",
    "TLP supporters",
    "pendukung TLP",
    "protesters",
    "Saad Rizvi",
    "PAK",
]
USA = ["US Embassy", "Kedutaan Besar Amerika Serikat", "United States", "Amerika Serikat", "AS", "USA"]
ISRAEL = ["Israel", "ISR"]
FRANCE = ["France", "Prancis", "FRA"]

CAMBODIA_POLICE = [
    "Cambodian police",
    "polisi Kamboja",
    "kepolisian Kamboja",
    "Polisi Kamboja",
    "Cambodian authorities",
    "otoritas Kamboja",
    "Kamboja",
    "Cambodia",
    "KHM",
]
CAMBODIA = ["Cambodia", "Kamboja", "Cambodian authorities", "otoritas Kamboja", "Phnom Penh", "KHM"]
WNI = [
    "110 Indonesian citizens",
    "Indonesians",
    "Indonesian citizens",
    "110 warga negara Indonesia",
    "WNI",
    "para WNI",
    "IDN",
]
INDONESIA_MFA = [
    "Foreign Ministry",
    "Kementerian Luar Negeri",
    "Kemlu",
    "Judha Nugraha",
    "Jakarta",
    "Indonesian Embassy in Phnom Penh",
    "KBRI Phnom Penh",
    "KBRI",
    "embassy",
    "IDN",
]
SCAM_COMPANY = ["online scam compound", "compound", "company", "perusahaan", "kompleks", "KHM"]
KARDING = ["Abdul Kadir Karding", "Karding", "IDN"]

POLRES_GROBOGAN = ["Satreskrim Polres Grobogan", "Polres Grobogan", "polisi", "Ike Yulianto", "IDN"]
AS_SUSPECT = ["AS", "tersangka", "IDN"]
SR_VICTIM = ["SR", "korban", "pedagang sayur", "IDN"]
POLRESTA_BANYUMAS = [
    "Satreskrim Polresta Banyumas",
    "Polresta Banyumas",
    "polisi",
    "Andryansyah Rithas Hasibuan",
    "IDN",
]
DW_SUSPECT = ["DW", "tersangka", "IDN"]
RH_VICTIM = ["RH", "korban", "IDN"]

POLRES_BATU = ["Polres Batu", "penyidik", "polisi", "Andi Yudha Pranata", "IDN"]
BUS_DRIVER = ["S", "sopir", "Sopir", "sopir bus", "IDN"]
BUS_VICTIMS = ["sepeda motor", "mobil", "korban", "empat orang", "IDN"]
BUS_OWNER = ["pemilik perusahaan otobus", "perusahaan otobus", "IDN"]
DISHUB_BATU = ["Dinas Perhubungan Kota Batu", "Dishub", "IDN"]

CARTENZ = [
    "Satgas Operasi Damai Cartenz",
    "tim gabungan TNI-Polri",
    "aparat gabungan",
    "Aparat gabungan",
    "aparat keamanan",
    "Faizal Ramadhani",
    "TNI",
    "Polri",
    "IDN",
]
KKB = [
    "kelompok kriminal bersenjata",
    "KKB",
    "EW",
    "Lekagak Telenggen",
    "TPNPB",
    "IDN",
]
TPNPB = ["Tentara Pembebasan Nasional Papua Barat", "TPNPB", "Sebby Sambom", "IDN"]
OJEK = ["tukang ojek", "La Ode Amir", "korban", "IDN"]
PUNCAK_GOV = ["Pemerintah Kabupaten Puncak", "IDN"]
PUNCAK_RESIDENTS = ["warga", "IDN"]

TITO = ["Tito Karnavian", "Tito", "Menteri Dalam Negeri", "Mendagri", "Kemendagri", "IDN"]
MIRWAN = ["Mirwan MS", "Mirwan", "Bupati Aceh Selatan", "IDN"]
GERINDRA = ["Partai Gerindra", "Gerindra", "IDN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden", "IDN"]
REGIONAL_HEADS = ["kepala daerah", "IDN"]
ACEH_SELATAN_PUBLIC = ["masyarakat Aceh Selatan", "warga", "Aceh Selatan", "IDN"]
DPRK_ACEH_SELATAN = ["DPRK Aceh Selatan", "IDN"]

KPK = [
    "Corruption Eradication Commission",
    "KPK",
    "Investigators",
    "investigators",
    "Budi Prasetyo",
    "Prasetyo",
    "IDN",
]
KHOFIFAH = ["Khofifah Indar Parawansa", "Khofifah", "East Java Governor", "IDN"]
EAST_JAVA_SUSPECTS = ["21 suspects", "four East Java provincial legislators", "IDN"]
SAHAT = ["Sahat Tua Simanjuntak", "Sahat", "IDN"]
EAST_JAVA_OFFICIALS = ["officials of the provincial government", "other witnesses", "IDN"]
COURT_IDN = ["court", "IDN"]

GARDA = [
    "Garda Síochána",
    "gardaí",
    "Gardaí",
    "Garda",
    "Irish police",
    "police",
    "Public order units",
    "Justin Kelly",
    "IRL",
]
RIOTERS = ["masked men", "protesters", "Several hundred people", "protest", "IRL"]
MARTIN = ["Micheál Martin", "taoiseach", "Taoiseach", "IRL"]
OCALLAGHAN = ["Jim O'Callaghan", "justice minister", "IRL"]
COURT_IRL = ["Dublin district court", "court", "IRL"]
ACCUSED_IRL = ["A 26-year-old man", "26-year-old man", "IRL"]
CITYWEST = ["Citywest", "asylum seekers' centre", "international protection accommodation centre", "IRL"]

VIC_POLICE = [
    "Victoria Police",
    "police",
    "Police",
    "officers",
    "Mike Bush",
    "Mr Bush",
    "Special Operations Group",
    "AUS",
]
FREEMAN = ["Dezi Freeman", "Freeman", "Desmond Filby", "A man at the property", "gunman", "AUS"]
ALLAN = ["Jacinta Allan", "Premier Jacinta Allan", "AUS"]
ALBANESE = ["Anthony Albanese", "Albanese", "Prime Minister Anthony Albanese", "AUS"]
PUBLIC_AU = ["Residents of Porepunkah", "public", "Residents", "AUS"]
