"""Kazakhstan and its neighbours in space: Baikonur, milestones and agreements.

Helpers for notebook 09, which reads the essay's recommendation (¶13-14) that
Kazakhstan and Central Asia cooperate with China in space.

* :func:`baikonur_share` puts the launch attempts from Baikonur beside the
  world's total in each year. GCAT counts a launch for its site whatever the
  launching state, and for the world whatever the site, so the two are
  comparable: the share is the fraction of the world's orbital launch attempts
  that left from Baikonur.
* :func:`lease_terms` reads the rent and the lease end out of the Baikonur
  lease events, so that a number in the notebook comes from a sourced row.
* :func:`regional_events` selects the Central Asia events from 1991 on;
  :func:`agreements` lists who signed what with whom, by partner, and marks
  each row's form (agreement, ratification, summit, meeting or visit), so that
  :func:`count_agreements` counts signed agreements only, each once.
* :func:`launchers` reads each satellite's rocket and launch site from its row.
* :func:`evidence` ties each consideration in the notebook's last section to
  its event rows, their dates and their sources.
* :func:`share_chart`, :func:`lanes_chart` draw the charts.
"""

from __future__ import annotations

import re

import pandas as pd

from . import load, plotting

#: The China-Central Asia ("C+C5") summits: the 2022 one is where ¶14's "announced in
#: 2022" points (claim c085); the later two are context.
SUMMITS = ("china-central-asia-summit-2022", "china-central-asia-summit-2023",
           "china-central-asia-summit-2025")

#: Events of the Baikonur lease, in order: the 1994 lease, the 2004 extension and
#: Kazakhstan's ratification of the extension in 2010.
LEASE_EVENTS = ("baikonur-lease-1994", "baikonur-lease-extension-2004",
                "baikonur-lease-extension-ratified-kazakhstan-2010")

#: Rows that sit in the Central Asia group but are neither space milestones nor
#: agreements: the essay itself (kind "publication", filed under Kazakhstan, its publisher's
#: country) and Kazakhstan's independence (a reference date, drawn as a line). The historical roots the essay cites (Ulugh Beg, Soviet-era institutes) fall
#: before ``since`` in :func:`regional_events`.
NOT_MILESTONES = ("essay-written", "kazakhstan-independence-1991")

#: Kazakhstan's proclamation of independence: a reference line on the regional timeline.
INDEPENDENCE = "kazakhstan-independence-1991"

#: The two sides of each cooperation event, as the project reads the row's
#: ``who`` and ``what``. Kept as data so that a new cooperation row without a
#: partner is an error (see :func:`agreements`), not a silent omission.
PARTNERS = {
    "baikonur-lease-1994": "Russia",
    "baikonur-lease-extension-2004": "Russia",
    "baikonur-lease-extension-ratified-kazakhstan-2010": "Russia",
    "baiterek-agreement-2004": "Russia",
    "kazakhstan-russia-kazsat-agreement-2005": "Russia",
    "baikonur-cooperation-concept-2016": "Russia",
    "russia-tajikistan-space-agreement-2023": "Russia",
    "kazakhstan-china-space-agreement-2013": "China",
    "kazakhstan-china-space-working-group-2019": "China",
    "china-kazakhstan-joint-statement-launch-sites-2024": "China",
    "kazakhstan-joins-ilrs-2024": "China",
    "china-central-asia-summit-2022": "China",
    "china-central-asia-summit-2023": "China",
    "china-central-asia-summit-2025": "China",
    "kazakhstan-uzbekistan-space-protocol-2020": "Central Asian neighbour",
    "kazakhstan-uzbekistan-space-agreement-signed-2021": "Central Asian neighbour",
    "kazakhstan-uzbekistan-space-agreement-2022": "Central Asian neighbour",
    "kyrgyz-president-visits-kazakh-space-center-2024": "Central Asian neighbour",
}

#: What kind of event each cooperation row is, so that meetings are not counted as
#: agreements: ``agreement`` (a signed document: agreement, protocol, concept, joint
#: statement, joining the ILRS), ``ratification`` (a law ratifying one already signed),
#: ``summit`` (a leaders' summit) or ``meeting or visit``. The project's reading of each
#: row's ``what``; :func:`agreements` raises if a partner row has no form.
FORMS = {
    "baikonur-lease-1994": "agreement",
    "baikonur-lease-extension-2004": "agreement",
    "baikonur-lease-extension-ratified-kazakhstan-2010": "ratification",
    "baiterek-agreement-2004": "agreement",
    "kazakhstan-russia-kazsat-agreement-2005": "agreement",
    "baikonur-cooperation-concept-2016": "agreement",
    "russia-tajikistan-space-agreement-2023": "agreement",
    "kazakhstan-china-space-agreement-2013": "agreement",
    "kazakhstan-china-space-working-group-2019": "meeting or visit",
    "china-kazakhstan-joint-statement-launch-sites-2024": "agreement",
    "kazakhstan-joins-ilrs-2024": "agreement",
    "china-central-asia-summit-2022": "summit",
    "china-central-asia-summit-2023": "summit",
    "china-central-asia-summit-2025": "summit",
    "kazakhstan-uzbekistan-space-protocol-2020": "agreement",
    "kazakhstan-uzbekistan-space-agreement-signed-2021": "agreement",
    "kazakhstan-uzbekistan-space-agreement-2022": "agreement",
    "kyrgyz-president-visits-kazakh-space-center-2024": "meeting or visit",
}

#: Rows that probably record the same agreement as another row (their notes say so):
#: kept in the table, but not counted twice.
SAME_AS = {
    "kazakhstan-uzbekistan-space-agreement-2022":
        "kazakhstan-uzbekistan-space-agreement-signed-2021",
}

#: Marker for each form in the agreements chart (shape as well as colour).
FORM_MARKERS = {"agreement": "o", "ratification": "s", "summit": "D",
                "meeting or visit": "P"}

#: The Central Asian country on the other side (country codes), where it is not
#: the row's own country: the C+C5 summits involve all five.
_FIVE = "KZ;KG;TJ;TM;UZ"

#: Short chart labels (the project's words); an event without one shows its id.
LABELS = {
    "aubakirov-first-kazakh-in-space": "Aubakirov flies",
    "kazakhstan-national-aerospace-agency-founded": "National Aerospace Agency",
    "musabayev-first-flight-1994": "Musabayev flies",
    "kazakhstan-space-programme-2005": "state space programme",
    "kazsat1-launch": "KazSat-1",
    "kazcosmos-founded": "Kazcosmos",
    "kazsat2-launch": "KazSat-2",
    "kazakhstan-space-law-2012": "space law",
    "kazsat3-launch": "KazSat-3",
    "kazeosat1-launch": "KazEOSat-1",
    "kazeosat2-launch": "KazEOSat-2",
    "aimbetov-flight-2015": "Aimbetov flies",
    "kazstsat-launch": "KazSTSAT",
    "turkmenistan-space-agency-founded": "National Space Agency",
    "turkmenalem52e-launch": "TurkmenAlem52E",
    "kyrgyz-space-program-first-class-2018": "Kloop CubeSat school",
    "uzbekcosmos-founded": "Uzbekcosmos",
    "uzbekistan-first-satellite-plan": "first satellite (plan)",
    "baikonur-lease-1994": "Baikonur lease",
    "baikonur-lease-extension-2004": "lease extended",
    "baikonur-lease-extension-ratified-kazakhstan-2010": "extension ratified",
    "baiterek-agreement-2004": "Baiterek",
    "kazakhstan-russia-kazsat-agreement-2005": "KazSat deal",
    "baikonur-cooperation-concept-2016": "Baikonur concept",
    "russia-tajikistan-space-agreement-2023": "Tajikistan agreement",
    "kazakhstan-china-space-agreement-2013": "space agreement",
    "kazakhstan-china-space-working-group-2019": "working group",
    "china-kazakhstan-joint-statement-launch-sites-2024": "launch-site talks",
    "kazakhstan-joins-ilrs-2024": "joins ILRS",
    "china-central-asia-summit-2022": "C+C5 video summit",
    "china-central-asia-summit-2023": "Xi'an summit",
    "china-central-asia-summit-2025": "Astana summit",
    "kazakhstan-uzbekistan-space-protocol-2020": "KZ-UZ protocol",
    "kazakhstan-uzbekistan-space-agreement-signed-2021": "KZ-UZ agreement",
    "kazakhstan-uzbekistan-space-agreement-2022": "KZ-UZ agreement (2022 row)",
    "kyrgyz-president-visits-kazakh-space-center-2024": "Kyrgyz visit",
}

#: The comparison group whose colour each partner lane takes.
PARTNER_GROUPS = {"Russia": "USSR/Russia", "China": "China",
                  "Central Asian neighbour": "Central Asia"}


def with_labels(events: pd.DataFrame) -> pd.DataFrame:
    """Add a ``label`` column from :data:`LABELS` (the event id where none is set).

    >>> with_labels(pd.DataFrame({"event_id": ["kazsat1-launch", "x"]}))["label"].tolist()
    ['KazSat-1', 'x']
    """
    return events.assign(label=events["event_id"].map(LABELS).fillna(events["event_id"]))


#: Marker for each kind of milestone in the lane charts (shape as well as colour).
KIND_MARKERS = {"satellite": "^", "human": "*", "organisation": "s", "policy": "s",
                "programme": "s", "cooperation": "o", "lunar": "o", "launcher": "o"}

#: Lanes of the regional timeline, top to bottom (country codes and names).
COUNTRY_LANES = {"KZ": "Kazakhstan", "UZ": "Uzbekistan", "TM": "Turkmenistan",
                 "KG": "Kyrgyzstan", "TJ": "Tajikistan"}


def baikonur_share(sites: pd.DataFrame | None = None,
                   states: pd.DataFrame | None = None) -> pd.DataFrame:
    """Baikonur's orbital launch attempts beside the world's, one row per year.

    Columns: ``year``, ``baikonur`` (attempts from Baikonur), ``world`` (all
    orbital launch attempts), ``share`` (baikonur / world, a float from 0 to 1).
    Years with no launch from Baikonur would get 0 (there are none in 1957-2024).
    Neither input is changed.

    >>> sites = pd.DataFrame({"year": [2000, 2000], "site_group": ["Baikonur", "Jiuquan"],
    ...                       "attempts": [30, 5]})
    >>> states = pd.DataFrame({"year": [2000, 2000, 2001], "attempts": [60, 25, 59]})
    >>> baikonur_share(sites, states).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'year': 2000, 'baikonur': 30, 'world': 85, 'share': 0.35294117647058826},
     {'year': 2001, 'baikonur': 0, 'world': 59, 'share': 0.0}]
    """
    sites = load.launches_by_year_site() if sites is None else sites
    states = load.launches_by_year_state() if states is None else states
    world = states.groupby("year", as_index=False)["attempts"].sum().rename(
        columns={"attempts": "world"})
    baikonur = (sites.loc[sites["site_group"] == "Baikonur", ["year", "attempts"]]
                .groupby("year", as_index=False)["attempts"].sum()
                .rename(columns={"attempts": "baikonur"}))
    out = world.merge(baikonur, on="year", how="left")
    out = out.assign(baikonur=out["baikonur"].fillna(0).astype(int),
                     world=out["world"].astype(int))
    return (out.assign(share=out["baikonur"] / out["world"])
            [["year", "baikonur", "world", "share"]]
            .reset_index(drop=True))


def by_decade(share: pd.DataFrame) -> pd.DataFrame:
    """Sum attempts per decade and give Baikonur's share of each decade's total.

    >>> share = pd.DataFrame({"year": [1989, 1990, 1991], "baikonur": [29, 29, 23],
    ...                       "world": [102, 121, 91]})
    >>> by_decade(share)["share"].round(3).tolist()
    [0.284, 0.245]
    """
    decades = share.assign(decade=share["year"] // 10 * 10)
    out = decades.groupby("decade", as_index=False)[["baikonur", "world"]].sum()
    return out.assign(share=out["baikonur"] / out["world"])


def lease_terms(events: pd.DataFrame | None = None) -> dict:
    """The Baikonur lease as the events table records it.

    Reads the 1994 row's ``what`` ("a 20-year lease at US$115 million a year")
    for the term and the rent, and the 2004 row's ``what`` ("... to 2050") for
    the new end year, so the numbers stay tied to their sourced rows. Keys:
    ``signed`` and ``extended`` (UTC timestamps of the signings), ``ratified``
    (Kazakhstan's ratification of the extension), the same three as the
    sources' calendar dates (``signed_on``, ``extended_on``, ``ratified_on``), ``term_years``,
    ``rent_musd`` (US$ million a year), ``ends`` (year), and the source ids.

    >>> terms = lease_terms()
    >>> terms["ends"] > terms["signed"].year
    True
    """
    events = load.events() if events is None else events
    rows = events.set_index("event_id").loc[list(LEASE_EVENTS)]
    lease, extension, ratified = (rows.loc[e] for e in LEASE_EVENTS)
    term = re.search(r"(\d+)-year lease", lease["what"])
    rent = re.search(r"US\$(\d+(?:\.\d+)?) million a year", lease["what"])
    ends = re.search(r"to (\d{4})", extension["what"])
    if not (term and rent and ends):
        raise ValueError("the Baikonur lease rows no longer state the term, the rent and the "
                         "end year in their 'what' text; update lease_terms()")
    return {
        "signed": lease["mid"], "extended": extension["mid"], "ratified": ratified["mid"],
        "signed_on": lease["local_date"], "extended_on": extension["local_date"],
        "ratified_on": ratified["local_date"],
        "term_years": int(term.group(1)), "rent_musd": float(rent.group(1)),
        "ends": int(ends.group(1)),
        "source_ids": [lease["source_id"], extension["source_id"], ratified["source_id"]],
    }


def regional_events(events: pd.DataFrame | None = None, since: int = 1991) -> pd.DataFrame:
    """Central Asia's space events from ``since`` on, one lane per country.

    Keeps rows of the Central Asia comparison group whose year is ``since`` or
    later (1991: independence), drops :data:`NOT_MILESTONES`, and adds ``lane``
    (the country's name from :data:`COUNTRY_LANES`). The China-led summits are
    filed under China and are not in it: :func:`agreements` lists them. Sorted
    by ``mid``; the input is not changed.

    >>> ev = regional_events()
    >>> set(ev["lane"]) <= set(COUNTRY_LANES.values()), int(ev["year"].min()) >= 1991
    (True, True)
    """
    events = load.events() if events is None else events
    keep = (events["group"].eq("Central Asia")
            & events["year"].ge(since).fillna(False)
            & ~events["event_id"].isin(NOT_MILESTONES))
    out = events.loc[keep]
    return (out.assign(lane=out["country_code"].map(COUNTRY_LANES))
            .sort_values("mid").reset_index(drop=True))


def agreements(events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who signed what with whom: cooperation events of Central Asia, by partner.

    Selects the rows named in :data:`PARTNERS` plus any Central Asia row of
    kind ``cooperation`` (so that a new one cannot be missed: it raises if it
    has no partner), and returns ``event_id``, ``local_date``, ``mid``,
    ``country`` (the Central Asian side's code, "KZ;KG;TJ;TM;UZ" for the
    summits), ``partner``, ``kind``, ``who``, ``source_id``, sorted by date.

    >>> table = agreements()
    >>> bool(table["partner"].isin(["Russia", "China", "Central Asian neighbour"]).all())
    True
    """
    events = load.events() if events is None else events
    coop = (events["group"].eq("Central Asia") & events["kind"].eq("cooperation")
            & ~events["event_id"].isin(NOT_MILESTONES))
    rows = events.loc[coop | events["event_id"].isin(list(PARTNERS))]
    missing = sorted(set(rows["event_id"]) - set(PARTNERS))
    if missing:
        raise KeyError(f"cooperation events without a partner in PARTNERS: {missing}")
    no_form = sorted(set(rows["event_id"]) - set(FORMS))
    if no_form:
        raise KeyError(f"cooperation events without a form in FORMS: {no_form}")
    country = rows["country_code"].where(~rows["event_id"].isin(SUMMITS), _FIVE)
    out = rows.assign(partner=rows["event_id"].map(PARTNERS), country=country,
                      form=rows["event_id"].map(FORMS),
                      same_as=rows["event_id"].map(SAME_AS).fillna(""))
    return (out[["event_id", "local_date", "mid", "country", "partner", "form", "same_as",
                 "kind", "who", "source_id"]]
            .sort_values(["mid", "event_id"]).reset_index(drop=True))


def count_agreements(deals: pd.DataFrame, since: int | None = None,
                     before: int | None = None) -> pd.Series:
    """Signed agreements per partner, each counted once, in a span of years.

    Keeps the rows of :func:`agreements` whose ``form`` is "agreement" and that
    are not a second record of another row (``same_as`` empty), with ``mid``
    in ``since`` <= year < ``before`` (either bound may be None), and counts
    them by partner. Every partner of :data:`PARTNER_GROUPS` is listed, 0 if
    none; sorted from most to fewest (ties in the order of PARTNER_GROUPS).

    >>> deals = pd.DataFrame({"partner": ["Russia", "China", "China", "China"],
    ...     "form": ["agreement", "agreement", "summit", "agreement"],
    ...     "same_as": ["", "", "", ""],
    ...     "mid": pd.to_datetime(["2004-01-01", "2013-09-07", "2022-01-25", "2024-07-03"])})
    >>> count_agreements(deals, since=2013).to_dict()
    {'China': 2, 'Russia': 0, 'Central Asian neighbour': 0}
    """
    year = deals["mid"].dt.year
    keep = deals["form"].eq("agreement") & deals["same_as"].eq("")
    if since is not None:
        keep &= year.ge(since)
    if before is not None:
        keep &= year.lt(before)
    counts = deals.loc[keep, "partner"].value_counts().reindex(list(PARTNER_GROUPS),
                                                                fill_value=0)
    order = sorted(PARTNER_GROUPS, key=lambda p: (-counts[p], list(PARTNER_GROUPS).index(p)))
    return counts.reindex(order).astype("int64").rename("agreements")


def launchers(sats: pd.DataFrame) -> pd.DataFrame:
    """The launcher and site of each satellite, read from its row's ``what``.

    The events table writes a launch as "... on a <rocket> from <site>"; a row
    without that phrase gets an empty launcher and site, and its ``notes``
    are kept so the reader sees why. Returns ``mission``, ``launcher``,
    ``site`` and ``notes`` in the input's order.

    >>> sats = pd.DataFrame({"mission": ["A", "B"], "notes": ["", "not confirmed"],
    ...     "what": ["A was launched on a Russian Proton-M from Baikonur, with C.",
    ...              "B was launched."]})
    >>> launchers(sats)[["mission", "launcher", "site"]].values.tolist()
    [['A', 'Proton-M', 'Baikonur'], ['B', '', '']]
    """
    found = sats["what"].str.extract(
        r" on an? (?:Russian |European |US )?(?P<launcher>[\w/.\- ]+?)(?: rocket)?"
        r" from (?P<site>[A-Z][\w\- ]*?)(?=[,.]| together| with|$)")
    return pd.DataFrame({"mission": sats["mission"].to_numpy(),
                         "launcher": found["launcher"].fillna("").to_numpy(),
                         "site": found["site"].fillna("").to_numpy(),
                         "notes": sats["notes"].to_numpy()})


def share_chart(share: pd.DataFrame, marks: pd.DataFrame | None = None, ax=None,
                title: str = "", figsize=(10, 5.5)):
    """Line chart of Baikonur's share of world launch attempts, in per cent.

    ``share`` comes from :func:`baikonur_share`. ``marks`` (columns ``mid`` and
    ``label``) are drawn as dashed vertical lines with labels, e.g. the lease
    events. Returns ``(fig, ax)``.
    """
    fig, ax = plotting._axes(ax, figsize)
    col = plotting.colour("Central Asia")
    ax.plot(share["year"], 100 * share["share"], color=col, lw=2,
            marker=plotting.MARKERS["Central Asia"], ms=4, label="Baikonur")
    top = float(100 * share["share"].max())
    ax.set_ylim(0, max(50.0, top + 8))
    if marks is not None:
        for i, row in enumerate(marks.itertuples()):
            x = row.mid.year + (row.mid.day_of_year - 1) / 365.25
            ax.axvline(x, color="#555555", lw=1, ls="--")
            ax.annotate(row.label, (x, ax.get_ylim()[1]), xytext=(3, -4 - 24 * (i % 3)),
                        textcoords="offset points", ha="left", va="top", fontsize=8.5,
                        color="#333333")
    ax.set_xlabel("Year (UTC)")
    ax.set_ylabel("Share of world orbital launch attempts (%)")
    ax.set_xlim(share["year"].min() - 1, share["year"].max() + 1)
    if title:
        ax.set_title(title)
    return fig, ax


def _label_levels(xs, widths, n_levels: int = 6) -> list[int]:
    """Greedy label placement: the first level where a label does not overlap.

    ``xs`` are centres and ``widths`` widths (same units) of labels in time
    order; levels count 0, 1, 2, ... (even above the lane, odd below).

    >>> _label_levels([0, 1, 10], [4, 4, 4])
    [0, 1, 0]
    """
    right = [float("-inf")] * n_levels
    levels = []
    for x, w in zip(xs, widths):
        level = next((k for k in range(n_levels) if x - w / 2 > right[k]),
                     min(range(n_levels), key=lambda k: right[k]))
        right[level] = x + w / 2
        levels.append(level)
    return levels


def _year(t) -> float:
    """A timestamp as a fractional year (for drawing)."""
    return t.year + (t.day_of_year - 1) / 365.25 + t.hour / 8766


def _clusters(xs, span: float) -> list[list[int]]:
    """Indices of sorted positions ``xs`` grouped where neighbours are closer than ``span``.

    >>> _clusters([0.0, 0.2, 1.0, 5.0, 5.1], 0.5)
    [[0, 1], [2], [3, 4]]
    """
    groups: list[list[int]] = []
    for i, x in enumerate(xs):
        if groups and x - xs[groups[-1][-1]] < span:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def lanes_chart(events: pd.DataFrame, lane: str = "lane", lanes: list[str] | None = None,
                colour_by: str = "group", ax=None, title: str = "", figsize=(10, 6.5),
                start: float = 1990, end: float = 2030, fontsize: float = 8.5,
                step: float = 0.3, markers: dict[str, str] | None = None,
                marker_by: str = "kind", vlines: list[tuple] | None = None,
                n_levels: int = 8):
    """Events as markers in horizontal lanes (one per country or partner), labelled.

    ``events`` needs ``mid``, ``start``, ``end``, ``status``, ``label``, the
    ``lane`` and ``colour_by`` columns and the ``marker_by`` column (default
    ``kind``, shapes from ``markers``, default :data:`KIND_MARKERS`). Colour
    follows the comparison group; planned events are hollow with italic labels
    and drawn at their latest date; an event known only to a span longer than
    a month is drawn as a bar over that span. Markers closer than their own
    width (e.g. two events on one day) are stacked a little above and below
    the lane so that each stays visible. Each label starts at its marker (or,
    near the right edge, ends at it), joined to it by a thin line; labels are
    stacked above and below their lane so that none overlap, and each lane is
    as tall as its labels need. ``vlines`` is a list of
    ``(timestamp, label)`` reference dates drawn as dotted vertical lines.
    Returns ``(fig, ax)``.
    """
    fig, ax = plotting._axes(ax, figsize)
    shapes = markers if markers is not None else KIND_MARKERS
    lanes = list(lanes) if lanes is not None else list(dict.fromkeys(events[lane]))
    width_pt = fig.get_size_inches()[0] * 72 * 0.8
    per_pt = (end - start) / width_pt  # years per point
    char = per_pt * fontsize * 0.56
    ms = 9
    placed, heights = {}, {}
    for name in lanes:
        rows = events.loc[events[lane] == name].sort_values("mid")
        xs = [(_year(r.mid) if pd.notna(r.start) else _year(r.end)) for r in rows.itertuples()]
        widths = [len(str(r.label)) * char + 0.4 for r in rows.itertuples()]
        # a label starts at its marker and runs right, or ends at it near the right edge
        sides = ["right" if x + w > end else "left" for x, w in zip(xs, widths)]
        centres = [x + w / 2 - 0.1 if side == "left" else x - w / 2 + 0.1
                   for x, w, side in zip(xs, widths, sides)]
        order = sorted(range(len(xs)), key=lambda i: centres[i])
        ranked = _label_levels([centres[i] for i in order], [widths[i] for i in order],
                               n_levels)
        levels = [0] * len(xs)
        for i, level in zip(order, ranked):
            levels[i] = level
        placed[name] = (rows, xs, levels, sides)
        above = max([k // 2 + 1 for k in levels if k % 2 == 0], default=0)
        below = max([k // 2 + 1 for k in levels if k % 2 == 1], default=0)
        heights[name] = (max(above, 1), max(below, 1))
    ys, y = {}, 0.0
    for name in reversed(lanes):
        above, below = heights[name]
        y += step * (below + 0.6)
        ys[name] = y
        y += step * (above + 0.6)
    ax_h_pt = fig.get_size_inches()[1] * 72 * 0.7
    dodge = ms * 0.8 * y / ax_h_pt  # most of a marker's height, in data units
    for name in lanes:
        ax.axhline(ys[name], color="#dddddd", lw=1, zorder=0)
        rows, xs, levels, sides = placed[name]
        if rows.empty:
            ax.annotate("no event in the table", (start + 0.01 * (end - start), ys[name]),
                        xytext=(0, 3), textcoords="offset points", fontsize=fontsize,
                        style="italic", color="#777777", va="bottom",
                        bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})
        offsets = [0.0] * len(xs)
        for group in _clusters(xs, ms * per_pt):
            if len(group) > 1:
                # labels above the lane get the upper markers, the highest label the top one
                order = sorted(group, key=lambda i: (levels[i] % 2, -(levels[i] // 2)
                                                     if levels[i] % 2 == 0 else levels[i] // 2))
                for rank, i in enumerate(order):
                    offsets[i] = dodge * ((len(group) - 1) / 2 - rank)
        for row, x, level, off, side in zip(rows.itertuples(), xs, levels, offsets, sides):
            yy = ys[name] + off
            col = plotting.colour(getattr(row, colour_by))
            planned = row.status == "planned"
            if pd.notna(row.start) and (row.end - row.start) > pd.Timedelta(days=31):
                ax.hlines(yy, _year(row.start), _year(row.end), color=col, lw=6, alpha=0.4)
            shape = shapes.get(getattr(row, marker_by), "o")
            ax.plot(x, yy, marker=shape, ms=ms * (1.4 if shape == "*" else 1), color=col,
                    markerfacecolor="white" if planned else col, markeredgecolor=col
                    if planned else "white", markeredgewidth=1.5 if planned else 0.6,
                    ls="none", zorder=5)
            sign = 1 if level % 2 == 0 else -1
            label_y = ys[name] + sign * step * (level // 2 + 0.85)
            ax.plot([x, x], [yy, label_y + sign * step * 0.2], color=col, lw=0.8, zorder=1)
            ax.annotate(row.label, (x, label_y), ha="left" if side == "left" else "right",
                        xytext=(2 if side == "left" else -2, 0), textcoords="offset points",
                        va="center", fontsize=fontsize,
                        style="italic" if planned else "normal", color="#222222", zorder=4,
                        bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})
    for when, text in vlines or []:
        x = _year(when)
        ax.axvline(x, color="#555555", lw=1, ls=":", zorder=0)
        ax.annotate(text, (x, 0), xytext=(3, 3), textcoords="offset points", ha="left",
                    va="bottom", fontsize=fontsize, color="#444444", style="italic")
    ax.set_yticks([ys[n] for n in lanes], lanes)
    ax.set_ylim(0, y)
    ax.set_xlim(start, end)
    ax.set_xlabel("Year (UTC)")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.tick_params(axis="y", length=0)
    if title:
        ax.set_title(title)
    return fig, ax


def kind_legend(ax, kinds: dict[str, str], loc="upper right",
                markers: dict[str, str] | None = None) -> None:
    """A small legend of marker shapes: ``{'satellite': 'satellite launched', ...}``.

    ``markers`` maps the keys to shapes (default :data:`KIND_MARKERS`).
    """
    from matplotlib.lines import Line2D

    shapes = markers if markers is not None else KIND_MARKERS
    handles = [Line2D([], [], color="#555555", marker=shapes[k], ls="none", ms=8,
                      label=text) for k, text in kinds.items()]
    ax.legend(handles=handles, loc=loc, fontsize=8.5)


def evidence(items: dict[str, list[str]], events: pd.DataFrame | None = None) -> pd.DataFrame:
    """A table tying each consideration to its events: dates and source ids from the data.

    ``items`` maps a consideration (the notebook's words) to event ids. One row
    per consideration with ``events`` ("id (local date)", semicolon-separated)
    and ``sources`` (the rows' ``source_id`` values). An unknown id raises.

    >>> evidence({"first satellite": ["kazsat1-launch"]})["events"].item()
    'kazsat1-launch (2006-06-18)'
    """
    events = load.events() if events is None else events
    table = events.set_index("event_id")
    unknown = sorted({e for ids in items.values() for e in ids} - set(table.index))
    if unknown:
        raise KeyError(f"event ids not in the events table: {unknown}")
    rows = []
    for text, ids in items.items():
        rows.append({
            "consideration": text,
            "events": "; ".join(f"{e} ({table.loc[e, 'local_date']})" for e in ids),
            "sources": "; ".join(dict.fromkeys(table.loc[e, "source_id"] for e in ids)),
        })
    return pd.DataFrame(rows)


__all__ = ["COUNTRY_LANES", "FORMS", "FORM_MARKERS", "INDEPENDENCE", "KIND_MARKERS", "LABELS",
           "LEASE_EVENTS", "NOT_MILESTONES", "PARTNERS", "PARTNER_GROUPS", "SAME_AS", "SUMMITS",
           "agreements", "baikonur_share", "by_decade", "count_agreements", "evidence",
           "kind_legend", "lanes_chart", "launchers", "lease_terms", "regional_events",
           "share_chart", "with_labels"]
