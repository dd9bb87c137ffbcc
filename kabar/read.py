"""Read stage: raw bytes of one input file in, a decoded Page or a Rejection with its reason out.

Pure functions: the bytes are read by `kabar.io`; nothing here touches the filesystem.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from kabar.model import Page, PageKind, Rejection

SUFFIX_KINDS: dict[str, PageKind] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# cp1252 leaves these five bytes undefined: a file holding them is not cp1252 either.
CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# C0 control characters other than tab, newline, carriage return and form feed.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
MAX_CONTROL_RATIO = 0.01
HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def page_kind(name: str) -> PageKind | None:
    """The kind of page a file name promises, or None when kabar does not read that type."""
    dot = name.rfind(".")
    return SUFFIX_KINDS.get(name[dot:].lower()) if dot >= 0 else None


def decode(data: bytes) -> Decoded | None:
    """Decode by BOM, then strict UTF-8, then cp1252; None when nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    decoded = _strict(data, "utf-8")
    if decoded is not None:
        return decoded
    if CP1252_UNDEFINED.search(data):
        return None
    return _strict(data, "cp1252")


def _strict(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def read_page(source: str, data: bytes, kind: PageKind, max_bytes: int) -> Page | Rejection:
    """Turn one file's bytes into a Page, or say precisely why it cannot be one."""
    size = len(data)
    if size == 0:
        return Rejection(source, "empty", f"{source}: the file is empty (0 bytes)", size)
    if size > max_bytes:
        return Rejection(
            source,
            "too_large",
            f"{source}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB page limit "
            "(raise it with --max-page-mb if such pages are real articles)",
            size,
        )
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:65536]
        controls = len(CONTROL_BYTES.findall(head))
        if controls > MAX_CONTROL_RATIO * len(head):
            return Rejection(
                source,
                "binary",
                f"{source}: looks binary ({controls} control bytes in the first {len(head)}), not a page",
                size,
            )
    decoded = decode(data)
    if decoded is None:
        offset = _first_bad_byte(data)
        return Rejection(
            source,
            "undecodable",
            f"{source}: not UTF-8 and not cp1252 (byte 0x{data[offset]:02x} at {offset}); "
            "convert it to UTF-8 and run again",
            size,
        )
    text = (
        unicodedata.normalize("NFC", CONTROL_CHARS.sub("", decoded.text))
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    if not text.strip():
        return Rejection(source, "empty", f"{source}: holds only whitespace", size)
    if kind == "text" and HTML_SNIFF.match(text):
        kind = "html"  # a saved page with a .txt name: treat it as what it is
    flags = ("decoded_cp1252",) if decoded.encoding == "cp1252" else ()
    return Page(source=source, kind=kind, text=text, encoding=decoded.encoding, flags=flags)


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start
    return 0
