"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = ["Israel", "Israeli", "Tentara Israel", "IDF", "Israeli military", "Militer Israel", "ISR"]
ISRAEL_MIL = [
    "Israeli military",
    "Israeli army",
    "Israeli soldiers",
    "tank Israel",
    "tentara Israel",
    "IDF",
    "ISR",
]
UNIFIL = ["UNIFIL", "peacekeepers", "penjaga perdamaian", "United Nations", "PBB", "prajurit TNI", "UN"]
LEBANON = ["Lebanon", "Hezbollah", "southern Lebanon", "Lebanon selatan", "LBN"]
INDONESIA = [
    "Indonesia",
    "Kementerian Luar Negeri RI",
    "Kemlu",
    "foreign ministry",
    "Retno Marsudi",
    "Retno",
    "Joko Widodo",
    "TNI",
    "IDN",
]
RETNO = ["Retno Marsudi", "Retno", "IDN"]
UN_PKO = ["Jean-Pierre Lacroix", "Lacroix", "PBB", "United Nations", "UN"]
ITALY = ["Italy", "Italia", "Guido Crosetto", "Crosetto", "Rome", "Roma", "ITA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Matthew Miller",
    "State Department",
    "USA",
]

BIDEN = ["Joe Biden", "Biden", "USA"]
XI = ["Xi Jinping", "Xi", "CHN"]
CHINA = ["China", "Beijing", "Xi Jinping", "Xi", "Chinese hackers", "CHN"]
NORTH_KOREA = ["North Korea", "Korea Utara", "PRK"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "Japan", "Jepang", "JPN"]
YOON = ["Yoon Suk Yeol", "Yoon", "South Korea", "Korea Selatan", "KOR"]
PERU = ["Peru", "Dina Boluarte", "Boluarte", "Chancay", "Lima", "PER"]
BRAZIL = ["Brazil", "Brasil", "Manaus", "BRA"]

ICJ = ["International Court of Justice", "ICJ", "court", "Nawaf Salam"]
SOUTH_AFRICA = ["South Africa", "Naledi Pandor", "Pandor", "ZAF"]
PALESTINIANS = ["Palestinians", "Palestinian", "Rafah", "Gaza", "Shaboura", "Hamas", "PSE"]
HAMAS = ["Hamas", "PSE"]
ISRAEL_GOV = ["Israel", "Tzachi Hanegbi", "Hanegbi", "foreign ministry", "ISR"]

COLOMBIA_COURT = [
    "pengadilan",
    "Pengadilan di Bogota",
    "Hakim",
    "Sandra Liliana Heredia",
    "Mahkamah Agung",
    "COL",
]
URIBE = ["Alvaro Uribe", "Uribe", "COL"]
RUBIO = ["Marco Rubio", "Rubio", "Amerika Serikat", "USA"]
PETRO = ["Gustavo Petro", "Petro", "Presiden Kolombia", "COL"]
CEPEDA = ["Ivan Cepeda", "Cepeda", "COL"]

DISSANAYAKE = ["Anura Kumara Dissanayake", "Dissanayake", "LKA"]
SRI_LANKA = ["Sri Lanka", "Komisi Pemilihan Umum Sri Lanka", "Kolombo", "Colombo", "LKA"]
WICKREMESINGHE = ["Ranil Wickremesinghe", "Wickremesinghe", "LKA"]
GUNAWARDENA = ["Dinesh Gunawardena", "Gunawardena", "LKA"]
IMF = ["Dana Moneter Internasional", "IMF", "International Monetary Fund"]
INDIA = ["India", "Santosh Jha", "Narendra Modi", "Modi", "IND"]
RAJAPAKSA = ["Gotabaya Rajapaksa", "Rajapaksa", "LKA"]
SL_PROTESTERS = ["unjuk rasa", "pengunjuk rasa", "demonstran", "rakyat", "LKA"]

KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Nurul Ghufron", "Ghufron", "penyidik", "tim KPK", "IDN"]
RISNANDAR = ["Risnandar Mahiwa", "Risnandar", "Pj Wali Kota Pekanbaru", "Wali Kota Pekanbaru", "IDN"]
PEKANBARU_OFFICIALS = [
    "Risnandar Mahiwa",
    "Risnandar",
    "Indra Pomi Nasution",
    "Novin Karmila",
    "sembilan orang",
    "Pemerintah Kota Pekanbaru",
    "Pekanbaru",
    "IDN",
]
KEMENDAGRI = ["Kementerian Dalam Negeri", "Kemendagri", "Benni Irwan", "IDN"]

GERMANY = ["Jerman", "Germany", "Berlin", "Annalena Baerbock", "Baerbock", "Pemerintah Jerman", "DEU"]
BAERBOCK = ["Annalena Baerbock", "Baerbock", "DEU"]
IRAN = [
    "Iran",
    "Teheran",
    "Tehran",
    "Abbas Araghchi",
    "Araghchi",
    "otoritas kehakiman Iran",
    "Revolutionary Guards",
    "Guards",
    "IRNA",
    "IRN",
]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
SHARMAHD = ["Jamshid Sharmahd", "Sharmahd", "DEU", "IRN"]
EU = ["Uni Eropa", "European Union", "EU"]

RUSSIA_COURT = ["Pengadilan Distrik Basmanny", "Basmanny", "pengadilan", "Moskow", "RUS"]
FSB = ["Dinas Keamanan Federal Rusia", "FSB", "Rusia", "RUS"]
CROCUS_SUSPECTS = ["empat pria", "pelaku", "11 orang", "tersangka", "kelompok bersenjata", "RUS"]
ISIS = ["ISIS", "Negara Islam", "Islamic State", "kelompok bersenjata", "Amaq"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
UKRAINE = ["Ukraina", "Ukraine", "Kyiv", "Mykhailo Podolyak", "Podolyak", "UKR"]
CROCUS_VICTIMS = ["penonton", "Crocus City Hall", "warga", "RUS"]

TRUMP = ["Donald Trump", "Trump", "USA"]
NEWSOM = ["Gavin Newsom", "Newsom", "California", "USA"]
LA_PROTESTERS = ["protesters", "demonstrators", "crowds", "USA"]
LA_POLICE = [
    "police",
    "Los Angeles Police Department",
    "LAPD",
    "California Highway Patrol",
    "officers",
    "USA",
]
NATIONAL_GUARD = ["National Guard", "troops", "Trump", "soldiers", "USA"]
ICE = ["Immigration and Customs Enforcement", "ICE", "agents", "federal prosecutors", "USA"]
HUERTA = ["David Huerta", "Huerta", "Service Employees International Union", "USA"]
HEGSETH = ["Pete Hegseth", "Hegseth", "Marines", "USA"]
NOEM = ["Kristi Noem", "Noem", "Homeland Security", "USA"]
MIGRANTS = ["dozens of people", "migrants", "immigrants", "USA"]

IRGC = ["Revolutionary Guards", "Guards", "Iran", "IRGC", "IRN"]
MSC_ARIES = ["MSC Aries", "container ship", "ship", "Mediterranean Shipping Company", "MSC", "PRT", "CHE"]
KATZ = ["Israel Katz", "Katz", "Israel", "ISR"]
EU_IRAN = ["European Union", "EU", "Iran", "IRN"]
WEST = ["United States", "Britain", "France", "USA", "GBR", "FRA"]
