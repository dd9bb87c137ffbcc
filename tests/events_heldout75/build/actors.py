"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

ISRAEL = [
    "Israel",
    "Israeli military",
    "Militer Israel",
    "Israeli strike",
    "Israeli drone strike",
    "serangan udara Israel",
    "ISR",
]
AIN_AL_HILWEH = [
    "Ain al-Hilweh",
    "Ain al-Hilweh Palestinian refugee camp",
    "kamp pengungsi Palestina Ain al-Hilweh",
    "camp",
    "kamp",
    "Palestinian refugee camp",
    "PSE",
    "LBN",
]
HAMAS = ["Hamas", "PSE"]
LEBANON = [
    "Lebanon",
    "Lebanese",
    "Joseph Aoun",
    "Aoun",
    "Presiden Lebanon Joseph Aoun",
    "Nawaf Salam",
    "Beirut",
    "LBN",
]
AOUN = ["Joseph Aoun", "Aoun", "Lebanese President Joseph Aoun", "Presiden Lebanon Joseph Aoun", "LBN"]
SALAM = ["Nawaf Salam", "Prime Minister Nawaf Salam", "LBN"]
HEZBOLLAH = ["Hezbollah", "Hizbullah", "LBN"]
UNSC = ["UN Security Council", "Security Council", "United Nations"]
BINT_JBEIL = ["Bint Jbeil", "car", "one person", "LBN"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "President Prabowo Subianto", "Presiden Prabowo Subianto", "IDN"]
INDONESIA = ["Indonesia", "Jakarta", "Tanah Air", "Prabowo Subianto", "Prabowo", "Sugiono", "IDN"]
RAMAPHOSA = [
    "Cyril Ramaphosa",
    "Ramaphosa",
    "South Africa",
    "South African President Cyril Ramaphosa",
    "Presiden Afrika Selatan Cyril Ramaphosa",
    "Afrika Selatan",
    "ZAF",
]
SOUTH_AFRICA = ["South Africa", "Afrika Selatan", "Johannesburg", "Cyril Ramaphosa", "Ramaphosa", "ZAF"]
G20 = ["G20", "Group of 20", "KTT G20", "Johannesburg", "ZAF"]
MALAYSIA = ["Malaysia", "Kuala Lumpur", "Anwar Ibrahim", "ASEAN", "MYS"]

POLDA_JATIM = [
    "Polda Jawa Timur",
    "Polda Jatim",
    "Ditressiber Polda Jawa Timur",
    "Direktorat Reserse Kriminal Siber",
    "polisi",
    "Polisi",
    "penyidik",
    "Jules Abraham Abast",
    "Abast",
    "IDN",
]
SURABAYA_OPERATORS = [
    "12 orang",
    "para pelaku",
    "tersangka",
    "operator judi online",
    "kantor operator judi online",
    "IDN",
]
HS = ["HS", "pemodal", "IDN"]
PPATK = ["Pusat Pelaporan dan Analisis Transaksi Keuangan", "PPATK", "IDN"]
POLDA_BALI = [
    "Polda Bali",
    "Teguh Widodo",
    "Kombes Pol Teguh Widodo",
    "Daniel Adityajaya",
    "Kapolda Bali",
    "polisi",
    "Polisi",
    "IDN",
]
BALI_OPERATORS = [
    "delapan orang",
    "Delapan orang",
    "8 orang",
    "Kedelapan orang",
    "markas operator judi online",
    "tersangka",
    "IDN",
]
KOMDIGI = ["Kementerian Komunikasi dan Digital", "Komdigi", "IDN"]

BNNP_KALTIM = [
    "Badan Narkotika Nasional Provinsi (BNNP) Kalimantan Timur",
    "BNNP Kalimantan Timur",
    "BNNP Kaltim",
    "Rudi Hartono",
    "Brigjen Pol Rudi Hartono",
    "Petugas",
    "IDN",
]
COURIERS = ["dua kurir", "kurir", "AR", "MS", "Kedua kurir", "Kedua tersangka", "IDN"]
JN = ["JN", "narapidana", "napi", "Lapas Kelas IIA Samarinda", "IDN"]
PAS_KALTIM = ["Direktorat Jenderal Pemasyarakatan Kaltim", "Kantor Wilayah", "IDN"]

BPBD_BANDUNG = [
    "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung",
    "BPBD Kabupaten Bandung",
    "BPBD",
    "Uka Suska Puji Utama",
    "Petugas BPBD",
    "IDN",
]
BANDUNG_RESIDENTS = [
    "warga",
    "1.200 warga",
    "pengungsi",
    "Para pengungsi",
    "Dayeuhkolot",
    "Baleendah",
    "Kabupaten Bandung",
    "IDN",
]
DADANG = ["Dadang Supriatna", "Bupati Bandung Dadang Supriatna", "Bupati Bandung", "Pemkab Bandung", "IDN"]
DINSOS_BANDUNG = ["Dinas Sosial Kabupaten Bandung", "Dinas Sosial", "IDN"]
BPBD_JABAR = ["BPBD Jawa Barat", "IDN"]
BBWS = ["Balai Besar Wilayah Sungai (BBWS) Citarum", "BBWS Citarum", "IDN"]

KEJARI_LOTIM = [
    "Kejaksaan Negeri (Kejari) Lombok Timur",
    "Kejari Lombok Timur",
    "kejaksaan",
    "penyidik",
    "Ugik Ramantyo",
    "IDN",
]
SMK_SUSPECTS = ["SN", "LH", "kepala SMK", "bendahara sekolah", "Kedua tersangka", "Keduanya", "IDN"]
SN = ["SN", "kepala salah satu SMK negeri", "Kepala SMK", "IDN"]
SN_LAWYER = ["Lalu Muhammad Rizal", "Kuasa hukum SN", "SN", "IDN"]
DISDIK_NTB = ["Kepala Dinas Pendidikan NTB", "Dinas Pendidikan NTB", "IDN"]

NIGERIA_GUNMEN = ["Gunmen", "gunmen", "attackers", "kidnappers", "bandits", "NGA"]
ERUKU_CHURCH = [
    "Christ Apostolic church",
    "church",
    "worshippers",
    "congregants",
    "Eruku",
    "Kwara",
    "NGA",
]
KEBBI_SCHOOL = ["schoolgirls", "25 schoolgirls", "boarding school", "Maga", "Kebbi", "NGA"]
NIGERIA_POLICE = ["police", "Kwara police", "Adetoun Ejire-Adeyemi", "tactical team", "NGA"]
TINUBU = ["Bola Tinubu", "Tinubu", "President Bola Tinubu", "Bayo Onanuga", "Nigerian government", "NGA"]
NIGERIA = ["Nigeria", "Nigerian government", "Bola Tinubu", "Tinubu", "NGA"]
TRUMP = ["Donald Trump", "Trump", "USA"]

PAK_COURT = [
    "court",
    "special court",
    "A Pakistani court",
    "Judge Shahrukh Arjumand",
    "Shahrukh Arjumand",
    "courts",
    "PAK",
]
IMRAN = ["Imran Khan", "Khan", "Bushra Bibi", "former prime minister Imran Khan", "the couple", "PAK"]
PTI = ["Pakistan Tehreek-e-Insaf", "PTI", "Gohar Ali Khan", "Khan's Pakistan Tehreek-e-Insaf (PTI) party", "PAK"]
PAK_GOV = ["government", "The government", "Attaullah Tarar", "authorities", "Pakistan", "PAK"]
ALEEMA = ["Aleema Khan", "His sister Aleema Khan", "family", "PAK"]

WORKERS = [
    "workers",
    "Thousands of workers",
    "labor unions",
    "protesters",
    "unions",
    "KSPSI",
    "Confederation of All Indonesian Workers' Unions (KSPSI)",
    "Roy Jinto Ferianto",
    "IDN",
]
UNION_LEADERS = ["A delegation of 15 union leaders", "union leaders", "delegation", "IDN"]
WEST_JAVA = [
    "West Java",
    "Governor Dedi Mulyadi",
    "Dedi Mulyadi",
    "provincial government",
    "provincial administration",
    "Herman Suryatman",
    "Gedung Sate",
    "IDN",
]
DEDI = ["Dedi Mulyadi", "Governor Dedi Mulyadi", "governor", "IDN"]
HERMAN = ["Herman Suryatman", "West Java Regional Secretary Herman Suryatman", "IDN"]
BANDUNG_POLICE = ["police", "Police", "officers", "Budi Sartono", "Bandung Police", "IDN"]
