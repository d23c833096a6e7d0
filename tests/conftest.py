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
