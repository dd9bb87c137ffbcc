"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden", "IDN"]
PURBAYA = ["Purbaya Yudhi Sadewa", "Purbaya", "IDN"]
SRI_MULYANI = ["Sri Mulyani Indrawati", "Sri Mulyani", "IDN"]
NEW_MINISTERS = [
    "Mukhtarudin",
    "Ferry Juliantono",
    "Mochamad Irfan Yusuf",
    "new ministers",
    "menteri baru",
    "IDN",
]
PRASETYO = ["Prasetyo Hadi", "Prasetyo", "Mensesneg", "State Secretary", "IDN"]
BUDI_GUNAWAN = ["Budi Gunawan", "Dito Ariotedjo", "IDN"]
RIOTERS_ID = ["massa", "rioters", "demonstran", "protesters", "pengunjuk rasa", "IDN"]
POLICE_ID = ["police", "polisi", "Brimob", "Polri", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "motorcycle taxi driver", "pengemudi ojek online", "ojol", "IDN"]
PARLIAMENT_ID = ["DPR", "lawmakers", "anggota DPR", "Dewan Perwakilan Rakyat", "IDN"]

MACHADO = ["Maria Corina Machado", "María Corina Machado", "Machado", "VEN"]
NOBEL = [
    "Norwegian Nobel Committee",
    "Komite Nobel Norwegia",
    "Nobel Committee",
    "Komite Nobel",
    "Jorgen Watne Frydnes",
    "Frydnes",
    "NOR",
]
WHITE_HOUSE = ["White House", "Gedung Putih", "Steven Cheung", "Cheung", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
MADURO = ["Nicolas Maduro", "Nicolás Maduro", "Maduro", "VEN"]
VENEZUELA_GOV = [
    "Venezuela",
    "Venezuelan government",
    "pemerintah Venezuela",
    "Caracas",
    "Maduro",
    "Nicolas Maduro",
    "Yvan Gil",
    "VEN",
]
VENEZUELA_SECURITY = ["security forces", "aparat keamanan", "Venezuelan authorities", "VEN"]
USA = ["United States", "U.S.", "Amerika Serikat", "AS", "Washington", "Trump", "USA"]

RANDRIANIRINA = ["Michael Randrianirina", "Randrianirina", "CAPSAT", "MDG"]
MADAGASCAR_HCC = ["High Constitutional Court", "Mahkamah Konstitusi Tinggi", "HCC", "MDG"]
RAJOELINA = ["Andry Rajoelina", "Rajoelina", "MDG"]
MADAGASCAR_ASSEMBLY = ["National Assembly", "Majelis Nasional", "parlemen", "MDG"]
MADAGASCAR_PROTESTERS = ["Gen Z", "demonstran", "pengunjuk rasa", "protesters", "MDG"]
AFRICAN_UNION = ["African Union", "Uni Afrika", "AU"]
NITISH = ["Nitish Kumar", "Nitish", "IND"]
NDA = ["National Democratic Alliance", "NDA", "BJP", "Janata Dal (United)", "JD(U)", "IND"]
MODI = ["Narendra Modi", "Modi", "IND"]
BIHAR_GOVERNOR = ["Arif Mohammed Khan", "governor", "IND"]
TEJASHWI = ["Tejashwi Yadav", "Tejashwi", "Rashtriya Janata Dal", "RJD", "Mahagathbandhan", "IND"]

NASDEM = ["NasDem", "Partai NasDem", "DPP Partai NasDem", "Surya Paloh", "Hermawi Taslim", "Hermawi", "IDN"]
PAN = ["PAN", "Partai Amanat Nasional", "Viva Yoga Mauladi", "IDN"]
SAHRONI = ["Ahmad Sahroni", "Sahroni", "Nafa Urbach", "IDN"]
EKO_UYA = ["Eko Patrio", "Eko Hendro Purnomo", "Uya Kuya", "Surya Utama", "IDN"]
MKD = ["Mahkamah Kehormatan Dewan", "MKD", "Nazaruddin Dek Gam", "IDN"]

ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
LDP = ["Partai Demokrat Liberal", "LDP", "Liberal Democratic Party", "JPN"]
KOIZUMI_SUGA = ["Shinjiro Koizumi", "Koizumi", "Yoshihide Suga", "Suga", "JPN"]
JAPAN = ["Jepang", "Japan", "Tokyo", "JPN"]

TALIBAN = [
    "Taliban",
    "pemerintah Taliban",
    "Afghanistan",
    "Kabul",
    "Zabihullah Mujahid",
    "Amir Khan Muttaqi",
    "Muttaqi",
    "AFG",
]
MUTTAQI = ["Amir Khan Muttaqi", "Muttaqi", "AFG"]
INDIA = ["India", "New Delhi", "S. Jaishankar", "Jaishankar", "IND"]
JAISHANKAR = ["S. Jaishankar", "Jaishankar", "IND"]
UK = ["Inggris", "Britain", "United Kingdom", "GBR"]
CHINA = ["China", "Beijing", "Li Qiang", "Xi Jinping", "CHN"]
UN = ["Perserikatan Bangsa-Bangsa", "PBB", "United Nations", "UN", "Tom Fletcher", "CERF"]
INDONESIA_MFA = ["Kementerian Luar Negeri RI", "Kemlu", "Indonesia", "IDN"]

G20 = ["G20", "Group of 20", "para pemimpin negara G20", "leaders", "KTT G20"]
SOUTH_AFRICA = [
    "Afrika Selatan",
    "South Africa",
    "Pretoria",
    "Cyril Ramaphosa",
    "Ramaphosa",
    "foreign ministry",
    "ZAF",
]
RAMAPHOSA = ["Cyril Ramaphosa", "Ramaphosa", "ZAF"]
GIBRAN = ["Gibran Rakabuming Raka", "Gibran", "IDN"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
RASOOL = ["Ebrahim Rasool", "Rasool", "ZAF"]
LEAVITT = ["Karoline Leavitt", "Leavitt", "Gedung Putih", "White House", "USA"]

D66 = ["D66", "Rob Jetten", "Jetten", "NLD"]
WILDERS = ["Geert Wilders", "Wilders", "Freedom Party", "PVV", "NLD"]
ANP = ["ANP", "news agency", "NLD"]
SCHOOF_GOV = ["Dick Schoof", "Schoof", "coalition", "government", "NLD"]
VON_DER_LEYEN = ["Ursula von der Leyen", "von der Leyen", "European Commission", "EU"]
DUTCH_PARLIAMENT = ["lower house", "parliament", "scout", "NLD"]
