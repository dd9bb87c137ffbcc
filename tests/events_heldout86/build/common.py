"""Helpers for heldout86 gold: the shared builder (tests/heldout_gold.py) bound to this set's folder."""

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import heldout_gold
from heldout_gold import *  # noqa: F403 - the CAMEO root groups and ev, as the page builders import them

ROOT = Path(__file__).resolve().parent.parent
page = partial(heldout_gold.page, ROOT)
write_clusters = partial(heldout_gold.write_clusters, ROOT)
