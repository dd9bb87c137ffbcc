"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Air India AI171 (Ahmedabad, 12-13 June 2025)
MODI = ["Narendra Modi", "Modi", "Mr Modi", "Perdana Menteri India", "IND"]
CRASH_VICTIMS = [
    "Vishwash Kumar Ramesh",
    "survivor",
    "lone survivor",
    "the injured",
    "korban",
    "penumpang yang selamat",
    "Ahmedabad",
    "Civil Hospital",
    "Rumah Sakit Sipil Ahmedabad",
    "IND",
]
SURVIVOR = ["Vishwash Kumar Ramesh", "survivor", "lone survivor", "penumpang yang selamat", "GBR", "IND"]
DGCA = [
    "Directorate General of Civil Aviation",
    "DGCA",
    "India's aviation regulator",
    "regulator penerbangan India",
    "Direktorat Jenderal Penerbangan Sipil",
    "IND",
]
AIR_INDIA = ["Air India", "IND"]
UK_AAIB = [
    "Britain's Air Accidents Investigation Branch",
    "Air Accidents Investigation Branch",
    "Britain",
    "Inggris",
    "Badan Investigasi Kecelakaan Udara",
    "GBR",
]
INDIA = ["India", "Indian-led inquiry", "AAIB", "IND"]
NTSB = ["National Transportation Safety Board", "NTSB", "Amerika Serikat", "AS", "USA"]
AMIT_SHAH = ["Amit Shah", "home minister Amit Shah", "Home Minister Amit Shah", "IND"]
TATA = ["Tata Group", "Grup Tata", "Air India", "IND"]
VICTIM_FAMILIES = ["family of every person killed", "keluarga setiap korban tewas", "victims", "IND"]
STARMER = ["Keir Starmer", "Sir Keir Starmer", "British government", "GBR"]
BOEING = ["Boeing", "USA"]

# Gloria funicular (Lisbon, 3-4 Sept 2025)
MONTENEGRO = ["Luís Montenegro", "Luis Montenegro", "Montenegro", "cabinet", "kabinet", "Portugal", "PRT"]
MOEDAS = ["Carlos Moedas", "Moedas", "Lisbon's mayor", "Wali Kota Lisboa", "PRT"]
MARCELO = ["Marcelo Rebelo de Sousa", "Portugal's president", "PRT"]
PRT_AUTHORITIES = ["the authorities", "authorities", "Portugal", "PRT"]
PRT_PROSECUTORS = [
    "public prosecutor's office",
    "Portugal's public prosecutor's office",
    "judicial police",
    "Kejaksaan Portugal",
    "PRT",
]
GPIAAF = [
    "GPIAAF",
    "Office for the Prevention and Investigation of Accidents in Civil Aviation and Rail",
    "Kantor Pencegahan dan Investigasi Kecelakaan Penerbangan Sipil dan Kereta Api",
    "PRT",
]
CARRIS = ["Carris", "Pedro Bogas", "Gloria funicular", "funikular Gloria", "PRT"]
OPPOSITION_LISBON = ["opposition councillors", "PRT"]
VON_DER_LEYEN = ["Ursula von der Leyen", "European Commission", "Komisi Eropa"]
PORTUGAL = ["Portugal", "Lisbon", "Lisboa", "PRT"]
SPAIN_FRANCE = ["King Felipe VI", "Emmanuel Macron", "ESP", "FRA"]

# Earthquakes: Poso (17-18 Aug 2025) and Sumenep (30 Sept-2 Oct 2025)
ANWAR_HAFID = ["Anwar Hafid", "Gubernur Sulawesi Tengah", "Pemprov Sulteng", "IDN"]
POSO_RESIDENTS = ["pengungsi", "warga", "korban gempa", "Poso Pesisir Utara", "Poso", "desa-desa terdampak", "IDN"]
POSO_REGENCY = ["Verna Inkiriwang", "Bupati Poso", "pemerintah kabupaten", "IDN"]
BMKG = ["BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika", "Daryono", "Dwikorita Karnawati", "IDN"]
BNPB = ["Badan Nasional Penanggulangan Bencana", "BNPB", "Abdul Muhari", "IDN"]
FAUZI = ["Achmad Fauzi", "Fauzi", "Bupati Sumenep", "IDN"]
SUMENEP_REGENCY = ["Pemerintah Kabupaten Sumenep", "Achmad Fauzi", "IDN"]
SAPUDI_RESIDENTS = ["warga", "warga terdampak", "pengungsi", "Pulau Sapudi", "Sapudi", "Sumenep", "IDN"]
KHOFIFAH = ["Khofifah Indar Parawansa", "Khofifah", "Gubernur Jawa Timur", "BPBD Jatim", "IDN"]
KEMENSOS = ["Kementerian Sosial", "IDN"]

# Setya Novanto's parole (16-17 Aug 2025)
SETNOV = ["Setya Novanto", "Mantan Ketua DPR Setya Novanto", "IDN"]
PEMASYARAKATAN = [
    "Lapas Kelas I Sukamiskin",
    "Lembaga Pemasyarakatan",
    "Lapas Sukamiskin",
    "Direktorat Jenderal Pemasyarakatan",
    "Kusnali",
    "Kementerian Imigrasi dan Pemasyarakatan",
    "Agus Andrianto",
    "IDN",
]
AGUS = ["Agus Andrianto", "Menteri Imigrasi dan Pemasyarakatan", "IDN"]
MA = ["Mahkamah Agung", "MA", "IDN"]
COURT_2018 = ["pengadilan", "Pengadilan Tipikor", "IDN"]
KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Budi Prasetyo", "IDN"]
ICW = ["Indonesia Corruption Watch", "ICW", "Wana Alamsyah", "IDN"]
INDONESIA_GOV = ["pemerintah", "Negara", "Kementerian Imigrasi dan Pemasyarakatan", "IDN"]

# Whoosh debt (Oct-Nov 2025)
PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden Prabowo Subianto", "negara", "IDN"]
DANANTARA = [
    "Badan Pengelola Investasi Daya Anagata Nusantara",
    "Danantara",
    "Rosan Roeslani",
    "tim negosiasi",
    "IDN",
]
CDB = ["China Development Bank", "CDB", "pihak China", "China", "Beijing", "CHN"]
PURBAYA = ["Purbaya Yudhi Sadewa", "Purbaya", "Menteri Keuangan", "IDN"]
KCIC = ["PT Kereta Cepat Indonesia China", "KCIC", "Whoosh", "proyek kereta cepat", "IDN"]
CHINA = ["China", "Pemerintah China", "Beijing", "Guo Jiakun", "Kementerian Luar Negeri China", "CHN"]
INDONESIA = ["Indonesia", "IDN"]
MAHFUD = ["Mahfud MD", "IDN"]

# Terra Drone fire (Jakarta, 9-12 Dec 2025)
POLRES_JAKPUS = [
    "Polres Metro Jakarta Pusat",
    "Susatyo Purnomo Condro",
    "Kombes Susatyo Purnomo Condro",
    "penyidik",
    "polisi",
    "IDN",
]
TERRA_DRONE_DIRECTOR = [
    "Direktur Utama PT Terra Drone Indonesia",
    "MW",
    "tersangka",
    "PT Terra Drone Indonesia",
    "IDN",
]
TERRA_DRONE = ["PT Terra Drone Indonesia", "Manajemen PT Terra Drone Indonesia", "Terra Drone", "IDN"]
WITNESSES = ["14 saksi", "saksi", "karyawan", "pengelola gedung", "IDN"]
PRAMONO = ["Pramono Anung", "Gubernur DKI Jakarta", "Pemprov DKI", "IDN"]
FIRE_VICTIMS = ["korban luka", "korban", "RSUD Tarakan", "IDN"]
GULKARMAT = [
    "Dinas Penanggulangan Kebakaran dan Penyelamatan",
    "Gulkarmat",
    "gedung perkantoran",
    "IDN",
]

# Hat Yai floods (Nov 2025)
ANUTIN = ["Anutin Charnvirakul", "Anutin", "Mr Anutin", "Prime Minister Anutin", "Thai Prime Minister", "THA"]
THAI_GOV = ["the government", "government", "Thailand", "Anutin Charnvirakul", "Mr Anutin", "THA"]
HAT_YAI = ["people of Hat Yai", "Hat Yai", "residents", "Songkhla", "THA"]
THAI_ARMY = ["Royal Thai Army", "army", "navy", "soldiers", "THA"]
MALAYSIA = ["Malaysia", "Anwar Ibrahim", "Datuk Seri Anwar", "Anwar", "rescue teams", "MYS"]
ANWAR = ["Anwar Ibrahim", "Prime Minister Anwar Ibrahim", "Datuk Seri Anwar", "Anwar", "MYS"]
THAILAND = ["Thailand", "Hat Yai", "Mr Anutin", "THA"]
NATTHAPHONG = ["Natthaphong Ruengpanyawut", "People's Party", "Opposition leader", "THA"]
SINGAPORE = ["Singapore's Ministry of Foreign Affairs", "Singapore", "SGP"]

# Australia's under-16 ban (Dec 2025)
AUSTRALIA = ["Australia", "Australian government", "government", "Anthony Albanese", "Albanese", "AUS"]
ALBANESE = ["Anthony Albanese", "Albanese", "Prime Minister Anthony Albanese", "AUS"]
PLATFORMS = [
    "platforms",
    "Instagram",
    "TikTok",
    "Snapchat",
    "YouTube",
    "X",
    "tech companies",
    "big tech",
    "Meta",
]
ESAFETY = ["eSafety Commissioner", "Julie Inman Grant", "her office", "AUS"]
META = ["Meta", "USA"]
TEEN_USERS = ["users", "users it believes are under 16", "children", "teenagers", "AUS"]
DFP = ["Digital Freedom Project", "Two 15-year-olds", "AUS"]
WELLS = ["Anika Wells", "Communications Minister Anika Wells", "AUS"]
MALAYSIA_AU = ["Malaysia", "MYS"]

# Red Fort blast (New Delhi, 10-11 Nov 2025)
NIA = ["National Investigation Agency", "NIA", "India's counter-terrorism agency", "home ministry", "IND"]
BOMBER = ["a doctor from Kashmir", "attacker", "conspirators", "suspected militant network", "IND"]
DELHI_CIVILIANS = ["people", "vehicles", "Red Fort", "New Delhi", "IND"]
INDIAN_POLICE = ["police in Jammu and Kashmir and Haryana", "police", "Police", "Delhi Police", "IND"]
SUSPECTS = ["several people", "two doctors", "suspected militant network", "IND"]
BHUTAN = ["Bhutan", "Thimphu", "BTN"]
PAKISTAN = ["Pakistan", "Pakistan's foreign ministry", "Islamabad", "PAK"]
INDIA_DEL = ["India", "Indian media", "IND"]
INJURED_DELHI = ["the injured", "Lok Nayak hospital", "blast site", "IND"]
