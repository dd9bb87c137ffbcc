"""Rebuild every gold file of this set: python build/build_all.py (paths are relative to this folder)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if __name__ == "__main__":
    for name in sorted(HERE.glob("pages_*.py")):
        runpy.run_path(str(name), run_name="__main__")
    runpy.run_path(str(HERE / "clusters.py"), run_name="__main__")
