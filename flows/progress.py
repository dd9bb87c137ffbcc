"""The one progress bar a run shows: pages done out of pages found (silent when not on a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


@contextmanager
def page_progress(total: int) -> Iterator[Callable[[int], None]]:
    progress = Progress(
        TextColumn("pages"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not sys.stderr.isatty(),
        transient=False,
    )
    task_id = progress.add_task("pages", total=total)
    with progress:
        yield lambda n: progress.advance(task_id, n)
