from common import *

ICC = ["ICC", "Mahkamah Pidana Internasional", "International Criminal Court", "hakim ICC", "Karim Khan",
       "Solomy Balungi Bossa", "Beti Hohler", "Reine Alapini-Gansou", "Luz del Carmen Ibáñez Carranza"]
US = ["Amerika Serikat", "AS", "Washington", "Marco Rubio", "Rubio", "USA"]
THAILAND = ["Thailand", "Thai", "Phumtham Wechayachai", "Phumtham", "Paetongtarn Shinawatra", "Paetongtarn", "Bangkok", "THA"]
UYGHURS = ["Uyghur", "Uyghurs", "China", "Xinjiang", "Beijing", "CHN"]
COURT = ["Turkish court", "court", "Istanbul court", "TUR"]
IMAMOGLU = ["Ekrem Imamoglu", "Imamoglu", "İmamoğlu", "TUR"]
TPOLICE = ["police", "riot police", "Turkish police", "authorities", "Interior Ministry", "Ali Yerlikaya", "Yerlikaya", "TUR"]
PROTESTERS = ["protesters", "demonstrators", "people", "TUR"]
RUSSIA = ["Rusia", "Russia", "Moskow", "Kremlin", "Putin", "RUS"]
UKRAINE = ["Ukraina", "Ukraine", "Kyiv", "Zelensky", "UKR"]


def upd_null():
    return {"accept_null": True}


page("id_06_kumparan_as_sanksi_hakim_icc.txt", {
    "title": "AS Jatuhkan Sanksi ke 4 Hakim ICC, Termasuk yang Terbitkan Surat Penangkapan Netanyahu",
    "subtitle": None, "authors": [],
    "published_at": {"accept": ["2025-06-06T09:05:00+07:00"], "accept_null": False},
    "updated_at": upd_null(), "page_date_not_publication": None, "flags_required": [],
    "dateline": None, "cited_sources": ["Reuters"],
    "captions_required": ["Menteri Luar Negeri AS Marco Rubio. Foto: Nathan Howard/REUTERS"],
}, first="Amerika Serikat menjatuhkan sanksi", last="Kementerian Luar Negeri Slovenia", events=[
    ev("us_sanctions_icc_judges_2025_06_05", True, ["16"], [US, ICC], "2025-06-05", "2025-06-05", "asserted",
       "Sanksi itu diumumkan Menteri Luar Negeri AS Marco Rubio pada Kamis (5/6) waktu setempat.",
       "lede is undated; passive 'diumumkan' carries the local date; WIB publication is 6/6"),
    ev("rubio_accuses_icc", False, STMT, [US, ICC], None, None, "asserted",
       "\"ICC telah terlibat dalam tindakan yang tidak sah dan tidak berdasar"),
    ev("icc_condemns_sanctions", False, STMT, [ICC, US], None, None, "asserted",
       "ICC mengecam langkah tersebut"),
    ev("trump_order_against_icc_2025_02", True, ["16", "17", "11"], [["Donald Trump", "Trump", "USA"], ICC], "2025-02-01", "2025-02-28", "asserted",
       "Presiden Donald Trump meneken perintah eksekutif yang mengizinkan sanksi terhadap ICC pada Februari lalu.",
       "'Februari lalu' in a June 2025 article"),
    ev("us_sanctions_karim_khan", False, ["16"], [US, ICC], None, None, "asserted",
       "Jaksa ICC Karim Khan menjadi pejabat pertama yang dijatuhi sanksi berdasarkan perintah itu.",
       "undated background (implicitly Feb 2025), optional"),
    ev("icc_warrants_netanyahu_2024_11_21", True, ["11", "17"], [ICC, ["Benjamin Netanyahu", "Netanyahu", "Yoav Gallant", "Gallant", "Israel", "ISR"]], "2024-11-21", "2024-11-21", "asserted",
       "ICC menerbitkan surat perintah penangkapan terhadap Netanyahu dan mantan Menteri Pertahanan Israel Yoav Gallant pada 21 November 2024",
       "the warrant is asserted although it concerns 'dugaan' war crimes"),
    ev("israel_denies_war_crimes", False, DENY, [["Israel", "ISR"]], None, None, "denied",
       "Israel membantah tuduhan tersebut."),
    ev("netanyahu_praises_us", False, STMT, [["Benjamin Netanyahu", "Netanyahu", "ISR"], US], None, None, "asserted",
       "Netanyahu memuji langkah Washington."),
    ev("slovenia_regrets_sanctions", False, STMT, [["Slovenia", "Kementerian Luar Negeri Slovenia", "SVN"], US + ["Beti Hohler", "Hohler"]], None, None, "asserted",
       "Kementerian Luar Negeri Slovenia menyatakan menyesalkan keputusan Washington"),
])

page("id_07_cnnindonesia_putin_telepon_trump.txt", {
    "site": "cnnindonesia.com",
    "title": "Putin Setuju Setop Serang Infrastruktur Energi Ukraina Usai Telepon Trump",
    "subtitle": None, "authors": [],
    "published_at": {"accept": ["2025-03-19T11:05:00+07:00"], "accept_null": False},
    "updated_at": upd_null(), "page_date_not_publication": None, "flags_required": [],
    "dateline": "Jakarta", "cited_sources": [],
    "captions_required": ["Presiden Rusia Vladimir Putin saat berbicara melalui telepon dengan Presiden AS Donald Trump di Moskow, Selasa (18/3/2025). (Sputnik/Alexander Kazakov/Pool via REUTERS)"],
    "related_titles": [],
}, first="Jakarta, CNN Indonesia --", last="Ini merupakan percakapan telepon kedua", strip_prefix="Jakarta, CNN Indonesia --", events=[
    ev("trump_putin_call_2025_03_18", True, MEET, [TRUMP, PUTIN], "2025-03-18", "2025-03-18", "asserted",
       "setelah berbicara melalui telepon dengan Presiden Amerika Serikat Donald Trump pada Selasa (18/3).",
       "the call is in a subordinate 'setelah' clause"),
    ev("putin_agrees_energy_halt_2025_03_18", True, ["08", "03", "05", "06"], [PUTIN, UKRAINE + ["Trump", "USA"]], "2025-03-18", "2025-03-18", "asserted",
       "Presiden Rusia Vladimir Putin setuju menghentikan sementara serangan terhadap infrastruktur energi Ukraina selama 30 hari",
       "headline event: partial ceasefire (de-escalation)"),
    ev("white_house_statement", False, STMT, [["Gedung Putih", "USA"], RUSSIA], None, None, "asserted",
       "Gedung Putih menyatakan kedua pemimpin sepakat"),
    ev("black_sea_talks_2025_03_23", True, MEET, [["Amerika Serikat", "AS", "Steve Witkoff", "Witkoff", "USA"], RUSSIA + UKRAINE], "2025-03-23", "2025-03-24", "planned",
       "Perundingan itu akan digelar di Arab Saudi pada Minggu (23/3), kata utusan khusus Trump, Steve Witkoff.",
       "'akan digelar' = planned; parties only implied by the previous sentence"),
    ev("putin_rejects_full_ceasefire", False, ["12", "11", "10"], [PUTIN, UKRAINE + ["AS", "USA"]], None, None, "asserted",
       "Namun, Putin menolak usulan gencatan senjata penuh selama 30 hari"),
    ev("ukraine_us_jeddah_last_week", True, ["03", "04", "05", "06", "08"], [UKRAINE, ["delegasi AS", "AS", "Amerika Serikat", "USA"]], "2025-03-10", "2025-03-16", "asserted",
       "yang sebelumnya telah disetujui Ukraina dalam pertemuan dengan delegasi AS di Jeddah, Arab Saudi, pekan lalu.",
       "'pekan lalu' from Wednesday 2025-03-19 = the previous Mon-Sun week; passive relative clause"),
    ev("kremlin_demands_aid_halt", False, ["10", "11", "12", "01", "02"], [["Kremlin", "RUS"], ["Kyiv", "asing", "UKR", "USA"]], None, None, "asserted",
       "Kremlin menuntut penghentian total bantuan militer dan intelijen asing kepada Kyiv"),
    ev("prisoner_swap_2025_03_19", True, ["08", "05", "06", "03", "04"], [RUSSIA, UKRAINE], "2025-03-19", "2025-03-19", "planned",
       "Rusia dan Ukraina akan saling membebaskan 175 tahanan pada Rabu (19/3)",
       "'akan' = planned; Wednesday is the publication day"),
    ev("zelensky_supports_energy_halt", False, STMT, [["Volodymyr Zelensky", "Zelensky", "UKR"]], None, None, "asserted",
       "Presiden Ukraina Volodymyr Zelensky mengatakan Kyiv akan mendukung penghentian serangan terhadap fasilitas energi."),
    ev("russia_drones_after_call_alleged", True, FORCE, [RUSSIA, UKRAINE + ["Sumy"]], "2025-03-18", "2025-03-19", "alleged",
       "ia menuding Rusia meluncurkan puluhan drone ke wilayah Ukraina hanya beberapa jam setelah percakapan telepon itu",
       "attack known only from Zelensky's accusation ('menuding'): alleged"),
    ev("zelensky_accuses_russia", False, ["11", "12", "01", "02"], [["Volodymyr Zelensky", "Zelensky", "UKR"], RUSSIA], None, None, "asserted",
       "ia menuding Rusia meluncurkan puluhan drone"),
    ev("trump_zelensky_call_2025_03_19", True, MEET, [TRUMP, ZELENSKY], "2025-03-19", "2025-03-19", "planned",
       "Trump dijadwalkan berbicara dengan Zelensky pada Rabu",
       "'dijadwalkan' = planned; bare 'pada Rabu' = publication day"),
    ev("trump_putin_call_2025_02_12", True, MEET, [TRUMP, PUTIN], "2025-02-12", "2025-02-12", "asserted",
       "Percakapan pertama berlangsung pada 12 Februari.",
       "nominal event, actors only in the previous sentence ('kedua pemimpin'); must NOT merge with the 18/3 call"),
])

page("en_04_cna_thailand_deports_uyghurs.txt", {
    "title": "Thailand defends deportation of 40 Uyghurs to China as US, UN condemn move",
    "subtitle": "Thai officials said China had given assurances that the men would be well treated, and that a delegation would visit them in Xinjiang.",
    "authors": ["Pichaya Srisuk"], "section": "Asia",
    "published_at": {"accept": ["2025-02-28T18:35:00+08:00"], "accept_null": False},
    "updated_at": {"accept": ["2025-02-28T19:10:00+08:00"], "accept_null": True},
    "page_date_not_publication": None, "flags_required": [],
    "dateline": "Bangkok", "cited_sources": [],
    "captions_required": ["Trucks with windows covered in black sheeting leave the Immigration Detention Centre in Bangkok, Thailand, early on Feb 27, 2025. (Photo: Reuters/Thai PBS)"],
}, first="BANGKOK: Thailand's government", last="In July 2015, Thailand", strip_prefix="BANGKOK:", events=[
    ev("thailand_defends_deportation_2025_02_28", True, STMT, [THAILAND], "2025-02-28", "2025-02-28", "asserted",
       "Thailand's government on Friday (Feb 28) defended the deportation of 40 Uyghur men to China",
       "headline verbal event, so required; CNA '(Feb 28)' date style"),
    ev("thailand_deports_uyghurs_2025_02_27", True, ["17"], [THAILAND, UYGHURS], "2025-02-27", "2025-02-27", "asserted",
       "were flown to China's Xinjiang region in the early hours of Thursday",
       "agentless passive 'were flown'; also the nominal 'deportation' in the lede and the caption"),
    ev("thai_officials_visit_xinjiang_2025_03", True, ["04"], [THAILAND, ["Xinjiang", "China", "CHN"]], "2025-03-01", "2025-03-31", "planned",
       "Thai officials would travel to Xinjiang next month to check on the men's well-being",
       "'would travel ... next month' = planned, March 2025"),
    ev("phumtham_china_assurance", False, STMT, [THAILAND, UYGHURS], None, None, "asserted",
       "\"China has confirmed that they will be taken care of,\" he told reporters."),
    ev("paetongtarn_defends_2025_02_27", False, STMT, [THAILAND], "2025-02-27", "2025-02-27", "asserted",
       "Prime Minister Paetongtarn Shinawatra said on Thursday the deportation had followed domestic law"),
    ev("rubio_condemns_thailand_2025_02_27", True, STMT, [["Marco Rubio", "Rubio", "United States", "US", "Washington", "USA"], THAILAND], "2025-02-27", "2025-02-27", "asserted",
       "In a statement on Thursday, US Secretary of State Marco Rubio said Washington \"strongly condemns\" Thailand's forced return of the Uyghurs",
       "headline verbal event ('US, UN condemn'), so required"),
    ev("turk_condemns_2025_02_28", True, STMT, [["Volker Turk", "Turk", "United Nations", "UN", "OHCHR"], THAILAND], "2025-02-28", "2025-02-28", "asserted",
       "UN human rights chief Volker Turk said on Friday that the deportation was \"a clear violation\" of international law",
       "headline verbal event, so required"),
    ev("china_says_repatriation_lawful", False, STMT, [["China", "Lin Jian", "China's foreign ministry", "Beijing", "CHN"]], "2025-02-27", "2025-02-28", "asserted",
       "Spokesman Lin Jian told reporters in Beijing on Thursday"),
    ev("uyghur_hunger_strike_2025_01", True, ["14"], [["Uyghur", "Uyghurs", "detainees", "the men", "CHN"]], "2025-01-01", "2025-01-31", "alleged",
       "The detainees had reportedly gone on a hunger strike in January to protest against the threat of deportation",
       "'reportedly' = alleged"),
    ev("thailand_deports_uyghurs_2015_07", True, ["17"], [THAILAND, UYGHURS], "2015-07-01", "2015-07-31", "asserted",
       "In July 2015, Thailand deported 109 Uyghurs to China",
       "background deportation, must NOT merge with the 2025 one"),
    ev("uyghurs_sent_to_turkey_2015", False, ["17", "04"], [THAILAND, ["Turkey", "TUR"]], "2015-07-01", "2015-07-31", "asserted",
       "while a separate group of about 170 was sent to Turkey."),
])

page("en_05_ap_turkey_court_jails_imamoglu.txt", {
    "title": "Turkish court jails Istanbul mayor Imamoglu pending trial as protests spread",
    "subtitle": None, "authors": ["Elif Karaca"],
    "published_at": {"accept": ["2025-03-23T16:47:00-04:00"], "accept_null": True},
    "updated_at": {"accept": ["2025-03-23T16:47:00-04:00"], "accept_null": True},
    "page_date_not_publication": None, "flags_required": [],
    "dateline": "Istanbul", "cited_sources": [],
    "captions_required": ["Police use pepper spray to disperse protesters during a protest against the arrest of Istanbul Mayor Ekrem Imamoglu, in Istanbul, Turkey, Sunday, March 23, 2025. (AP Photo/Emrah Gurel)"],
}, first="ISTANBUL (AP) —", last="Germany's Foreign Office", strip_prefix="ISTANBUL (AP) —", events=[
    ev("court_jails_imamoglu_2025_03_23", True, ["17"], [COURT, IMAMOGLU], "2025-03-23", "2025-03-23", "asserted",
       "A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu, President Recep Tayyip Erdogan's main political rival, jailed pending trial on corruption charges",
       "'on Sunday' in a Sunday article; apposition between object and verb"),
    ev("court_rejects_terror_request", False, ["12"], [COURT, ["prosecutor", "TUR"]], None, None, "asserted",
       "The court rejected a prosecutor's request to also jail him on terrorism-related charges."),
    ev("imamoglu_detained_2025_03_19", True, ["17"], [IMAMOGLU], "2025-03-19", "2025-03-19", "asserted",
       "was detained in a dawn raid at his home on Wednesday along with dozens of others.",
       "agentless passive, no agent named: single patient slot; Wednesday before Sunday 2025-03-23"),
    ev("imamoglu_denies_accusations", False, DENY, [IMAMOGLU], None, None, "denied",
       "Imamoglu, who has denied all the accusations"),
    ev("imamoglu_rejects_allegations_2025_03_23", False, DENY, [IMAMOGLU], None, None, "denied",
       "Imamoglu again rejected the allegations. \"I will never bow down,\" he wrote."),
    ev("imamoglu_suspended_2025_03_23", True, ["17", "16"], [["Interior Ministry", "TUR"], IMAMOGLU], "2025-03-23", "2025-03-23", "asserted",
       "the Interior Ministry said Imamoglu had been suspended from office \"as a temporary measure.\"",
       "passive inside reported speech; 'Shortly after the ruling' = Sunday"),
    ev("protest_city_hall_2025_03_23", True, ["14"], [PROTESTERS], "2025-03-23", "2025-03-23", "asserted",
       "Tens of thousands of people rallied outside Istanbul's city hall for a fifth straight night on Sunday",
       "", ["Istanbul", "TUR"]),
    ev("police_disperse_2025_03_23", True, ["17", "18"], [TPOLICE, PROTESTERS], "2025-03-23", "2025-03-23", "asserted",
       "Riot police used pepper spray, tear gas and rubber pellets to disperse protesters",
       "date only from the previous sentence ('on Sunday') and the caption"),
    ev("protesters_detained_2025_03_22", True, ["17"], [PROTESTERS], "2025-03-22", "2025-03-23", "asserted",
       "Interior Minister Ali Yerlikaya said 323 people were detained during protests on Saturday night",
       "agentless passive: single patient slot; 'Saturday night' may run past midnight"),
    ev("protest_2025_03_22", True, ["14"], [PROTESTERS], "2025-03-22", "2025-03-23", "asserted",
       "during protests on Saturday night",
       "nominal event inside the detention sentence (added after the blind run: annotator omission)"),
    ev("erdogan_accuses_chp_2025_03_21", False, ["11", "12", "13", "01", "02"], [["Recep Tayyip Erdogan", "Erdogan", "TUR"], ["Republican People's Party", "CHP", "TUR"]], "2025-03-21", "2025-03-21", "asserted",
       "Erdogan has accused the main opposition Republican People's Party, or CHP, of inciting unrest, and said on Friday"),
    ev("chp_endorses_imamoglu", False, ["05", "01", "02", "03"], [["CHP", "Republican People's Party", "TUR"], IMAMOGLU], "2025-03-23", "2025-03-23", "asserted",
       "the CHP went ahead with a primary election on Sunday in which Imamoglu was endorsed as its presidential candidate."),
    ev("chp_rally_planned_2025_03_29", True, ["14"], [["CHP", "Ozgur Ozel", "Ozel", "Republican People's Party", "TUR"]], "2025-03-29", "2025-03-29", "planned",
       "CHP leader Ozgur Ozel said the party would hold a mass rally in Istanbul next Saturday.",
       "'would hold ... next Saturday' from Sunday 2025-03-23 = 2025-03-29"),
    ev("university_annuls_diploma_2025_03_18", False, ["16", "17", "12", "11"], [["Istanbul University", "TUR"], IMAMOGLU], "2025-03-18", "2025-03-18", "asserted",
       "Imamoglu's university diploma was annulled on Tuesday by Istanbul University",
       "administrative act with no clear CAMEO class: optional"),
    ev("germany_criticises_detention", False, STMT, [["Germany", "Germany's Foreign Office", "DEU"], ["Turkey", "TUR"]], None, None, "asserted",
       "Germany's Foreign Office called the detention \"a serious setback for democracy in Turkey.\""),
])

clusters = [
    [["id_01_antara_albanese_prabowo.txt", "prabowo_albanese_2025_05_15"], ["en_01_jakartapost_albanese_jakarta.txt", "prabowo_albanese_2025_05_15"]],
    [["id_01_antara_albanese_prabowo.txt", "dca_signing_2024_08_29"], ["en_01_jakartapost_albanese_jakarta.txt", "dca_signing_2024_08_29"]],
    [["id_01_antara_albanese_prabowo.txt", "prabowo_albanese_g20_2024_11"], ["en_01_jakartapost_albanese_jakarta.txt", "prabowo_albanese_g20_2024_11"]],
    [["id_01_antara_albanese_prabowo.txt", "albanese_rome_2025_05_18"], ["en_01_jakartapost_albanese_jakarta.txt", "albanese_rome_2025_05_18"]],
    [["id_02_kompas_trump_putin_alaska.txt", "trump_putin_alaska_2025_08_15"], ["en_02_reuters_trump_putin_alaska.txt", "trump_putin_alaska_2025_08_15"]],
    [["id_02_kompas_trump_putin_alaska.txt", "trump_call_zelensky_2025_08_15"], ["en_02_reuters_trump_putin_alaska.txt", "trump_call_zelensky_2025_08_15"]],
    [["id_02_kompas_trump_putin_alaska.txt", "trump_putin_osaka_2019_06"], ["en_02_reuters_trump_putin_alaska.txt", "trump_putin_osaka_2019"]],
    [["id_07_cnnindonesia_putin_telepon_trump.txt", "trump_putin_call_2025_03_18"]],
    [["id_07_cnnindonesia_putin_telepon_trump.txt", "trump_putin_call_2025_02_12"]],
    [["id_03_cnnindonesia_israel_gempur_hodeidah.txt", "israel_strikes_hodeidah_2024_07_20"], ["en_03_aljazeera_israel_strikes_hodeidah_ras_isa.txt", "israel_strikes_hodeidah_2024_07"]],
    [["en_03_aljazeera_israel_strikes_hodeidah_ras_isa.txt", "israel_strikes_hodeidah_2024_09_29"]],
    [["id_03_cnnindonesia_israel_gempur_hodeidah.txt", "houthi_drone_tel_aviv_2024_07_19"], ["en_03_aljazeera_israel_strikes_hodeidah_ras_isa.txt", "houthi_drone_tel_aviv_2024_07"]],
    [["en_03_aljazeera_israel_strikes_hodeidah_ras_isa.txt", "houthi_missile_ben_gurion_2024_09_28"]],
    [["en_04_cna_thailand_deports_uyghurs.txt", "thailand_deports_uyghurs_2025_02_27"]],
    [["en_04_cna_thailand_deports_uyghurs.txt", "thailand_deports_uyghurs_2015_07"]],
]
ids = {}
for f in (ROOT / "gold").glob("*.json"):
    if f.name != "clusters.json":
        g = json.loads(f.read_text())
        ids[g["file"]] = {e["id"] for e in g["events"]}
for group in clusters:
    for file, gid in group:
        assert gid in ids[file], (file, gid)
(ROOT / "gold" / "clusters.json").write_text(json.dumps(clusters, indent=2) + "\n", encoding="utf-8")
print("c ok")
