"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

KAST = ["Jose Antonio Kast", "Kast", "President-elect", "presiden terpilih", "CHL"]
JARA = ["Jeannette Jara", "Jara", "CHL"]
BORIC = ["Gabriel Boric", "Boric", "Camila Vallejo", "La Moneda", "CHL"]
SERVEL = ["Servel", "Servel electoral service", "CHL"]
RUBIO = ["Marco Rubio", "Rubio", "United States", "Washington", "USA"]
MILEI = ["Javier Milei", "Milei", "Argentina", "ARG"]

KIKLI = ["Abdulghani al-Kikli", "al-Kikli", "Kikli", "Ghneiwa", "Stability Support Apparatus", "SSA", "LBY"]
SSA = ["Stability Support Apparatus", "SSA", "Dinas Dukungan Stabilitas", "LBY"]
BRIGADE_444 = ["444 Brigade", "Brigade 444", "LBY"]
DBEIBAH = [
    "Abdul Hamid Dbeibah",
    "Dbeibah",
    "Government of National Unity",
    "GNU",
    "Pemerintah Persatuan Nasional",
    "Ministry of Defence",
    "Kementerian Pertahanan",
    "LBY",
]
RADA = ["Rada", "Rada Special Deterrence Force", "Pasukan Rada", "LBY"]
UNSMIL = ["UNSMIL", "UN Support Mission in Libya", "Misi Dukungan PBB di Libya", "United Nations", "PBB"]
LIBYA = ["Libya", "Tripoli", "LBY"]

OLIGUI = ["Brice Clotaire Oligui Nguema", "Oligui Nguema", "Oligui", "GAB"]
GABON_GOV = ["Hermann Immongault", "Interior Minister", "Gabon", "Libreville", "GAB"]
BILIE = ["Alain-Claude Bilie-By-Nze", "Bilie-By-Nze", "GAB"]
BONGO = ["Ali Bongo", "Bongo", "GAB"]
GABON_ARMY = [
    "army officers",
    "putschists",
    "Republican Guard",
    "Brice Clotaire Oligui Nguema",
    "Oligui Nguema",
    "GAB",
]

OUATTARA = ["Alassane Ouattara", "Ouattara", "CIV"]
CEI = ["Komisi Pemilihan Independen", "CEI", "Ibrahime Coulibaly-Kuibiert", "CIV"]
BILLON = ["Jean-Louis Billon", "Billon", "CIV"]
CIV_OPPOSITION = ["PDCI", "PPA-CI", "Partai Demokrat Pantai Gading", "oposisi", "CIV"]
CIV_COUNCIL = ["Dewan Konstitusi", "CIV"]
CIV_CANDIDATES = ["Laurent Gbagbo", "Gbagbo", "Tidjane Thiam", "Thiam", "CIV"]
CIV_SECURITY = ["aparat keamanan", "pemerintah", "CIV"]

BONDI_GUNMEN = ["gunmen", "gunman", "attackers", "pelaku", "pria bersenjata", "AUS"]
HANUKKAH_CROWD = [
    "Jewish community",
    "komunitas Yahudi",
    "crowd",
    "kerumunan",
    "Hanukkah",
    "Chanukah by the Sea",
    "AUS",
]
NSW_POLICE = [
    "New South Wales Police",
    "NSW Police",
    "Kepolisian New South Wales",
    "police",
    "polisi",
    "Mal Lanyon",
    "Lanyon",
    "AUS",
]
ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
AUSTRALIA = ["Australia", "Anthony Albanese", "Albanese", "Australian government", "AUS"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
KEMLU = ["Kementerian Luar Negeri RI", "Kemlu", "KJRI Sydney", "IDN"]
MINNS = ["Chris Minns", "Minns", "NSW", "AUS"]

BABIS = ["Andrej Babis", "Babis", "ANO", "CZE"]
PAVEL = ["Petr Pavel", "Pavel", "Prague Castle", "CZE"]
FIALA = ["Petr Fiala", "Fiala", "Spolu", "Together", "CZE"]
CZ_PARTNERS = [
    "Freedom and Direct Democracy",
    "SPD",
    "Motorists for Themselves",
    "Motorists",
    "Partai Motoris",
    "CZE",
]

POLDA_JABAR = ["Polda Jawa Barat", "Polda Jabar", "Kombes Surawan", "Surawan", "polisi", "penyidik", "IDN"]
PRIGUNA = ["Priguna Anugerah Pratama", "Priguna", "PAP", "tersangka", "IDN"]
FH = ["FH", "korban", "keluarga pasien", "IDN"]
UNPAD = [
    "Universitas Padjadjaran",
    "Unpad",
    "RSHS",
    "Rumah Sakit Hasan Sadikin",
    "Arief S Kartasasmita",
    "IDN",
]
KEMENKES = ["Kementerian Kesehatan", "Kemenkes", "IDN"]

TUNIS_COURT = ["pengadilan", "Pengadilan di Tunis", "Tunis", "TUN"]
TUN_OPPOSITION = [
    "tokoh oposisi",
    "terdakwa",
    "Kamel Eltaief",
    "Issam Chebbi",
    "Jawhar Ben Mbarek",
    "Ghazi Chaouachi",
    "Khayam Turki",
    "Front Keselamatan Nasional",
    "NSF",
    "oposisi",
    "TUN",
]
SAIED = ["Kais Saied", "Saied", "TUN"]
TUN_DEFENCE = ["kuasa hukum", "Ahmed Souab", "pengacara", "TUN"]
