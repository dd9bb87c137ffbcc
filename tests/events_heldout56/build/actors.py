"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "White House",
    "Gedung Putih",
    "USA",
]
LULA = ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula", "BRA"]
BRAZIL = [
    "Brazil",
    "Brasil",
    "Brasilia",
    "Luiz Inacio Lula da Silva",
    "Lula",
    "Mauro Vieira",
    "Vieira",
    "BRA",
]
VENEZUELA = ["Venezuela", "Caracas", "Nicolas Maduro", "Maduro", "VEN"]
ASEAN = ["ASEAN", "KTT ASEAN", "Kuala Lumpur", "Malaysia", "MYS"]

ETHIOPIA = [
    "Ethiopia",
    "Etiopia",
    "Addis Ababa",
    "Abiy Ahmed",
    "Abiy",
    "Ethiopian government",
    "Pemerintah Etiopia",
    "ETH",
]
ABIY = ["Abiy Ahmed", "Abiy", "ETH"]
EGYPT = [
    "Egypt",
    "Mesir",
    "Cairo",
    "Kairo",
    "Abdel Fattah al-Sisi",
    "Sisi",
    "Badr Abdelatty",
    "Abdelatty",
    "foreign ministry",
    "Kementerian Luar Negeri Mesir",
    "EGY",
]
SUDAN = ["Sudan", "Khartoum", "Port Sudan", "SDN"]
UNSC = ["UN Security Council", "Security Council", "Dewan Keamanan PBB", "DK PBB", "United Nations", "PBB"]
GERD = [
    "Grand Ethiopian Renaissance Dam",
    "GERD",
    "Bendungan Grand Ethiopian Renaissance",
    "bendungan",
    "dam",
    "ETH",
]
AFRICAN_LEADERS = [
    "William Ruto",
    "Ruto",
    "Kenya",
    "KEN",
    "Hassan Sheikh Mohamud",
    "Somalia",
    "SOM",
    "Ismail Omar Guelleh",
    "Djibouti",
    "DJI",
]

RAYNER = ["Angela Rayner", "Rayner", "GBR"]
STARMER = ["Keir Starmer", "Starmer", "prime minister", "Downing Street", "GBR"]
UK_GOV = ["government", "Downing Street", "Keir Starmer", "Starmer", "Labour", "GBR"]
MAGNUS = ["Laurie Magnus", "Magnus", "ethics adviser", "independent adviser", "GBR"]
LAMMY = ["David Lammy", "Lammy", "GBR"]
BADENOCH = [
    "Kemi Badenoch",
    "Badenoch",
    "Conservatives",
    "Tories",
    "Reform UK",
    "Nigel Farage",
    "Farage",
    "GBR",
]

ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "UKR"]
YERMAK = ["Andriy Yermak", "Yermak", "UKR"]
NABU = [
    "NABU",
    "Biro Antikorupsi Nasional",
    "SAP",
    "SAPO",
    "Kantor Kejaksaan Khusus Antikorupsi",
    "penyidik",
    "UKR",
]
UKRAINE = ["Ukraina", "Ukraine", "Kyiv", "Kiev", "Volodymyr Zelensky", "Zelensky", "UKR"]
MINDICH = ["Timur Mindich", "Mindich", "UKR"]
RUSSIA = [
    "Rusia",
    "Russia",
    "Moskow",
    "Moscow",
    "Kremlin",
    "Vladimir Putin",
    "Putin",
    "Dmitry Peskov",
    "Peskov",
    "RUS",
]
UKR_PARLIAMENT = ["parlemen Ukraina", "Verkhovna Rada", "parlemen", "UKR"]
UKR_MINISTERS = ["Herman Halushchenko", "Halushchenko", "Svitlana Hrynchuk", "Hrynchuk", "UKR"]
US_NEGOTIATORS = [
    "Amerika Serikat",
    "AS",
    "United States",
    "Washington",
    "Marco Rubio",
    "Steve Witkoff",
    "Dan Driscoll",
    "USA",
]

ZHAO = ["Changpeng Zhao", "Zhao", "CZ", "CHN", "CAN", "ARE"]
BINANCE = ["Binance", "Changpeng Zhao", "Zhao"]
US_COURT = [
    "Richard Jones",
    "U.S. District Judge",
    "federal court",
    "pengadilan federal",
    "court",
    "pengadilan",
    "USA",
]
US_AUTHORITIES = ["U.S.", "AS", "otoritas AS", "Justice Department", "Departemen Kehakiman", "USA"]
WHITE_HOUSE = ["White House", "Gedung Putih", "Karoline Leavitt", "Leavitt", "Donald Trump", "Trump", "USA"]
WARREN = ["Elizabeth Warren", "Warren", "Democrats", "Demokrat", "USA"]

ZARDARI = ["Asif Ali Zardari", "Zardari", "PAK"]
MUNIR = ["Asim Munir", "Munir", "PAK"]
SHEHBAZ = ["Shehbaz Sharif", "Shehbaz", "PAK"]
PAKISTAN = ["Pakistan", "Islamabad", "Asim Munir", "Munir", "PAK"]
INDIA = ["India", "New Delhi", "IND"]
PAK_PARLIAMENT = ["parlemen Pakistan", "parlemen", "PAK"]
PTI = ["Tehreek-e-Insaf", "PTI", "Imran Khan", "PAK"]
PAK_JUDGES = ["Mansoor Ali Shah", "Athar Minallah", "Mahkamah Agung Pakistan", "hakim", "PAK"]
SIDHU = ["Zaheer Ahmed Babar Sidhu", "Sidhu", "PAK"]

DPR = ["Dewan Perwakilan Rakyat", "DPR", "Puan Maharani", "Puan", "Habiburokhman", "Komisi III", "IDN"]
HABIBUROKHMAN = ["Habiburokhman", "IDN"]
KUHAP_COALITION = [
    "Koalisi Masyarakat Sipil untuk Pembaruan KUHAP",
    "Koalisi Masyarakat Sipil",
    "koalisi",
    "massa",
    "demonstran",
    "YLBHI",
    "Muhammad Isnur",
    "Isnur",
    "IDN",
]
POLICE_ID = ["Aparat kepolisian", "polisi", "Polri", "petugas", "aparat", "IDN"]
STUDENTS_ID = ["mahasiswa", "IDN"]

BNN_JOINT = [
    "Badan Narkotika Nasional",
    "BNN",
    "Marthinus Hukom",
    "Marthinus",
    "Bea dan Cukai",
    "Bea Cukai",
    "TNI Angkatan Laut",
    "TNI AL",
    "tim gabungan",
    "petugas",
    "IDN",
]
SMUGGLERS = ["anak buah kapal", "ABK", "Sea Dragon Tarawa", "kapal", "warga negara Thailand", "THA"]
THAILAND = ["Thailand", "Kepolisian Kerajaan Thailand", "Kedutaan Besar Thailand", "THA"]

CARNEY = ["Mark Carney", "Carney", "CAN"]
CANADA = ["Canada", "Ottawa", "Mark Carney", "Carney", "Ontario", "CAN"]
XI = ["Xi Jinping", "Xi", "CHN"]
CHINA = ["China", "Beijing", "Xi Jinping", "Xi", "Wang Yi", "Xinhua", "CHN"]
ANAND = ["Anita Anand", "Anand", "CAN"]
