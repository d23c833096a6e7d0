"""Shared fixtures: a scratch copy of the raw data that a test may break."""

import shutil

import pytest

from chinaspace.paths import RAW


@pytest.fixture
def raw_copy(tmp_path):
    """A copy of data/raw in a temporary folder (without the sidecars' checks)."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target, ignore=shutil.ignore_patterns("_incoming"))
    return target


# Charts in tests are drawn off screen, and every figure a test opens is closed after it.
import matplotlib  # noqa: E402

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
