"""Check the written gold on its own (the shared checker in tests/heldout_gold.py) with this set's dateline
prefixes. Run: python build/check_set.py (after build_all.py). Prints per-page counts and the clusters."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import heldout_gold

# A dateline prefix belongs to no body line, so no evidence may start with one.
OUTLETS = r"\(Reuters\)|TEMPO\.CO|Liputan6\.com|JawaPos\.com|KOMPAS\.com|\(ANTARA\)|CNN Indonesia|\(AP\)"
DATELINE = re.compile(rf"^([A-Z][\w./ ,]*({OUTLETS})|[A-Z][A-Z ]{{3,}}( –| -| —|:)|[A-Z][a-z]+ -$)")


if __name__ == "__main__":
    heldout_gold.check_set(Path(__file__).resolve().parent.parent, DATELINE)
