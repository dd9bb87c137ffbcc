"""Check the written gold on its own (the shared checker in tests/heldout_gold.py) with this set's dateline
prefixes. Run: python build/check_set.py (after build_all.py). Prints per-page counts and the clusters."""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import heldout_gold

# A dateline prefix belongs to no body line, so no evidence may start with one.
OUTLETS = r"\(Reuters\)|\(ANTARA\)|TRIBUNNEWS\.COM|JawaPos\.com|KOMPAS\.com|CNN Indonesia|\(Yonhap\)"
DATELINE = re.compile(rf"^([\w./ ,]*({OUTLETS})|[A-Z][A-Z ]{{3,}}( –| -| —|:)|[A-Z][a-z]+ - )")


if __name__ == "__main__":
    heldout_gold.check_set(Path(__file__).resolve().parent.parent, DATELINE)
