"""Generators for the hostile-input corpus and a helper to run `kabar` as users do (a subprocess)."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_b0aaa6fdb9848722.txt"
OTHER_SEED = ROOT / "seeds" / "000_a8757bb4fb7aa383.txt"
NUL_SEED = ROOT / "seeds" / "001_7ca8ba51c7a44970.txt"
NAMED_SEED = ROOT / "seeds" / "002_3affd82334d850f0.txt"
FINNISH = (
    "Helsingin kaupunginvaltuusto päätti keskiviikkona uuden raitiotien rakentamisesta. "
    "Hanke maksaa arviolta kolmesataa miljoonaa euroa ja valmistuu vuonna kaksituhattakolmekymmentä. "
    "Valtuutettujen mukaan raitiotie parantaa joukkoliikenteen sujuvuutta kaupungin itäosissa. "
)


def make_hostile_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus; returns each input's expected fate: 'article' or the rejection reason."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = SEED.read_text(encoding="utf-8")
    rng = random.Random(7)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b"   \n\n\t  \n",
        "noise.txt": bytes(rng.randrange(256) for _ in range(50_000)),
        "nul bytes.txt": NUL_SEED.read_bytes().replace(b"Choe", b"Ch\x00oe"),
        "huge.txt": (seed + "\n") * (20_000_000 // len(seed.encode("utf-8")) + 1),
        "invalid-utf8.txt": seed.encode("utf-8")[:500] + b"\x81\x9d\xff" + seed.encode("utf-8")[500:],
        "cp1252.txt": seed.replace("“", '"').replace("”", '"').encode("cp1252", "replace")
        + "“ok”".encode("cp1252"),
        "utf16.txt": OTHER_SEED.read_text(encoding="utf-8").encode("utf-16"),
        "scripts-only.html": b"<html><head><script>var a = 1;</script></head>"
        b"<body><script>x()</script></body></html>",
        "nested.html": (
            b"<html><body>" + b"<div>" * 10_000 + b"<p>deep</p>" + b"</div>" * 10_000 + b"</body></html>"
        ),
        "finnish.txt": (FINNISH * 4).encode("utf-8"),
        "copy a.txt": seed.encode("utf-8"),
        "copy b.txt": seed.encode("utf-8"),
        "Überraschung ñ 日本.txt": NAMED_SEED.read_bytes(),
        "data.json": b'{"not": "a page"}',
    }
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "ping.txt").symlink_to(folder / "pong.txt")
    (folder / "pong.txt").symlink_to(folder / "ping.txt")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "zeros.txt").symlink_to("/dev/zero")  # reading it would never end
    # Listed by the walk, gone when read: what a crawler deleting files under a running job looks like.
    (folder / "vanishing.txt").symlink_to(folder / "deleted-before-reading.txt")
    return {
        "empty.txt": "empty",
        "whitespace.txt": "empty",
        "noise.txt": "binary",
        "nul bytes.txt": "article",
        "huge.txt": "too_large",
        "invalid-utf8.txt": "undecodable",
        "cp1252.txt": "article",
        "utf16.txt": "article",
        "scripts-only.html": "not_article",
        "nested.html": "not_article",
        "finnish.txt": "unsupported_language",
        "copy a.txt": "article",
        "copy b.txt": "duplicate_input",
        "Überraschung ñ 日本.txt": "article",
        "data.json": "unsupported_type",
        "ping.txt": "unreadable",
        "pong.txt": "unreadable",
        "vanishing.txt": "vanished",
        "pipe.txt": "not_a_file",
        "zeros.txt": "not_a_file",
    }


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def kabar(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
    """Run the `kabar` command in a child process, the way users and schedulers do.

    Output goes to files, not pipes: a SIGKILLed run leaves Prefect's temporary server behind holding
    inherited pipes open. The whole process group is killed afterwards so no server outlives the test.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kabar.cli", *args],
            stdout=out,
            stderr=err,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
            start_new_session=True,
        )
        try:
            code = proc.wait(timeout=timeout)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        out.seek(0)
        err.seek(0)
        return Result(code, out.read(), err.read())
