"""Fourth blind held-out check of the event coder: tests/events_heldout4/ was written from the scorer and
the seeds' annotation conventions only, without reading kabar/events/, its lexicons or tests/events*/.

Fresh topics (Erdogan in Bogor, a Bareskrim drug-ring arrest, Chinese drills around Taiwan, Xi Jinping in
Hanoi, Israel's strike on Beirut, Trump and Zelensky in the Oval Office, the Belgrade protest) measure
generalisation. One id/en pair reports the same visit (three clusters); two singletons give negative
pairs. Denials, an allegation, planned and relative-dated events are required. Run with `-s -rxX`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring_events import cluster_pairs
from test_events_heldout import (
    HeldoutRun,
    clean_and_date,
    code_events,
    describe,
    score_run,
    totals,
    with_gold_publication,
)

HELDOUT = Path(__file__).parent / "events_heldout4"
GOLD = HELDOUT / "gold"
MIN_RECALL = 0.7
MIN_PRECISION = 0.7
MIN_MODALITY = 0.9


def load_golds() -> dict[str, dict]:
    pages = sorted(p for p in GOLD.glob("*.json") if p.name != "clusters.json")
    return {g["file"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in pages)}


def load_clusters() -> list[list[list[str]]]:
    return json.loads((GOLD / "clusters.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def heldout4() -> HeldoutRun:
    golds = load_golds()
    articles = clean_and_date([HELDOUT / name for name in golds])
    result = score_run(golds, articles, code_events(articles))
    ideal = score_run(golds, articles, code_events(with_gold_publication(articles, golds)))
    print(report(result))
    print(report(ideal, "with the annotated publication dates"))
    return result


def report(run: HeldoutRun, title: str = "as the pipeline runs") -> str:
    lines = ["", f"held-out set 4, {title}: page | required found | predicted (unmatched) | modality ok"]
    for name, s in run.scores.items():
        counts = f"{s.required_found}/{s.required} | {s.predicted} ({s.unmatched_count}) | {s.modality_ok}"
        lines.append(f"  {name}: {counts}")
        lines += [f"      missed {gid}" for gid in s.missed]
        lines += [f"      unmatched {describe(ev)}" for ev in s.unmatched]
    for lang in ("id", "en"):
        t = totals([s for n, s in run.scores.items() if n.startswith(f"{lang}_")])
        lines.append(
            f"  [{lang}] recall {t['recall']:.3f} ({t['found']}/{t['required']}) "
            f"precision {t['precision']:.3f} modality {t['modality']:.3f}"
        )
    t = totals(list(run.scores.values()))
    right, total = cluster_pairs(load_clusters(), run.matched_ids)
    lines.append(
        f"  [all] recall {t['recall']:.3f} ({t['found']}/{t['required']}) precision {t['precision']:.3f} "
        f"modality {t['modality']:.3f} clusters {right}/{total}"
    )
    return "\n".join(lines)


def test_heldout4_set_is_big_bilingual_and_consistent() -> None:
    golds = load_golds()
    langs = [name.split("_", 1)[0] for name in golds]
    assert len(golds) >= 8
    assert 0.5 <= langs.count("id") / len(langs) <= 0.7
    for name, gold in golds.items():
        assert (HELDOUT / name).is_file()
        assert any(e["required"] for e in gold["events"]), name
        body = " ".join(gold["body_required"])
        assert all(e["evidence"] in body for e in gold["events"]), name
    required = {(name, e["id"]) for name, g in golds.items() for e in g["events"] if e["required"]}
    clusters = load_clusters()
    assert all(tuple(member) in required for group in clusters for member in group)
    assert sum(len(group) > 1 for group in clusters) >= 3
    assert sum(len(group) == 1 for group in clusters) >= 2
    assert (HELDOUT / ".kabarignore").read_text(encoding="utf-8").split() == ["gold/"]


def test_every_heldout4_page_becomes_an_article_in_its_language(heldout4: HeldoutRun) -> None:
    assert heldout4.languages == {n: n.split("_", 1)[0] for n in heldout4.golds}


@pytest.mark.xfail(
    strict=False,
    reason="set 4 recall is 0.53: protest, denial, allegation and planned-meeting sentences are missed",
)
def test_heldout4_event_recall(heldout4: HeldoutRun) -> None:
    t = totals(list(heldout4.scores.values()))
    missed = [f"{s.file}: {gid}" for s in heldout4.scores.values() for gid in s.missed]
    assert t["recall"] >= MIN_RECALL, f"recall {t['recall']:.3f}; missed:\n" + "\n".join(missed)


def test_heldout4_event_precision(heldout4: HeldoutRun) -> None:
    t = totals(list(heldout4.scores.values()))
    spurious = [f"{s.file}: {describe(ev)}" for s in heldout4.scores.values() for ev in s.unmatched]
    assert t["precision"] >= MIN_PRECISION, f"precision {t['precision']:.3f}; unmatched:\n" + "\n".join(
        spurious
    )


def test_heldout4_modality_of_matched_required_events(heldout4: HeldoutRun) -> None:
    t = totals(list(heldout4.scores.values()))
    wrong = [
        f"{s.file}: {gid} gold {g['modality']} got {s.matched[gid].get('modality')}"
        for s in heldout4.scores.values()
        for gid, g in ((e["id"], e) for e in heldout4.golds[s.file]["events"] if e["required"])
        if gid in s.matched and s.matched[gid].get("modality") != g["modality"]
    ]
    assert t["modality"] >= MIN_MODALITY, "\n".join(wrong)


@pytest.mark.xfail(
    strict=False,
    reason="set 4 clusters are 21/28: the id/en agreement-signing pair is misdated and not matched",
)
def test_heldout4_clusters(heldout4: HeldoutRun) -> None:
    right, total = cluster_pairs(load_clusters(), heldout4.matched_ids)
    assert right == total, f"{right}/{total} cluster pairs right"
