"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Prabowo in Cairo, 11-12 Apr 2025 (Ahram Online, Kompas)
PRABOWO = [
    "Prabowo Subianto",
    "Prabowo",
    "Presiden Prabowo Subianto",
    "Indonesian President Prabowo Subianto",
    "Kepala Negara",
    "Indonesia",
    "IDN",
]
INDONESIA = ["Indonesia", "Jakarta", "Sugiono", "Menteri Luar Negeri Sugiono", "IDN"]
SISI = [
    "Abdel-Fattah El-Sisi",
    "Abdel Fattah el-Sisi",
    "El-Sisi",
    "Sisi",
    "Presiden Mesir Abdel Fattah el-Sisi",
    "Egypt",
    "Mesir",
    "EGY",
]
EGYPT = ["Egypt", "Mesir", "Cairo", "Kairo", "EGY"]
MADBOULY = [
    "Mostafa Madbouly",
    "Prime Minister Mostafa Madbouly",
    "Perdana Menteri Mesir Mostafa Madbouly",
    "EGY",
]
AL_AZHAR = [
    "Ahmed El-Tayeb",
    "Ahmed el-Tayeb",
    "Grand Imam of Al-Azhar",
    "Imam Besar Al-Azhar",
    "Al-Azhar",
    "EGY",
]
QATAR = ["Doha", "Qatar", "QAT"]
PALESTINIANS = ["Palestinians", "warga Palestina", "Gaza", "Jalur Gaza", "PSE"]
ISRAEL = ["Israel", "ISR"]
ARAB_LEAGUE = ["Arab League", "Liga Arab", "KTT Liga Arab"]
CAIRO = ["Cairo", "Kairo", "Al-Ittihadiya Palace", "Istana Al-Ittihadiya", "EGY"]

# US-Venezuela prisoner exchange, 18 Jul 2025 (AP, CNN Indonesia)
VENEZUELA = ["Venezuela", "Caracas", "VEN"]
CABELLO = [
    "Diosdado Cabello",
    "Cabello",
    "Venezuela's Interior Minister Diosdado Cabello",
    "Menteri Dalam Negeri Venezuela Diosdado Cabello",
    "Venezuela",
    "VEN",
]
MADURO = ["Nicolás Maduro", "Nicolas Maduro", "Maduro", "Presiden Nicolas Maduro", "Venezuela", "VEN"]
AMERICANS = ["10 Americans", "10 warga Amerika Serikat", "warga AS", "Americans", "USA"]
US = ["United States", "Amerika Serikat", "AS", "U.S.", "Trump administration", "pemerintahan Trump", "USA"]
RUBIO = [
    "Marco Rubio",
    "Rubio",
    "Secretary of State Marco Rubio",
    "Menteri Luar Negeri AS Marco Rubio",
    "USA",
]
GRENELL = ["Richard Grenell", "Grenell", "USA"]
EL_SALVADOR = ["El Salvador", "SLV"]
BUKELE = ["Nayib Bukele", "Bukele", "Presiden El Salvador Nayib Bukele", "El Salvador", "SLV"]
VEN_MIGRANTS = [
    "252 Venezuelan men",
    "Venezuelan migrants",
    "252 migran Venezuela",
    "migran Venezuela",
    "Venezuela",
    "VEN",
]
POLITICAL_PRISONERS = ["political prisoners", "tahanan politik", "Venezuela", "VEN"]
CARACAS = ["Caracas", "Maiquetia", "Simon Bolivar International Airport", "Bandara Maiquetia", "VEN"]

# Foreign fishing boats seized (Antara: KKP in the Malacca Strait; detik: Bakamla in the Sulawesi Sea)
KKP = [
    "Kementerian Kelautan dan Perikanan (KKP)",
    "KKP",
    "Direktorat Jenderal Pengawasan Sumber Daya Kelautan dan Perikanan (PSDKP)",
    "PSDKP",
    "Kapal Pengawas Perikanan Hiu 11",
    "Pung Nugroho Saksono",
    "Ipunk",
    "IDN",
]
MY_BOATS = [
    "dua kapal ikan berbendera Malaysia",
    "PKFB 1522",
    "KHF 2708",
    "kapal ikan berbendera Malaysia",
    "Malaysia",
    "MYS",
]
MY_CAPTAINS = ["AK", "ZM", "dua nakhoda kapal", "nakhoda", "MMR"]
MY_CREW = ["sembilan anak buah kapal", "warga negara Myanmar", "Myanmar", "MMR"]
MALACCA = ["Selat Malaka", "WPPNRI 571", "Pulau Berhala", "IDN"]
BELAWAN = ["Pangkalan PSDKP Belawan", "Belawan", "Medan", "IDN"]
BAKAMLA = [
    "Badan Keamanan Laut (Bakamla) RI",
    "Bakamla",
    "Bakamla RI",
    "KN Pulau Marore-322",
    "Irvansyah",
    "Kepala Bakamla RI Laksamana Madya TNI Irvansyah",
    "IDN",
]
PH_BOAT = ["FB Lady Mae 2", "kapal ikan berbendera Filipina", "14 anak buah kapal (ABK)", "Filipina", "PHL"]
PH_CAPTAIN = ["RD", "nakhoda kapal berinisial RD", "nakhoda", "PHL"]
PSDKP_BITUNG = ["Pangkalan PSDKP Bitung", "PSDKP Bitung", "Kurniawan", "IDN"]
SULAWESI_SEA = ["Laut Sulawesi", "Pulau Miangas", "ZEE Indonesia", "Sulawesi Utara", "IDN"]
BITUNG = ["Bitung", "Pangkalan PSDKP Bitung", "IDN"]

# TPNPB attack in Sinak, Puncak (Tempo)
TPNPB = [
    "Tentara Pembebasan Nasional Papua Barat (TPNPB)",
    "TPNPB",
    "Kodap Sinak",
    "Numbuk Telenggen",
    "Sebby Sambom",
    "IDN",
]
TNI = [
    "Satuan Tugas TNI",
    "TNI",
    "prajurit",
    "Koops Habema",
    "Lucky Avianto",
    "Brigadir Jenderal Lucky Avianto",
    "Kodam XVII/Cenderawasih",
    "IDN",
]
KOMNAS_HAM = ["Komnas HAM Perwakilan Papua", "Komnas HAM", "Frits Ramandey", "IDN"]
SINAK = ["Sinak", "Distrik Sinak", "Kabupaten Puncak", "Papua Tengah", "IDN"]

# Bone Bolango gold-mine landslide (Liputan6)
BASARNAS = [
    "Kantor Pencarian dan Pertolongan (Basarnas) Gorontalo",
    "Basarnas Gorontalo",
    "Basarnas",
    "tim SAR gabungan",
    "Heriyanto",
    "IDN",
]
VICTIMS = ["korban", "korban selamat", "penambang", "66 korban selamat", "IDN"]
BNPB = ["Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB", "Abdul Muhari", "IDN"]
GORONTALO_GOV = ["Rudy Salahuddin", "Penjabat Gubernur Gorontalo Rudy Salahuddin", "Gorontalo", "IDN"]
POLDA_GORONTALO = ["Polda Gorontalo", "Pudji Prasetijanto Hadi", "Kapolda Gorontalo", "IDN"]
MINE_OPERATORS = ["pemodal", "pengelola", "tambang emas ilegal", "IDN"]
RESIDENTS = ["warga", "pengungsi", "IDN"]
SUWAWA = ["Tulabolo Timur", "Suwawa Timur", "Suwawa", "Bone Bolango", "Gorontalo", "IDN"]

# Tang Renjian verdict (kumparan)
CHANGCHUN_COURT = [
    "Pengadilan Rakyat Menengah Changchun",
    "pengadilan",
    "Changchun",
    "China",
    "CHN",
]
TANG = [
    "Tang Renjian",
    "Tang",
    "mantan Menteri Pertanian dan Urusan Pedesaan Tang Renjian",
    "Eks Menteri Pertanian China Tang Renjian",
    "CHN",
]
CCDI = ["Komisi Pusat Inspeksi Disiplin (CCDI)", "CCDI", "Partai Komunis China", "CHN"]
CPC = ["Partai Komunis China", "CHN"]

# UK sanctions on the GRU (BBC)
UK = ["UK", "Foreign Office", "Britain", "GBR"]
LAMMY = ["David Lammy", "Foreign Secretary David Lammy", "Lammy", "UK", "GBR"]
NCSC = ["National Cyber Security Centre", "NCSC", "GCHQ", "GBR"]
GRU = ["GRU", "Russia's military intelligence service", "GRU unit 26165", "GRU officers", "Russia", "RUS"]
RU_EMBASSY = ["Russian embassy in London", "Russian embassy", "Russia", "RUS"]
KREMLIN = ["Kremlin", "Vladimir Putin", "Russia", "RUS"]
NAVALNAYA = ["Yulia Navalnaya", "Navalnaya", "RUS"]
MARIUPOL = ["Mariupol", "Mariupol drama theatre", "UKR"]
MI5 = ["MI5", "Ken McCallum", "GBR"]

# Madagascar protests (Al Jazeera)
MG_PROTESTERS = [
    "Gen Z Madagascar",
    "protesters",
    "young protesters",
    "marchers",
    "organisers",
    "Madagascar",
    "MDG",
]
MG_POLICE = ["Security forces", "police", "Police", "Madagascar", "MDG"]
MG_PREFECT = ["Authorities", "the capital's prefect", "prefect", "Madagascar", "MDG"]
RAJOELINA = ["Andry Rajoelina", "President Andry Rajoelina", "Rajoelina", "Madagascar", "MDG"]
MG_GOV = ["government", "Madagascar", "MDG"]
ENERGY_MINISTER = ["energy minister", "MDG"]
AMNESTY = ["Amnesty International"]
ANTANANARIVO = ["Antananarivo", "Place du 13 Mai", "MDG"]

# Enga ambush (ABC)
ENGA_GUNMEN = ["tribes", "attackers", "Sikin", "Kaekin", "PNG"]
ENGA_VICTIMS = ["53 men", "at least 53 men", "PNG"]
PNG_POLICE = ["PNG police", "Samson Kua", "Mr Kua", "police", "PNG"]
MARAPE = ["James Marape", "Prime Minister James Marape", "Mr Marape", "Papua New Guinea", "PNG"]
LELANG = ["Joseph Lelang", "Opposition leader Joseph Lelang", "PNG"]
ALBANESE = [
    "Anthony Albanese",
    "Australian Prime Minister Anthony Albanese",
    "Mr Albanese",
    "Australia",
    "AUS",
]
PNG = ["Papua New Guinea", "PNG"]
AUSTRALIA = ["Australia", "AUS"]
ENGA = ["Akom", "Wabag", "Enga", "Enga province", "PNG"]
