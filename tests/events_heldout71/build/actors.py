"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Central Vietnam floods, Oct 2025
VIETNAM_GOV = [
    "government",
    "pemerintah",
    "Hanoi",
    "Prime Minister Pham Minh Chinh",
    "Perdana Menteri Pham Minh Chinh",
    "Pham Minh Chinh",
    "Vietnam",
    "VNM",
]
TRAN_HONG_HA = ["Deputy Prime Minister Tran Hong Ha", "Wakil Perdana Menteri Tran Hong Ha", "Tran Hong Ha", "VNM"]
VIETNAM_PROVINCES = [
    "Hue",
    "Da Nang",
    "Quang Tri",
    "Quang Ngai",
    "local officials",
    "pejabat daerah",
    "Pemerintah Kota Da Nang",
    "Da Nang authorities",
    "residents",
    "warga",
    "VNM",
]
VIETNAM = ["Vietnam", "Hanoi", "VNM"]
VN_MILITARY = ["Ministry of National Defence", "Military helicopters", "army", "VNM"]
A_LUOI = ["villages in A Luoi district", "A Luoi", "cut-off villages", "VNM"]
JAPAN = ["Japan", "Jepang", "Japan International Cooperation Agency", "JICA", "JPN"]
SOUTH_KOREA = ["South Korea", "Korea Selatan", "KOR"]
VN_RAILWAYS = ["Vietnam Railways", "VNM"]

# Turkish C-130 crash in Georgia, Nov 2025
TURKEY = [
    "Turkey",
    "Turki",
    "Turkish Air Force",
    "Angkatan Udara Turki",
    "AU Turki",
    "Ankara",
    "Recep Tayyip Erdogan",
    "Erdogan",
    "TUR",
]
ERDOGAN = ["Turkish President Recep Tayyip Erdogan", "Presiden Turki Recep Tayyip Erdogan", "Erdogan", "TUR"]
TURKISH_MOD = [
    "Turkey's Defense Ministry",
    "Kementerian Pertahanan Turki",
    "Defense Minister Yasar Guler",
    "Menteri Pertahanan Turki Yasar Guler",
    "Yasar Guler",
    "TUR",
]
TURKISH_INVESTIGATORS = [
    "Turkish military investigators",
    "Tim penyelidik militer Turki",
    "Turkey",
    "Turki",
    "TUR",
]
GEORGIA = ["Georgia", "Georgian officials", "Georgian experts", "para ahli Georgia", "Tbilisi", "GEO"]
GEORGIA_MIA = [
    "Georgia's Interior Ministry",
    "Kementerian Dalam Negeri Georgia",
    "Georgia",
    "GEO",
]
KOBAKHIDZE = [
    "Georgian Prime Minister Irakli Kobakhidze",
    "Perdana Menteri Georgia Irakli Kobakhidze",
    "Irakli Kobakhidze",
    "Kobakhidze",
    "GEO",
]
ALIYEV = [
    "Azerbaijani President Ilham Aliyev",
    "Presiden Azerbaijan Ilham Aliyev",
    "Ilham Aliyev",
    "Aliyev",
    "AZE",
]

# Illegal cigarettes (negative pair)
BC_MALANG = [
    "Bea Cukai Malang",
    "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean B Malang",
    "KPPBC Malang",
    "Gunawan Tri Wibowo",
    "petugas",
    "penyidik",
    "IDN",
]
MALANG_DRIVER = ["AS", "Sopir truk", "sopir", "truk boks", "IDN"]
PAKIS_OWNER = ["pemilik gudang di Pakis", "pemilik barang", "pemilik gudang", "IDN"]
BC_DUMAI = ["Bea Cukai Dumai", "Kantor Bea Cukai Dumai", "Kapal patroli Bea Cukai", "Ahmad Rofiq", "Rofiq", "IDN"]
RUPAT_CREW = [
    "Empat awak kapal",
    "awak kapal",
    "nakhoda",
    "HS",
    "kapal kayu",
    "Kapal tanpa nama",
    "IDN",
]
BC_BATAM = ["Bea Cukai Batam", "IDN"]

# Singletons, Indonesian
SATPOL_MEDAN = ["Satpol PP Kota Medan", "Satpol PP", "Yunita Sari", "petugas", "Pemkot Medan", "IDN"]
PKL_AKSARA = [
    "pedagang kaki lima",
    "PKL",
    "pedagang",
    "Para pedagang",
    "Ikatan Pedagang Pasar Aksara",
    "Rudi Hartono",
    "IDN",
]
RUDI = ["Ketua Ikatan Pedagang Pasar Aksara, Rudi Hartono", "Rudi Hartono", "Rudi", "IDN"]
PEMKOT_MEDAN = ["Pemkot Medan", "Wali Kota Medan Rico Waas", "Rico Waas", "Satpol PP Kota Medan", "IDN"]
RICO_WAAS = ["Wali Kota Medan Rico Waas", "Rico Waas", "IDN"]
POLICE_MEDAN = [
    "Polisi",
    "Polrestabes Medan",
    "Kapolrestabes Medan Kombes Jean Calvijn Simanjuntak",
    "Jean Calvijn Simanjuntak",
    "IDN",
]
DPRD_MEDAN = ["DPRD Kota Medan", "IDN"]

PN_KENDARI = [
    "Majelis hakim Pengadilan Negeri (PN) Kendari",
    "PN Kendari",
    "majelis hakim",
    "Andi Muh. Yusuf",
    "Hakim",
    "IDN",
]
ARMAN = ["Arman Saputra", "Arman", "terdakwa", "IDN"]
JAKSA_KENDARI = [
    "jaksa penuntut umum Kejari Kendari",
    "Kejari Kendari",
    "Jaksa penuntut umum",
    "jaksa",
    "La Ode Sabaruddin",
    "IDN",
]
SURIANI = ["Hj. Suriani", "Suriani", "korban", "pemilik toko emas", "IDN"]
POLDA_SULTRA = ["tim Resmob Polda Sultra", "Polda Sultra", "IDN"]
VICTIM_FAMILY = ["Keluarga korban", "Rahmat", "Anak korban", "IDN"]

BNPB = ["Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB", "Suharyanto", "IDN"]
SUHARYANTO = ["Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto", "Suharyanto", "BNPB", "IDN"]
PEMKAB_PEKALONGAN = [
    "Pemerintah Kabupaten Pekalongan",
    "Pemkab Pekalongan",
    "Bupati Pekalongan Fadia Arafiq",
    "Fadia Arafiq",
    "IDN",
]
BMKG = ["BMKG", "BPBD Jawa Tengah", "IDN"]
NANA = ["Penjabat Gubernur Jawa Tengah Nana Sudjana", "Nana Sudjana", "IDN"]
PETUNGKRIYONO = ["warga", "warga di lereng rawan longsor", "Petungkriyono", "Kasimpar", "IDN"]
SAR = ["TIM SAR gabungan", "Basarnas", "Kantor SAR Semarang", "Budiono", "IDN"]

# Singletons, English
EKANE = ["Anicet Ekane", "Ekane", "MANIDEM", "CMR"]
MANIDEM = [
    "African Movement for New Independence and Democracy",
    "MANIDEM",
    "Ekane's lawyers",
    "his party",
    "CMR",
]
CAMEROON_GOV = [
    "Cameroon",
    "the authorities",
    "Security forces",
    "security services",
    "government",
    "Paul Biya",
    "Biya",
    "CMR",
]
CAMEROON_MOD = [
    "Defence ministry spokesman Colonel Cyrille Atonfack Guemo",
    "Cyrille Atonfack Guemo",
    "Defence ministry",
    "Secretariat of State for Defence",
    "CMR",
]
TCHIROMA = ["Issa Tchiroma Bakary", "Tchiroma", "CMR"]
EU = ["European Union", "European Union's diplomatic service", "EU", "EUR"]
CONST_COUNCIL = ["Constitutional Council", "CMR"]
PROTESTERS_CMR = ["protests", "Tchiroma's supporters", "protesters", "CMR"]
CAMEROONIANS = ["Cameroonians", "CMR"]

ECU_INMATES = ["inmates", "prisoners", "other prisoners", "rival gangs", "gangs", "ECU"]
SNAI = ["SNAI", "SNAI prison agency", "prison authority", "the agency", "ECU"]
ECU_FORCES = ["Police and soldiers", "police", "soldiers", "the government", "ECU"]
ECU_AG = ["attorney general's office", "ECU"]
NOBOA = ["President Daniel Noboa", "Daniel Noboa", "Noboa", "ECU"]

GBA = [
    "federal prosecutor's office in Karlsruhe",
    "federal prosecutors",
    "German police",
    "prosecutors",
    "Investigators",
    "Germany",
    "DEU",
]
HAMAS_SUSPECTS = [
    "three men suspected of being members of Hamas",
    "Abed Al G",
    "Wael FM",
    "Ahmad I",
    "The suspects",
    "the men",
    "Hamas",
    "PSE",
]
HAMAS = ["Hamas", "PSE"]
DOBRINDT = ["The interior minister, Alexander Dobrindt", "Alexander Dobrindt", "Dobrindt", "DEU"]
PROSOR = ["Israel's ambassador to Germany, Ron Prosor", "Ron Prosor", "Prosor", "Israel", "ISR"]
GERMANY = ["Germany", "German authorities", "security services", "DEU"]
GERMAN_JUDGE = ["investigating judge at the federal court of justice", "federal court of justice", "DEU"]
JEWISH_COUNCIL = ["Central Council of Jews in Germany", "DEU"]
