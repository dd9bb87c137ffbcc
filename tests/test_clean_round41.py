"""Round 41 of the cleaner: the agencies a photo caption credits are cited sources, a dateline may put the
country in brackets before the agency, a quoted line with an elision is not a pull quote of itself, and two
more footer shapes (a wire's two `reported from` credits, a fact-check hotline) are boilerplate."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.classify import BOILER, classify_lines
from kabar.clean.dateline import parse_dateline
from kabar.clean.lines import split_lines
from kabar.clean.sources import caption_credits


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("Villalba waves in Asuncion on Tuesday. (Photo: Reuters/Juan Perez)", ["Reuters"]),
        ("Presiden Villalba di Asuncion, Selasa (25/2/2025). ANTARA/Xinhua/Li Wei/aa.", ["ANTARA", "Xinhua"]),
        ("Presiden Villalba di Asuncion. Foto: Juan Perez/Pool via REUTERS", ["REUTERS"]),
        ("Villalba in Asuncion on Tuesday. © Juan Perez / AFP", ["AFP"]),
        ("Villalba in Asuncion on Tuesday. (Photo: Juan Perez)", []),  # a photographer is no agency
    ],
)
def test_a_caption_credit_names_its_agencies(caption: str, agencies: list[str]) -> None:
    assert caption_credits([caption]) == agencies


def test_a_captions_agency_is_cited() -> None:
    text = page(
        "Villalba sworn in as president",
        "Villalba waves in Asuncion on Tuesday. (Photo: Reuters/Juan Perez)",
        "ASUNCION: Ana Villalba was sworn in as Paraguay's president on Tuesday in a ceremony at Congress.",
        "She promised to cut taxes and to fight corruption in her first hundred days in office.",
        "Villalba, a former central bank governor, won the runoff in December with 54 percent of the vote, "
        "ending a decade of rule by the rival Colorado coalition.",
        "Leaders from Uruguay, Bolivia and Chile attended the ceremony, which was held under heavy security "
        "in the capital.",
    )
    assert "Reuters" in clean(text).cited_sources


def test_a_dateline_may_bracket_the_country_before_the_agency() -> None:
    found = parse_dateline("Windhoek (Namibia) (AFP) – Namibia's president on Monday opened a new port.")
    assert found is not None and (found.place, found.agency) == ("Windhoek", "AFP")


def test_a_quoted_line_with_an_elision_is_no_pull_quote_of_itself() -> None:
    quote = (
        '"To our partners abroad... this port is not a rival, but a shared gateway," the president said in a '
        "speech, adding that it would create thousands of jobs."
    )
    text = page(
        "Namibia opens new port",
        "Windhoek (AFP) – Namibia's president on Monday opened a new deep-water port in Walvis Bay.",
        quote,
        "The port, built over six years, can handle ships of up to 200,000 tonnes, officials said.",
    )
    assert quote in clean(text).body


@pytest.mark.parametrize(
    "line",
    [
        "Perez reported from Asuncion, Paraguay. Associated Press writer Dana Ruiz reported from Montevideo.",
        "* Fakta atau Hoaks? Untuk mengetahui kebenarannya, silakan WhatsApp ke nomor Cek Fakta 0811 123.",
    ],
)
def test_more_footer_shapes_are_boilerplate(line: str) -> None:
    assert classify_lines(split_lines(line)) == [BOILER]
