"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

NETHERLANDS = [
    "Netherlands",
    "Belanda",
    "Dutch government",
    "Pemerintah Belanda",
    "Den Haag",
    "The Hague",
    "Vincent Karremans",
    "Karremans",
    "Economy Minister Vincent Karremans",
    "Menteri Ekonomi Belanda Vincent Karremans",
    "NLD",
]
DUTCH_COURT = ["Enterprise Chamber", "Dutch business court", "NLD"]
NEXPERIA = ["Nexperia", "Wingtech Technology", "Wingtech", "Zhang Xuezheng", "CHN", "NLD"]
NEXPERIA_CEO = ["Zhang Xuezheng", "Nexperia", "CHN"]
CHINA = [
    "China",
    "Beijing",
    "China's Commerce Ministry",
    "Commerce Ministry",
    "Kementerian Perdagangan China",
    "Xi Jinping",
    "CHN",
]
CHINA_MOFCOM = ["China's Commerce Ministry", "Kementerian Perdagangan China", "China", "Beijing", "CHN"]
USA = ["United States", "US", "Donald Trump", "Trump", "USA"]

LEE = [
    "Lee Jae-myung",
    "Lee",
    "Mr Lee",
    "South Korean President Lee Jae-myung",
    "Presiden Korea Selatan Lee Jae-myung",
    "South Korea",
    "Korea Selatan",
    "Korsel",
    "Seoul",
    "KOR",
]
SOUTH_KOREA = ["South Korea", "Korea Selatan", "Korsel", "Seoul", "Lee Jae-myung", "Korea Electric Power Corp", "KEPCO", "KOR"]
UAE = [
    "United Arab Emirates",
    "UAE",
    "Uni Emirat Arab",
    "UEA",
    "Abu Dhabi",
    "Sheikh Mohamed bin Zayed Al Nahyan",
    "Mohamed bin Zayed",
    "Sheikh Mohamed",
    "MBZ",
    "ARE",
]
EGYPT = ["Egypt", "Mesir", "Abdel Fattah al-Sisi", "Sisi", "EGY"]

POLDA_SULTENG = [
    "Polda Sulawesi Tengah",
    "Polda Sulteng",
    "Ditreskrimsus Polda Sulteng",
    "polisi",
    "Kombes Bagus Setiyawan",
    "IDN",
]
KAYUBOKO_MINERS = ["lima orang", "kelima tersangka", "para tersangka", "HS", "penambang", "IDN"]
KAYUBOKO_VILLAGERS = ["Warga Kayuboko", "warga", "IDN"]
PARIMO_REGENT = ["Bupati Parigi Moutong", "Pemkab Parigi Moutong", "IDN"]
POLDA_GORONTALO = [
    "Polda Gorontalo",
    "Ditreskrimsus",
    "Kombes Desmont Harjendro",
    "Desmont",
    "penyidik",
    "IDN",
]
TALUDITI_MINERS = ["empat orang", "keempatnya", "keempat tersangka", "penambang", "tujuh orang", "IDN"]
EXCAVATOR_OWNER = ["pemilik ekskavator", "RK", "IDN"]

SAR_KENDARI = [
    "Basarnas Kendari",
    "Kantor Pencarian dan Pertolongan (Basarnas) Kendari",
    "Tim SAR gabungan",
    "Pos SAR Baubau",
    "Amiruddin AS",
    "Basarnas",
    "IDN",
]
FISHERMEN = ["dua nelayan", "La Ode Hamidu", "Rahmat", "korban", "nelayan", "IDN"]
FISHERMEN_FAMILY = ["Keluarga", "keluarga", "IDN"]
LOCAL_FISHERMEN = ["nelayan setempat", "IDN"]

POLDA_MALUT = [
    "Polda Maluku Utara",
    "Kepolisian Daerah Maluku Utara",
    "polisi",
    "Kombes Bambang Suharyono",
    "IDN",
]
MABA_VILLAGERS = [
    "warga adat Maba Sangaji",
    "11 warga",
    "27 warga",
    "warga",
    "masyarakat adat",
    "IDN",
]
PT_POSITION = ["PT Position", "perusahaan", "IDN"]
JATAM = ["Jaringan Advokasi Tambang", "Jatam", "Melky Nahar", "IDN"]
KOMNAS_HAM = ["Komnas HAM", "IDN"]

POLRESTA_MALANG = [
    "Polresta Malang Kota",
    "Satreskrim Polresta Malang Kota",
    "Kombes Nanang Haryono",
    "Nanang",
    "polisi",
    "IDN",
]
TRAVEL_OWNER = ["FA", "pemilik biro perjalanan umrah", "PT Berkah Safar Mandiri", "tersangka", "IDN"]
PILGRIMS = ["jemaah", "calon jemaah", "120 calon jemaah", "sejumlah jemaah", "IDN"]
KEMENAG_MALANG = ["Kementerian Agama Kota Malang", "Kemenag", "IDN"]
PPATK = ["PPATK", "IDN"]

LEBANON = [
    "Lebanon",
    "Lebanese",
    "Simon Karam",
    "Karam",
    "Joseph Aoun",
    "Aoun",
    "Lebanese government",
    "LBN",
]
AOUN = ["Joseph Aoun", "Aoun", "The Lebanese president, Joseph Aoun", "LBN"]
ISRAEL = [
    "Israel",
    "Israeli",
    "Uri Resnick",
    "Resnick",
    "Benjamin Netanyahu",
    "Netanyahu",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "Benjamin Netanyahu's office", "ISR"]
HEZBOLLAH = ["Hezbollah", "Haytham Ali Tabatabai", "Tabatabai", "Naim Qassem", "Qassem", "LBN"]
QASSEM = ["Naim Qassem", "Qassem", "Hezbollah", "LBN"]
LEBANESE_ARMY = ["Lebanese army", "the army", "LBN"]

YAMAGAMI = ["Yamagami Tetsuya", "Yamagami", "JPN"]
ABE = ["Abe Shinzo", "Abe", "former Prime Minister Abe Shinzo", "JPN"]
PROSECUTORS_JP = ["Prosecutors", "prosecutors", "JPN"]
NARA_COURT = ["Nara District Court", "the court", "JPN"]
TOKYO_COURT = ["Tokyo District Court", "JPN"]
UNIFICATION_CHURCH = [
    "Unification Church",
    "Family Federation for World Peace and Unification",
    "the group",
    "JPN",
]

ARCE = ["Luis Arce", "Arce", "former president Luis Arce", "BOL"]
BOLIVIA_POLICE = ["police", "Bolivian police", "BOL"]
BOLIVIA_JUDGE = ["A Bolivian judge", "judge", "BOL"]
BOLIVIA_PROSECUTORS = ["Prosecutors", "attorney general's office", "BOL"]
MAS = ["Movement Toward Socialism", "MAS", "Arce's party", "BOL"]
PAZ = ["Rodrigo Paz", "President Rodrigo Paz", "Paz", "BOL"]
BOLIVIA_GOV = ["Bolivia", "President Rodrigo Paz", "his government", "BOL"]
