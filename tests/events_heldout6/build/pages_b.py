"""Gold for the negative pair (two Second Thomas Shoal incidents, Mar and Jun 2024), Prabowo in Beijing and the Pertamina case."""

from common import COERCE, DENY, MEET, STMT, ev, page

CCG = ["penjaga pantai China", "Penjaga Pantai China", "kapal China", "kapal-kapal China", "China Coast Guard",
       "Chinese coast guard", "Chinese vessels", "China", "Beijing", "CHN"]
PHIL = ["Filipina", "Philippines", "Philippine", "Manila", "militer Filipina", "Philippine navy", "Unaizah May 4",
        "PHL"]
BRAWNER = ["Romeo Brawner", "Brawner", "PHL"]
US = ["Matthew Miller", "Amerika Serikat", "United States", "Washington", "State Department", "USA"]
DFA = ["Kementerian Luar Negeri Filipina", "Philippine foreign ministry", "Manila", "Filipina", "Philippines", "PHL"]
CHINESE_DIPLOMAT = ["diplomat China", "Chinese diplomat", "China", "Beijing", "CHN"]

PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
XI = ["Xi Jinping", "Xi", "CHN"]
LI_QIANG = ["Li Qiang", "CHN"]
BIDEN = ["Joe Biden", "Biden", "USA"]
INDONESIA = ["Indonesia", "Prabowo", "IDN"]
CHINA = ["China", "Tiongkok", "Beijing", "Xi Jinping", "Xi", "CHN"]

KEJAGUNG = ["Kejaksaan Agung", "Kejagung", "penyidik", "Abdul Qohar", "Qohar", "Jampidsus", "IDN"]
NEW_SUSPECTS = ["Maya Kusmaya", "Edward Corne", "Maya", "Edward", "tersangka", "IDN"]
PERTAMINA = ["PT Pertamina Patra Niaga", "Pertamina Patra Niaga", "Pertamina", "Mars Ega Legowo Putra", "Mars Ega", "IDN"]


page("id_03_detik_china_meriam_air_kapal_filipina.txt", {
    "site": "detik.com",
    "title": "Kapal China Tembakkan Meriam Air ke Kapal Pasokan Filipina, Awak Terluka",
    "subtitle": None, "authors": ["Rita Andriani"], "section": "Internasional",
    "published_at": {"accept": ["2024-03-24T10:15:00+07:00"], "accept_null": False},
    "updated_at": {"accept_null": True}, "page_date_not_publication": None, "flags_required": [],
    "dateline": "Manila", "cited_sources": ["AFP"],
    "captions_required": ["Kapal penjaga pantai China menembakkan meriam air ke kapal pasokan Filipina Unaizah May 4 di dekat Second Thomas Shoal, Sabtu (23/3/2024). (AFP/Armed Forces of the Philippines)"],
    "related_titles": ["Marcos: Filipina Tak Akan Menyerah soal Laut China Selatan"],
}, first="Manila - Kapal penjaga pantai China", last="Insiden serupa terjadi", skip=("Baca juga:",),
    strip_prefix="Manila -", events=[
    ev("water_cannon_2024_03_23", True, COERCE, [CCG, PHIL], "2024-03-23", "2024-03-23", "asserted",
       "Kapal penjaga pantai China menembakkan meriam air ke sebuah kapal pasokan Filipina di dekat Second Thomas Shoal di Laut China Selatan pada Sabtu (23/3/2024).",
       "water cannon by a coast guard: coerce/assault; caption repeats it", ["Second Thomas Shoal", "Laut China Selatan"]),
    ev("sierra_madre_grounded", False, ["15", "17", "19"], [PHIL], None, None, "asserted",
       "kapal perang tua yang sengaja dikandaskan Manila di atol tersebut.", "undated background, not an interaction"),
    ev("ccg_blocks_manoeuvres", False, COERCE, [CCG, PHIL], None, None, "asserted",
       "menyebut kapal-kapal China juga menghadang dan melakukan manuver berbahaya terhadap kapal Filipina selama lebih dari satu jam.",
       "reported by the Philippine task force, same incident: optional"),
    ev("task_force_accuses_china", False, STMT, [["Satuan Tugas Nasional Laut Filipina Barat", "Filipina", "PHL"], CCG],
       None, None, "asserted", "Satuan Tugas Nasional Laut Filipina Barat menyebut kapal-kapal China"),
    ev("ccg_necessary_measures", False, STMT + ["13", "17"], [CCG, PHIL], None, None, "asserted",
       "Penjaga Pantai China menyatakan pihaknya telah mengambil \"langkah-langkah yang diperlukan\" terhadap kapal Filipina"),
    ev("ph_intrusion_alleged", False, COERCE + ["04"], [PHIL, CCG], None, None, "alleged",
       "kapal Filipina yang disebutnya memasuki perairan China tanpa izin."),
    ev("beijing_denies_danger", False, DENY, [CCG], None, None, "denied",
       "Beijing membantah kapal-kapalnya bertindak membahayakan."),
    ev("ph_summons_chinese_diplomat_2024_03", True, ["11", "12", "16", "10", "02"], [DFA, CHINESE_DIPLOMAT], None, None,
       "planned", "Kementerian Luar Negeri Filipina mengatakan akan memanggil diplomat China di Manila untuk menyampaikan protes.",
       "'akan memanggil' = planned, no date given"),
    ev("us_calls_china_provocative", False, STMT, [US, CCG], None, None, "asserted",
       "Juru bicara Departemen Luar Negeri Amerika Serikat Matthew Miller menyebut tindakan China itu \"provokatif\""),
    ev("us_stands_with_philippines", False, STMT + ["06"], [US, PHIL], None, None, "asserted",
       "menegaskan Washington berdiri bersama sekutunya, Filipina."),
    ev("water_cannon_2023_12", True, COERCE, [CCG, PHIL], "2023-12-01", "2023-12-31", "asserted",
       "Insiden serupa terjadi pada Desember 2023, ketika kapal-kapal China menembakkan meriam air ke kapal pemerintah Filipina di dekat Scarborough Shoal dan Second Thomas Shoal.",
       "background incident dated by month"),
])

page("en_03_cna_philippines_demands_china_return_rifles.txt", {
    "title": "Philippine military chief demands China return seized rifles after shoal clash",
    "subtitle": "The Philippines said Chinese coast guard personnel armed with knives and axes boarded its navy boats on Monday, in the most serious confrontation yet at the disputed shoal.",
    "authors": [], "section": "Asia",
    "published_at": {"accept": ["2024-06-19T19:42:00+08:00"], "accept_null": False},
    "updated_at": {"accept_null": True}, "page_date_not_publication": None, "flags_required": [],
    "dateline": "Manila", "cited_sources": [],
    "captions_required": ["Philippine Armed Forces chief General Romeo Brawner speaks to reporters in Puerto Princesa, Palawan on Jun 19, 2024. (Photo: AFP/Jam Sta Rosa)"],
}, first="MANILA: The Philippines' military chief", last="Manila and Beijing are expected", strip_prefix="MANILA:",
    events=[
    ev("brawner_demands_rifles_2024_06_19", True, ["10", "02", "11", "12"], [BRAWNER, CCG], "2024-06-19",
       "2024-06-19", "asserted",
       "The Philippines' military chief on Wednesday (Jun 19) demanded that China return rifles seized by its coast guard",
       "demand: 10; subject named only by title here"),
    ev("boarding_2024_06_17", True, COERCE, [CCG, PHIL], "2024-06-17", "2024-06-17", "asserted",
       "Chinese coast guard personnel armed with knives, axes and spears boarded two Philippine navy inflatable boats near the Second Thomas Shoal on Monday",
       "'on Monday' in a Wednesday article; NOT the March water-cannon incident", ["Second Thomas Shoal"]),
    ev("ccg_seizes_rifles_2024_06_17", False, ["17", "18"], [CCG, PHIL], "2024-06-17", "2024-06-17", "asserted",
       "seizing seven rifles and puncturing the vessels", "part of the boarding"),
    ev("brawner_pirates", False, STMT, [BRAWNER, CCG], None, None, "asserted",
       "\"They acted like pirates,\" Brawner said."),
    ev("lin_jian_denies_2024_06_18", False, DENY, [["Lin Jian", "China", "Chinese foreign ministry", "CHN"]],
       "2024-06-18", "2024-06-18", "denied",
       "China's foreign ministry spokesperson Lin Jian said on Tuesday that the coast guard's actions were \"professional and restrained\" and denied that any direct measures had been taken against Philippine personnel."),
    ev("us_condemns_china_2024_06_17", False, STMT, [US, CCG], "2024-06-17", "2024-06-17", "asserted",
       "The United States condemned China's \"escalatory and irresponsible actions\", State Department spokesperson Matthew Miller said on Monday."),
    ev("water_cannon_2024_03_23", True, COERCE, [CCG, PHIL], "2024-03-01", "2024-03-31", "asserted",
       "In March, Chinese vessels fired water cannon at a Philippine resupply boat near the same shoal, injuring several crew members",
       "background: the incident of the Detik page"),
    ev("ph_summons_chinese_diplomat_2024_03", True, ["11", "12", "16", "10", "02"], [DFA, CHINESE_DIPLOMAT],
       "2024-03-01", "2024-03-31", "asserted", "prompting Manila to summon a Chinese diplomat.",
       "non-finite 'to summon' after 'prompting'; same act the Detik page reports as planned"),
    ev("ph_china_talks_2024_07", True, MEET, [PHIL, CHINESE_DIPLOMAT], "2024-07-01", "2024-07-15", "planned",
       "Manila and Beijing are expected to hold talks on the South China Sea early next month",
       "'expected to' = planned; 'early next month' from June"),
])

page("id_04_antara_prabowo_xi_beijing.txt", {
    "site": "antaranews.com",
    "title": "Prabowo bertemu Xi Jinping di Beijing, saksikan penandatanganan sejumlah MoU",
    "subtitle": None, "authors": ["Yuni Arisandy Sinaga"], "editors": ["Rahmad Nasution"], "section": "Politik",
    "published_at": {"accept": ["2024-11-10T10:20:00+07:00"], "accept_null": False},
    "updated_at": {"accept_null": True}, "page_date_not_publication": None, "flags_required": [],
    "dateline": "Beijing", "cited_sources": [],
    "captions_required": ["Presiden Prabowo Subianto (kiri) berjabat tangan dengan Presiden China Xi Jinping di Balai Agung Rakyat, Beijing, Sabtu (9/11/2024). ANTARA FOTO/Biro Pers Sekretariat Presiden/Muchlis Jr/app/tom."],
    "related_titles": ["Prabowo tiba di Beijing, disambut Menlu Wang Yi",
                       "Menlu Sugiono: Kunjungan ke China dan AS tegaskan politik bebas aktif"],
}, first="Beijing (ANTARA) -", last="Di Washington, Prabowo", skip=("Baca juga:",), strip_prefix="Beijing (ANTARA) -",
    events=[
    ev("prabowo_xi_2024_11_09", True, MEET, [PRABOWO, XI], "2024-11-09", "2024-11-09", "asserted",
       "Presiden RI Prabowo Subianto bertemu Presiden China Xi Jinping di Balai Agung Rakyat, Beijing, Sabtu,",
       "bare weekday 'Sabtu' (Antara style) in a Sunday article; caption repeats it", ["Balai Agung Rakyat", "Beijing", "CHN"]),
    ev("prabowo_state_visit_china", False, ["04"], [PRABOWO, CHINA], "2024-11-08", "2024-11-10", "asserted",
       "dalam kunjungan kenegaraan pertamanya ke luar negeri sejak dilantik pada 20 Oktober 2024."),
    ev("mou_signing_2024_11_09", True, ["05", "06", "03"], [INDONESIA, CHINA], "2024-11-09", "2024-11-09",
       "asserted", "Seusai pertemuan bilateral, kedua pemimpin menyaksikan penandatanganan sejumlah nota kesepahaman",
       "agreement signed; date from the meeting it follows"),
    ev("prabowo_good_partner", False, STMT, [PRABOWO, CHINA], None, None, "asserted",
       "\"Indonesia akan terus menjadi mitra yang baik bagi Tiongkok,\" kata Prabowo"),
    ev("prabowo_li_qiang_2024_11_09", True, MEET, [PRABOWO, LI_QIANG], "2024-11-09", "2024-11-09", "asserted",
       "Sebelumnya pada hari yang sama, Prabowo juga bertemu Perdana Menteri China Li Qiang",
       "'pada hari yang sama' = the Saturday"),
    ev("joint_statement_overlapping_claims", False, ["03", "05", "06", "01", "02", "04"], [INDONESIA, CHINA],
       None, None, "asserted",
       "kedua negara menyatakan telah mencapai pemahaman bersama mengenai pengembangan bersama di wilayah dengan klaim yang tumpang tindih."),
    ev("prabowo_xi_2024_04_01", True, MEET, [PRABOWO, XI], "2024-04-01", "2024-04-01", "asserted",
       "Xi terakhir kali menerima Prabowo pada 1 April 2024",
       "background meeting, explicit date; 'menerima' with Xi as host"),
    ev("business_forum_2024_11_10", False, ["04", "03"], [PRABOWO, ["Forum Bisnis Indonesia-China", "China", "CHN"]],
       "2024-11-10", "2024-11-10", "planned",
       "Prabowo dijadwalkan menghadiri Forum Bisnis Indonesia-China di Beijing pada Minggu"),
    ev("prabowo_travel_washington", False, ["04"], [PRABOWO, ["Washington", "Amerika Serikat", "AS", "USA"]],
       "2024-11-10", "2024-11-12", "planned", "sebelum bertolak ke Washington DC, Amerika Serikat."),
    ev("prabowo_biden_2024_11_12", True, MEET, [PRABOWO, BIDEN], "2024-11-12", "2024-11-12", "planned",
       "Di Washington, Prabowo akan bertemu Presiden AS Joe Biden di Gedung Putih pada Selasa (12/11).",
       "'akan bertemu' = planned", ["Gedung Putih", "Washington", "USA"]),
])

page("id_05_tempo_kejagung_tersangka_baru_pertamina.txt", {
    "site": "tempo.co",
    "title": "Kejagung Tetapkan Dua Tersangka Baru Korupsi Tata Kelola Minyak Pertamina",
    "subtitle": None, "authors": ["Hendra Saputra"], "editors": ["Nurul Aini"], "section": "Hukum",
    "published_at": {"accept": ["2025-02-27T09:05:00+07:00"], "accept_null": False},
    "updated_at": {"accept_null": True}, "page_date_not_publication": None, "flags_required": [],
    "dateline": "Jakarta", "cited_sources": [],
    "captions_required": ["Tersangka Direktur Pemasaran Pusat dan Niaga PT Pertamina Patra Niaga Maya Kusmaya digiring ke mobil tahanan di Gedung Kejaksaan Agung, Jakarta, 26 Februari 2025. TEMPO/Imam Sukamto"],
    "related_titles": ["Daftar Tersangka Korupsi Minyak Pertamina dan Perannya",
                       "Pertamina Jamin Kualitas Pertamax, Konsumen Diminta Tak Khawatir"],
}, first="TEMPO.CO, Jakarta -", last="Kejaksaan Agung menyatakan akan", skip=("Pilihan Editor:",),
    strip_prefix="TEMPO.CO, Jakarta -", events=[
    ev("kejagung_names_two_suspects_2025_02_26", True, ["17"], [KEJAGUNG, NEW_SUSPECTS], "2025-02-26", "2025-02-26",
       "asserted", "Kejaksaan Agung menetapkan dua tersangka baru dalam kasus dugaan korupsi tata kelola minyak mentah dan produk kilang di PT Pertamina, Rabu malam, 26 Februari 2025.",
       "naming suspects = charge: 17; caption shows the same day"),
    ev("kejagung_detains_two_2025_02_26", False, ["17"], [KEJAGUNG, NEW_SUSPECTS], None, None,
       "asserted", "keduanya langsung ditahan selama 20 hari ke depan", "detention right after the naming: same act, optional"),
    ev("suspects_blending_alleged", False, STMT + ["17", "18"], [NEW_SUSPECTS], None, None, "alleged",
       "Maya dan Edward diduga memerintahkan pembelian bahan bakar RON 90 dengan harga RON 92",
       "'diduga' = alleged; a crime, not a CAMEO interaction"),
    ev("qohar_state_loss", False, STMT, [KEJAGUNG], None, None, "asserted",
       "\"Perbuatan para tersangka mengakibatkan kerugian keuangan negara sekitar Rp 193,7 triliun pada 2023,\" kata Qohar."),
    ev("kejagung_detains_seven_2025_02_24", True, ["17"], [KEJAGUNG, ["Riva Siahaan", "Muhammad Kerry Adrianto Riza",
                                                                    "Kerry", "Riva", "tersangka", "IDN"]],
       "2025-02-24", "2025-02-24", "asserted",
       "Pada Senin, 24 Februari 2025, penyidik menahan tujuh tersangka, di antaranya Direktur Utama PT Pertamina Patra Niaga Riva Siahaan",
       "background arrest with explicit date"),
    ev("raid_riza_chalid_house_2025_02_25", True, ["17"], [KEJAGUNG, ["Riza Chalid", "IDN"]], "2025-02-25", "2025-02-25",
       "asserted", "Sehari kemudian, rumah Riza Chalid di Jalan Jenggala, Kebayoran Baru, Jakarta Selatan, digeledah penyidik.",
       "passive with agent; 'Sehari kemudian' after Senin 24 Februari"),
    ev("seize_documents_2025_02_25", False, ["17"], [KEJAGUNG], None, None, "asserted",
       "Penyidik menyita sejumlah dokumen dan barang bukti elektronik.", "part of the search"),
    ev("pertamina_denies_oplosan_2025_02_26", False, DENY, [PERTAMINA], None, None, "denied",
       "PT Pertamina Patra Niaga membantah tudingan bahwa Pertamax yang dijual ke masyarakat merupakan BBM oplosan."),
    ev("pertamina_dpr_hearing_2025_02_26", False, MEET + STMT, [PERTAMINA, ["Komisi XII DPR", "DPR", "IDN"]],
       "2025-02-26", "2025-02-26", "asserted", "dalam rapat dengan Komisi XII DPR, Rabu."),
    ev("kejagung_summons_riza_planned", False, ["17", "10", "09", "04"], [KEJAGUNG, ["Riza Chalid", "IDN"]], None, None,
       "planned", "Kejaksaan Agung menyatakan akan memanggil Riza Chalid untuk diperiksa sebagai saksi.",
       "summons of a witness: fuzzy CAMEO, optional"),
])
