"""The house style: the style file loads, colours are fixed, helpers return (fig, ax)."""

import matplotlib
import matplotlib.dates

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import plotting



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


def _overlaps(a, b):
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_timeline_labels_do_not_collide_when_there_is_room():
    days = pd.date_range("2000-01-01", periods=12, freq="90D", tz="UTC")
    events = pd.DataFrame({
        "start_utc": days.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end_utc": days.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "status": "achieved", "group": "China",
        "label": [f"a fairly long label {i}" for i in range(12)],
    })
    fig, ax = plotting.timeline(events, levels=(1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6))
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.texts if t.get_text().startswith("a fairly")]
    assert len(boxes) == 12
    assert not any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_timeline_draws_ranges_and_open_deadlines_and_shades_periods():
    events = pd.DataFrame({
        "start_utc": ["2027-12-31T10:00:00Z", ""],
        "end_utc": ["2029-01-01T11:59:59Z", "2030-01-01T11:59:59Z"],
        "status": ["planned", "planned"], "group": ["China", "China"],
        "label": ["around 2028", "before 2030"],
        "announced": pd.to_datetime(["2023-02-06", "2023-05-29"], utc=True),
    })
    periods = pd.DataFrame({"start": ["2025-01-01"], "end": ["2031-01-01"], "label": ["plans"]})
    fig, ax = plotting.timeline(events, periods=periods, open_from="announced")
    assert len(ax.patches) >= 2  # the shaded period and the hollow window bar
    assert "plans" in {t.get_text().strip() for t in ax.texts}
    dashed = [c for c in ax.collections if c.get_linestyle()[0][1] is not None]
    assert dashed, "planned stems and deadlines are dashed"
    lo, _ = ax.get_xlim()
    assert lo < matplotlib.dates.date2num(pd.Timestamp("2023-05-29"))
