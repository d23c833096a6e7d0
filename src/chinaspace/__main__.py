"""Command line: ``python -m chinaspace build | validate | sidecar | gcat-summary``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import build as build_mod
from . import provenance
from .errors import DataError
from .paths import PROCESSED, RAW


def _build(args) -> int:
    start = time.perf_counter()
    result = build_mod.build(Path(args.raw))
    written = build_mod.write(result, Path(args.out))
    for row in result.counts:
        print(f"{row['table']:>8} {row['source']:<40} in {row['rows_in']:>4}  "
              f"out {row['rows_out']:>4}  rejected {row['rows_rejected']}")
    print(f"wrote {len(written)} files to {args.out} in {time.perf_counter() - start:.2f} s")
    return 0


def _validate(args) -> int:
    raw = Path(args.raw)
    for path in provenance.raw_files(raw):
        provenance.check_sidecar(path)
    result = build_mod.build(raw)
    rows = {name: len(frame) for name, frame in result.tables.items()}
    print("valid:", ", ".join(f"{name} {n}" for name, n in rows.items()))
    return 0


def _sidecar(args) -> int:
    for name in args.files:
        meta = provenance.update_checksum(name)
        print(f"{name}: sha256 {meta['sha256'][:12]}..., {meta['bytes']} bytes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chinaspace", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="rebuild data/processed from data/raw")
    p.add_argument("--raw", default=str(RAW))
    p.add_argument("--out", default=str(PROCESSED))
    p.set_defaults(func=_build)
    p = sub.add_parser("validate", help="check sidecars and every raw table; write nothing")
    p.add_argument("--raw", default=str(RAW))
    p.set_defaults(func=_validate)
    p = sub.add_parser("sidecar", help="update the sha256 and size in raw files' sidecars")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=_sidecar)
    sub.add_parser("gcat-summary", add_help=False,
                   help="derive launch aggregates from a GCAT launch log "
                        "(--launchlog PATH --sites PATH [--out DIR]; see --help)")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["gcat-summary"]:
        from . import gcat

        return gcat.main(["summary", *argv[1:]])
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
