"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code.
Two-letter aliases such as "AS" or "UN" are left out on purpose: the scorer matches aliases as substrings."""

USA = ["United States", "U.S.", "Amerika Serikat", "Washington", "White House", "Gedung Putih", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
US_GOV = [*USA, "Donald Trump", "Trump", "Karoline Leavitt", "Leavitt", "Trump administration"]
WITKOFF = ["Steve Witkoff", "Witkoff", "USA"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]

ISRAEL = [
    "Israel",
    "Israeli military",
    "militer Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Israel Katz",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
GAZA = [
    "Gaza",
    "Jalur Gaza",
    "Palestinians",
    "warga Palestina",
    "Palestina",
    "Hamas",
    "Beit Hanoun",
    "Khan Younis",
    "Rafah",
    "PSE",
]
HAMAS = ["Hamas", "Essam al-Dalis", "PSE"]
EGYPT = ["Egypt", "Mesir", "EGY"]
QATAR = ["Qatar", "Doha", "QAT"]
IDN_MFA = ["Kementerian Luar Negeri RI", "Kemlu RI", "Kemlu", "Indonesia", "IDN"]

SSD_GOV = [
    "South Sudan",
    "Sudan Selatan",
    "Salva Kiir",
    "Kiir",
    "Chol Thon Balok",
    "Akol Koor Kuc",
    "Michael Makuei",
    "Makuei",
    "security forces",
    "aparat keamanan",
    "National Security Service",
    "Dinas Keamanan Nasional",
    "SSD",
]
MACHAR = ["Riek Machar", "Machar", "SSD"]
KIIR = ["Salva Kiir", "Kiir", "SSD"]
SPLM_IO = ["SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "Oyet Nathaniel Pierino", "SSD"]
WHITE_ARMY = ["White Army", "militia", "milisi", "SSD"]
SSD_ARMY = ["army garrison", "markas tentara", "South Sudanese army", "soldiers", "tentara", "SSD"]
MACHAR_ALLIES = ["Puot Kang Chol", "Gabriel Duop Lam", "SSD"]
UN_HELICOPTER = ["UN helicopter", "helikopter PBB", "United Nations", "PBB", "SSD"]
UNMISS = ["UNMISS", "Nicholas Haysom", "Haysom", "UN mission", "Misi PBB"]
UGANDA = ["Uganda", "UGA"]
TROIKA = ["troika", "United States", "United Kingdom", "Norway", "USA", "GBR", "NOR"]
AFRICAN_UNION = ["African Union", "Uni Afrika"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep Guntur",
    "penyidik",
    "IDN",
]
KOSASIH = ["Antonius Nicholas Stephanus Kosasih", "Antonius NS Kosasih", "Antonius Kosasih", "Kosasih", "IDN"]
EKIAWAN = ["Ekiawan Heri Primaryanto", "Ekiawan", "Insight Investments Management", "IDN"]
KOSASIH_LAWYER = ["kuasa hukum Kosasih", "kuasa hukum", "Kosasih", "IDN"]
POLDA_METRO = ["Polda Metro Jaya", "Asep Edi Suheri", "penyidik", "polisi", "Polri", "IDN"]
ROY_SURYO = [
    "Roy Suryo",
    "Rismon Hasiholan Sianipar",
    "Rismon",
    "Tifauzia Tyassuma",
    "Eggi Sudjana",
    "Kurnia Tri Royani",
    "Ahmad Khozinudin",
    "tersangka",
    "IDN",
]
JOKOWI = ["Joko Widodo", "Jokowi", "IDN"]
BARESKRIM = ["Bareskrim Polri", "Bareskrim", "IDN"]

IRAN = ["Iran", "Tehran", "Teheran", "Abbas Araghchi", "Araghchi", "IRN"]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
HUNGARY = ["Hungary", "Hongaria", "Viktor Orbán", "Viktor Orban", "Orbán", "Orban", "HUN"]
ICC = ["International Criminal Court", "ICC", "Mahkamah Pidana Internasional"]
TURKEY = ["Turkey", "Türkiye", "Recep Tayyip Erdoğan", "Erdoğan", "Erdogan", "TUR"]

GUNMAN = ["gunman", "suspect", "attacker", "15-year-old", "teenager", "COL"]
URIBE_TURBAY = ["Miguel Uribe Turbay", "Uribe Turbay", "Miguel Uribe", "COL"]
COL_AUTHORITIES = ["police", "attorney general's office", "authorities", "prosecutors", "COL"]
PETRO = ["Gustavo Petro", "Petro", "COL"]
COL_OPPOSITION = ["Democratic Centre", "Centro Democratico", "supporters", "opponents", "COL"]
MEDELLIN_CARTEL = ["Medellin cartel", "Pablo Escobar", "Escobar", "COL"]
DIANA_TURBAY = ["Diana Turbay", "COL"]
FRANCE = ["France", "Prancis", "Paris", "Emmanuel Macron", "Macron", "FRA"]

PAKISTAN = ["Pakistan", "Islamabad", "Shehbaz Sharif", "Sharif", "Asim Munir", "Khawaja Asif", "PAK"]
SHARIF = ["Shehbaz Sharif", "Sharif", "PAK"]
SAUDI = ["Saudi Arabia", "Riyadh", "Mohammed bin Salman", "crown prince", "SAU"]
MBS = ["Mohammed bin Salman", "crown prince", "SAU"]
INDIA = ["India", "New Delhi", "Narendra Modi", "Modi", "IND"]

MODI = ["Narendra Modi", "Modi", "IND"]
GABBARD = ["Tulsi Gabbard", "Gabbard", "USA"]
MUSK = ["Elon Musk", "Musk", "USA"]
INDIAN_MIGRANTS = ["warga India", "India", "IND"]
INDIA_OPPOSITION = ["oposisi", "parlemen India", "IND"]

INDONESIA = [
    "Indonesia",
    "Pemerintah Indonesia",
    "Airlangga Hartarto",
    "Airlangga",
    "Prabowo Subianto",
    "Prabowo",
    "IDN",
]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
IDN_MINISTERS = ["sejumlah menteri", "menteri", "IDN"]
ASEAN_ECON = ["ASEAN", "menteri ekonomi ASEAN"]
CHINA = ["China", "Tiongkok", "Beijing", "CHN"]
US_TRADE = ["Kantor Perwakilan Dagang AS", "USTR", "Departemen Perdagangan AS", *USA]

ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Rusia", "Russia", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
KYIV = ["Kyiv", "Ukraina", "Ukraine", "UKR"]
VATICAN = ["Vatikan", "Vatican", "Takhta Suci", "Paus Fransiskus", "Basilika Santo Petrus", "VAT"]
