"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

NATO = ["NATO", "allies", "sekutu", "Mark Rutte", "Rutte", "North Atlantic Treaty Organization"]
TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "U.S.", "US", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
SPAIN = ["Spain", "Spanyol", "Madrid", "Pedro Sanchez", "Sanchez", "ESP"]
ZELENSKY = ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskiy", "Zelensky", "UKR"]
NETHERLANDS = ["Willem-Alexander", "King Willem-Alexander", "Netherlands", "Belanda", "NLD"]

PROPAM = [
    "Divisi Profesi dan Pengamanan",
    "Propam",
    "Divpropam",
    "Abdul Karim",
    "internal affairs",
    "National Police",
    "Polri",
    "IDN",
]
BRIMOB = [
    "Brimob",
    "Mobile Brigade",
    "anggota Brimob",
    "officers",
    "personel",
    "rantis",
    "tactical vehicle",
    "armored vehicle",
    "IDN",
]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "ride-hailing driver", "IDN"]
POLRI_CHIEF = [
    "Listyo Sigit Prabowo",
    "Listyo Sigit",
    "Sigit",
    "Kapolri",
    "National Police chief",
    "Polri",
    "IDN",
]
OJOL = ["pengemudi ojol", "ojol", "ride-hailing drivers", "drivers", "massa", "IDN"]
POLICE_ID = ["polisi", "police", "Polri", "Brimob", "aparat", "IDN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
PROTESTERS_DPR = ["demonstrators", "pengunjuk rasa", "massa", "unjuk rasa", "IDN"]
DPR = ["DPR", "House of Representatives", "lawmakers", "anggota DPR", "IDN"]

BELARUS = ["Belarus", "Minsk", "Alexander Lukashenko", "Lukashenko", "Pemerintah Belarus", "BLR"]
LUKASHENKO = ["Alexander Lukashenko", "Lukashenko", "BLR"]
COALE = ["John Coale", "Coale", "USA"]
KELLOGG = ["Keith Kellogg", "Kellogg", "USA"]
TSIKHANOUSKI = ["Siarhei Tsikhanouski", "Tsikhanouski", "BLR"]
PRISONERS = ["prisoners", "tahanan", "Tsikhanouski", "BLR"]
BELAVIA = ["Belavia", "Belarusian national airline", "BLR"]
BY_PROTESTERS = ["unjuk rasa", "pengunjuk rasa", "demonstran", "BLR"]

TNI_614 = [
    "prajurit TNI",
    "prajurit",
    "Batalyon Infanteri 614",
    "Yonif 614",
    "TNI",
    "Kodam VI/Mulawarman",
    "IDN",
]
POLRES_TARAKAN = ["Polres Tarakan", "Mapolres Tarakan", "polisi", "Polri", "anggota Polres", "IDN"]
PANGDAM = ["Rudy Rachmat Nugraha", "Pangdam VI/Mulawarman", "Pangdam", "Kodam VI/Mulawarman", "TNI", "IDN"]
POMDAM = ["Pomdam VI/Mulawarman", "Polisi Militer", "Pomdam", "Kodam VI/Mulawarman", "IDN"]
KAPOLDA_KALTARA = ["Hary Sudwijanto", "Kapolda", "Polda Kalimantan Utara", "IDN"]

SHEHBAZ = ["Shehbaz Sharif", "Shehbaz", "Pakistan", "PAK"]
PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Shehbaz Sharif",
    "Shehbaz",
    "Asif Ali Zardari",
    "Zardari",
    "Asim Munir",
    "PAK",
]
INDONESIA = ["Indonesia", "Prabowo Subianto", "Prabowo", "Sugiono", "IDN"]

BD_GOV = [
    "Pemerintah sementara Bangladesh",
    "pemerintah",
    "Bangladesh",
    "Muhammad Yunus",
    "Yunus",
    "Asif Nazrul",
    "Dhaka",
    "BGD",
]
AWAMI = ["Liga Awami", "Awami League", "Sheikh Hasina", "Hasina", "BGD"]
NCP = ["Partai Warga Nasional", "NCP", "pendukung", "mahasiswa", "pengunjuk rasa", "BGD"]
BD_FORCES = ["aparat keamanan", "aparat", "pemerintahan", "Sheikh Hasina", "Hasina", "BGD"]

RUSSIA = ["Rusia", "Russia", "Moskow", "Kementerian Pertahanan Rusia", "Andrei Kelin", "RUS"]
KYIV = ["Kyiv", "Ukraina", "Ukraine", "UKR"]
EU = ["Uni Eropa", "UE", "European Union", "Kaja Kallas", "Kallas", "Brussels"]
UK = ["Inggris", "Kementerian Luar Negeri Inggris", "British", "GBR"]
UKRAINE = ["Ukraina", "Ukraine", "Rustem Umerov", "Umerov", "Andriy Yermak", "Yermak", "Zelensky", "UKR"]
WITKOFF = ["Steve Witkoff", "Witkoff", "AS", "USA"]

JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "jihadists", "fighters", "Al-Qaeda", "MLI"]
MALI = ["Mali", "Bamako", "junta", "army", "government", "Assimi Goita", "Goita", "MLI"]
US_EMBASSY = ["US embassy", "United States", "US", "USA"]
FRANCE = ["France", "French", "FRA"]

LADAKH_POLICE = ["Police", "police", "Ladakh police", "authorities", "officials", "IND"]
WANGCHUK = ["Sonam Wangchuk", "Wangchuk", "Mr Wangchuk", "IND"]
LADAKH_PROTESTERS = ["protesters", "students", "crowd", "people", "Protesters", "IND"]
INDIA_GOV = [
    "India",
    "home ministry",
    "Modi government",
    "federal government",
    "Narendra Modi",
    "BJP",
    "Bharatiya Janata Party",
    "Authorities",
    "IND",
]
LADAKH_GROUPS = ["civil society groups", "representatives of Ladakh", "Ladakh", "IND"]

# Lists added with the six standalone pages (id_04-id_07, en_04, en_05).
TNI_SOLDIER = ["seorang prajurit", "prajurit", "TNI", "IDN"]
POLRES_MEMBER = [
    "seorang anggota Polres Tarakan",
    "anggota Polres Tarakan",
    "Polres Tarakan",
    "polisi",
    "IDN",
]
SUGIONO = ["Sugiono", "Menteri Luar Negeri Sugiono", "Indonesia", "IDN"]
ZARDARI = ["Asif Ali Zardari", "Zardari", "Presiden Asif Ali Zardari", "Pakistan", "PAK"]
MUNIR = ["Asim Munir", "Munir", "Marsekal Asim Munir", "Panglima Angkatan Darat Pakistan", "PAK"]
BD_PROTESTERS = ["demonstran", "aksi protes", "pengunjuk rasa", "mahasiswa", "unjuk rasa", "BGD"]
BD_EC = ["Komisi Pemilihan Umum Bangladesh", "Komisi Pemilihan Umum", "BGD"]
ICT_BD = ["Pengadilan Kejahatan Internasional", "ICT", "BGD"]
UA_AIR_FORCE = ["Angkatan Udara Ukraina", "Ukraina", "UKR"]
PUTIN = ["Vladimir Putin", "Putin", "Presiden Rusia Vladimir Putin", "RUS"]
GOITA = ["Assimi Goita", "General Assimi Goita", "Goita", "MLI"]
MALI_ARMY = ["army", "soldiers", "army escort", "Mali", "MLI"]
ITALY = ["Italy", "ITA"]
GERMANY = ["Germany", "DEU"]
RUSSIA_EN = ["Russia", "RUS"]
LEH_TARGETS = ["police", "Bharatiya Janata Party", "BJP", "local office", "IND"]
YOUNG_LADAKH = ["young people", "students", "protesters", "IND"]
JAMMU_KASHMIR = ["Jammu and Kashmir", "former state of Jammu and Kashmir", "Ladakh", "IND"]
