"""Name harmonisation is data: every spelling maps to one code; unknown ones are named."""

import pytest

from chinaspace import names
from chinaspace.errors import DataError


def test_every_spelling_the_events_use_is_known():
    aliases = names.load_aliases()
    assert names.to_code("PRC", aliases) == "CN"
    assert names.to_code("People's Republic of China", aliases) == "CN"
    assert names.to_code("soviet union", aliases) == names.to_code("USSR", aliases) == "SU"
    assert names.to_code("ESA", aliases) == "EU"


def test_unknown_spelling_names_it():
    with pytest.raises(KeyError, match="'Cathay'"):
        names.to_code("Cathay", names.load_aliases())


def test_alias_to_an_unknown_code_is_refused(raw_copy):
    path = raw_copy / "aliases.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Atlantis,AT,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"aliases.csv, line \d+, column 'code': got 'AT'"):
        names.load_aliases(path, names.load_countries(raw_copy / "countries.csv"))


def test_repeated_alias_is_refused(raw_copy):
    path = raw_copy / "aliases.csv"
    path.write_text(path.read_text(encoding="utf-8") + "prc,CN,\n", encoding="utf-8")
    with pytest.raises(DataError, match="each spelling listed once"):
        names.load_aliases(path, names.load_countries(raw_copy / "countries.csv"))


def test_groups_put_ussr_and_russia_together():
    countries = names.load_countries().set_index("code")
    assert countries.loc["SU", "group"] == countries.loc["RU", "group"] == "USSR/Russia"
    assert countries.loc["FR", "group"] == countries.loc["EU", "group"] == "France/Europe"
