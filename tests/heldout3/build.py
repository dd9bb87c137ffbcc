"""Build tests/heldout3/pages and tests/heldout3/gold from tests/heldout3/src, with heldout2's builder.

Run: `.venv/bin/python tests/heldout3/build.py`. See tests/heldout2/README.md for the annotation format.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("heldout_builder", HERE.parent / "heldout2" / "build.py")
assert spec is not None and spec.loader is not None
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

if __name__ == "__main__":
    sys.exit(builder.main(HERE))
