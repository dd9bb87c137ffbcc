"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = [
    "Israel",
    "Israeli military",
    "militer Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Israel Defense Forces",
    "IDF",
    "ISR",
]
HEZBOLLAH = ["Hezbollah", "Hizbullah", "Hassan Nasrallah", "Nasrallah", "Ali Karaki", "Ibrahim Aqil", "LBN"]
NASRALLAH = ["Sayyed Hassan Nasrallah", "Hassan Nasrallah", "Nasrallah", "Hezbollah", "Hizbullah", "LBN"]
LEBANON = ["Lebanon", "Beirut", "Dahiyeh", "Haret Hreik", "Bekaa", "LBN"]
IRAN = ["Iran", "Tehran", "Teheran", "Ali Khamenei", "Khamenei", "Abbas Araghchi", "Araghchi", "IRN"]
USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Joe Biden",
    "Biden",
    "Donald Trump",
    "Trump",
    "Pete Hegseth",
    "Hegseth",
    "Pentagon",
    "CENTCOM",
    "Central Command",
    "Komando Pusat",
    "Scott Bessent",
    "Bessent",
    "USA",
]
TRUMP = ["Donald Trump", "Trump", "USA"]
INDONESIA = [
    "Indonesia",
    "Kementerian Luar Negeri RI",
    "Kemenlu",
    "Prabowo Subianto",
    "Prabowo",
    "TNI",
    "IDN",
]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
FRANCE = ["France", "Prancis", "Paris", "Elysee", "Emmanuel Macron", "Macron", "French", "FRA"]
MACRON = ["Emmanuel Macron", "Macron", "FRA"]

HOUTHIS = [
    "Houthis",
    "Houthi",
    "Ansar Allah",
    "Abdul Malik al-Houthi",
    "Yemen",
    "Yaman",
    "Sanaa",
    "Saada",
    "YEM",
]
YEMEN_SITES = ["Sanaa", "Saada", "Yemen", "Yaman", "Ras Isa", "Hodeidah", "migrants", "migran", "YEM"]
UK = ["United Kingdom", "Britain", "British", "Inggris", "GBR"]

BLA = ["Balochistan Liberation Army", "Tentara Pembebasan Balochistan", "BLA", "militants", "militan", "PAK"]
PAK_MIL = [
    "Pakistan",
    "Pakistani military",
    "militer Pakistan",
    "pasukan keamanan",
    "ISPR",
    "Ahmed Sharif Chaudhry",
    "Shehbaz Sharif",
    "Shehbaz",
    "Quetta",
    "PAK",
]
JAFFAR = ["Jaffar Express", "kereta", "penumpang", "sandera", "PAK"]
AFGHANISTAN = ["Afghanistan", "Taliban", "Kabul", "Zabihullah Mujahid", "Abdul Qahar Balkhi", "AFG"]
INDIA = ["India", "New Delhi", "Randhir Jaiswal", "IND"]

KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "Abdul Qohar",
    "Harli Siregar",
    "penyidik",
    "Jampidsus",
    "Direktorat Penyidikan",
    "IDN",
]
RIZA = ["Mohammad Riza Chalid", "Riza Chalid", "Riza", "MRC", "IDN"]

BURUH = [
    "Partai Buruh",
    "KSPI",
    "Konfederasi Serikat Pekerja Indonesia",
    "Said Iqbal",
    "buruh",
    "massa",
    "serikat pekerja",
    "IDN",
]
JOKOWI_GOV = [
    "pemerintah",
    "Joko Widodo",
    "Jokowi",
    "Istana",
    "Presiden",
    "BP Tapera",
    "Basuki Hadimuljono",
    "Basuki",
    "Moeldoko",
    "IDN",
]
POLISI_JKT = [
    "polisi",
    "Polda Metro Jaya",
    "Polres Metro Jakarta Pusat",
    "Susatyo Purnomo Condro",
    "aparat",
    "IDN",
]

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Volodymyr Zelensky",
    "Zelensky",
    "Yulia Svyrydenko",
    "Svyrydenko",
    "Ukrainian forces",
    "pasukan Ukraina",
    "militer Ukraina",
    "UKR",
]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Vladimir Putin",
    "Putin",
    "Valery Gerasimov",
    "Gerasimov",
    "Kementerian Pertahanan Rusia",
    "Kursk",
    "Alexei Smirnov",
    "Smirnov",
    "Dmitry Medvedev",
    "Medvedev",
    "RUS",
]

SOUTH_KOREA = ["South Korea", "Seoul", "Lee Jae-myung", "Lee", "Kim Yong-beom", "Gyeongju", "KOR"]
LEE = ["Lee Jae-myung", "Lee", "KOR"]
CHINA = ["China", "Beijing", "Xi Jinping", "Xi", "CHN"]
