"""Gold builder and checker shared by the held-out event sets 10-18: each set's build/common.py binds the
builder to the set's folder, and build/check_set.py calls the checker with the set's own dateline prefixes.
Body lines are cut from the raw page; evidence is quoted from them verbatim. A change here changes the gold
those sets rebuild: rebuild them all (`python build/build_all.py` in each) and check the diff."""

import json
import re
from collections import Counter
from pathlib import Path

STMT = ["01", "02", "03", "04", "05", "10", "11", "12"]
THREAT = [*STMT, "13"]
MEET = ["03", "04"]
VISIT = ["04"]
SIGN = ["03", "04", "05", "06"]
AGREE = ["03", "05", "06", "08"]
FORCE = ["18", "19"]
VIOLENCE = ["18", "19", "20"]
REPRESS = ["17", "18", "19", "20"]
DENY = ["01", "02", "11", "12"]
PROTEST = ["14"]
RIOT = ["14", "18"]
ARREST = ["17"]
CHARGE = ["09", "11", "12", "17"]
RULING = ["01", "02", "11", "12", "17"]
REDUCE = ["16"]
SUMMON = ["10", "11", "12", "13", "16"]
MISSILE = ["13", "15"]
EASE = ["08"]
RESTRICT = ["16", "17"]
MODALITIES = {"asserted", "planned", "denied", "alleged"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def ev(id, required, roots, actors, dfrom, dto, modality, evidence, note="", location=None):
    """One gold event in the seeds' format; `evidence` may be the start of a body or caption line."""
    return {
        "id": id,
        "required": required,
        "cameo_roots": roots,
        "actors": actors,
        "date_from": dfrom,
        "date_to": dto,
        "modality": modality,
        "evidence": evidence,
        "note": note,
        "location": location,
    }


def _resolve(file, events, lines):
    """Expand each evidence prefix to the whole body (or caption) line it starts, so it is verbatim."""
    for e in events:
        hits = [line for line in lines if line.startswith(e["evidence"])]
        assert len(hits) == 1, (file, e["id"], len(hits))
        e["evidence"] = hits[0]


def _check(file, meta, lines, body, events):
    ids = set()
    texts = [norm(line) for line in body + meta.get("captions_required", [])]
    for e in events:
        assert any(norm(e["evidence"]) in t for t in texts), (file, e["id"])
        assert e["id"] not in ids, (file, e["id"])
        ids.add(e["id"])
        assert e["modality"] in MODALITIES, (file, e["id"])
        assert (e["date_from"] is None) == (e["date_to"] is None), (file, e["id"])
        assert e["date_from"] is None or e["date_from"] <= e["date_to"], (file, e["id"])
        assert not e["required"] or e["date_from"], (file, e["id"], "required events carry a date")
        assert 1 <= len(e["actors"]) <= 2, (file, e["id"])
    for caption in meta.get("captions_required", []):
        assert caption in lines, (file, caption)
    for title in meta.get("related_titles", []):
        assert any(title in line for line in lines), (file, title)
    assert meta["title"] in lines, (file, meta["title"])


def page(root: Path, file, meta, first, last, skip=(), strip_prefix=None, neutral=(), events=()):
    """Write gold/<page>.json under `root`: lines from `first` to `last` are the body, the rest excluded."""
    raw = (root / file).read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    i = next(k for k, line in enumerate(lines) if line.startswith(first))
    j = next(k for k, line in enumerate(lines) if line.startswith(last))
    required, excluded = [], []
    for k, line in enumerate(lines):
        if line in neutral:
            continue
        if i <= k <= j and not any(line.startswith(s) for s in skip):
            if k == i and strip_prefix:
                assert line.startswith(strip_prefix), (file, line)
                line = line[len(strip_prefix) :].strip()
            required.append(line)
        else:
            excluded.append(line)
    events = [dict(e) for e in events]
    _resolve(file, events, required + meta.get("captions_required", []))
    _check(file, meta, lines, required, events)
    gold = {
        "file": file,
        **meta,
        "body_required": required,
        "body_neutral": list(neutral),
        "body_excluded": excluded,
        "events": events,
    }
    gold_dir = root / "gold"
    gold_dir.mkdir(exist_ok=True)
    (gold_dir / file.replace(".txt", ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return gold


def write_clusters(root: Path, groups):
    """clusters.json: each group is one real-world event reported by the listed (page, gold id) pairs."""
    for group in groups:
        for file, gid in group:
            data = json.loads((root / "gold" / file.replace(".txt", ".json")).read_text(encoding="utf-8"))
            found = [e for e in data["events"] if e["id"] == gid]
            assert found and found[0]["required"], (file, gid, "cluster members are required events")
    (root / "gold" / "clusters.json").write_text(
        json.dumps(groups, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def _check_page(root: Path, gold: dict, dateline: re.Pattern[str]) -> set[str]:
    """Assert every event of one page is grounded; return its required ids."""
    raw = (root / gold["file"]).read_text(encoding="utf-8")
    body = " ".join(norm(line) for line in gold["body_required"])
    captions = [norm(c) for c in gold.get("captions_required", [])]
    assert gold["title"] in raw, gold["file"]
    assert all(c in raw for c in gold.get("captions_required", [])), gold["file"]
    for e in gold["events"]:
        text = norm(e["evidence"])
        assert text in body or any(text in c for c in captions), (gold["file"], e["id"])
        assert not dateline.match(e["evidence"]), (gold["file"], e["id"])
        assert not e["required"] or e["date_from"], (gold["file"], e["id"])
    return {e["id"] for e in gold["events"] if e["required"]}


def check_set(root: Path, dateline: re.Pattern[str]) -> None:
    """Check a set's written gold on its own: evidence verbatim in body or captions, never opening with one
    of the set's `dateline` prefixes; required events dated; clusters valid. Prints per-page counts."""
    gold_dir = root / "gold"
    required: dict[str, set[str]] = {}
    totals: Counter = Counter()
    for path in sorted(gold_dir.glob("*.json")):
        if path.name == "clusters.json":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        required[gold["file"]] = _check_page(root, gold, dateline)
        req, opt = len(required[gold["file"]]), len(gold["events"]) - len(required[gold["file"]])
        modal = Counter(e["modality"] for e in gold["events"] if e["required"])
        totals.update(required=req, optional=opt)
        print(f"{gold['file'][:64]:64} required={req:2} optional={opt:2} {dict(modal)}")
    clusters = json.loads((gold_dir / "clusters.json").read_text(encoding="utf-8"))
    for group in clusters:
        for file, gid in group:
            assert gid in required[file], (file, gid, "cluster members are required events")
    singles = [g for g in clusters if len(g) == 1]
    pages_alone = {g[0][0] for g in singles}
    assert len(singles) >= 2 and len(pages_alone) >= 2, "the negative pair keeps one event per page"
    print(f"pages={len(required)} {dict(totals)} clusters={len(clusters)} singletons={len(singles)}")
