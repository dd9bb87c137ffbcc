"""End-to-end throughput of `kabar run` on a synthetic crawl: the seeds and test pages, varied so every
page is distinct. Prints pages/s of the whole flow (Prefect start-up included and excluded) and peak RSS.

    .venv/bin/python bench/bench_pipeline.py [PAGES]
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


def make_corpus(folder: Path, pages: int) -> None:
    rng = random.Random(1)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    for i in range(pages):
        lines = texts[i % len(texts)].split("\n")
        # A distinct page: one body-length sentence mentioning a page number, at a random place.
        at = rng.randrange(len(lines) // 3, max(len(lines) // 3 + 1, 2 * len(lines) // 3))
        lines.insert(
            at, f"\nLaporan nomor {i} menyebutkan bahwa pembicaraan akan dilanjutkan dalam waktu dekat.\n"
        )
        (folder / f"page-{i:06d}.txt").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "in", Path(tmp) / "out"
        corpus.mkdir()
        make_corpus(corpus, pages)
        started = time.perf_counter()
        command = [sys.executable, "-m", "kabar.cli", "run", str(corpus), "--output", str(out)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
        duration = next(
            float(line.split(" in ")[1].rstrip("s").split()[0])
            for line in result.stdout.splitlines()
            if line.startswith("run ")
        )
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(result.stdout.strip())
        print(f"pages={pages} wall={wall:.1f}s flow={duration:.1f}s")
        print(
            f"throughput: {pages / wall:.0f} pages/s with Prefect start-up, "
            f"{pages / duration:.0f} pages/s in the flow"
        )
        print(f"peak RSS of the run: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
