"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

THAILAND = [
    "Thailand",
    "Bangkok",
    "Thai troops",
    "Thai army",
    "Thai soldiers",
    "tentara Thailand",
    "Militer Thailand",
    "Angkatan Darat Thailand",
    "Winthai Suvaree",
    "THA",
]
THAI_ARMY = ["Thai troops", "Thai army", "Thai soldiers", "tentara Thailand", "Militer Thailand", "Winthai Suvaree", "THA"]
ANUTIN = ["Anutin Charnvirakul", "Anutin", "Thai Prime Minister", "Perdana Menteri Thailand", "THA"]
CAMBODIA = [
    "Cambodia",
    "Kamboja",
    "Phnom Penh",
    "Hun Manet",
    "Cambodia's Defence Ministry",
    "Kementerian Pertahanan Kamboja",
    "Maly Socheata",
    "Cambodia's Ministry of Information",
    "Kementerian Informasi Kamboja",
    "KHM",
]
CAMBODIA_DEFENCE = ["Cambodia's Defence Ministry", "Kementerian Pertahanan Kamboja", "Maly Socheata", "KHM"]
CAMBODIAN_CIVILIANS = ["civilians", "warga sipil", "warga", "villagers", "Prey Chan", "KHM"]
HUN_MANET = ["Hun Manet", "Perdana Menteri Kamboja", "KHM"]
MINE_LAYERS = ["landmine", "ranjau darat", "ranjau", "Cambodia", "Kamboja", "KHM"]
THAI_SOLDIERS = ["two Thai soldiers", "Dua tentara Thailand", "Thai soldiers", "THA"]
CAMBODIAN_POWS = ["18 Cambodian soldiers", "18 tentara Kamboja", "KHM"]
MALAYSIA = ["Malaysia", "Mohamad Hasan", "Anwar Ibrahim", "Asean", "ASEAN", "MYS"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "President Prabowo Subianto", "Presiden Prabowo Subianto", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "IDN"]
SUGIONO = ["Sugiono", "Foreign Minister Sugiono", "Menteri Luar Negeri Sugiono", "IDN"]
LUXON = [
    "Christopher Luxon",
    "Luxon",
    "New Zealand Prime Minister Christopher Luxon",
    "Perdana Menteri Selandia Baru Christopher Luxon",
    "NZL",
]
NEW_ZEALAND = ["New Zealand", "Selandia Baru", "Wellington", "Christopher Luxon", "Luxon", "NZL"]
PETERS = ["Winston Peters", "Peters", "Menlu Selandia Baru Winston Peters", "NZL"]
FONTERRA = ["Fonterra", "New Zealand", "Selandia Baru", "NZL"]
ID_FOOD = ["ID Food", "Indonesia", "IDN"]
FLOOD_VICTIMS_SUMATRA = ["victims", "korban banjir", "Aceh", "North Sumatra", "Sumatra", "Palang Merah Indonesia", "Indonesian Red Cross", "IDN"]
KADIN = ["Kadin", "Kadin Indonesia", "Indonesian business leaders", "para pengusaha", "IDN"]

BC_SOETTA = [
    "Bea Cukai Soekarno-Hatta",
    "KPU Bea Cukai Soekarno-Hatta",
    "Kantor Pelayanan Utama (KPU) Bea dan Cukai Tipe C Soekarno-Hatta",
    "Hemma Sunarto",
    "petugas",
    "IDN",
]
SOETTA_COURIERS = ["dua penumpang", "RS", "AF", "kedua penumpang", "kedua tersangka", "IDN"]
POLRESTA_BANDARA = ["Polresta Bandara Soekarno-Hatta", "IDN"]
BC_JUANDA = [
    "Bea Cukai Juanda",
    "KPPBC Juanda",
    "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean Juanda",
    "Chandra Budiman",
    "petugas",
    "IDN",
]
JUANDA_COURIER = ["HM", "kurir", "tersangka", "IDN"]
POLDA_JATIM = ["Ditreskrimsus Polda Jatim", "Polda Jatim", "penyidik", "Jules Abraham Abast", "IDN"]

BPBD_BIMA = ["BPBD Kabupaten Bima", "BPBD", "Isyrah", "tim SAR gabungan", "TNI", "Polri", "IDN"]
BIMA_RESIDENTS = ["warga", "pengungsi", "Kabupaten Bima", "Woha", "IDN"]
BUPATI_BIMA = ["Ady Mahyudi", "Bupati Bima Ady Mahyudi", "Bupati", "IDN"]
DINSOS_BIMA = ["Dinas Sosial Kabupaten Bima", "IDN"]
BNPB = ["Badan Nasional Penanggulangan Bencana", "BNPB", "IDN"]
BMKG = ["BMKG", "IDN"]

KEJATI_KALTENG = [
    "Kejaksaan Tinggi (Kejati) Kalimantan Tengah",
    "Kejati Kalteng",
    "Douglas Pamino Nainggolan",
    "penyidik",
    "IDN",
]
KATINGAN_SUSPECTS = ["HS", "AR", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Katingan", "Kadis PUPR Katingan", "kontraktor", "IDN"]
DINAS_PUPR_KATINGAN = ["Dinas PUPR Katingan", "Kantor Dinas PUPR Katingan", "HS", "IDN"]
BUPATI_KATINGAN = ["Saiful", "Bupati Katingan Saiful", "IDN"]

POLRES_KARAWANG = ["Polres Karawang", "Satreskrim Polres Karawang", "Fiki Novian Ardiansyah", "polisi", "IDN"]
KARAWANG_SUSPECTS = ["DS", "MR", "kedua pelaku", "dua pria", "IDN"]
KARAWANG_VICTIM = ["RA", "korban", "seorang pemuda", "IDN"]
IK = ["IK", "IDN"]
VICTIM_FAMILY = ["Keluarga korban", "Sutisna", "ayah korban", "IDN"]

PAK_POLICE = ["security forces", "police", "paramilitary troops", "Authorities", "PAK"]
JKJAAC = [
    "Jammu Kashmir Joint Awami Action Committee",
    "JKJAAC",
    "protesters",
    "alliance",
    "Shaukat Nawaz Mir",
    "protest leaders",
    "PAK",
]
SHARIF = ["Shehbaz Sharif", "Sharif", "Prime Minister Shehbaz Sharif", "PAK"]
PAK_GOV = ["Pakistan", "Islamabad", "Shehbaz Sharif", "Sharif", "government", "PAK"]
ANWARUL_HAQ = ["Chaudhry Anwarul Haq", "PAK"]
HRCP = ["Human Rights Commission of Pakistan", "PAK"]

BOLTON = ["John Bolton", "Bolton", "USA"]
DOJ = [
    "federal grand jury",
    "Prosecutors",
    "Justice Department",
    "Attorney General Pam Bondi",
    "Pam Bondi",
    "USA",
]
COURT_MD = ["Magistrate Judge Timothy Sullivan", "federal courthouse in Greenbelt", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
FBI = ["FBI", "FBI agents", "USA"]
IRAN_HACKERS = ["actors believed to be linked to the Iranian government", "Iranian government", "IRN"]

TALIBAN = [
    "Taliban government",
    "Taliban authorities",
    "Zabihullah Mujahid",
    "Afghanistan",
    "Rescue teams",
    "AFG",
]
QUAKE_VICTIMS = ["injured", "affected areas", "Balkh", "Samangan", "AFG"]
WHO = ["World Health Organization", "WHO", "UN humanitarian office"]
PAKISTAN = ["Pakistan", "Islamabad", "Shehbaz Sharif", "PAK"]
INDIA = ["India", "IND"]
AFGHANISTAN = ["Afghanistan", "Taliban authorities", "Balkh", "Samangan", "AFG"]
