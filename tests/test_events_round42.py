"""Round 42: a pardon, amnesty or clemency frees its patient (0841); a bloc suspending a member reduces
relations (161); a clause opener between a title and a place keeps them apart (`kedua pemimpin sejak Tokyo`
is no leader of Tokyo); `meskipun` is no verb, so the actor after it is a subject; `tak lama setelah`
(shortly after) negates nothing; a tariff's target may stand five words after `terhadap`."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2025-06-20"  # a Friday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "President Alvaro Mendes on Tuesday pardoned Ricardo Salas, a former banker convicted of fraud.",
            "en",
        ),
        ("Presiden Alvaro Mendes memberikan grasi kepada Ricardo Salas pada Selasa (17/6).", "id"),
        (
            "Presiden Alvaro Mendes memberikan pengampunan atau grasi kepada Ricardo Salas, Selasa (17/6).",
            "id",
        ),
    ],
)
def test_a_pardon_is_a_release(body: str, lang: str) -> None:
    (freed,) = coded(rows_of(body, lang), "08")
    assert freed["cameo_code"] == "0841"
    assert (freed["actor1_name"], freed["actor2_name"]) == ("Alvaro Mendes", "Ricardo Salas")


def test_forgiving_stays_forgiveness() -> None:
    (forgave,) = coded(
        rows_of("Pope Leo on Tuesday forgave Ricardo Salas, who had attacked him.", "en"), "05"
    )
    assert forgave["cameo_code"] == "056"


@pytest.mark.parametrize(
    ("body", "lang", "member"),
    [
        ("ECOWAS suspended Niger from the bloc on Wednesday after the coup.", "en", "NER"),
        (
            "The African Union on Wednesday suspended Gabon's membership until elections are held.",
            "en",
            "GAB",
        ),
        ("Uni Afrika menangguhkan keanggotaan Gabon pada Rabu (18/6) setelah kudeta.", "id", "GAB"),
    ],
)
def test_a_bloc_suspending_a_member_reduces_relations(body: str, lang: str, member: str) -> None:
    (suspension,) = coded(rows_of(body, lang), "161")
    assert suspension["actor2_country"] == member


def test_a_clause_opener_parts_a_title_from_a_place() -> None:
    body = (
        "Itu kunjungan pertama kedua pemimpin sejak Tokyo memberlakukan tarif hingga 30 persen terhadap "
        "beberapa produk baja asal Korea Selatan pada Maret lalu."
    )
    (tariff,) = coded(rows_of(body), "163")
    assert (tariff["actor1_country"], tariff["actor2_country"]) == ("JPN", "KOR")


def test_the_actor_after_meskipun_is_a_subject() -> None:
    body = "KTT itu tetap digelar di Nairobi pada Kamis (19/6) meskipun Jepang memboikot pertemuan tersebut."
    (boycott,) = coded(rows_of(body), "143")
    assert boycott["actor1_country"] == "JPN"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Rudi naik pangkat pada Mei 2025, tak lama setelah bentrokan antara Thailand dan Kamboja yang "
            "berakhir pada 10 Mei.",
            "id",
        ),
        (
            "Rudi was promoted in May, not long after clashes between Thailand and Cambodia ended May 10.",
            "en",
        ),
    ],
)
def test_shortly_after_negates_nothing(body: str, lang: str) -> None:
    (clash,) = coded(rows_of(body, lang), "19")
    assert clash["modality"] == "asserted"
    assert {clash["actor1_country"], clash["actor2_country"]} == {"THA", "KHM"}
