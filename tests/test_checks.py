"""Every exercise in the notebooks has a self-check whose answer comes from the data."""

import json
import re

import pandas as pd
import pytest

from chinaspace.checks import answer, is_correct, same
from chinaspace.paths import NOTEBOOKS


def exercise_ids():
    ids = set()
    for path in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"):
        text = "".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"])
        ids |= set(re.findall(r'check\("(\d\d\.\d+)"', text))
    return sorted(ids)


@pytest.mark.parametrize("exercise", exercise_ids())
def test_the_right_answer_passes_and_a_blank_one_does_not(exercise, capsys):
    right = answer(exercise)
    assert right is not None
    assert is_correct(exercise, right)
    assert not is_correct(exercise, None)


def test_same_is_strict_where_it_matters():
    assert not same(3, 4)
    assert not same("China", "USA")
    assert not same([1, 2], [2, 1])
    assert same({1, 2}, {2, 1})
    frame = pd.DataFrame({"a": [1, 2]})
    assert same(frame.copy(), frame)
    assert not same(frame.assign(a=[1, 3]), frame)


def test_unknown_exercise_is_named():
    with pytest.raises(KeyError, match="99.9"):
        answer("99.9")


def test_arrays_are_accepted_where_a_list_is_expected():
    values = pd.Series(["c1", "c2"], dtype="str")
    assert same(values.unique(), ["c1", "c2"])
    assert same(values.to_numpy(), ["c1", "c2"])
    assert same(values.unique(), {"c2", "c1"})
    assert not same(values.unique(), ["c2", "c1"])
