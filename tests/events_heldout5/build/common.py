"""Helpers to build heldout5 gold: body lines taken from the raw page itself, events checked against it."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STMT = ["01", "02", "03", "04", "05", "10", "11", "12"]
MEET = ["03", "04"]
FORCE = ["18", "19"]
DENY = ["01", "02", "11", "12"]

TRUMP = ["Donald Trump", "Trump", "USA"]
PUTIN = ["Vladimir Putin", "Putin", "RUS"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "UKR"]
PRABOWO = ["Prabowo Subianto", "Prabowo", "IDN"]
ALBANESE = ["Anthony Albanese", "Albanese", "AUS"]
ISRAEL = ["Israel", "militer Israel", "Israeli military", "IDF", "Netanyahu", "Gallant", "ISR"]
HOUTHI = ["Houthi", "Houthis", "Huthi", "Yaman", "Yemen", "YEM"]


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def ev(id, required, roots, actors, dfrom, dto, modality, evidence, note="", location=None):
    return {"id": id, "required": required, "cameo_roots": roots, "actors": actors,
            "date_from": dfrom, "date_to": dto, "modality": modality, "evidence": evidence,
            "note": note, "location": location}


def page(file, meta, first, last, skip=(), strip_prefix=None, neutral=(), events=()):
    raw = (ROOT / file).read_text(encoding="utf-8")
    lines = [l.strip() for l in raw.splitlines() if l.strip()]
    i = next(k for k, l in enumerate(lines) if l.startswith(first))
    j = next(k for k, l in enumerate(lines) if l.startswith(last))
    required, excluded = [], []
    for k, l in enumerate(lines):
        if i <= k <= j and not any(l.startswith(s) for s in skip) and l not in neutral:
            if k == i and strip_prefix:
                assert l.startswith(strip_prefix), (file, l)
                l = l[len(strip_prefix):].strip()
            required.append(l)
        elif l not in neutral:
            excluded.append(l)
    flat = norm(raw)
    ids = set()
    for e in events:
        assert norm(e["evidence"]) in flat, (file, e["id"], e["evidence"])
        assert e["id"] not in ids, e["id"]
        ids.add(e["id"])
        assert e["modality"] in {"asserted", "planned", "denied", "alleged"}
        assert (e["date_from"] is None) == (e["date_to"] is None)
    for c in meta.get("captions_required", []):
        assert c in lines, (file, c)
    assert meta["title"] in lines, (file, meta["title"])
    gold = {"file": file, **meta, "body_required": required, "body_neutral": list(neutral),
            "body_excluded": excluded, "events": list(events)}
    (ROOT / "gold" / file.replace(".txt", ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return gold
