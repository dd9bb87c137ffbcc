"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Hurricane Melissa in Cuba
DIAZ_CANEL = ["Miguel Díaz-Canel", "Miguel Diaz-Canel", "Díaz-Canel", "Diaz-Canel", "President", "Presiden Kuba", "CUB"]
CUBA = ["Cuba", "Kuba", "Havana", "Cuban people", "people of Cuba", "rakyat Kuba", "Cuban authorities", "CUB"]
CUBAN_GOVT = ["Cuban government", "government", "civil defence", "pertahanan sipil", "Cuban authorities", "CUB"]
CUBAN_RESIDENTS = ["residents", "people", "warga", "735,000 people", "735 ribu orang", "CUB"]
CUBAN_FORCES = [
    "armed forces",
    "angkatan bersenjata",
    "interior ministry units",
    "Kementerian Dalam Negeri",
    "soldiers",
    "tentara",
    "CUB",
]
SANTIAGO_OFFICIALS = [
    "provincial officials",
    "pejabat provinsi",
    "Santiago de Cuba",
    "Chicharrones",
    "CUB",
]
CUBA_FM = ["Bruno Rodríguez", "Bruno Rodriguez", "Rodríguez", "Rodriguez", "Menlu Kuba", "Cuba", "Kuba", "Havana", "CUB"]
USA = [
    "United States",
    "Amerika Serikat",
    "AS",
    "US",
    "Washington",
    "state department",
    "Marco Rubio",
    "Rubio",
    "Trump administration",
    "USA",
]
MEXICO = ["Mexico", "Meksiko", "Claudia Sheinbaum", "Sheinbaum", "Mexican navy", "Angkatan Laut", "MEX"]
VENEZUELA = ["Venezuela", "VEN"]
UN = ["UN", "United Nations", "UN resident coordinator", "UNO"]

# West Sumatra floods
BNPB = [
    "BNPB",
    "National Disaster Management Agency",
    "Badan Nasional Penanggulangan Bencana",
    "Suharyanto",
    "Lt. Gen. Suharyanto",
    "Letjen TNI Suharyanto",
    "IDN",
]
AGAM = [
    "Agam",
    "Agam regency",
    "Kabupaten Agam",
    "Palembayan",
    "Salareh Aia",
    "residents",
    "warga",
    "victims",
    "korban",
    "IDN",
]
MAHYELDI = [
    "Mahyeldi Ansharullah",
    "Mahyeldi",
    "West Sumatra Governor",
    "Gubernur Sumatera Barat",
    "West Sumatra",
    "Sumbar",
    "IDN",
]
WEST_SUMATRA = ["West Sumatra", "Sumatera Barat", "Sumbar", "province", "residents", "warga", "IDN"]
CENTRAL_GOVT = ["central government", "pemerintah pusat", "Jakarta", "government", "pemerintah", "IDN"]
SOCIAL_MINISTER = [
    "Saifullah Yusuf",
    "Social Affairs Minister",
    "Menteri Sosial",
    "Mensos",
    "Social Affairs Ministry",
    "Kementerian Sosial",
    "IDN",
]
EVACUEES = ["evacuees", "pengungsi", "Padang Pariaman", "IDN"]
ISOLATED_VILLAGES = ["villages", "desa", "isolated villages", "desa yang terisolasi", "residents", "warga", "IDN"]
DPR_COMMISSION = ["Komisi VIII DPR", "Marwan Dasopang", "DPR", "IDN"]

# Immigration
IMIGRASI_NGURAH_RAI = [
    "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
    "Kantor Imigrasi Ngurah Rai",
    "Imigrasi Ngurah Rai",
    "Winarko",
    "tim pengawasan orang asing",
    "petugas imigrasi",
    "Imigrasi",
    "IDN",
]
IMIGRASI_BALI = ["Kantor Wilayah Direktorat Jenderal Imigrasi Bali", "Parlindungan", "Imigrasi", "IDN"]
SIX_RUSSIANS = ["enam warga negara (WN) Rusia", "enam WN Rusia", "WN Rusia", "WNA", "Rusia", "Russia", "RUS"]
IMIGRASI_BATAM = [
    "Kantor Imigrasi Kelas I Khusus TPI Batam",
    "Kantor Imigrasi Batam",
    "Imigrasi Batam",
    "Hajar Aswad",
    "Imigrasi",
    "IDN",
]
CHINESE_24 = ["24 warga negara China", "24 WN China", "WN China", "WNA", "pekerja asing", "China", "CHN"]
SHIPYARD = ["perusahaan galangan kapal", "galangan kapal", "pimpinan perusahaan", "perusahaan", "IDN"]
SPMI_BATAM = ["Serikat Pekerja Metal Indonesia", "SPMI Batam", "Alfitoni", "serikat pekerja", "IDN"]

# Kejati Sulsel graft case
KEJATI_SULSEL = [
    "Kejaksaan Tinggi (Kejati) Sulawesi Selatan",
    "Kejaksaan Tinggi",
    "Kejati Sulsel",
    "Kejati",
    "penyidik",
    "Soetarmi",
    "IDN",
]
THREE_SUSPECTS = ["tiga orang", "tiga tersangka", "tersangka", "AR", "HS", "MY", "IDN"]
SUSPECT_AR = ["AR", "tersangka AR", "Muhammad Ikbal", "kuasa hukum", "IDN"]
TPHBUN = ["Dinas TPHBun Sulsel", "Dinas TPHBun", "Dinas Tanaman Pangan, Hortikultura dan Perkebunan", "IDN"]
FORMER_KADIS = ["mantan Kepala Dinas TPHBun Sulsel", "mantan Kepala Dinas", "saksi", "IDN"]
ACC_SULAWESI = ["Anti Corruption Committee (ACC) Sulawesi", "ACC Sulawesi", "IDN"]

# Bandung protest
STUDENTS = ["mahasiswa", "ribuan mahasiswa", "massa", "demonstran", "organisasi mahasiswa", "IDN"]
DPRD_JABAR = ["DPRD Jawa Barat", "DPRD Jabar", "Gedung DPRD", "DPR", "IDN"]
POLICE_JABAR = [
    "polisi",
    "aparat kepolisian",
    "aparat",
    "Polda Jawa Barat",
    "Polda Jabar",
    "Kapolda Jawa Barat",
    "Irjen Rudi Setiawan",
    "Rudi Setiawan",
    "IDN",
]
UNISBA = ["Universitas Islam Bandung (Unisba)", "Unisba", "Rektor", "Harits Nu'man", "IDN"]
KOMNAS_HAM = ["Komisi Nasional Hak Asasi Manusia (Komnas HAM)", "Komnas HAM", "IDN"]

# Labuan Bajo boat
POLRES_MABAR = [
    "Kepolisian Resor (Polres) Manggarai Barat",
    "Polres Manggarai Barat",
    "polisi",
    "AKP Lufthi Darmawan Aditya",
    "IDN",
]
BOAT_CREW = ["nakhoda", "anak buah kapal (ABK)", "ABK", "KM Putri Sakinah", "pemandu wisata", "IDN"]
SPAIN_EMBASSY = [
    "Kedutaan Besar Spanyol",
    "pejabat Kedutaan Besar Spanyol",
    "Spanyol",
    "Spain",
    "Jose Manuel Albares",
    "ESP",
]
SAR_TEAM = ["tim SAR", "Basarnas", "Kantor SAR Maumere", "otoritas Indonesia", "Indonesia", "IDN"]
KSOP = ["Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Labuan Bajo", "KSOP Labuan Bajo", "KSOP", "Stephanus Risdiyanto", "IDN"]
BOAT_OPERATOR = ["operator KM Putri Sakinah", "operator", "kapal-kapal", "KM Putri Sakinah", "IDN"]
KNKT = ["Komite Nasional Keselamatan Transportasi (KNKT)", "KNKT", "IDN"]

# Spain: the attorney general's conviction
SUPREME_COURT_ES = ["Supreme Court", "Spain's Supreme Court", "court", "criminal chamber", "judges", "ESP"]
GARCIA_ORTIZ = [
    "Álvaro García Ortiz",
    "Alvaro Garcia Ortiz",
    "García Ortiz",
    "Attorney General",
    "attorney general",
    "ESP",
]
SPANISH_GOVT = [
    "government",
    "cabinet",
    "Pilar Alegría",
    "Government spokeswoman",
    "Pedro Sánchez",
    "Sánchez",
    "Socialist government",
    "ESP",
]
SANCHEZ = ["Pedro Sánchez", "Sánchez", "Prime Minister", "government", "ESP"]
AYUSO = ["Isabel Díaz Ayuso", "Ayuso", "Madrid regional leader", "Popular Party", "PP", "ESP"]
FEIJOO = ["Alberto Núñez Feijóo", "Feijóo", "PP", "Popular Party", "ESP"]
ABALOS = ["José Luis Ábalos", "Ábalos", "former transport minister", "ESP"]

# Tajikistan: attacks on Chinese workers
GUNMEN_AFG = [
    "armed men who crossed from Afghanistan",
    "armed men",
    "gunmen",
    "attackers",
    "militants",
    "Afghanistan",
    "AFG",
]
CHINESE_WORKERS = [
    "Chinese workers",
    "two Chinese workers",
    "Chinese nationals",
    "Chinese employees",
    "China Road and Bridge Corporation",
    "China",
    "CHN",
]
TAJIK_FORCES = ["Tajik border troops", "border troops", "Tajikistan", "State Committee for National Security", "GKNB", "TJK"]
TAJIKISTAN = ["Tajikistan", "Tajikistan's Foreign Ministry", "Foreign Ministry", "Dushanbe", "TJK"]
TALIBAN = ["Taliban", "Taliban authorities", "Kabul", "Taliban foreign ministry", "Afghanistan", "AFG"]
CHINA = ["China", "Beijing", "Lin Jian", "China's Foreign Ministry", "Chinese Embassy in Dushanbe", "CHN"]
CHINESE_COMPANIES = ["Chinese companies", "Chinese citizens", "CHN"]
RUSSIA = ["Russia", "RUS"]

# Japan: the Aomori earthquake
TAKAICHI = ["Sanae Takaichi", "Takaichi", "Prime Minister", "JPN"]
JP_MINISTRIES = ["ministries", "government", "JPN"]
JMA = ["Japan Meteorological Agency", "Meteorological Agency", "Cabinet Office", "JMA", "JPN"]
JP_RESIDENTS = ["residents", "182 municipalities", "Hokkaido", "Chiba", "JPN"]
SDF = [
    "Ground Self-Defense Force",
    "Self-Defense Force",
    "SDF",
    "Defense Minister Shinjiro Koizumi",
    "Shinjiro Koizumi",
    "Koizumi",
    "JPN",
]
AOMORI = ["Aomori", "Iwate", "local authorities", "Aomori Prefecture", "prefecture", "Soichiro Miyashita", "Miyashita", "JPN"]
US_AMB = ["George Glass", "U.S. Ambassador", "U.S. forces", "United States", "U.S.", "USA"]
JAPAN = ["Japan", "JPN"]
JP_CENTRAL = ["central government", "government", "JPN"]
