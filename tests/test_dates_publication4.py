"""Publication and update dates on short pages of shapes the other date tables lack: relative stamps with
no crawl date, 'Updated | Published' pairs in either order, US against day-first numeric dates, JSON-LD
arrays and @graph blocks, <time> with and without offset, midnight meta placeholders, URL dates, 12-hour
edge cases, Indonesian zones with dotted clocks, footer widgets, comments and live-blogs. Pages written for
this table. 12 March 2025 is a Wednesday, 3 December 2024 a Tuesday."""

from __future__ import annotations

import pytest
from publication_pages import Case, check, ld, txt
from publication_pages import html as html_case


def html(
    name: str, head: str, byline: str, published: str | None, updated: str | None = None, **kw: str
) -> Case:
    """This table's HTML pages live at their own addresses."""
    urls = {"url_id": "https://www.kabarpesisir.co.id/daerah/air-bersih-kemarau"}
    urls["url_en"] = "https://www.harbourtimes.com/news/terminal-expansion"
    return html_case(name, head, byline, published, updated, **urls, **kw)


CASES = [
    # relative stamps with no crawl date: never the run date
    txt("relative_hours_id_only", ["Oleh Rina Lestari", "2 jam lalu"], None),
    txt("relative_hours_en_only", ["By Mark Ellis", "3 hours ago"], None, lang="en"),
    txt("yesterday_with_clock_only", ["Oleh Rina Lestari", "kemarin 14:05"], None),
    txt("minutes_ago_en_with_bullet", ["By Mark Ellis • 45 minutes ago"], None, lang="en"),
    # update and publication on one line, either order
    txt(
        "updated_then_published_id",
        ["Diperbarui 12 Mar 2025, 10:05 WIB | Terbit 11 Mar 2025, 09:00 WIB"],
        "2025-03-11T09:00:00+07:00",
        "2025-03-12T10:05:00+07:00",
    ),
    txt(
        "published_then_updated_id",
        ["Terbit 11 Mar 2025, 09:00 WIB | Diperbarui 12 Mar 2025, 10:05 WIB"],
        "2025-03-11T09:00:00+07:00",
        "2025-03-12T10:05:00+07:00",
    ),
    txt(
        "updated_then_published_en",
        ["Updated: March 12, 2025 10:05 AM ET | Published: March 11, 2025 9:00 AM ET"],
        "2025-03-11T09:00:00-04:00",
        "2025-03-12T10:05:00-04:00",
        lang="en",
    ),
    txt(
        "published_updated_same_day",
        ["Diterbitkan 12 Mar 2025 10:05 WIB, Diperbarui 12 Mar 2025 14:30 WIB"],
        "2025-03-12T10:05:00+07:00",
        "2025-03-12T14:30:00+07:00",
    ),
    # numeric dates: order from impossible values, the page's zone and language
    txt(
        "us_numeric_impossible_day_first", ["By Mark Ellis", "Published: 03/14/2025"], "2025-03-14", lang="en"
    ),
    txt(
        "en_numeric_impossible_month_first",
        ["By Mark Ellis", "Published: 14/03/2025"],
        "2025-03-14",
        lang="en",
    ),
    txt(
        "us_numeric_with_et_clock",
        ["By Mark Ellis", "Published 03/05/2025 10:05 AM ET"],
        "2025-03-05T10:05:00-05:00",
        lang="en",
    ),
    txt(
        "id_numeric_day_first",
        ["Oleh Rina Lestari", "Terbit: 05/03/2025 10:00 WIB"],
        "2025-03-05T10:00:00+07:00",
    ),
    txt(
        "id_paren_numeric_with_weekday",
        ["Rina Lestari", "Selasa (11/3/2025) 19:30 WIB"],
        "2025-03-11T19:30:00+07:00",
    ),
    txt(
        "id_published_on_numeric_pukul",
        ["Dipublikasikan pada 12/03/2025 pukul 10.05 WIB"],
        "2025-03-12T10:05:00+07:00",
    ),
    # byline blocks: date before author, weekday spellings, mixed calendars
    txt(
        "date_before_author_id", ["12 Maret 2025, 10:05 WIB — Oleh Andi Wijaya"], "2025-03-12T10:05:00+07:00"
    ),
    txt(
        "date_before_author_en",
        ["12 March 2025 10:05 GMT | By Sarah Cole"],
        "2025-03-12T10:05:00+00:00",
        lang="en",
    ),
    txt("jumat_with_apostrophe", ["Jum'at, 14 Maret 2025 - 13:05 WIB"], "2025-03-14T13:05:00+07:00"),
    txt(
        "ahad_weekday",
        ["Ahad, 16 Maret 2025 | 07:00 WIB", "Penulis: Andi Wijaya"],
        "2025-03-16T07:00:00+07:00",
    ),
    txt(
        "hijri_beside_gregorian",
        ["Rabu, 12 Maret 2025 / 12 Ramadan 1446 H 10:05 WIB"],
        "2025-03-12T10:05:00+07:00",
    ),
    txt(
        "english_month_in_id_page",
        ["Oleh Andi Wijaya", "Wednesday, 12 March 2025 10:05 WIB"],
        "2025-03-12T10:05:00+07:00",
    ),
    txt(
        "weekday_after_year_at_clock",
        ["By Sarah Cole on March 12, 2025, Wednesday at 1:04 PM GMT"],
        "2025-03-12T13:04:00+00:00",
        lang="en",
    ),
    # 12-hour edge cases
    txt(
        "twelve_am_is_midnight",
        ["By Mark Ellis", "March 12, 2025 12:05 AM ET"],
        "2025-03-12T00:05:00-04:00",
        lang="en",
    ),
    txt(
        "twelve_dot_thirty_pm_is_noon",
        ["By Mark Ellis", "March 12, 2025 12.30 PM ET"],
        "2025-03-12T12:30:00-04:00",
        lang="en",
    ),
    txt(
        "ap_style_sept_pm",
        ["By Mark Ellis", "Sept. 12, 2025, 10:05 p.m. ET"],
        "2025-09-12T22:05:00-04:00",
        lang="en",
    ),
    txt(
        "time_first_update_only",
        ["By Mark Ellis", "Updated 12:05 AM EST, Thu March 13, 2025"],
        "2025-03-13T00:05:00-05:00",
        lang="en",
    ),
    txt(
        "ist_half_hour_zone",
        ["By Priya Nair", "12 Mar 2025 • 10:05 AM IST"],
        "2025-03-12T10:05:00+05:30",
        lang="en",
    ),
    # Indonesian zones with dotted clocks
    txt("wita_dotted", ["Oleh Andi Wijaya", "Rabu, 12 Maret 2025 12.05 WITA"], "2025-03-12T12:05:00+08:00"),
    txt("wit_dotted", ["Oleh Andi Wijaya", "Rabu, 12 Maret 2025 12.05 WIT"], "2025-03-12T12:05:00+09:00"),
    txt(
        "wib_pukul_dotted",
        ["Senin 17 Maret 2025 pukul 07.00 WIB", "Reporter: Andi Wijaya"],
        "2025-03-17T07:00:00+07:00",
    ),
    # widgets, comments and live-blogs around the article's own stamp
    txt(
        "today_widget_in_footer",
        ["Oleh Andi Wijaya", "Rabu, 12 Maret 2025 10:05 WIB"],
        "2025-03-12T10:05:00+07:00",
        footer=("Kamis, 20 Maret 2025", "Copyright 2025 Kabar Pesisir"),
    ),
    txt(
        "comment_after_body",
        ["Oleh Andi Wijaya", "Rabu, 12 Maret 2025 10:05 WIB"],
        "2025-03-12T10:05:00+07:00",
        footer=("Komentar", "Budi Santoso · 13 Maret 2025 08:00 WIB", "Setuju, semoga cepat hujan."),
    ),
    txt(
        "liveblog_many_clocks",
        [
            "Rabu, 12 Maret 2025 09:00 WIB",
            "Oleh Andi Wijaya",
            "10:05 WIB",
            "Truk tangki pertama tiba di Kecamatan Utara.",
            "11:20 WIB",
        ],
        "2025-03-12T09:00:00+07:00",
    ),
    txt(
        "last_updated_only_en",
        ["By Mark Ellis", "Last updated: March 12, 2025 10:05 AM ET"],
        "2025-03-12T10:05:00-04:00",
        lang="en",
    ),
    txt(
        "markdown_byline_date_only",
        ["*By Mark Ellis*", "", "*Posted on 2025-03-12*"],
        "2025-03-12",
        lang="en",
        kind="md",
    ),
    txt(
        "guardian_style_modified",
        ["Tuesday 11 March 2025 23.59 GMT", "Last modified on Wednesday 12 March 2025 00.10 GMT"],
        "2025-03-11T23:59:00+00:00",
        "2025-03-12T00:10:00+00:00",
        lang="en",
    ),
    # HTML: meta, JSON-LD and <time>
    html(
        "meta_midnight_placeholder_vs_visible_clock",
        '<meta property="article:published_time" content="2024-12-03T00:00:00+07:00">',
        "Oleh Andi Wijaya | Selasa, 3 Desember 2024 13:50 WIB",
        "2024-12-03T13:50:00+07:00",
    ),
    html(
        "visible_date_only_keeps_meta_clock",
        '<meta property="article:published_time" content="2024-12-03T13:50:00+07:00">',
        "Oleh Andi Wijaya | Selasa, 3 Desember 2024",
        "2024-12-03T13:50:00+07:00",
    ),
    html(
        "jsonld_graph_z_with_webpage_modified",
        ld(
            '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2019-01-01T00:00:00Z",'
            '"dateModified":"2025-03-13T02:00:00Z"},{"@type":"NewsArticle","headline":"x",'
            '"datePublished":"2025-03-12T03:05:00Z","dateModified":"2025-03-12T04:00:00Z"}]}'
        ),
        "Oleh Andi Wijaya",
        "2025-03-12T03:05:00+00:00",
        "2025-03-12T04:00:00+00:00",
    ),
    html(
        "jsonld_array_with_breadcrumb",
        ld(
            '[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":"NewsArticle",'
            '"datePublished":"2025-03-12T10:05:00+08:00"}]'
        ),
        "By Sarah Cole",
        "2025-03-12T10:05:00+08:00",
        lang="en",
    ),
    html(
        "two_jsonld_blocks_article_wins",
        ld('{"@type":"WebSite","name":"Harbour Times","datePublished":"2010-05-01"}')
        + ld('{"@type":"NewsArticle","datePublished":"2025-03-12T10:05:00-04:00"}'),
        "By Sarah Cole",
        "2025-03-12T10:05:00-04:00",
        lang="en",
    ),
    html(
        "time_element_with_offset",
        "",
        'By Sarah Cole <time datetime="2025-03-12T10:05:00+08:00">12 March 2025</time>',
        "2025-03-12T10:05:00+08:00",
        lang="en",
    ),
    html(
        "time_element_without_offset_id_site",
        "",
        'Oleh Andi Wijaya <time datetime="2025-03-12T10:05">12 Maret 2025 10:05</time>',
        "2025-03-12T10:05:00+07:00",
    ),
    html(
        "og_updated_time_only",
        '<meta property="og:updated_time" content="2025-03-12T10:05:00+07:00">',
        "Oleh Andi Wijaya",
        "2025-03-12T10:05:00+07:00",
        "2025-03-12T10:05:00+07:00",
    ),
    html(
        "meta_offset_without_colon",
        '<meta property="article:published_time" content="2025-03-12T10:05:00+0800">',
        "By Sarah Cole",
        "2025-03-12T10:05:00+08:00",
        lang="en",
    ),
    html("meta_name_date_only", '<meta name="date" content="2025-03-12">', "Oleh Andi Wijaya", "2025-03-12"),
    html(
        "relative_byline_with_meta",
        '<meta property="article:published_time" content="2025-03-12T10:05:00+07:00">',
        "Oleh Andi Wijaya · 2 jam lalu",
        "2025-03-12T10:05:00+07:00",
    ),
    html(
        "url_date_only_is_weak_but_used",
        "",
        "By Sarah Cole",
        "2025-03-12",
        lang="en",
        url="https://www.harbourtimes.com/2025/03/12/terminal-expansion/",
    ),
    html(
        "itemprop_date_published_content",
        "",
        'By Sarah Cole <span itemprop="datePublished" content="2025-03-12T10:05:00+00:00">12 Mar 2025</span>',
        "2025-03-12T10:05:00+00:00",
        lang="en",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_publication_dates_on_unseen_shapes(case: Case) -> None:
    check(case)
