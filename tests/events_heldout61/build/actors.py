"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

DENMARK = [
    "Denmark",
    "Danish",
    "Copenhagen",
    "Kopenhagen",
    "Mette Frederiksen",
    "Frederiksen",
    "Troels Lund Poulsen",
    "Poulsen",
    "DNK",
]
FREDERIKSEN = ["Mette Frederiksen", "Frederiksen", "Danish prime minister", "Perdana Menteri Denmark", "DNK"]
POULSEN = ["Troels Lund Poulsen", "Poulsen", "defence minister", "Menteri Pertahanan Denmark", "DNK"]
DANISH_AIRPORTS = [
    "Copenhagen airport",
    "Bandara Kopenhagen",
    "Aalborg",
    "Bandara Aalborg",
    "Copenhagen",
    "Kopenhagen",
    "Denmark",
    "DNK",
]
DRONES = ["drones", "drone", "professional actor", "aktor profesional", "capable actor"]
NORWAY = ["Oslo airport", "Bandara Oslo", "Oslo", "Norway", "Norwegia", "NOR"]
RUSSIA = [
    "Russia",
    "Rusia",
    "Moscow",
    "Moskow",
    "Kremlin",
    "Dmitry Peskov",
    "Peskov",
    "Russian embassy",
    "Kedutaan Besar Rusia",
    "RUS",
]
KREMLIN = ["Kremlin", "Dmitry Peskov", "Peskov", "Russian embassy", "Kedutaan Besar Rusia", "Moskow", "RUS"]
POLAND = ["Poland", "Polandia", "Warsaw", "POL"]
ESTONIA = ["Estonia", "EST"]

MARCOS = ["Ferdinand Marcos Jr", "Marcos", "Philippine President", "Presiden Filipina", "PHL"]
PHILIPPINES = [
    "Philippines",
    "Philippine government",
    "pemerintah Filipina",
    "Filipina",
    "Manila",
    "Ferdinand Marcos Jr",
    "Marcos",
    "PHL",
]
CEBU = [
    "Cebu",
    "Bogo",
    "Kota Bogo",
    "Cebu provincial government",
    "pemerintah Provinsi Cebu",
    "Pamela Baricuatro",
    "residents",
    "warga",
    "PHL",
]
QUAKE = ["earthquake", "gempa", "quake", "PHL"]
JAPAN = ["Japan", "Jepang", "JICA", "Japan International Cooperation Agency", "JPN"]
SOUTH_KOREA = ["South Korea", "Korea Selatan", "KOR"]
US_MILITARY = ["United States military", "Militer Amerika Serikat", "United States", "Amerika Serikat", "USA"]

POLDA_KALBAR = [
    "Polda Kalimantan Barat",
    "Polda Kalbar",
    "Ditreskrimsus",
    "polisi",
    "Burhanuddin",
    "Pipit Rismanto",
    "IDN",
]
SINTANG_MINERS = ["penambang", "pemodal", "tersangka", "PETI", "Sintang", "Kayan Hilir", "IDN"]
POLDA_JAMBI = ["Polda Jambi", "Tim gabungan Polda Jambi", "polisi", "Erlan Munaji", "Erlan", "IDN"]
MERANGIN_MINERS = ["pelaku", "sembilan orang", "tersangka", "pemodal", "pemilik modal", "PETI", "Merangin", "IDN"]
MERANGIN_RESIDENTS = ["warga", "Warga Tabir Ulu", "Tabir Ulu", "IDN"]
MERANGIN_GOV = ["Bupati Merangin", "pemerintah daerah", "Merangin", "IDN"]

TALIBAN = [
    "Taliban",
    "Taliban government",
    "Taliban authorities",
    "Hibatullah Akhundzada",
    "Akhundzada",
    "Afghanistan",
    "AFG",
]
AFGHANS = ["Afghan people", "Afghanistan", "residents", "Kabul", "Balkh", "women and girls", "AFG"]
UNAMA = ["United Nations Assistance Mission in Afghanistan", "UNAMA", "United Nations", "UN"]
AMNESTY = ["Amnesty International", "Amnesty"]

TINUBU = ["Bola Tinubu", "Tinubu", "Nigeria's president", "presidency", "NGA"]
NIGERIA = [
    "Nigeria",
    "Nigerian government",
    "Nigerian army",
    "army",
    "Bola Tinubu",
    "Tinubu",
    "NGA",
]
GUNMEN = ["gunmen", "attackers", "armed gangs", "bandits", "NGA"]
KEBBI_SCHOOL = [
    "schoolgirls",
    "students",
    "Government Girls Comprehensive Secondary School",
    "Hassan Makuku",
    "vice-principal",
    "Maga",
    "Kebbi",
    "NGA",
]
SHETTIMA = ["Kashim Shettima", "Shettima", "vice-president", "NGA"]
KEBBI = ["Kebbi", "Birnin Kebbi", "Nasir Idris", "state officials", "families", "NGA"]
NASIR_IDRIS = ["Nasir Idris", "Kebbi governor", "NGA"]
SOUTH_AFRICA = ["South Africa", "Johannesburg", "G20", "ZAF"]
TRUMP = ["Donald Trump", "Trump", "USA"]

BUNDESTAG = ["Bundestag", "German parliament", "lawmakers", "Germany", "DEU"]
GERMANY = ["Germany", "German", "government", "Bundeswehr", "Boris Pistorius", "Pistorius", "DEU"]
PISTORIUS = ["Boris Pistorius", "Pistorius", "Defense Minister", "DEU"]
STUDENTS_DE = ["school students", "students", "young people", "Organizers", "school strike", "DEU"]
BUNDESRAT = ["Bundesrat", "DEU"]
MERZ = ["Friedrich Merz", "Merz", "DEU"]

JAPAN_SDF = [
    "Pasukan Bela Diri Darat",
    "Pasukan Bela Diri Jepang",
    "GSDF",
    "tentara",
    "Jepang",
    "Shinjiro Koizumi",
    "Koizumi",
    "JPN",
]
KOIZUMI = ["Shinjiro Koizumi", "Koizumi", "Menteri Pertahanan", "JPN"]
AKITA = ["Prefektur Akita", "Akita", "Kazuno", "Kota Kazuno", "Kenta Suzuki", "Suzuki", "pemerintah daerah", "JPN"]
SUZUKI = ["Kenta Suzuki", "Suzuki", "Gubernur Akita", "JPN"]
TAKAICHI = ["Sanae Takaichi", "Takaichi", "Perdana Menteri", "JPN"]

IAEA = ["Badan Energi Atom Internasional", "IAEA", "Rafael Grossi", "Grossi"]
GROSSI = ["Rafael Grossi", "Grossi", "Direktur Jenderal IAEA", "IAEA"]
RUSSIA_ID = ["Rusia", "Moskow", "pasukan Rusia", "Pengelola PLTN yang ditunjuk Rusia", "RUS"]
UKRAINE_ID = [
    "Ukraina",
    "Kyiv",
    "Kementerian Energi Ukraina",
    "pasukan Ukraina",
    "Volodymyr Zelensky",
    "Zelensky",
    "UKR",
]
ZAPORIZHZHIA = ["PLTN Zaporizhzhia", "Zaporizhzhia", "Enerhodar", "UKR"]

HERMINIE = ["Patrick Herminie", "Herminie", "United Seychelles", "SYC"]
RAMKALAWAN = ["Wavel Ramkalawan", "Ramkalawan", "SYC"]
SEYCHELLES_EC = ["Komisi Pemilihan Umum Seychelles", "Komisi Pemilihan Umum", "Seychelles", "SYC"]
AU_OBSERVERS = ["Misi pengamat Uni Afrika", "Uni Afrika", "African Union"]
SEYCHELLES = ["Seychelles", "rakyat", "Victoria", "SYC"]
