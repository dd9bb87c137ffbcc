"""The HTML report in a real headless Chromium (Debian's `chromium`; skipped where it is not installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kabar.report import render_html
from tests.test_report import INJECTED, mixed_tables, report_of

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
def test_report_renders_and_injected_script_stays_text(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(render_html(report_of(mixed_tables())), encoding="utf-8")
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    assert "Failed checks" in dom and "Rejected inputs" in dom
    assert "<svg" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert INJECTED not in dom  # no live script element made it into the rendered page
