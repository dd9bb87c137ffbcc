"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Angola fuel-price unrest, Luanda, 28-30 Jul 2025
ANGOLA_POLICE = ["police", "polisi", "aparat", "security forces", "aparat keamanan", "Angolan police", "AGO"]
HOMEM = ["Manuel Homem", "Homem", "Interior Minister", "Menteri Dalam Negeri Angola", "interior ministry", "AGO"]
ANGOLA_GOV = ["Angola", "Angolan government", "government", "Pemerintah Angola", "pemerintah", "Luanda", "AGO"]
PROTESTERS_AO = [
    "protesters",
    "crowds",
    "rioters",
    "massa",
    "pengunjuk rasa",
    "taxi drivers",
    "sopir taksi",
    "1,214 people",
    "1.214 orang",
    "AGO",
]
TAXI_DRIVERS = [
    "taxi drivers",
    "taxi drivers' associations",
    "sopir taksi",
    "asosiasi sopir taksi",
    "ANATA",
    "AGO",
]
UNITA = ["UNITA", "Adalberto Costa Junior", "Costa Junior", "opposition", "oposisi", "AGO"]

# Malaysia-Indonesia migrant workers, Putrajaya, 16 Oct 2025
STEVEN_SIM = [
    "Steven Sim",
    "Sim",
    "Human Resources Minister",
    "Menteri Sumber Manusia Malaysia",
    "Malaysia",
    "MYS",
]
MALAYSIA = ["Malaysia", "Putrajaya", "Kuala Lumpur", "negeri jiran", "Malaysian", "MYS"]
SAIFUDDIN = [
    "Saifuddin Nasution Ismail",
    "Datuk Seri Saifuddin Nasution Ismail",
    "Home Minister",
    "Menteri Dalam Negeri Malaysia",
    "MYS",
]
KARDING = [
    "Abdul Kadir Karding",
    "Karding",
    "Menteri P2MI",
    "Minister of Migrant Workers Protection",
    "Migrant Workers Protection Minister",
    "Indonesia",
    "IDN",
]
INDONESIA = ["Indonesia", "Jakarta", "Pemerintah Indonesia", "RI", "IDN"]

# Gakkum Kehutanan (illegal logging), Ketapang Sep 2025 and Tebo Nov 2025
GAKKUM_KALIMANTAN = [
    "Gakkum Kementerian Kehutanan",
    "Gakkum Kehutanan",
    "Direktorat Jenderal Penegakan Hukum",
    "Balai Gakkum Kehutanan Wilayah Kalimantan",
    "Dwi Januanto Nugroho",
    "Dwi",
    "tim gabungan",
    "penyidik",
    "Polda Kalbar",
    "IDN",
]
KETAPANG_SUSPECTS = ["AS", "HR", "dua pemodal", "dua tersangka", "para tersangka", "pemilik sawmill", "IDN"]
GAKKUM_SUMATRA = [
    "Balai Penegakan Hukum Kehutanan Wilayah Sumatra",
    "Balai Gakkum Kehutanan Wilayah Sumatra",
    "Gakkum Kehutanan",
    "Hari Novianto",
    "Hari",
    "tim gabungan",
    "Polda Jambi",
    "IDN",
]
TEBO_SUSPECTS = ["JS", "RM", "TN", "tiga orang", "ketiga pelaku", "pembalak liar", "para tersangka", "IDN"]
TNBT = ["Taman Nasional Bukit Tigapuluh", "TNBT", "Balai TNBT", "kawasan hutan", "IDN"]

# Singletons (Indonesian)
POLDA_NTT = [
    "Polda NTT",
    "Polda Nusa Tenggara Timur",
    "Direktorat Reserse Narkoba Polda NTT",
    "Henry Novika Chandra",
    "polisi",
    "penyidik",
    "IDN",
]
YL = ["YL", "anggota DPRD Kabupaten Kupang", "IDN"]
DPRD_KUPANG = ["DPRD Kabupaten Kupang", "Ketua DPRD Kabupaten Kupang", "Badan Kehormatan DPRD", "BK", "IDN"]
YL_PARTY = ["partai tempat YL bernaung", "partai", "IDN"]

POLDA_BENGKULU = [
    "Polda Bengkulu",
    "Kepolisian Daerah (Polda) Bengkulu",
    "Direktur Polairud Polda Bengkulu",
    "Hendri Suryadi",
    "penyidik",
    "IDN",
]
NAKHODA = ["AA", "nakhoda", "nakhoda kapal wisata", "IDN"]
BOAT = ["kapal wisata", "kapal kayu", "kapal", "penumpang", "wisatawan", "IDN"]
HELMI = ["Helmi Hasan", "Helmi", "Gubernur Bengkulu", "IDN"]
SAR_BENGKULU = ["Tim SAR gabungan", "Basarnas Bengkulu", "Ditpolairud", "TNI AL", "IDN"]
DISHUB_KSOP = ["Dinas Perhubungan", "KSOP Bengkulu", "IDN"]

TRUCK_DRIVERS = [
    "sopir truk",
    "ratusan sopir truk",
    "para sopir",
    "Gerakan Sopir Jawa Timur",
    "Angga Firdiansyah",
    "perwakilan sopir",
    "IDN",
]
KHOFIFAH = ["Khofifah Indar Parawansa", "Khofifah", "Gubernur Jawa Timur", "IDN"]
KEMENHUB = [
    "Kementerian Perhubungan",
    "Kemenhub",
    "Dudy Purwagandhi",
    "Menteri Perhubungan",
    "pemerintah pusat",
    "pemerintah",
    "IDN",
]
SURABAYA_POLICE = ["Polrestabes Surabaya", "Satlantas Polrestabes Surabaya", "Luthfie Sulistiawan", "IDN"]

# Singletons (English)
HAMAS = ["Hamas", "Islamist militant group", "PSE"]
ALEXANDER = ["Edan Alexander", "Alexander", "hostage", "ISR", "USA"]
ISRAEL = ["Israel", "Israeli military", "Israeli forces", "Israeli army", "ISR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "Netanyahu's office", "Israeli prime minister", "ISR"]
TRUMP = ["Donald Trump", "Trump", "President Trump", "Trump administration", "United States", "Washington", "USA"]
WITKOFF = ["Steve Witkoff", "Witkoff", "US special envoy", "USA"]
GAZA = ["Gaza", "Jabaliya", "Palestinians", "Palestinian", "PSE"]
RED_CROSS = ["International Committee of the Red Cross", "Red Cross", "ICRC"]
QATAR = ["Qatar", "Doha", "QAT"]
GULF = ["Saudi Arabia", "Qatar", "United Arab Emirates", "SAU", "QAT", "ARE"]

CARRO = ["Gregory Carro", "Justice Gregory Carro", "Carro", "New York judge", "judge", "USA"]
MANGIONE = ["Luigi Mangione", "Mangione", "USA"]
THOMPSON = ["Brian Thompson", "Thompson", "UnitedHealthcare", "USA"]
POLICE_ALTOONA = ["police", "USA"]
BONDI = ["Pam Bondi", "Attorney General Pam Bondi", "federal prosecutors", "USA"]
BRAGG = ["Alvin Bragg", "Manhattan District Attorney's office", "District Attorney Alvin Bragg", "prosecutors", "USA"]
AGNIFILO = ["Karen Friedman Agnifilo", "Mangione's attorney", "defence", "USA"]

TOKYO_COURT = ["Tokyo District Court", "court", "Tokyo court", "JPN"]
UNIFICATION = [
    "Unification Church",
    "Family Federation for World Peace and Unification",
    "the group",
    "religious group",
    "JPN",
]
MEXT = ["education ministry", "ministry", "Education Minister Abe Toshiko", "Abe Toshiko", "government", "JPN"]
ABE_TOSHIKO = ["Abe Toshiko", "Education Minister Abe Toshiko", "education ministry", "JPN"]
YAMAGAMI = ["Yamagami Tetsuya", "Yamagami", "suspect", "JPN"]
ABE_SHINZO = ["Abe Shinzo", "former Prime Minister Abe Shinzo", "JPN"]
