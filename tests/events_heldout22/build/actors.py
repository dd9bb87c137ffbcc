"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

IRAN = [
    "Iran",
    "Islamic Republic",
    "Tehran",
    "Teheran",
    "Revolutionary Guard",
    "Garda Revolusi Iran",
    "IRGC",
    "Mohammad Bagheri",
    "Bagheri",
    "IRN",
]
IRGC = ["Revolutionary Guard", "Garda Revolusi Iran", "IRGC", "Iran", "IRN"]
BAGHERI = ["Mohammad Bagheri", "Bagheri", "Angkatan Bersenjata Iran", "IRN"]
IRAN_UN = ["Iran's mission to the United Nations", "Iran", "IRN"]
ISRAEL = [
    "Israel",
    "Tel Aviv",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Israeli military",
    "militer Israel",
    "Daniel Hagari",
    "Hagari",
    "Yoav Gallant",
    "Gallant",
    "Benny Gantz",
    "Gantz",
    "Israel Katz",
    "Katz",
    "Nevatim",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
IRAN_CONSULATE = [
    "Iranian consulate",
    "konsulat Iran",
    "Damascus",
    "Damaskus",
    "Mohammad Reza Zahedi",
    "Zahedi",
    "Iran",
    "IRN",
]
MSC_ARIES = ["MSC Aries", "container ship", "kapal kontainer", "PRT", "ISR"]
BIDEN = ["Joe Biden", "Biden", "White House", "Gedung Putih", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Joe Biden",
    "Biden",
    "State Department",
    "Matthew Miller",
    "Molly Phee",
    "Michael Langley",
    "USA",
]
ALLIES_INTERCEPT = [
    "U.S. military",
    "United States",
    "Amerika Serikat",
    "Inggris",
    "Yordania",
    "USA",
    "GBR",
    "JOR",
]
G7 = ["G7", "G7 leaders", "pemimpin G7"]
UNSC = ["U.N. Security Council", "Dewan Keamanan PBB", "Security Council", "United Nations", "PBB"]
INDONESIA = [
    "Indonesia",
    "Kementerian Luar Negeri RI",
    "Kemlu RI",
    "Kemlu",
    "Jakarta",
    "Prabowo Subianto",
    "Prabowo",
    "IDN",
]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]
TURKEY = ["Turkiye", "Turki", "Turkey", "Ankara", "Esenboga", "Recep Tayyip Erdogan", "Erdogan", "TUR"]
GAZA = ["Gaza", "Jalur Gaza", "Palestina", "Palestinian", "Hamas", "PSE"]
MIDEAST_TOUR = ["Mesir", "Egypt", "Qatar", "Yordania", "Jordan", "EGY", "QAT", "JOR"]
UAE = ["Uni Emirat Arab", "Abu Dhabi", "UAE", "ARE"]

CGT = [
    "General Confederation of Labor",
    "Konfederasi Umum Buruh",
    "CGT",
    "unions",
    "serikat buruh",
    "serikat-serikat buruh",
    "Pablo Moyano",
    "Hector Daer",
    "workers",
    "buruh",
    "ARG",
]
ARG_GOV = [
    "Javier Milei",
    "Milei",
    "government",
    "pemerintah",
    "Patricia Bullrich",
    "Bullrich",
    "Manuel Adorni",
    "Adorni",
    "Argentina",
    "Congress",
    "Kongres",
    "ARG",
]
ARG_COURT = ["labor appeals court", "court", "pengadilan", "ARG"]
ARG_CONGRESS = ["Dewan Perwakilan", "majelis rendah", "Kongres", "Congress", "ARG"]

CHINA_CG = ["Chinese coast guard", "China's coast guard", "coast guard", "China", "Beijing", "CHN"]
CHINA = ["China", "Beijing", "Chinese", "Lin Jian", "CHN"]
PHILIPPINES = [
    "Philippines",
    "Philippine",
    "Manila",
    "Philippine navy",
    "Philippine military",
    "Romeo Brawner",
    "Brawner",
    "Ferdinand Marcos",
    "Marcos",
    "BRP Sierra Madre",
    "Filipino",
    "PHL",
]
BRAWNER = ["Romeo Brawner Jr", "Romeo Brawner", "Brawner", "Philippine military chief", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
TRIBUNAL = [
    "international arbitral tribunal",
    "arbitral tribunal",
    "The Hague",
    "Permanent Court of Arbitration",
]

NIGER = [
    "Niger",
    "Niger's military regime",
    "junta",
    "Niamey",
    "Amadou Abdramane",
    "Abdramane",
    "Niger's generals",
    "NER",
]
US_DELEGATION = ["US delegation", "Molly Phee", "Phee", "Michael Langley", "Langley", "United States", "USA"]
FRANCE = ["France", "French troops", "French", "FRA"]
ECOWAS = ["ECOWAS", "West African bloc", "Economic Community of West African States"]
SAHEL_JUNTAS = ["Niger", "Mali", "Burkina Faso", "NER", "MLI", "BFA"]
BAZOUM = ["Mohamed Bazoum", "Bazoum", "NER"]

RUSSIA = ["Rusia", "Russia", "Moskwa", "Moscow", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
ASSAD = ["Bashar al-Assad", "Assad", "Suriah", "Syria", "SYR"]
HTS = [
    "Hayat Tahrir al-Sham",
    "HTS",
    "pemberontak",
    "kelompok pemberontak",
    "Abu Mohammed al-Jolani",
    "al-Jolani",
    "Jolani",
    "SYR",
]
SYRIA_GOV = [
    "Suriah",
    "Syria",
    "Damaskus",
    "Damascus",
    "tentara pemerintah",
    "Bashar al-Assad",
    "Assad",
    "SYR",
]
JALALI = ["Mohammed Ghazi al-Jalali", "al-Jalali", "Jalali", "SYR"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]

JENIN = [
    "Jenin",
    "kamp pengungsian",
    "kamp Jenin",
    "Tepi Barat",
    "Palestina",
    "warga Palestina",
    "kelompok bersenjata",
    "PSE",
]
PA = [
    "Otoritas Palestina",
    "PA",
    "pasukan keamanan Otoritas Palestina",
    "Mahmoud Abbas",
    "Abbas",
    "Nabil Abu Rudeineh",
    "Abu Rudeineh",
    "PSE",
]
SETTLERS = ["pemukim Israel", "pemukim", "ISR"]
PAL_VILLAGES = ["Al-Funduq", "Jinsafut", "Qalqilya", "desa", "warga", "PSE"]
HAMAS = ["Hamas", "Gaza", "Jalur Gaza", "PSE"]
UN = ["PBB", "Perserikatan Bangsa-Bangsa", "Antonio Guterres", "Guterres", "Stephane Dujarric", "Dujarric"]

POLDA = [
    "Polda Metro Jaya",
    "polisi",
    "Polisi",
    "penyidik",
    "Tim gabungan",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "IDN",
]
KOMDIGI_STAFF = [
    "pegawai Komdigi",
    "pegawai Kementerian Komunikasi dan Digital",
    "Komdigi",
    "Kementerian Komunikasi dan Digital",
    "tersangka",
    "11 orang",
    "IDN",
]
SATELLITE_OFFICE = ["kantor satelit", "ruko", "Bekasi", "IDN"]
MEUTYA = ["Meutya Hafid", "Meutya", "Komdigi", "Menkomdigi", "IDN"]
BUDI_ARIE = ["Budi Arie Setiadi", "Budi Arie", "IDN"]

TO_LAM = ["To Lam", "Vietnam", "Partai Komunis Vietnam", "Hanoi", "VNM"]
XI = ["Xi Jinping", "Xi", "CHN"]
VIETNAM = ["Vietnam", "Hanoi", "To Lam", "VNM"]
CHINA_ID = ["China", "Tiongkok", "Beijing", "Guangzhou", "Xi Jinping", "Li Qiang", "CHN"]
LI_QIANG = ["Li Qiang", "CHN"]
ZHAO = ["Zhao Leji", "Kongres Rakyat Nasional", "CHN"]
BIDEN_ID = ["Joe Biden", "Biden", "Amerika Serikat", "AS", "USA"]
