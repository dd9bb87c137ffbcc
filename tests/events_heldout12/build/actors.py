"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskwa", "Kremlin", "RUS"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "UKR"]
ZELENSKY = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "UKR"]
POLAND = ["Poland", "Polandia", "POL"]
SHARAA = ["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", "SYR"]
SYRIA = ["Syria", "Suriah", "Damascus", "Damaskus", "SYR"]
ASSAD = ["Bashar al-Assad", "Assad", "SYR"]
SUDAN = ["Sudan", "Yassin Ibrahim", "Security and Defence Council", "Dewan Keamanan dan Pertahanan", "SDN"]
UAE = ["United Arab Emirates", "Uni Emirat Arab", "UAE", "UEA", "Abu Dhabi", "ARE"]
RSF = ["Rapid Support Forces", "Pasukan Dukungan Cepat", "RSF", "SDN"]
PORT_SUDAN = ["Port Sudan", "Sudan", "SDN"]
ICJ = ["International Court of Justice", "Mahkamah Internasional", "ICJ"]
GUTERRES = ["Antonio Guterres", "Guterres", "United Nations", "PBB", "UN"]
UK = [
    "United Kingdom",
    "Britain",
    "British",
    "UK",
    "London",
    "Foreign Office",
    "Keir Starmer",
    "Starmer",
    "GBR",
]
STARMER = ["Keir Starmer", "Starmer", "GBR"]
BIDEN = ["Joe Biden", "Biden", "USA"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "Joe Biden", "Biden", "USA"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "RI", "Prabowo", "IDN"]
KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Alexander Marwata", "IDN"]
ROHIDIN = ["Rohidin Mersyah", "Rohidin", "Gubernur Bengkulu", "IDN"]
SOUTH_KOREA = ["Korea Selatan", "Korsel", "Seoul", "KOR"]
NORTH_KOREA = ["Korea Utara", "Korut", "Pyongyang", "DPRK", "Kim Jong Un", "PRK"]
KIM_YO_JONG = ["Kim Yo Jong", "Kim Yo-jong", "Korea Utara", "Pyongyang", "PRK"]
MOZ_POLICE = ["Mozambican police", "police", "Orlando Mudumane", "MOZ"]
MOZ_PROTESTERS = ["opposition supporters", "protesters", "Venancio Mondlane", "Mondlane", "MOZ"]
MONDLANE = ["Venancio Mondlane", "Mondlane", "MOZ"]
FRELIMO = ["Frelimo", "Daniel Chapo", "Chapo", "MOZ"]
