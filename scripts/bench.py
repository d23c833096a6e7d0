"""The benchmark behind `make bench`: prints its figures, asserts nothing.

1. The time to build every processed table from raw (target: under 2 s).
2. The time to read, clean and aggregate GCAT's full launch log, beside a plain
   ``pandas.read_csv`` of the same file, as a ratio (target: within 3x). Needs
   CHINASPACE_GCAT_DIR (a folder with launchlog_*.tsv and sites.tsv); skipped
   with a message otherwise.
3. The date parser's time on 10x and 100x repetitions of the time expressions
   of the claims register (with their anchors) and of every event date; growth
   should be linear (the 100x time about ten times the 10x time).
4. Each notebook's run time in a fresh kernel beside the floor (a notebook that
   only imports pandas, matplotlib and the package), as a ratio (target: 2x).
5. The time to build the whole site (`make site`; target: under 2 minutes).
   Skipped with `--quick`.

Each figure is the best of several runs, in wall-clock time on this machine.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import nbformat
from nbclient import NotebookClient

from chinaspace import build, dates, gcat, load, site
from chinaspace.paths import NOTEBOOKS


def best_of(n: int, func: Callable[[], object]) -> float:
    """The shortest of ``n`` wall-clock timings of ``func()``, in seconds."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_build() -> None:
    with tempfile.TemporaryDirectory() as out:
        seconds = best_of(5, lambda: build.write(build.build(), Path(out)))
    status = "within" if seconds < 2 else "OVER"
    print(f"build all processed data (read, clean, validate, write): {seconds:.3f} s "
          f"(best of 5; target under 2 s: {status})")


def bench_gcat() -> None:
    folder = os.environ.get("CHINASPACE_GCAT_DIR")
    logs = sorted(Path(folder).glob("launchlog_*.tsv")) if folder else []
    if not logs:
        print("GCAT: skipped (set CHINASPACE_GCAT_DIR to a folder with launchlog_*.tsv "
              "and sites.tsv)")
        return
    launchlog, sites = logs[-1], Path(folder) / "sites.tsv"
    plain = best_of(3, lambda: pd.read_csv(launchlog, sep="\t"))
    ours = best_of(3, lambda: gcat.summarise(gcat.load_launches(launchlog, sites)[0]))
    ratio = ours / plain
    print(f"GCAT file: {launchlog.name} ({launchlog.stat().st_size / 1e6:.1f} MB)")
    print(f"  plain pandas.read_csv(sep='\\t'):     {plain * 1000:7.1f} ms (best of 3)")
    print(f"  read + clean + aggregate (chinaspace): {ours * 1000:7.1f} ms (best of 3)")
    print(f"  ratio: {ratio:.2f} (target at most 3: {'within' if ratio <= 3 else 'OVER'})")


def expressions() -> list[tuple[str, str, str | None]]:
    """(text, zone, anchor) for every claim's time expression and every event date."""
    claims = load.claims()
    events = load.events()
    essay = events.loc[events["event_id"] == "essay-written", "date_text"].squeeze()
    out = [(row.time_expression, "unspecified",
            (essay if row.anchor == "essay" else row.anchor) or None)
           for row in claims.itertuples() if row.time_expression]
    out += [(row.date_text, row.tz, None) for row in events.itertuples() if row.date_text]
    return out


def bench_parser() -> None:
    exprs = expressions()

    def run(times: int) -> None:
        for _ in range(times):
            for text, tz, anchor in exprs:
                dates.parse(text, tz=tz, anchor=anchor)

    t10 = best_of(3, lambda: run(10))
    t100 = best_of(3, lambda: run(100))
    per = t100 / (100 * len(exprs)) * 1e6
    print(f"date parser on {len(exprs)} expressions (claims and events):")
    print(f"  x10:  {len(exprs) * 10:>7} parses in {t10 * 1000:8.1f} ms")
    print(f"  x100: {len(exprs) * 100:>7} parses in {t100 * 1000:8.1f} ms")
    print(f"  growth x100/x10: {t100 / t10:.1f} (linear is 10); {per:.1f} us per parse")


def run_notebook(notebook) -> float:
    """Seconds to execute a notebook in a fresh kernel, kernel start included."""
    start = time.perf_counter()
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return time.perf_counter() - start


def bench_notebooks() -> None:
    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import pandas as pd\nimport matplotlib.pyplot as plt\nimport chinaspace\n"
        "from chinaspace import load, plotting")])
    floor = min(run_notebook(nbformat.from_dict(floor_nb)) for _ in range(3))
    print(f"notebooks in a fresh kernel (floor: imports only, {floor:.2f} s, best of 3):")
    worst = 0.0
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        seconds = min(run_notebook(nbformat.read(path, as_version=4)) for _ in range(2))
        worst = max(worst, seconds / floor)
        print(f"  {path.name:<40} {seconds:6.2f} s  {seconds / floor:4.2f}x floor")
    print(f"  worst ratio {worst:.2f} (target at most 2: {'within' if worst <= 2 else 'OVER'})")


def bench_site() -> None:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        html = site.build_site(Path(out))
        seconds = time.perf_counter() - start
        size = site.folder_size(html) / 1e6
    status = "within" if seconds < 120 else "OVER"
    print(f"site build (stage, execute every notebook, render): {seconds:.1f} s, {size:.1f} MB "
          f"(target under 120 s: {status})")


def main() -> None:
    print(f"Python {platform.python_version()}, pandas {pd.__version__}, "
          f"{os.cpu_count()} cores, {platform.machine()}")
    bench_build()
    bench_gcat()
    bench_parser()
    bench_notebooks()
    if "--quick" not in sys.argv:
        bench_site()


if __name__ == "__main__":
    sys.exit(main())
