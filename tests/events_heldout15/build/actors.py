"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "Amerika Serikat", "Washington", "U.S.", "White House", "Gedung Putih", "USA"]
SISI = ["Abdel Fattah al-Sisi", "Abdel Fattah Al-Sisi", "al-Sisi", "Al-Sisi", "Sisi", "EGY"]
EGYPT = ["Egypt", "Mesir", "Sharm el-Sheikh", "Sharm El-Sheikh", "Abdel Fattah al-Sisi", "Sisi", "EGY"]
GAZA_GUARANTORS = [
    "Abdel Fattah al-Sisi",
    "Sisi",
    "Egypt",
    "Mesir",
    "Tamim bin Hamad Al Thani",
    "Qatar",
    "Recep Tayyip Erdogan",
    "Erdogan",
    "Turkey",
    "Turki",
    "EGY",
    "QAT",
    "TUR",
]
TAMIM = ["Tamim bin Hamad Al Thani", "Sheikh Tamim", "Tamim", "Qatar", "QAT"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
ISRAEL = ["Israel", "Israeli military", "Militer Israel", "IDF", "Knesset", "Benjamin Netanyahu", "ISR"]
HAMAS = ["Hamas", "PSE"]
PALESTINIANS = ["Palestinian", "Palestina", "Gaza", "Jalur Gaza", "Hamas", "PSE"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Prabowo Subianto", "Prabowo", "IDN"]

UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Kiev",
    "SBU",
    "Security Service of Ukraine",
    "Dinas Keamanan Ukraina",
    "UKR",
]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
ZELENSKY = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "UKR"]
UMEROV = ["Rustem Umerov", "Umerov", "Ukraine", "Ukraina", "Kyiv", "UKR"]
MEDINSKY = ["Vladimir Medinsky", "Medinsky", "Russia", "Rusia", "Moscow", "Moskow", "RUS"]
RUSSIA_MOD = ["Russia's Defense Ministry", "Kementerian Pertahanan Rusia", "Russia", "Rusia", "RUS"]

HOUTHIS = ["Houthi", "Houthis", "Ansar Allah", "Yemen", "Yaman", "Sanaa", "YEM"]
KATZ = ["Israel Katz", "Katz", "ISR"]
RAHAWI = ["Ahmed Ghaleb al-Rahawi", "Ahmed al-Rahawi", "al-Rahawi", "Al-Rahawi", "Houthi", "YEM"]
MASHAT = ["Mahdi al-Mashat", "al-Mashat", "Al-Mashat", "Houthi", "YEM"]

DE_MORAES = ["Alexandre de Moraes", "de Moraes", "Moraes", "Supreme Court", "Mahkamah Agung", "BRA"]
BRAZIL = ["Brazil", "Brasil", "Brasilia", "Luiz Inacio Lula da Silva", "Lula", "BRA"]
BOLSONARO = ["Jair Bolsonaro", "Bolsonaro", "BRA"]
US_TREASURY = [
    "Treasury Department",
    "Treasury",
    "Scott Bessent",
    "Bessent",
    "United States",
    "Amerika Serikat",
    "Washington",
    "USA",
]
RUBIO = ["Marco Rubio", "Rubio", "Washington", "USA"]

LE_PEN = ["Marine Le Pen", "Le Pen", "National Rally", "FRA"]
PARIS_COURT = ["Paris criminal court", "Bénédicte de Perthuis", "de Perthuis", "court", "prosecutors", "FRA"]
BARDELLA = ["Jordan Bardella", "Bardella", "National Rally", "FRA"]

KIM_KEON_HEE = ["Kim Keon Hee", "Kim Keon-hee", "Kim", "KOR"]
YOON = ["Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon", "KOR"]
KOR_JUSTICE = [
    "Seoul Central District Court",
    "court",
    "special counsel",
    "Min Joong-ki",
    "prosecutors",
    "investigators",
    "South Korea",
    "KOR",
]

MAR_SECURITY = [
    "gendarmerie",
    "aparat",
    "polisi",
    "pasukan keamanan",
    "Kementerian Dalam Negeri Maroko",
    "Maroko",
    "MAR",
]
MAR_PROTESTERS = ["GenZ 212", "Gen Z", "demonstran", "massa", "pengunjuk rasa", "Maroko", "MAR"]
MAR_GOV = ["pemerintah", "Aziz Akhannouch", "Akhannouch", "Maroko", "MAR"]

KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Asep Guntur Rahayu", "IDN"]
TOPAN = ["Topan Obaja Putra Ginting", "Topan Ginting", "Topan", "Dinas PUPR", "IDN"]
BOBBY = ["Bobby Nasution", "Bobby", "IDN"]
SUMUT_SUSPECTS = ["Topan", "Rasuli Efendi Siregar", "Heliyanto", "Akhirun", "Rayhan", "tersangka", "IDN"]

ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
AUSTRALIA = ["Australia", "Sydney", "Canberra", "Anthony Albanese", "Albanese", "AUS"]
UN = [
    "United Nations",
    "U.N.",
    "Perserikatan Bangsa-Bangsa",
    "staf PBB",
    "Program Pangan Dunia",
    "UNICEF",
    "Grundberg",
]
