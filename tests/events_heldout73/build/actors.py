"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

COMEY = ["James Comey", "Comey", "former FBI director", "Mantan Direktur FBI", "USA"]
COMEY_DEFENCE = ["Patrick Fitzgerald", "Fitzgerald", "Comey", "James Comey", "USA"]
US_PROSECUTORS = [
    "grand jury",
    "federal grand jury",
    "Dewan juri federal",
    "dewan juri",
    "prosecutors",
    "justice department",
    "Lindsey Halligan",
    "Halligan",
    "USA",
]
NACHMANOFF = ["Michael Nachmanoff", "Nachmanoff", "US district judge", "Hakim distrik AS", "USA"]
TRUMP = ["Donald Trump", "Trump", "Presiden Donald Trump", "USA"]
BONDI = ["Pam Bondi", "Bondi", "attorney general", "Jaksa Agung", "USA"]
SIEBERT = ["Erik Siebert", "Siebert", "USA"]

IOC = ["International Olympic Committee", "IOC", "Komite Olimpiade Internasional", "IOC executive board"]
INDONESIA = [
    "Indonesia",
    "Jakarta",
    "pemerintah",
    "Pemerintah",
    "Yusril Ihza Mahendra",
    "Yusril",
    "Erick Thohir",
    "Erick",
    "IDN",
]
INDONESIA_SPORT = [
    "Indonesia's National Olympic Committee",
    "Komite Olimpiade Indonesia",
    "KOI",
    "Raja Sapta Oktohari",
    "Indonesia",
    "IDN",
]
YUSRIL = ["Yusril Ihza Mahendra", "Yusril", "Coordinating Minister for Law", "IDN"]
THOHIR = ["Erick Thohir", "Erick", "Menteri Pemuda dan Olahraga", "Menpora", "IDN"]
ISRAEL_GYM = [
    "Israel Gymnastics Federation",
    "Federasi Senam Israel",
    "Israeli gymnasts",
    "tim senam Israel",
    "Israeli athletes",
    "atlet senam Israel",
    "Israel",
    "ISR",
]
CAS = ["Court of Arbitration for Sport", "Pengadilan Arbitrase Olahraga", "CAS"]
SPORT_FEDERATIONS = ["international sports federations", "federasi olahraga internasional"]

POLRES_JEMBER = ["Polres Jember", "Satreskrim Polres Jember", "Polsek Ambulu", "Wahyu Pratama", "polisi", "IDN"]
JEMBER_SUSPECTS = ["MS", "HR", "dua pria", "kedua pelaku", "pelaku", "IDN"]
JEMBER_SUPPLIER = ["AN", "IDN"]
BI = ["Bank Indonesia", "Bank Indonesia Jember", "IDN"]
POLRES_TASIK = ["Polres Tasikmalaya Kota", "Dani Setiawan", "polisi", "IDN"]
TASIK_SUSPECTS = ["DS", "RA", "YN", "tiga orang", "ketiga tersangka", "para tersangka", "IDN"]
TRADERS = ["pedagang", "pedagang pasar malam", "pemilik warung", "IDN"]

POLRES_PELALAWAN = ["Polres Pelalawan", "Satuan Reserse Kriminal Polres Pelalawan", "Joko Susilo", "polisi", "IDN"]
SOLAR_SUSPECTS = ["SH", "RT", "dua pria", "kedua tersangka", "pelaku", "IDN"]
SPBU = ["SPBU", "operator dua SPBU", "stasiun pengisian bahan bakar umum", "IDN"]
PERTAMINA = ["Pertamina Patra Niaga", "Pertamina Patra Niaga Regional Sumbagut", "IDN"]

KEJARI_ME = ["Kejaksaan Negeri Muara Enim", "Kejari Muara Enim", "Andi Firmansyah", "penyidik", "IDN"]
VILLAGE_OFFICIALS = ["HS", "MN", "Kepala Desa Sukarami", "kepala desa", "bendahara desa", "kedua tersangka", "IDN"]
HS = ["HS", "Kepala Desa Sukarami", "Tersangka HS", "IDN"]
VILLAGERS_ME = ["warga", "IDN"]

POLRES_BULUKUMBA = ["Polres Bulukumba", "Andi Erwin Syahputra", "Erwin", "polisi", "Polisi", "IDN"]
LABFOR = ["Labfor Polda Sulsel", "Tim Labfor", "IDN"]
BUPATI_BULUKUMBA = ["Andi Muchtar Ali Yusuf", "Bupati Bulukumba", "pemerintah kabupaten", "IDN"]
MARKET_TRADERS = ["pedagang", "Pasar Sentral Bulukumba", "IDN"]
DAMKAR = ["Dinas Pemadam Kebakaran Bulukumba", "Kabupaten Sinjai", "IDN"]
BULUKUMBA = ["Pasar Sentral Bulukumba", "Bulukumba", "Sulawesi Selatan", "IDN"]

DUSSELDORF_COURT = ["Higher Regional Court in Düsseldorf", "court", "The court", "Düsseldorf", "DEU"]
ATTACKER = ["Issa al H.", "Syrian man", "attacker", "defendant", "SYR"]
IS = ["Islamic State", "IS", "IS group"]
SOLINGEN_VICTIMS = ["people", "Festival of Diversity", "Solingen", "DEU"]
GERMAN_PROSECUTORS = ["Federal prosecutors", "DEU"]
REUL = ["Herbert Reul", "Reul", "North Rhine-Westphalia's Interior Minister", "DEU"]
GERMANY = ["Germany", "DEU"]
BULGARIA = ["Bulgaria", "BGR"]

DRONE_ATTACKERS = ["drone", "drone attack", "Iran-aligned armed factions", "armed factions", "IRQ"]
KHOR_MOR = ["Khor Mor gas field", "Khor Mor", "Kurdistan", "Kurdistan region", "Pearl Petroleum", "Dana Gas", "IRQ"]
KRG = [
    "Kurdistan Regional Government",
    "KRG",
    "Masrour Barzani",
    "Barzani",
    "Ministry of Electricity",
    "Kurdish authorities",
    "Kurdish officials",
    "IRQ",
]
BARZANI = ["Masrour Barzani", "Barzani", "KRG Prime Minister", "IRQ"]
IRAQ = ["Baghdad", "federal government in Baghdad", "Iraqi government", "Iraq", "Mohammed Shia al-Sudani", "al-Sudani", "IRQ"]
SUDANI = ["Mohammed Shia al-Sudani", "al-Sudani", "Sudani", "Iraqi Prime Minister", "IRQ"]
US_EMBASSY = ["United States embassy in Baghdad", "United States", "US", "USA"]
YEMENI_WORKERS = ["four Yemeni workers", "YEM"]
DANA_GAS = ["Dana Gas", "Pearl Petroleum", "ARE"]

WILD_ELEPHANTS = ["wild Sumatran elephants", "herd", "wild herd", "elephants", "IDN"]
PIDIE_VILLAGES = ["Blang Rheue", "Lampoh Saka", "Mila", "Pidie", "residents", "villages", "IDN"]
BKSDA_ACEH = [
    "Aceh Natural Resources Conservation Agency",
    "BKSDA Aceh",
    "BKSDA",
    "Conservation Response Unit",
    "CRU",
    "Ujang Wisnu Barata",
    "Ujang",
    "IDN",
]
PIDIE_VILLAGERS = ["villagers", "about 50 villagers", "protesters", "residents", "IDN"]
PIDIE_GOV = ["Pidie district head", "Sarjani Abdullah", "Sarjani", "local administration", "IDN"]
ACEH_GOV = ["provincial government", "Aceh", "IDN"]
