"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Typhoon Ragasa, 22-24 Sept 2025
TAIWAN_MILITARY = [
    "Taiwan's defence ministry",
    "Kementerian Pertahanan Taiwan",
    "soldiers",
    "tentara",
    "Taiwan",
    "TWN",
]
GUANGFU = ["Guangfu", "Guangfu township", "Kecamatan Guangfu", "residents", "warga", "Hualien", "TWN"]
CHO = ["Premier Cho Jung-tai", "Cho Jung-tai", "Perdana Menteri Cho Jung-tai", "Cho", "Taiwan", "TWN"]
KMT = ["Kuomintang", "KMT", "Partai oposisi Kuomintang", "Hualien county government", "TWN"]
TAIWAN_GOVT = ["central government", "pemerintah pusat", "Taiwan", "TWN"]
GUANGDONG = ["Guangdong", "Guangdong province", "Pemerintah Provinsi Guangdong", "China", "CHN"]
GUANGDONG_RESIDENTS = ["nearly 1.9 million people", "hampir 1,9 juta orang", "residents", "warga", "CHN"]
XI = ["Xi Jinping", "Chinese president, Xi Jinping", "Presiden China Xi Jinping", "China", "Beijing", "CHN"]
HK_OBSERVATORY = ["Hong Kong Observatory", "Observatory", "Observatorium Hong Kong", "Hong Kong", "HKG"]
HONG_KONG = ["Hong Kong", "HKG"]
KDEI = ["KDEI Taipei", "KDEI", "Kementerian Luar Negeri RI", "Indonesia", "IDN"]

# Pakistan floods, 15-17 Aug 2025
PAK_ARMY = ["Pakistan's army", "army", "Militer Pakistan", "militer", "Pakistan", "PAK"]
BUNER = ["Buner", "Distrik Buner", "Khyber Pakhtunkhwa", "flood victims", "korban", "PAK"]
SHEHBAZ = ["Prime Minister Shehbaz Sharif", "Perdana Menteri Shehbaz Sharif", "Shehbaz Sharif", "Pakistan", "PAK"]
FEDERAL_AGENCIES = ["federal agencies", "lembaga-lembaga federal", "Pakistan", "PAK"]
GANDAPUR = [
    "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur",
    "Kepala Menteri Khyber Pakhtunkhwa Ali Amin Gandapur",
    "Ali Amin Gandapur",
    "Gandapur",
    "Khyber Pakhtunkhwa",
    "PAK",
]
FAMILIES = ["families of the dead", "keluarga korban", "PAK"]
ZARDARI = ["President Asif Ali Zardari", "Presiden Pakistan Asif Ali Zardari", "Zardari", "Pakistan", "PAK"]
PAKISTAN = ["Pakistan", "Islamabad", "PAK"]
CHINA = ["China", "Beijing", "Chinese Embassy in Islamabad", "Kedutaan Besar China di Islamabad", "CHN"]
UN = ["United Nations", "UN", "Perserikatan Bangsa-Bangsa", "PBB", "IGO"]
NDMA = ["National Disaster Management Authority", "NDMA", "Otoritas Penanggulangan Bencana Nasional", "PAK"]

# Trafficking rings: Batam (March 2025) and Lombok (July 2025)
POLDA_KEPRI = [
    "Polda Kepulauan Riau",
    "Polda Kepri",
    "Ditreskrimum Polda Kepri",
    "Direktorat Reserse Kriminal Umum (Ditreskrimum) Polda Kepulauan Riau",
    "Kombes Pol Asep Safrudin",
    "polisi",
    "IDN",
]
KEPRI_SUSPECTS = ["tiga orang tersangka", "RS", "MH", "AT", "tersangka", "IDN"]
KEPRI_VICTIMS = ["21 calon PMI", "calon PMI", "korban", "para korban", "IDN"]
JK = ["JK", "pengendali jaringan", "IDN"]
PDRM = ["Polis Diraja Malaysia", "Malaysia", "MYS"]
BP3MI_KEPRI = ["BP3MI Kepri", "Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Kepri", "IDN"]
POLDA_NTB = [
    "Polda NTB",
    "Kepolisian Daerah Nusa Tenggara Barat (Polda NTB)",
    "Kombes Pol Syarif Hidayat",
    "polisi",
    "IDN",
]
NTB_SUSPECTS = ["HS", "SR", "Kedua tersangka", "dua orang", "IDN"]
NTB_VICTIMS = ["14 perempuan", "para korban", "perempuan asal Lombok", "IDN"]
NTB_AGENCY = ["perusahaan penyalur di Jakarta", "perusahaan penyalur", "IDN"]
IQBAL = ["Gubernur NTB Lalu Muhamad Iqbal", "Lalu Muhamad Iqbal", "Iqbal", "IDN"]
NTB_RESIDENTS = ["warga", "IDN"]

# Pasar Cinde verdict, Palembang
TIPIKOR_PALEMBANG = [
    "Pengadilan Tipikor Palembang",
    "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Palembang",
    "majelis hakim",
    "hakim",
    "Fauzi Isra",
    "IDN",
]
HARNOJOYO = ["Harnojoyo", "mantan Wali Kota Palembang Harnojoyo", "terdakwa", "IDN"]
RAIMAR = ["Raimar Yousnaldi", "mantan Direktur PT Magna Beatum", "IDN"]
KEJATI_SUMSEL = [
    "Kejaksaan Tinggi Sumatera Selatan",
    "Kejati Sumsel",
    "jaksa penuntut umum",
    "Jaksa",
    "IDN",
]

# Gunung Kuda quarry collapse, Cirebon
POLRESTA_CIREBON = ["Polresta Cirebon", "Kapolresta Cirebon Kombes Pol Sumarni", "Sumarni", "polisi", "IDN"]
QUARRY_SUSPECTS = ["AK", "AR", "dua orang", "pemilik", "pengelola tambang", "IDN"]
DEDI = ["Gubernur Jawa Barat Dedi Mulyadi", "Dedi Mulyadi", "Dedi", "Jawa Barat", "IDN"]
QUARRY = ["tambang", "pengelola tambang", "koperasi pondok pesantren", "IDN"]
VICTIM_FAMILIES = ["keluarga korban", "IDN"]
ESDM_JABAR = ["Dinas ESDM Jawa Barat", "Dinas ESDM", "IDN"]
KAPOLRI = ["Kapolri Jenderal Listyo Sigit Prabowo", "Listyo Sigit Prabowo", "Kapolri", "IDN"]
POLRI = ["jajarannya", "Polri", "polisi", "IDN"]

# UU BUMN
DPR = ["Dewan Perwakilan Rakyat (DPR)", "DPR", "Rapat Paripurna", "Sufmi Dasco Ahmad", "Komisi VI DPR", "IDN"]
GOVERNMENT = [
    "pemerintah",
    "Pemerintah",
    "Menteri Sekretaris Negara Prasetyo Hadi",
    "Prasetyo Hadi",
    "Prasetyo",
    "Presiden Prabowo Subianto",
    "IDN",
]
PRASETYO = ["Menteri Sekretaris Negara Prasetyo Hadi", "Prasetyo Hadi", "Prasetyo", "IDN"]
PRABOWO = ["Presiden Prabowo Subianto", "Prabowo Subianto", "Prabowo", "IDN"]
CELIOS = ["Center of Economic and Law Studies (Celios)", "Celios", "Bhima Yudhistira", "IDN"]
BUMN_LAW = ["undang-undang", "UU BUMN", "IDN"]

# Annunciation Church shooting, Minneapolis
WESTMAN = ["Robin Westman", "Westman", "shooter", "USA"]
ANNUNCIATION = [
    "Annunciation Church",
    "children",
    "worshippers",
    "Catholic school",
    "Catholics",
    "USA",
]
FBI = ["FBI", "FBI Director Kash Patel", "Kash Patel", "bureau", "USA"]
FREY = ["Mayor Jacob Frey", "Jacob Frey", "Frey", "USA"]
TRUMP = ["President Donald Trump", "Donald Trump", "Trump", "White House", "USA"]
WALZ = ["Minnesota Gov. Tim Walz", "Tim Walz", "Walz", "Minnesota", "USA"]
POPE = ["Pope Leo XIV", "Vatican", "Cardinal Pietro Parolin", "VAT"]
MPLS_POLICE = ["police", "Officers", "Minneapolis Police Chief Brian O'Hara", "Brian O'Hara", "O'Hara", "USA"]
USA = ["United States", "Minneapolis", "USA"]

# Madagascar, Oct 2025
AU = ["African Union", "AU", "AU's Peace and Security Council", "Peace and Security Council", "IGO"]
MADAGASCAR = ["Madagascar", "Antananarivo", "MDG"]
RANDRIANIRINA = [
    "Colonel Michael Randrianirina",
    "Michael Randrianirina",
    "Randrianirina",
    "CAPSAT",
    "armed forces",
    "MDG",
]
RAJOELINA = ["President Andry Rajoelina", "Andry Rajoelina", "Rajoelina", "MDG"]
ASSEMBLY = ["National Assembly", "MDG"]
HCC = ["High Constitutional Court", "MDG"]
CAPSAT = ["CAPSAT unit", "CAPSAT", "MDG"]
PROTESTERS = ["Gen Z protesters", "protesters", "crowds", "MDG"]
GUTERRES = ["UN Secretary-General Antonio Guterres", "Antonio Guterres", "Guterres", "UN", "IGO"]
FRANCE = ["France", "foreign ministry", "FRA"]
SADC = ["Southern African Development Community", "SADC", "IGO"]

# Gaza famine, Aug 2025
IPC = ["Integrated Food Security Phase Classification", "IPC", "global hunger monitor", "IGO"]
GAZA = ["Gaza City", "Gaza", "Gaza Strip", "PSE"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "his office", "Israel", "ISR"]
ISRAEL_FM = ["Israeli foreign ministry", "Israel", "ISR"]
COGAT = ["Cogat", "Israel", "ISR"]
ISRAEL = ["Israel", "Israeli forces", "ISR"]
FLETCHER = ["Tom Fletcher", "UN's aid chief Tom Fletcher", "UN", "IGO"]
LAMMY = ["David Lammy", "UK foreign secretary, David Lammy", "UK", "GBR"]
HAMAS = ["Hamas", "PSE"]
ISRAEL_CABINET = ["Israel's security cabinet", "security cabinet", "Israel", "ISR"]
