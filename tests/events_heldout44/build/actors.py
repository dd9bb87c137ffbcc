"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

US_IMMIGRATION = [
    "U.S. immigration agents",
    "immigration agents",
    "Homeland Security Investigations",
    "HSI",
    "Immigration and Customs Enforcement",
    "ICE",
    "Aparat imigrasi Amerika Serikat",
    "aparat imigrasi AS",
    "Steven Schrank",
    "federal agents",
    "Petugas federal AS",
    "United States",
    "Amerika Serikat",
    "USA",
]
KOREAN_WORKERS = [
    "South Korean citizens",
    "workers",
    "detainees",
    "warga negara Korea Selatan",
    "warga Korsel",
    "pekerja",
    "Hyundai",
    "LG Energy Solution",
    "KOR",
]
SOUTH_KOREA = [
    "South Korea",
    "Seoul",
    "Korea Selatan",
    "South Korea's foreign ministry",
    "Kementerian Luar Negeri Korea Selatan",
    "Lee Jae-myung",
    "Cho Hyun",
    "KOR",
]
LEE = ["Lee Jae-myung", "Lee", "KOR"]
CHO_HYUN = ["Cho Hyun", "Cho", "KOR"]
TRUMP = ["Donald Trump", "Trump", "White House", "Gedung Putih", "USA"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "U.S.", "Donald Trump", "Trump", "USA"]

EU_LEADERS = [
    "Emmanuel Macron",
    "Macron",
    "Friedrich Merz",
    "Merz",
    "Keir Starmer",
    "Starmer",
    "Donald Tusk",
    "Tusk",
    "France",
    "Germany",
    "Britain",
    "Poland",
    "Prancis",
    "Jerman",
    "Inggris",
    "Polandia",
    "European leaders",
    "para pemimpin Eropa",
    "FRA",
    "DEU",
    "GBR",
    "POL",
]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Volodymyr Zelensky", "Zelensky", "UKR"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "Dmitry Peskov", "RUS"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
XI = ["Xi Jinping", "Xi", "CHN"]

CHINA = [
    "China",
    "Beijing",
    "Chinese foreign ministry",
    "Kementerian Luar Negeri China",
    "Pemerintah China",
    "Lin Jian",
    "Mao Ning",
    "CHN",
]
US_DEFENCE_FIRMS = [
    "Insitu",
    "Hudson Technologies",
    "Saronic Technologies",
    "Raytheon Canada",
    "Raytheon Australia",
    "Aerkomm",
    "Oceaneering International",
    "perusahaan industri militer Amerika Serikat",
    "perusahaan industri militer AS",
    "Amerika Serikat",
    "AS",
    "Washington",
    "USA",
]
BIDEN = ["Joe Biden", "Biden", "Amerika Serikat", "AS", "Washington", "USA"]
TAIWAN = ["Taiwan", "TWN"]
SEKI = ["Seki Hei", "Seki", "JPN"]
JAPAN = [
    "Japan",
    "Tokyo",
    "Yoshimasa Hayashi",
    "Hayashi",
    "Japanese drugmaker Astellas Pharma",
    "Astellas Pharma",
    "Astellas",
    "JPN",
]
CHINA_COURT = ["Beijing court", "court", "China", "Beijing", "CHN"]

TALIBAN = [
    "Taliban",
    "Islamic Emirate of Afghanistan",
    "Afghanistan",
    "Kabul",
    "Amir Khan Muttaqi",
    "Muttaqi",
    "Gul Hassan Hassan",
    "AFG",
]
MUTTAQI = ["Amir Khan Muttaqi", "Muttaqi", "Afghanistan's Foreign Minister", "AFG"]
RUSSIA_MFA = [
    "Russian Ministry of Foreign Affairs",
    "Russia",
    "Moscow",
    "Dmitry Zhirnov",
    "Zhirnov",
    "Russia's Supreme Court",
    "Supreme Court",
    "Vladimir Putin",
    "Putin",
    "RUS",
]
ZHIRNOV = ["Dmitry Zhirnov", "Zhirnov", "Russia's ambassador", "RUS"]

DC_GUARD = [
    "National Guard",
    "District of Columbia National Guard",
    "Donald Trump",
    "Trump",
    "Pete Hegseth",
    "Hegseth",
    "USA",
]
WASHINGTON_DC = [
    "Washington",
    "District of Columbia",
    "D.C.",
    "Metropolitan Police Department",
    "Muriel Bowser",
    "Bowser",
    "USA",
]
BOWSER = ["Muriel Bowser", "Bowser", "USA"]
CORISTINE = ["Edward Coristine", "Coristine", "Department of Government Efficiency", "USA"]
DC_TEENS = ["two 15-year-olds", "15-year-olds", "teenagers", "USA"]
DC_POLICE = ["Police", "police", "Metropolitan Police Department", "USA"]
LA_PROTESTERS = ["Los Angeles", "Gavin Newsom", "Newsom", "California", "protests", "USA"]
CITIES = ["Chicago", "New York", "cities", "USA"]

NIGERIA = [
    "Nigeria",
    "Pemerintah Nigeria",
    "Bola Tinubu",
    "Tinubu",
    "Daniel Bwala",
    "Bwala",
    "NGA",
]
TINUBU = ["Bola Tinubu", "Tinubu", "Presiden Nigeria", "NGA"]
HEGSETH = ["Pete Hegseth", "Hegseth", "Departemen Perang AS", "Department of War", "USA"]
BENUE_GUNMEN = ["kelompok bersenjata", "gunmen", "NGA"]
YELEWATA = ["Desa Yelewata", "Yelewata", "Benue", "warga", "NGA"]

POLDA_BALI = [
    "Polda Bali",
    "polisi",
    "Polisi",
    "Kapolda Bali",
    "Daniel Adityajaya",
    "Daniel",
    "penyidik",
    "IDN",
]
BALI_SUSPECTS = [
    "tiga warga negara (WN) Australia",
    "WN Australia",
    "warga negara Australia",
    "MC",
    "PIMT",
    "DFJ",
    "tersangka",
    "Dua pria bertopeng",
    "pria bertopeng",
    "AUS",
]
RADMANOVIC = ["Zivan Radmanovic", "Radmanovic", "Sanar Ghanim", "WN Australia", "AUS"]
DFAT = [
    "Departemen Luar Negeri dan Perdagangan Australia",
    "DFAT",
    "Australia",
    "AUS",
]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "Penyidik KPK",
    "penyidik",
    "IDN",
]
DPR_SUSPECTS = [
    "Heri Gunawan",
    "Heri",
    "Satori",
    "anggota Komisi XI",
    "Komisi XI Dewan Perwakilan Rakyat",
    "DPR",
    "IDN",
]
HERI = ["Heri Gunawan", "Heri", "kuasa hukumnya", "IDN"]
BANK_INDONESIA = [
    "Bank Indonesia",
    "BI",
    "kantor pusat Bank Indonesia",
    "Perry Warjiyo",
    "Gubernur BI",
    "IDN",
]

KOMISI_III = ["Komisi III DPR RI", "Komisi III DPR", "Komisi III", "DPR", "anggota Komisi III", "IDN"]
POLDA_JATENG = [
    "Polda Jawa Tengah",
    "Polda Jateng",
    "Kapolda Jawa Tengah",
    "Ribut Hari Wibowo",
    "Ribut",
    "Kapolrestabes Semarang",
    "Irwan Anwar",
    "Propam",
    "Polri",
    "polisi",
    "IDN",
]
ROBIG = ["Robig Zaenudin", "Aipda Robig Zaenudin", "Robig", "anggota polisi", "IDN"]
GAMMA = ["Gamma Rizkynata Oktafandy", "Gamma", "siswa SMK Negeri 4 Semarang", "IDN"]
SMK_PROTESTERS = ["siswa dan alumni SMKN 4 Semarang", "siswa", "alumni", "warga", "IDN"]
GAMMA_FAMILY = ["Keluarga korban", "keluarga korban", "kuasa hukumnya", "IDN"]
