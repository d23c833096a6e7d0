"""Build the course website and the student edition, offline.

``stage`` lays out a source folder for the site: the hand-written pages in
``book/``, the notebooks, and pages generated from the data (the data page with
every processed table, its dictionary, provenance and a download link; the
glossary; the bibliography; how to cite). ``build_site`` executes every notebook
and renders the whole with Sphinx and the Jupyter Book 1.x extensions, failing on
any warning. ``student_edition`` writes the notebooks with every cell tagged
``solution`` removed and nothing else changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import yaml

from . import load
from .paths import DATA, NOTEBOOKS, PROCESSED, RAW, ROOT
from .provenance import sidecar_path

BOOK = ROOT / "book"
SOLUTION_TAG = "solution"


# --- the student edition ----------------------------------------------------


def strip_solutions(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook without the cells tagged ``solution``; nothing else changes.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1"),
    ...     nbformat.v4.new_code_cell("x = 2", metadata={"tags": ["solution"]})])
    >>> [c.source for c in strip_solutions(nb).cells]
    ['x = 1']
    """
    copy = nbformat.from_dict(notebook)
    copy.cells = [c for c in copy.cells if SOLUTION_TAG not in c.get("metadata", {}).get("tags", [])]
    return copy


def student_edition(out: Path, source: Path = NOTEBOOKS) -> list[Path]:
    """Write every notebook of ``source`` without its solution cells into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("[0-9][0-9]_*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        target = out / path.name
        nbformat.write(strip_solutions(notebook), target)
        written.append(target)
    return written


# --- generated pages --------------------------------------------------------


def _md_table(frame: pd.DataFrame) -> str:
    """A Markdown table; pipes and line breaks in cells are escaped."""
    def cell(value) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    header = "| " + " | ".join(cell(c) for c in frame.columns) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    rows = ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


def _raw_inputs(table: str) -> list[Path]:
    """The raw files a processed table is built from (for its provenance)."""
    events = sorted((RAW / "events").glob("*.csv"))
    inputs = {
        "events": events, "firsts": events, "claims": [RAW / "claims.csv"],
        "claim_events": [RAW / "claims.csv"], "stations": [RAW / "stations.csv"],
        "sources": [RAW / "sources.csv"], "countries": [RAW / "countries.csv"],
        "verdicts": [RAW / "verdicts.csv"], "essay_paragraphs": [RAW / "essay_paragraphs.csv"],
        "argument": [RAW / "argument.csv"], "glossary": [RAW / "glossary.csv"],
        "plan_statements": [RAW / "plan_statements.csv"],
        "build_log": [],
    }
    return inputs.get(table, [RAW / "gcat" / f"{table}.csv"])


def data_page(dest: Path) -> str:
    """The data page: every processed table with its dictionary, provenance and download."""
    dictionary = pd.read_csv(DATA / "dictionary.csv", dtype=str, keep_default_na=False)
    (dest / "data").mkdir(exist_ok=True)
    parts = [
        "# The data",
        "",
        "Every table the notebooks use, as CSV files you can download. Each is rebuilt from the "
        "raw files in `data/raw/` by `make data`; every row names its raw file and line "
        "(`source_file`, `line`), and every curated row names its source (`source_id`, "
        "resolved in the sources table and the [bibliography](bibliography.md)). Dates are "
        "stored as intervals in UTC with the local date beside them; see notebook 01.",
        "",
    ]
    for path in sorted(PROCESSED.glob("*.csv")):
        name = path.stem
        shutil.copy2(path, dest / "data" / path.name)
        rows = len(pd.read_csv(path, dtype=str))
        columns = dictionary.loc[dictionary["table"] == name, ["column", "type", "unit", "meaning"]]
        parts += [f"## `{name}`", "",
                  f"{rows} rows. Download: {{download}}`{path.name} <data/{path.name}>`", ""]
        provenance = []
        for raw in _raw_inputs(name):
            meta = yaml.safe_load(sidecar_path(raw).read_text(encoding="utf-8"))
            line = f"- `{raw.relative_to(ROOT).as_posix()}`: {meta['title']}. {meta['citation']}"
            line += f" Licence: {meta['licence']}. Read or derived on {meta['date_accessed']}."
            provenance.append(line)
        if provenance:
            parts += ["**Provenance.**", "", *provenance, ""]
        parts += [_md_table(columns), ""]
    return "\n".join(parts)


def glossary_page() -> str:
    """The glossary: terms, names and programmes, with pinyin and characters."""
    table = load.glossary()
    sources = load.sources().set_index("source_id")
    parts = ["# Glossary", "",
             "Terms, names and programmes the course meets. Chinese names are given in pinyin "
             "and in (simplified) characters where the data has them; each entry names its "
             "source.", ""]
    for kind, group in table.groupby("kind", sort=True):
        parts += [f"## {kind.replace('_', ' ').capitalize()}", ""]
        for row in group.itertuples():
            name = f"**{row.term}**"
            extra = ", ".join(x for x in (f"*{row.pinyin}*" if row.pinyin else "", row.chinese) if x)
            if extra:
                name += f" ({extra})"
            src = sources.loc[row.source_id]
            first = f" First: {row.first_local_date}" + (f", {row.first_by}" if row.first_by else "") + "." \
                if row.first_date_text else ""
            parts += [f"{name}: {row.meaning}{first} Source: [{src['publisher']}]({src['url']}).", ""]
    return "\n".join(parts)


def bibliography_page() -> str:
    """Every source the data cites, grouped by kind, with its URL and dates."""
    sources = load.sources()
    parts = ["# Bibliography", "",
             f"The {int(sources['cited'].sum())} sources cited by the events, claims, stations and "
             f"glossary tables, of {len(sources)} listed in `data/raw/sources.csv`, grouped by "
             "kind. Each entry gives the date the page was read; pages read as copies on other "
             "sites say so in the notes of the sources table.", ""]
    for kind, group in sources[sources["cited"]].groupby("kind", sort=True):
        parts += [f"## {kind.replace('_', ' ').capitalize()} ({len(group)})", ""]
        for row in group.sort_values("title", key=lambda s: s.str.casefold()).itertuples():
            who = f"{row.author}. " if row.author else ""
            published = f" {row.date_published}." if row.date_published else ""
            parts.append(f"- {who}*{row.title}*. {row.publisher}.{published} <{row.url}> "
                         f"(read {row.date_accessed}; id `{row.source_id}`)")
        parts.append("")
    return "\n".join(parts)


def cite_page() -> str:
    """How to cite the course, from CITATION.cff."""
    meta = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    authors = ", ".join(a.get("name") or f"{a['given-names']} {a['family-names']}"
                        for a in meta["authors"])
    return "\n".join([
        "# How to cite", "",
        "Please cite the course as:", "",
        f"> {authors} ({meta['date-released'].year if hasattr(meta['date-released'], 'year') else meta['date-released']}). "
        f"*{meta['title']}*. Version {meta['version']}.", "",
        "The citation metadata is in `CITATION.cff` at the top of the repository. The code is "
        "under the MIT licence, the text and the project's own data under CC BY 4.0; "
        "third-party data keeps its own licence, named in each raw file's sidecar. The launch "
        "figures derive from J. McDowell's General Catalog of Artificial Space Objects "
        "(planet4589.org/space/gcat), which should be cited with its release date when you "
        "use them.", "",
        "The essay the course reads is Erkin Baidarov's, written for the China Studies Centre "
        "(chinastudies.kz) in early 2024; the course quotes it briefly with paragraph numbers.",
    ])


def stage(dest: Path) -> Path:
    """Lay out the site's source folder in ``dest`` (emptied first) and return it."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(BOOK, dest)
    (dest / "notebooks").mkdir()
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        shutil.copy2(path, dest / "notebooks" / path.name)
    (dest / "data.md").write_text(data_page(dest), encoding="utf-8")
    (dest / "glossary.md").write_text(glossary_page(), encoding="utf-8")
    (dest / "bibliography.md").write_text(bibliography_page(), encoding="utf-8")
    (dest / "cite.md").write_text(cite_page(), encoding="utf-8")
    return dest


def build_site(out: Path) -> Path:
    """Stage and build the site into ``out/html``; fail on any warning. Returns the html dir."""
    source = stage(out / "source")
    html = out / "html"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-q",
               "-d", str(out / "doctrees"), str(source), str(html)]
    subprocess.run(command, check=True, cwd=source)
    return html


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m chinaspace.site")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("site", help="build the course website")
    p.add_argument("--out", default=str(ROOT / "build" / "site"))
    p = sub.add_parser("student", help="write the student edition")
    p.add_argument("--out", default=str(ROOT / "build" / "student"))
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    if args.command == "student":
        written = student_edition(out)
        print(f"wrote {len(written)} student notebooks (solution cells removed) to {out}")
        return 0
    start = time.perf_counter()
    html = build_site(out)
    seconds = time.perf_counter() - start
    pages = len(list(html.rglob("*.html")))
    print(f"built {pages} pages into {html} in {seconds:.1f} s; "
          f"{folder_size(html) / 1e6:.1f} MB")
    return look(html, out / "screenshots")


def look(html: Path, shots: Path) -> int:
    """Open every page in headless Chromium, if there is one; save two screenshots."""
    from . import browser

    if browser.find_chromium() is None:
        print("browser check skipped: no Chromium (Debian package 'chromium')")
        return 0
    notebooks = sorted((html / "notebooks").glob("*.html"))
    reports = browser.check_site(html, screenshots={"home.html": shots / "home.png"})
    charts = {r.path: r.charts for r in reports}
    busiest = max((p.relative_to(html).as_posix() for p in notebooks),
                  key=lambda p: charts.get(p, 0), default=None)
    if busiest:
        browser.check_site(html, screenshots={busiest: shots / "charts.png"}, pages=[busiest])
    bad = [r for r in reports if not r.ok]
    print(f"browser check: {len(reports)} pages, {sum(charts.values())} charts rendered, "
          f"{sum(len(r.external_requests) for r in reports)} requests leaving the machine, "
          f"{len(bad)} pages with problems; screenshots in {shots}")
    for r in bad:
        print(f"  {r.path}: status {r.status}, broken images {r.broken_images}, "
              f"external requests {r.external_requests}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
