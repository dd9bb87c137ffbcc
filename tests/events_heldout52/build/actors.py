"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

KARKI = ["Sushila Karki", "Karki", "NPL"]
PAUDEL = ["Ram Chandra Paudel", "Paudel", "President", "Presiden", "NPL"]
NEPAL_GOV = ["Nepal", "government", "pemerintah", "Pemerintah", "Oli", "KP Sharma Oli", "Karki", "NPL"]
OLI = ["K.P. Sharma Oli", "KP Sharma Oli", "Oli", "NPL"]
NEPAL_POLICE = ["police", "polisi", "Nepal police", "Binod Ghimire", "Ghimire", "NPL"]
NEPAL_ARMY = ["army", "Militer Nepal", "militer", "army chief", "NPL"]
NEPAL_PROTESTERS = [
    "protesters",
    "demonstrators",
    "pengunjuk rasa",
    "demonstran",
    "massa",
    "crowds",
    "Gen Z",
    "protest leaders",
    "penggerak aksi",
    "NPL",
]
NEPAL_PARLIAMENT = ["House of Representatives", "Dewan Perwakilan", "parliament", "parlemen", "NPL"]
INDIA = ["India", "Indian foreign ministry", "Kementerian Luar Negeri India", "IND"]

KAZAKHSTAN = ["Kazakhstan", "Kazakstan", "Astana", "Kassym-Jomart Tokayev", "Tokayev", "KAZ"]
TOKAYEV = ["Kassym-Jomart Tokayev", "Tokayev", "KAZ"]
TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Gedung Putih",
    "Donald Trump",
    "Trump",
    "Steve Witkoff",
    "Witkoff",
    "USA",
]
WITKOFF = ["Steve Witkoff", "Witkoff", "USA"]
ISRAEL = ["Israel", "Benjamin Netanyahu", "Netanyahu", "ISR"]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
ABRAHAM = ["Abraham Accords", "Perjanjian Abraham", "Kesepakatan Abraham", "Israel", "ISR"]
CENTRAL_ASIA = [
    "Central Asian",
    "Asia Tengah",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "C5+1",
    "Kazakhstan",
    "Kazakstan",
    "Tokayev",
    "KAZ",
    "UZB",
    "KGZ",
    "TJK",
    "TKM",
]
UAE_BAHRAIN_MOROCCO = [
    "United Arab Emirates",
    "Uni Emirat Arab",
    "Bahrain",
    "Morocco",
    "Maroko",
    "Sudan",
    "ARE",
    "BHR",
    "MAR",
    "SDN",
]

POMDAM = [
    "Polisi Militer Kodam II/Sriwijaya",
    "Pomdam II/Sriwijaya",
    "Pomdam",
    "Kodam II/Sriwijaya",
    "Ujang Darwis",
    "Ujang",
    "penyidik",
    "IDN",
]
WAYKANAN_SOLDIERS = [
    "Kopral Dua Bazarsah",
    "Bazarsah",
    "Yun Hery Lubis",
    "Lubis",
    "prajurit TNI",
    "tersangka",
    "IDN",
]
LUBIS = ["Yun Hery Lubis", "Lubis", "IDN"]
WAYKANAN_POLICE = ["polisi", "Polres Way Kanan", "Lusiyanto", "petugas", "Polda Lampung", "IDN"]
TNI = ["TNI", "Kristomei Sianturi", "Kristomei", "IDN"]
POLDA_LAMPUNG = ["Polda Lampung", "Kepolisian Daerah Lampung", "Helmy Santika", "Helmy", "kepolisian", "IDN"]
DPR3 = ["Komisi III DPR", "DPR", "IDN"]
KOMNAS_HAM = ["Komnas HAM", "Anis Hidayah", "Anis", "IDN"]

POMAL = [
    "Polisi Militer TNI Angkatan Laut",
    "Pomal",
    "Polisi Militer TNI AL",
    "Lanal Banjarmasin",
    "Danlanal",
    "Hansen Kurniawan",
    "Hansen",
    "Denpomal",
    "penyidik",
    "TNI AL",
    "IDN",
]
JUMRAN = ["Jumran", "Kelasi Satu Jumran", "Kelasi Jumran", "tersangka", "terdakwa", "IDN"]
JUWITA = ["Juwita", "jurnalis", "korban", "IDN"]
ODITUR = ["Oditur Militer", "Oditur", "Sunandi", "IDN"]
MIL_COURT = ["Pengadilan Militer", "majelis hakim", "Arif Rachman", "IDN"]
JUWITA_FAMILY = ["Muhamad Pazri", "Pazri", "keluarga", "kuasa hukum keluarga", "IDN"]
JOURNALISTS = ["jurnalis", "aktivis", "Aliansi Jurnalis Independen", "AJI", "organisasi pers", "IDN"]

IHEC = ["Independent High Electoral Commission", "IHEC", "electoral commission", "commission", "IRQ"]
SUDANI = ["Mohammed Shia al-Sudani", "al-Sudani", "Sudani", "Reconstruction and Development Coalition", "IRQ"]
SADR = ["Muqtada al-Sadr", "al-Sadr", "Sadr", "IRQ"]
IRAQ = ["Iraq", "Iraqis", "Iraqi", "voters", "Baghdad", "IRQ"]
MASHHADANI = ["Safaa al-Mashhadani", "al-Mashhadani", "IRQ"]
COORD_FRAMEWORK = ["Shia Coordination Framework", "Coordination Framework", "IRQ"]

CONNOLLY = ["Catherine Connolly", "Connolly", "IRL"]
HUMPHREYS = ["Heather Humphreys", "Humphreys", "Fine Gael", "IRL"]
MARTIN = ["Micheál Martin", "Micheal Martin", "Martin", "Taoiseach", "IRL"]
GAVIN = ["Jim Gavin", "Gavin", "Fianna Fáil", "IRL"]
STARMER = ["Keir Starmer", "Starmer", "GBR"]

ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
JAPAN = [
    "Japan",
    "Japanese",
    "Tokyo",
    "Liberal Democratic Party",
    "LDP",
    "Komeito",
    "Ishiba",
    "Akazawa",
    "Ryosei Akazawa",
    "Yoshimasa Hayashi",
    "JPN",
]
AKAZAWA = ["Ryosei Akazawa", "Akazawa", "JPN"]
NODA = ["Yoshihiko Noda", "Noda", "Constitutional Democratic Party", "JPN"]
LDP = ["Liberal Democratic Party", "LDP", "Komeito", "coalition", "JPN"]

CNE_HN = ["Dewan Pemilihan Nasional", "CNE", "Ana Paola Hall", "Hall", "HND"]
ASFURA = ["Nasry Asfura", "Asfura", "Partai Nasional", "HND"]
NASRALLA = ["Salvador Nasralla", "Nasralla", "Partai Liberal", "pendukung Nasralla", "HND"]
HONDURAS = ["Honduras", "Xiomara Castro", "Castro", "Pemerintah Presiden Xiomara Castro", "HND"]
HN_POLICE = ["Polisi", "polisi", "HND"]
RUBIO = ["Marco Rubio", "Rubio", "Departemen Luar Negeri AS", "USA"]
HERNANDEZ = ["Juan Orlando Hernandez", "Hernandez", "HND"]

POLDA_JATIM = [
    "Polda Jawa Timur",
    "Polda Jatim",
    "Jules Abraham Abast",
    "Jules",
    "penyidik",
    "Ditreskrimum",
    "Polisi",
    "polisi",
    "IDN",
]
AL_KHOZINY = [
    "Pondok Pesantren Al Khoziny",
    "Ponpes Al Khoziny",
    "Al Khoziny",
    "Abdus Salam Mujib",
    "pesantren",
    "pengasuh",
    "IDN",
]
DPR8 = ["Komisi VIII DPR", "DPR", "IDN"]
