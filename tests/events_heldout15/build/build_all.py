"""Rebuild every gold file of this set: python build/build_all.py (paths are relative to this folder)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if __name__ == "__main__":
    for name in (
        "pages_sharm.py",
        "pages_spiderweb.py",
        "pages_sanaa.py",
        "pages_brazil.py",
        "pages_lepen.py",
        "pages_kim_keon_hee.py",
        "pages_morocco.py",
        "pages_kpk_sumut.py",
        "pages_australia.py",
        "clusters.py",
    ):
        runpy.run_path(str(HERE / name), run_name="__main__")
