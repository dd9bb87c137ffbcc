"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = [
    "Israel",
    "Israeli military",
    "Militer Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "Israel Defense Forces",
    "IDF",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
HEZBOLLAH = ["Hezbollah", "Hizbullah", "Mahmoud Qmati", "Qmati", "Radwan", "LBN"]
TABATABAI = ["Haytham Ali Tabatabai", "Tabatabai", "Hezbollah", "Hizbullah", "LBN"]
LEBANON = ["Lebanon", "Lebanese government", "Pemerintah Lebanon", "Beirut", "Lebanon's army", "LBN"]
AOUN = ["Joseph Aoun", "Aoun", "LBN"]
ISRAEL_FOE_LB = [*HEZBOLLAH, "Lebanon", "Beirut", "Haret Hreik", "Tabatabai"]
USA = ["United States", "U.S.", "US", "Amerika Serikat", "AS", "Washington", "USA"]

RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Russian Defense Ministry",
    "Kementerian Pertahanan Rusia",
    "Vladimir Putin",
    "Putin",
    "RUS",
]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Ternopil",
    "Volodymyr Zelenskyy",
    "Volodymyr Zelensky",
    "Zelensky",
    "Ihor Klymenko",
    "Klymenko",
    "UKR",
]
TERNOPIL = ["Ternopil", "apartment blocks", "gedung apartemen", "Ukraine", "Ukraina", "UKR"]
ZELENSKY = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "UKR"]
ERDOGAN = ["Recep Tayyip Erdogan", "Erdogan", "Turkey", "Turki", "Ankara", "TUR"]
DRISCOLL = ["Dan Driscoll", "Driscoll", "U.S. Army", "Angkatan Darat AS", "USA"]
POLAND = ["Poland", "Polandia", "POL"]

FICO = ["Robert Fico", "Fico", "Slovak government", "pemerintah", "SVK"]
SLOVAK_PROTESTERS = [
    "protesters",
    "Slovaks",
    "demonstran",
    "massa",
    "warga Slovakia",
    "Peace for Ukraine",
    "Mier Ukrajine",
    "Damai untuk Ukraina",
    "Martin Dubeci",
    "organisers",
    "penyelenggara",
    "SVK",
]
SLOVAK_OPPOSITION = ["opposition parties", "Opposition", "parliament", "SVK"]

PNP = [
    "Philippine police",
    "Philippine National Police",
    "police",
    "Benjamin Abalos",
    "Abalos",
    "authorities",
    "PHL",
]
QUIBOLOY = ["Apollo Quiboloy", "Quiboloy", "Kingdom of Jesus Christ", "Israelito Torreon", "Torreon", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
US_JUSTICE = ["US federal grand jury", "federal grand jury", "United States", "US", "FBI", "USA"]

GAZA_CHURCH = [
    "Holy Family Church",
    "Latin Patriarchate of Jerusalem",
    "Gabriel Romanelli",
    "Romanelli",
    "church",
    "Palestinians",
    "Gaza",
    "PSE",
]
POPE = ["Pope Leo XIV", "Pope Leo", "Vatican", "Pietro Parolin", "Parolin", "VAT"]
MELONI = ["Giorgia Meloni", "Meloni", "Italy", "ITA"]
TRUMP = ["Donald Trump", "Trump", "Karoline Leavitt", "USA"]

PAKISTAN = ["Pakistan", "Islamabad", "militer Pakistan", "Mohammad Sadiq", "Sadiq", "PAK"]
AFGHANISTAN = [
    "Afghanistan",
    "Taliban",
    "Kabul",
    "Paktika",
    "Barmal",
    "Zabihullah Mujahid",
    "Mujahid",
    "Kementerian Pertahanan Afghanistan",
    "Amir Khan Muttaqi",
    "Muttaqi",
    "AFG",
]
TTP = ["Tehrik-i-Taliban Pakistan", "TTP", "militan", "PAK"]
PAK_SOLDIERS = ["tentara Pakistan", "pos militer", "Pakistan", "PAK"]
UNAMA = ["UNAMA", "Misi Bantuan PBB di Afghanistan", "PBB"]

IRAN = [
    "Iran",
    "Teheran",
    "Tehran",
    "Kazem Gharibabadi",
    "Gharibabadi",
    "Majid Takht-Ravanchi",
    "Abbas Araghchi",
    "Araghchi",
    "Masoud Pezeshkian",
    "Pezeshkian",
    "IRN",
]
ARAGHCHI = ["Abbas Araghchi", "Araghchi", "IRN"]
E3 = [
    "E3",
    "Inggris",
    "Prancis",
    "Jerman",
    "Eropa",
    "Uni Eropa",
    "Kaja Kallas",
    "Kallas",
    "GBR",
    "FRA",
    "DEU",
]
ISRAEL_USA = ["Israel", "Amerika Serikat", "AS", "ISR", "USA"]
IAEA = ["IAEA", "Badan Energi Atom Internasional"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "Presiden", "pemerintah", "IDN"]
WORKERS = [
    "buruh",
    "serikat buruh",
    "Said Iqbal",
    "KSPI",
    "Partai Buruh",
    "Dewan Kesejahteraan Buruh Nasional",
    "IDN",
]
GEBRAK = ["Gerakan Buruh Bersama Rakyat", "Gebrak", "buruh", "mahasiswa", "massa", "IDN"]
DPR = ["DPR", "Gedung DPR", "Dewan Perwakilan Rakyat", "IDN"]
POLICE_ID = [
    "Polda Metro Jaya",
    "Kepolisian Daerah Metro Jaya",
    "polisi",
    "Polisi",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "Karyoto",
    "IDN",
]
WFT = ["WFT", "Bjorka", "tersangka", "pemuda", "IDN"]
MAH = ["MAH", "pemuda penjual es", "pemuda", "IDN"]
