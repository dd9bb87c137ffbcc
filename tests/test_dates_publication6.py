"""Publication and update dates on pages shaped like the big CMSs' real output: Indonesian national sites
(detik, Kompas, Tempo, CNN Indonesia, Antara, Liputan6, Kumparan, Okezone, Tribun, Republika, Sindonews, IDN
Times, Bisnis, Kontan) and English international ones (Reuters, AP, BBC, Guardian, Al Jazeera, CNA, Straits
Times, SCMP, NYT, Washington Post, CNN, Bloomberg, Nikkei, Bangkok Post, Inquirer), as innerText dumps with
share rows, widgets and dated related lists, crawler markdown, and HTML heads from WordPress/Yoast, Arc XP,
Brightspot and Drupal. Written blind, before reading the dates code. 3 November 2025 is a Monday (US clocks
fell back on 2 November, UK/EU on 26 October)."""

from __future__ import annotations

import pytest
from publication_pages import Case, check, html, ld, md, txt

ID_CASES = [
    # detik text dump: today-widget and channel nav above, desk line and share text under the title,
    # dated related items below; the byline stamp is the article's
    txt(
        "detik_full_dump_widget_share_related",
        [
            "Andi Saputra - detikNews",
            "Senin, 03 Nov 2025 14:05 WIB",
            "0 komentar",
            "BAGIKAN",
            "URL telah disalin",
        ],
        "2025-11-03T14:05:00+07:00",
        above=["detikNews", "Selasa, 04 Nov 2025", "Berita / Detik News / Berita"],
        footer=(
            "Berita Terkait",
            "Warga Antre Air Bersih di Tiga Desa",
            "Minggu, 02 Nov 2025 20:15 WIB",
            "Kemarau Panjang, Sumur Warga Mengering",
            "Sabtu, 01 Nov 2025 09:40 WIB",
        ),
    ),
    # detik on Idul Fitri 2025 (31 March 2025 is a Monday), the 'Baca juga' title carries its own day
    txt(
        "detik_baca_juga_title_with_weekday",
        [
            "Tim detikcom - detikNews",
            "Senin, 31 Mar 2025 08:15 WIB",
            "Baca juga: Jadwal Salat Id Minggu 30 Maret",
        ],
        "2025-03-31T08:15:00+07:00",
    ),
    # Kompas numeric stamp with its update line and the 'Lihat Foto' caption block; 17 Dec 2024 is a Tuesday
    txt(
        "kompas_numeric_diperbarui_with_photo_caption",
        [
            "Kompas.com - 17/12/2024, 09:12 WIB",
            "Diperbarui 17/12/2024, 11:30 WIB",
            "Lihat Foto",
            "Warga mengantre air bersih di posko, Minggu (15/12/2024). (KOMPAS.com/RINA LESTARI)",
            "Penulis Rina Lestari | Editor Sabrina Asril",
        ],
        "2024-12-17T09:12:00+07:00",
        "2024-12-17T11:30:00+07:00",
        lead="SEMARANG, KOMPAS.com - ",
    ),
    # Kompas newer spelled stamp with 'Baca juga' links between the byline and the body
    txt(
        "kompas_spelled_stamp_baca_juga_links",
        [
            "Kompas.com, 3 November 2025, 14:05 WIB",
            "Penulis: Rina Lestari",
            "Baca juga: Kekeringan Meluas, 12 Desa Krisis Air (2/11/2025)",
            "Baca juga: BPBD Tetapkan Status Siaga Darurat",
        ],
        "2025-11-03T14:05:00+07:00",
    ),
    # Tempo: 28 February 2025 is a Friday; 'Baca Juga' items printed with their own day
    txt(
        "tempo_weekday_stamp_baca_juga_dated",
        [
            "Reporter: Dani Aswara",
            "Editor: Sunudyantoro",
            "Jumat, 28 Februari 2025 19:40 WIB",
            "Baca Juga:",
            "Kamis, 27 Februari 2025 | Stok Air PDAM Menipis",
            "Rabu, 26 Februari 2025 | Hujan Belum Turun",
        ],
        "2025-02-28T19:40:00+07:00",
    ),
    # CNN Indonesia: outlet name above the stamp, 'Bagikan :' share row, related list with dates
    txt(
        "cnn_indonesia_share_row",
        ["CNN Indonesia", "Senin, 03 Nov 2025 14:05 WIB", "Bagikan :", "url telah tercopy"],
        "2025-11-03T14:05:00+07:00",
        footer=("BACA HALAMAN BERIKUTNYA", "LIHAT SEMUA", "Senin, 03 Nov 2025 09:12 WIB"),
    ),
    # Antara: Independence Day 2024 (a Saturday), credits and copyright year under the body
    txt(
        "antara_stamp_credits_copyright",
        ["Sabtu, 17 Agustus 2024 10:05 WIB"],
        "2024-08-17T10:05:00+07:00",
        footer=("Pewarta: Fulan Hidayat", "Editor: Budi Santoso", "Copyright © ANTARA 2024"),
        lead="Jakarta (ANTARA) - ",
    ),
    # Liputan6: 'Diterbitkan' then 'Diperbarui' with day-month-year abbreviations
    txt(
        "liputan6_diterbitkan_diperbarui",
        [
            "Liputan6.com",
            "Rina Lestari",
            "Diterbitkan 03 Nov 2025, 14:05 WIB",
            "Diperbarui 03 Nov 2025, 15:10 WIB",
        ],
        "2025-11-03T14:05:00+07:00",
        "2025-11-03T15:10:00+07:00",
        lead="Liputan6.com, Jakarta - ",
    ),
    # Kumparan: channel, stamp, reading-time marker on their own lines
    txt(
        "kumparan_stamp_reading_time",
        ["kumparanNEWS", "3 November 2025 14:05 WIB", "·", "waktu baca 2 menit"],
        "2025-11-03T14:05:00+07:00",
    ),
    # Okezone: no comma after the weekday, journalist after the stamp, a live clock widget at the top
    txt(
        "okezone_no_comma_live_clock_header",
        ["Senin 03 November 2025 14:05 WIB", "Rina Lestari, Jurnalis", "Share"],
        "2025-11-03T14:05:00+07:00",
        above=["Okezone", "Senin, 03 November 2025 | 17:48 WIB"],
    ),
    # Tribunnews: 'Laporan Wartawan' lead, 'Berita Populer' with dated items after the body
    txt(
        "tribun_laporan_wartawan_populer_list",
        ["Senin, 3 November 2025 14:05 WIB", "Penulis: Rina Lestari", "Editor: Hasanudin Aco"],
        "2025-11-03T14:05:00+07:00",
        footer=("Berita Populer", "1. Harga Beras Naik Lagi - Selasa, 4 November 2025 06:10 WIB"),
        lead="Laporan Wartawan Tribunnews.com, Rina Lestari TRIBUNNEWS.COM, JAKARTA - ",
    ),
    # CNBC Indonesia: channel and author glued to a zone-less stamp (Jakarta time on an Indonesian site)
    txt(
        "cnbc_indonesia_glued_zoneless",
        ["News", "Rina Lestari, CNBC Indonesia03 November 2025 14:05"],
        "2025-11-03T14:05:00+07:00",
    ),
    # Republika: 'Rep:/Red:' credits and a Hijri date widget above the page
    txt(
        "republika_rep_red_hijri_widget",
        ["Senin 03 Nov 2025 14:05 WIB", "Rep: Rina Lestari/ Red: Fitriyan Zamzami"],
        "2025-11-03T14:05:00+07:00",
        above=["Republika", "Senin , 12 Jumadil Awal 1447 / 03 November 2025"],
    ),
    # Sindonews: dash before the clock, font-size buttons and 'loading...' around it
    txt(
        "sindonews_dash_font_buttons",
        ["Rina Lestari", "Senin, 03 November 2025 - 14:05 WIB", "loading...", "A A A"],
        "2025-11-03T14:05:00+07:00",
    ),
    # Suara.com: pipe between date and clock, a 'Baca 10 detik' summary box below
    txt(
        "suara_pipe_summary_box",
        ["Rina Lestari | Bangun Santoso", "Senin, 03 November 2025 | 14:05 WIB", "Baca 10 detik"],
        "2025-11-03T14:05:00+07:00",
        lead="Suara.com - ",
    ),
    # IDN Times: comma before the clock, follow-prompt under it
    txt(
        "idn_times_comma_follow_prompt",
        [
            "Rina Lestari",
            "03 Nov 2025, 14:05 WIB",
            "Follow IDN Times untuk mendapatkan informasi terkini. "
            "Klik untuk follow WhatsApp Channel & Google News",
        ],
        "2025-11-03T14:05:00+07:00",
    ),
    # Bisnis.com: reporter dash outlet, zone-less stamp after a pipe
    txt(
        "bisnis_zoneless_pipe",
        ["Rina Lestari - Bisnis.com", "Senin, 3 November 2025 | 14:05"],
        "2025-11-03T14:05:00+07:00",
    ),
    # Katadata: author and zone-less stamp on one line
    txt(
        "katadata_author_stamp_one_line", ["Rina Lestari 3 November 2025, 14:05"], "2025-11-03T14:05:00+07:00"
    ),
    # Kontan: slash before the clock, 'KONTAN.CO.ID - JAKARTA.' lead
    txt(
        "kontan_slash_clock",
        ["Reporter: Rina Lestari | Editor: Herlina Kartika", "Senin, 03 November 2025 / 14:05 WIB"],
        "2025-11-03T14:05:00+07:00",
        lead="KONTAN.CO.ID - JAKARTA. ",
    ),
    # zone-less stamp on a Makassar outlet with a WITA-zoned related list: the WITA list sets the zone
    txt(
        "regional_zoneless_stamp_wita_sidebar",
        ["Rina Lestari", "Senin, 3 November 2025 14:05"],
        "2025-11-03T14:05:00+08:00",
        footer=("Terkini", "Senin, 3 November 2025 16:40 WITA", "Senin, 3 November 2025 16:12 WITA"),
        lead="MAKASSAR - ",
    ),
]

EN_CASES = [
    # The Jakarta Post English dump: pipe and lower-case pm, Jakarta outlet with no zone
    txt(
        "jakarta_post_pipe_lower_pm",
        ["Rina Lestari (The Jakarta Post)", "Jakarta", "November 3, 2025 | 02:05 pm"],
        "2025-11-03T14:05:00+07:00",
        lang="en",
    ),
    # Jakarta Globe: 'Jakarta.' dateline, stamp with single-digit hour
    txt(
        "jakarta_globe_pipe_single_digit_hour",
        ["Rina Lestari", "November 3, 2025 | 2:05 pm"],
        "2025-11-03T14:05:00+07:00",
        lang="en",
        lead="Jakarta. ",
    ),
    # Reuters innerText: two authors glued to the date, the year glued to the clock
    txt(
        "reuters_two_authors_glued_year_clock",
        ["By Jane Doe and John RoeNovember 3, 20252:05 PM GMT+7Updated 2 hours ago", "Item 1 of 3"],
        "2025-11-03T14:05:00+07:00",
        lang="en",
        footer=(
            "Reporting by Jane Doe; Editing by Mark Potter",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ),
    ),
    # Reuters read from a UTC machine: 'UTC' glued to 'Updated'
    txt(
        "reuters_glued_utc",
        ["By Jane Doe", "November 3, 20257:05 AM UTCUpdated 37 min ago"],
        "2025-11-03T07:05:00+00:00",
        lang="en",
    ),
    # AP: only 'Updated', upper-case byline, share row; 3 Nov is after US clocks fell back: EST
    txt(
        "ap_updated_only_share_row",
        [
            "By JANE DOE",
            "Updated 2:05 AM EST, November 3, 2025",
            "Share",
            "Copy",
            "Link copied",
            "Email",
            "Facebook",
        ],
        "2025-11-03T02:05:00-05:00",
        "2025-11-03T02:05:00-05:00",
        lang="en",
    ),
    # AP in July: EDT
    txt(
        "ap_updated_summer_edt",
        ["By JANE DOE and JOHN ROE", "Updated 10:22 AM EDT, July 15, 2025"],
        "2025-07-15T10:22:00-04:00",
        "2025-07-15T10:22:00-04:00",
        lang="en",
        lead="WASHINGTON (AP) — ",
    ),
    # BBC dump: date only, author block after it, relative dates of related stories below
    txt(
        "bbc_date_only_related_relative",
        ["3 November 2025", "Share", "Save", "Jane Doe", "BBC News"],
        "2025-11-03",
        lang="en",
        footer=("Related", "Port strike ends after talks", "2 days ago"),
    ),
    # Guardian: the top stamp is the last modification, 'First published' gives publication
    txt(
        "guardian_top_stamp_is_modified_first_published_line",
        ["Jane Doe", "Mon 3 Nov 2025 09.40 GMT", "First published on Mon 3 Nov 2025 07.05 GMT", "Share"],
        "2025-11-03T07:05:00+00:00",
        "2025-11-03T09:40:00+00:00",
        lang="en",
    ),
    # Guardian in June: BST is +01:00 (20 June 2025 is a Friday)
    txt(
        "guardian_bst_view_image_caption",
        ["Jane Doe", "Fri 20 Jun 2025 18.15 BST", "View image in fullscreen"],
        "2025-06-20T18:15:00+01:00",
        lang="en",
        footer=("Explore more on these topics", "Reuse this content"),
    ),
    # Al Jazeera: the date printed twice glued, with 'Listen to this article' near it
    txt(
        "al_jazeera_doubled_date_listen",
        [
            "Published On 3 Nov 20253 Nov 2025",
            "Save",
            "Click here to share on social media",
            "Listen to this article | 4 mins",
        ],
        "2025-11-03",
        lang="en",
    ),
    # CNA: published and parenthesised update on one line; Singapore dateline gives +08:00
    # (9 January 2025 is a Thursday)
    txt(
        "cna_one_line_parenthesised_update",
        ["09 Jan 2025 10:20PM (Updated: 09 Jan 2025 11:05PM)", "Bookmark", "Share", "WhatsApp", "Telegram"],
        "2025-01-09T22:20:00+08:00",
        "2025-01-09T23:05:00+08:00",
        lang="en",
        lead="SINGAPORE: ",
    ),
    # Straits Times: 'Published' and 'Updated' lines with zero-padded day; Singapore dateline
    txt(
        "straits_times_published_updated_lines",
        ["Jane Doe", "Published Oct 01, 2024, 06:45 PM", "Updated Oct 01, 2024, 09:10 PM"],
        "2024-10-01T18:45:00+08:00",
        "2024-10-01T21:10:00+08:00",
        lang="en",
        lead="SINGAPORE – ",
    ),
    # SCMP: time first, no zone; the Hong Kong dateline gives HKT +08:00
    txt(
        "scmp_time_first_hong_kong",
        [
            "Jane Doe",
            "Published: 2:05pm, 3 Nov 2025",
            "Updated: 3:10pm, 3 Nov 2025",
            "Why you can trust SCMP",
        ],
        "2025-11-03T14:05:00+08:00",
        "2025-11-03T15:10:00+08:00",
        lang="en",
        lead="HONG KONG: ",
    ),
    # NYT: 'Published' with a date only glued to 'Updated' with a clock
    txt(
        "nyt_published_date_glued_updated_clock",
        ["By Jane Doe", "Published Nov. 3, 2025Updated Nov. 3, 2025, 4:10 a.m. ET", "Share full article"],
        "2025-11-03",
        "2025-11-03T04:10:00-05:00",
        lang="en",
    ),
    # NYT: single stamp with 'a.m. ET', listen widget with a duration
    txt(
        "nyt_single_stamp_listen_duration",
        ["By Jane Doe", "Nov. 3, 2025, 2:05 a.m. ET", "Listen · 5:12 min"],
        "2025-11-03T02:05:00-05:00",
        lang="en",
    ),
    # Washington Post: 'at' and 'a.m. EST', gift and comment counters around it
    txt(
        "wapo_at_am_est_counters",
        ["6 min", "Gift Article", "Share", "Comment 123", "By Jane Doe", "November 3, 2025 at 2:05 a.m. EST"],
        "2025-11-03T02:05:00-05:00",
        lang="en",
    ),
    # CNN: 'Updated' on its own line, the stamp indented on the next, 'Published' below
    txt(
        "cnn_label_and_stamp_on_separate_lines",
        [
            "By Jane Doe, CNN",
            "4 minute read",
            "Updated",
            "        4:10 AM EST, Mon November 3, 2025",
            "Published",
            "        2:05 AM EST, Mon November 3, 2025",
        ],
        "2025-11-03T02:05:00-05:00",
        "2025-11-03T04:10:00-05:00",
        lang="en",
    ),
    # Bloomberg: 'at' with GMT+8 and an update line (8 September 2025 is a Monday)
    txt(
        "bloomberg_gmt_plus_eight_update_line",
        [
            "By Jane Doe",
            "September 8, 2025 at 6:30 AM GMT+8",
            "Updated on September 8, 2025 at 9:15 AM GMT+8",
            "Save",
        ],
        "2025-09-08T06:30:00+08:00",
        "2025-09-08T09:15:00+08:00",
        lang="en",
    ),
    # Nikkei Asia: author and JST glued
    txt(
        "nikkei_author_glued_jst",
        ["JANE DOE, Nikkei staff writerNovember 3, 2025 14:05 JST"],
        "2025-11-03T14:05:00+09:00",
        lang="en",
        lead="TOKYO -- ",
    ),
    # Bangkok Post: upper-case labels with ' : ', Bangkok dateline gives +07:00
    txt(
        "bangkok_post_upper_labels",
        ["PUBLISHED : 3 Nov 2025 at 14:05", "UPDATED : 3 Nov 2025 at 15:10", "WRITER: Jane Doe"],
        "2025-11-03T14:05:00+07:00",
        "2025-11-03T15:10:00+07:00",
        lang="en",
        lead="BANGKOK: ",
    ),
    # Inquirer: author slash desk slash time-first stamp, Manila dateline
    txt(
        "inquirer_slash_desk_time_first",
        ["Jane Doe - Reporter / @janedoeINQ", "Philippine Daily Inquirer / 02:05 PM November 03, 2025"],
        "2025-11-03T14:05:00+08:00",
        lang="en",
        lead="MANILA, Philippines — ",
    ),
    # an English wire page whose only dates are a header widget and dated 'Most read' items: unknowable
    txt(
        "widget_and_most_read_only",
        ["By Jane Doe", "Share"],
        None,
        lang="en",
        above=["Monday, November 3, 2025"],
        footer=("Most read", "Nov 2, 2025 Ferry fares to rise", "Nov 1, 2025 Dockers vote to strike"),
    ),
]

MD_CASES = [
    # Firecrawl-style markdown of detik: linked channel, bold author, image and caption before the body
    md(
        "md_detik_linked_channel_image_caption",
        [
            "[detikNews](https://news.detik.com/)",
            "**Andi Saputra** - detikNews",
            "Senin, 03 Nov 2025 14:05 WIB",
            "![Ilustrasi truk tangki air](https://cdn.example-img.net/air.jpg)",
            "Ilustrasi truk tangki air (Foto: Dok. BPBD)",
        ],
        "2025-11-03T14:05:00+07:00",
    ),
    # Reuters markdown: two linked authors with no spaces around 'and', glued stamp
    md(
        "md_reuters_linked_authors_glued",
        [
            "By [Jane Doe](https://www.reuters.com/authors/jane-doe/)and[John Roe](https://www.reuters.com/authors/john-roe/)",
            "November 3, 20252:05 PM GMT+7Updated 2 hours ago",
        ],
        "2025-11-03T14:05:00+07:00",
        lang="en",
    ),
    # Kompas markdown: the stamp as a list item, 'Baca juga' links with dated titles
    md(
        "md_kompas_list_stamp_baca_juga",
        [
            "- Kompas.com - 03/11/2025, 14:05 WIB",
            "- Diperbarui 03/11/2025, 15:10 WIB",
            "Baca juga: [Krisis Air, Warga Beli Air Rp 50.000 per Tangki (1/11/2025)](https://www.kompas.com/x)",
        ],
        "2025-11-03T14:05:00+07:00",
        "2025-11-03T15:10:00+07:00",
    ),
    # Guardian markdown: a linked author and the modified stamp first, 'First published' in a details line
    md(
        "md_guardian_details_first_published",
        [
            "[Jane Doe](https://www.theguardian.com/profile/jane-doe)",
            "Mon 3 Nov 2025 09.40 GMT",
            "* First published on Mon 3 Nov 2025 07.05 GMT",
        ],
        "2025-11-03T07:05:00+00:00",
        "2025-11-03T09:40:00+00:00",
        lang="en",
    ),
]

KOMPAS_LD = (
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bantuan Air Bersih",'
    '"datePublished":"2025-11-03T14:05:00+07:00","dateModified":"2025-11-03T15:10:00+07:00"}'
)
YOAST_GRAPH = (
    '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.warta-timur.co.id/x/",'
    '"datePublished":"2025-11-03T07:05:00+00:00","dateModified":"2025-11-04T01:20:00+00:00"},'
    '{"@type":"NewsArticle","isPartOf":{"@id":"https://www.warta-timur.co.id/x/"},'
    '"datePublished":"2025-11-03T07:05:00+00:00","dateModified":"2025-11-04T01:20:00+00:00"},'
    '{"@type":"Organization","name":"Warta Timur"}]}'
)

HTML_CASES = [
    # Yoast @graph (WebPage + NewsArticle) in UTC, the byline prints the local date only: metas agree
    html(
        "yoast_graph_utc_date_only_byline",
        '<meta property="article:published_time" content="2025-11-03T07:05:00+00:00">'
        '<meta property="article:modified_time" content="2025-11-04T01:20:00+00:00">' + ld(YOAST_GRAPH),
        'Oleh Andi Wijaya <span class="posted-on">3 November 2025</span>',
        "2025-11-03T07:05:00+00:00",
    ),
    # Kompas head: zone-less content_PublishedDate, JSON-LD with offset, visible pair - all agree
    html(
        "kompas_head_all_agree",
        '<meta name="content_PublishedDate" content="2025-11-03 14:05:00">' + ld(KOMPAS_LD),
        '<div class="read__time">Kompas.com - 03/11/2025, 14:05 WIB</div>'
        '<div class="read__time">Diperbarui 03/11/2025, 15:10 WIB</div>',
        "2025-11-03T14:05:00+07:00",
        "2025-11-03T15:10:00+07:00",
    ),
    # detik head: the draft's createdate is earlier than publishdate; the visible stamp matches publishdate
    html(
        "detik_createdate_before_publishdate",
        '<meta name="createdate" content="2025/11/03 13:48:00">'
        '<meta name="publishdate" content="2025/11/03 14:05:00">'
        '<meta name="dtk:publishdate" content="2025/11/03 14:05:00">',
        '<div class="detail__author">Andi Saputra - detikNews</div>'
        '<div class="detail__date">Senin, 03 Nov 2025 14:05 WIB</div>',
        "2025-11-03T14:05:00+07:00",
    ),
    # Tribun head: attributes in 'content before property' order, offset given
    html(
        "tribun_content_before_property",
        "<meta content='2025-11-03T14:05:00+07:00' property='article:published_time'/>",
        "<time>Senin, 3 November 2025 14:05 WIB</time> Penulis: Rina Lestari",
        "2025-11-03T14:05:00+07:00",
    ),
    # Liputan6: two <time> elements with zone-less datetime, labels in their text
    html(
        "liputan6_two_time_elements_zoneless",
        '<meta property="article:published_time" content="2025-11-03T14:05:00+07:00">'
        '<meta property="article:modified_time" content="2025-11-03T15:10:00+07:00">',
        '<time datetime="2025-11-03 15:10:00">Diperbarui 03 Nov 2025, 15:10 WIB</time> '
        '<time datetime="2025-11-03 14:05:00">Diterbitkan 03 Nov 2025, 14:05 WIB</time>',
        "2025-11-03T14:05:00+07:00",
        "2025-11-03T15:10:00+07:00",
    ),
    # Tempo (Next.js): JSON-LD in UTC with milliseconds, visible WIB stamp: the same instant
    html(
        "tempo_jsonld_utc_millis_visible_wib",
        ld(
            '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-11-03T07:05:00.000Z"}'
        ),
        "Senin, 3 November 2025 14:05 WIB",
        "2025-11-03T14:05:00+07:00",
    ),
    # CMS bug: local wall time labelled 'Z' in the meta; the visible WIB stamp is what the page says
    html(
        "meta_local_time_mislabelled_z",
        '<meta property="article:published_time" content="2025-11-03T14:05:00Z">',
        "Oleh Andi Wijaya | Senin, 3 November 2025 14:05 WIB",
        "2025-11-03T14:05:00+07:00",
    ),
    # zone-less meta on an Indonesian site, visible WIB: Jakarta time
    html(
        "zoneless_meta_visible_wib",
        '<meta property="article:published_time" content="2025-11-03T14:05:00">',
        "Senin, 3 November 2025 14:05 WIB",
        "2025-11-03T14:05:00+07:00",
    ),
    # an embedded video's VideoObject (older upload) precedes the NewsArticle block
    html(
        "video_object_upload_before_news_article",
        ld('{"@context":"https://schema.org","@type":"VideoObject","uploadDate":"2025-10-30T09:00:00+07:00"}')
        + ld(
            '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-11-03T14:05:00+07:00"}'
        ),
        "Oleh Andi Wijaya",
        "2025-11-03T14:05:00+07:00",
    ),
    # a 'Terpopuler' aside with <time datetime> items sits before the article's byline
    html(
        "popular_aside_time_elements_before_byline",
        '<meta property="article:published_time" content="2025-11-03T14:05:00+07:00">',
        '<aside><h3>Terpopuler</h3><time datetime="2025-11-04T08:00:00+07:00">Selasa, 4 Nov 2025</time>'
        '<time datetime="2025-11-02T19:00:00+07:00">Minggu, 2 Nov 2025</time></aside>'
        "Oleh Andi Wijaya",
        "2025-11-03T14:05:00+07:00",
    ),
    # BBC: the exact time only in <time datetime>, JSON-LD agrees
    html(
        "bbc_time_datetime_carries_clock",
        ld(
            '{"@context":"http://schema.org","@type":"NewsArticle","datePublished":"2025-11-03T07:05:00.000Z",'
            '"dateModified":"2025-11-03T09:40:00.000Z"}'
        ),
        '<time datetime="2025-11-03T07:05:00.000Z">3 November 2025</time> Jane Doe, BBC News',
        "2025-11-03T07:05:00+00:00",
        lang="en",
        url="https://www.bbc.com/news/articles/c0abcd123xyz",
    ),
    # Guardian: visible top stamp is the modification, metas give both
    html(
        "guardian_visible_modified_metas_both",
        '<meta property="article:published_time" content="2025-11-03T07:05:00.000Z">'
        '<meta property="article:modified_time" content="2025-11-03T09:40:00.000Z">',
        'Jane Doe <span class="dcr-date">Mon 3 Nov 2025 09.40 GMT</span>',
        "2025-11-03T07:05:00+00:00",
        "2025-11-03T09:40:00+00:00",
        lang="en",
        url="https://www.theguardian.com/world/2025/nov/03/terminal-expansion",
    ),
    # Reuters (Arc XP): <time> wraps three spans that glue in text; meta in UTC agrees
    html(
        "reuters_arc_time_spans_glued",
        '<meta property="article:published_time" content="2025-11-03T07:05:00Z">'
        '<meta property="article:modified_time" content="2025-11-03T09:12:00Z">',
        'By Jane Doe<time datetime="2025-11-03T07:05:00Z"><span>November 3, 2025</span>'
        "<span>2:05 PM GMT+7</span><span>Updated 2 hours ago</span></time>",
        "2025-11-03T07:05:00+00:00",
        lang="en",
        url="https://www.reuters.com/world/asia-pacific/terminal-expansion-2025-11-03/",
    ),
    # AP (Brightspot): visible 'Updated' only, JSON-LD has the earlier publication
    html(
        "ap_visible_updated_jsonld_published_earlier",
        ld(
            '{"@context":"http://schema.org","@type":"NewsArticle","datePublished":"2025-11-03T05:30:00Z",'
            '"dateModified":"2025-11-03T07:05:00Z"}'
        ),
        'By JANE DOE <bsp-timestamp data-timestamp="1762153500000">Updated 2:05 AM EST, November 3, 2025'
        "</bsp-timestamp>",
        "2025-11-03T05:30:00+00:00",
        "2025-11-03T07:05:00+00:00",
        lang="en",
        url="https://apnews.com/article/terminal-expansion-0123456789abcdef",
    ),
    # Washington Post (Arc XP): metas with milliseconds, visible EST stamp - all the same instant
    html(
        "wapo_arc_millis_meta_visible_est",
        '<meta property="article:published_time" content="2025-11-03T07:05:00.000Z">'
        + ld('{"@type":"NewsArticle","datePublished":"2025-11-03T07:05:00.000Z"}'),
        'By Jane Doe <span data-testid="display-date">November 3, 2025 at 2:05 a.m. EST</span>',
        "2025-11-03T07:05:00+00:00",
        lang="en",
        url="https://www.washingtonpost.com/world/2025/11/03/terminal-expansion/",
    ),
    # Drupal 'medium' date token in the meta (US month-first, zone-less), visible WIB stamp with the zone
    html(
        "drupal_medium_format_meta",
        '<meta property="article:published_time" content="Mon, 11/03/2025 - 14:05">',
        '<span class="field--name-created">Monday, November 3, 2025 - 14:05 WIB</span>',
        "2025-11-03T14:05:00+07:00",
        lang="en",
    ),
    # WordPress without Yoast: article:published_time with offset plus a later og:updated_time
    html(
        "wordpress_og_updated_time_later",
        '<meta property="article:published_time" content="2025-11-03T14:05:00+08:00">'
        '<meta property="og:updated_time" content="2025-11-03T18:30:00+08:00">',
        'By Lim Wei Ling <time class="entry-date published">November 3, 2025</time>',
        "2025-11-03T14:05:00+08:00",
        "2025-11-03T18:30:00+08:00",
        lang="en",
    ),
    # itemprop microdata in the byline: dateModified written before datePublished
    html(
        "itemprop_time_modified_before_published",
        "",
        '<time itemprop="dateModified" datetime="2025-11-03T16:10:00+08:00">'
        "Updated 3 Nov 2025, 4:10 pm</time> "
        '<time itemprop="datePublished" datetime="2025-11-03T14:05:00+08:00">3 Nov 2025, 2:05 pm</time>',
        "2025-11-03T14:05:00+08:00",
        "2025-11-03T16:10:00+08:00",
        lang="en",
    ),
    # live blog: LiveBlogPosting with later update entries; the post's datePublished is the publication
    html(
        "liveblog_posting_updates_later",
        ld(
            '{"@context":"https://schema.org","@type":"LiveBlogPosting","datePublished":"2025-11-03T06:00:00Z",'
            '"coverageStartTime":"2025-11-03T06:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting",'
            '"datePublished":"2025-11-03T11:45:00Z"},{"@type":"BlogPosting","datePublished":"2025-11-03T09:10:00Z"}]}'
        ),
        "By Jane Doe",
        "2025-11-03T06:00:00+00:00",
        lang="en",
    ),
    # ABC Australia: zone-less visible stamp, meta in UTC agrees (2:05pm AEDT is 03:05 UTC)
    html(
        "abc_australia_zoneless_visible_utc_meta",
        '<meta property="article:published_time" content="2025-11-03T03:05:00Z">',
        'By Liam O\'Connor <time datetime="2025-11-03T03:05:00.000Z">Mon 3 Nov 2025 at 2:05pm</time>',
        "2025-11-03T03:05:00+00:00",
        lang="en",
        url="https://www.abc.net.au/news/2025-11-03/terminal-expansion/105000000",
    ),
    # Inquirer: zone-less meta and zone-less time-first byline on a Manila site
    html(
        "inquirer_zoneless_meta_and_byline",
        '<meta property="article:published_time" content="2025-11-03T14:05:00">',
        "Jane Doe - Reporter / Philippine Daily Inquirer / 02:05 PM November 03, 2025",
        "2025-11-03T14:05:00+08:00",
        lang="en",
        url="https://newsinfo.inquirer.net/2100000/terminal-expansion",
    ),
]

CASES = [*ID_CASES, *EN_CASES, *MD_CASES, *HTML_CASES]
XFAIL: dict[str, pytest.MarkDecorator] = {}


def test_names_are_unique_and_table_is_large() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) and len(names) >= 50


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=XFAIL.get(c.name, ())) for c in CASES])
def test_publication_dates_on_unseen_outlets(case: Case) -> None:
    check(case)
