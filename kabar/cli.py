"""The `kabar` command. Prefect is imported lazily, after its settings are chosen for the command."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="kabar: raw news pages in, validated Parquet tables of articles and events out.",
)

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "data"
Inputs = Annotated[list[Path] | None, typer.Argument(help="Files or folders of pages (default: seeds/).")]
Output = Annotated[Path, typer.Option("--output", "-o", help="Folder the tables and reports go to.")]


def _quiet_prefect(verbose: bool) -> None:
    """Prefect logs every task run at INFO; users see one progress bar and a summary instead."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_UI_ENABLED", "true")
    # The temporary server's 20 s default start-up budget is too tight on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    if not verbose:  # on a busy machine the temporary server's database pool, closed with its event loop,
        # logs a CancelledError traceback while resetting a connection: shutdown noise after the run's
        # tables are written, which would read as a crash
        logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)


def _fail(message: str, code: int) -> typer.Exit:
    typer.secho(message, fg=typer.colors.RED, err=True)
    return typer.Exit(code)


@app.command()
def run(
    inputs: Inputs = None,
    output: Output = Path(DEFAULT_OUTPUT),
    max_page_mb: Annotated[float, typer.Option(help="Pages larger than this are rejected.")] = 16.0,
    lock_wait: Annotated[float, typer.Option(help="Seconds to wait for another run on OUTPUT.")] = 300.0,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's own logs.")] = False,
) -> None:
    """Run the pipeline once over INPUT files or folders, writing under --output."""
    _quiet_prefect(verbose)
    from kabar.io import InputError, LockedError, discover_inputs, output_lock

    paths = [str(p) for p in inputs] if inputs else [DEFAULT_INPUT]
    try:
        discover_inputs(paths)  # a typo in a path fails now, not after Prefect's start-up
        with output_lock(output, lock_wait, on_wait=lambda msg: typer.echo(msg, err=True)):
            from flows.pipeline import kabar_run

            report = kabar_run(inputs=paths, output=str(output), max_page_mb=max_page_mb, lock_wait=lock_wait)
    except InputError as err:
        raise _fail(str(err), 2) from None
    except LockedError as err:
        raise _fail(str(err), 3) from None
    from kabar.report import summary_lines

    for line in summary_lines(report):
        typer.echo(line)
    typer.echo(f"report: {output / 'reports' / report['run_id'] / 'index.html'}")


@app.command()
def report(
    run_id: Annotated[str | None, typer.Argument(help="Run to show (default: the latest).")] = None,
    output: Output = Path(DEFAULT_OUTPUT),
) -> None:
    """Print the validation summary of a run and where its HTML report is."""
    from kabar import io
    from kabar.report import summary_lines

    run_id = run_id or io.latest_run_id(output)
    if run_id is None:
        raise _fail(f"{output}: no runs yet (no reports/latest.json); run `kabar run` first", 2)
    try:
        data = io.read_report(output, run_id)
    except FileNotFoundError:
        raise _fail(f"{output}: no report for run {run_id}", 2) from None
    for line in summary_lines(data):
        typer.echo(line)
    typer.echo(f"report: {output / 'reports' / run_id / 'index.html'}")


@app.command()
def validate(
    directory: Annotated[Path, typer.Argument(help="Output folder to check.")] = Path(DEFAULT_OUTPUT),
) -> None:
    """Re-validate the tables already written under DIRECTORY; exit 1 when any check fails."""
    import schemas
    from kabar import io
    from kabar.validate import validate_tables

    if not directory.is_dir():
        raise _fail(f"{directory}: no such folder", 2)
    tables = {name: io.read_table(directory, name) for name in schemas.TABLES}
    outcome = validate_tables(tables)
    for name, frame in tables.items():
        bad = len(outcome.quarantined.get(name, []))
        typer.echo(f"{name}: {len(frame)} rows, {bad} failing")
    for failure in outcome.failures:
        typer.echo(
            f"  FAILED {failure.table}.{failure.check} ({failure.column or '-'}): {failure.count} rows"
        )
    if outcome.failures:
        raise typer.Exit(1)
    typer.echo("all checks passed")


@app.command()
def inspect(page: Annotated[Path, typer.Argument(help="One page file (.txt, .md, .html).")]) -> None:
    """Print, as JSON, the article row and event mentions that one page yields."""
    from kabar.inspect import inspect_page

    if not page.is_file():
        raise _fail(f"{page}: not a file; inspect takes one page", 2)
    typer.echo(json.dumps(inspect_page(page), indent=2, ensure_ascii=False, default=_json_default))


@app.command()
def dates(
    text: Annotated[str, typer.Argument(help="Text to tag.")],
    anchor: Annotated[str, typer.Option(help="YYYY-MM-DD or YYYY-MM-DDTHH:MM+07:00")],
    lang: Annotated[str, typer.Option(help="Language of the text (id, en).")] = "id",
) -> None:
    """Find and resolve the temporal expressions in TEXT, printed as a JSON list."""
    from kabar.dates import tag_json

    typer.echo(tag_json(text, anchor, lang))


@app.command()
def serve(
    cron: Annotated[str, typer.Option(help='Cron schedule, e.g. "0 * * * *".')],
    inputs: Inputs = None,
    output: Output = Path(DEFAULT_OUTPUT),
    port: Annotated[
        int, typer.Option(help="Port of the local Prefect server started when none is set.")
    ] = 4200,
) -> None:
    """Serve the flow as a scheduled Prefect deployment (runs until stopped)."""
    _quiet_prefect(False)
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        server = _start_prefect_server(port)
    from flows.pipeline import kabar_run

    paths = [str(p.resolve()) for p in inputs] if inputs else [str(Path(DEFAULT_INPUT).resolve())]
    typer.echo(f"serving kabar-run on cron {cron!r} over {', '.join(paths)} → {output.resolve()}")
    try:
        kabar_run.serve(
            name="kabar-scheduled",
            cron=cron,
            parameters={"inputs": paths, "output": str(output.resolve())},
        )
    finally:
        if server is not None:
            server.terminate()


def _start_prefect_server(port: int) -> subprocess.Popen[bytes]:
    """Prefect's temporary server never schedules runs, so `serve` starts a real one."""
    url = f"http://127.0.0.1:{port}"
    log = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")) / "kabar-server.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    prefect = Path(sys.executable).with_name("prefect")
    command = [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=log.open("ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise _fail(f"the Prefect server exited (code {server.returncode}); see {log}", 1)
        try:
            with urllib.request.urlopen(f"{url}/api/health", timeout=2):
                break
        except OSError:
            time.sleep(1)
    else:
        server.terminate()
        raise _fail(f"the Prefect server did not answer on {url} within 90 s; see {log}", 1)
    os.environ["PREFECT_API_URL"] = f"{url}/api"
    typer.echo(f"started a local Prefect server; UI at {url} (log: {log})")
    return server


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
