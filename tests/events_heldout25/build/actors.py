"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Moskwa", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
KIM = ["Kim Jong Un", "Kim Jong-un", "Kim", "PRK"]
NORTH_KOREA = ["North Korea", "Korea Utara", "Pyongyang", "Kim Jong Un", "Kim", "PRK"]
US_KOR = ["United States", "Amerika Serikat", "Washington", "Seoul", "Korea Selatan", "USA", "KOR"]
WHITE_HOUSE = ["White House", "Matthew Miller", "Washington", "State Department", "USA"]
SOUTH_KOREA = ["Korea Selatan", "Seoul", "Chang Ho-jin", "Kementerian Luar Negeri Korea Selatan", "KOR"]
RUS_ENVOY = ["Georgy Zinoviev", "Zinoviev", "Duta Besar Rusia", "Rusia", "RUS"]
VIETNAM = ["Vietnam", "Hanoi", "To Lam", "VNM"]
TO_LAM = ["To Lam", "VNM"]

BOL_MIL = [
    "Juan José Zúñiga",
    "Juan Jose Zuniga",
    "Zúñiga",
    "Zuniga",
    "troops",
    "soldiers",
    "army",
    "pasukan",
    "militer Bolivia",
    "Bolivian troops",
    "BOL",
]
ZUNIGA = ["Juan José Zúñiga", "Juan Jose Zuniga", "Zúñiga", "Zuniga", "BOL"]
BOL_GOV = [
    "Luis Arce",
    "Arce",
    "government",
    "pemerintah Bolivia",
    "Palacio Quemado",
    "Eduardo del Castillo",
    "Iván Lima",
    "Ivan Lima",
    "Juan Lanchipa",
    "Lanchipa",
    "police",
    "polisi",
    "aparat kepolisian",
    "Jose Wilson Sanchez",
    "José Wilson Sánchez",
    "BOL",
]
ARCE = ["Luis Arce", "Arce", "BOL"]
MORALES = ["Evo Morales", "Morales", "BOL"]
OAS = ["Organization of American States", "OAS", "Luis Almagro", "Almagro"]
UN_CHIEF = ["Antonio Guterres", "Guterres", "PBB", "United Nations"]
LATAM = ["Leaders across Latin America", "Latin America", "BOL"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Alexander Marwata",
    "Alexander",
    "penyidik",
    "tim KPK",
    "IDN",
]
SAHBIRIN = ["Sahbirin Noor", "Sahbirin", "SHB", "Gubernur Kalimantan Selatan", "Gubernur Kalsel", "IDN"]
KALSEL_SUSPECTS = ["17 orang", "Ahmad Solhan", "Solhan", "tersangka", "Dinas PUPR", "IDN"]
KALSEL_GOV = ["Pemprov Kalsel", "Pemerintah Provinsi Kalimantan Selatan", "Sahbirin Noor", "IDN"]
IMMIGRATION = ["Direktorat Jenderal Imigrasi", "Imigrasi", "IDN"]
KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "Jampidsus",
    "Abdul Qohar",
    "Qohar",
    "penyidik",
    "IDN",
]
ZAROF = ["Zarof Ricar", "Zarof", "ZR", "IDN"]
LISA = ["Lisa Rahmat", "Lisa Rachmat", "Lisa", "IDN"]
ZAROF_LAWYER = ["Kuasa hukum Zarof", "kuasa hukum", "Zarof", "IDN"]
MA = ["Mahkamah Agung", "MA", "Badan Pengawasan", "hakim agung", "IDN"]

ISRAEL = ["Israel", "Israeli military", "Israeli warplanes", "Daniel Hagari", "Hagari", "ISR"]
IRAN = [
    "Iran",
    "Tehran",
    "Iranian consulate",
    "consulate",
    "Islamic Revolutionary Guard Corps",
    "IRGC",
    "Mohammad Reza Zahedi",
    "Zahedi",
    "Ali Khamenei",
    "Khamenei",
    "Hossein Amirabdollahian",
    "Amirabdollahian",
    "Hossein Akbari",
    "IRN",
]
KHAMENEI = ["Ali Khamenei", "Khamenei", "Supreme Leader", "IRN"]
SWISS_US = ["Swiss charge d'affaires", "Swiss", "Switzerland", "Washington", "CHE", "USA"]
USA = ["United States", "U.S.", "US", "Washington", "Donald Trump", "Trump", "USA"]
SYRIA = ["Syria", "Damascus", "Faisal Mekdad", "Mekdad", "defence ministry", "SYR"]
HEZBOLLAH = ["Hezbollah", "LBN"]
HAMAS = ["Hamas", "PSE"]
MOUSAVI = ["Razi Mousavi", "Mousavi", "IRGC", "IRN"]
UNSC = ["UN Security Council", "Security Council", "United Nations"]

TRUMP = ["Donald Trump", "Trump", "USA"]
RAMAPHOSA = ["Cyril Ramaphosa", "Ramaphosa", "ZAF"]
SOUTH_AFRICA = [
    "South Africa",
    "Pretoria",
    "Cyril Ramaphosa",
    "Ramaphosa",
    "South African",
    "Afrikaners",
    "white South Africans",
    "ZAF",
]
G20 = ["G20", "Johannesburg", "ZAF"]

MODI = ["Narendra Modi", "Modi", "IND"]
INDIA = ["India", "New Delhi", "Narendra Modi", "Modi", "S. Jaishankar", "Jaishankar", "IND"]
ZELENSKYY = ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "UKR"]
UKRAINE = ["Ukraine", "Kyiv", "Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "UKR"]
TUSK = ["Donald Tusk", "Tusk", "Poland", "Warsaw", "POL"]

ORBAN = ["Viktor Orban", "Viktor Orbán", "Orban", "Orbán", "HUN"]
XI = ["Xi Jinping", "Xi", "China", "Beijing", "CHN"]
EU = [
    "Uni Eropa",
    "Ursula von der Leyen",
    "von der Leyen",
    "Josep Borrell",
    "Borrell",
    "Komisi Eropa",
    "EU",
]
PESKOV = ["Dmitry Peskov", "Peskov", "RUS"]
UKR_OFFICE = ["Kantor Kepresidenan Ukraina", "Ukraina", "Kyiv", "UKR"]

NG_POLICE = [
    "Polisi Nigeria",
    "Kepolisian Nigeria",
    "polisi",
    "aparat",
    "aparat keamanan",
    "Kayode Egbetokun",
    "Egbetokun",
    "NGA",
]
NG_PROTESTERS = [
    "pengunjuk rasa",
    "demonstran",
    "massa",
    "anak muda",
    "#EndBadGovernance",
    "Penyelenggara aksi",
    "NGA",
]
NG_GOV = ["pemerintah", "Bola Tinubu", "Tinubu", "Nigeria", "Abuja", "NGA"]
KANO = ["Abba Kabir Yusuf", "Gubernur negara bagian Kano", "Kano", "NGA"]
AMNESTY = ["Amnesty International", "Amnesty", "Isa Sanusi", "Sanusi", "NGA"]

INDONESIA = [
    "Indonesia",
    "Kementerian Luar Negeri RI",
    "Kemlu",
    "Sugiono",
    "Jakarta",
    "Prabowo Subianto",
    "Prabowo",
    "IDN",
]
SUGIONO = ["Sugiono", "Menteri Luar Negeri Sugiono", "IDN"]
BRICS = ["BRICS", "KTT BRICS", "para pemimpin BRICS", "Brasil", "Brazil", "Brasilia", "BRA"]
BRAZIL = ["Brasil", "Brazil", "pemerintah Brasil", "Kementerian Luar Negeri Brasil", "Brasilia", "BRA"]
CHINA = ["China", "Guo Jiakun", "Guo", "Beijing", "CHN"]
KAZAN = ["KTT BRICS Plus", "Kazan", "Rusia", "RUS"]
