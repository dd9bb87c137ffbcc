"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

TRUMP = ["Donald Trump", "Trump", "USA"]
USA = [
    "United States",
    "U.S.",
    "US",
    "Amerika Serikat",
    "AS",
    "Washington",
    "White House",
    "Donald Trump",
    "Trump",
    "USA",
]
ANWAR = ["Anwar Ibrahim", "Anwar", "MYS"]
MALAYSIA = [
    "Malaysia",
    "Kuala Lumpur",
    "Anwar Ibrahim",
    "Anwar",
    "Tengku Zafrul Aziz",
    "Tengku Zafrul",
    "Kepolisian Diraja Malaysia",
    "police",
    "MYS",
]
ASEAN = ["ASEAN", "KTT ASEAN", "ASEAN-U.S. summit", "KTT ASEAN-AS", "Kuala Lumpur", "MYS"]
TAKAICHI = ["Sanae Takaichi", "Takaichi", "Japan", "Jepang", "Tokyo", "JPN"]
PROTESTERS_KL = ["pro-Palestinian demonstrators", "pengunjuk rasa", "demonstrators", "protesters", "MYS"]
MY_OPPOSITION = ["Opposition lawmakers", "opposition", "MYS"]

ISRAEL = ["Israel", "Israeli military", "Militer Israel", "Israel Katz", "Katz", "Benjamin Netanyahu", "ISR"]
KATZ = ["Israel Katz", "Katz", "ISR"]
HOUTHIS = [
    "Houthis",
    "Houthi",
    "Ansar Allah",
    "Mohammed al-Bukhaiti",
    "al-Bukhaiti",
    "Abdul-Malik al-Houthi",
    "YEM",
]
SANAA = ["Sanaa", "Sanaa International Airport", "Bandara Internasional Sanaa", "Yemen", "Yaman", "YEM"]
HODEIDAH = ["Hodeidah", "Hodeidah port", "Pelabuhan Hodeidah", "Bajil", "Houthi", "Yemen", "Yaman", "YEM"]
BEN_GURION = ["Ben Gurion Airport", "Bandara Ben Gurion", "Ben Gurion", "Tel Aviv", "Israel", "ISR"]
OMAN = ["Oman", "Muscat", "Badr Albusaidi", "OMN"]

KPK = [
    "Komisi Pemberantasan Korupsi",
    "KPK",
    "Asep Guntur Rahayu",
    "Asep",
    "penyidik",
    "IDN",
]
KEMNAKER_FOUR_A = [
    "Suhartono",
    "Haryanto",
    "Wisnu Pramono",
    "Devi Angraeni",
    "pejabat Kemnaker",
    "tersangka",
    "IDN",
]
KEMNAKER_FOUR_B = [
    "Gatot Widiartono",
    "Gatot",
    "Putri Citra Wahyoe",
    "Jamal Shodiqin",
    "Alfa Eshad",
    "tersangka",
    "IDN",
]
KEMNAKER = ["Kementerian Ketenagakerjaan", "Kemnaker", "IDN"]
SUHARTONO_LAWYER = ["kuasa hukum", "Suhartono", "IDN"]

SERBIA_POLICE = ["Serbian riot police", "riot police", "police", "Serbian police", "SRB"]
SERBIA_STUDENTS = ["students", "protesters", "university students", "demonstrators", "SRB"]
VUCIC = ["Aleksandar Vucic", "Vucic", "SRB"]
EU = ["European Union", "EU"]

OYUN_ERDENE = ["Luvsannamsrain Oyun-Erdene", "Oyun-Erdene", "MNG"]
MONGOLIA_PARLIAMENT = ["State Great Khural", "parliament", "lawmakers", "Dashzegviin Amarbayasgalan", "MNG"]
MONGOLIA_PROTESTERS = ["protesters", "young protesters", "Anti-corruption groups", "MNG"]
MPP = ["Mongolian People's Party", "ruling party", "party", "MNG"]
MONGOLIA_DP = ["Democratic Party", "MNG"]

CHAKWERA = ["Lazarus Chakwera", "Chakwera", "Malawi Congress Party", "MCP", "MWI"]
MUTHARIKA = ["Peter Mutharika", "Mutharika", "Democratic Progressive Party", "DPP", "MWI"]
MEC = ["Malawi Electoral Commission", "MEC", "MWI"]
MALAWI_COURT = ["Constitutional Court", "MWI"]
OBSERVERS = ["African Union", "Southern African Development Community", "SADC", "observers"]

POLDA_SULSEL = [
    "Polda Sulawesi Selatan",
    "Polda Sulsel",
    "polisi",
    "Polisi",
    "penyidik",
    "Didik Supranoto",
    "Didik",
    "IDN",
]
ARSONISTS = ["tersangka", "massa", "para tersangka", "IDN"]
DPRD_MAKASSAR = ["Gedung DPRD Kota Makassar", "DPRD Kota Makassar", "DPRD Makassar", "DPRD", "IDN"]
DPRD_SULSEL = ["Gedung DPRD Provinsi Sulawesi Selatan", "DPRD Provinsi Sulawesi Selatan", "DPRD", "IDN"]
BRIMOB = ["Brimob", "kendaraan taktis", "IDN"]
AFFAN = ["Affan Kurniawan", "Affan", "pengemudi ojek online", "IDN"]
MUNAFRI = ["Munafri Arifuddin", "Wali Kota Makassar", "IDN"]
SUSPECT_FAMILY = ["Keluarga", "keluarga salah satu tersangka", "IDN"]

PRETORIA_COURT = ["Pengadilan Tinggi Pretoria", "pengadilan", "ZAF"]
ZAMBIA_GOV = [
    "Zambia",
    "pemerintah Zambia",
    "Pemerintah Zambia",
    "Hakainde Hichilema",
    "Hichilema",
    "Mulilo Kabesha",
    "Lusaka",
    "ZMB",
]
LUNGU_FAMILY = ["keluarga Lungu", "Keluarga Lungu", "keluarga", "Makebi Zulu", "Edgar Lungu", "Lungu", "ZMB"]
LUNGU = ["Edgar Lungu", "Lungu", "ZMB"]
SOUTH_AFRICA = ["Afrika Selatan", "otoritas Afrika Selatan", "ZAF"]

THAI_POLICE = [
    "Polisi Thailand",
    "Kepolisian Kerajaan Thailand",
    "Royal Thai Police",
    "polisi",
    "Thatchai Pitaneelaboot",
    "Thatchai",
    "THA",
]
SCAM_SUSPECTS = ["tersangka", "jaringan penipuan online", "warga Kamboja", "sindikat", "KHM", "THA"]
CAMBODIA = ["Kamboja", "Pemerintah Kamboja", "Phnom Penh", "otoritas Kamboja", "KHM"]
THAILAND = ["Thailand", "THA"]
MYANMAR = ["Myanmar", "MMR"]
PRINCE_GROUP = ["Prince Group", "KHM"]
USA_UK = ["Amerika Serikat", "Inggris", "USA", "GBR"]
XI = ["Xi Jinping", "Xi", "CHN"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
BERNAMA = ["Bernama"]
SNS_SUPPORTERS = ["supporters of Vucic", "Serbian Progressive Party", "SRB"]
RIGHTS_GROUPS = ["rights groups"]
