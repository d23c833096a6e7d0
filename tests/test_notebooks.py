"""The notebooks' structure: what every lesson must have, checked without running it.

Running them top to bottom is nbmake's job (`pytest --nbmake`, in the default
options); these tests check that each is committed without outputs and has its
objectives, exercises with `solution` cells and self-checks, charts with alt
text, key points, discussion questions and further reading.
"""

import json
import re

import pytest

from chinaspace.paths import NOTEBOOKS

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))
IDS = [p.name for p in NOTEBOOK_FILES]


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_there_are_notebooks():
    assert NOTEBOOK_FILES


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_name_is_numbered(path):
    assert re.fullmatch(r"\d\d_[a-z0-9-]+\.ipynb", path.name)


def test_numbers_are_in_sequence():
    numbers = [int(p.name[:2]) for p in NOTEBOOK_FILES]
    assert numbers == list(range(len(numbers)))


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_committed_without_outputs(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs"
            assert cell.get("execution_count") is None, f"{path.name}: execution count set"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_opens_with_objectives_time_prerequisites_and_paragraphs(path):
    first = source(cells(path)[0])
    assert first.startswith("# "), f"{path.name}: the first cell is not the title"
    opening = "\n".join(source(c) for c in cells(path)[:3]).lower()
    for part in ("objectives", "time", "prerequisites", "essay paragraphs"):
        assert part in opening, f"{path.name}: the opening does not give {part!r}"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_closes_with_key_points_discussion_and_reading(path):
    text = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "markdown").lower()
    for part in ("key points", "discussion", "further reading"):
        assert f"## {part}" in text, f"{path.name}: no '## {part.title()}' section"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_three_exercises_each_with_solution_and_self_check(path):
    all_cells = cells(path)
    solutions = [i for i, c in enumerate(all_cells) if "solution" in c["metadata"].get("tags", [])]
    assert len(solutions) >= 3, f"{path.name}: fewer than three solution cells"
    for i in solutions:
        cell = all_cells[i]
        assert cell["cell_type"] == "code"
        ids = re.findall(r'check\("(\d\d\.\d+)"', source(cell))
        assert ids, f"{path.name}: solution cell {i} runs no self-check"
        before = "\n".join(source(c) for c in all_cells[:i] if c["cell_type"] == "code"
                           and "solution" not in c["metadata"].get("tags", []))
        assert f'check("{ids[0]}"' in before, (
            f"{path.name}: exercise {ids[0]} has no self-check cell for the learner")
        assert path.name[:2] == ids[0][:2], f"{path.name}: exercise id {ids[0]}"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_every_chart_has_alt_text_and_none_is_shown_bare(path):
    for cell in cells(path):
        if cell["cell_type"] != "code":
            continue
        code = source(cell)
        assert "plt.show(" not in code, f"{path.name}: use show(fig, alt=...) instead"
        assert code.count("show(") == code.count("alt="), (
            f"{path.name}: every show(...) call needs alt text: {code[:80]!r}")
