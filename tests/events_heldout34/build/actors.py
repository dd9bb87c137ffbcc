"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

INDONESIA = [
    "Indonesia",
    "RI",
    "Jakarta",
    "Sugiono",
    "Sjafrie Sjamsoeddin",
    "Sjafrie",
    "Prabowo Subianto",
    "Prabowo",
    "Kementerian Luar Negeri RI",
    "Kemlu",
    "IDN",
]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
SJAFRIE = ["Sjafrie Sjamsoeddin", "Sjafrie", "IDN"]
CHINA = [
    "China",
    "Beijing",
    "Wang Yi",
    "Wang",
    "Dong Jun",
    "Xi Jinping",
    "Xi",
    "Zhang Youxia",
    "Zhang",
    "Tiongkok",
    "CHN",
]
XI = ["Xi Jinping", "Xi", "CHN"]
ZHANG = ["Zhang Youxia", "Zhang", "Central Military Commission", "Komisi Militer Pusat", "CHN"]
ASEAN = ["ASEAN"]

USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "Central Command",
    "CENTCOM",
    "Komando Pusat AS",
    "Pentagon",
    "Marco Rubio",
    "Rubio",
    "USA",
]
TRUMP = ["Donald Trump", "Trump", "USA"]
HOUTHIS = [
    "Houthis",
    "Houthi",
    "rebels",
    "Ansar Allah",
    "Yahya Saree",
    "Saree",
    "Ras Isa",
    "Yemen",
    "Yaman",
    "YEM",
]
ISRAEL = ["Israel", "Israeli military", "militer Israel", "Mossad", "ISR"]

IRAN = [
    "Iran",
    "Teheran",
    "Tehran",
    "judiciary",
    "lembaga peradilan",
    "Mahkamah Agung",
    "Supreme Court",
    "Mizan",
    "parliament",
    "IRN",
]
URMIA_THREE = [
    "Idris Ali",
    "Azad Shojaei",
    "Rasoul Ahmad Rasoul",
    "tiga pria",
    "terpidana",
    "Kurdi",
    "mata-mata",
    "Israel",
    "Mossad",
    "IRQ",
    "ISR",
    "IRN",
]
MOSAYEBI = ["Majid Mosayebi", "Mosayebi", "mata-mata", "Israel", "IRN", "ISR"]
VADI = ["Roozbeh Vadi", "Vadi", "spy", "Israel", "IRN", "ISR"]
SPIES = ["spies", "people accused", "spying", "Israel", "IRN", "ISR"]
HENGAW = ["Hengaw"]
AMNESTY = ["Amnesty International", "Amnesty"]
IHR = ["Iran Human Rights", "IHR"]
RIGHTS_GROUPS = ["Rights groups", "rights groups", "Iran Human Rights"]

PLA = [
    "Tentara Pembebasan Rakyat",
    "PLA",
    "Komando Teater Timur",
    "Eastern Theater Command",
    "militer China",
    "Penjaga Pantai China",
    "China",
    "Beijing",
    "CHN",
]
CHINA_COAST_GUARD = ["Penjaga Pantai China", "China Coast Guard", "CHN"]
TAIWAN = [
    "Taiwan",
    "Taipei",
    "Lai Ching-te",
    "Lai",
    "Karen Kuo",
    "Kementerian Pertahanan Taiwan",
    "TWN",
]
LAI = ["Lai Ching-te", "Lai", "TWN"]

RUTTE = ["Mark Rutte", "Rutte", "NATO", "Sekretaris Jenderal NATO"]
NATO = ["NATO", "para pemimpin NATO", "Den Haag", "NLD"]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Vladimir Putin",
    "Putin",
    "Sergei Lavrov",
    "Lavrov",
    "Dmitry Medvedev",
    "Medvedev",
    "Dmitry Peskov",
    "RUS",
]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Volodymyr Zelensky", "Zelensky", "UKR"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
KELLOGG = ["Keith Kellogg", "Kellogg", "USA"]

KENYA_POLICE = ["Polisi Kenya", "polisi", "aparat", "Kepolisian Kenya", "police", "KEN"]
KENYA_PROTESTERS = ["demonstran", "pengunjuk rasa", "massa", "warga", "Saba Saba", "KEN"]
KENYA_GOV = ["William Ruto", "Ruto", "pemerintah", "Pemerintah Kenya", "sistem satu partai", "Kenya", "KEN"]
OJWANG = ["Albert Ojwang", "Ojwang", "blogger", "KEN"]
KNCHR = ["Komisi Nasional Hak Asasi Manusia Kenya", "KNCHR", "KEN"]

HK_COURT = [
    "Pengadilan Tinggi Hong Kong",
    "pengadilan",
    "hakim",
    "Hong Kong",
    "Pemerintah Hong Kong",
    "John Lee",
    "HKG",
    "CHN",
]
HK_POLICE = ["polisi Hong Kong", "polisi", "aparat", "Hong Kong", "HKG", "CHN"]
HK_ACTIVISTS = [
    "aktivis prodemokrasi",
    "aktivis",
    "terdakwa",
    "Benny Tai",
    "Joshua Wong",
    "Gordon Ng",
    "oposisi",
    "HKG",
]
HK_GOV = ["Pemerintah Hong Kong", "John Lee", "Hong Kong", "HKG", "CHN"]
AUSTRALIA = ["Australia", "AUS"]
WEST = ["negara-negara Barat", "Barat", "Amerika Serikat", "Australia", "USA", "AUS", "GBR"]

TURKEY = ["Turkey", "Türkiye", "Turki", "Ankara", "Recep Tayyip Erdogan", "Erdogan", "TUR"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]
SAUDI = ["Saudi Arabia", "Riyadh", "SAU"]
EU = ["European Union", "EU"]

KPK = [
    "Corruption Eradication Commission",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "investigators",
    "IDN",
]
ASDP_SUSPECTS = [
    "Ira Puspadewi",
    "Ira",
    "Muhammad Yusuf Hadi",
    "Harry Muhammad Adhi Caksono",
    "ASDP",
    "suspects",
    "IDN",
]
JN_OWNER = ["businessman", "PT Jembatan Nusantara", "fourth suspect", "IDN"]
STATE_FIRMS = ["state firms", "state-owned enterprises", "IDN"]
