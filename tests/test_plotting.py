"""The house style: the style file loads, colours are fixed, helpers return (fig, ax)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from chinaspace import plotting  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_style_applies():
    plotting.use_style()
    assert plt.rcParams["axes.spines.top"] is False
    assert plt.rcParams["axes.titlelocation"] == "left"


def test_each_group_has_a_distinct_colour_and_marker():
    groups = [g for g in plotting.COLOURS if g != "Other"]
    assert len({plotting.COLOURS[g] for g in groups}) == len(groups)
    assert len({plotting.MARKERS[g] for g in groups}) == len(groups)
    assert plotting.colour("China") == plotting.COLOURS["China"]


def test_source_footer_starts_with_source():
    fig, ax = plt.subplots()
    plotting.source_footer(fig, "chinaspace events table", note="Dates in UTC.")
    texts = [t.get_text() for t in fig.texts]
    assert texts == ["Source: chinaspace events table\nNote: Dates in UTC."]


def test_timeline_marks_planned_events_hollow():
    events = pd.DataFrame({
        "start_utc": ["2003-10-15T01:00:00Z", ""],
        "end_utc": ["2003-10-15T01:00:59Z", "2030-12-31T23:59:59Z"],
        "status": ["achieved", "planned"],
        "group": ["China", "China"],
        "label": ["Shenzhou-5", "crewed lunar landing"],
    })
    fig, ax = plotting.timeline(events)
    markers = [line for line in ax.lines if line.get_marker() == "o"]
    assert len(markers) == 2
    faces = sorted(str(m.get_markerfacecolor()) for m in markers)
    assert "white" in faces
    assert {t.get_text() for t in ax.texts} >= {"Shenzhou-5", "crewed lunar landing"}
    assert fig is ax.figure
