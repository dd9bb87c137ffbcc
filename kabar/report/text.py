"""Short plain-text views of the report: Prefect artifacts and the console."""

from __future__ import annotations

from typing import Any

TOP_CHECKS = 8


def _equation(report: dict[str, Any]) -> str:
    r = report["reconciliation"]
    mark = "reconciled" if r["reconciled"] else "NOT RECONCILED"
    return (
        f"{r['inputs']} inputs = {r['articles']} articles + {r['quarantined_articles']} quarantined "
        f"+ {r['rejected']} rejected ({mark})"
    )


def summary_lines(report: dict[str, Any]) -> list[str]:
    """A few lines for `kabar run` / `kabar report`: status first, then where the rows went."""
    health, tables = report["health"], report["counts"]
    lines = [
        f"run {report['run_id']}: {health['status'].upper()} in {report['duration_s']:.1f}s",
        _equation(report),
    ]
    lines.append(
        f"articles {tables['articles']['valid']} (new {tables['articles']['new'] or 0}), "
        f"events {tables['events']['valid']}, mentions {tables['event_mentions']['valid']}"
    )
    if report.get("flags"):
        lines.append("flags: " + ", ".join(f"{flag} {count}" for flag, count in report["flags"].items()))
    if report.get("rejected_reasons"):
        reasons = report["rejected_reasons"].items()
        lines.append("rejected: " + ", ".join(f"{reason} {count}" for reason, count in reasons))
    lines += [f"  ! {reason}" for reason in health["reasons"]]
    for check in report["checks"][:TOP_CHECKS]:
        lines.append(f"  {check['table']}.{check['check']}: {check['count']} rows")
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    """Markdown for a Prefect artifact: banner, counts table, top failed checks."""
    health = report["health"]
    icon = {"green": "🟢", "amber": "🟠", "red": "🔴"}.get(health["status"], "🔴")
    out = [f"# {icon} kabar run `{report['run_id']}`: {health['status']}", "", _equation(report), ""]
    out += [f"- {_md(reason)}" for reason in health["reasons"]]
    out += ["", "| table | valid | newly written | quarantined |", "|---|---:|---:|---:|"]
    for name, c in report["counts"].items():
        written = "—" if c["new"] is None else c["new"]
        out.append(f"| {name} | {c['valid']} | {written} | {c['quarantined']} |")
    if report["checks"]:
        out += ["", "## Failed checks", "", "| table | check | rows |", "|---|---|---:|"]
        out += [f"| {c['table']} | `{c['check']}` | {c['count']} |" for c in report["checks"][:TOP_CHECKS]]
    return "\n".join(out) + "\n"


def check_table_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per failed check for a Prefect table artifact (flat, scalar values only)."""
    return [
        {
            "table": c["table"],
            "check": c["check"],
            "column": c["column"] or "",
            "rows": c["count"],
            "rule": c["description"],
            "example": _first_example(c),
        }
        for c in report["checks"]
    ]


def _first_example(check: dict[str, Any]) -> str:
    if not check["examples"]:
        return ""
    example = check["examples"][0]
    return ", ".join(f"{k}={v}" for k, v in example.items() if k not in ("row", "column"))[:200]


def _md(text: str) -> str:
    """Page text in markdown must not become markup (Prefect renders artifacts as HTML)."""
    return "".join(f"\\{ch}" if ch in "\\`*_[]<>|#" else ch for ch in text)
