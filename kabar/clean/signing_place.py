"""The place a writer's or a wire's line closes with ('X in Oslo', 'Agency in Bergen, Norway'): where the
story was filed. Shared by the byline readers and the credit reader, which sit on either side of the
sources module."""

from __future__ import annotations

import re

from kabar.clean import lexicon

# 'X in Oslo', 'X in Dar es Salaam': the place a writer signs from, whose name may hold a lower-case particle
_PARTICLE = rf"(?:(?:{'|'.join(map(re.escape, lexicon.place_name_particles()))})\s+)?"
_PLACE_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_PARTICLE}[A-Z][\w'’.-]*){{0,2}}"
_PLACE_TAIL = re.compile(rf"\s+(?:in|di)\s+(?P<place>{_PLACE_NAME})\s*$")
# 'X in Bergen, Norway': a known city may carry its known state or country after a comma ('X in
# Oslo, Y Z' names a second writer).
_REGION_TAIL = re.compile(
    rf"\s+(?:in|di)\s+(?P<place>(?P<city>{_PLACE_NAME}),\s+(?P<region>{_PLACE_NAME}))\s*$"
)


def place_tail(text: str) -> re.Match[str] | None:
    """The place a writer's line closes with ('X in Oslo', 'X in Bergen, Norway'), or None."""
    if (
        "," in text
        and (match := _REGION_TAIL.search(text))
        and all(map(is_signing_place, match.group("city", "region")))
    ):
        return match
    return _PLACE_TAIL.search(text)


def is_signing_place(name: str) -> bool:
    """A place a writer may sign from: a known place or city, or a place word."""
    return lexicon.known_place(name.lower()) or name.lower() in lexicon.place_words()


def without_place(text: str) -> str:
    """The writer's line without the place it closes with."""
    match = place_tail(text)
    return text[: match.start()] if match else text


def signed_place(text: str) -> tuple[str, str] | None:
    """What a line prints before the known place it signs from, and that place ('Agency in Oslo' gives
    ('Agency', 'Oslo')); a region after a city is known by its city."""
    match = place_tail(text)
    if match is None or not is_signing_place(match.groupdict().get("city") or match.group("place")):
        return None
    return text[: match.start()].strip(), match.group("place")
