"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

# Foiled coup attempt in Kinshasa, 19 May 2024 (Reuters, detikNews)
FARDC = [
    "Congo's army",
    "Armed Forces of the Democratic Republic of Congo (FARDC)",
    "defence and security forces",
    "Militer Republik Demokratik Kongo",
    "Militer Kongo",
    "aparat keamanan",
    "Sylvain Ekenge",
    "Brigadier General Sylvain Ekenge",
    "Brigadir Jenderal Sylvain Ekenge",
    "Ekenge",
    "COD",
]
ATTACKERS = [
    "Armed men in military fatigues",
    "gunmen",
    "orang-orang bersenjata berseragam militer",
    "kelompok bersenjata",
    "penyerang",
    "attackers",
    "Christian Malanga",
    "Malanga",
    "COD",
]
MALANGA = ["Christian Malanga", "Malanga", "COD"]
KAMERHE = [
    "Vital Kamerhe",
    "Kamerhe",
    "the economy minister",
    "Menteri Ekonomi",
    "Two police officers guarding the house",
    "Dua polisi yang menjaga rumah tersebut",
    "COD",
]
TSHISEKEDI = [
    "Felix Tshisekedi",
    "President Felix Tshisekedi",
    "Presiden Felix Tshisekedi",
    "Tshisekedi",
    "Palais de la Nation",
    "Istana Bangsa",
    "COD",
]
ARRESTED = [
    "About 50 attackers",
    "Sekitar 50 orang penyerang",
    "three Americans",
    "tiga warga AS",
    "Malanga's son",
    "putra Malanga",
    "COD",
]
TAMLYN = [
    "Lucy Tamlyn",
    "U.S. Ambassador Lucy Tamlyn",
    "Duta Besar AS untuk Kongo, Lucy Tamlyn",
    "Washington",
    "USA",
]
DRC_AUTHORITIES = ["DRC authorities", "otoritas Kongo", "Congo", "Kongo", "COD"]
AU = [
    "African Union Commission",
    "Moussa Faki Mahamat",
    "Komisi Uni Afrika",
    "Uni Afrika",
    "African Union",
]
DRC_GOV = ["Patrick Muyaya", "Government spokesman Patrick Muyaya", "Juru bicara pemerintah Kongo", "COD"]
M23 = ["M23 rebels", "M23", "COD"]
KINSHASA = ["Kinshasa", "Gombe", "Gombe district", "distrik Gombe", "COD"]
PALAIS = ["Palais de la Nation", "Istana Bangsa", "Kinshasa", "COD"]

# Indonesians evacuated from Iran, 20-24 Jun 2025 (Jakarta Post, Antara)
KBRI_TEHRAN = [
    "Indonesian Embassy in Tehran",
    "KBRI Teheran",
    "Foreign Ministry",
    "Kemlu",
    "Indonesia",
    "IDN",
]
KBRI_BAKU = ["Indonesian Embassy in Baku", "KBRI Baku", "Indonesia", "IDN"]
EVACUEES = [
    "Ninety-seven people evacuated from Iran",
    "97 orang yang dievakuasi dari Iran",
    "the evacuees",
    "the group",
    "rombongan",
    "93 Indonesians",
    "93 WNI",
    "WNI",
    "IDN",
]
ANIS_MATTA = [
    "Anis Matta",
    "Deputy Foreign Minister Anis Matta",
    "Wakil Menteri Luar Negeri Anis Matta",
    "Indonesia",
    "IDN",
]
SUGIONO = [
    "Sugiono",
    "Foreign Minister Sugiono",
    "Menteri Luar Negeri Sugiono",
    "Indonesia",
    "IDN",
]
AZERBAIJAN = ["Azerbaijan", "government of Azerbaijan", "Pemerintah Azerbaijan", "Baku", "AZE"]
JUDHA = [
    "Judha Nugraha",
    "Foreign Ministry",
    "Kemlu",
    "pemerintah",
    "the government",
    "Indonesia",
    "IDN",
]
WNI_ISRAEL = ["Indonesians from Israel", "WNI dari Israel", "Indonesians", "WNI", "IDN"]
INDONESIA = ["Indonesia", "IDN"]
ISRAEL = ["Israel", "ISR"]
IRAN = ["Iran", "Iranian nuclear sites", "IRN"]
US = ["United States", "AS", "USA"]
TEHRAN = ["Tehran", "Teheran", "Astara", "Iran", "IRN"]
ASTARA = ["Astara", "Azerbaijan", "Baku", "AZE"]
SOETTA = [
    "Soekarno-Hatta International Airport",
    "Bandara Internasional Soekarno-Hatta",
    "Jakarta",
    "Tangerang",
    "IDN",
]
JORDAN = ["Jordan", "Yordania", "JOR"]

# Labour unrest at industrial parks (Tribunnews: IMIP Morowali; Jawa Pos: Jababeka Cikarang)
IMIP_WORKERS = [
    "ratusan pekerja",
    "pekerja",
    "Para pekerja",
    "massa",
    "Sejumlah pekerja",
    "Serikat Pekerja Industri Morowali (SPIM)",
    "SPIM",
    "Katsaing",
    "IDN",
]
IMIP = [
    "PT Indonesia Morowali Industrial Park (IMIP)",
    "PT IMIP",
    "IMIP",
    "manajemen perusahaan",
    "perusahaan tenan smelter nikel",
    "Dedy Kurniawan",
    "IDN",
]
IMIP_SECURITY = ["petugas keamanan perusahaan", "petugas", "pos sekuriti", "IDN"]
POLRES_MOROWALI = [
    "Polres Morowali",
    "Kapolres Morowali AKBP Suprianto",
    "Suprianto",
    "Brimob Polda Sulteng",
    "IDN",
]
IMIP_ARRESTED = ["12 orang", "pelaku pembakaran dan pelemparan", "pekerja", "IDN"]
DISNAKERTRANS_SULTENG = [
    "Dinas Tenaga Kerja dan Transmigrasi Sulawesi Tengah",
    "Arnold Firdaus",
    "IDN",
]
MOROWALI = [
    "kawasan PT Indonesia Morowali Industrial Park (IMIP)",
    "IMIP",
    "Bahodopi",
    "Kabupaten Morowali",
    "Morowali",
    "Sulawesi Tengah",
    "IDN",
]
JABABEKA_WORKERS = [
    "ribuan buruh",
    "buruh",
    "Massa",
    "pekerja PT Sinar Mulia Autoparts",
    "Federasi Serikat Pekerja Logam Elektronik dan Mesin (FSPLEM) Bekasi",
    "FSPLEM",
    "Rudi Hartono",
    "IDN",
]
SINAR_MULIA = ["PT Sinar Mulia Autoparts", "perusahaan", "Manajemen PT Sinar Mulia Autoparts", "IDN"]
POLRES_BEKASI = [
    "Polres Metro Bekasi",
    "Kapolres Metro Bekasi Kombes Pol Mustofa",
    "Mustofa",
    "Polisi",
    "aparat",
    "IDN",
]
JABABEKA_ARRESTED = ["lima orang", "kelima rekannya", "Lima orang", "IDN"]
DISNAKER_BEKASI = ["Dinas Tenaga Kerja Kabupaten Bekasi", "Suhup", "IDN"]
JABABEKA = [
    "Kawasan Industri Jababeka",
    "Jababeka",
    "Cikarang",
    "Kabupaten Bekasi",
    "Jawa Barat",
    "IDN",
]

# Peat fires in Ogan Komering Ilir (Kompas)
BNPB = ["Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB", "helikopter water bombing", "IDN"]
BPBD_SUMSEL = ["Badan Penanggulangan Bencana Daerah (BPBD) Sumsel", "BPBD Sumsel", "Sudirman", "IDN"]
DERU = [
    "Herman Deru",
    "Gubernur Sumatera Selatan Herman Deru",
    "Sumatera Selatan",
    "Sumsel",
    "IDN",
]
RESIDENTS_SUMSEL = ["warga", "masyarakat", "warga Kota Palembang", "IDN"]
POLRES_OKI = ["Polres OKI", "Kapolres OKI AKBP Eko Rubiyanto", "Eko Rubiyanto", "Eko", "patroli gabungan", "IDN"]
FARMERS = ["dua petani", "SN", "AR", "Kedua tersangka", "keduanya", "IDN"]
PLANTATIONS = ["perusahaan perkebunan", "IDN"]
DINKES_SUMSEL = ["Dinas Kesehatan Sumsel", "IDN"]
BMKG = ["BMKG", "IDN"]
OKI = [
    "Ogan Komering Ilir",
    "OKI",
    "Pedamaran",
    "Pampangan",
    "Desa Menang Raya",
    "Sumatera Selatan",
    "IDN",
]

# Israel closes its embassy in Dublin (CNN Indonesia)
SAAR = [
    "Gideon Saar",
    "Menteri Luar Negeri Israel Gideon Saar",
    "Saar",
    "Israel",
    "ISR",
]
IRELAND = ["Irlandia", "Dublin", "IRL"]
HARRIS = [
    "Simon Harris",
    "Perdana Menteri Irlandia Simon Harris",
    "Harris",
    "Irlandia",
    "IRL",
]
MARTIN = [
    "Micheal Martin",
    "Menteri Luar Negeri Irlandia Micheal Martin",
    "Martin",
    "Irlandia",
    "IRL",
]
ERLICH = ["Dana Erlich", "duta besarnya untuk Irlandia", "Israel", "ISR"]
MOLDOVA = ["Moldova", "MDA"]
SOUTH_AFRICA = ["Afrika Selatan", "ZAF"]
PALESTINE = ["negara Palestina", "Palestina", "PSE"]
DUBLIN = ["Dublin", "Irlandia", "IRL"]

# Indonesians freed from Myawaddy scam centres (VOA Indonesia)
BGF = [
    "Pasukan Penjaga Perbatasan (BGF) Karen",
    "BGF",
    "Myawaddy",
    "Myanmar",
    "MMR",
]
WNI_MYAWADDY = [
    "400 warga negara Indonesia (WNI)",
    "para WNI",
    "WNI",
    "Rombongan",
    "IDN",
]
KEMLU = [
    "Kementerian Luar Negeri",
    "Kemlu",
    "Judha Nugraha",
    "KBRI Yangon",
    "KBRI Bangkok",
    "Pemerintah",
    "Indonesia",
    "IDN",
]
THAILAND = ["Pemerintah Thailand", "otoritas Thailand", "Thailand", "THA"]
BARESKRIM = [
    "Bareskrim Polri",
    "Direktur Tindak Pidana Perdagangan Orang Bareskrim Polri, Brigjen Nurul Azizah",
    "Nurul Azizah",
    "Nurul",
    "IDN",
]
RECRUITERS = ["jaringan perekrut", "siapa yang merekrut", "IDN"]
KARDING = ["Abdul Kadir Karding", "Menteri P2MI Abdul Kadir Karding", "KP2MI", "IDN"]
MYANMAR_BORDER = ["wilayah perbatasan Myanmar", "Myanmar", "MMR"]
MAE_SOT = ["Mae Sot", "Myawaddy", "THA"]

# Houthi missile on Ben Gurion airport (Guardian)
HOUTHIS = [
    "Yemen's Houthi rebels",
    "Houthis",
    "Houthi",
    "Yahya Saree",
    "The Houthi military spokesperson, Yahya Saree",
    "Yemen",
    "YEM",
]
NETANYAHU = [
    "Benjamin Netanyahu",
    "The Israeli prime minister, Benjamin Netanyahu",
    "Netanyahu",
    "Israel",
    "ISR",
]
KATZ = ["Israel Katz", "The defence minister, Israel Katz", "Katz", "Israel", "ISR"]
IDF = ["The Israeli military", "Israel", "ISR"]
AIRLINES = ["Several foreign airlines", "Lufthansa", "Air Europa"]
HAMAS = ["Hamas", "PSE"]
US_TRUMP = ["The United States", "Donald Trump", "USA"]
BEN_GURION = ["Ben Gurion airport", "Ben Gurion", "Terminal 3", "Tel Aviv", "ISR"]
YEMEN = ["Yemen", "Houthi-held ports", "YEM"]

# Samsung strike (Straits Times)
NSEU = [
    "National Samsung Electronics Union (NSEU)",
    "National Samsung Electronics Union",
    "NSEU",
    "South Korea's largest union at Samsung Electronics",
    "the union",
    "Lee Hyun-kuk",
    "Union vice-president Lee Hyun-kuk",
    "KOR",
]
SAMSUNG = ["Samsung Electronics", "Samsung", "management", "the company", "KOR"]
HWASEONG = ["Hwaseong", "Hwaseong semiconductor campus", "Gyeonggi province", "KOR"]
GIHEUNG = ["Giheung campus", "Giheung", "KOR"]

# South Korean wildfires (Yonhap)
HAN = [
    "Han Duck-soo",
    "Acting President Han Duck-soo",
    "Han",
    "South Korea",
    "KOR",
]
KOR_GOV = ["The government", "government", "South Korea", "KOR"]
USFK = ["The U.S. Forces Korea (USFK)", "USFK", "U.S. Forces Korea", "USA"]
KOREA = ["South Korea", "KOR"]
UISEONG_POLICE = ["police in Uiseong", "police", "KOR"]
GRAVE_MAN = ["a man in his 50s", "The man", "KOR"]
AFFECTED = ["residents", "affected areas", "KOR"]
UISEONG = ["Uiseong", "Uiseong County", "North Gyeongsang Province", "KOR"]
