"""Self-checks for the notebooks' exercises.

Each exercise registers a function that computes the right answer from the
project's data (never a typed-in result), a hint, and optionally a way to
compare. A learner runs ``check("02.1", my_answer)`` and is told whether the
answer is right, and if not, given the hint.

Exercises live in ``chinaspace.exercises.nbNN`` (``NN`` the notebook number) and
are imported the first time one of their ids is checked.

>>> @exercise("00.0", hint="Count the rows.")
... def _demo():
...     return 3
>>> check("00.0", 3)
Correct.
>>> check("00.0", 4)
Not yet. Hint: Count the rows.
>>> is_correct("00.0", 3)
True
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Exercise:
    id: str
    expected: Callable[[], Any]
    hint: str
    compare: Callable[[Any, Any], bool]


_REGISTRY: dict[str, Exercise] = {}


def same(answer: Any, expected: Any) -> bool:
    """Compare an answer with the expected value, forgiving what does not matter.

    Numbers match within a relative 1e-6; strings ignore case and surrounding
    spaces; lists, sets and Series match by their values in order (sets in any
    order); DataFrames match by their values after resetting the index, with
    column names compared as sets.

    >>> same(0.1 + 0.2, 0.3), same(" China ", "china"), same({1, 2}, [2, 1])
    (True, True, True)
    """
    if isinstance(expected, pd.DataFrame):
        if not isinstance(answer, pd.DataFrame):
            return False
        if set(answer.columns) != set(expected.columns) or len(answer) != len(expected):
            return False
        a = answer[list(expected.columns)].reset_index(drop=True)
        b = expected.reset_index(drop=True)
        return all(same(a[c].tolist(), b[c].tolist()) for c in b.columns)
    if isinstance(expected, pd.Series):
        return same(list(answer) if isinstance(answer, pd.Series) else answer, expected.tolist())
    if isinstance(expected, set):
        if hasattr(answer, "tolist") and not isinstance(answer, (str, pd.DataFrame)):
            answer = answer.tolist()
        try:
            return {_norm(x) for x in answer} == {_norm(x) for x in expected}
        except TypeError:
            return False
    if isinstance(expected, (list, tuple)):
        if hasattr(answer, "tolist") and not isinstance(answer, (str, pd.DataFrame)):
            answer = answer.tolist()  # a Series, a numpy array or a pandas array
        if isinstance(answer, set):
            return same(answer, set(expected))
        if not isinstance(answer, (list, tuple)) or len(answer) != len(expected):
            return False
        return all(same(a, b) for a, b in zip(answer, expected))
    return _norm(answer) == _norm(expected)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip().casefold()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) or hasattr(value, "__float__"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return value
        if math.isnan(number):
            return "nan"
        return round(number, 6)
    return value


def exercise(id: str, hint: str, compare: Callable[[Any, Any], bool] = same):
    """Register the decorated function as the way to compute exercise ``id``'s answer."""

    def register(func: Callable[[], Any]) -> Callable[[], Any]:
        _REGISTRY[id] = Exercise(id, func, hint, compare)
        return func

    return register


def _lookup(id: str) -> Exercise:
    if id not in _REGISTRY:
        notebook = id.split(".")[0]
        try:
            importlib.import_module(f"chinaspace.exercises.nb{notebook}")
        except ModuleNotFoundError:
            pass
    if id not in _REGISTRY:
        raise KeyError(f"no exercise {id!r}; the ids look like '02.1'")
    return _REGISTRY[id]


def answer(id: str) -> Any:
    """The right answer to exercise ``id``, computed from the data (for instructors)."""
    return _lookup(id).expected()


def is_correct(id: str, value: Any) -> bool:
    """True when ``value`` answers exercise ``id`` (silent; for tests and graders)."""
    ex = _lookup(id)
    return bool(ex.compare(value, ex.expected()))


def check(id: str, value: Any) -> None:
    """Say whether ``value`` answers exercise ``id``; print the hint if not.

    Returns nothing, so that a notebook cell shows only the message.
    """
    ok = is_correct(id, value)
    print("Correct." if ok else f"Not yet. Hint: {_lookup(id).hint}")
