"""Launch cadence: shares, ranks, success rates and charts from the GCAT aggregates.

The three GCAT tables (``load.launches_by_year_state()``, ``launches_by_year_site()``,
``launches_by_year_family()``) list only the year-and-state (or site, or family)
pairs with at least one attempt. The verbs here fill the missing years with zero,
so that a share or a rank is computed over every year from 1957 to 2024, and they
never change the frames they are given.

Quirks of the source that matter for every number below (see the sidecars in
``data/raw/gcat/``):

* An attempt counts for GCAT's ``LVState``, the state of the launching *agency*,
  not of the site: Rocket Lab's Electron from New Zealand counts for NZ, and
  Arianespace's Soyuz from Kourou for France. Launches from Baikonur count
  mostly for the USSR and later Russia (Starsem's Soyuz for France), never for
  Kazakhstan.
* An orbital launch attempt is a GCAT launch code O (orbital) or D (deep space);
  a rocket that exploded on the pad before launch (OE) is not an attempt.
* Years are UTC calendar years; 2025 is left out because the release used runs
  only to April 2025.

Chart helpers take data and an optional ``ax`` (or ``axes``), return
``(fig, ax)``, and never call ``plt.show()`` or save files.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import plotting

#: The comparison groups of the by-state table, in the order the charts use.
GROUPS = ["USSR/Russia", "USA", "China", "France/Europe", "Japan", "India", "Other"]

#: The footer's source for every chart drawn from the GCAT aggregates.
GCAT_SOURCE = ("J. McDowell, General Catalog of Artificial Space Objects (GCAT), "
               "planet4589.org/space/gcat, launch log of 2025 Apr 4; chinaspace GCAT tables")

#: The definition a reader needs under every launch chart.
DEFINITION_NOTE = ("orbital launch attempts (GCAT codes O and D, pad explosions excluded), "
                   "counted for the launching agency's state, by UTC year; 2025 left out.")

_COUNTS = ["attempts", "successes", "failures"]


def year_span(*tables: pd.DataFrame) -> pd.Index:
    """Every year from the first to the last seen in the tables' ``year`` columns.

    >>> year_span(pd.DataFrame({"year": [1957, 1960]})).tolist()
    [1957, 1958, 1959, 1960]
    """
    years = pd.concat([t["year"] for t in tables]).astype("int64")
    return pd.Index(range(int(years.min()), int(years.max()) + 1), name="year")


def wide(table: pd.DataFrame, by: str = "group", value: str = "attempts",
         years: pd.Index | None = None) -> pd.DataFrame:
    """One row per year, one column per value of ``by``, summing ``value``; absent = 0.

    Years missing from the table (no attempt at all) get a row of zeros.

    >>> t = pd.DataFrame({"year": [1957, 1957, 1959], "group": ["USA", "China", "USA"],
    ...                   "attempts": [1, 2, 3]})
    >>> w = wide(t)
    >>> w.index.tolist(), w.columns.tolist(), w.to_numpy().tolist()
    ([1957, 1958, 1959], ['China', 'USA'], [[2, 1], [0, 0], [0, 3]])
    """
    years = year_span(table) if years is None else years
    out = (table.assign(**{value: table[value].astype("int64")})
           .pivot_table(index="year", columns=by, values=value, aggfunc="sum", fill_value=0)
           .reindex(years, fill_value=0)
           .astype("int64"))
    out.index = out.index.astype("int64")
    out.index.name = "year"
    return out


def world_attempts(states: pd.DataFrame) -> pd.Series:
    """The world's orbital launch attempts per year (every state), every year filled.

    >>> t = pd.DataFrame({"year": [1957, 1957, 1959], "state": ["US", "SU", "US"],
    ...                   "attempts": [1, 2, 3]})
    >>> world_attempts(t).tolist()
    [3, 0, 3]
    """
    return wide(states, by="state").sum(axis=1).rename("world")


def share_of_world(states: pd.DataFrame, who: str = "China", by: str = "group") -> pd.DataFrame:
    """Per year: ``who``'s attempts, the world's, and ``share`` (a fraction, 0 to 1).

    >>> t = pd.DataFrame({"year": [2000, 2000, 2001], "group": ["China", "USA", "USA"],
    ...                   "state": ["CN", "US", "US"], "attempts": [1, 3, 2]})
    >>> share_of_world(t)
       year  attempts  world  share
    0  2000         1      4   0.25
    1  2001         0      2   0.00
    """
    counts = wide(states, by=by)
    world = counts.sum(axis=1)
    mine = counts[who] if who in counts else pd.Series(0, index=counts.index)
    return pd.DataFrame({"attempts": mine, "world": world,
                         "share": (mine / world.where(world > 0)).fillna(0.0)}).reset_index()


def rank_by_year(states: pd.DataFrame, by: str = "state",
                 exclude: tuple[str, ...] = ("Other",)) -> pd.DataFrame:
    """Rank every launching entity each year by attempts (1 = most; ties share a rank).

    Only entities with at least one attempt that year are ranked. ``tied`` is True
    when another entity made the same number of attempts that year. With
    ``by="group"``, the catch-all group "Other" is left out by default: it is many
    states, not one.

    >>> t = pd.DataFrame({"year": [2016, 2016, 2016], "state": ["CN", "US", "RU"],
    ...                   "attempts": [22, 22, 17]})
    >>> rank_by_year(t)[["state", "rank", "tied"]].to_dict("records")[0]
    {'state': 'CN', 'rank': 1, 'tied': True}
    """
    counts = (table_sum(states, by).loc[lambda d: ~d[by].isin(exclude) & (d["attempts"] > 0)])
    grouped = counts.groupby("year")["attempts"]
    return (counts
            .assign(rank=grouped.rank(ascending=False, method="min").astype("int64"),
                    tied=counts.duplicated(["year", "attempts"], keep=False))
            .sort_values(["year", "rank", by])
            .reset_index(drop=True))


def table_sum(table: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """Sum attempts, successes and failures per year and ``by`` (integers, long form).

    >>> t = pd.DataFrame({"year": [1991, 1991], "group": ["USSR/Russia"] * 2,
    ...                   "attempts": [3, 2], "successes": [3, 1], "failures": [0, 1]})
    >>> table_sum(t)
       year        group  attempts  successes  failures
    0  1991  USSR/Russia         5          4         1
    """
    cols = [c for c in _COUNTS if c in table]
    return (table.assign(**{c: table[c].astype("int64") for c in cols}, year=table["year"]
                         .astype("int64"))
            .groupby(["year", by], as_index=False)[cols].sum())


def leaders(states: pd.DataFrame, by: str = "state",
            exclude: tuple[str, ...] = ("Other",)) -> pd.DataFrame:
    """Per year: who made the most attempts (joined with " and " when tied), and how many.

    >>> t = pd.DataFrame({"year": [2016, 2016, 2018, 2018], "state": ["CN", "US", "CN", "US"],
    ...                   "attempts": [22, 22, 39, 31]})
    >>> leaders(t).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'year': 2016, 'leader': 'CN and US', 'attempts': 22, 'tied': True},
     {'year': 2018, 'leader': 'CN', 'attempts': 39, 'tied': False}]
    """
    ranks = rank_by_year(states, by=by, exclude=exclude).loc[lambda d: d["rank"] == 1]
    return (ranks.groupby("year")
            .agg(leader=(by, " and ".join), attempts=("attempts", "first"),
                 tied=("tied", "any"))
            .reset_index())


def first_year_leading(states: pd.DataFrame, who: str = "CN", by: str = "state",
                       strict: bool = True, exclude: tuple[str, ...] = ("Other",)):
    """The first year ``who`` made the most attempts in the world, or None.

    With ``strict=True`` a tie for first place does not count as leading.

    >>> t = pd.DataFrame({"year": [2016, 2016, 2018, 2018], "state": ["CN", "US", "CN", "US"],
    ...                   "attempts": [22, 22, 39, 31]})
    >>> first_year_leading(t), first_year_leading(t, strict=False)
    (2018, 2016)
    """
    ranks = rank_by_year(states, by=by, exclude=exclude)
    top = ranks.loc[(ranks[by] == who) & (ranks["rank"] == 1)]
    if strict:
        top = top.loc[~top["tied"]]
    return int(top["year"].min()) if len(top) else None


def streak_start(flags: pd.Series):
    """The first year of the unbroken run of True values that reaches the last year.

    ``flags`` is a boolean Series indexed by consecutive years; returns None when
    the last year is False.

    >>> streak_start(pd.Series([True, False, True, True], index=[2015, 2016, 2017, 2018]))
    2017
    """
    flags = flags.sort_index()
    if not len(flags) or not bool(flags.iloc[-1]):
        return None
    start = flags.index[-1]
    for year, flag in zip(reversed(flags.index), reversed(flags.tolist())):
        if not flag:
            break
        start = year
    return int(start)


def count_rate(successes: int, attempts: int) -> str:
    """'successes of attempts (rate)', the way the notebooks write a success rate.

    >>> count_rate(66, 68)
    '66 of 68 (97%)'
    >>> count_rate(0, 0)
    '0 of 0 (no attempts)'
    """
    if attempts == 0:
        return f"{successes} of {attempts} (no attempts)"
    return f"{successes} of {attempts} ({successes / attempts:.0%})"


def success_rates(table: pd.DataFrame, by: str = "group", period: int | None = None,
                  start: int = 1957) -> pd.DataFrame:
    """Attempts, successes, failures and the success rate per ``by`` (and period).

    ``period`` (in years) groups years into blocks counted from ``start``; the
    ``period`` column names each block by its first and last year in the data, so
    the first and last blocks may be shorter than the others.
    ``label`` gives the rate with its counts ("66 of 68 (97%)").

    >>> t = pd.DataFrame({"year": [2023, 2024, 2024], "group": ["China", "China", "USA"],
    ...                   "attempts": [67, 68, 145], "successes": [66, 66, 144],
    ...                   "failures": [1, 2, 1]})
    >>> success_rates(t)["label"].tolist()
    ['132 of 135 (98%)', '144 of 145 (99%)']
    """
    data = table_sum(table, by)
    keys = [by]
    if period:
        block = (data["year"] - start) // period
        first = start + block * period
        last = np.minimum(first + period - 1, data["year"].max())
        shown = np.maximum(first, data["year"].min())
        data = data.assign(period=shown.astype(str) + "-" + last.astype(str),
                           _first=first)
        keys = ["_first", "period", by]
    out = data.groupby(keys, as_index=False)[_COUNTS].sum()
    out = out.assign(success_rate=out["successes"] / out["attempts"],
                     label=[count_rate(s, a) for s, a in zip(out["successes"],
                                                             out["attempts"])])
    return out.drop(columns=["_first"], errors="ignore").reset_index(drop=True)


def family_split(families: pd.DataFrame, state: str = "US",
                 family: str = "Falcon 9/Heavy") -> pd.DataFrame:
    """Per year: one vehicle family's attempts, all the state's other families', the total.

    >>> t = pd.DataFrame({"year": [2023, 2023, 2024], "state": ["US"] * 3,
    ...                   "lv_family": ["Falcon 9/Heavy", "Atlas V", "Falcon 9/Heavy"],
    ...                   "attempts": [96, 2, 134]})
    >>> family_split(t)
       year  family  others  total  family_share
    0  2023      96       2     98      0.979592
    1  2024     134       0    134      1.000000
    """
    mine = families.loc[families["state"] == state]
    counts = wide(mine.assign(is_family=np.where(mine["lv_family"] == family,
                                                 "family", "others")), by="is_family")
    for col in ("family", "others"):
        if col not in counts:
            counts[col] = 0
    total = counts["family"] + counts["others"]
    return pd.DataFrame({"family": counts["family"], "others": counts["others"],
                         "total": total,
                         "family_share": (counts["family"] / total.where(total > 0))
                         .fillna(0.0)}).reset_index().rename_axis(columns=None)


def site_share(sites: pd.DataFrame, states: pd.DataFrame,
               site: str = "Baikonur") -> pd.DataFrame:
    """Per year: attempts from one site group, the world's attempts, and the share.

    The site table counts a launch for the site whatever the launching state; the
    world total comes from the by-state table, so the two use the same definition
    of an attempt.

    >>> sites = pd.DataFrame({"year": [1957], "site_group": ["Baikonur"], "attempts": [2]})
    >>> states = pd.DataFrame({"year": [1957, 1957], "state": ["SU", "US"],
    ...                        "attempts": [2, 1]})
    >>> site_share(sites, states).round(3).to_dict("records")
    [{'year': 1957, 'attempts': 2, 'world': 3, 'share': 0.667}]
    """
    world = world_attempts(states)
    here = wide(sites.loc[sites["site_group"] == site], by="site_group",
                years=world.index)
    mine = here[site] if site in here else pd.Series(0, index=world.index)
    return pd.DataFrame({"attempts": mine, "world": world,
                         "share": (mine / world.where(world > 0)).fillna(0.0)}).reset_index()


# ---------------------------------------------------------------- charts


def _axes(ax, figsize):
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    return fig, ax


def _finish(fig, title, note, source=GCAT_SOURCE):
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    plotting.source_footer(fig, source, note=note)


def plot_small_multiples(counts: pd.DataFrame, groups=GROUPS, axes=None, title=None,
                         note=DEFINITION_NOTE, world_label="World (all states)"):
    """One panel per group, its attempts per year against the others in faint grey.

    ``counts`` is :func:`wide` by group. An eighth panel shows the world total.
    Panels share both axes, so heights compare across panels. Returns ``(fig, axes)``.
    """
    panels = list(groups) + [world_label]
    if axes is None:
        fig, axes = plt.subplots(2, 4, figsize=(11, 6.2), sharex=True, sharey=True)
    else:
        fig = np.asarray(axes).flat[0].figure
    flat = list(np.asarray(axes).flat)
    world = counts.sum(axis=1)
    x = counts.index.to_numpy()
    for ax, name in zip(flat, panels):
        for other in groups:
            if other != name and other in counts and name != world_label:
                ax.plot(x, counts[other], color="#cccccc", lw=0.9, zorder=1)
        if name == world_label:
            ax.fill_between(x, world, color="#555555", alpha=0.35, lw=0, zorder=2)
            ax.plot(x, world, color="#333333", lw=1.6, zorder=3)
            colour = "#333333"
        else:
            colour = plotting.colour(name)
            ax.plot(x, counts[name], color=colour, lw=2, zorder=3,
                    marker=plotting.MARKERS.get(name, "."), markevery=(0, 8), ms=5)
        label = "Others" if name == "Other" else name
        ax.set_title(label, fontsize=10.5, color=colour, loc="left", pad=4)
        ax.set_xlim(x.min() - 1, x.max() + 1)
        ax.set_xticks([1960, 1980, 2000, 2020])
    for ax in flat[len(panels):]:
        ax.set_visible(False)
    for ax in np.asarray(axes)[:, 0]:
        ax.set_ylabel("launch attempts per year")
    for ax in np.asarray(axes)[-1, :]:
        ax.set_xlabel("year (UTC)")
    _finish(fig, title, note)
    fig.subplots_adjust(top=0.88, bottom=0.16, hspace=0.3, wspace=0.12)
    return fig, axes


def _runs(rows: pd.DataFrame):
    """(first year, last year, tied) of each run of consecutive years with the same ``tied``.

    >>> list(_runs(pd.DataFrame({"year": [2016, 2018, 2019], "tied": [True, False, False]})))
    [(2016, 2016, True), (2018, 2019, False)]
    """
    run = None
    for year, tied in zip(rows["year"].astype(int), rows["tied"].astype(bool)):
        if run and year == run[1] + 1 and tied == run[2]:
            run = (run[0], year, tied)
            continue
        if run:
            yield run
        run = (year, year, tied)
    if run:
        yield run


def plot_share_and_rank(share: pd.DataFrame, ranks: pd.DataFrame, who: str = "CN",
                        by: str = "state", group: str = "China", axes=None, title=None,
                        note=DEFINITION_NOTE, since: int = 1970):
    """Two panels sharing the year axis: ``group``'s share of the world's attempts
    (bars, in per cent) above its rank among launching states (dots; 1 = most).

    ``share`` is :func:`share_of_world`; ``ranks`` is :func:`rank_by_year`.
    Years when it ranked first are labelled. Returns ``(fig, axes)``.
    """
    if axes is None:
        fig, axes = plt.subplots(2, 1, figsize=(10, 6.4), sharex=True,
                                 gridspec_kw={"height_ratios": [3, 2]})
    else:
        fig = axes[0].figure
    top, bottom = axes
    colour = plotting.colour(group)
    data = share.loc[share["year"] >= since]
    top.bar(data["year"], data["share"] * 100, color=colour, width=0.8)
    top.set_ylabel("share of world's\nattempts (%)")
    mine = ranks.loc[(ranks[by] == who) & (ranks["year"] >= since)]
    bottom.plot(mine["year"], mine["rank"], ls="none", marker=plotting.MARKERS.get(group, "o"),
                color=colour, ms=6)
    for first, last, tied in _runs(mine.loc[mine["rank"] == 1]):
        span = str(first) if first == last else f"{first}-{last}"
        if tied:  # to the left of the dot, so it cannot run into the next run's label
            bottom.annotate(f"tied first {span}", (first, 1), xytext=(-8, 0),
                            textcoords="offset points", ha="right", va="center",
                            fontsize=8.5)
        else:
            bottom.annotate(f"first {span}", ((first + last) / 2, 1), xytext=(0, 8),
                            textcoords="offset points", ha="center", va="bottom",
                            fontsize=8.5)
    bottom.set_ylim(mine["rank"].max() + 0.7, 0.2)
    bottom.set_yticks(range(1, int(mine["rank"].max()) + 1))
    bottom.set_ylabel("rank among\nlaunching states")
    bottom.set_xlabel("year (UTC)")
    bottom.grid(axis="y")
    _finish(fig, title, note)
    fig.subplots_adjust(top=0.9, hspace=0.12)
    return fig, axes


def plot_outcomes(table: pd.DataFrame, group: str = "China", by: str = "group", ax=None,
                  title=None, note=DEFINITION_NOTE, since: int = 1970):
    """Stacked bars per year: successes (group colour) and failures (near-black) for a group.

    Returns ``(fig, ax)``.
    """
    fig, ax = _axes(ax, (10, 5.2))
    data = (table_sum(table, by).loc[lambda d: (d[by] == group) & (d["year"] >= since)]
            .set_index("year")[_COUNTS].reindex(range(since, int(table["year"].max()) + 1),
                                       fill_value=0))
    colour = plotting.colour(group)
    ax.bar(data.index, data["successes"], color=colour, width=0.8, label="successes")
    ax.bar(data.index, data["failures"], bottom=data["successes"], color="#222222",
           width=0.8, label="failures")
    ax.set_ylabel("orbital launch attempts per year")
    ax.set_xlabel("year (UTC)")
    ax.legend(loc="upper left")
    _finish(fig, title, note)
    fig.subplots_adjust(top=0.88)
    return fig, ax


def spread(ys, gap: float) -> list[float]:
    """Move label heights apart so that neighbours are at least ``gap`` apart.

    Keeps the order of the heights; labels move as little as a simple pass allows.

    >>> spread([67, 68, 139.5], gap=8)
    [63.5, 71.5, 139.5]
    """
    order = sorted(range(len(ys)), key=lambda i: ys[i])
    placed = [float(ys[i]) for i in order]
    for _ in range(200):  # each pass halves overlaps; a few dozen passes always suffice
        moved = False
        for k in range(1, len(placed)):
            overlap = gap - (placed[k] - placed[k - 1])
            if overlap > 1e-9:
                placed[k - 1] -= overlap / 2
                placed[k] += overlap / 2
                moved = True
        if not moved:
            break
    out = [0.0] * len(ys)
    for i, y in zip(order, placed):
        out[i] = y
    return out


def plot_family_split(split: pd.DataFrame, compare: pd.DataFrame | None = None,
                      family: str = "Falcon 9/Heavy", state_group: str = "USA",
                      compare_group: str = "China", ax=None, title=None,
                      note=DEFINITION_NOTE, since: int = 2000):
    """Stacked bars of one state's attempts: one family (solid) and all its other
    families (pale, outlined), with another group's total as a line (``compare``, a frame
    with ``year`` and ``attempts``). Labelled directly at the last year.

    ``split`` is :func:`family_split`. Returns ``(fig, ax)``.
    """
    fig, ax = _axes(ax, (10, 5.6))
    data = split.loc[split["year"] >= since]
    colour = plotting.colour(state_group)
    ax.bar(data["year"], data["family"], color=colour, width=0.8)
    ax.bar(data["year"], data["others"], bottom=data["family"], color=colour, alpha=0.3,
           edgecolor=colour, lw=0.8, width=0.8)
    last = data.iloc[-1]
    x_label = last["year"] + 0.8
    labels = [(f"{state_group}: {family}", last["family"] * 0.75, colour),
              (f"{state_group}: all other families", last["family"] + last["others"] / 2,
               colour)]
    if compare is not None:
        comp = compare.loc[compare["year"] >= since]
        c2 = plotting.colour(compare_group)
        ax.plot(comp["year"], comp["attempts"], color=c2, lw=2,
                marker=plotting.MARKERS.get(compare_group, "o"), ms=5)
        labels.append((f"{compare_group}: all families", comp["attempts"].iloc[-1], c2))
    top = max(last["total"], max(y for _, y, _ in labels)) * 1.05
    ys = spread([y for _, y, _ in labels], gap=0.06 * top)
    for (text, _, col), y in zip(labels, ys):
        ax.annotate(text, (x_label, y), va="center", fontsize=9.5, color=col)
    ax.set_xlim(since - 1, data["year"].max() + 7)
    ax.set_xticks([y for y in range(since, int(data["year"].max()) + 1, 5)])
    ax.set_ylabel("orbital launch attempts per year")
    ax.set_xlabel("year (UTC)")
    _finish(fig, title, note)
    fig.subplots_adjust(top=0.9)
    return fig, ax


def label_sides(years, lo: float, hi: float) -> list[str]:
    """Which side of its own line each year's label goes on: "left" or "right".

    With several marks, the earliest label goes left of its line and the latest
    right of its line, so neither runs across a neighbour's line; a lone mark (and
    any mark between the first and last) runs towards the middle of the axis
    (``lo`` to ``hi``) rather than off its edge.

    >>> label_sides([2014, 2019], 1999, 2031)
    ['left', 'right']
    >>> label_sides([2010], 1999, 2031), label_sides([2025], 1999, 2031)
    (['right'], ['left'])
    """
    years = list(years)
    sides = ["left" if y > (lo + hi) / 2 else "right" for y in years]
    if len(years) > 1:
        first = years.index(min(years))
        last = years.index(max(years))
        sides[first], sides[last] = "left", "right"
    return sides


def mark_years(ax, marks, y: float = 0.97, fontsize: float = 8.5, labels: bool = True) -> None:
    """Thin dotted vertical lines at the given years, each labelled near the top.

    ``marks`` is a sequence of ``(year, label)`` pairs (for example events from
    ``load.events()``); labels alternate between two heights so neighbours do not
    collide, and ``labels=False`` draws the lines only (for a second panel). Each
    label sits on one side of its own line (:func:`label_sides`): the earliest
    to the left, the latest to the right, so no label crosses another line.
    Leave room above the data (``ax.set_ylim``) for the labels.
    """
    lo, hi = ax.get_xlim()
    marks = sorted(marks)
    sides = label_sides([year for year, _ in marks], lo, hi)
    for i, ((year, label), side) in enumerate(zip(marks, sides)):
        ax.axvline(year, color="#555555", lw=0.9, ls=":", zorder=0)
        if not labels:
            continue
        ax.text(year, y - 0.09 * (i % 2), f"{label} " if side == "left" else f" {label}",
                transform=ax.get_xaxis_transform(), fontsize=fontsize, color="#333333",
                ha="right" if side == "left" else "left", va="top")


def plot_site_share(share: pd.DataFrame, site: str = "Baikonur", group: str = "Central Asia",
                    axes=None, title=None, note=None):
    """Two panels sharing the year axis: attempts from one site per year (bars) and the
    site's share of the world's attempts (line, per cent). ``share`` is :func:`site_share`.

    Returns ``(fig, axes)``.
    """
    if axes is None:
        fig, axes = plt.subplots(2, 1, figsize=(10, 6.2), sharex=True)
    else:
        fig = axes[0].figure
    top, bottom = axes
    colour = plotting.colour(group)
    top.bar(share["year"], share["attempts"], color=colour, width=0.8)
    top.set_ylabel(f"attempts from\n{site} per year")
    bottom.plot(share["year"], share["share"] * 100, color=colour, lw=2)
    bottom.set_ylim(0, max(float(share["share"].max()) * 100 * 1.3, 1.0))
    bottom.set_ylabel("share of world's\nattempts (%)")
    bottom.set_xlabel("year (UTC)")
    note = note or ("a launch counts for the site whatever the launching state; "
                    + DEFINITION_NOTE.replace("counted for the launching agency's state, ", ""))
    _finish(fig, title, note)
    fig.subplots_adjust(top=0.9, hspace=0.12)
    return fig, axes


__all__ = ["DEFINITION_NOTE", "GCAT_SOURCE", "GROUPS", "count_rate", "family_split",
           "first_year_leading", "label_sides", "leaders", "mark_years", "plot_family_split", "plot_outcomes",
           "plot_share_and_rank", "plot_site_share", "plot_small_multiples",
           "rank_by_year", "share_of_world", "site_share", "spread", "streak_start", "success_rates", "table_sum",
           "wide", "world_attempts", "year_span"]
