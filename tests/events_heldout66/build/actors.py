"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Valencia floods, Paiporta (3 Nov 2024)
PAIPORTA_CROWD = [
    "Angry residents",
    "residents",
    "Crowds",
    "crowd",
    "Warga",
    "warga",
    "Ratusan warga",
    "seorang warga",
    "Paiporta",
    "ESP",
]
FELIPE = ["King Felipe VI", "Felipe VI", "Felipe", "Raja Spanyol Felipe VI", "Raja Felipe", "raja", "ESP"]
SANCHEZ = ["Pedro Sánchez", "Sánchez", "Pedro Sanchez", "Sanchez", "prime minister", "perdana menteri", "ESP"]
MAZON = ["Carlos Mazón", "Mazón", "Carlos Mazon", "Mazon", "ESP"]
SPAIN_GOV = [
    "Spanish government",
    "government",
    "Pedro Sánchez",
    "Sánchez",
    "Pedro Sanchez",
    "Sanchez",
    "interior ministry",
    "Kementerian Dalam Negeri Spanyol",
    "Spain",
    "Spanyol",
    "ESP",
]
SPAIN_POLICE = ["police", "polisi", "interior ministry", "Kementerian Dalam Negeri Spanyol", "ESP"]
VALENCIA = ["Valencia", "Valencia region", "Paiporta", "residents", "warga", "ESP"]
VALENCIA_GOV = ["Mazón's regional government", "regional government", "pemerintah regional Valencia", "Carlos Mazón", "Mazón", "ESP"]

# Myanmar earthquake (28-29 Mar 2025)
MYANMAR_JUNTA = [
    "junta",
    "Junta",
    "military",
    "militer Myanmar",
    "Min Aung Hlaing",
    "Jenderal Senior Min Aung Hlaing",
    "Myanmar",
    "MMR",
]
MIN_AUNG_HLAING = ["Min Aung Hlaing", "Jenderal Senior Min Aung Hlaing", "Junta chief", "Pemimpin junta", "MMR"]
MYANMAR = ["Myanmar", "Yangon", "Mandalay", "MMR"]
INTERNATIONAL = ["any country or organisation", "negara dan organisasi mana pun", "international", "internasional"]
CHINA = ["China", "Beijing", "Yunnan", "Chinese state media", "CHN"]
INDIA = ["India", "New Delhi", "Narendra Modi", "Modi", "C-130J", "IND"]
RUSSIA = ["Russia", "Rusia", "Russia's emergencies ministry", "Kementerian Situasi Darurat Rusia", "RUS"]
MALAYSIA = ["Malaysia", "MYS"]
SINGAPORE = ["Singapore", "Singapura", "SGP"]
INDONESIA = ["Indonesia", "Kementerian Luar Negeri RI", "IDN"]
UN = ["United Nations", "PBB"]
SAGAING_VILLAGE = ["village", "desa", "Naungcho", "Sagaing", "local resistance group", "kelompok perlawanan", "MMR"]

# Land protests against palm oil companies (Seruyan, May 2025; Kampar, Sept 2025)
POLICE_SERUYAN = [
    "Polres Seruyan",
    "Brimob Polda Kalimantan Tengah",
    "Aparat gabungan",
    "polisi",
    "Kapolres Seruyan AKBP Dwi Haryanto",
    "Dwi Haryanto",
    "Dwi",
    "IDN",
]
SERUYAN_VILLAGERS = ["ratusan warga", "warga", "massa", "Desa Bangkal", "Yulianus", "Sembilan orang", "IDN"]
KBA = ["PT Karya Borneo Agrolestari", "perusahaan", "Rudi Santoso", "IDN"]
SERUYAN_REGENT = ["Bupati Seruyan Ahmad Selanorwanda", "Ahmad Selanorwanda", "pemerintah kabupaten", "IDN"]
POLICE_RIAU = [
    "Polisi",
    "polisi",
    "Polda Riau",
    "Polres Kampar",
    "Kombes Anom Karibianto",
    "Anom Karibianto",
    "Anom",
    "IDN",
]
KAMPAR_VILLAGERS = ["ratusan warga", "warga", "Desa Pantai Raja", "massa", "14 warga", "IDN"]
SRP = ["PT Sinar Riau Plantation", "perusahaan", "Hendra Saputra", "IDN"]
LBH_PEKANBARU = ["LBH Pekanbaru", "Andi Wijaya", "Kuasa hukum warga", "IDN"]
DPRD_RIAU = ["DPRD Riau", "Anggota DPRD Riau", "IDN"]

# Abolition and amnesty (31 Jul - 1 Aug 2025)
PRABOWO = ["Presiden Prabowo Subianto", "Prabowo Subianto", "Prabowo", "Bapak Presiden", "Presiden", "IDN"]
LEMBONG = ["Thomas Trikasih Lembong", "Tom Lembong", "IDN"]
HASTO = ["Hasto Kristiyanto", "Hasto", "Sekretaris Jenderal PDI Perjuangan", "IDN"]
DPR = ["DPR", "Sufmi Dasco Ahmad", "Dasco", "Wakil Ketua DPR", "IDN"]
SUPRATMAN = ["Menteri Hukum Supratman Andi Agtas", "Supratman Andi Agtas", "Supratman", "IDN"]
TIPIKOR = ["Pengadilan Tindak Pidana Korupsi Jakarta", "Pengadilan Tipikor", "IDN"]
KPK = ["KPK", "Komisi Pemberantasan Korupsi", "Budi Prasetyo", "IDN"]
KEJAGUNG = [
    "Kejaksaan Agung",
    "Kejagung",
    "jaksa",
    "penyidik",
    "Abdul Qohar",
    "Qohar",
    "Jampidsus",
    "IDN",
]

# Four islands (17 Jun 2025)
GOVERNMENT = [
    "Pemerintah",
    "pemerintah",
    "Presiden Prabowo Subianto",
    "Prabowo",
    "Prasetyo Hadi",
    "Menteri Sekretaris Negara Prasetyo Hadi",
    "IDN",
]
PRASETYO = ["Menteri Sekretaris Negara Prasetyo Hadi", "Prasetyo Hadi", "Prasetyo", "IDN"]
KEMENDAGRI = ["Kementerian Dalam Negeri", "Kemendagri", "Mendagri Tito Karnavian", "Tito Karnavian", "Tito", "IDN"]
ACEH = ["Aceh", "Provinsi Aceh", "Pemerintah Aceh", "Muzakir Manaf", "Mualem", "Gubernur Aceh", "DPR Aceh", "IDN"]
MUALEM = ["Gubernur Aceh Muzakir Manaf", "Muzakir Manaf", "Mualem", "IDN"]
SUMUT = [
    "Sumatera Utara",
    "Sumut",
    "Gubernur Sumatera Utara Bobby Nasution",
    "Bobby Nasution",
    "Bobby",
    "Tapanuli Tengah",
    "IDN",
]
BOBBY = ["Gubernur Sumatera Utara Bobby Nasution", "Bobby Nasution", "Bobby", "IDN"]
JK = ["Jusuf Kalla", "IDN"]

# Jiwasraya (7 Feb 2025)
ISA = ["Isa Rachmatarwata", "Isa", "IR", "Direktur Jenderal Anggaran", "IDN"]
KEMENKEU = ["Kementerian Keuangan", "Kemenkeu", "Deni Surjantoro", "IDN"]
JIWASRAYA_CONVICTS = ["Benny Tjokrosaputro", "Heru Hidayat", "IDN"]

# Sabah (29-30 Nov 2025)
HAJIJI = ["Hajiji Noor", "Hajiji", "Datuk Seri Hajiji", "Mr Hajiji", "Gabungan Rakyat Sabah", "GRS", "MYS"]
MUSA_AMAN = ["Sabah Governor Musa Aman", "Musa Aman", "MYS"]
ANWAR = ["Prime Minister Anwar Ibrahim", "Anwar Ibrahim", "Anwar", "Datuk Seri Anwar", "federal government", "MYS"]
PH_BN = ["Pakatan Harapan", "PH", "Barisan Nasional", "BN", "MYS"]
WARISAN = ["Parti Warisan", "Warisan", "Shafie Apdal", "Mr Shafie", "MYS"]
GRS_RIVALS = ["rival parties", "GRS", "MYS"]
MACC = ["Malaysian Anti-Corruption Commission", "MACC", "MYS"]
ASSEMBLYMEN = ["two assemblymen", "MYS"]

# Texas floods (Jul 2025)
TRUMP = ["Donald Trump", "Mr Trump", "Trump", "President Donald Trump", "president", "USA"]
TEXAS = ["Texas", "Kerrville", "Kerr County", "Texas Hill Country", "first responders", "USA"]
ABBOTT = ["Texas Governor Greg Abbott", "Greg Abbott", "Mr Abbott", "USA"]
CRUZ = ["Senator Ted Cruz", "Ted Cruz", "USA"]
FEMA = ["Federal Emergency Management Agency", "FEMA", "USA"]
REPORTER = ["a reporter", "USA"]
TX_LEGISLATURE = ["state legislature", "USA"]

# US shutdown (Nov 2025)
HOUSE = ["House of Representatives", "House", "USA"]
SENATE = ["Senate", "eight Democratic senators", "USA"]
DEMOCRATS = ["Democrats", "Democratic", "Hakeem Jeffries", "USA"]
REPUBLICANS = ["Republicans", "USA"]
JEFFRIES = ["House Democratic leader Hakeem Jeffries", "Hakeem Jeffries", "Jeffries", "USA"]
THUNE = ["Senate Majority Leader John Thune", "John Thune", "Thune", "USA"]
FAA = ["Federal Aviation Administration", "FAA", "USA"]
AIRLINES = ["airlines", "USA"]
