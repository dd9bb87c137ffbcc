"""The visible text of saved HTML, as innerText gives it, and the marked elements found on invented pages."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from kabar.clean.html import PARSER, _inner_text
from kabar.clean.marked import element_authors, element_dates


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<div>one <p> two </p> three</div>", "one\n\ntwo\n\nthree"),  # spaces at a block edge go
        ("<p>a</p> \t <div>b</div>", "a\n\nb"),  # one run of boundaries, a paragraph among them
        ("<div>a</div><div>b</div>", "a\nb"),
        ("<div>a<br>b\nc\r\nd</div>", "a\nb c d"),  # only <br> breaks a line
        ("<div>x</div>&nbsp;y", "x\n\xa0y"),  # a no-break space is text, not a gap
        ("<div>a<button>b<svg>c</svg>d</button>e</div>", "ae"),  # hidden, the tail shown
        ("<figure><img alt=' Foto\nsatu '></figure>", "![Foto satu](img)"),
        ("<div><img alt='logo'>kata</div>", "kata"),  # an alt outside a figure is no caption
    ],
)
def test_inner_text(markup: str, text: str) -> None:
    root = lxml_html.fromstring(f"<html><body>{markup}</body></html>", parser=PARSER)
    assert _inner_text(root) == text


def test_parser_gives_lxml_html_elements() -> None:
    """trafilatura takes only lxml.html trees; form controls are plain elements with this parser."""
    root = lxml_html.fromstring("<html><body><form><input name='q'></form></body></html>", parser=PARSER)
    assert all(isinstance(element, lxml_html.HtmlElement) for element in root.iter())


def test_unmarked_time_is_found_and_unmarked_links_are_not() -> None:
    root = lxml_html.fromstring(
        "<html><body><div><time datetime='2024-05-01T10:00:00+07:00'>1 Mei 2024</time>"
        "<a href='/lain'>2 Mei 2024</a><span rel='author'>Rina Marlina</span></div></body></html>",
        parser=PARSER,
    )
    assert [c.text for c in element_dates(root)] == ["2024-05-01T10:00:00+07:00", "1 Mei 2024"]
    assert element_authors(root) == ["Rina Marlina"]
