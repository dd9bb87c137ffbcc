"""Check the written gold on its own: evidence verbatim in body or captions, clusters valid, counts per page.

Run: python build/check_set.py (after build_all.py). Prints one line per page and the cluster summary."""

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
# A dateline prefix belongs to no body line, so no evidence may start with one.
OUTLETS = r"\((Reuters|AP|ANTARA|AFP)\)|KOMPAS\.com|CNN Indonesia|TEMPO\.CO|Liputan6\.com|kumparan|detik|CNA"
DATELINE = re.compile(
    rf"^([A-Z][\w./ ,]*({OUTLETS})|[A-Z][A-Z ]{{3,}}:|[A-Z][a-z]+ - |[A-Z][a-z]+ \(AFP\) – |[A-Z]+ \(AP\) — )"
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def check_page(gold: dict) -> set[str]:
    """Assert every event of one page is grounded; return its required ids."""
    raw = (ROOT / gold["file"]).read_text(encoding="utf-8")
    body = " ".join(norm(line) for line in gold["body_required"])
    captions = [norm(c) for c in gold.get("captions_required", [])]
    assert gold["title"] in raw, gold["file"]
    assert all(c in raw for c in gold.get("captions_required", [])), gold["file"]
    for e in gold["events"]:
        text = norm(e["evidence"])
        assert text in body or any(text in c for c in captions), (gold["file"], e["id"])
        assert not DATELINE.match(e["evidence"]), (gold["file"], e["id"])
        assert not e["required"] or e["date_from"], (gold["file"], e["id"])
    return {e["id"] for e in gold["events"] if e["required"]}


def main() -> None:
    required: dict[str, set[str]] = {}
    totals: Counter = Counter()
    for path in sorted(GOLD.glob("*.json")):
        if path.name == "clusters.json":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        required[gold["file"]] = check_page(gold)
        req, opt = len(required[gold["file"]]), len(gold["events"]) - len(required[gold["file"]])
        modal = Counter(e["modality"] for e in gold["events"] if e["required"])
        totals.update(required=req, optional=opt)
        print(f"{gold['file'][:64]:64} required={req:2} optional={opt:2} {dict(modal)}")
    clusters = json.loads((GOLD / "clusters.json").read_text(encoding="utf-8"))
    for group in clusters:
        for file, gid in group:
            assert gid in required[file], (file, gid, "cluster members are required events")
    singles = [g for g in clusters if len(g) == 1]
    pages_alone = {g[0][0] for g in singles}
    assert len(singles) >= 2 and len(pages_alone) >= 2, "the negative pair keeps one event per page"
    print(f"pages={len(required)} {dict(totals)} clusters={len(clusters)} singletons={len(singles)}")


if __name__ == "__main__":
    main()
