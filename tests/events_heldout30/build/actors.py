"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

WONG = ["Lawrence Wong", "Wong", "Mr Wong", "PM Wong", "SGP"]
SINGAPORE = ["Singapore", "Singapura", "Lawrence Wong", "Wong", "Vivian Balakrishnan", "MFA", "SGP"]
LEE_HSIEN_LOONG = ["Lee Hsien Loong", "PM Lee", "Lee", "SGP"]
JOKOWI = ["Joko Widodo", "Jokowi", "Widodo", "Mr Widodo", "Presiden Jokowi", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Joko Widodo", "Jokowi", "Widodo", "Bogor", "IDN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Mr Prabowo", "IDN"]
MALAYSIA = ["Malaysia", "Putrajaya", "Kuala Lumpur", "Anwar Ibrahim", "Anwar", "MYS"]
ANWAR = ["Anwar Ibrahim", "Anwar", "MYS"]

CHINA = [
    "China",
    "Beijing",
    "People's Liberation Army",
    "PLA",
    "Rocket Force",
    "Pasukan Roket",
    "Chinese defence ministry",
    "Kementerian Pertahanan China",
    "Xinhua",
    "CHN",
]
CHINA_NAVY = ["Liaoning", "kapal induk China", "aircraft carrier", "Chinese navy", "China", "CHN"]
JAPAN = [
    "Japan",
    "Jepang",
    "Tokyo",
    "Yoshimasa Hayashi",
    "Hayashi",
    "Yonaguni",
    "Iriomote",
    "Nagasaki",
    "JPN",
]
AUSTRALIA = ["Australia", "Canberra", "AUS"]
NEW_ZEALAND = ["New Zealand", "Selandia Baru", "NZL"]
TAIWAN = ["Taiwan", "TWN"]

KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "Kejaksaan",
    "Kuntadi",
    "Jampidsus",
    "tim penyidik",
    "penyidik",
    "IDN",
]
HELENA = ["Helena Lim", "Helena", "PT Quantum Skyline Exchange", "QSE", "IDN"]
RIZA = ["Mochtar Riza Pahlevi Tabrani", "Riza Pahlevi", "PT Timah", "IDN"]
BUDI_SAID = ["Budi Said", "Budi", "BS", "Hotman Paris Hutapea", "Hotman", "IDN"]
ANTAM = ["PT Aneka Tambang", "Antam", "Butik Emas Logam Mulia", "IDN"]
SUPREME_COURT_ID = ["Mahkamah Agung", "MA", "IDN"]

CHAD = [
    "Chad",
    "N'Djamena",
    "Chadian",
    "Abderaman Koulamallah",
    "Koulamallah",
    "Mahamat Idriss Deby Itno",
    "Mahamat Idriss Deby",
    "Deby",
    "foreign ministry",
    "TCD",
]
DEBY = ["Mahamat Idriss Deby Itno", "Mahamat Idriss Deby", "Deby", "TCD"]
IDRISS_DEBY = ["Idriss Deby Itno", "Idriss Deby", "his father", "TCD"]
CHAD_REBELS = ["rebels", "TCD"]
FRANCE = [
    "France",
    "French",
    "Paris",
    "Jean-Noel Barrot",
    "Barrot",
    "French troops",
    "French soldiers",
    "FRA",
]
BARROT = ["Jean-Noel Barrot", "Barrot", "FRA"]
SENEGAL = ["Senegal", "Bassirou Diomaye Faye", "Faye", "SEN"]
NIGER = ["Niger", "NER"]

CFK = [
    "Cristina Fernández de Kirchner",
    "Cristina Fernandez de Kirchner",
    "Fernández",
    "Fernandez",
    "Kirchner",
    "ARG",
]
ARG_COURTS = [
    "Supreme Court",
    "court",
    "three-judge panel",
    "justices",
    "federal court",
    "appeals court",
    "ARG",
]
CFK_SUPPORTERS = ["supporters", "protesters", "crowds", "Peronists", "Justicialist Party", "unions", "ARG"]
ARG_POLICE = ["police", "Police", "ARG"]
ARG_GOV = ["Javier Milei", "Milei", "government", "ARG"]
CFK_ATTACKER = ["a man", "man", "gunman", "attacker", "ARG"]

CHINA_CG = ["China Coast Guard", "Chinese coastguard", "coastguard", "Liu Dejun", "China", "Beijing", "CHN"]
PH_CG = [
    "Philippine Coast Guard",
    "BRP Teresa Magbanua",
    "Teresa Magbanua",
    "Jay Tarriela",
    "Tarriela",
    "Philippines",
    "Manila",
    "PHL",
]
PHILIPPINES = ["Philippines", "Manila", "Alexander Lopez", "National Maritime Council", "PHL"]
BFAR = ["BRP Datu Sanday", "Datu Sanday", "fisheries vessel", "Philippines", "PHL"]
USA = ["United States", "U.S.", "US", "Washington", "USA"]

TRUMP = ["Donald Trump", "Trump", "Gedung Putih", "White House", "USA"]
SAUDI = ["Arab Saudi", "Saudi Arabia", "Riyadh", "Mohammed bin Salman", "MBS", "SAU"]
MBS = ["Mohammed bin Salman", "Pangeran Mohammed bin Salman", "MBS", "SAU"]
SYRIA = [
    "Suriah",
    "Syria",
    "Damaskus",
    "Ahmed al-Sharaa",
    "al-Sharaa",
    "Asaad al-Shaibani",
    "al-Shaibani",
    "SYR",
]
SHARAA = ["Ahmed al-Sharaa", "al-Sharaa", "SYR"]
ASSAD = ["Bashar al-Assad", "al-Assad", "Assad", "SYR"]
SYRIAN_REBELS = ["kelompok pemberontak", "pemberontak", "al-Sharaa", "Hayat Tahrir al-Sham", "HTS", "SYR"]
QATAR = ["Qatar", "Doha", "QAT"]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "ISR"]
TURKEY = ["Turki", "Recep Tayyip Erdogan", "Erdogan", "TUR"]

PAK_SECURITY = [
    "Aparat keamanan Pakistan",
    "aparat",
    "polisi",
    "Polisi",
    "Rangers",
    "pasukan paramiliter",
    "tentara",
    "Mohsin Naqvi",
    "Naqvi",
    "PAK",
]
PAK_GOV = [
    "Pemerintah",
    "pemerintah",
    "Pakistan",
    "Shehbaz Sharif",
    "Sharif",
    "Attaullah Tarar",
    "Tarar",
    "Mohsin Naqvi",
    "PAK",
]
PTI = [
    "Pakistan Tehreek-e-Insaf",
    "PTI",
    "pendukung",
    "massa",
    "demonstran",
    "Imran Khan",
    "Bushra Bibi",
    "Ali Amin Gandapur",
    "PAK",
]
KHAN = ["Imran Khan", "Khan", "PAK"]
RANGERS = ["Rangers", "anggota Rangers", "petugas", "polisi", "PAK"]

LEE_JM = ["Lee Jae-myung", "Lee", "KOR"]
SEOUL_COURT = ["Pengadilan Distrik Pusat Seoul", "pengadilan", "majelis hakim", "Mahkamah Agung", "KOR"]
DEMOCRATIC_PARTY = ["Partai Demokrat", "Democratic Party", "KOR"]
KOR_PROSECUTORS = ["jaksa", "Yoon Suk Yeol", "Yoon", "pemerintah", "KOR"]
KOR_PROTESTERS = ["pendukung", "penentang", "pengunjuk rasa", "massa", "KOR"]
KOR_POLICE = ["Polisi", "polisi", "KOR"]
LEE_ATTACKER = ["seorang pria", "pria", "pelaku", "KOR"]
KOR_PRESIDENCY = ["Kantor kepresidenan", "kantor kepresidenan Korea Selatan", "Yoon Suk Yeol", "KOR"]
