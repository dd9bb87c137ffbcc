"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Donald Trump",
    "Trump",
    "USA",
]
BESSENT = ["Scott Bessent", "Bessent", "Treasury", "USA"]
CHINA = [
    "China",
    "Beijing",
    "State Council",
    "Dewan Negara China",
    "Komisi Tarif",
    "tariff commission",
    "commerce ministry",
    "Kementerian Perdagangan China",
    "customs",
    "Xi Jinping",
    "CHN",
]
XI = ["Xi Jinping", "Xi", "CHN"]
INDONESIA = ["Indonesia", "pemerintah Indonesia", "RI", "Airlangga Hartarto", "Airlangga", "IDN"]
AIRLANGGA = ["Airlangga Hartarto", "Airlangga", "IDN"]

MODI = ["Narendra Modi", "Modi", "IND"]
INDIA = [
    "India",
    "New Delhi",
    "Narendra Modi",
    "Modi",
    "Vikram Misri",
    "Misri",
    "Indian troops",
    "tentara India",
    "IND",
]
MISRI = ["Vikram Misri", "Misri", "IND"]
CHINA_BORDER = [
    "China",
    "Beijing",
    "Chinese troops",
    "tentara China",
    "foreign ministry",
    "Xi Jinping",
    "Xi",
    "CHN",
]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
BRICS = ["BRICS", "BRICS Plus", "KTT BRICS", "Kazan", "Rusia", "Russia", "RUS"]
GUTERRES = ["Antonio Guterres", "Guterres", "United Nations", "UN"]
SUGIONO = ["Sugiono", "Menteri Luar Negeri Sugiono", "Indonesia", "IDN"]
SPECIAL_REPS = ["special representatives", "perwakilan khusus", "India", "IND"]

PROTESTERS_ID = [
    "massa",
    "pengunjuk rasa",
    "demonstran",
    "mahasiswa",
    "BEM SI",
    "Risyad Azhary",
    "Satria Naufal",
    "IDN",
]
BEM_SI = ["Badan Eksekutif Mahasiswa Seluruh Indonesia", "BEM SI", "mahasiswa", "Satria Naufal", "IDN"]
GOV_ID = [
    "pemerintah",
    "Pemerintah",
    "Presiden Prabowo",
    "Prabowo Subianto",
    "Prabowo",
    "Istana",
    "Kementerian Sekretariat Negara",
    "Kemensetneg",
    "Sri Mulyani Indrawati",
    "Sri Mulyani",
    "Hasan Nasbi",
    "DPR",
    "IDN",
]
SETNEG = ["Kementerian Sekretariat Negara", "Kemensetneg", "Istana", "IDN"]
POLICE_ID = [
    "Aparat kepolisian",
    "polisi",
    "Polisi",
    "Kepolisian",
    "Polda Metro Jaya",
    "Polres Metro Jakarta Pusat",
    "Susatyo Purnomo Condro",
    "Susatyo",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "IDN",
]

NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
ISRAEL = [
    "Israel",
    "Israeli military",
    "Israeli army",
    "Israeli tanks",
    "Israeli troops",
    "Benjamin Netanyahu",
    "Netanyahu",
    "ISR",
]
GAZA = ["Gaza Strip", "Gaza", "Palestinians", "Palestinian", "Rafah", "residents", "PSE"]
HAMAS = ["Hamas", "Sami Abu Zuhri", "Abu Zuhri", "PSE"]
IRAN = ["Iran", "Tehran", "IRN"]
UNHRC = ["U.N. Human Rights Council", "Human Rights Council", "United Nations", "U.N."]
SAUDI = ["Saudi Arabia", "Saudi Foreign Ministry", "Foreign Ministry", "kingdom", "SAU"]
CONGRESS = ["Capitol Hill", "lawmakers", "Congress", "USA"]
WITKOFF = ["Steve Witkoff", "Witkoff", "USA"]
QATAR_EGYPT = ["Qatari", "Qatar", "Egyptian", "Egypt", "Cairo", "QAT", "EGY"]
EGYPT = ["Egypt", "Egyptian", "Cairo", "foreign ministry", "EGY"]
BIDEN = ["Joe Biden", "Biden", "USA"]

SOUTH_KOREA = [
    "South Korea",
    "Seoul",
    "foreign ministry",
    "Kim Hong-kyun",
    "Yoon Suk Yeol",
    "Yoon",
    "National Intelligence Service",
    "NIS",
    "KOR",
]
YOON = ["Yoon Suk Yeol", "Yoon", "KOR"]
RUSSIA = [
    "Russia",
    "Moscow",
    "Kremlin",
    "Georgy Zinoviev",
    "Zinoviev",
    "Russian embassy",
    "Vladimir Putin",
    "Putin",
    "RUS",
]
ZINOVIEV = ["Georgy Zinoviev", "Zinoviev", "Russian ambassador", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
NORTH_KOREA = ["North Korea", "Pyongyang", "North Korean troops", "Kim Jong Un", "PRK"]
ZELENSKYY = ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "UKR"]
NATO = ["North Atlantic Treaty Organization", "NATO", "Brussels", "BEL"]

KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "Jampidsus",
    "Abdul Qohar",
    "Qohar",
    "penyidik",
    "tim penyidik",
    "IDN",
]
IWAN = ["Iwan Setiawan Lukminto", "Iwan Setiawan", "Iwan", "Sritex", "IDN"]
BANK_OFFICIALS = ["Zainuddin Mappa", "Dicky Syahbandinata", "Bank DKI", "Bank BJB", "IDN"]
IWAN_LAWYER = ["Calvin Wijaya", "Penasihat hukum Iwan", "penasihat hukum", "Iwan", "IDN"]
SRITEX = ["PT Sri Rejeki Isman Tbk", "Sritex", "Iwan Setiawan Lukminto", "IDN"]
COURTS_ID = ["Pengadilan Niaga Semarang", "Mahkamah Agung", "MA", "IDN"]

VUCIC = ["Aleksandar Vucic", "Vucic", "SRB"]
SERBIA = ["Serbia", "Beograd", "Belgrade", "Aleksandar Vucic", "Vucic", "SRB"]
MACRON_VDL = ["Emmanuel Macron", "Macron", "Ursula von der Leyen", "von der Leyen", "Komisi Eropa", "FRA"]
HUNGARY = ["Hungaria", "Hungary", "Budapest", "Viktor Orban", "Orban", "HUN"]
ORBAN = ["Viktor Orban", "Orban", "HUN"]
EMBASSY_CHN = ["Kedutaan Besar China", "China", "wartawan China", "CHN"]
EU = ["Uni Eropa", "diplomat Uni Eropa", "Eropa", "European Union", "EU"]

BLINKEN = ["Antony Blinken", "Blinken", "USA"]
WANG_YI = ["Wang Yi", "Wang", "CHN"]
CHEN_JINING = ["Chen Jining", "Shanghai", "CHN"]
AID_RECIPIENTS = ["Taiwan", "Ukraina", "Israel", "TWN", "UKR", "ISR"]
