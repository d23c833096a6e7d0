"""Every path the project uses, from one anchor: the repository root.

The root is found from this file's own location (``src/chinaspace/paths.py``),
never from the current directory, so notebooks, tests and the command line
agree wherever they are started from.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RAW = DATA / "raw"
RAW_EVENTS = RAW / "events"
RAW_GCAT = RAW / "gcat"
PROCESSED = DATA / "processed"
NOTEBOOKS = ROOT / "notebooks"
SAMPLES = DATA / "samples"
PACKAGE = Path(__file__).resolve().parent
