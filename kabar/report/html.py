"""The report as one self-contained HTML page; every value from a page is escaped, so it shows as text."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from kabar.report.charts import bar_chart, fill_days
from kabar.report.report import UNKNOWN

STATUS_TEXT = {
    "green": "Healthy",
    "amber": "Completed: some rows need a look",
    "red": "Needs attention",
}

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;
background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:0 20px 40px}
.banner{padding:18px 20px;color:#fff}.banner h1{margin:0 auto;max-width:1060px;font-size:24px}
.banner ul{margin:6px auto 0;max-width:1060px}.green{background:#1e7d3a}.amber{background:#b86e00}
.red{background:#b3261e}section{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:12px 18px;
margin:16px 0}h2{font-size:18px;margin:4px 0 10px}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceef2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{flex:1 1 120px;border:1px solid #dde1e7;border-radius:6px;padding:8px 12px}
.card b{display:block;font-size:22px}.ok{color:#1e7d3a}.bad{color:#b3261e}code{font-size:13px}
details{margin:4px 0}.ex td{font-size:13px;word-break:break-word}.empty{color:#667}
svg.chart rect{fill:#3b6fb6}svg.chart .axis{font-size:11px;fill:#556}svg.chart .base{stroke:#99a}
footer{color:#667;font-size:13px}
"""


def render_html(report: dict[str, Any]) -> str:
    """The whole page; sections in the order a person asks: healthy? how much? what failed? what came in?"""
    sections = [
        _summary(report),
        _tables(report),
        _checks(report),
        _counts_section("flags", "Flags", "flag", report.get("flags", {})),
        _counts_section(
            "rejected", "Rejected inputs by reason", "reason", report.get("rejected_reasons", {})
        ),
        _rejected_inputs(report.get("rejected_inputs", [])),
        _counts_section("sites", "Articles per site", "site", report.get("articles_per_site", {})),
        _chart_section("months", "Publication dates by month", "month", report.get("published_by_month", {})),
        _chart_section(
            "events-per-day", "Events per day", "day", report.get("events_per_day", {}), by_day=True
        ),
        _skipped(report.get("skipped", [])),
    ]
    title = f"kabar run {report['run_id']}"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{STYLE}</style></head>'
        f"<body>{_banner(report)}<main>{''.join(sections)}{_footer(report)}</main></body></html>\n"
    )


def _text(value: Any) -> str:
    return "—" if value is None else escape(str(value))


def _banner(report: dict[str, Any]) -> str:
    health = report["health"]
    status = health["status"] if health["status"] in STATUS_TEXT else "red"
    reasons = "".join(f"<li>{_text(reason)}</li>" for reason in health["reasons"])
    return (
        f'<header id="health" class="banner {status}" data-status="{status}">'
        f"<h1>{STATUS_TEXT[status]} — run {_text(report['run_id'])}</h1>"
        f"{f'<ul>{reasons}</ul>' if reasons else ''}</header>"
    )


def _summary(report: dict[str, Any]) -> str:
    tables, recon = report["counts"], report["reconciliation"]
    cards = [
        ("inputs", report["inputs"]),
        ("articles", tables["articles"]["valid"]),
        ("rejected", recon["rejected"]),
        ("quarantined", sum(t["quarantined"] or 0 for t in tables.values())),
        ("events", tables["events"]["valid"]),
        ("mentions", tables["event_mentions"]["valid"]),
        ("duration (s)", report["duration_s"]),
    ]
    html_cards = "".join(
        _card(key, value, alarm=key == "quarantined" and bool(value)) for key, value in cards
    )
    mark = (
        '<span class="ok">✓ reconciled</span>'
        if recon["reconciled"]
        else '<span class="bad">✗ NOT reconciled</span>'
    )
    equation = (
        f"{recon['inputs']} inputs = {recon['articles']} articles + {recon['quarantined_articles']} "
        f"quarantined articles + {recon['rejected']} rejected ({recon['accounted']} accounted) {mark}"
    )
    return _section("summary", "Summary", f'<div class="cards">{html_cards}</div><p>{equation}</p>')


def _card(key: str, value: Any, alarm: bool) -> str:
    css = ' class="bad"' if alarm else ""
    return f'<div class="card" data-key="{escape(key)}">{escape(key)}<b{css}>{_text(value)}</b></div>'


def _tables(report: dict[str, Any]) -> str:
    rows = [(name, c["valid"], c["new"], c["quarantined"]) for name, c in report["counts"].items()]
    return _section("tables", "Tables", _table(("table", "valid rows", "newly written", "quarantined"), rows))


def _checks(report: dict[str, Any]) -> str:
    checks = report.get("checks", [])
    if not checks:
        return _section("checks", "Failed checks", '<p class="ok">Every row passed every check.</p>')
    parts = []
    for check in checks:
        parts.append(
            f"<tr><td>{_text(check['table'])}</td><td><code>{_text(check['check'])}</code></td>"
            f'<td>{_text(check["column"])}</td><td class="n">{check["count"]}</td>'
            f"<td>{_text(check['description'])}{_examples(check['examples'])}</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("table", "check", "column", "rows", "rule and examples"))
    return _section("checks", "Failed checks", f"<table><tr>{head}</tr>{''.join(parts)}</table>")


def _examples(examples: list[dict[str, Any]]) -> str:
    if not examples:
        return ""
    keys = list(dict.fromkeys(k for example in examples for k in example))
    rows = [tuple(example.get(k) for k in keys) for example in examples]
    return f"<details><summary>{len(examples)} example(s)</summary>{_table(keys, rows, 'ex')}</details>"


def _counts_section(anchor: str, title: str, label: str, counts: dict[str, int]) -> str:
    if not counts:
        return _section(anchor, title, '<p class="empty">None.</p>')
    return _section(anchor, title, _table((label, "count"), list(counts.items())))


def _chart_section(anchor: str, title: str, label: str, counts: dict[str, int], by_day: bool = False) -> str:
    """Undated rows are a number under the chart, not a bar that would dwarf the dated ones."""
    dated = [(key, count) for key, count in counts.items() if key != UNKNOWN]
    chart = bar_chart(fill_days(dated) if by_day else dated, title=title)
    undated = counts.get(UNKNOWN, 0)
    note = f'<p class="empty">{undated} without a date.</p>' if undated else ""
    detail = f"<details><summary>values</summary>{_table((label, 'count'), list(counts.items()))}</details>"
    return _section(anchor, title, chart + note + (detail if counts else ""))


def _rejected_inputs(rejected: list[dict[str, Any]]) -> str:
    if not rejected:
        return ""
    rows = [(item.get("source"), item.get("reason"), item.get("detail")) for item in rejected]
    return _section("rejected-inputs", "Rejected inputs", _table(("file", "reason", "detail"), rows, "ex"))


def _skipped(skipped: list[dict[str, Any]]) -> str:
    if not skipped:
        return _section("skipped", "Skipped files", '<p class="empty">None.</p>')
    rows = [(item.get("source"), item.get("reason")) for item in skipped]
    return _section("skipped", f"Skipped files ({len(skipped)}, not pages)", _table(("file", "reason"), rows))


def _footer(report: dict[str, Any]) -> str:
    versions = f"kabar {_text(report.get('pipeline_version'))}, schema {_text(report.get('schema_version'))}"
    times = f"started {_text(report['started_at'])}, finished {_text(report['finished_at'])}"
    return f"<footer>{versions}; {times}</footer>"


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{body}</section>'


def _table(header: Iterable[str], rows: Iterable[Iterable[Any]], css: str = "") -> str:
    head = "".join(f"<th>{_text(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(value) for value in row) + "</tr>" for row in rows)
    cls = f' class="{css}"' if css else ""
    return f"<table{cls}><tr>{head}</tr>{body}</table>"


def _cell(value: Any) -> str:
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return f'<td class="n">{value}</td>' if numeric else f"<td>{_text(value)}</td>"
