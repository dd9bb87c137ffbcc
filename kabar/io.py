"""All filesystem access of a run (Kedro's "catalog"): finding inputs, reading their bytes, writing
Parquet and reports atomically, and the output folder's lock. Stages never touch files."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import fnmatch
import json
import os
import stat
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

import schemas
from kabar.faults import failpoint
from kabar.model import PageKind, Rejection
from kabar.read import page_kind

IGNORE_FILE = ".kabarignore"
LOCK_FILE = ".kabar.lock"
# A half-written file is ".tmp-<uuid>-<name>.partial": no reader globbing "*.parquet" picks it up, and
# pyarrow's dataset discovery also skips the leading dot.
TMP_PREFIX = ".tmp-"
STATE_DIR = "_state"  # internal tables (raw event mentions), git-style private to kabar


class InputError(Exception):
    """An input the user named does not exist: the run cannot do what was asked."""


class LockedError(Exception):
    """Another run holds the output folder."""


@dataclass(frozen=True)
class InputFile:
    path: Path
    source: str  # relative to the input root it was found under
    kind: PageKind | None  # None: a type kabar does not read (it becomes a rejection)


@dataclass
class InputPlan:
    files: list[InputFile] = field(default_factory=list)
    ignored: list[dict[str, str]] = field(default_factory=list)  # {"source", "reason"}


def discover_inputs(inputs: Sequence[str | Path]) -> InputPlan:
    """Every file under the inputs, in a stable order (sorted relative paths, folders walked recursively)."""
    plan = InputPlan()
    roots = [Path(raw) for raw in inputs]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise InputError(f"{root}: no such file or folder")
    prefix = len(roots) > 1  # with several roots, sources carry the root's name so they stay distinct
    for root in roots:
        label = f"{root.name}/" if prefix and root.is_dir() else ""
        if root.is_dir():
            _walk(root, plan, label)
        else:
            plan.files.append(InputFile(root, root.name, page_kind(root.name)))
    return plan


def _walk(root: Path, plan: InputPlan, label: str = "") -> None:
    found: list[InputFile] = []
    patterns: list[tuple[Path, str]] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(folder)
        if (here / IGNORE_FILE).is_file():
            patterns += [(here, p) for p in _read_ignore(here / IGNORE_FILE)]
        dirnames.sort()
        for name in list(dirnames):
            rel = label + (here / name).relative_to(root).as_posix()
            reason = _ignored(here / name, patterns, is_dir=True)
            if (here / name).is_symlink():
                reason = reason or "symlinked folder (not followed, to avoid loops)"
            if (here / name / LOCK_FILE).exists():  # its reports are not pages to ingest
                reason = reason or "a kabar output folder"
            if reason:
                dirnames.remove(name)
                plan.ignored.append({"source": rel + "/", "reason": reason})
        for name in sorted(filenames):
            path = here / name
            rel = label + path.relative_to(root).as_posix()
            reason = _ignored(path, patterns, is_dir=False)
            if name == IGNORE_FILE:
                continue
            if reason:
                plan.ignored.append({"source": rel, "reason": reason})
            else:
                found.append(InputFile(path, rel, page_kind(name)))
    plan.files += sorted(found, key=lambda f: f.source)


def _read_ignore(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _ignored(path: Path, patterns: list[tuple[Path, str]], is_dir: bool) -> str | None:
    if path.name.startswith("."):
        return "hidden file"
    for base, pattern in patterns:
        if not path.is_relative_to(base):
            continue
        rel = path.relative_to(base).as_posix()
        wants_dir = pattern.endswith("/")
        pat = pattern.rstrip("/")
        if wants_dir and not is_dir:
            continue
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat):
            return f"matched {pattern!r} in {base / IGNORE_FILE}"
    return None


def read_input(item: InputFile, max_bytes: int) -> bytes | Rejection:
    """The file's bytes, or a rejection naming what went wrong (vanished, unreadable, too large)."""
    try:
        info = item.path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would hang the run, /dev/zero would fill memory
            return Rejection(
                item.source, "not_a_file", f"{item.source}: not a regular file (device, pipe, socket)"
            )
        size = info.st_size
        if size > max_bytes:
            return Rejection(
                item.source,
                "too_large",
                f"{item.source}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB page limit "
                "(raise it with --max-page-mb if such pages are real articles)",
                size,
            )
        with item.path.open("rb") as handle:
            return handle.read(max_bytes + 1)  # a file growing while we read stays bounded
    except FileNotFoundError:
        return Rejection(item.source, "vanished", f"{item.source}: disappeared between listing and reading")
    except IsADirectoryError:
        return Rejection(item.source, "unreadable", f"{item.source}: is a folder, not a file")
    except OSError as err:
        if err.errno == errno.ELOOP:
            return Rejection(item.source, "unreadable", f"{item.source}: symlink loop")
        return Rejection(item.source, "unreadable", f"{item.source}: {err.strerror or err}")


# ---------------------------------------------------------------------------- Parquet tables


def parquet_files(out: Path, table: str) -> list[Path]:
    folder = out / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith((".", "_")))


def read_table(out: Path, table: str, columns: Sequence[str] | None = None) -> pl.DataFrame:
    """A table as written so far (all its files), typed by its schema; empty when absent."""
    files = parquet_files(out, table)
    if not files:
        frame = schemas.empty_frame(table)
        return frame.select(columns) if columns else frame
    frames = [pl.read_parquet(f, columns=list(columns) if columns else None) for f in files]
    return pl.concat(frames, how="diagonal_relaxed")


def existing_values(out: Path, table: str, column: str) -> set[str]:
    """Values of one key column across a table's files (for skipping rows already written)."""
    values: set[str] = set()
    for f in parquet_files(out, table):
        values.update(v for v in pq.read_table(f, columns=[column]).column(column).to_pylist() if v)
    return values


def write_parquet(
    frame: pl.DataFrame, path: Path, arrow_schema: pa.Schema | None, metadata: dict[str, str]
) -> None:
    """Write one Parquet file atomically: a dot-named temporary file, fsync, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = frame.to_arrow()
    if arrow_schema is not None:
        table = table.select(arrow_schema.names).cast(arrow_schema)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), **_encode(metadata)})
    tmp = path.parent / f"{TMP_PREFIX}{uuid.uuid4().hex}-{path.name}.partial"
    pq.write_table(table, tmp, compression="zstd", write_statistics=True)
    _fsync(tmp)
    failpoint("mid-parquet")
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f"{TMP_PREFIX}{uuid.uuid4().hex}-{path.name}.partial"
    tmp.write_text(text, encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, path)


def write_json_atomic(path: Path, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def remove_stale_temporaries(out: Path) -> int:
    """Half-written files left by a killed run; safe to delete while holding the lock."""
    removed = 0
    if out.is_dir():
        for tmp in out.rglob(f"{TMP_PREFIX}*"):
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed


def _encode(metadata: dict[str, str]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode() for k, v in metadata.items()}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # some filesystems refuse fsync on folders; rename stays atomic
        _fsync(path)


# ---------------------------------------------------------------------------- lock and reports


_HELD: set[Path] = set()  # locks this process holds: the CLI takes it before Prefect starts, the flow again


@contextmanager
def output_lock(out: Path, wait_seconds: float, on_wait: Any = None) -> Iterator[None]:
    """Hold DIR/.kabar.lock for the whole run; wait up to `wait_seconds` for another run, then refuse.

    Re-entrant within one process, so `kabar run` can lock before the flow's ~10 s start-up and
    a second run is refused at once instead of after its own start-up.
    """
    out.mkdir(parents=True, exist_ok=True)
    path = (out / LOCK_FILE).resolve()
    if path in _HELD:
        yield
        return
    with open(path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        warned = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another kabar run"
                if time.monotonic() >= deadline:
                    raise LockedError(
                        f"{out}: locked by {holder}; waited {wait_seconds:.0f} s. "
                        f"Wait for it to finish or pass --lock-wait SECONDS."
                    ) from None
                if not warned and on_wait is not None:
                    on_wait(f"{out} is in use by {holder}; waiting up to {wait_seconds:.0f} s")
                    warned = True
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n")
        handle.flush()
        _HELD.add(path)
        try:
            yield
        finally:
            _HELD.discard(path)
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_report(out: Path, run_id: str, report: dict[str, Any], html: str) -> Path:
    """reports/<run_id>/validation.json and index.html, then reports/latest.json pointing at them."""
    folder = out / "reports" / run_id
    write_json_atomic(folder / "validation.json", report)
    write_text_atomic(folder / "index.html", html)
    write_json_atomic(out / "reports" / "latest.json", {"run_id": run_id, "path": str(folder)})
    return folder


def latest_run_id(out: Path) -> str | None:
    latest = out / "reports" / "latest.json"
    if not latest.is_file():
        return None
    return str(json.loads(latest.read_text(encoding="utf-8"))["run_id"])


def read_report(out: Path, run_id: str) -> dict[str, Any]:
    path = out / "reports" / run_id / "validation.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))
