"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

RUSSIA = ["Russia", "Rusia", "Moscow", "Moskwa", "Kremlin", "Russian", "MiG-31", "RUS"]
RUSSIA_MOD = ["Russia's defence ministry", "Kementerian Pertahanan Rusia", "Russia", "Rusia", "Moskwa", "RUS"]
ESTONIA = [
    "Estonia",
    "Tallinn",
    "Kristen Michal",
    "Michal",
    "Margus Tsahkna",
    "Tsahkna",
    "Estonian Defence Forces",
    "EST",
]
ESTONIA_MFA = ["Estonia's foreign ministry", "Kementerian Luar Negeri Estonia", "Estonia", "Tsahkna", "EST"]
TSAHKNA = ["Margus Tsahkna", "Tsahkna", "EST"]
NATO = ["NATO", "North Atlantic Council", "Dewan Atlantik Utara", "allies", "sekutu", "Brussels"]
ITALY_NATO = ["Italian F-35", "F-35 Italia", "Italy", "Italia", "NATO", "ITA"]
POLAND = ["Poland", "Polandia", "Warsaw", "POL"]
BELARUS = ["Belarus", "Minsk", "BLR"]
TRUMP = ["Donald Trump", "Trump", "USA"]
VON_DER_LEYEN = ["Ursula von der Leyen", "von der Leyen", "European Commission", "EU"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "Sugiono", "IDN"]
ABDULLAH = ["Abdullah II", "King Abdullah", "Raja Abdullah", "Abdullah", "JOR"]
JORDAN = ["Jordan", "Yordania", "Amman", "Abdullah II", "King Abdullah", "Raja Abdullah", "JOR"]
QATAR = ["Qatar", "Doha", "Tamim bin Hamad Al Thani", "Tamim", "QAT"]
GAZA = ["Gaza", "Palestina", "Palestinian", "Gazans", "PSE"]

SL_POLICE = ["Sri Lankan police", "Polisi Sri Lanka", "police", "polisi", "Nihal Thalduwa", "LKA"]
SL_GOV = ["Sri Lanka", "government", "pemerintah", "Ranil Wickremesinghe", "Wickremesinghe", "LKA"]
SJB = [
    "Samagi Jana Balawegaya",
    "SJB",
    "Sajith Premadasa",
    "Premadasa",
    "oposisi",
    "demonstran",
    "massa",
    "pendukung oposisi",
    "LKA",
]
STUDENTS_SL = [
    "Inter University Students' Federation",
    "IUSF",
    "students",
    "university students",
    "protesters",
    "Madushan Chandrajith",
    "LKA",
]
CHANDRAJITH = ["Madushan Chandrajith", "Chandrajith", "convenor", "LKA"]
ARAGALAYA = ["warga", "protesters", "Aragalaya", "massa", "LKA"]
RAJAPAKSA = ["Gotabaya Rajapaksa", "Rajapaksa", "kediaman resmi presiden", "LKA"]
AMNESTY = ["Amnesty International", "Amnesty"]

MERZ = ["Friedrich Merz", "Merz", "DEU"]
GERMANY = ["Germany", "German", "Berlin", "Friedrich Merz", "Merz", "DEU"]
USA = ["United States", "U.S.", "Washington", "White House", "Donald Trump", "Trump", "USA"]
EU = ["European Union", "EU", "Brussels", "Uni Eropa"]
UKRAINE_RUSSIA = ["Ukraine", "Russia", "Moscow", "UKR", "RUS"]

GNB_MILITARY = [
    "military officers",
    "officers",
    "High Military Command for the Restoration of Order",
    "army",
    "soldiers",
    "Horta N'Tam",
    "N'Tam",
    "military",
    "GNB",
]
NTAM = ["Horta N'Tam", "N'Tam", "GNB"]
EMBALO = ["Umaro Sissoco Embalo", "Embalo", "GNB"]
GNB_OFFICIALS = ["senior officials", "interior minister", "army chief of staff", "officials", "Embalo", "GNB"]
GNB = ["Guinea-Bissau", "Bissau", "GNB"]
ECOWAS = ["Economic Community of West African States", "ECOWAS", "African Union", "AU"]
GNB_GUNMEN = ["gunmen", "GNB"]
GNB_OPPOSITION = ["opposition figures", "opposition", "Fernando Dias", "GNB"]

PERU_CONGRESS = [
    "Kongres Peru",
    "Kongres",
    "Congress",
    "anggota Kongres",
    "parlemen",
    "José Jerí",
    "Jerí",
    "PER",
]
BOLUARTE = ["Dina Boluarte", "Boluarte", "PER"]
JERI = ["José Jerí", "Jerí", "PER"]
CASTILLO = ["Pedro Castillo", "Castillo", "PER"]
PERU_AUTH = ["polisi", "aparat", "aparat keamanan", "Kongres", "jaksa", "Peru", "PER"]
PERU_GUNMEN = ["pria bersenjata", "sekelompok pria bersenjata", "geng kriminal", "pelaku", "PER"]
AGUA_MARINA = ["Agua Marina", "anggota band", "penonton", "konser", "PER"]
PERU_PROTESTERS = ["pengunjuk rasa", "unjuk rasa", "demonstran", "massa", "PER"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Budi Prasetyo",
    "penyidik",
    "penyidik KPK",
    "IDN",
]
YAQUT = ["Yaqut Cholil Qoumas", "Yaqut", "mantan Menteri Agama", "Menteri Agama", "IDN"]
KEMENAG = ["Kementerian Agama", "Kemenag", "Yaqut Cholil Qoumas", "Yaqut", "IDN"]
DPR = ["DPR", "Panitia Khusus (Pansus) Angket Haji DPR", "Pansus Angket Haji", "IDN"]

SATGAS_PANGAN = [
    "Satuan Tugas Pangan Polri",
    "Satgas Pangan Polri",
    "Satgas Pangan",
    "Bareskrim Polri",
    "Bareskrim",
    "Polri",
    "polisi",
    "penyidik",
    "Helfi Assegaf",
    "Helfi",
    "IDN",
]
FOOD_STATION = ["PT Food Station Tjipinang Jaya", "Food Station", "KG", "RL", "RP", "tersangka", "IDN"]
AMRAN = ["Andi Amran Sulaiman", "Amran", "Kementerian Pertanian", "IDN"]
RICE_PRODUCERS = ["produsen", "produsen beras", "saksi", "Food Station", "IDN"]
PRAMONO = ["Pramono Anung", "Pramono", "Gubernur DKI Jakarta", "pemerintah provinsi", "IDN"]

LEE = ["Lee Jae-myung", "Lee", "KOR"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
SOUTH_KOREA = ["Korea Selatan", "Korsel", "Seoul", "Lee Jae-myung", "Lee", "Mahkamah Agung Korsel", "KOR"]
JAPAN = ["Jepang", "Tokyo", "Shigeru Ishiba", "Ishiba", "perusahaan-perusahaan Jepang", "JPN"]
KOREA_COURT = ["Mahkamah Agung Korsel", "Mahkamah Agung", "KOR"]
JAPAN_FIRMS = ["perusahaan-perusahaan Jepang", "perusahaan Jepang", "Jepang", "JPN"]
USA_ID = ["Amerika Serikat", "AS", "Washington", "Gedung Putih", "Donald Trump", "Trump", "USA"]
