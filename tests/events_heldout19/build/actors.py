"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

RUSSIA = ["Russia", "Rusia", "Moscow", "Moskwa", "Kremlin", "Vladimir Medinsky", "Medinsky", "RUS"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Rustem Umerov", "Umerov", "Volodymyr Zelenskiy", "Zelensky", "UKR"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
ZELENSKY = [
    "Volodymyr Zelenskiy",
    "Volodymyr Zelenskyy",
    "Volodymyr Zelensky",
    "Zelenskiy",
    "Zelenskyy",
    "Zelensky",
    "UKR",
]
ERDOGAN = ["Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan", "TUR"]
TURKEY = ["Turkey", "Turkiye", "Hakan Fidan", "Fidan", "Ankara", "TUR"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "U.S.", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
EUROPE_LEADERS = [
    "Emmanuel Macron",
    "Macron",
    "Friedrich Merz",
    "Merz",
    "Keir Starmer",
    "Starmer",
    "Donald Tusk",
    "Giorgia Meloni",
    "Alexander Stubb",
    "Mark Rutte",
    "Ursula von der Leyen",
    "European leaders",
    "GBR",
    "FRA",
    "DEU",
    "ITA",
    "FIN",
    "POL",
]
BILOPILLIA = ["Bilopillia", "Sumy", "bus", "warga sipil", "UKR"]
KHARKIV = ["Kharkiv", "apartment building", "UKR"]

ASEAN = [
    "ASEAN",
    "Association of Southeast Asian Nations",
    "Perhimpunan Bangsa-Bangsa Asia Tenggara",
    "KTT ASEAN",
]
TIMOR_LESTE = ["Timor-Leste", "Xanana Gusmao", "Xanana", "TLS"]
MALAYSIA = ["Malaysia", "Anwar Ibrahim", "Anwar", "Kuala Lumpur", "MYS"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
LULA = ["Luiz Inacio Lula da Silva", "Lula", "BRA"]

PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Pakistani military",
    "militer Pakistan",
    "pasukan Pakistan",
    "Inter-Services Public Relations",
    "ISPR",
    "Mohsin Naqvi",
    "Shehbaz Sharif",
    "PAK",
]
AFGHANISTAN = [
    "Afghanistan",
    "Afghan forces",
    "pasukan Afghanistan",
    "Taliban",
    "Kabul",
    "Zabihullah Mujahid",
    "Mujahid",
    "Amir Khan Muttaqi",
    "AFG",
]
MUTTAQI = ["Amir Khan Muttaqi", "Muttaqi", "AFG"]
INDIA = ["India", "New Delhi", "IND"]
GULF_MEDIATORS = ["Qatar", "Saudi Arabia", "QAT", "SAU"]

ISRAEL = [
    "Israel",
    "Israeli",
    "Israel Defense Forces",
    "IDF",
    "Israel Katz",
    "Katz",
    "Benjamin Netanyahu",
    "ISR",
]
SYRIA = [
    "Syria",
    "Syrian",
    "Damascus",
    "general staff",
    "Syrian government",
    "government forces",
    "interior ministry",
    "foreign ministry",
    "presidential palace",
    "SYR",
]
DRUZE = ["Druze", "Druze militias", "Druze religious leaders", "Druze factions", "Sweida", "SYR"]
BEDOUIN = ["Bedouin", "Sunni Bedouin tribes", "SYR"]

JAPAN = ["Japan", "Jepang", "Tokyo", "Sanae Takaichi", "Takaichi", "JPN"]
TAKAICHI = ["Sanae Takaichi", "Takaichi", "JPN"]
NARUHITO = ["Naruhito", "Kaisar Naruhito", "Emperor Naruhito", "JPN"]
SOUTH_KOREA = ["Korea Selatan", "South Korea", "Seoul", "Lee Jae-myung", "Lee", "Gyeongju", "KOR"]
LEE = ["Lee Jae-myung", "Lee", "KOR"]
XI = ["Xi Jinping", "Xi", "CHN"]
CHINA = ["China", "Beijing", "Xi Jinping", "Xi", "CHN"]
APEC = ["APEC", "Kerja Sama Ekonomi Asia Pasifik", "Asia-Pacific Economic Cooperation"]

PERU_PROTESTERS = ["pengunjuk rasa", "demonstran", "Gen Z", "massa", "Eduardo Ruiz", "Ruiz", "PER"]
PERU_POLICE = ["polisi", "Polisi", "aparat", "Kepolisian Nasional Peru", "Oscar Arriola", "PER"]
PERU_GOV = ["Jose Jeri", "Jeri", "pemerintah", "Kongres", "Peru", "PER"]
BOLUARTE = ["Dina Boluarte", "Boluarte", "PER"]

KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Asep Guntur Rahayu", "Asep", "penyidik", "IDN"]
SUGIRI = ["Sugiri Sancoko", "Sugiri", "Bupati Ponorogo", "SS", "IDN"]
