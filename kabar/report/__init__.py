"""The validation report of a run: a dict (validation.json), an HTML page, and short text views."""

from kabar.report.html import render_html
from kabar.report.report import assess_health, build_report
from kabar.report.text import check_table_rows, render_markdown, summary_lines

__all__ = [
    "assess_health",
    "build_report",
    "check_table_rows",
    "render_html",
    "render_markdown",
    "summary_lines",
]
