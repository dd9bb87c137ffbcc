"""Rebuild every gold file of this set: python build/build_all.py (paths are relative to this folder)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

if __name__ == "__main__":
    for name in (
        "pages_coup.py",
        "pages_evacuation.py",
        "pages_labour.py",
        "pages_singletons_en.py",
        "pages_singletons_id.py",
        "clusters.py",
    ):
        runpy.run_path(str(HERE / name), run_name="__main__")
