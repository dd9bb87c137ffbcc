"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "U.S.", "Donald Trump", "Trump", "USA"]
XI = ["Xi Jinping", "Xi", "CHN"]
CHINA = ["China", "Beijing", "Xi Jinping", "Xi", "CHN"]
ALIYEV = ["Ilham Aliyev", "Aliyev", "Azerbaijan", "AZE"]
PASHINYAN = ["Nikol Pashinyan", "Pashinyan", "Armenia", "ARM"]
AZERBAIJAN = ["Azerbaijan", "Baku", "Ilham Aliyev", "Aliyev", "AZE"]
ARMENIA = ["Armenia", "Yerevan", "Nikol Pashinyan", "Pashinyan", "ARM"]
CAUCASUS = ["Ilham Aliyev", "Aliyev", "Nikol Pashinyan", "Pashinyan", "Azerbaijan", "Armenia", "AZE", "ARM"]
KARABAKH_ARMENIANS = ["Karabakh", "Nagorno-Karabakh", "ethnic Armenians", "warga etnis Armenia", "ARM"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Kremlin", "Dmitry Peskov", "Peskov", "RUS"]
IRAN = ["Iran", "Teheran", "Tehran", "Ali Akbar Velayati", "Velayati", "IRN"]
UK = ["United Kingdom", "Britain", "UK", "Inggris", "Foreign Office", "David Lammy", "Lammy", "GBR"]
SANCTIONING = [
    *UK[:-1],
    "Australia",
    "Canada",
    "Kanada",
    "New Zealand",
    "Selandia Baru",
    "Norway",
    "Norwegia",
    "GBR",
]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "Gideon Saar", "Saar", "ISR"]
ISRAELI_MINISTERS = ["Itamar Ben-Gvir", "Ben-Gvir", "Bezalel Smotrich", "Smotrich", "ISR"]
SETTLERS = ["settlers", "settler organisations", "pemukim Yahudi", "pemukim", "ISR"]
HOTOVELY = ["Tzipi Hotovely", "Hotovely", "Israel", "ISR"]
RUBIO = ["Marco Rubio", "Rubio", "USA"]
PALESTINIANS = ["Palestinians", "warga Palestina", "Palestina", "PSE"]
