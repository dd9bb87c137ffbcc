"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Kremlin", "Vladimir Putin", "Putin", "Dmitry Peskov", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
MODI = ["Narendra Modi", "Modi", "IND"]
INDIA = ["India", "New Delhi", "Narendra Modi", "Modi", "Droupadi Murmu", "Murmu", "IND"]
MURMU = ["Droupadi Murmu", "Murmu", "IND"]
USA = ["United States", "U.S.", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
TRUMP = ["Donald Trump", "Trump", "USA"]
VANCE = ["JD Vance", "J.D. Vance", "Vance", "USA"]

TANNOS = ["Paulus Tannos", "Tannos", "IDN"]
CPIB = [
    "Corrupt Practices Investigation Bureau",
    "CPIB",
    "CPIB Singapura",
    "Singapore",
    "Singapura",
    "Ministry of Law",
    "SGP",
]
SINGAPORE = ["Singapore", "Singapura", "Ministry of Law", "CPIB", "SGP"]
INDONESIA = [
    "Indonesia",
    "pemerintah Indonesia",
    "Jakarta",
    "Supratman Andi Agtas",
    "Supratman",
    "Kementerian Hukum",
    "IDN",
]
SUPRATMAN = ["Supratman Andi Agtas", "Supratman", "IDN"]
KPK = [
    "Komisi Pemberantasan Korupsi",
    "Corruption Eradication Commission",
    "KPK",
    "Fitroh Rohcahyanto",
    "Fitroh",
    "IDN",
]
NOVANTO = ["Setya Novanto", "Novanto", "IDN"]
COURT_ID = ["court", "Pengadilan Tipikor", "pengadilan", "judges", "IDN"]

POLDA_METRO = [
    "Polda Metro Jaya",
    "polisi",
    "Polisi",
    "penyidik",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "Ditreskrimum",
    "Direktorat Reserse Kriminal Umum",
    "IDN",
]
BRAWL_SUSPECTS = ["tersangka", "pelaku", "MR", "AF", "kelompok remaja", "remaja", "IDN"]
BRAWL_GROUPS = ["kelompok remaja", "remaja", "Dua kelompok remaja", "pelaku", "IDN"]
BRAWL_VICTIM = ["AR", "korban", "pelajar", "IDN"]
INTIMIDATION_SUSPECTS = ["HS", "TW", "tersangka", "organisasi kemasyarakatan", "ormas", "IDN"]
JOURNALIST = ["RN", "jurnalis", "wartawan", "IDN"]
AJI = ["Aliansi Jurnalis Independen", "AJI Jakarta", "AJI", "Irsyan Hasyim", "Irsyan", "IDN"]
SUSPECTS_LAWYER = ["kuasa hukum", "HS", "TW", "IDN"]

FRANCE_POLICE = [
    "French police",
    "police",
    "riot police",
    "Police",
    "gendarmes",
    "interior ministry",
    "Bruno Retailleau",
    "Retailleau",
    "FRA",
]
FRANCE_PROTESTERS = ["protesters", "demonstrators", "Block Everything", "movement", "crowds", "FRA"]
FRANCE_GOV = [
    "France",
    "government",
    "Sebastien Lecornu",
    "Lecornu",
    "Emmanuel Macron",
    "Macron",
    "Francois Bayrou",
    "Bayrou",
    "FRA",
]
RETAILLEAU = ["Bruno Retailleau", "Retailleau", "FRA"]
FRANCE_UNIONS = ["trade unions", "unions", "FRA"]

LEBANON_GOV = [
    "Lebanon",
    "Lebanese cabinet",
    "cabinet",
    "government",
    "ministers",
    "Nawaf Salam",
    "Salam",
    "Paul Morcos",
    "LBN",
]
LEBANON_ARMY = ["Lebanese army", "army", "LBN"]
HEZBOLLAH = ["Hezbollah", "Naim Qassem", "Qassem", "Shia ministers", "Amal Movement", "LBN"]
QASSEM = ["Naim Qassem", "Qassem", "Hezbollah", "LBN"]
BARRACK = ["Tom Barrack", "Barrack", "United States", "US", "USA"]
ISRAEL = ["Israel", "Israeli", "ISR"]
LEBANON_PLACES = ["Nabatieh", "southern Lebanon", "Lebanon", "LBN"]

POLAND = [
    "Poland",
    "Polish",
    "Warsaw",
    "Donald Tusk",
    "Tusk",
    "Cezary Tomczyk",
    "Tomczyk",
    "NATO",
    "POL",
]
TUSK = ["Donald Tusk", "Tusk", "POL"]
BELARUS = ["Belarus", "Minsk", "Belarusian defence ministry", "foreign ministry", "BLR"]
RUSSIA_BELARUS = ["Russia", "Belarus", "Minsk", "Zapad-2025", "Zapad", "RUS", "BLR"]

ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "TUR"]
TURKEY = ["Turki", "Turkey", "Ankara", "Recep Tayyip Erdogan", "Erdogan", "TUR"]
UN_GA = ["Sidang Umum PBB", "PBB", "New York", "USA"]

MELONI = ["Giorgia Meloni", "Meloni", "ITA"]
ITALY = ["Italia", "Italy", "Roma", "Giorgia Meloni", "Meloni", "ITA"]
EU = ["Uni Eropa", "European Union", "EU", "Eropa"]

ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
JAPAN = ["Jepang", "Japan", "Tokyo", "Shigeru Ishiba", "Ishiba", "Sendai", "JPN"]
CHINA = ["China", "Tianjin", "SCO", "Organisasi Kerja Sama Shanghai", "CHN"]
