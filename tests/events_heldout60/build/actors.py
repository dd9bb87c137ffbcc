"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Witkoff and Kushner in Moscow (Guardian, Republika)
PUTIN = ["Vladimir Putin", "Putin", "Presiden Rusia Vladimir Putin", "Kremlin", "Russia", "Rusia", "Moscow", "Moskow", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "RUS"]
USHAKOV = ["Yuri Ushakov", "Ushakov", "Kremlin", "RUS"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russia's military chief", "Russia", "Rusia", "RUS"]
US_ENVOYS = [
    "Steve Witkoff",
    "Witkoff",
    "Jared Kushner",
    "Kushner",
    "Donald Trump's envoys",
    "utusan khusus Amerika Serikat Steve Witkoff",
    "United States",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "USA",
]
US_DELEGATION = ["Marco Rubio", "Rubio", "Steve Witkoff", "Witkoff", "Jared Kushner", "United States", "US", "Amerika Serikat", "AS", "USA"]
UMEROV = ["Rustem Umerov", "Umerov", "Ukraine", "Ukraina", "Kiev", "Kyiv", "UKR"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Kiev", "Ukraine's army", "UKR"]
ZELENSKY = ["Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukraina", "UKR"]
EUROPE = ["Europe", "Eropa", "European governments", "negara-negara Eropa", "European Union", "EU", "EUR"]
MACRON = ["Emmanuel Macron", "Macron", "France", "FRA"]
IRELAND = ["Ireland", "Irlandia", "Dublin", "IRL"]

# Pope Leo XIV in Turkey and Lebanon (France 24, IDN Times)
POPE = ["Pope Leo XIV", "Pope Leo", "Paus Leo XIV", "Paus Leo", "Paus", "pope", "pontiff", "Vatican", "Vatikan", "VAT"]
AOUN = ["Joseph Aoun", "Aoun", "President Joseph Aoun", "Presiden Joseph Aoun", "Lebanon", "Lebanon's", "LBN"]
LEBANON = ["Lebanon", "Lebanese", "Lebanese leaders", "warga Lebanon", "Beirut", "LBN"]
BLAST_FAMILIES = ["relatives of the victims", "keluarga korban", "Lebanon", "Beirut", "LBN"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "President Recep Tayyip Erdogan", "Presiden Turki Recep Tayyip Erdogan", "Turkey", "Turki", "Ankara", "TUR"]
BARTHOLOMEW = ["Ecumenical Patriarch Bartholomew I", "Bartholomew", "Patriark Ekumenis Bartholomeus I", "TUR"]
ISRAEL = ["Israel", "Israeli", "Israeli forces", "Israeli army", "pasukan Israel", "Militer Israel", "ISR"]
HEZBOLLAH = ["Hezbollah", "Hizbullah", "Haytham Ali Tabatabai", "Tabatabai", "LBN"]

# the two online-gambling raids (Okezone, Suara)
POLDA_METRO = ["Polda Metro Jaya", "Direktorat Reserse Siber Polda Metro Jaya", "polisi", "Budi Hermanto", "IDN"]
JAKARTA_GAMBLERS = ["18 orang", "operator judi online", "para tersangka", "RS", "IDN"]
POLDA_SUMUT = ["Polda Sumut", "Kepolisian Daerah Sumatera Utara", "polisi", "Rudi Rifani", "IDN"]
MEDAN_GAMBLERS = ["11 orang", "operator jaringan judi online", "Kesebelas tersangka", "DW", "IDN"]
PPATK = ["PPATK", "IDN"]
KOMDIGI = ["Kementerian Komunikasi dan Digital", "IDN"]

# EU loan to Ukraine (DW)
EU = ["European Union", "EU", "EU leaders", "European Union leaders", "EU governments", "Antonio Costa", "Brussels", "EUR"]
BELGIUM = ["Belgium", "Bart De Wever", "De Wever", "Belgian Prime Minister Bart De Wever", "BEL"]
MERZ = ["Friedrich Merz", "Merz", "German Chancellor Friedrich Merz", "Germany", "DEU"]
RUSSIA_CB = ["Russia's central bank", "Russian central bank", "Russia", "Moscow", "RUS"]
EUROCLEAR = ["Euroclear", "Belgium", "BEL"]

# Typhoon Kalmaegi (Straits Times)
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "President Ferdinand Marcos Jr", "Philippines", "PHL"]
PHILIPPINES = ["Philippines", "Philippine", "Cebu", "victims in the Philippines", "PHL"]
SINGAPORE = ["Singapore Government", "Singapore", "Ministry of Foreign Affairs", "SGP"]
JAPAN = ["Japan", "Japan International Cooperation Agency", "JPN"]
VIETNAM = ["Vietnam", "Vietnamese", "authorities", "VNM"]

# the Skipper tanker (The Independent)
USA = ["United States", "US", "Washington", "Donald Trump", "Mr Trump", "Trump", "Pam Bondi", "Attorney General Pam Bondi", "USA"]
TRUMP = ["Donald Trump", "Trump", "Mr Trump", "USA"]
TREASURY = ["Treasury Department", "United States", "USA"]
VENEZUELA = ["Venezuela", "Venezuela's foreign ministry", "Nicolás Maduro", "Maduro", "VEN"]
SKIPPER = ["Skipper", "tanker", "oil tanker", "VEN"]

# Semeru (Antara)
PVMBG = ["Pusat Vulkanologi dan Mitigasi Bencana Geologi", "PVMBG", "Badan Geologi", "Muhammad Wafid", "IDN"]
BPBD = ["BPBD Lumajang", "Badan Penanggulangan Bencana Daerah (BPBD) Lumajang", "Bupati Lumajang Indah Amperawati", "IDN"]
TNBTS = ["Balai Besar Taman Nasional Bromo Tengger Semeru", "TNBTS", "tim SAR gabungan", "IDN"]
RESIDENTS = ["warga", "Masyarakat", "950 warga", "pengungsi", "IDN"]
CLIMBERS = ["178 pendaki", "pendaki", "IDN"]
BNPB = ["BNPB", "Kepala BNPB Suharyanto", "Suharyanto", "IDN"]

# Beit Jinn (Merdeka)
SYRIA = ["Suriah", "Damaskus", "Kementerian Luar Negeri Suriah", "SYR"]
BEIT_JINN = ["Beit Jinn", "warga bersenjata", "orang-orang bersenjata", "warga", "Suriah", "SYR"]
JAMAA = ["Jamaa Islamiya", "tersangka anggota kelompok Jamaa Islamiya", "para tersangka", "LBN", "SYR"]
UNSC = ["Dewan Keamanan PBB", "PBB", "UNO"]

# Kalogi (Tribunnews)
RSF = ["Pasukan Dukungan Cepat", "RSF", "SDN"]
KALOGI = ["taman kanak-kanak", "anak-anak", "Kalogi", "Kordofan Selatan", "Sudan", "SDN"]
UNICEF = ["UNICEF", "Kepala UNICEF Catherine Russell", "Catherine Russell", "UNO"]
SUDAN_GOV = ["Pemerintah Sudan", "militer Sudan", "Sudan", "SDN"]
