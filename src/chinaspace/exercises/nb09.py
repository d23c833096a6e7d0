"""Exercises of notebook 09 (Central Asia): answers computed from the data."""

from chinaspace import load
from chinaspace.checks import exercise


@exercise("09.1", hint="Make the Baikonur share table (central_asia.baikonur_share()), keep "
                       "the rows with year >= 1992, and take the year of the largest 'share' "
                       "(.loc[..., 'share'].idxmax() gives the row label, then its year).")
def _baikonur_peak_since_independence():
    from chinaspace import central_asia

    share = central_asia.baikonur_share()
    after = share.loc[share["year"] >= 1992]
    return int(after.loc[after["share"].idxmax(), "year"])


@exercise("09.2", hint="Filter load.events() to country_code == 'KZ', kind == 'satellite' and "
                       "status == 'achieved'; sort by 'start' and return the 'mission' "
                       "column as a list (.tolist()).")
def _kazakh_satellites_in_order():
    ev = load.events()
    sats = ev.loc[ev["country_code"].eq("KZ") & ev["kind"].eq("satellite")
                  & ev["status"].eq("achieved")]
    return sats.sort_values("start")["mission"].tolist()


@exercise("09.3", hint="Take central_asia.agreements(); keep rows with form == 'agreement' "
                       "and same_as == '' (not a second record of another row) whose 'mid' "
                       "year is 2013 or later (.dt.year); count the 'partner' values "
                       "(value_counts()) and return the label of the largest count.")
def _main_partner_since_2013():
    from chinaspace import central_asia

    table = central_asia.agreements()
    recent = table.loc[table["form"].eq("agreement") & table["same_as"].eq("")
                       & (table["mid"].dt.year >= 2013)]
    return recent["partner"].value_counts().idxmax()


@exercise("09.4", hint="Keep the rows of load.claim_events() with claim_id == 'c085', merge "
                       "them with load.events() on 'event_id', and subtract the earliest "
                       "'start' from the latest; .days gives whole days.")
def _days_between_summits():
    links = load.claim_events().loc[lambda d: d["claim_id"] == "c085"]
    linked = links.merge(load.events(), on="event_id")
    return int((linked["start"].max() - linked["start"].min()).days)
