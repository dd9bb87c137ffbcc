"""Actor alias groups shared by this set's builders: names as the pages write them, then the ISO-3 code."""

SYRIA_FORCES = [
    "Syrian security forces",
    "security forces",
    "pasukan keamanan Suriah",
    "pasukan keamanan",
    "pasukan pemerintah",
    "government forces",
    "interior ministry",
    "Kementerian Dalam Negeri Suriah",
    "SYR",
]
SYRIA_GOV = ["Syria", "Suriah", "authorities", "Pemerintah Suriah", "Damascus", "Damaskus", "SYR"]
SHARAA = ["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", "SYR"]
ASSAD_LOYALISTS = ["Assad loyalists", "loyalis Assad", "gunmen", "insurgents", "kelompok bersenjata", "SYR"]
ASSAD = ["Bashar al-Assad", "Assad", "SYR"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "rebel", "pemberontak", "Islamist-led rebel offensive", "SYR"]
ALAWITES = ["Alawite", "warga sipil", "civilians", "villages", "SYR"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "war monitor"]
TURKEY = ["Turkey", "Turkiye", "Turki", "Ankara", "TUR"]

DODIK = ["Milorad Dodik", "Dodik", "BIH"]
BIH_COURT = [
    "Court of Bosnia and Herzegovina",
    "state court",
    "Pengadilan Bosnia",
    "pengadilan",
    "court",
    "BIH",
]
SCHMIDT = ["Christian Schmidt", "Schmidt", "High Representative", "Perwakilan Tinggi", "DEU"]
RS = ["Republika Srpska", "Serb Republic", "Bosnian Serb", "Banja Luka", "Serbia Bosnia", "BIH"]
BIH = ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Sarajevo", "BIH"]
RUSSIA = ["Russia", "Rusia", "Moscow", "Moskwa", "Maria Zakharova", "Zakharova", "Kremlin", "RUS"]
SERBIA = ["Serbia", "Aleksandar Vucic", "Vucic", "Belgrade", "Beograd", "SRB"]

GALSTANYAN = ["Bagrat Galstanyan", "Galstanyan", "archbishop", "ARM"]
ARM_SECURITY = [
    "National Security Service",
    "NSS",
    "Investigative Committee",
    "Armenian authorities",
    "security officers",
    "Prosecutors",
    "Police",
    "ARM",
]
PASHINYAN = ["Nikol Pashinyan", "Pashinyan", "ARM"]
ARM_CHURCH = [
    "Armenian Apostolic Church",
    "Mother See of Holy Etchmiadzin",
    "Etchmiadzin",
    "church",
    "clergy",
    "Karekin II",
    "ARM",
]
AZERBAIJAN = ["Azerbaijan", "AZE"]

ALGERIA = [
    "Algeria",
    "Aljazair",
    "Algiers",
    "army",
    "air defence units",
    "defence ministry",
    "Kementerian Pertahanan Aljazair",
    "Kementerian Luar Negeri Aljazair",
    "DZA",
]
MALI = ["Mali", "Bamako", "Malian", "Mali's armed forces", "junta", "Pemerintah Mali", "MLI"]
MALI_DRONE = ["drone", "pesawat nirawak", "Mali", "MLI"]
AES = [
    "Konfederasi Negara-negara Sahel",
    "AES",
    "Mali",
    "Burkina Faso",
    "Niger",
    "MLI",
    "BFA",
    "NER",
]
TUAREG = ["Tuareg", "rebels", "separatists", "armed groups", "kelompok bersenjata", "MLI"]
