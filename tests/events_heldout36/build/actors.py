"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "White House",
    "Gedung Putih",
    "Scott Bessent",
    "Bessent",
    "Jamieson Greer",
    "Greer",
    "Howard Lutnick",
    "USA",
]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
HEGSETH = ["Pete Hegseth", "Hegseth", "USA"]

CARNEY = ["Mark Carney", "Carney", "CAN"]
CANADA = ["Canada", "Kanada", "Ottawa", "Mark Carney", "Carney", "Dominic LeBlanc", "CAN"]

CHINA = ["China", "Beijing", "He Lifeng", "commerce ministry", "Chinese", "CHN"]
HE_LIFENG = ["He Lifeng", "CHN"]
SWITZERLAND = ["Switzerland", "Swiss", "Karin Keller-Sutter", "Keller-Sutter", "CHE"]

MORALES = ["Evo Morales", "Morales", "BOL"]
MORALES_SUPPORTERS = [
    "supporters",
    "pendukung",
    "Pendukung Evo Morales",
    "Kelompok bersenjata",
    "protesters",
    "Morales",
    "BOL",
]
BOLIVIA_FORCES = [
    "police",
    "polisi",
    "tentara",
    "aparat",
    "Angkatan Bersenjata Bolivia",
    "militer Bolivia",
    "officers",
    "Eduardo del Castillo",
    "BOL",
]
BOLIVIA_GOV = [
    "Bolivia",
    "government",
    "pemerintah",
    "Luis Arce",
    "Arce",
    "Roberto Ríos",
    "Ríos",
    "Eduardo del Castillo",
    "BOL",
]
BOLIVIA_JUSTICE = ["Constitutional Court", "judge", "jaksa", "court", "BOL"]

KOR_COURT = ["Constitutional Court", "Mahkamah Konstitusi", "MK", "Moon Hyung-bae", "KOR"]
YOON = ["Yoon Suk Yeol", "Yoon", "KOR"]
KOR_ASSEMBLY = ["Majelis Nasional", "National Assembly", "parlemen", "KOR"]
KOR_PROSECUTORS = ["jaksa", "prosecutors", "KOR"]
KOR_PROTESTERS = ["pendukung dan penentang Yoon", "pengunjuk rasa", "Ribuan pendukung", "KOR"]
HAN = ["Han Duck-soo", "Han", "KOR"]

E3 = ["Britain", "France", "Germany", "E3", "United Kingdom", "UK", "GBR", "FRA", "DEU"]
IRAN = ["Iran", "Tehran", "Abbas Araghchi", "Araghchi", "Islamic Republic", "IRN"]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
UNSC = ["UN Security Council", "Security Council", "United Nations", "UN"]
IAEA = ["International Atomic Energy Agency", "IAEA"]
ISRAEL_USA = ["Israel", "United States", "ISR", "USA"]
RUSSIA = ["Russia", "Moscow", "RUS"]

TOGO_PROTESTERS = ["protesters", "demonstrators", "people", "Hundreds of people", "activists", "TGO"]
TOGO_FORCES = ["security forces", "men in civilian clothes", "police", "TGO"]
TOGO_GOV = [
    "government",
    "Togo",
    "Faure Gnassingbé",
    "Gnassingbé",
    "Yawa Kouigan",
    "authorities",
    "TGO",
]
AAMRON = ["Aamron", "rapper", "TGO"]
AMNESTY = ["Amnesty International", "Amnesty"]

MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
PHILIPPINES = ["Filipina", "Philippines", "Manila", "Ferdinand Marcos Jr", "Marcos", "PHL"]

KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Tessa Mahardhika Sugiarto", "Tessa", "penyidik", "IDN"]
RIDWAN_KAMIL = ["Ridwan Kamil", "IDN"]
BJB = ["Bank BJB", "lima orang", "tersangka", "IDN"]
IMIGRASI = ["Direktorat Jenderal Imigrasi", "Imigrasi", "IDN"]

REMPANG = ["warga", "Warga Rempang", "warga Pulau Rempang", "Miswadi", "Sembulang Hulu", "IDN"]
MEG = ["PT Makmur Elok Graha", "PT MEG", "MEG", "pekerja", "IDN"]
POLRI_BATAM = ["polisi", "Polresta Barelang", "Heribertus Ompusunggu", "aparat gabungan", "Kapolri", "IDN"]
BP_BATAM = ["Badan Pengusahaan", "BP Batam", "IDN"]
LBH = ["Lembaga Bantuan Hukum", "LBH Pekanbaru", "LBH", "Tim Advokasi", "IDN"]
