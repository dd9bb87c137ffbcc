"""Rebuild every gold file of this set: python build/build_all.py (paths are relative to this folder)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if __name__ == "__main__":
    for name in (
        "pages_toledo.py",
        "pages_paracel.py",
        "pages_customs.py",
        "pages_singletons_en.py",
        "pages_singletons_id.py",
        "clusters.py",
    ):
        runpy.run_path(str(HERE / name), run_name="__main__")
