"""Notebook 01's tables and charts."""

import matplotlib.pyplot as plt

from chinaspace import load, tour


def test_beijing_clock_counts_the_previous_utc_day():
    timed = tour.beijing_clock(load.events())
    assert len(timed) > 20
    assert ((timed["local_hour"] < 8) == timed["previous_utc_day"]).all()
    fig, ax = tour.clock_chart(timed)
    heights = sum(p.get_height() for p in ax.patches)
    assert heights == len(timed)
    plt.close(fig)


def test_precision_table_covers_every_event():
    events = load.events()
    table = tour.precision_table(events)
    assert table.to_numpy().sum() == len(events)
    assert list(table.columns) == ["happened", "planned"]
    fig, ax = tour.precision_chart(table)
    assert ax.get_xlabel() == "Events (count)"
    plt.close(fig)
