"""Read stage: every kind of input bytes becomes a Page or a Rejection with a reason, never an exception."""

from __future__ import annotations

import codecs

import pytest

from kabar.model import Page, Rejection
from kabar.read import decode, page_kind, read_page

TEXT = "Presiden Rusia Vladimir Putin menerima kunjungan di Kremlin pada Senin (4/11/2024)."
MAX = 1_000_000


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        ("Café – “quoted”".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_picks_the_right_codec(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded is not None
    assert decoded.encoding == encoding
    assert "\ufeff" not in decoded.text


def test_cp1252_page_is_flagged() -> None:
    page = read_page("x.txt", "Jakarta – “kutipan” berita hari ini.".encode("cp1252"), "text", MAX)
    assert isinstance(page, Page)
    assert page.flags == ("decoded_cp1252",)
    assert "“kutipan”" in page.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
        (b"abc \x81\x8d\x9d \xff\xfe", "undecodable"),
        (b"x" * 2_000_000, "too_large"),
    ],
)
def test_bad_bytes_are_rejected_with_reason(data: bytes, reason: str) -> None:
    result = read_page("bad.txt", data, "text", MAX)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail.startswith("bad.txt: ")


def test_a_few_nul_bytes_are_stripped_not_fatal() -> None:
    data = (TEXT * 20).encode("utf-8").replace(b"Putin", b"Pu\x00tin", 1)
    page = read_page("nul.txt", data, "text", MAX)
    assert isinstance(page, Page)
    assert "\x00" not in page.text


def test_crlf_becomes_lf_and_html_in_txt_is_html() -> None:
    page = read_page("p.txt", b"<!DOCTYPE html>\r\n<html><body><p>x</p></body></html>", "text", MAX)
    assert isinstance(page, Page)
    assert page.kind == "html"
    assert "\r" not in page.text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("b.HTML", "html"),
        ("c.htm", "html"),
        ("d.md", "text"),
        ("e.json", None),
        ("noext", None),
    ],
)
def test_page_kind_by_suffix(name: str, kind: str | None) -> None:
    assert page_kind(name) == kind
