"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PUTIN = ["Vladimir Putin", "Putin", "RUS"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskow", "Moskwa", "Kremlin", "Vladimir Putin", "Putin", "RUS"]
PESKOV = ["Dmitry Peskov", "Peskov", "Kremlin", "RUS"]
KHURELSUKH = ["Ukhnaagiin Khurelsukh", "Khurelsukh", "Mongolia", "MNG"]
MONGOLIA = ["Mongolia", "Ulaanbaatar", "Ukhnaagiin Khurelsukh", "Khurelsukh", "MNG"]
MNG_PROTESTERS = ["protesters", "demonstran", "Mongolia", "Ulaanbaatar", "MNG"]
# Three-letter upper-case aliases are read as country codes by the scorer, hence "Icc" and "Pbb".
ICC = ["International Criminal Court", "Mahkamah Pidana Internasional", "Icc", "The Hague"]
UKRAINE = [
    "Ukraine",
    "Ukraina",
    "Kyiv",
    "Kiev",
    "Ukraine's foreign ministry",
    "Kementerian Luar Negeri Ukraina",
    "UKR",
]
EU = ["European Union", "Uni Eropa", "Komisi Eropa", "European Commission"]

HANIYEH = ["Ismail Haniyeh", "Haniyeh", "Hamas", "PSE"]
HAMAS = ["Hamas", "PSE"]
ISRAEL = ["Israel", "Israeli military", "Militer Israel", "IDF", "Benjamin Netanyahu", "Netanyahu", "ISR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
KHAMENEI = ["Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei", "Iran", "Teheran", "Tehran", "IRN"]
IRAN = ["Iran", "Tehran", "Teheran", "Revolutionary Guard", "Garda Revolusi", "IRGC", "Khamenei", "IRN"]
HEZBOLLAH = ["Hezbollah", "Fouad Shukr", "Fuad Shukr", "Shukr", "Lebanon", "Lebanese", "Beirut", "LBN"]
QATAR = ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman", "Qatar", "QAT"]
ABBAS = ["Mahmoud Abbas", "Abbas", "Fatah", "PSE"]
GAZA = [
    "Gaza",
    "Jalur Gaza",
    "Palestina",
    "Palestinian",
    "Khan Younis",
    "Rumah Sakit Nasser",
    "RS Nasser",
    "PSE",
]
INDONESIA = ["Indonesia", "Kementerian Luar Negeri RI", "Kemlu", "Prabowo Subianto", "Prabowo", "IDN"]

PRK = ["North Korea", "Korea Utara", "Korut", "Pyongyang", "Kim Jong Un", "Kim Jong-un", "Kim", "KCNA", "PRK"]
KIM = ["Kim Jong Un", "Kim Jong-un", "Kim", "North Korea", "Korea Utara", "Korut", "PRK"]
KOR = [
    "South Korea",
    "Korea Selatan",
    "Korsel",
    "Seoul",
    "Joint Chiefs of Staff",
    "JCS",
    "Kepala Staf Gabungan",
    "KOR",
]
JAPAN = ["Japan", "Jepang", "Tokyo", "Yoshimasa Hayashi", "Hayashi", "JPN"]
USA = ["United States", "Amerika Serikat", "Washington", "State Department", "U.S.", "USA"]
BLINKEN = ["Antony Blinken", "Blinken", "USA"]

KPK = ["Komisi Pemberantasan Korupsi", "KPK", "Asep Guntur Rahayu", "Asep", "Tessa Mahardhika", "IDN"]
HEVEARITA = [
    "Hevearita Gunaryanti Rahayu",
    "Hevearita",
    "Mbak Ita",
    "Alwin Basri",
    "Wali Kota Semarang",
    "IDN",
]
SEMARANG = ["Balai Kota Semarang", "Pemerintah Kota Semarang", "Pemkot Semarang", "Semarang", "IDN"]

MEX_PROTESTERS = ["demonstran", "massa", "Generación Z", "Gen Z", "pengunjuk rasa", "Meksiko", "MEX"]
MEX_POLICE = ["polisi", "Polisi antihuru-hara", "aparat", "Pablo Vazquez", "Mexico City", "MEX"]
SHEINBAUM = ["Claudia Sheinbaum", "Sheinbaum", "pemerintah", "Istana Nasional", "Meksiko", "MEX"]
MANZO = ["Carlos Manzo", "Manzo", "Wali Kota Uruapan", "Uruapan", "MEX"]
GUNMEN = ["orang bersenjata", "pria bersenjata", "kartel", "MEX"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
CARNEY = ["Mark Carney", "Carney", "Kanada", "Canada", "CAN"]
CANADA = ["Kanada", "Canada", "Ottawa", "Mark Carney", "Carney", "Maninder Sidhu", "Sidhu", "CAN"]
AIRLANGGA = ["Airlangga Hartarto", "Airlangga", "Indonesia", "IDN"]
NETHERLANDS = ["Belanda", "Netherlands", "Den Haag", "Dick Schoof", "Schoof", "NLD"]
UN = ["Antonio Guterres", "Guterres", "Pbb", "United Nations", "Perserikatan Bangsa-Bangsa"]
AL_SHARIF = ["Anas al-Sharif", "al-Sharif", "Al Jazeera", "Gaza", "PSE"]
JOURNALISTS = ["jurnalis", "wartawan", "Reuters", "Hussam al-Masri", "Mariam Dagga", "PSE"]

SARKOZY = ["Nicolas Sarkozy", "Sarkozy", "FRA"]
PARIS_COURT = [
    "Paris criminal court",
    "Paris court",
    "court",
    "Nathalie Gavarino",
    "Gavarino",
    "prosecutors",
    "FRA",
]
CASSATION = ["France's highest court", "highest court", "Court of Cassation", "court", "FRA"]
GUEANT = ["Claude Guéant", "Guéant", "Gueant", "FRA"]
HORTEFEUX = ["Brice Hortefeux", "Hortefeux", "FRA"]
SENUSSI = ["Abdullah Senussi", "Senussi", "Libya", "Gaddafi", "Muammar Gaddafi", "LBY"]
LIBYA = ["Libya", "Muammar Gaddafi", "Gaddafi", "LBY"]

AZE = [
    "Azerbaijan",
    "Baku",
    "Azerbaijani police",
    "Azerbaijan's interior ministry",
    "Ilham Aliyev",
    "Aliyev",
    "AZE",
]
ALIYEV = ["Ilham Aliyev", "Aliyev", "Azerbaijan", "AZE"]
AZE_AMBASSADOR = ["Rahman Mustafayev", "Mustafayev", "Azerbaijan", "Baku", "AZE"]
SPUTNIK_STAFF = ["Igor Kartavykh", "Yevgeny Belousov", "Kartavykh", "Belousov", "Sputnik", "RUS"]
RUS_POLICE = [
    "Russian police",
    "police in the Russian city of Yekaterinburg",
    "Yekaterinburg",
    "Russia",
    "RUS",
]
AZERBAIJANIS = ["Ziyaddin Safarov", "Huseyn Safarov", "Safarov", "ethnic Azerbaijanis", "Azerbaijani", "AZE"]
