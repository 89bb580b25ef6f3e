"""The ``sinoru-data`` command line.

Exit codes: 0 success, 1 invalid data (the messages say what and where), 2 usage error.

Examples
--------
  sinoru-data build                 # rebuild data/, schema/ and datapackage.json
  sinoru-data build --check         # fail if the committed outputs are not what the build makes
  sinoru-data parse data/raw/page.txt --review   # preview a page before adding it

"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__, curate
from .build import CURATION_DIR, build, parse_file
from .errors import SinoruDataError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _plain(record: Any) -> dict[str, Any]:
    return dict(record.model_dump(mode="json"))


def cmd_build(args: argparse.Namespace) -> int:
    """Rebuild (or with --check, compare) every published file."""
    root = Path(args.root)
    result = build(root, write=not args.check)
    if args.check:
        if result.changed:
            print("These published files differ from what the build produces:", file=sys.stderr)
            for path in result.changed:
                print(f"  {path}", file=sys.stderr)
            print(
                "Do not edit them by hand: run 'sinoru-data build' and commit the result.",
                file=sys.stderr,
            )
            return EXIT_INVALID
        print(f"ok: all {len(result.files)} published files are exactly what the build produces")
        return EXIT_OK
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in result.tables.items())
    changed = f"{len(result.changed)} file(s) updated" if result.changed else "no file changed"
    print(f"built {counts}; {changed}")
    return EXIT_OK


def _review(parsed: Any, unknown: list[str]) -> list[str]:
    """The lines a curator should look at: dropped lines, judgement calls, overrides, unknown outlets."""
    notes = [
        f"line {line.line} [{line.role}{', curated' if line.role_basis == 'curated' else ''}]: "
        f"{line.note} — {line.text.strip()[:70]!r}"
        for line in parsed.lines
        if line.note
    ]
    return notes + [
        f"unknown outlet label: {label!r} (add it to data/curation/sources.yaml)"
        for label in unknown
    ]


def cmd_parse(args: argparse.Namespace) -> int:
    """Print the parse of one page as JSON; write nothing."""
    root = Path(args.root)
    curation = root / CURATION_DIR
    overrides = curate.load_overrides(curation / curate.OVERRIDES_FILE)
    sources_file = curation / curate.SOURCES_FILE
    labels = curate.label_index(curate.load_sources(sources_file)) if sources_file.exists() else {}
    path = Path(args.file)
    parsed, _ = parse_file(path.parent if not path.is_relative_to(root) else root, path, overrides)
    entries = [
        e.model_copy(update={"source_id": labels[e.outlet], "source_basis": "page"})
        if e.outlet in labels
        else e
        for e in parsed.entries
    ]
    unknown = sorted({e.outlet for e in parsed.entries if e.outlet and e.outlet not in labels})
    out: dict[str, Any] = {
        "document": _plain(parsed.document),
        "entries": [_plain(e) for e in entries],
        "quotes": [_plain(q) for q in parsed.quotes],
    }
    if args.review:
        out["review"] = _review(parsed, unknown)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK


def _command(sub: Any, name: str, func: Any, summary: str, example: str) -> argparse.ArgumentParser:
    """Register one sub-command with its one-line help and an example in its --help."""
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=f"{summary}.\n\nExample:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(func=func)
    return p


def _add_build(sub: Any) -> None:
    p = _command(
        sub,
        "build",
        cmd_build,
        "Rebuild the published tables from data/raw and data/curation",
        "sinoru-data build --check",
    )
    p.add_argument("--root", default=".", help="repository root (default: the current directory)")
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail when the committed outputs differ from the build's",
    )


def _add_parse(sub: Any) -> None:
    p = _command(
        sub,
        "parse",
        cmd_parse,
        "Print the parse of one page as JSON (writes nothing)",
        "sinoru-data parse data/raw/page.txt --review",
    )
    p.add_argument("file", help="the raw page (UTF-8 text)")
    p.add_argument("--root", default=".", help="repository root whose data/curation/ is used")
    p.add_argument(
        "--review",
        action="store_true",
        help="add a 'review' list: dropped lines, judgement calls, overrides, unknown outlets",
    )


def cmd_info(args: argparse.Namespace) -> int:
    """Print what is published: version, tables, rows and hashes."""
    from .load import descriptor, package_root

    package = descriptor()
    print(f"sinoru-data {package['version']} — {package_root()}")
    for resource in package["resources"]:
        if resource["format"] == "parquet":
            from pyarrow.parquet import read_metadata

            rows = read_metadata(package_root() / resource["path"]).num_rows
            print(f"  {resource['path']:<26} {rows:>6} rows  {resource['hash']}")
    return EXIT_OK


def _add_info(sub: Any) -> None:
    _command(
        sub,
        "info",
        cmd_info,
        "Show what is published: version, tables, rows, hashes",
        "sinoru-data info",
    )


COMMANDS = [_add_build, _add_parse, _add_info]
"""Every sub-command's registration, in the order --help lists them."""


def parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per task."""
    main = argparse.ArgumentParser(
        prog="sinoru-data",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"sinoru-data {__version__}")
    sub = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except SinoruDataError as exc:
        print(f"error: {len(exc.problems)} problem(s) found; nothing was written.", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
