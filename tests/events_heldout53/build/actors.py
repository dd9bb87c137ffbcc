"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

PREVOST = [
    "Robert Francis Prevost",
    "Robert Prevost",
    "Prevost",
    "Pope Leo XIV",
    "Paus Leo XIV",
    "Leo XIV",
    "Leo",
    "VAT",
    "USA",
]
CARDINALS = [
    "cardinals",
    "kardinal",
    "College of Cardinals",
    "conclave",
    "konklaf",
    "Catholic Church",
    "Gereja Katolik",
    "Vatican",
    "Vatikan",
    "Dominique Mamberti",
    "Mamberti",
    "VAT",
]
FRANCIS = ["Pope Francis", "Paus Fransiskus", "Francis", "Fransiskus", "VAT"]
TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "Donald Trump",
    "Trump",
    "Marco Rubio",
    "Rubio",
    "USA",
]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Prabowo Subianto", "Prabowo", "IDN"]
BOLUARTE = ["Dina Boluarte", "Boluarte", "Peru", "PER"]

POLDA_METRO = [
    "Polda Metro Jaya",
    "polisi",
    "Polisi",
    "kepolisian",
    "Wira Satya Triputra",
    "Wira",
    "Ade Ary Syam Indradi",
    "Ade Ary",
    "Jatanras",
    "Resmob",
    "penyidik",
    "IDN",
]
ILHAM_SUSPECTS = ["tersangka", "para tersangka", "para pelaku", "pelaku", "delapan orang", "DH", "IDN"]
ILHAM = ["Mohamad Ilham Pradipta", "Ilham Pradipta", "Ilham", "korban", "IDN"]
POMDAM = [
    "Polisi Militer Kodam Jaya",
    "Pomdam Jaya",
    "Pomdam",
    "Kodam Jaya",
    "TNI AD",
    "TNI",
    "Deddy Suryadi",
    "Wahyu Yudhayana",
    "IDN",
]
ILHAM_SOLDIERS = ["prajurit TNI AD", "anggota TNI AD", "Serka N", "Kopda FH", "prajurit", "TNI", "IDN"]
DH_LAWYER = ["kuasa hukum", "DH", "tersangka", "IDN"]

MACRON = ["Emmanuel Macron", "Macron", "Elysee", "Istana Elysee", "Elysee Palace", "FRA"]
LECORNU = ["Sebastien Lecornu", "Lecornu", "FRA"]
BAYROU = ["Francois Bayrou", "Bayrou", "FRA"]
FR_ASSEMBLY = ["National Assembly", "Majelis Nasional", "parlemen", "parliament", "lawmakers", "FRA"]
BARNIER = ["Michel Barnier", "Barnier", "FRA"]
LFI = ["France Unbowed", "Prancis Tak Tunduk", "Tak Tunduk", "LFI", "FRA"]
RN = ["National Rally", "Reli Nasional", "RN", "Jordan Bardella", "Bardella", "FRA"]
FR_PARTIES = [
    "political parties",
    "party leaders",
    "partai-partai politik",
    "leaders",
    "Olivier Faure",
    "FRA",
]
FAURE = ["Olivier Faure", "Faure", "Socialist Party", "Socialists", "FRA"]

NOBOA = ["Daniel Noboa", "Noboa", "ECU"]
GONZALEZ = ["Luisa Gonzalez", "Gonzalez", "Citizen Revolution", "ECU"]
ECUADOR_CNE = ["National Electoral Council", "CNE", "Diana Atamaint", "Atamaint", "Ecuador", "ECU"]
ECUADOR = ["Ecuador", "Quito", "Daniel Noboa", "Noboa", "government", "ECU"]
RUBIO = ["Marco Rubio", "Rubio", "United States", "Washington", "USA"]
OAS = ["Organization of American States", "OAS", "observers"]

CARNEY = ["Mark Carney", "Carney", "Liberal Party", "Liberals", "CAN"]
POILIEVRE = ["Pierre Poilievre", "Poilievre", "Conservative", "Conservatives", "CAN"]
SINGH = ["Jagmeet Singh", "Singh", "New Democratic Party", "NDP", "CAN"]
TRUDEAU = ["Justin Trudeau", "Trudeau", "CAN"]
CANADA = ["Canada", "Canadian", "Ottawa", "Mark Carney", "Carney", "CAN"]

FR_POLICE = [
    "police",
    "investigators",
    "detectives",
    "Paris prosecutor",
    "prosecutor",
    "Laure Beccuau",
    "Beccuau",
    "French police",
    "FRA",
]
LOUVRE_SUSPECTS = ["suspects", "two men", "men", "thieves", "gang", "FRA"]
LOUVRE = ["Louvre", "Louvre museum", "Apollo Gallery", "Laurence des Cars", "des Cars", "FRA"]
NUNEZ = ["Laurent Nuñez", "Laurent Nunez", "Nuñez", "Nunez", "Interior Minister", "FRA"]
FR_SENATE = ["Senate committee", "Senate", "senators", "FRA"]

PAZ = ["Rodrigo Paz", "Paz", "Partai Demokrat Kristen", "PDC", "BOL"]
QUIROGA = ["Jorge Quiroga", "Tuto Quiroga", "Quiroga", "BOL"]
ARCE = ["Luis Arce", "Arce", "BOL"]
BOLIVIA_TSE = ["Mahkamah Pemilihan Agung", "TSE", "Bolivia", "BOL"]
MORALES = ["Evo Morales", "Morales", "BOL"]
GOLDBERG = ["Philip Goldberg", "Goldberg", "duta besar AS", "USA"]
US_STATE_DEPT = ["Departemen Luar Negeri AS", "Amerika Serikat", "AS", "Washington", "USA"]

MONTENEGRO = ["Luis Montenegro", "Montenegro", "Aliansi Demokratik", "AD", "PRT"]
PS_PT = ["Partai Sosialis", "PS", "Pedro Nuno Santos", "Nuno Santos", "PRT"]
CHEGA = ["Chega", "Andre Ventura", "Ventura", "PRT"]
REBELO = ["Marcelo Rebelo de Sousa", "Rebelo de Sousa", "PRT"]
PT_PARLIAMENT = ["parlemen", "Majelis Republik", "PRT"]
PT_OPPOSITION = [
    "partai-partai oposisi",
    "oposisi",
    "pemimpin partai",
    "Partai Sosialis",
    "Chega",
    "Portugal",
    "PRT",
]
