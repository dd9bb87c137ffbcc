"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Venezuela and Trinidad and Tobago, October 2025
VENEZUELA = [
    "Venezuela",
    "Caracas",
    "Nicolas Maduro",
    "Maduro",
    "Presiden Venezuela Nicolas Maduro",
    "Delcy Rodriguez",
    "Pemerintah Venezuela",
    "VEN",
]
RODRIGUEZ = ["Delcy Rodriguez", "Vice President Delcy Rodriguez", "Wakil Presiden Venezuela Delcy Rodriguez", "VEN"]
VEN_ASSEMBLY = ["National Assembly", "Venezuela's National Assembly", "Majelis Nasional Venezuela", "VEN"]
GIL = ["Yvan Gil", "Foreign Minister Yvan Gil", "Menteri Luar Negeri Venezuela Yvan Gil", "Venezuela", "VEN"]
TRINIDAD = [
    "Trinidad and Tobago",
    "Trinidad dan Tobago",
    "Trinidad",
    "Port of Spain",
    "Kamla Persad-Bissessar",
    "Persad-Bissessar",
    "TTO",
]
PERSAD = [
    "Kamla Persad-Bissessar",
    "Persad-Bissessar",
    "Prime Minister Kamla Persad-Bissessar",
    "Perdana Menteri Trinidad dan Tobago Kamla Persad-Bissessar",
    "TTO",
]
US_NAVY = [
    "USS Gravely",
    "US Navy",
    "Angkatan Laut Amerika Serikat",
    "22nd Marine Expeditionary Unit",
    "United States",
    "Amerika Serikat",
    "AS",
    "USA",
]
USA = ["United States", "Washington", "Trump administration", "CIA", "Amerika Serikat", "AS", "USA"]
UN_SC = ["United Nations Security Council", "Dewan Keamanan PBB", "PBB", "United Nations"]

# Indonesia and Peru, August 2025
INDONESIA = ["Indonesia", "Prabowo Subianto", "Prabowo", "Budi Santoso", "Jakarta", "IDN"]
PERU = ["Peru", "Dina Boluarte", "Boluarte", "Ursula Desilu Leon", "PER"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden Prabowo Subianto", "President Prabowo Subianto", "IDN"]
BOLUARTE = ["Dina Boluarte", "Boluarte", "Presiden Peru Dina Boluarte", "Peruvian President Dina Boluarte", "PER"]
BUDI = ["Budi Santoso", "Trade Minister Budi Santoso", "Menteri Perdagangan Budi Santoso", "Mendag", "Indonesia", "IDN"]
LEON = ["Ursula Desilu Leon", "Ursula Desilú León", "Peru", "PER"]
SUGIONO = ["Sugiono", "Foreign Minister Sugiono", "Menteri Luar Negeri Sugiono", "IDN"]
SCHIALER = ["Elmer Schialer", "Menlu Peru Elmer Schialer", "PER"]
DPR = ["House of Representatives", "DPR", "IDN"]

# Kejati Bengkulu, September 2025
KEJATI_BENGKULU = [
    "Kejaksaan Tinggi (Kejati) Bengkulu",
    "Kejati Bengkulu",
    "Kejaksaan Tinggi Bengkulu",
    "penyidik",
    "Rizal Hidayatullah",
    "IDN",
]
KAUR_SUSPECTS = ["tiga tersangka", "AS", "RH", "DF", "ketiganya", "Para tersangka", "IDN"]
PUPR_KAUR = ["Dinas PUPR Kaur", "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kaur", "IDN"]
BPKP = ["BPKP", "Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Bengkulu", "IDN"]

# Kejati NTT, November 2025
KEJATI_NTT = [
    "Kejaksaan Tinggi Nusa Tenggara Timur (Kejati NTT)",
    "Kejati NTT",
    "penyidik",
    "Yosef Lemba",
    "IDN",
]
MABAR_SUSPECTS = ["dua tersangka", "Kedua tersangka", "YN", "MS", "IDN"]
MABAR_CONTRACTOR = ["PT pelaksana", "kantor PT pelaksana", "MS", "IDN"]
MABAR_FORMER_HEAD = ["mantan Kepala Dinas PUPR Manggarai Barat", "IDN"]
LEMBOR_FARMERS = ["petani", "Sejumlah petani di Kecamatan Lembor", "IDN"]

# Gunung Kerinci search, October 2025
SAR_JAMBI = [
    "Tim SAR gabungan",
    "tim SAR gabungan",
    "Kantor SAR Jambi",
    "Basarnas",
    "Yusuf Harahap",
    "IDN",
]
CLIMBER = ["Fadli Ramadhan", "Fadli", "pendaki", "korban", "IDN"]
CLIMBER_FRIENDS = ["Rekan-rekannya", "rombongannya", "IDN"]
TNKS = [
    "Taman Nasional Kerinci Seblat (TNKS)",
    "TNKS",
    "Balai Besar TNKS",
    "petugas TNKS",
    "IDN",
]
HIKERS = ["pendaki", "jalur pendakian Gunung Kerinci", "IDN"]

# Densus 88 in Lampung, November 2025
DENSUS = [
    "Detasemen Khusus (Densus) 88 Antiteror Polri",
    "Densus 88",
    "Densus",
    "Mayndra Eka Wardhana",
    "Mayndra",
    "IDN",
]
LAMPUNG_SUSPECTS = ["tiga terduga teroris", "AR", "S", "MF", "JAD", "Jamaah Ansharut Daulah (JAD)", "IDN"]
SULTENG_JAD = ["lima anggota JAD", "JAD", "IDN"]
POLICE_POSTS = ["pos polisi", "polisi", "IDN"]
ISIS = ["ISIS", "pimpinan ISIS"]

# Begal in Sawangan, Depok, November 2025
POLRES_DEPOK = [
    "Polres Metro Depok",
    "polisi",
    "petugas",
    "Abdul Waras",
    "Kapolres Metro Depok",
    "IDN",
]
BEGAL = ["dua pelaku begal", "pelaku", "RA", "FS", "Kedua pelaku", "Kedua tersangka", "IDN"]
FS = ["FS", "IDN"]
STUDENT = ["pelajar SMK", "korban", "MAR", "IDN"]

# Mali, August 2025
MALI_JUNTA = [
    "Mali's military government",
    "Mali",
    "Bamako",
    "junta",
    "Malian authorities",
    "Gen Daoud Aly Mohammedine",
    "Assimi Goïta",
    "MLI",
]
MALI_GENERALS = ["Gen Abass Dembélé", "Abass Dembélé", "Gen Nema Sagara", "Nema Sagara", "soldiers", "MLI"]
VEZILIER = ["Yann Vezilier", "Vezilier", "French citizen", "French national", "FRA"]
FRANCE = ["France", "Paris", "French intelligence services", "France's foreign ministry", "FRA"]
MARA = ["Moussa Mara", "Mara", "former prime minister Moussa Mara", "MLI"]

# Eagle S, Finland, 2024-2025
HELSINKI_COURT = ["Helsinki District Court", "Finnish court", "court", "FIN"]
EAGLE_CREW = [
    "three senior officers",
    "Eagle S crew",
    "crew",
    "captain",
    "defendants",
    "Eagle S",
    "FIN",
]
EAGLE_S = ["Eagle S", "tanker", "vessel", "shadow fleet", "Russia", "RUS", "COK"]
FINLAND = ["Finland", "Finnish police", "coast guard", "Finnish state", "FIN"]
FIN_PROSECUTORS = ["Prosecutors", "prosecutors", "Jukka Rappe", "FIN"]
CABLES = ["Estlink 2", "Finland", "Estonia", "undersea cables", "FIN", "EST"]
EU = ["European Union", "EU"]

# Erin Patterson, Victoria, 2023-2025
COURT_VIC = [
    "Supreme Court of Victoria",
    "Justice Christopher Beale",
    "Justice Beale",
    "Beale",
    "AUS",
]
JURY = ["jury", "A jury", "AUS"]
PATTERSON = ["Erin Patterson", "Patterson", "AUS"]
LUNCH_VICTIMS = [
    "Don and Gail Patterson",
    "Heather Wilkinson",
    "Ian Wilkinson",
    "relatives",
    "AUS",
]
WILKINSON = ["Ian Wilkinson", "AUS"]
VIC_AUTHORITIES = ["police", "prosecutors", "medical staff", "AUS"]
