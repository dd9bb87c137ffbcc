"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = [
    "Israel",
    "Israeli forces",
    "Pasukan Israel",
    "militer Israel",
    "Israeli military",
    "Israel Katz",
    "Katz",
    "Foreign Ministry",
    "Kementerian Luar Negeri Israel",
    "ISR",
]
KATZ = ["Israel Katz", "Katz", "Menteri Pertahanan Israel", "Defense Minister", "ISR"]
MADLEEN = [
    "Madleen",
    "Freedom Flotilla Coalition",
    "Koalisi Armada Kebebasan",
    "FFC",
    "Greta Thunberg",
    "Thunberg",
    "activists",
    "aktivis",
    "aid boat",
    "kapal bantuan",
]
THUNBERG = ["Greta Thunberg", "Thunberg", "Greta", "SWE"]
CONSCIENCE = ["Conscience", "Freedom Flotilla Coalition", "coalition", "vessel"]
HASSAN = ["Rima Hassan", "Hassan", "FRA"]
TURKEY = ["Turkey", "Turkiye", "Turki", "Turkey's Foreign Ministry", "TUR"]
IRAN = ["Iran", "Pemerintah Iran", "Iran's Foreign Ministry", "IRN"]
HAMAS = ["Hamas", "PSE"]
GAZA = ["Gaza", "Jalur Gaza", "Mavi Marmara", "Turkish activists", "PSE"]

AUSTRALIA = ["Australia", "Canberra", "Anthony Albanese", "Albanese", "AUS"]
ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
PNG = ["Papua New Guinea", "Papua Nugini", "PNG", "James Marape", "Marape", "Port Moresby", "PNG"]
MARAPE = ["James Marape", "Marape", "PNG"]
CHINA = ["China", "Beijing", "China's foreign ministry", "Xi Jinping", "Xi", "CHN"]

ECU_MILITARY = ["soldiers", "troops", "armed forces", "military", "militer", "Ecuador", "ECU"]
ECU_POLICE = ["police", "polisi", "Polisi", "ECU"]
ECU_PROTESTERS = [
    "protester",
    "protesters",
    "demonstrators",
    "massa",
    "ratusan orang",
    "Indigenous",
    "CONAIE",
    "Efrain Fuerez",
    "ECU",
]
CONAIE = [
    "Confederation of Indigenous Nationalities of Ecuador",
    "Konfederasi Kebangsaan Pribumi Ekuador",
    "CONAIE",
    "Indigenous",
    "ECU",
]
NOBOA = ["Daniel Noboa", "Noboa", "Presiden Ekuador", "President", "ECU"]
ECU_GOV = ["Ecuador", "Ekuador", "government", "pemerintah", "Daniel Noboa", "Noboa", "Ines Manzano", "ECU"]
ECU_OMBUDSMAN = ["ombudsman", "Ecuador's ombudsman's office", "ECU"]

GEO_POLICE = ["Riot police", "police", "interior ministry", "Georgia", "GEO"]
GEO_PROTESTERS = ["protesters", "demonstrators", "crowd", "opposition", "Paata Burchuladze", "GEO"]
GEO_GOV = [
    "Georgia",
    "Georgian Dream",
    "government",
    "Irakli Kobakhidze",
    "Kobakhidze",
    "presidential palace",
    "Orbeliani",
    "GEO",
]
KOBAKHIDZE = ["Irakli Kobakhidze", "Kobakhidze", "GEO"]
GEO_SECURITY = ["State Security Service", "prosecutors", "Prosecutors", "police", "GEO"]
BURCHULADZE = ["Paata Burchuladze", "Burchuladze", "opposition figures", "opposition", "GEO"]
EU = ["European Union", "EU", "Kaja Kallas", "Kallas"]

PAKISTAN = [
    "Pakistan",
    "Islamabad",
    "Pakistani military",
    "Pakistan's military",
    "Ahmed Sharif Chaudhry",
    "Shehbaz Sharif",
    "Ishaq Dar",
    "PAK",
]
INDIA = ["India", "New Delhi", "Indian forces", "India's military", "Indian", "IND"]
SHARIF = ["Shehbaz Sharif", "Sharif", "PAK"]
ASIF = ["Khawaja Asif", "Asif", "Defence Minister", "PAK"]
NCA = ["National Command Authority", "Shehbaz Sharif", "Sharif", "PAK"]
SAUDI = ["Saudi Arabia", "Adel al-Jubeir", "al-Jubeir", "Jubeir", "SAU"]
PAHALGAM = ["Pahalgam", "tourists", "Indian-administered Kashmir", "attack", "IND"]
TRUMP = ["Donald Trump", "Trump", "Washington", "USA"]

PN_JAKSEL = [
    "Pengadilan Negeri Jakarta Selatan",
    "PN Jakarta Selatan",
    "Hakim",
    "hakim tunggal",
    "I Ketut Darpawan",
    "IDN",
]
NADIEM = ["Nadiem Anwar Makarim", "Nadiem Makarim", "Nadiem", "IDN"]
KEJAGUNG = ["Kejaksaan Agung", "Kejagung", "penyidik", "Anang Supriatna", "IDN"]
HOTMAN = ["Hotman Paris Hutapea", "Hotman", "kuasa hukum", "IDN"]
JURIST_TAN = ["Jurist Tan", "empat tersangka", "IDN"]

KENYA_POLICE = ["Polisi Kenya", "polisi", "Aparat", "Kepolisian", "KEN"]
MOURNERS = ["pelayat", "kerumunan", "massa", "warga", "KEN"]
LSK = ["Lembaga Masyarakat Hukum Kenya", "Law Society of Kenya", "LSK", "KEN"]
RUTO = ["William Ruto", "Ruto", "KEN"]
ODINGA = ["Raila Odinga", "Odinga", "KEN"]

TAKAICHI = ["Sanae Takaichi", "Takaichi", "Jepang", "Tokyo", "JPN"]
LEE = ["Lee Jae-myung", "Lee", "Korea Selatan", "KOR"]
NORTH_KOREA = ["Korea Utara", "Korut", "Pyongyang", "PRK"]
XI = ["Xi Jinping", "Xi", "China", "CHN"]
US = ["Amerika Serikat", "AS", "Donald Trump", "Trump", "USA"]

BARESKRIM = ["Bareskrim Polri", "Bareskrim", "Polri", "Direktorat", "penyidik", "IDN"]
TPPO_SUSPECTS = ["tersangka", "empat orang", "empat tersangka", "RS", "IDN"]
KEMLU = ["Kementerian Luar Negeri", "Kemlu", "IDN"]
CAMBODIA = ["Kamboja", "Phnom Penh", "Kepolisian Kamboja", "KHM"]
WNI_VICTIMS = ["WNI", "warga negara Indonesia", "korban", "IDN"]
