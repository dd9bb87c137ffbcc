"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ICC = [
    "International Criminal Court",
    "ICC",
    "Mahkamah Pidana Internasional",
    "Pre-Trial Chamber",
    "Majelis Pra-Peradilan",
    "court",
    "Karim Khan",
    "Khan",
]
KHAN = ["Karim Khan", "Khan", "ICC", "International Criminal Court", "Mahkamah Pidana Internasional"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "Kantor Netanyahu", "Israel", "ISR"]
GALLANT = ["Yoav Gallant", "Gallant", "ISR"]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "ISR"]
DEIF = ["Mohammed Deif", "Deif", "Ibrahim Al-Masri", "Hamas", "PSE"]
HAMAS = ["Hamas", "PSE"]
NETHERLANDS = ["Netherlands", "Dutch", "Caspar Veldkamp", "Veldkamp", "NLD"]
USA_GOV = [
    "United States",
    "White House",
    "Washington",
    "National Security Council",
    "Joe Biden",
    "Biden",
    "USA",
]
INDONESIA_MFA = ["Kementerian Luar Negeri RI", "Kemlu", "Indonesia", "Roy Soemirat", "IDN"]
ORBAN = ["Viktor Orban", "Orban", "Hungaria", "Hungary", "HUN"]

NORTH_KOREA = ["North Korea", "Korea Utara", "Korut", "Pyongyang", "Kim Jong Un", "KPA", "PRK"]
SOUTH_KOREA_MIL = [
    "Joint Chiefs of Staff",
    "Kepala Staf Gabungan",
    "JCS",
    "South Korea",
    "South Korean troops",
    "South's military",
    "Korea Selatan",
    "Korsel",
    "militer Korsel",
    "Seoul",
    "KOR",
]
SOUTH_KOREA = [
    "South Korea",
    "Korea Selatan",
    "Korsel",
    "Seoul",
    "Kementerian Unifikasi",
    "kantor kepresidenan",
    "KOR",
]
KIM = ["Kim Jong Un", "Kim", "PRK"]

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "White House", "Donald Trump", "Trump", "USA"]
SHEINBAUM = ["Claudia Sheinbaum", "Sheinbaum", "MEX"]
MEXICO = ["Mexico", "Meksiko", "Mexico City", "Claudia Sheinbaum", "Sheinbaum", "National Guard", "MEX"]
CANADA = ["Canada", "Kanada", "Justin Trudeau", "Trudeau", "CAN"]
CHINA = ["China", "CHN"]

ECOWAS = ["Economic Community of West African States", "ECOWAS", "bloc"]
AES = ["Alliance of Sahel States", "AES", "Mali", "Burkina Faso", "Niger", "MLI", "BFA", "NER"]
MALI = ["Mali", "Assimi Goita", "Goita", "MLI"]
NIGER = ["Niger", "Abdourahamane Tiani", "Tiani", "Mohamed Bazoum", "NER"]
FRANCE = ["France", "French troops", "FRA"]

KENYA_POLICE = ["Kenyan police", "Kenyan police officers", "Kenya", "officers", "KEN"]
RUTO = ["William Ruto", "Ruto", "Kenya", "KEN"]
HAITI = ["Haiti", "Port-au-Prince", "Garry Conille", "Conille", "HTI"]
HAITI_GANGS = ["Jimmy Cherizier", "Barbecue", "gang", "gangs", "HTI"]
KENYA_COURT = ["Kenyan court", "court", "KEN"]
UNSC = ["United Nations Security Council", "Security Council", "United Nations"]
BLINKEN = ["Antony Blinken", "Blinken", "Washington", "USA"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "Indonesia", "IDN"]
INDONESIA = ["Indonesia", "RI", "Prabowo Subianto", "Prabowo", "Prasetyo Hadi", "TNI", "IDN"]
MBS = ["Mohammed bin Salman", "Pangeran Mohammed bin Salman", "Putra Mahkota", "Arab Saudi", "Saudi", "SAU"]
SAUDI = ["Arab Saudi", "Saudi", "Kerajaan Arab Saudi", "Mohammed bin Salman", "Saud bin Mishaal", "SAU"]
ISRAEL_ID = ["Israel", "ISR"]
BRICS = ["BRICS", "KTT BRICS", "Rio de Janeiro", "Brasil", "BRA"]
LULA = ["Luiz Inacio Lula da Silva", "Lula", "Brasil", "Brazil", "BRA"]
BRAZIL = ["Brasil", "Brazil", "Brasilia", "Lula", "Embraer", "BRA"]
ASEAN_KL = ["KTT ASEAN", "ASEAN", "Kuala Lumpur", "Malaysia", "MYS"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Nurul Ghufron",
    "Ghufron",
    "Tim penyidik",
    "penyidik",
    "IDN",
]
MUHDLOR = ["Ahmad Muhdlor Ali", "Gus Muhdlor", "Muhdlor", "Bupati Sidoarjo", "AMA", "IDN"]
MUHDLOR_LAWYER = ["Mustofa Abidin", "Kuasa hukum Muhdlor", "IDN"]
SISKA = ["Siska Wati", "Ari Suryono", "BPPD", "IDN"]
SIDOARJO_OFFICIALS = ["pejabat Pemerintah Kabupaten Sidoarjo", "saksi", "Sidoarjo", "IDN"]

JOURNALISTS = [
    "jurnalis",
    "Ratusan jurnalis",
    "AJI",
    "Aliansi Jurnalis Independen",
    "IJTI",
    "PWI",
    "Nany Afrida",
    "massa",
    "IDN",
]
DPR = ["DPR", "Komisi I DPR", "Meutya Hafid", "Meutya", "Badan Legislasi", "Gedung DPR", "IDN"]
MEUTYA = ["Meutya Hafid", "Meutya", "Komisi I DPR", "DPR", "IDN"]
DEWAN_PERS = ["Dewan Pers", "IDN"]
POLICE_ID = ["kepolisian", "polisi", "personel kepolisian", "IDN"]
