"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = ["Israel", "Israeli military", "Militer Israel", "IDF", "Benjamin Netanyahu", "ISR"]
IRAN = ["Iran", "Tehran", "Teheran", "Islamic Republic", "IRN"]
HAGARI = ["Daniel Hagari", "Hagari", "Israeli military", "Militer Israel", "ISR"]
HEZBOLLAH = ["Hezbollah", "Hizbullah", "Hassan Nasrallah", "Nasrallah", "LBN"]
USA = ["United States", "Amerika Serikat", "Washington", "U.S.", "White House", "Gedung Putih", "USA"]
SAUDI = ["Saudi Arabia", "Arab Saudi", "Riyadh", "SAU"]
INDONESIA = ["Indonesia", "Kementerian Luar Negeri RI", "Kemlu RI", "IDN"]
UNSC = [
    "U.N. Security Council",
    "Security Council",
    "Dewan Keamanan PBB",
    "Dewan Keamanan",
    "United Nations",
    "UNSC",
]

SCHOLZ = ["Olaf Scholz", "Scholz", "Germany", "Jerman", "Berlin", "DEU"]
PUTIN = ["Vladimir Putin", "Putin", "Kremlin", "RUS"]
ZELENSKY = ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "UKR"]
TUSK = ["Donald Tusk", "Tusk", "POL"]
BIDEN = ["Joe Biden", "Biden", "USA"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Moskwa", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Kiev", "UKR"]
BRAZIL_G20 = ["Brazil", "Brasil", "Rio de Janeiro", "G20", "BRA"]

TRUMP = ["Donald Trump", "Trump", "USA"]
BESSENT = ["Scott Bessent", "Bessent", "Treasury", "USA"]
RUTTE = ["Mark Rutte", "Rutte", "NATO"]
UK = ["United Kingdom", "Britain", "Inggris", "London", "GBR"]
EU = ["European Union", "Uni Eropa", "Brussels", "Brussel"]
CHINA = ["China", "Beijing", "Tiongkok", "CHN"]
RUSSIAN_OIL = ["Rosneft", "Lukoil", "Gazprom Neft", "Surgutneftegas", "Gazprombank", *RUSSIA]
YELLEN = ["Janet Yellen", "Yellen", "USA"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
RUSSIAN_MFA = [
    "Kementerian Luar Negeri Rusia",
    "Russian foreign ministry",
    "Maria Zakharova",
    "Zakharova",
    "RUS",
]

MK = ["Mahkamah Konstitusi", "MK", "Suhartoyo", "IDN"]
GOVERNMENT_ID = ["Yusril Ihza Mahendra", "Yusril", "pemerintah", "IDN"]
DPR = ["DPR", "Dewan Perwakilan Rakyat", "Komisi II DPR", "Rifqinizamy", "IDN"]
PROTESTERS_ID = ["demonstran", "massa", "mahasiswa", "pengunjuk rasa", "IDN"]

POLICE_PH = ["Polisi Filipina", "polisi", "Kepolisian Metro Manila", "Anthony Aberin", "Aberin", "PHL"]
PROTESTERS_PH = ["pengunjuk rasa", "demonstran", "massa", "pemuda", "Trillion Peso March", "mahasiswa", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
ROMUALDEZ = ["Martin Romualdez", "Romualdez", "DPR Filipina", "PHL"]

POLAND = [
    "Polandia",
    "Poland",
    "Warsawa",
    "Warsaw",
    "Radoslaw Sikorski",
    "Sikorski",
    "Donald Tusk",
    "Tusk",
    "POL",
]
POLISH_RAIL = ["jalur kereta", "Polandia", "Poland", "POL"]

KEJAGUNG = ["Kejaksaan Agung", "Kejagung", "penyidik", "Abdul Qohar", "Qohar", "IDN"]
SURABAYA_JUDGES = [
    "Erintuah Damanik",
    "Mangapul",
    "Heru Hanindyo",
    "hakim",
    "Pengadilan Negeri Surabaya",
    "PN Surabaya",
    "IDN",
]
LISA_RAHMAT = ["Lisa Rahmat", "pengacara", "IDN"]
RONALD_TANNUR = ["Gregorius Ronald Tannur", "Ronald Tannur", "IDN"]
SUPREME_COURT_ID = ["Mahkamah Agung", "IDN"]
JUDICIAL_COMMISSION = ["Komisi Yudisial", "IDN"]

MODI = ["Narendra Modi", "Modi", "India", "IND"]
INDIA = ["India", "New Delhi", "Narendra Modi", "Modi", "IND"]
MANTUROV = ["Denis Manturov", "Manturov", "RUS"]
NATO = ["NATO", "NATO leaders", "North Atlantic Treaty Organization"]

NORTH_KOREA = ["North Korea", "Pyongyang", "Kim Jong Un", "Kim", "DPRK", "PRK"]
KIM_JONG_UN = ["Kim Jong Un", "Kim Jong-un", "PRK"]
KIM_YONG_HYUN = ["Kim Yong-hyun", "South Korean Defence Minister", "South Korea", "KOR"]
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon", "USA"]
ALLIES_NE_ASIA = ["United States", "South Korea", "Japan", "USA", "KOR", "JPN"]
