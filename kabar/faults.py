"""Failpoints for the crash tests: `KABAR_FAILPOINT=name` kills the process with SIGKILL at that point.

Unset (always, outside tests) this costs one dictionary lookup per call.
"""

from __future__ import annotations

import os
import signal

# Where a run can be killed, in the order a run passes them.
FAILPOINTS = (
    "after-read",  # a batch was read and cleaned, nothing written yet
    "after-rejected",  # rejected rows written
    "mid-parquet",  # a Parquet file is written to its temporary name, not yet renamed
    "after-mentions",  # raw event mentions written, articles not yet
    "after-articles",  # articles written, events snapshot not yet
    "after-events",  # events written, event_mentions not yet
    "before-report",  # tables written, report not yet
)
# Reached only when re-coded pages still have mentions in the state (tests/faults/test_crash.py).
STATE_REWRITE = "mid-state-rewrite"  # the rewritten state is in place, the old state files not yet removed


def failpoint(name: str) -> None:
    if os.environ.get("KABAR_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
