"""Exercises of notebook 08 (the argument as a structure): answers computed from the data."""

from chinaspace import argument, load
from chinaspace.checks import exercise


@exercise("08.1", hint="Split the 'paragraph' column of load.argument() on ';' "
          "(.str.split(';')), explode it into one row per paragraph (.explode()), and count "
          "the rows equal to the string '10'.")
def _():
    paragraphs = load.argument()["paragraph"].str.split(";").explode()
    return int((paragraphs == "10").sum())


@exercise("08.2", hint="Split claim_ids on ';' into lists (str.split), explode them into one row "
          "per claim, keep the nodes whose basis is 'checkable_fact', merge with "
          "load.claims()[['claim_id', 'verdict']], drop duplicate claim_ids, and count the "
          "verdicts that are not 'correct' or 'approximately_correct'.")
def _():
    links = argument.node_claims(load.argument(), load.claims())
    facts = links.loc[links["basis"] == "checkable_fact"].drop_duplicates("claim_id")
    return int((~facts["verdict"].isin(["correct", "approximately_correct"])).sum())


@exercise("08.3", hint="For each node of kind 'premise', keep the nodes below it "
          "(argument.descendants(arg, premise_id)) whose basis is 'checkable_fact'; take their "
          "rows of argument.node_claims(arg, load.claims()), drop duplicate claim_ids, and "
          "compute the share of verdicts in ['correct', 'approximately_correct']. Skip premises "
          "with no such claims and return the premise id with the lowest share.")
def _():
    arg = load.argument()
    links = argument.node_claims(arg, load.claims())
    shares = {}
    for p in arg.loc[arg["kind"] == "premise", "node_id"]:
        below = arg.loc[arg["node_id"].isin(argument.descendants(arg, p))
                        & arg["basis"].eq("checkable_fact"), "node_id"]
        got = links.loc[links["node_id"].isin(below)].drop_duplicates("claim_id")
        if len(got):
            shares[p] = got["verdict"].isin(["correct", "approximately_correct"]).mean()
    return min(shares, key=shares.get)


@exercise("08.4", hint="Index load.events() by event_id and take the 'year' of "
          "'artemis-accords-signed-2020' minus the 'year' of 'iss-iga-signed-1998'.")
def _():
    years = load.events().set_index("event_id")["year"]
    return int(years["artemis-accords-signed-2020"] - years["iss-iga-signed-1998"])


@exercise("08.5", hint="From load.glossary(), keep the rows whose 'first_year' equals 2013 "
          "and return the set of their 'term' values.")
def _():
    g = load.glossary()
    return set(g.loc[g["first_year"] == 2013, "term"])
