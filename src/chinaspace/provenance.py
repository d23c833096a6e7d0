"""Provenance sidecars: a YAML file beside every raw file saying where it came from.

``data/raw/events/china_crewed.csv`` has ``data/raw/events/china_crewed.csv.yml``
with the producer, title, full citation, URL, date accessed, date published
where known, licence, and the file's sha256 and size in bytes. The checksum
proves the sidecar describes the bytes that are there: edit a raw file and
``python -m chinaspace sidecar FILE`` must be run again, or the tests fail.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from .errors import DataError
from .paths import RAW
from .rawio import display_path

REQUIRED_KEYS = ("title", "producer", "citation", "url", "date_accessed", "licence",
                 "sha256", "bytes")

#: Raw files that are documentation, not data, and need no sidecar.
EXEMPT_SUFFIXES = (".yml", ".md")


def sidecar_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".yml")


def sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def raw_files(root: Path = RAW) -> list[Path]:
    """Every data file under ``root`` (skipping sidecars, notes and hidden files)."""
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix not in EXEMPT_SUFFIXES
        and not any(part.startswith((".", "_")) for part in p.relative_to(root).parts)
    )


def load_sidecar(path: str | Path) -> dict:
    side = sidecar_path(path)
    if not side.exists():
        raise DataError(display_path(side), None, None, None,
                        f"a provenance sidecar for {display_path(path)}")
    meta = yaml.safe_load(side.read_text(encoding="utf-8"))
    if not isinstance(meta, dict):
        raise DataError(display_path(side), None, None, meta, "a YAML mapping")
    return meta


def check_sidecar(path: str | Path) -> dict:
    """Check one raw file's sidecar: required keys present, checksum and size match."""
    meta = load_sidecar(path)
    side = display_path(sidecar_path(path))
    for key in REQUIRED_KEYS:
        if meta.get(key) in (None, ""):
            raise DataError(side, None, key, meta.get(key), f"a value for '{key}'")
    actual = sha256(path)
    if meta["sha256"] != actual:
        raise DataError(side, None, "sha256", meta["sha256"],
                        f"{actual}, the checksum of {display_path(path)} "
                        "(run: python -m chinaspace sidecar FILE)")
    size = Path(path).stat().st_size
    if int(meta["bytes"]) != size:
        raise DataError(side, None, "bytes", meta["bytes"], f"{size}")
    return meta


def update_checksum(path: str | Path) -> dict:
    """Rewrite the sidecar's sha256 and bytes for the file as it is now; keep the rest."""
    side = sidecar_path(path)
    meta = yaml.safe_load(side.read_text(encoding="utf-8")) if side.exists() else {}
    meta = dict(meta or {})
    meta["sha256"] = sha256(path)
    meta["bytes"] = Path(path).stat().st_size
    side.write_text(yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=88),
                    encoding="utf-8")
    return meta
