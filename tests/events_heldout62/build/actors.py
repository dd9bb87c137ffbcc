"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Netanyahu's pardon request (Times of Israel, Republika)
NETANYAHU = [
    "Benjamin Netanyahu",
    "Netanyahu",
    "Prime Minister Benjamin Netanyahu",
    "Perdana Menteri Israel Benjamin Netanyahu",
    "Amit Hadad",
    "ISR",
]
HERZOG = [
    "Isaac Herzog",
    "Herzog",
    "President Isaac Herzog",
    "Presiden Israel Isaac Herzog",
    "President's Office",
    "Kantor Kepresidenan Israel",
    "Kantor Herzog",
    "ISR",
]
HERZOG_OR_NETANYAHU = [*HERZOG[:-1], *NETANYAHU[:-1], "ISR"]
LAPID = ["Yair Lapid", "Lapid", "Opposition Leader Yair Lapid", "Pemimpin oposisi Yair Lapid", "ISR"]
ISRAELI_PROTESTERS = ["protesters", "pengunjuk rasa", "ratusan pengunjuk rasa", "Yair Golan", "Democrats party", "ISR"]
LEVIN = ["Yariv Levin", "Justice Minister Yariv Levin", "Likud", "ISR"]
ISRAELI_PROSECUTION = [
    "prosecutors",
    "Attorney General",
    "Tel Aviv District Court",
    "Pengadilan Distrik Tel Aviv",
    "Israel",
    "ISR",
]

TRUMP = [
    "Donald Trump",
    "Trump",
    "President Donald Trump",
    "US President Donald Trump",
    "Presiden Amerika Serikat Donald Trump",
    "Presiden Donald Trump",
    "USA",
]

# Hernández pardon (Guardian, IDN Times)
HERNANDEZ = [
    "Juan Orlando Hernández",
    "Juan Orlando Hernandez",
    "Hernández",
    "Hernandez",
    "former Honduran president",
    "Mantan Presiden Honduras",
    "HND",
]
US_PRISONS = [
    "Federal Bureau of Prisons",
    "Biro Penjara Federal AS",
    "US penitentiary at Hazelton",
    "Lembaga Pemasyarakatan Hazelton",
    "United States",
    "AS",
    "USA",
]
US_COURT = ["jury in Manhattan", "judge", "Juri di Manhattan", "hakim", "Prosecutors", "Jaksa", "USA"]
HONDURAN_VOTERS = ["Hondurans", "warga Honduras", "Honduras", "HND"]
HN_ATTORNEY_GENERAL = ["Johel Zelaya", "attorney general", "Jaksa Agung Honduras Johel Zelaya", "Honduras", "HND"]
US_DEMOCRATS = ["Democrats", "Chris Murphy", "Partai Demokrat", "politikus Partai Demokrat", "USA"]
ANA_GARCIA = ["Ana García de Hernández", "Ana Garcia", "HND"]
HONDURAS = ["Honduras", "Tegucigalpa", "HND"]

# Central Java landslides (Suara: Cilacap; Tribunnews: Banjarnegara)
SAR_CILACAP = [
    "Tim SAR gabungan",
    "Kantor SAR Cilacap",
    "M. Abdullah",
    "Basarnas",
    "TNI",
    "Polri",
    "BPBD Cilacap",
    "IDN",
]
CILACAP_VICTIMS = ["korban", "warga", "korban tanah longsor", "pengungsi", "Desa Cibeunying", "IDN"]
BUPATI_CILACAP = ["Bupati Cilacap Syamsul Auliya Rachman", "Syamsul Auliya Rachman", "Syamsul", "Pemkab", "IDN"]
DINSOS_CILACAP = ["Dinas Sosial", "BPBD Cilacap", "Pemkab", "IDN"]
BNPB = ["Kepala BNPB Suharyanto", "Suharyanto", "BNPB", "IDN"]
SAR_BANJARNEGARA = [
    "Tim SAR gabungan",
    "Petugas SAR gabungan",
    "Basarnas",
    "Kepala Basarnas Marsekal Madya TNI Mohammad Syafii",
    "Mohammad Syafii",
    "Syafii",
    "IDN",
]
BASARNAS_CHIEF = ["Kepala Basarnas Marsekal Madya TNI Mohammad Syafii", "Mohammad Syafii", "Syafii", "Basarnas", "IDN"]
BANJARNEGARA_VICTIMS = ["korban", "warga", "pengungsi", "Desa Pandanarum", "IDN"]
LUTHFI = ["Gubernur Jawa Tengah Ahmad Luthfi", "Ahmad Luthfi", "Luthfi", "IDN"]
PEMKAB_BANJARNEGARA = [
    "Pemkab Banjarnegara",
    "Bupati Banjarnegara Amalia Desiana",
    "Amalia Desiana",
    "pemerintah daerah",
    "IDN",
]

# Bali floods (JawaPos)
KOSTER = ["Gubernur Bali Wayan Koster", "Wayan Koster", "Koster", "Pemprov Bali", "IDN"]
BALI_REGENTS = ["para bupati dan wali kota", "bupati", "wali kota", "IDN"]
BASARNAS_BALI = ["Basarnas Bali", "Basarnas", "IDN"]
BALI_VICTIMS = ["korban", "warga", "pengungsi", "Pemprov Bali", "Denpasar", "IDN"]
MENSOS = ["Menteri Sosial Saifullah Yusuf", "Saifullah Yusuf", "Mensos", "IDN"]

# Yemen (SINDOnews)
STC = [
    "Dewan Transisi Selatan",
    "STC",
    "Pasukan STC",
    "Pasukan Dewan Transisi Selatan (STC)",
    "Aidarous al-Zubaidi",
    "Anwar al-Tamimi",
    "Separatis Yaman Selatan",
    "YEM",
]
YEMEN_GOV = [
    "pasukan pemerintah",
    "pemerintah yang diakui internasional",
    "Dewan Kepemimpinan Presidensial",
    "PLC",
    "Rashad al-Alimi",
    "pemerintah Yaman",
    "Yaman",
    "YEM",
]
ALIMI = ["Rashad al-Alimi", "Ketua Dewan Kepemimpinan Presidensial (PLC) Rashad al-Alimi", "PLC", "YEM"]
SAUDI = ["Arab Saudi", "Riyadh", "SAU"]

# Peru (Media Indonesia)
JERI = ["Jose Jeri", "Presiden Peru Jose Jeri", "Jeri", "PER"]
LIMA_PUBLIC = ["Lima", "Callao", "warga", "Peru", "PER"]
PERU_CONGRESS = ["Kongres", "Kongres Peru", "PER"]
BOLUARTE = ["Dina Boluarte", "Boluarte", "PER"]
PERU_PROTESTERS = ["demonstran", "Eduardo Ruiz", "generasi muda", "PER"]
PERU_POLICE = ["anggota polisi", "polisi", "PER"]
PERU_PROSECUTORS = ["Kejaksaan Peru", "PER"]

# Ecuador (France 24)
NOBOA = ["Daniel Noboa", "Noboa", "President Daniel Noboa", "Ecuadorian President Daniel Noboa", "ECU"]
ECU_VOTERS = ["Ecuadorans", "voters", "Ecuadoran people", "Ecuador", "ECU"]
NOEM = ["Kristi Noem", "US Homeland Security Secretary Kristi Noem", "United States", "US", "USA"]
ECUADOR = ["Ecuador", "Noboa", "Daniel Noboa", "Manta", "ECU"]
US = ["US", "United States", "US military", "USA"]
GONZALEZ = ["Luisa González", "Former presidential candidate Luisa González", "ECU"]
CONAIE = ["CONAIE", "Indigenous organisation", "ECU"]

# Thailand (Nikkei Asia)
ANUTIN = ["Anutin Charnvirakul", "Anutin", "Thai Prime Minister Anutin Charnvirakul", "THA"]
THAI_HOUSE = ["House of Representatives", "parliament", "Thailand", "THA"]
PEOPLES_PARTY = ["People's Party", "opposition People's Party", "THA"]
THAILAND = ["Thailand", "Thai", "Thai troops", "Bangkok", "Anutin", "THA"]
CAMBODIA = [
    "Cambodia",
    "Cambodian",
    "Cambodian forces",
    "Cambodia's Defense Ministry",
    "Hun Manet",
    "Phnom Penh",
    "KHM",
]
THAI_CAMBODIA_LEADERS = ["Anutin", "Hun Manet", "Thailand", "Cambodia", "THA"]

# Serbia's NIS (DW)
US_TREASURY = [
    "US Treasury",
    "US Treasury Department",
    "Office of Foreign Assets Control",
    "OFAC",
    "Washington",
    "United States",
    "USA",
]
NIS = ["NIS", "Serbia's oil company NIS", "Pancevo refinery", "Gazprom Neft", "Serbia", "RUS", "SRB"]
VUCIC = ["Aleksandar Vucic", "Vucic", "Serbian President Aleksandar Vucic", "Belgrade", "Serbia", "SRB"]
GAZPROM_NEFT = ["Gazprom Neft", "Gazprom", "Russian owners", "Russia", "RUS"]
KREMLIN = ["Kremlin", "Moscow", "Russia", "RUS"]
JANAF = ["JANAF", "Croatia's pipeline operator JANAF", "Croatia", "HRV"]
