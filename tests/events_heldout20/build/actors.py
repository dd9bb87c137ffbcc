"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

INDONESIA = ["Indonesia", "Jakarta", "pemerintah Indonesia", "Indonesian government", "IDN"]
POLRI = [
    "Polri",
    "Kepolisian Negara Republik Indonesia",
    "Indonesian police",
    "Krishna Murti",
    "Krishna",
    "IDN",
]
GUO = ["Alice Guo", "Guo Hua Ping", "Guo", "PHL"]
SHIELA = ["Shiela Guo", "Shiela", "PHL"]
PHILIPPINES = ["Filipina", "Philippines", "Manila", "pemerintah Filipina", "Philippine officials", "PHL"]
PHL_DELEGATION = [
    "Benhur Abalos",
    "Abalos",
    "Rommel Marbil",
    "Marbil",
    "delegasi Filipina",
    "delegation from Manila",
    "PHL",
]
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
PHL_SENATE = ["Senat Filipina", "Senate", "PHL"]
HAAS = ["Gregor Johann Haas", "Haas", "AUS"]

FICO = ["Robert Fico", "Fico", "SVK"]
CINTULA = ["Juraj Cintula", "Cintula", "suspect", "tersangka", "pelaku", "gunman", "SVK"]
SVK_GOV = [
    "Matus Sutaj Estok",
    "Sutaj Estok",
    "Robert Kalinak",
    "Kalinak",
    "Slovakia",
    "Slovakia's government",
    "Slowakia",
    "SVK",
]
SVK_POLICE = ["police", "polisi", "prosecutors", "jaksa", "SVK"]
CAPUTOVA = ["Zuzana Caputova", "Caputova", "SVK"]
PELLEGRINI = ["Peter Pellegrini", "Pellegrini", "SVK"]
SVK = ["Slovakia", "Slowakia", "Bratislava", "Robert Fico", "Fico", "SVK"]
EU = ["Ursula von der Leyen", "von der Leyen", "European Commission", "Uni Eropa", "EU"]
PUTIN = ["Vladimir Putin", "Putin", "Kremlin", "RUS"]
BIDEN = ["Joe Biden", "Biden", "USA"]

VEN_SECURITY = [
    "security forces",
    "National Guard",
    "Garda Nasional",
    "aparat keamanan",
    "police",
    "polisi",
    "VEN",
]
VEN_PROTESTERS = [
    "protesters",
    "demonstrators",
    "pengunjuk rasa",
    "demonstran",
    "opposition supporters",
    "VEN",
]
MADURO = ["Nicolas Maduro", "Nicolás Maduro", "Maduro", "VEN"]
MACHADO = ["Maria Corina Machado", "María Corina Machado", "Machado", "VEN"]
GONZALEZ = ["Edmundo Gonzalez", "Edmundo González", "Gonzalez", "González", "VEN"]
VEN_OPPOSITION = [
    "opposition",
    "oposisi",
    "Maria Corina Machado",
    "María Corina Machado",
    "Machado",
    "Edmundo Gonzalez",
    "Edmundo González",
    "VEN",
]
SAAB = ["Tarek William Saab", "Saab", "attorney general", "Jaksa Agung", "VEN"]
CNE = ["National Electoral Council", "CNE", "Dewan Pemilihan Nasional", "Elvis Amoroso", "VEN"]
BLINKEN = ["Antony Blinken", "Blinken", "USA"]
USA = ["United States", "U.S.", "Amerika Serikat", "AS", "Washington", "USA"]

VELOSO = ["Mary Jane Veloso", "Veloso", "PHL"]
YUSRIL = ["Yusril Ihza Mahendra", "Yusril", "IDN"]
IMIPAS = ["Kementerian Imigrasi dan Pemasyarakatan", "Agus Andrianto", "Agus", "IDN"]

MEHRTENS = ["Philip Mehrtens", "Phillip Mehrtens", "Mehrtens", "NZL"]
TPNPB = [
    "TPNPB",
    "Tentara Pembebasan Nasional Papua Barat",
    "TPNPB-OPM",
    "Egianus Kogoya",
    "Egianus",
    "kelompok kriminal bersenjata",
    "KKB",
    "IDN",
]
DAMAI_CARTENZ = ["Satgas Damai Cartenz", "Faizal Ramadhani", "aparat gabungan", "TNI-Polri", "IDN"]
NZ = ["Selandia Baru", "Winston Peters", "Peters", "Christopher Luxon", "Luxon", "NZL"]

SINWAR = ["Yahya Sinwar", "Sinwar", "Hamas", "PSE"]
HAMAS = ["Hamas", "Khalil al-Hayya", "Khalil Al-Hayya", "PSE"]
IDF = ["Israel", "militer Israel", "IDF", "Pasukan Pertahanan Israel", "tentara Israel", "ISR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
ISRAEL = ["Israel", "Tel Aviv", "Benjamin Netanyahu", "Netanyahu", "ISR"]
IRAN = ["Iran", "Teheran", "Tehran", "IRN"]

BALI_NINE = [
    "Bali Nine",
    "Scott Rush",
    "Matthew Norman",
    "Si Yi Chen",
    "Michael Czugaj",
    "Martin Stephens",
    "AUS",
]
AUSTRALIA = ["Australia", "Canberra", "Anthony Albanese", "Albanese", "Darwin", "AUS"]
ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]

HEZBOLLAH = ["Hezbollah", "LBN"]
LEBANON = ["Lebanon", "Lebanese", "Beirut", "Firass Abiad", "Najib Mikati", "Mikati", "LBN"]
AMANI = ["Mojtaba Amani", "Amani", "IRN"]
US_STATE = ["Matthew Miller", "Miller", "State Department", "United States", "U.S.", "USA"]

KENYA_POLICE = ["police", "Kenyan police", "security forces", "KEN"]
KENYA_PROTESTERS = ["protesters", "demonstrators", "young Kenyans", "KEN"]
KENYA_PARLIAMENT = ["parliament", "lawmakers", "National Assembly", "MPs", "KEN"]
RUTO = ["William Ruto", "Ruto", "KEN"]
KENYA_GOV = ["Kenya", "Kenyan government", "Aden Duale", "Duale", "William Ruto", "Ruto", "KEN"]

VEN_GOV = [
    "Venezuela",
    "Venezuela's government",
    "pemerintah Venezuela",
    "Caracas",
    "Nicolás Maduro",
    "Maduro",
    "VEN",
]
LATAM_SEVEN = ["Argentina", "Chile", "Peru", "Latin American countries", "ARG", "CHL", "PER"]
LATAM_THREE = ["Brasil", "Brazil", "Kolombia", "Meksiko", "BRA", "COL", "MEX"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
FRANCE = ["Prancis", "France", "Serge Atlaoui", "FRA"]
CHAN_SUKUMARAN = ["Andrew Chan", "Myuran Sukumaran", "Chan", "Sukumaran", "AUS"]
TNI_SOLDIERS = ["prajurit TNI", "TNI", "IDN"]
GAZA = ["Gaza", "Jalur Gaza", "warga Palestina", "Palestina", "PSE"]

ISRAEL_CABINET = ["Israel's security cabinet", "security cabinet", "Israel", "ISR"]
WESTERN_THIRTEEN = ["Thirteen Western countries", "Western countries", "US", "UK", "USA", "GBR"]
