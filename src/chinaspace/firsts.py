"""Firsts by comparison group under a definition you choose: ranks, lags and a dumbbell chart.

The processed ``firsts`` table answers one question one way: for each kind of
milestone (the ``milestone`` key of an event), the earliest event of each
comparison group, counting partial successes, with the Soviet Union and Russia
grouped together and France grouped with ESA. "China was the third country
to ..." depends on every one of those choices. A :class:`Definition` writes the
choices down, :func:`firsts_under` recomputes the table under it, and
:func:`lag_table` and :func:`check_rank_claims` give China's place.

The built table is the default definition:

>>> from chinaspace import load
>>> ev = load.events()
>>> built = firsts_under(ev)
>>> built[FIRSTS_COLUMNS].equals(load.firsts())
True
>>> int(lag_table(built).set_index("milestone").loc["first_lunar_sample_return", "rank"])
3
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import load, plotting

#: The columns of the processed ``firsts`` table, in order.
FIRSTS_COLUMNS = ["milestone", "group", "country_code", "event_id", "mission", "status",
                  "local_date", "year", "world_first_year", "years_after_first"]

#: Ordinal words the essay uses for ranks.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


@dataclass(frozen=True)
class Definition:
    """What counts as a group's first of a kind of milestone.

    * ``statuses``: event statuses that count (the built table counts
      ``achieved`` and ``partial``).
    * ``merge``: milestone -> a broader milestone it is counted under, e.g.
      suborbital and orbital crewed flights both as ``first_crewed_flight``.
    * ``extra``: event id -> milestone, for events the data do not key as a
      first but that count under this definition (Hiten's own lunar orbit,
      once Hagoromo's partial success no longer counts).
    * ``regroup``: country code -> group, replacing ``countries.group``
      (the Soviet Union apart from Russia, France apart from ESA).
    * ``event_groups``: event id -> group, for one event (an ISS module
      credited to the multinational partnership).
    * ``exclude``: groups left out of the comparison altogether.

    >>> Definition("strict", statuses=("achieved",)).statuses
    ('achieved',)
    """

    name: str = "as built"
    statuses: tuple[str, ...] = ("achieved", "partial")
    merge: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    regroup: dict[str, str] = field(default_factory=dict)
    event_groups: dict[str, str] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()


#: The definition the processed ``firsts`` table is built with.
AS_BUILT = Definition()

#: Definitions the notebook compares; each changes one choice of the built table.
DEFINITIONS = {
    "as built": AS_BUILT,
    "full successes only": Definition(
        "full successes only", statuses=("achieved",),
        # Japan's first full lunar orbit: Hiten itself, after Hagoromo's transmitter failed.
        extra={"hiten-orbit": "first_lunar_orbiter"}),
    "suborbital flights and flybys count": Definition(
        "suborbital flights and flybys count",
        merge={"first_crewed_suborbital_flight": "first_crewed_flight",
               "first_crewed_orbital_flight": "first_crewed_flight",
               "first_mars_flyby": "first_mars_flyby_or_orbit",
               "first_mars_orbiter": "first_mars_flyby_or_orbit"}),
    "ISS counts (International)": Definition(
        "ISS counts (International)",
        # Unity, the second ISS module, was joined to Zarya days after this launch.
        extra={"iss-unity-launch": "first_multimodule_station"},
        event_groups={"iss-unity-launch": "International"}),
    "USSR apart from Russia": Definition(
        "USSR apart from Russia", regroup={"SU": "USSR", "RU": "Russia"}),
    "countries only (no ESA, no ISS)": Definition(
        "countries only (no ESA, no ISS)", regroup={"FR": "France", "EU": "ESA"},
        exclude=("ESA", "International")),
}


def _override(keys: pd.Series, mapping: dict, fallback: pd.Series) -> pd.Series:
    """``mapping[key]`` where the key is in ``mapping``, else the fallback value (str)."""
    values = [mapping.get(k, f) for k, f in zip(keys, fallback)]
    return pd.Series(values, index=keys.index, dtype="str")


def candidates(events: pd.DataFrame, definition: Definition = AS_BUILT,
               countries: pd.DataFrame | None = None) -> pd.DataFrame:
    """The events that count as some group's candidate first under ``definition``.

    Returns a copy of the matching rows of ``events`` with ``milestone`` (after
    ``extra`` and ``merge``) and ``group`` (after ``regroup``, ``event_groups``)
    replaced, statuses filtered and excluded groups dropped.

    >>> ev = load.events()
    >>> c = candidates(ev, Definition(statuses=("partial",)))
    >>> sorted(c["event_id"])
    ['hagoromo-orbit', 'mars3-landing', 'ranger4-impact']
    """
    countries = load.countries() if countries is None else countries
    group_of = dict(zip(countries["code"], countries["group"])) | definition.regroup
    milestone = _override(events["event_id"], definition.extra, events["milestone"])
    milestone = milestone.replace(definition.merge)
    group = _override(events["event_id"], definition.event_groups,
                      events["country_code"].map(group_of).fillna("Other").astype("str"))
    out = events.assign(milestone=milestone, group=group)
    keep = (out["milestone"].ne("") & out["status"].isin(definition.statuses)
            & ~out["group"].isin(definition.exclude))
    return out.loc[keep].reset_index(drop=True)


def firsts_under(events: pd.DataFrame, definition: Definition = AS_BUILT,
                 countries: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each group's first of each milestone under ``definition``, with its rank.

    One row per (milestone, group): the group's earliest candidate event, the
    year of the world's first (any group), ``years_after_first``, ``rank`` (1 for
    the first group to do it, by the event's earliest UTC instant; groups on
    the same instant share a rank) and ``n_groups`` (how many groups did it).
    With the default definition the first ten columns equal ``load.firsts()``.
    """
    rows = (
        candidates(events, definition, countries)
        .sort_values(["milestone", "group", "start_utc", "event_id"])
        .drop_duplicates(["milestone", "group"])
        .loc[:, ["milestone", "group", "country_code", "event_id", "mission", "status",
                 "local_date", "year", "start_utc"]]
    )
    when = pd.to_datetime(rows["start_utc"], utc=True)
    by_milestone = rows.assign(when=when).groupby("milestone")
    world = rows.groupby("milestone")["year"].min().rename("world_first_year")
    return (
        rows.join(world, on="milestone")
        .assign(
            years_after_first=lambda d: (d["year"] - d["world_first_year"]).astype("Int64"),
            rank=by_milestone["when"].rank(method="min").astype("Int64"),
            n_groups=by_milestone["group"].transform("size").astype("Int64"),
        )
        .drop(columns="start_utc")
        .sort_values(["milestone", "year", "group"])
        .reset_index(drop=True)
    )


def lag_table(firsts: pd.DataFrame, group: str = "China") -> pd.DataFrame:
    """One row per milestone ``group`` achieved: its year, lag, rank and who came before.

    ``firsts`` is a table from :func:`firsts_under`. Columns: ``milestone``,
    ``year``, ``world_first_year``, ``years_after_first``, ``rank``, ``n_groups``,
    ``world_first`` (the group or groups ranked 1) and ``before`` (the groups
    ranked ahead, in order, joined with "; ").

    >>> t = lag_table(firsts_under(load.events())).set_index("milestone")
    >>> row = t.loc["first_crewed_orbital_flight"]
    >>> int(row["rank"]), row["before"]
    (3, 'USSR/Russia; USA')
    """
    ranked = firsts.sort_values(["milestone", "rank", "group"])
    world = (ranked[ranked["rank"] == 1].groupby("milestone")["group"]
             .agg("; ".join).rename("world_first"))
    mine = ranked[ranked["group"] == group].set_index("milestone")["rank"]
    before = (
        ranked.join(mine.rename("own_rank"), on="milestone", how="inner")
        .loc[lambda d: d["rank"] < d["own_rank"]]
        .groupby("milestone")["group"].agg("; ".join).rename("before")
    )
    return (
        ranked[ranked["group"] == group]
        .loc[:, ["milestone", "event_id", "mission", "status", "year", "world_first_year",
                 "years_after_first", "rank", "n_groups"]]
        .join(world, on="milestone")
        .join(before, on="milestone")
        .assign(before=lambda d: d["before"].fillna("").astype("str"))
        .sort_values(["world_first_year", "milestone"])
        .reset_index(drop=True)
    )


def claimed_rank(quote: str) -> int | None:
    """The rank an ordinal word in ``quote`` states ('the third country' -> 3), or None.

    >>> claimed_rank("making China the third country to accomplish this feat")
    3
    >>> claimed_rank("a leading force") is None
    True
    """
    for word in str(quote).lower().replace("’", "'").split():
        if word.strip(".,;:'\"") in ORDINALS:
            return ORDINALS[word.strip(".,;:'\"")]
    return None


def rank_claims(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The essay's ranking claims that a milestone can test, with the rank they state.

    A ranking claim (``kind == 'ranking'``) is tested by the milestone of the
    events it links to; claims whose events carry no milestone key, or that
    state no ordinal, are left out. Columns: ``claim_id``, ``paragraph``,
    ``quote``, ``milestone``, ``claimed_rank``.

    >>> rank_claims(load.claims(), load.events())["milestone"].tolist()
    ['first_crewed_orbital_flight', 'first_multimodule_station', 'first_lunar_sample_return']
    """
    milestone_of = events.set_index("event_id")["milestone"]
    ranking = claims[claims["kind"] == "ranking"]
    links = (
        ranking.assign(event_id=ranking["event_ids"].str.split(";"))
        .explode("event_id")
        .assign(milestone=lambda d: d["event_id"].map(milestone_of).fillna("").astype("str"))
        .loc[lambda d: d["milestone"] != ""]
        .drop_duplicates(["claim_id", "milestone"])
    )
    return (
        links.assign(claimed_rank=links["quote"].map(claimed_rank).astype("Int64"))
        .dropna(subset=["claimed_rank"])
        .loc[:, ["claim_id", "paragraph", "quote", "milestone", "claimed_rank"]]
        .sort_values(["paragraph", "claim_id"])
        .reset_index(drop=True)
    )


def check_rank_claims(claims: pd.DataFrame, events: pd.DataFrame,
                      definition: Definition = AS_BUILT, group: str = "China") -> pd.DataFrame:
    """Test each ranking claim under ``definition``: ``rank``, ``before`` and ``holds``.

    A claim's milestone is mapped through ``definition.merge`` first, so that a
    definition which merges suborbital into orbital flights tests the merged kind.

    >>> t = check_rank_claims(load.claims(), load.events())
    >>> t[["claim_id", "rank", "holds"]].values.tolist()
    [['c021', 3, True], ['c048', 2, False], ['c058', 3, True]]
    """
    table = lag_table(firsts_under(events, definition), group).set_index("milestone")
    out = rank_claims(claims, events)
    tested = out["milestone"].replace(definition.merge)
    return out.assign(
        definition=definition.name,
        tested_milestone=tested,
        rank=tested.map(table["rank"]).astype("Int64"),
        n_groups=tested.map(table["n_groups"]).astype("Int64"),
        before=tested.map(table["before"]).fillna("").astype("str"),
        holds=lambda d: (d["rank"] == d["claimed_rank"]).fillna(False).astype(bool),
    )


def compare_definitions(events: pd.DataFrame, definitions=None,
                        group: str = "China") -> pd.DataFrame:
    """China's (or ``group``'s) rank for every milestone under each definition, wide.

    One row per milestone (as the built table names it), one column per
    definition name; a merged milestone takes the rank of the kind it is
    counted under.

    >>> w = compare_definitions(load.events())
    >>> int(w.loc["first_mars_landing", "full successes only"])
    2
    """
    definitions = DEFINITIONS if definitions is None else definitions
    milestones = sorted(set(firsts_under(events)["milestone"]))
    columns = {}
    for name, definition in definitions.items():
        ranks = lag_table(firsts_under(events, definition), group).set_index("milestone")["rank"]
        merged = pd.Series(milestones, index=milestones).replace(definition.merge)
        columns[name] = merged.map(ranks).astype("Int64")
    return pd.DataFrame(columns).rename_axis("milestone")


def dropped(events: pd.DataFrame, definition: Definition,
            countries: pd.DataFrame | None = None) -> pd.DataFrame:
    """(milestone, group) firsts that ``definition``'s statuses remove and nothing replaces.

    Nothing disappears silently: when partial successes stop counting, a group
    whose only recorded candidate was partial has no first at all in the data,
    which may mean it never succeeded (the Soviet Union on Mars) or that its
    later success is not recorded.

    >>> dropped(load.events(), DEFINITIONS["full successes only"])["event_id"].tolist()
    ['ranger4-impact', 'mars3-landing']
    """
    wider = replace(definition, statuses=tuple(set(definition.statuses) | set(AS_BUILT.statuses)))
    keys = ["milestone", "group"]
    kept = firsts_under(events, definition, countries)[keys]
    return (
        firsts_under(events, wider, countries)
        .merge(kept, on=keys, how="left", indicator=True)
        .loc[lambda d: d["_merge"] == "left_only", FIRSTS_COLUMNS]
        .reset_index(drop=True)
    )


#: Labels for milestone keys whose words alone would mislead a reader.
LABELS = {
    # The key means an automatic (uncrewed) docking; crewed dockings have their own key.
    "first_docking": "automatic (uncrewed) docking",
    "first_lunar_farside_landing": "lunar far side landing",
}


def pretty(milestone: str) -> str:
    """A milestone key as words for a chart label.

    >>> pretty("first_lunar_sample_return")
    'lunar sample return'
    >>> pretty("first_docking")
    'automatic (uncrewed) docking'
    """
    if milestone in LABELS:
        return LABELS[milestone]
    return milestone.removeprefix("first_").replace("_", " ")


def row_offsets(rows: pd.DataFrame, near: float = 2.5, step: float = 0.3,
                keep: str = "China", order=None) -> pd.Series:
    """A vertical offset (in row heights) for each dot, so dots close in a row do not overlap.

    Within each ``milestone`` row, dots whose ``year`` is within ``near`` years of
    the previous dot form a cluster. A lone dot, and ``keep``'s dot (the group
    whose lag bar runs along the row's line), sit on the line; the other dots of
    a cluster go above and below it in turn, in the order of ``order`` (group
    names; default the house colour order): ``+step``, ``-step``, and for larger
    clusters at steps of ``step / 2``. A pair without ``keep`` sits at
    ``+2 * step / 3`` and ``-2 * step / 3``.

    >>> t = pd.DataFrame({"milestone": ["m"] * 4, "group": ["China", "Japan", "USA", "India"],
    ...                   "year": [1970, 1970, 1958, 1975]})
    >>> row_offsets(t).tolist()
    [0.0, 0.3, 0.0, 0.0]
    >>> t = pd.DataFrame({"milestone": ["m"] * 2, "group": ["USSR/Russia", "USA"],
    ...                   "year": [1966, 1966]})
    >>> row_offsets(t).tolist()
    [-0.2, 0.2]
    """
    order = list(plotting.COLOURS) if order is None else list(order)
    rank = {g: i for i, g in enumerate(order)}
    out = pd.Series(0.0, index=rows.index)
    for _, part in rows.groupby("milestone", sort=False):
        part = part.sort_values("year")
        clusters, current, last = [], [], None
        for idx, year in zip(part.index, part["year"].astype(float)):
            if current and year - last > near:
                clusters.append(current)
                current = []
            current.append(idx)
            last = year
        clusters.append(current)
        for members in clusters:
            if len(members) < 2:
                continue
            members = sorted(members, key=lambda i: rank.get(rows.at[i, "group"], len(rank)))
            others = [i for i in members if rows.at[i, "group"] != keep]
            if len(others) == len(members):  # no dot on the line: split around it
                offsets = np.linspace(step * 2 / 3, -step * 2 / 3, len(others)) if len(others) == 2 \
                    else np.linspace(step, -step, len(others))
            else:
                unit = step if len(others) <= 2 else step / 2
                offsets = [unit * (k // 2 + 1) * (1 if k % 2 == 0 else -1)
                           for k in range(len(others))]
            for i, off in zip(others, offsets):
                out.at[i] = round(float(off), 4)
    return out


def dumbbell(firsts: pd.DataFrame, ax=None, group: str = "China", title: str | None = None,
             figsize=(10, 7.6)):
    """Each group's first of each milestone ``group`` achieved, with ``group``'s lag.

    One row per milestone (earliest world first at the top). A dot per group
    in its colour and marker (half-filled where the first was a partial
    success), a bar from the world's first to ``group``'s first, and the lag
    written at the right-hand edge. Returns ``(fig, ax)``.
    """
    fig, ax = (plt.subplots(figsize=figsize) if ax is None else (ax.figure, ax))
    lags = lag_table(firsts, group)
    order = lags.sort_values(["world_first_year", "year", "milestone"],
                             ascending=False)["milestone"].tolist()
    y_of = {m: i for i, m in enumerate(order)}
    rows = firsts[firsts["milestone"].isin(order)]
    offset = row_offsets(rows)
    present = [g for g in plotting.COLOURS if g in set(rows["group"])]
    present += sorted(set(rows["group"]) - set(present))
    own = plotting.colour(group)
    trans = ax.get_yaxis_transform()
    ax.text(1.01, len(order) - 0.3, "lag", transform=trans, fontsize=9,
            color=own, fontweight="bold", va="bottom")
    for row in lags.itertuples():
        y = y_of[row.milestone]
        ax.plot([row.world_first_year, row.year], [y, y], color=own, alpha=0.25, lw=5,
                solid_capstyle="butt", zorder=1)
        label = "first" if row.years_after_first == 0 else f"+{row.years_after_first} yr"
        ax.text(1.01, y, label, transform=trans, va="center", fontsize=9, color=own,
                fontweight="bold")
    for g, part in rows.groupby("group", sort=False):
        colour = plotting.colour(g)
        for status, dots in part.groupby("status"):
            ax.plot(dots["year"].astype(float), dots["milestone"].map(y_of) + offset[dots.index],
                    ls="none", marker=plotting.MARKERS.get(g, "o"), color=colour,
                    ms=9 if g == group else 7, mec=colour, zorder=3 if g == group else 2,
                    fillstyle="left" if status == "partial" else "full",
                    markerfacecoloralt="white")
    ax.set_yticks(range(len(order)), [pretty(m) for m in order])
    ax.set_ylim(-0.6, len(order) - 0.15)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("Year of the group's first (local date of the event)")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], ls="none", marker=plotting.MARKERS.get(g, "o"),
                      color=plotting.colour(g), ms=7, label=g) for g in present]
    handles.append(Line2D([], [], ls="none", marker="o", color="#555555", ms=7,
                          fillstyle="left", markerfacecoloralt="white",
                          label="partial success"))
    handles.append(Line2D([], [], color=own, alpha=0.25, lw=5,
                          label=f"{group}'s lag behind the first"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.09, 1.0))
    if title:
        ax.set_title(title)
    return fig, ax


def rank_panels(checked: pd.DataFrame, axes=None, group: str = "China", figsize=(10, 5)):
    """Dots: ``group``'s rank for each tested claim (panels) under each definition (rows).

    ``checked`` stacks :func:`check_rank_claims` tables for several definitions.
    A dashed line marks the rank the essay states. Returns ``(fig, axes)``.
    """
    claims = checked.drop_duplicates("claim_id")
    names = list(dict.fromkeys(checked["definition"]))
    if axes is None:
        fig, axes = plt.subplots(1, len(claims), figsize=figsize, sharey=True, sharex=True)
    else:
        fig = np.atleast_1d(axes)[0].figure
    axes = np.atleast_1d(axes)
    top = int(checked["rank"].max()) + 1
    for ax, claim in zip(axes, claims.itertuples()):
        part = checked[checked["claim_id"] == claim.claim_id].set_index("definition")
        y = [len(names) - 1 - names.index(n) for n in part.index]
        ax.axvline(claim.claimed_rank, color="#555555", ls="--", lw=1)
        ax.text(claim.claimed_rank, len(names) - 0.45, " essay's rank", fontsize=8.5,
                color="#555555", va="bottom")
        ax.plot(part["rank"].astype(float), y, ls="none", marker=plotting.MARKERS[group],
                color=plotting.colour(group), ms=9)
        for yy, r in zip(y, part["rank"]):
            ax.annotate(f"{r}", (r, yy), xytext=(8, 0), textcoords="offset points",
                        va="center", fontsize=9)
        ax.set_title(f"¶{claim.paragraph} {pretty(claim.milestone)}", fontsize=10.5)
        ax.set_xlim(0.5, top + 0.3)
        ax.set_xticks(range(1, top + 1))
        ax.set_xlabel(f"{group}'s rank (1 = first)")
        ax.grid(axis="x")
        ax.grid(axis="y", visible=False)
    axes[0].set_yticks(range(len(names)), names[::-1])
    axes[0].set_ylim(-0.6, len(names) + 0.2)
    return fig, axes


__all__ = ["AS_BUILT", "DEFINITIONS", "Definition", "FIRSTS_COLUMNS", "ORDINALS",
           "candidates", "check_rank_claims", "claimed_rank", "compare_definitions",
           "dropped", "dumbbell", "firsts_under", "lag_table", "LABELS", "pretty", "rank_claims",
           "rank_panels", "row_offsets"]
