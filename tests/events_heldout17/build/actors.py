"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

CANADA = ["Canada", "Kanada", "Ottawa", "Justin Trudeau", "Trudeau", "Pemerintah Kanada", "CAN"]
TRUDEAU = ["Justin Trudeau", "Trudeau", "CAN"]
RCMP = ["Royal Canadian Mounted Police", "RCMP", "Mike Duheme", "Duheme", "Kepolisian Federal Kanada", "CAN"]
WHEELER = ["Stewart Wheeler", "Wheeler", "CAN"]
INDIA = [
    "India",
    "New Delhi",
    "India's foreign ministry",
    "Kementerian Luar Negeri India",
    "Kemenlu India",
    "Sanjay Kumar Verma",
    "Verma",
    "IND",
]
NIJJAR = ["Hardeep Singh Nijjar", "Nijjar", "Sikh", "CAN"]
STARMER = ["Keir Starmer", "Starmer", "GBR"]
FOUR_ACCUSED = ["Four Indian nationals", "Indian nationals", "IND"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "Presiden RI", "IDN"]
TO_LAM = ["To Lam", "Vietnamese Communist Party", "Partai Komunis Vietnam", "VNM"]
VIETNAM = ["Vietnam", "Hanoi", "To Lam", "VNM"]
SINGAPORE = ["Singapore", "Singapura", "Lawrence Wong", "SGP"]

RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Russian defence ministry",
    "Kementerian Pertahanan Rusia",
    "Vladimir Putin",
    "Putin",
    "RUS",
]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "Kryvyi Rih", "Sumy", "Staf Umum Angkatan Bersenjata Ukraina", "UKR"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
TRUMP = ["Donald Trump", "Trump", "USA"]
KELLOGG = ["Keith Kellogg", "Kellogg", "USA"]
WITKOFF = ["Steve Witkoff", "Witkoff", "USA"]
UN_MONITORS = ["Misi Pemantau Hak Asasi Manusia PBB", "PBB", "United Nations"]

PAK_COURT = ["accountability court", "Nasir Javed Rana", "Pakistani court", "court", "PAK"]
IMRAN = ["Imran Khan", "Khan", "PAK"]
BUSHRA = ["Bushra Bibi", "Bushra", "PAK"]
PTI = ["Pakistan Tehreek-e-Insaf", "PTI", "Gohar Ali Khan", "PAK"]
PAK_GOV = ["Shehbaz Sharif", "government", "PAK"]
USA = [
    "United States",
    "Washington",
    "Treasury",
    "Scott Bessent",
    "Bessent",
    "State Department",
    "US military",
    "USA",
]
PETRO = ["Gustavo Petro", "Petro", "COL"]
COLOMBIA = ["Colombia", "Bogota", "Gustavo Petro", "Petro", "COL"]
TZA_GOV = [
    "Tanzania",
    "electoral commission",
    "police",
    "authorities",
    "government",
    "Samia Suluhu Hassan",
    "Hassan",
    "TZA",
]
TZA_PROTESTERS = ["protesters", "Protesters", "Dar es Salaam", "TZA"]
CHADEMA = ["Chadema", "Tundu Lissu", "Lissu", "TZA"]
HASSAN = ["Samia Suluhu Hassan", "Hassan", "TZA"]
UN_RIGHTS = ["U.N. human rights office", "United Nations", "U.N."]

MK = ["Mahkamah Konstitusi", "MK", "Mahkamah", "Suhartoyo", "Saldi Isra", "IDN"]
PERLUDEM = ["Perkumpulan untuk Pemilu dan Demokrasi", "Perludem", "Heroik Pratama", "IDN"]
DPR = ["DPR", "Komisi II DPR", "Rifqinizamy Karsayuda", "Rifqinizamy", "IDN"]
IDN_GOV = ["pemerintah", "penyelenggara pemilu", "Indonesia", "IDN"]
NASDEM = ["Partai NasDem", "NasDem", "Saan Mustopa", "Saan", "IDN"]
USA_ID = ["Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
TPNPB = ["Tentara Pembebasan Nasional Papua Barat", "TPNPB", "Sebby Sambom", "kelompok bersenjata", "IDN"]
MINERS = ["pendulang emas", "pendulang", "warga sipil", "Yahukimo", "Seradala", "IDN"]
SECURITY_FORCES = [
    "Satgas Operasi Damai Cartenz",
    "Damai Cartenz",
    "Faizal Ramadhani",
    "Faizal",
    "TNI",
    "Polri",
    "IDN",
]
TEACHER = ["guru", "Anggruk", "Yahukimo", "IDN"]
