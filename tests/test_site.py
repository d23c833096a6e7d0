"""The student edition and the generated pages of the site."""

import nbformat
import pytest
from nbclient import NotebookClient

from chinaspace import load, site
from chinaspace.paths import NOTEBOOKS, PROCESSED, ROOT

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def is_solution(cell):
    return "solution" in cell.get("metadata", {}).get("tags", [])


def test_student_edition_removes_solution_cells_and_nothing_else(tmp_path):
    written = site.student_edition(tmp_path)
    assert [p.name for p in written] == [p.name for p in NOTEBOOK_FILES]
    for original_path, student_path in zip(NOTEBOOK_FILES, written):
        original = nbformat.read(original_path, as_version=4)
        student = nbformat.read(student_path, as_version=4)
        assert not any(is_solution(c) for c in student.cells)
        kept = [c for c in original.cells if not is_solution(c)]
        assert [c.source for c in student.cells] == [c.source for c in kept]
        assert [c.metadata for c in student.cells] == [c.metadata for c in kept]
        assert student.metadata == original.metadata
        assert len(original.cells) - len(student.cells) >= 3


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_student_notebook_runs_top_to_bottom(path, tmp_path):
    """Without its solutions a notebook still runs: no later cell needs a solution."""
    student = site.strip_solutions(nbformat.read(path, as_version=4))
    NotebookClient(student, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    errors = [o for c in student.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors


def test_data_page_lists_every_processed_table(tmp_path):
    page = site.data_page(tmp_path)
    for path in PROCESSED.glob("*.csv"):
        assert f"## `{path.stem}`" in page
        assert (tmp_path / "data" / path.name).exists()
    assert "Provenance" in page and "Licence" in page


def test_glossary_page_gives_pinyin_and_characters():
    page = site.glossary_page()
    table = load.glossary()
    assert len(table) > 0
    chinese = table[table["chinese"] != ""]
    for row in chinese.head(5).itertuples():
        assert row.chinese in page


def test_bibliography_lists_every_cited_source():
    page = site.bibliography_page()
    sources = load.sources()
    for sid in sources.loc[sources["cited"], "source_id"]:
        assert f"`{sid}`" in page


def test_every_notebook_is_in_the_table_of_contents():
    toc = (ROOT / "book" / "_toc.yml").read_text(encoding="utf-8")
    for path in NOTEBOOK_FILES:
        assert f"notebooks/{path.stem}" in toc
