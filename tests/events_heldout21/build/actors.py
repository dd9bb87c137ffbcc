"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = [
    "Israel",
    "Israeli military",
    "Militer Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Yoav Gallant",
    "Gallant",
    "Israel Defense Forces",
    "IDF",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
GALLANT = ["Yoav Gallant", "Gallant", "ISR"]
TEL_AVIV = ["Tel Aviv", "Israel", "Eilat", "ISR"]
HOUTHIS = [
    "Houthi",
    "Houthis",
    "Ansarallah",
    "Yahya Saree",
    "Saree",
    "Mohammed Abdulsalam",
    "Abdulsalam",
    "YEM",
]
YEMEN = ["Yemen", "Yaman", "Hodeidah", "Houthi", "Houthis", "YEM"]
SAREE = ["Yahya Saree", "Saree", "Houthi", "YEM"]
USA = ["United States", "U.S.", "Washington", "Amerika Serikat", "AS", "USA"]
IRAN = ["Iran", "Nasser Kanaani", "Kanaani", "Teheran", "Tehran", "IRN"]
SHIPS = ["commercial ships", "ships", "Red Sea", "Laut Merah", "shipping"]

POPE = ["Pope Francis", "Paus Fransiskus", "Francis", "Paus", "pope", "Vatican", "Vatikan", "VAT"]
NASARUDDIN = ["Nasaruddin Umar", "Nasaruddin", "Umar", "Imam Besar", "grand imam", "Istiqlal", "IDN"]
JOKOWI = ["Joko Widodo", "Jokowi", "Presiden Jokowi", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Istiqlal", "Yaqut Cholil Qoumas", "Yaqut", "IDN"]
PNG = ["Papua New Guinea", "Papua Nugini", "Port Moresby", "PNG"]
INDONESIA_POLICE = ["Indonesian police", "police", "polisi", "Densus 88", "IDN"]
PLOTTERS = ["seven people", "suspects", "IDN"]

GEORGIA_POLICE = [
    "Georgian police",
    "Polisi Georgia",
    "police",
    "polisi",
    "interior ministry",
    "Kementerian Dalam Negeri Georgia",
    "GEO",
]
GEORGIA_PROTESTERS = ["protesters", "demonstrators", "demonstran", "pengunjuk rasa", "Massa", "GEO"]
GEORGIA_GOV = [
    "Georgia",
    "Georgian government",
    "Irakli Kobakhidze",
    "Kobakhidze",
    "Georgian Dream",
    "parliament",
    "parlemen",
    "Tbilisi",
    "GEO",
]
KOBAKHIDZE = ["Irakli Kobakhidze", "Kobakhidze", "GEO"]
GEORGIAN_DREAM = ["Georgian Dream", "ruling party", "parliament", "parlemen", "GEO"]
OPPOSITION_GEO = [
    "United National Movement",
    "UNM",
    "Levan Khabeishvili",
    "Khabeishvili",
    "opposition",
    "GEO",
]
ZOURABICHVILI = ["Salome Zourabichvili", "Zourabichvili", "GEO"]
OBRIEN = ["James O'Brien", "O'Brien", "US Assistant Secretary of State", "USA"]
EU = ["European Union", "Uni Eropa", "EU", "Josep Borrell", "Borrell", "Charles Michel", "Michel", "Brussel"]

FRANCE = [
    "France",
    "French government",
    "Paris",
    "Gérald Darmanin",
    "Darmanin",
    "Gabriel Attal",
    "Attal",
    "Emmanuel Macron",
    "Macron",
    "gendarmes",
    "police",
    "FRA",
]
DARMANIN = ["Gérald Darmanin", "Darmanin", "FRA"]
MACRON = ["Emmanuel Macron", "Macron", "FRA"]
NEW_CALEDONIA = [
    "New Caledonia",
    "Noumea",
    "Nouméa",
    "Kanak",
    "pro-independence",
    "rioters",
    "demonstrators",
    "NCL",
]
AZERBAIJAN = ["Azerbaijan", "Baku", "AZE"]
NATIONAL_ASSEMBLY = ["National Assembly", "Lawmakers", "FRA"]

BANGLADESH_GOV = [
    "Bangladesh",
    "Bangladesh's government",
    "government",
    "authorities",
    "Sheikh Hasina",
    "Hasina",
    "Obaidul Quader",
    "Awami League",
    "army",
    "military",
    "BGD",
]
BANGLADESH_POLICE = ["police", "Police", "BGD"]
BD_STUDENTS = ["students", "protesters", "demonstrators", "student leaders", "BGD"]
HASINA = ["Sheikh Hasina", "Hasina", "BGD"]
BD_SUPREME_COURT = ["Supreme Court", "BGD"]
BNP = ["Bangladesh Nationalist Party", "BNP", "opposition", "BGD"]
ANISUL = ["Anisul Huq", "Law Minister", "BGD"]
BTV = ["BTV", "state broadcaster", "BGD"]

RUBIO = ["Marco Rubio", "Rubio", "USA"]
US_GOV = ["Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "Marco Rubio", "Rubio", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
RASOOL = ["Ebrahim Rasool", "Rasool", "ZAF"]
SOUTH_AFRICA = [
    "Afrika Selatan",
    "South Africa",
    "Pretoria",
    "Cyril Ramaphosa",
    "Ramaphosa",
    "Vincent Magwenya",
    "Magwenya",
    "Kepresidenan",
    "ZAF",
]
G20 = ["G20", "Johannesburg", "ZAF"]
ICJ = ["Mahkamah Internasional", "ICJ", "International Court of Justice"]

ECUADOR = [
    "Ekuador",
    "Ecuador",
    "Polisi Ekuador",
    "Pasukan polisi Ekuador",
    "Daniel Noboa",
    "Noboa",
    "Kantor Kepresidenan Ekuador",
    "Quito",
    "ECU",
]
GLAS = ["Jorge Glas", "Glas", "ECU"]
MEXICO = [
    "Meksiko",
    "Mexico",
    "Kedutaan Besar Meksiko",
    "Andres Manuel Lopez Obrador",
    "Lopez Obrador",
    "Alicia Barcena",
    "Barcena",
    "Roberto Canseco",
    "Canseco",
    "Raquel Serur",
    "MEX",
]
AMLO = ["Andres Manuel Lopez Obrador", "Lopez Obrador", "MEX"]
CANSECO = ["Roberto Canseco", "Canseco", "MEX"]
SERUR = ["Raquel Serur", "Serur", "Duta Besar Meksiko", "MEX"]
OAS = ["Organisasi Negara-Negara Amerika", "OAS", "Brasil", "Kolombia", "BRA", "COL"]

BARESKRIM = [
    "Badan Reserse Kriminal Polri",
    "Bareskrim",
    "Bareskrim Polri",
    "Polri",
    "polisi",
    "penyidik",
    "Djuhandhani Rahardjo Puro",
    "Djuhandhani",
    "IDN",
]
ARSIN = ["Arsin bin Asip", "Arsin", "Kepala Desa Kohod", "Kades Kohod", "Ujang Karta", "IDN"]
KOHOD = ["Kantor Desa Kohod", "Desa Kohod", "Kohod", "Arsin", "IDN"]
KKP = ["Kementerian Kelautan dan Perikanan", "KKP", "IDN"]
TNI_AL = ["TNI Angkatan Laut", "TNI AL", "nelayan", "Prabowo Subianto", "Prabowo", "IDN"]
PAGAR_LAUT = ["pagar laut", "pagar bambu", "pagar", "IDN"]
NUSRON = ["Nusron Wahid", "Nusron", "Kementerian Agraria", "BPN", "IDN"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "IDN"]
INDONESIA_GOV = ["Indonesia", "RI", "Prabowo Subianto", "Prabowo", "IDN"]
STARMER = ["Keir Starmer", "Starmer", "Downing Street", "GBR"]
UK = [
    "Inggris",
    "Britain",
    "United Kingdom",
    "Pemerintah Inggris",
    "Keir Starmer",
    "Starmer",
    "London",
    "GBR",
]
CHARLES = ["Raja Charles III", "Charles III", "King Charles", "Istana Buckingham", "GBR"]
UAE = ["Uni Emirat Arab", "UEA", "Mohamed bin Zayed", "Sheikh Mohamed", "Abu Dhabi", "ARE"]
G20_BRAZIL = ["G20", "KTT G20", "Rio de Janeiro", "Brasil", "BRA"]
