"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

IRAN = [
    "Iran",
    "Tehran",
    "Teheran",
    "Supreme National Security Council",
    "Garda Revolusi Iran",
    "IRGC",
    "IRN",
]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "Pentagon",
    "Pete Hegseth",
    "Hegseth",
    "Al Udeid",
    "USA",
]
US_BASE_QATAR = ["Al Udeid", "United States", "U.S.", "Amerika Serikat", "AS", "Qatar", "USA", "QAT"]
TRUMP = ["Donald Trump", "Trump", "USA"]
QATAR = ["Qatar", "Doha", "Majed al-Ansari", "al-Ansari", "Kementerian Pertahanan Qatar", "QAT"]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "ISR"]
ISRAEL_IRAN = ["Israel", "Iran", "ISR", "IRN"]
IAEA = ["International Atomic Energy Agency", "IAEA", "Rafael Grossi", "Grossi"]
INDONESIA = ["Indonesia", "Pemerintah Indonesia", "Kementerian Luar Negeri RI", "Kemlu", "IDN"]

UK = ["UK", "United Kingdom", "Inggris", "Keir Starmer", "Starmer", "Sir Keir", "GBR"]
CANADA = ["Canada", "Kanada", "Mark Carney", "Carney", "CAN"]
AUSTRALIA = ["Australia", "Anthony Albanese", "Albanese", "AUS"]
PORTUGAL = ["Portugal", "Lisbon", "Paulo Rangel", "Rangel", "PRT"]
FRANCE = ["France", "Prancis", "Emmanuel Macron", "Macron", "FRA"]
PALESTINE = [
    "Palestine",
    "Palestina",
    "Palestinian state",
    "State of Palestine",
    "Negara Palestina",
    "Palestinian Authority",
    "Mahmoud Abbas",
    "Abbas",
    "PSE",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
RECOGNISERS = ["UK", "Inggris", "Canada", "Kanada", "Australia", "Starmer", "GBR", "CAN", "AUS", "PRT"]
HAMAS = ["Hamas", "PSE"]
HOSTAGE_FAMILIES = ["families", "hostages", "ISR"]

GARDA = [
    "Garda Indonesia",
    "Asosiasi Pengemudi Ojol Garda Indonesia",
    "Raden Igun Wicaksono",
    "Igun",
    "pengemudi ojek online",
    "pengemudi ojol",
    "ojol",
    "massa",
    "IDN",
]
OJOL = ["pengemudi ojek online", "pengemudi ojol", "ojol", "massa", "SPAI", "Lily Pujiati", "IDN"]
KEMENHUB = ["Kementerian Perhubungan", "Menteri Perhubungan", "Dudy Purwagandhi", "Dudy", "pemerintah", "IDN"]
KEMNAKER = [
    "Kementerian Ketenagakerjaan",
    "Kemnaker",
    "Immanuel Ebenezer",
    "Immanuel",
    "Yassierli",
    "pemerintah",
    "IDN",
]
IMMANUEL = ["Immanuel Ebenezer", "Immanuel", "Wakil Menteri Ketenagakerjaan", "IDN"]
YASSIERLI = ["Yassierli", "Menteri Ketenagakerjaan", "IDN"]
APLIKATOR = ["perusahaan aplikasi", "aplikator", "Gojek", "Grab", "Grab Indonesia", "IDN"]
POLICE_JAKARTA = ["polisi", "Aparat kepolisian", "Polres Metro Jakarta", "Susatyo Purnomo Condro", "IDN"]

RUBIO = ["Marco Rubio", "Rubio", "State Department", "Tammy Bruce", "USA"]
PANAMA = [
    "Panama",
    "Jose Raul Mulino",
    "Mulino",
    "Javier Martinez-Acha",
    "Panama Canal",
    "Panama City",
    "PAN",
]
MULINO = ["Jose Raul Mulino", "Mulino", "PAN"]
PANAMA_PROTESTERS = ["protesters", "Panama City", "PAN"]
PANAMA_POLICE = ["Police", "police", "PAN"]
CHINA = ["China", "Beijing", "China's foreign ministry", "Chinese", "CHN"]

VANCE = ["JD Vance", "Vance", "Usha Vance", "Mike Waltz", "USA"]
DENMARK = [
    "Denmark",
    "Danish",
    "Mette Frederiksen",
    "Frederiksen",
    "Lars Lokke Rasmussen",
    "Rasmussen",
    "DNK",
]
GREENLAND = [
    "Greenland",
    "Pituffik",
    "Pituffik Space Base",
    "Nuuk",
    "Jens-Frederik Nielsen",
    "Nielsen",
    "GRL",
    "DNK",
]
FREDERIKSEN = ["Mette Frederiksen", "Frederiksen", "DNK"]
RASMUSSEN = ["Lars Lokke Rasmussen", "Rasmussen", "Lokke", "DNK"]
GREENLAND_PARTIES = [
    "Greenland",
    "political parties",
    "Demokraatit",
    "Jens-Frederik Nielsen",
    "Nielsen",
    "GRL",
    "DNK",
]

CHINA_CG = [
    "China Coast Guard",
    "Chinese coast guard",
    "coast guard",
    "Chinese navy",
    "People's Liberation Army Navy",
    "China",
    "Chinese",
    "CHN",
]
PHILIPPINES = [
    "Philippines",
    "Philippine coast guard",
    "Philippine Coast Guard",
    "BRP Suluan",
    "Manila",
    "Jay Tarriela",
    "Tarriela",
    "Alexander Lopez",
    "National Maritime Council",
    "PHL",
]
ARBITRAL = ["arbitral ruling", "tribunal", "The Hague", "Permanent Court of Arbitration"]

AOUN = ["Joseph Aoun", "Aoun", "LBN"]
LEBANON_PARLIAMENT = ["Parlemen Lebanon", "parlemen", "Lebanon", "LBN"]
HEZBOLLAH = ["Hizbullah", "Hezbollah", "Gerakan Amal", "Amal", "LBN"]
MACRON = ["Emmanuel Macron", "Macron", "FRA"]
LEBANON = ["Lebanon", "Beirut", "Joseph Aoun", "Aoun", "LBN"]
US_FRA_SAU = ["Amerika Serikat", "Prancis", "Arab Saudi", "USA", "FRA", "SAU"]
ISRAEL_HEZBOLLAH = ["Israel", "Hizbullah", "ISR", "LBN"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Setyo Budiyanto",
    "Setyo",
    "penyidik",
    "tim penyidik",
    "IDN",
]
OKU_SUSPECTS = [
    "Nopriansyah",
    "anggota DPRD OKU",
    "DPRD OKU",
    "tersangka",
    "enam orang",
    "Keenam tersangka",
    "Kepala Dinas PUPR",
    "IDN",
]
TEDDY = ["Teddy Meilwansyah", "Teddy", "Bupati OKU", "IDN"]
DODI = ["Dodi Reza Alex Noerdin", "Dodi Reza", "Bupati Musi Banyuasin", "IDN"]

THAI_COURT = ["Mahkamah Agung Thailand", "Mahkamah Agung", "majelis hakim", "pengadilan", "THA"]
THAKSIN = ["Thaksin Shinawatra", "Thaksin", "THA"]
THAI_PARLIAMENT = ["parlemen Thailand", "Anutin Charnvirakul", "Anutin", "THA"]
PHEU_THAI = ["Partai Pheu Thai", "Pheu Thai", "THA"]
