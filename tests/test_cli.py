"""The `kabar` command's non-flow subcommands, through Typer's runner (as a user types them)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from flows.pipeline import kabar_run
from kabar.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    kabar_run(inputs=[str(seeds_dir)], output=str(out))
    return out


def test_validate_passes_on_a_fresh_run_and_fails_after_a_bad_edit(output: Path, tmp_path: Path) -> None:
    ok = runner.invoke(app, ["validate", str(output)])
    assert ok.exit_code == 0, ok.output
    assert "all checks passed" in ok.output

    edited = tmp_path / "edited"
    shutil.copytree(output, edited)
    part = next((edited / "articles").glob("*.parquet"))
    articles = pl.read_parquet(part)
    # A user merges two dumps and gets a row twice, with a site that is not a domain.
    broken = pl.concat([articles, articles.head(1).with_columns(site=pl.lit("Not A Domain"))])
    broken.write_parquet(edited / "articles" / "merged.parquet")
    part.unlink()
    bad = runner.invoke(app, ["validate", str(edited)])
    assert bad.exit_code == 1
    assert "unique_article_id" in bad.output or "article_id" in bad.output
    assert "site" in bad.output


def test_report_prints_the_latest_run(output: Path) -> None:
    result = runner.invoke(app, ["report", "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "5 inputs = 5 articles" in result.output
    assert "index.html" in result.output


def test_report_of_an_unknown_run_says_so(output: Path) -> None:
    result = runner.invoke(app, ["report", "nope", "--output", str(output)])
    assert result.exit_code == 2
    assert "no report for run nope" in result.output


def test_inspect_prints_the_article_and_its_events(seeds_dir: Path) -> None:
    result = runner.invoke(app, ["inspect", str(seeds_dir / "004_b0aaa6fdb9848722.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["article"]["site"] == "kontan.co.id"
    assert data["article"]["published_at_local"] == "2024-01-19T18:34:00+07:00"
    assert data["event_mentions"]


def test_inspect_names_the_reason_for_a_rejected_page(tmp_path: Path) -> None:
    page = tmp_path / "empty.txt"
    page.write_bytes(b"")
    data = json.loads(runner.invoke(app, ["inspect", str(page)]).output)
    assert data["rejected"]["reason"] == "empty"


def test_dates_prints_resolved_expressions() -> None:
    result = runner.invoke(
        app, ["dates", "Pekan lalu, Choe bertemu Lavrov.", "--anchor", "2024-11-05T11:25+07:00"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found[0]["text"] == "Pekan lalu"
    assert (found[0]["start"], found[0]["end"], found[0]["precision"]) == ("2024-10-28", "2024-11-03", "week")


def test_run_with_a_missing_input_fails_before_starting(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
