"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = [
    "Indonesia",
    "Jakarta",
    "Prabowo Subianto",
    "Prabowo",
    "Danantara",
    "Sugiono",
    "Teddy Indra Wijaya",
    "presidential secretariat",
    "IDN",
]
MBZ = ["Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed", "Sheikh Mohamed", "MBZ", "ARE"]
UAE = [
    "Uni Emirat Arab",
    "UEA",
    "United Arab Emirates",
    "UAE",
    "Abu Dhabi",
    "Mohamed bin Zayed Al Nahyan",
    "Mohamed bin Zayed",
    "Sheikh Mohamed",
    "Mubadala",
    "WAM",
    "ARE",
]
TURKEY = ["Turki", "Turkey", "Antalya", "Recep Tayyip Erdogan", "Erdogan", "TUR"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]
MIDEAST = ["Mesir", "Egypt", "Qatar", "Yordania", "Jordan", "EGY", "QAT", "JOR"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]

NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "Gideon Saar", "Saar", "ISR"]
ORBAN = ["Viktor Orban", "Orban", "HUN"]
HUNGARY = [
    "Hungary",
    "Hongaria",
    "Budapest",
    "Viktor Orban",
    "Orban",
    "Gergely Gulyas",
    "Gulyas",
    "Peter Szijjarto",
    "Szijjarto",
    "HUN",
]
ICC = [
    "International Criminal Court",
    "ICC",
    "Mahkamah Pidana Internasional",
    "Assembly of States Parties",
    "Rome Statute",
    "Statuta Roma",
    "Fadi El Abdallah",
]
HAMAS = ["Hamas", "PSE"]
GAZA = ["Gaza", "Palestinians", "Palestina", "PSE"]

CZECH = [
    "Czech Republic",
    "Ceko",
    "Republik Ceko",
    "Praha",
    "Prague",
    "Jan Lipavsky",
    "Lipavsky",
    "Kementerian Luar Negeri Ceko",
    "BIS",
    "CZE",
]
GERMANY = [
    "Germany",
    "Jerman",
    "Berlin",
    "German foreign ministry",
    "foreign ministry",
    "Johann Wadephul",
    "Wadephul",
    "federal prosecutors",
    "BfV",
    "DEU",
]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Maria Zakharova",
    "Zakharova",
    "Sergei Nechayev",
    "Nechayev",
    "Russian embassy",
    "Kedutaan Besar Rusia",
    "diplomat Rusia",
    "Russian diplomat",
    "RUS",
]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "UKR"]
RUSSIA_EMBASSY_BERLIN = ["Russia's embassy", "Russian embassy", "Sergei Nechayev", "Nechayev", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "Moscow", "RUS"]
GERMAN_SUSPECTS = ["three men", "suspects", "German-Russian dual nationals", "Ukrainian man", "DEU"]
CZECH_POLICE = ["Kepolisian Ceko", "polisi", "CZE"]

BENIN_GOV = [
    "Benin",
    "government",
    "Patrice Talon",
    "Talon",
    "Alassane Seidou",
    "Seidou",
    "armed forces",
    "republican army",
    "BEN",
]
TALON = ["Patrice Talon", "Talon", "BEN"]
MUTINEERS = [
    "soldiers",
    "group of soldiers",
    "mutineers",
    "Military Committee for Refoundation",
    "Pascal Tigri",
    "Tigri",
    "men in uniform",
    "BEN",
]
NIGERIA = ["Nigeria", "Bola Tinubu", "Tinubu", "NGA"]
ECOWAS = ["ECOWAS", "West African bloc", "Economic Community of West African States"]
GUINEA_BISSAU = ["Guinea-Bissau", "soldiers", "GNB"]

MONTENEGRO = ["Luis Montenegro", "Luís Montenegro", "Montenegro", "government", "PRT"]
PT_PARLIAMENT = [
    "parliament",
    "Lawmakers",
    "Socialist Party",
    "Chega",
    "Pedro Nuno Santos",
    "Santos",
    "opposition",
    "PRT",
]
REBELO = ["Marcelo Rebelo de Sousa", "Rebelo de Sousa", "President", "PRT"]
PT_PARTIES = ["party leaders", "Council of State", "parties", "PRT"]
COSTA = ["António Costa", "Antonio Costa", "Costa", "PRT"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "penyidik",
    "tim KPK",
    "IDN",
]
ARDITO = ["Ardito Wijaya", "Ardito", "Bupati Lampung Tengah", "IDN"]
ARDITO_LAWYER = ["Sopian Sitepu", "kuasa hukum", "Ardito", "IDN"]
LAMTENG_OFFICIALS = ["Sekretaris Daerah", "kepala dinas", "saksi", "Lampung Tengah", "IDN"]
ZAINUDIN = ["Zainudin Hasan", "Zainudin", "Bupati Lampung Selatan", "IDN"]

POLDA_NTB = [
    "Kepolisian Daerah Nusa Tenggara Barat",
    "Polda NTB",
    "Syarif Hidayat",
    "Syarif",
    "Propam",
    "polisi",
    "IDN",
]
NURHADI_SUSPECTS = [
    "I Made Yogi Purusa Utama",
    "Yogi",
    "Haris Chandra",
    "Haris",
    "tersangka",
    "M",
    "IDN",
]
NURHADI = ["Muhammad Nurhadi", "Nurhadi", "Brigadir Nurhadi", "korban", "IDN"]
NURHADI_FAMILY = ["Keluarga Nurhadi", "Lalu Amril", "keluarga", "IDN"]
YOGI_LAWYER = ["Hijrat Prayitno", "kuasa hukum", "Yogi", "IDN"]
KEJATI_NTB = ["Kejaksaan Tinggi NTB", "kejaksaan", "IDN"]

MY_COURT = [
    "Pengadilan Tinggi Kuala Lumpur",
    "Collin Lawrence Sequerah",
    "Sequerah",
    "Hakim",
    "Pengadilan Federal",
    "pengadilan",
    "MYS",
]
NAJIB = ["Najib Razak", "Najib", "Muhammad Shafee Abdullah", "Shafee", "MYS"]
NAJIB_SUPPORTERS = ["pendukung", "Ratusan pendukungnya", "MYS"]
PARDONS_BOARD = ["Dewan Pengampunan Malaysia", "Dewan Pengampunan", "MYS"]
ANWAR = ["Anwar Ibrahim", "Anwar", "pemerintah", "MYS"]
JHO_LOW = ["Jho Low", "MYS"]

NIA = ["Badan Investigasi Nasional", "NIA", "National Investigation Agency", "penyelidik", "IND"]
AMIR = ["Amir Rashid Ali", "Amir", "tersangka", "IND"]
RED_FORT_BOMBER = ["Umar Un Nabi", "Umar", "pengebom bunuh diri", "pengebom", "pelaku", "mobil", "IND"]
JK_POLICE = ["polisi Jammu dan Kashmir", "polisi", "Jammu dan Kashmir", "IND"]
JEM_DOCTORS = ["dua dokter", "dokter", "Jaish-e-Mohammed", "jaringan", "IND", "PAK"]
INDIA_GOV = ["India", "Kabinet India", "New Delhi", "Narendra Modi", "Modi", "IND"]
PAKISTAN = ["Pakistan", "Islamabad", "PAK"]
