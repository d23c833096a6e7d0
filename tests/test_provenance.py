"""Every raw file has a provenance sidecar whose checksum matches the file."""

import pytest

from chinaspace import provenance
from chinaspace.errors import DataError
from chinaspace.paths import RAW

RAW_FILES = provenance.raw_files(RAW)


def test_there_are_raw_files():
    names = {p.name for p in RAW_FILES}
    assert {"sources.csv", "claims.csv", "stations.csv", "aliases.csv"} <= names


@pytest.mark.parametrize("path", RAW_FILES, ids=[p.relative_to(RAW).as_posix() for p in RAW_FILES])
def test_sidecar_is_complete_and_matches(path):
    meta = provenance.check_sidecar(path)
    for key in provenance.REQUIRED_KEYS:
        assert meta[key] not in (None, "")


def test_changed_file_fails_the_checksum(raw_copy):
    path = raw_copy / "aliases.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Cathay,CN,\n", encoding="utf-8")
    with pytest.raises(DataError, match="sha256"):
        provenance.check_sidecar(path)
    provenance.update_checksum(path)
    assert provenance.check_sidecar(path)["bytes"] == path.stat().st_size


def test_missing_sidecar_is_named(raw_copy):
    path = raw_copy / "aliases.csv"
    provenance.sidecar_path(path).unlink()
    with pytest.raises(DataError, match="aliases.csv.yml"):
        provenance.check_sidecar(path)
