"""Tables and charts for reading the essay's claims register (notebook 07).

The register (``data/raw/claims.csv``) records, for each claim of the essay, a
verdict a person made from sources, and :mod:`chinaspace.claims` computes
evidence beside it (``date_check``, ``value_check``). This module turns the
register into what a reader needs to see it whole:

* counts by kind and verdict, with the verdicts in the order of the scale
  (:func:`verdict_counts`, :func:`paragraph_counts`);
* the factual (non-opinion) claims and the opinions as display tables, with
  every source id linked to its title and URL (:func:`register_table`,
  :func:`table_html`);
* the evidence behind one claim: its linked events with their dates on the
  source's clock and in UTC (:func:`evidence`, :func:`dossier_html`);
* where the computed checks alone would say something other than the verdict
  (:func:`check_vs_verdict`);
* three charts (:func:`plot_verdicts_by_kind`, :func:`plot_claims_by_paragraph`,
  :func:`plot_zone_readings`) that take data and an optional ``ax`` and return
  ``(fig, ax)``.

Every function takes the tables it needs as arguments (from
:mod:`chinaspace.load`) and never changes them.
"""

from __future__ import annotations

import html
from datetime import timedelta

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from . import dates

#: Verdicts a reader should look at twice: the deep dives of notebook 07.
PROBLEMS = ("misleading", "outdated", "incorrect", "unverifiable")

#: Verdicts that are not a true/false grade.
NOT_GRADED = ("forecast", "opinion")

#: Kinds of claim, from the most to the least checkable.
KINDS = ("fact", "number", "ranking", "attribution", "forecast", "opinion")

#: One colour and one marker per verdict (Okabe-Ito colours; greens for the two
#: "right" verdicts, warm colours for the problems, hollow for what is not graded).
VERDICT_COLOURS = {
    "correct": "#009E73",
    "approximately_correct": "#7FCEB9",
    "misleading": "#E69F00",
    "outdated": "#CC79A7",
    "incorrect": "#A50026",
    "unverifiable": "#555555",
    "forecast": "#0072B2",
    "opinion": "#9A9A9A",
}
VERDICT_MARKERS = {
    "correct": "o",
    "approximately_correct": "s",
    "misleading": "^",
    "outdated": "D",
    "incorrect": "X",
    "unverifiable": "v",
    "forecast": "o",
    "opinion": "o",
}

#: Colours and hatches per kind of claim (the kinds chart).
KIND_COLOURS = {
    "fact": "#0072B2",
    "number": "#E69F00",
    "ranking": "#009E73",
    "attribution": "#CC79A7",
    "forecast": "#56B4E9",
    "opinion": "#C8C8C8",
}
KIND_HATCHES = {
    "fact": "",
    "number": "//",
    "ranking": "..",
    "attribution": "xx",
    "forecast": "\\\\",
    "opinion": "",
}

FOOTER = "chinaspace claims register (data/raw/claims.csv; sources in data/raw/sources.csv)"


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def verdict_order(verdicts: pd.DataFrame) -> list[str]:
    """The verdicts in the order of the scale (the ``order`` column).

    >>> verdict_order(pd.DataFrame({"verdict": ["opinion", "correct"], "order": [8, 1]}))
    ['correct', 'opinion']
    """
    return verdicts.sort_values("order")["verdict"].tolist()


def label(verdict: str) -> str:
    """A verdict as prose: ``'approximately_correct'`` -> ``'approximately correct'``.

    >>> label("approximately_correct")
    'approximately correct'
    """
    return verdict.replace("_", " ")


def is_opinion(claims: pd.DataFrame) -> pd.Series:
    """True for the claims the register labels as opinion (no true/false verdict)."""
    return claims["verdict"].eq("opinion")


def factual(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that are not opinions, in essay order (paragraph, then claim id).

    >>> c = pd.DataFrame({"claim_id": ["c2", "c1", "c3"], "paragraph": [2, 2, 1],
    ...                   "verdict": ["correct", "opinion", "outdated"]})
    >>> factual(c)["claim_id"].tolist()
    ['c3', 'c2']
    """
    return (claims.loc[~is_opinion(claims)]
            .sort_values(["paragraph", "claim_id"])
            .reset_index(drop=True))


def opinions(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims labelled opinion, in essay order (paragraph, then claim id)."""
    return (claims.loc[is_opinion(claims)]
            .sort_values(["paragraph", "claim_id"])
            .reset_index(drop=True))


def verdict_counts(claims: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """Claims counted by kind (rows, in :data:`KINDS` order) and verdict (columns, in
    the order of the scale); a verdict no claim has is kept as a column of zeros.

    >>> c = pd.DataFrame({"kind": ["fact", "fact", "opinion"],
    ...                   "verdict": ["correct", "outdated", "opinion"]})
    >>> v = pd.DataFrame({"verdict": ["correct", "outdated", "incorrect", "opinion"],
    ...                   "order": [1, 2, 3, 4]})
    >>> verdict_counts(c, v).to_dict("index")  # doctest: +NORMALIZE_WHITESPACE
    {'fact': {'correct': 1, 'outdated': 1, 'incorrect': 0, 'opinion': 0},
     'opinion': {'correct': 0, 'outdated': 0, 'incorrect': 0, 'opinion': 1}}
    """
    order = verdict_order(verdicts)
    unknown = set(claims["verdict"]) - set(order)
    if unknown:
        raise ValueError(f"verdicts not on the scale: {sorted(unknown)}")
    kinds = [k for k in KINDS if k in set(claims["kind"])]
    kinds += sorted(set(claims["kind"]) - set(kinds))
    table = (pd.crosstab(claims["kind"], claims["verdict"])
             .reindex(index=kinds, columns=order, fill_value=0)
             .astype("int64"))
    table.columns.name = "verdict"
    table.index.name = "kind"
    return table


def paragraph_counts(claims: pd.DataFrame, verdicts: pd.DataFrame,
                     paragraphs=range(1, 15)) -> pd.DataFrame:
    """Claims counted by paragraph (rows, every paragraph listed, zeros kept) and
    verdict (columns, in the order of the scale).

    >>> c = pd.DataFrame({"paragraph": [2, 2], "verdict": ["opinion", "correct"]})
    >>> v = pd.DataFrame({"verdict": ["correct", "opinion"], "order": [1, 2]})
    >>> paragraph_counts(c, v, paragraphs=[1, 2]).to_dict("index")
    {1: {'correct': 0, 'opinion': 0}, 2: {'correct': 1, 'opinion': 1}}
    """
    table = (pd.crosstab(claims["paragraph"].astype("int64"), claims["verdict"])
             .reindex(index=list(paragraphs), columns=verdict_order(verdicts), fill_value=0)
             .astype("int64"))
    table.index.name = "paragraph"
    table.columns.name = "verdict"
    return table


def split_ids(text: str) -> list[str]:
    """Semicolon-separated ids as a list (empty text gives an empty list).

    >>> split_ids("a; b;;c"), split_ids("")
    (['a', 'b', 'c'], [])
    """
    return [part.strip() for part in str(text).split(";") if part.strip()]


def source_links(ids: str, sources: pd.DataFrame, fmt: str = "html") -> str:
    """The sources named in ``ids`` ("a;b") as links: the title linked to the URL,
    then the source id. ``fmt`` is ``"html"`` (a line per source) or ``"markdown"``.
    An id missing from ``sources`` is an error that names it.

    >>> s = pd.DataFrame({"source_id": ["x"], "title": ["A <b> title"],
    ...                   "url": ["https://example.org/?a=1&b=2"]})
    >>> source_links("x", s)
    '<a href="https://example.org/?a=1&amp;b=2">A &lt;b&gt; title</a> <code>x</code>'
    >>> source_links("x", s, fmt="markdown")
    '[A <b> title](https://example.org/?a=1&b=2) (`x`)'
    >>> source_links("", s)
    ''
    """
    by_id = sources.set_index("source_id")
    parts = []
    for sid in split_ids(ids):
        if sid not in by_id.index:
            raise KeyError(f"source id {sid!r} is not in the sources table")
        title, url = by_id.loc[sid, "title"], by_id.loc[sid, "url"]
        if fmt == "markdown":
            safe = title.replace("[", "(").replace("]", ")")
            parts.append(f"[{safe}]({url}) (`{sid}`)")
        else:
            parts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(title)}</a> '
                         f"<code>{html.escape(sid)}</code>")
    return ("<br>" if fmt == "html" else "; ").join(parts)


def event_links(ids: str) -> str:
    """Semicolon-separated event ids as HTML, one ``<code>`` id per line.

    >>> event_links("a;b<c"), event_links("")
    ('<code>a</code><br><code>b&lt;c</code>', '')
    """
    return "<br>".join(f"<code>{html.escape(eid)}</code>" for eid in split_ids(ids))


#: Columns of :func:`register_table` that hold HTML (left unescaped by :func:`table_html`).
HTML_COLUMNS = ("events", "sources")


def register_table(claims: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """A display table of claims: id, paragraph, quotation, kind, verdict (as words),
    explanation, the linked events (column ``events``), the computed ``date_check``
    and ``value_check``, and the sources as HTML links (column ``sources``), in
    essay order.

    The text columns are plain text; :func:`table_html` escapes them and leaves
    the ``events`` and ``sources`` columns (:data:`HTML_COLUMNS`), which are
    already HTML, as they are.
    """
    ordered = claims.sort_values(["paragraph", "claim_id"]).reset_index(drop=True)
    return pd.DataFrame({
        "claim": ordered["claim_id"],
        "¶": ordered["paragraph"].astype("int64"),
        "quotation": ordered["quote"],
        "kind": ordered["kind"],
        "verdict": ordered["verdict"].map(label),
        "explanation": ordered["explanation"],
        "events": ordered["event_ids"].map(event_links),
        "date_check": ordered["date_check"],
        "value_check": ordered["value_check"],
        "sources": [source_links(ids, sources) for ids in ordered["source_ids"]],
    })


def _chip(verdict_words: str) -> str:
    key = verdict_words.replace(" ", "_")
    colour = VERDICT_COLOURS.get(key, "#999999")
    dark = key in ("correct", "misleading", "outdated", "incorrect", "unverifiable", "forecast")
    hollow = key == "opinion"
    style = (f"border:1.5px solid {colour};color:#333;" if hollow else
             f"background:{colour};color:{'#fff' if dark else '#111'};")
    return (f'<span style="{style}padding:1px 6px;border-radius:8px;white-space:nowrap">'
            f"{html.escape(verdict_words)}</span>")


def table_html(table: pd.DataFrame, html_columns=HTML_COLUMNS, chip_column="verdict") -> str:
    """An HTML table of ``table``: every cell escaped except ``html_columns``, and the
    ``chip_column`` shown as a coloured label (colour from :data:`VERDICT_COLOURS`).

    >>> t = pd.DataFrame({"claim": ["c1"], "verdict": ["correct"], "sources": ["<i>s</i>"]})
    >>> out = table_html(t)
    >>> out.startswith('<table class="chinaspace-register"'), "<i>s</i>" in out
    (True, True)
    """
    head = "".join(f'<th style="text-align:left">{html.escape(str(c))}</th>'
                   for c in table.columns)
    rows = []
    for record in table.itertuples(index=False):
        cells = []
        for column, value in zip(table.columns, record):
            if column in html_columns:
                text = str(value)
            elif column == chip_column:
                text = _chip(str(value))
            else:
                text = html.escape(str(value))
            cells.append(f'<td style="text-align:left;vertical-align:top">{text}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table class="chinaspace-register" style="font-size:0.9em">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


# ---------------------------------------------------------------------------
# Evidence
# ---------------------------------------------------------------------------

EVIDENCE_COLUMNS = ["event_id", "reference", "what", "status", "date_text", "tz",
                    "local_date", "utc_date", "utc_differs", "source_id"]


def evidence(claim_id: str, claims: pd.DataFrame, claim_events: pd.DataFrame,
             events: pd.DataFrame) -> pd.DataFrame:
    """The events a claim is linked to, with each date as its source gives it
    (``date_text`` in zone ``tz``), on the source's clock (``local_date``) and in
    UTC (``utc_date``); ``reference`` marks the event the claim's time expression
    is checked against. Empty (with the same columns) for a claim with no events.
    """
    claim = claims.set_index("claim_id").loc[claim_id]
    links = claim_events.loc[claim_events["claim_id"].eq(claim_id), ["event_id"]]
    linked = links.merge(events, on="event_id", how="left", validate="one_to_one")
    missing = linked.loc[linked["what"].isna(), "event_id"].tolist()
    if missing:
        raise KeyError(f"{claim_id} links to events not in the events table: {missing}")
    return (linked.assign(reference=linked["event_id"].eq(claim["reference_event_id"]))
            [EVIDENCE_COLUMNS].reset_index(drop=True))


def machine_verdict(date_check: str, value_check: str) -> str:
    """What the computed checks alone would say: ``''`` when neither check has
    anything to compare, ``'incorrect'`` when one disagrees, ``'approximately_correct'``
    when a date agrees in one time zone only, ``'correct'`` otherwise.

    >>> machine_verdict("agrees_in_utc", ""), machine_verdict("", ""), \
machine_verdict("disagrees", "agrees")
    ('approximately_correct', '', 'incorrect')
    """
    checks = [c for c in (date_check, value_check) if c]
    if not checks:
        return ""
    if "disagrees" in checks:
        return "incorrect"
    if any(c.startswith("agrees_in_") for c in checks):
        return "approximately_correct"
    return "correct"


def check_vs_verdict(claims: pd.DataFrame) -> pd.DataFrame:
    """Every claim with a computed check, beside its verdict: ``computed`` is what the
    checks alone would say (:func:`machine_verdict`), ``differs`` is True where the
    person's verdict says something else.

    >>> c = pd.DataFrame({"claim_id": ["a", "b", "c"], "paragraph": [1, 1, 2],
    ...     "time_expression": ["In 2003", "", "Around 2030"], "claimed_value": ["", "", ""],
    ...     "reference_value": ["", "", ""], "date_check": ["agrees", "", "disagrees"],
    ...     "value_check": ["", "", ""], "verdict": ["correct", "opinion", "forecast"]})
    >>> check_vs_verdict(c)[["claim_id", "computed", "differs"]].values.tolist()
    [['a', 'correct', False], ['c', 'incorrect', True]]
    """
    computed = [machine_verdict(d, v) for d, v in zip(claims["date_check"], claims["value_check"])]
    out = claims.assign(computed=pd.array(computed, dtype="str"))
    out = out.loc[out["computed"].ne("")]
    out = out.assign(differs=out["computed"].ne(out["verdict"]))
    columns = ["claim_id", "paragraph", "time_expression", "claimed_value", "reference_value",
               "date_check", "value_check", "computed", "verdict", "differs"]
    return out[columns].sort_values(["paragraph", "claim_id"]).reset_index(drop=True)


def _date_html(text: str) -> str:
    """A date or date range that never breaks inside a date, only after a '/'."""
    return "/<wbr>".join(f'<span style="white-space:nowrap">{html.escape(part)}</span>'
                         for part in str(text).split("/"))


def _event_rows_html(ev: pd.DataFrame) -> str:
    if ev.empty:
        return "<p><em>No events are linked to this claim: the verdict rests on the sources alone.</em></p>"
    shown = pd.DataFrame({
        "event": ev["event_id"] + ev["reference"].map({True: " (reference)", False: ""}),
        "what": ev["what"],
        "status": ev["status"],
        "date as the source gives it": ev["date_text"].where(ev["date_text"].ne(""), "(no date)")
        + " [" + ev["tz"] + "]",
        "local date": ev["local_date"].map(_date_html),
        "UTC date": ev["utc_date"].map(_date_html)
        + ev["utc_differs"].map({True: " (differs)", False: ""}),
    })
    return table_html(shown, html_columns=("local date", "UTC date"), chip_column=None)


def dossier_html(claim_id: str, claims: pd.DataFrame, claim_events: pd.DataFrame,
                 events: pd.DataFrame, sources: pd.DataFrame) -> str:
    """One claim's file as HTML: quotation and paragraph, verdict and explanation,
    the computed checks, the linked events (local date and UTC date) and the sources."""
    claim = claims.set_index("claim_id").loc[claim_id]
    ev = evidence(claim_id, claims, claim_events, events)
    checks = []
    if claim["time_expression"]:
        anchor = f", counted from {html.escape(claim['anchor'])}" if claim["anchor"] else ""
        checks.append(f"time expression “{html.escape(claim['time_expression'])}”{anchor}: "
                      f"date_check = <code>{html.escape(claim['date_check'] or '(empty)')}</code>")
    if claim["claimed_value"]:
        checks.append(f"essay's number {html.escape(claim['claimed_value'])} "
                      f"{html.escape(claim['unit'])}, sources' "
                      f"{html.escape(claim['reference_value'])}: value_check = "
                      f"<code>{html.escape(claim['value_check'] or '(empty)')}</code>")
    check_text = ("; ".join(checks) if checks else
                  "none (no date or number to compare: the verdict rests on reading the sources)")
    links = source_links(claim["source_ids"], sources) or "<em>none found</em>"
    return (
        f'<div class="chinaspace-dossier" style="margin:0.8em 0 1.2em 0;padding-top:0.4em;'
        f'border-top:1px solid #cccccc">'
        f"<p><strong>{html.escape(claim_id)}</strong> (¶{int(claim['paragraph'])}, "
        f"{html.escape(claim['kind'])}) {_chip(label(claim['verdict']))}<br>"
        f"<em>“{html.escape(claim['quote'])}”</em></p>"
        f"<p><strong>Why:</strong> {html.escape(claim['explanation'])}</p>"
        f"<p><strong>Computed checks:</strong> {check_text}</p>"
        f"<p><strong>Linked events:</strong></p>{_event_rows_html(ev)}"
        f"<p><strong>Sources:</strong><br>{links}</p></div>"
    )


def zone_readings(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """For claims whose time expression names one day, the essay's day read in UTC and
    in the zone of the reference event's source, and the event's instant, all as hours
    from 00:00 UTC at the start of the essay's day.

    Columns: ``claim_id``, ``time_expression``, ``event_id``, ``tz``, ``utc_from``,
    ``utc_to`` (the UTC reading, always 0 to 24), ``zone_from``, ``zone_to`` (the
    source-zone reading), ``event_at`` (hours) and ``date_check``.
    """
    by_id = events.set_index("event_id")
    rows = []
    for claim in claims.itertuples(index=False):
        expr, ref = claim.time_expression, claim.reference_event_id
        if not expr or not ref or ref not in by_id.index or claim.anchor:
            continue
        try:
            in_utc = dates.parse(expr, tz="UTC")
        except Exception:  # an expression that is not a date: nothing to draw
            continue
        if in_utc.precision != "day":
            continue
        event = by_id.loc[ref]
        zone = event["tz"] if event["tz"] != "unspecified" else "UTC"
        in_zone = dates.parse(expr, tz=zone)
        origin = in_utc.earliest
        start = pd.Timestamp(event["start_utc"]).to_pydatetime()

        def hours(t):
            return (t - origin) / timedelta(hours=1)

        rows.append({
            "claim_id": claim.claim_id, "time_expression": expr, "event_id": ref, "tz": zone,
            "utc_from": hours(in_utc.earliest), "utc_to": hours(in_utc.latest),
            "zone_from": hours(in_zone.earliest), "zone_to": hours(in_zone.latest),
            "event_at": hours(start), "event_local": event["date_text"],
            "event_utc": start.strftime("%Y-%m-%d %H:%M"),
            "date_check": claim.date_check,
        })
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------


def _axes(ax, figsize):
    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax


def plot_verdicts_by_kind(counts: pd.DataFrame, ax=None, title: str | None = None,
                          figsize=(10, 6)):
    """Horizontal bars, one per verdict in the order of the scale (top to bottom),
    each split into the kinds of claim it holds; the total is written at the end of
    each bar, and a dashed line sets off the verdicts that are not a grade.

    ``counts`` is :func:`verdict_counts` (kinds as rows, verdicts as columns).
    """
    fig, ax = _axes(ax, figsize)
    verdict_list = list(counts.columns)
    y = list(range(len(verdict_list)))
    left = pd.Series(0, index=verdict_list, dtype="int64")
    for kind in counts.index:
        values = counts.loc[kind, verdict_list]
        ax.barh(y, values.to_numpy(), left=left.to_numpy(), height=0.66,
                color=KIND_COLOURS.get(kind, "#999999"), hatch=KIND_HATCHES.get(kind, ""),
                edgecolor="white", linewidth=0.8, label=kind)
        left = left + values
    for yi, verdict in zip(y, verdict_list):
        ax.text(left[verdict] + 0.4, yi, str(int(left[verdict])), va="center", fontsize=10)
    ax.set_yticks(y, [label(v) for v in verdict_list])
    ax.invert_yaxis()
    graded = [i for i, v in enumerate(verdict_list) if v not in NOT_GRADED]
    if graded and len(graded) < len(verdict_list):
        cut = max(graded) + 0.5
        ax.axhline(cut, color="#555555", lw=1, ls="--")
        ax.text(left.max() + 3.5, cut + 0.12, "not graded below",
                fontsize=9, color="#555555", ha="right", va="top", style="italic")
    ax.set_xlim(0, left.max() + 4)
    ax.set_xlabel("Claims (count)")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.legend(title="kind of claim", loc="center right", ncols=2, fontsize=9)
    if title:
        ax.set_title(title)
    return fig, ax


def plot_claims_by_paragraph(claims: pd.DataFrame, verdicts: pd.DataFrame, ax=None,
                             title: str | None = None, figsize=(10, 6.2)):
    """One marker per claim, stacked in a column per essay paragraph, coloured and
    shaped by verdict: graded claims at the bottom in the order of the scale, then
    forecasts (hollow) and opinions (hollow grey) on top, so a reader sees at once
    which paragraphs argue and which state checkable facts.
    """
    fig, ax = _axes(ax, figsize)
    order = verdict_order(verdicts)
    rank = {v: i for i, v in enumerate(order)}
    data = (claims.assign(_rank=claims["verdict"].map(rank),
                          _p=claims["paragraph"].astype("int64"))
            .sort_values(["_p", "_rank", "claim_id"]))
    data = data.assign(_level=data.groupby("_p").cumcount() + 1)
    for verdict in order:
        part = data.loc[data["verdict"].eq(verdict)]
        if part.empty:
            continue
        hollow = verdict in NOT_GRADED
        ax.scatter(part["_p"], part["_level"], s=95, marker=VERDICT_MARKERS[verdict],
                   facecolors="white" if hollow else VERDICT_COLOURS[verdict],
                   edgecolors=VERDICT_COLOURS[verdict], linewidths=1.6 if hollow else 0.6,
                   label=label(verdict), zorder=3)
    ax.set_xticks(range(1, 15), [f"¶{p}" for p in range(1, 15)])
    ax.set_xlim(0.4, 14.6)
    top = int(data["_level"].max())
    ax.set_ylim(0, top + 1)
    ax.set_xlabel("Essay paragraph")
    ax.set_ylabel("Claims (one marker per claim)")
    ax.grid(axis="y", visible=True)
    handles = [Line2D([], [], ls="", marker=VERDICT_MARKERS[v], ms=8,
                      markerfacecolor="white" if v in NOT_GRADED else VERDICT_COLOURS[v],
                      markeredgecolor=VERDICT_COLOURS[v], markeredgewidth=1.5,
                      label=label(v) + (" (not graded)" if v in NOT_GRADED else ""))
               for v in order if v in set(data["verdict"])]
    ax.legend(handles=handles, loc="upper left", fontsize=9, title="verdict",
              ncols=2)
    if title:
        ax.set_title(title)
    return fig, ax


def plot_zone_readings(readings: pd.DataFrame, ax=None, title: str | None = None,
                       figsize=(10, 5.6)):
    """For each claim (a row of :func:`zone_readings`), two bars: the essay's day read
    as a UTC day (solid) and as a day on the source's clock (hatched), and a diamond
    at the instant of the event, on a shared axis of hours from 00:00 UTC of the
    essay's day. Each lane is headed by the claim and its computed ``date_check``.
    """
    fig, ax = _axes(ax, figsize)
    zone_name = {"Asia/Shanghai": "Beijing time", "UTC": "UTC"}
    ticks, labels = [], []
    step = 3.8
    for i, row in enumerate(readings.itertuples(index=False)):
        base = i * step
        zone = zone_name.get(row.tz, row.tz)
        ax.barh(base - 0.5, row.zone_to - row.zone_from, left=row.zone_from, height=0.7,
                color="#BBBBBB", hatch="//", edgecolor="white")
        ax.barh(base + 0.5, row.utc_to - row.utc_from, left=row.utc_from, height=0.7,
                color="#555555", edgecolor="white")
        ax.plot([row.event_at, row.event_at], [base - 0.95, base + 0.95], color="#111111",
                lw=1, ls=":")
        ax.plot(row.event_at, base, marker="D", ms=9, color="#111111", zorder=4)
        ax.text(-9.6, base - 1.5, f"{row.claim_id}: “{row.time_expression}”   "
                f"date_check = {row.date_check}", fontsize=9.5, weight="bold", va="center")
        ax.annotate(f"{row.event_id}: {row.event_local} {zone} = {row.event_utc} UTC",
                    (row.event_at, base + 1.35), fontsize=8.5, va="center",
                    ha="left" if row.event_at < 12 else "right",
                    xytext=(-4 if row.event_at < 12 else 4, 0), textcoords="offset points")
        ticks += [base - 0.5, base + 0.5]
        labels += [f"read as a day in {zone}", "read as a UTC day"]
    ax.set_yticks(ticks, labels, fontsize=9)
    ax.set_ylim((len(readings) - 1) * step + 2, -2.2)
    ax.set_xlim(-10, 30)
    ax.set_xticks(range(-8, 30, 4))
    ax.set_xlabel("Hours from 00:00 UTC on the essay's date (diamond: the event)")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    for x in (0, 24):
        ax.axvline(x, color="#888888", lw=0.8)
    if title:
        ax.set_title(title)
    return fig, ax


__all__ = ["FOOTER", "HTML_COLUMNS", "KINDS", "NOT_GRADED", "PROBLEMS", "VERDICT_COLOURS",
           "VERDICT_MARKERS", "check_vs_verdict", "dossier_html", "event_links", "evidence",
           "factual", "is_opinion", "label",
           "machine_verdict", "opinions", "paragraph_counts", "plot_claims_by_paragraph",
           "plot_verdicts_by_kind", "plot_zone_readings", "register_table", "source_links",
           "split_ids", "table_html", "verdict_counts", "verdict_order", "zone_readings"]
