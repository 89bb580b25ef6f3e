"""The ``sinoru-data`` command line.

Exit codes: 0 success, 1 invalid data or failed download (the messages say what and where),
2 usage error.

Examples
--------
  sinoru-data build                 # rebuild data/, schema/ and datapackage.json
  sinoru-data build --check         # fail if the committed outputs are not what the build makes
  sinoru-data parse data/raw/page.txt --review   # preview a page before adding it
  sinoru-data report                # regenerate the data dictionary, card statistics, figures
  sinoru-data release               # assemble dist/release/v<version>/ and register its hashes
  sinoru-data fetch --version 0.1.0 # download a release into the cache, verified

"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__, curate, quotes
from .build import CURATION_DIR, build, parse_file
from .errors import SinoruDataError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _plain(record: Any) -> dict[str, Any]:
    return dict(record.model_dump(mode="json"))


def show_progress(done: int, total: int) -> None:
    """Show how many pages are built, on one terminal line (every 1% and at the end).

    For example ``show_progress(3, 3)`` writes ``"\\rbuilt 3/3 pages (100%)\\n"`` to stderr.
    """
    if done == total or done % max(1, total // 100) == 0:
        end = "\n" if done == total else ""
        print(f"\rbuilt {done}/{total} pages ({100 * done // total}%)", end=end, file=sys.stderr)
        sys.stderr.flush()


def cmd_build(args: argparse.Namespace) -> int:
    """Rebuild (or with --check, compare) every published file."""
    root = Path(args.root)
    progress = show_progress if sys.stderr.isatty() and not args.quiet else None
    result = build(root, write=not args.check, progress=progress)
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
    """What a curator should look at: judgement calls, unknown outlets, quotes to check.

    The lines dropped or given a role by judgement or by an override, outlet labels the
    registry lacks, and quotes whose speaker came from a rule not among the surest. (A
    missing comment footer is added by :func:`cmd_parse`.)
    """
    notes = [
        f"line {line.line} [{line.role}{', curated' if line.role_basis == 'curated' else ''}]: "
        f"{line.note} — {line.text.strip()[:70]!r}"
        for line in parsed.lines
        if line.note
    ]
    unknowns = [
        f"unknown outlet label: {label!r} (add it to data/curation/sources.yaml)"
        for label in unknown
    ]
    return notes + unknowns + [_quote_to_check(q) for q in parsed.quotes if _unsure(q)]


def _unsure(quote: Any) -> bool:
    """Whether a quote's speaker came from a rule outside :data:`quotes.SURE_RULES`.

    >>> from types import SimpleNamespace as Q
    >>> _unsure(Q(speaker_basis="sentence-cue")), _unsure(Q(speaker_basis="cue-speaker"))
    (True, False)
    """
    return quote.speaker_basis not in quotes.SURE_RULES | {"curated"}


def _quote_to_check(quote: Any) -> str:
    """A review line for a quote whose speaker is worth a second look.

    >>> from types import SimpleNamespace as Q
    >>> print(_quote_to_check(Q(line=9, quote_id="e-q1", kind="term", speaker=None, cue=None,
    ...                         speaker_basis="none", text="no limits")))
    line 9 [quote e-q1]: term, speaker None, cue None by rule none: check it (docs/quotes.md) — 'no limits'
    """
    return (
        f"line {quote.line} [quote {quote.quote_id}]: {quote.kind}, speaker {quote.speaker!r}, "
        f"cue {quote.cue!r} by rule {quote.speaker_basis}: check it (docs/quotes.md) — "
        f"{quote.text[:60]!r}"
    )


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
        document = parsed.document
        footer = curate.check_footer(document.document_id, parsed.lines, document.path, overrides)
        out["review"] = _review(parsed, unknown) + [str(problem) for problem in footer]
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
    p.add_argument(
        "--quiet",
        action="store_true",
        help="no page count on the terminal (it is shown only when stderr is a terminal)",
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
        help="add a 'review' list: dropped lines, judgement calls, overrides, unknown outlets,"
        " quotes to check",
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


def cmd_report(args: argparse.Namespace) -> int:
    """Regenerate (or with --check, compare) the data dictionary, card statistics and figures."""
    from .report import update_report

    changed = update_report(Path(args.root), write=not args.check)
    if args.check and changed:
        print("These generated docs differ from the published data:", file=sys.stderr)
        for path in changed:
            print(f"  {path}", file=sys.stderr)
        print("Run 'sinoru-data report' and commit the result.", file=sys.stderr)
        return EXIT_INVALID
    verb = "would change" if args.check else "updated"
    print(f"{len(changed)} file(s) {verb}" if changed else "ok: the generated docs are current")
    return EXIT_OK


def _add_report(sub: Any) -> None:
    p = _command(
        sub,
        "report",
        cmd_report,
        "Regenerate the data dictionary, the dataset card's statistics and the figures in docs/",
        "sinoru-data report --check",
    )
    p.add_argument("--root", default=".", help="repository root (default: the current directory)")
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail when the committed docs differ from a fresh render",
    )


def cmd_release(args: argparse.Namespace) -> int:
    """Assemble the upload directory of the current version and register its hashes."""
    from .release import REGISTRY, release

    result = release(Path(args.root), Path(args.out), replace=args.replace)
    print(f"release {result.version}: {len(result.hashes)} files in {result.directory}")
    print(f"hashes recorded in {Path(args.root) / REGISTRY}; commit it with the release")
    print(f"upload the directory's files so they are at <base URL>/v{result.version}/<file name>")
    return EXIT_OK


def _add_release(sub: Any) -> None:
    p = _command(
        sub,
        "release",
        cmd_release,
        "Assemble DIR/v<version>/ for upload and record its hashes in releases.json",
        "sinoru-data release --out dist/release",
    )
    p.add_argument("--root", default=".", help="repository root (default: the current directory)")
    p.add_argument(
        "--out", default="dist/release", help="where to create v<version>/ (default: dist/release)"
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="allow new hashes for a version already registered (only if it was never uploaded)",
    )


def cmd_fetch(args: argparse.Namespace) -> int:
    """Download a release's Parquet files into the cache (or find them there); print their paths."""
    from .fetch import FetchError, fetch

    try:
        paths = fetch(args.release_version, url=args.base_url, timeout=args.timeout)
    except ValueError as exc:  # a malformed or unknown version, a malformed base URL
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FetchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    for path in paths.values():
        print(path)
    return EXIT_OK


def _add_fetch(sub: Any) -> None:
    p = _command(
        sub,
        "fetch",
        cmd_fetch,
        "Download a release's Parquet files, verify their hashes and cache them",
        "sinoru-data fetch --version 0.1.0",
    )
    p.add_argument(
        "--version",
        dest="release_version",
        default=__version__,
        metavar="X.Y.Z",
        help=f"the release (default: {__version__}, this package's)",
    )
    p.add_argument(
        "--base-url",
        default=None,
        help="where releases are (default: $SINORU_DATA_URL, else the project's release page)",
    )
    p.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for the server (default: 30)"
    )


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a published package file by file and record by record; list every defect."""
    from .integrity import check_package
    from .publish import DESCRIPTOR, roll_back_interrupted_publish

    root = Path(args.path)
    if not (root / DESCRIPTOR).is_file():
        print(
            f"error: {root} holds no {DESCRIPTOR}: pass the repository or a release directory",
            file=sys.stderr,
        )
        return EXIT_USAGE
    roll_back_interrupted_publish(root)  # a publish killed mid-swap is undone first (logged)
    problems = check_package(root)
    if problems:
        print(f"invalid: {len(problems)} problem(s) in {root}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    print(f"ok: {root / DESCRIPTOR}: every file, record, key and offset checks out")
    return EXIT_OK


def _add_validate(sub: Any) -> None:
    p = _command(
        sub,
        "validate",
        cmd_validate,
        "Check a published package: hashes, schemas, every record, keys, formats, offsets",
        "sinoru-data validate dist/release/v0.1.0",
    )
    p.add_argument(
        "path",
        nargs="?",
        default=".",
        help="a directory with a datapackage.json (default: the current directory)",
    )


def cmd_diff(args: argparse.Namespace) -> int:
    """Print the records added, removed and changed between two packages (exit 0: not an error)."""
    import tempfile

    from .diff import diff_packages, package_at, render_text, to_json

    with tempfile.TemporaryDirectory(prefix="sinoru-diff-") as scratch:
        roots = []
        for side, spec in (("old", args.old), ("new", args.new)):
            if Path(spec).is_dir():
                roots.append(Path(spec))
                continue
            try:
                roots.append(package_at(spec, Path(args.root), Path(scratch) / side))
            except ValueError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        diffs = diff_packages(*roots)
    if args.json:
        json.dump(to_json(diffs, args.old, args.new), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"sinoru-data diff {args.old} → {args.new}")
        print(render_text(diffs))
    return EXIT_OK


def _add_diff(sub: Any) -> None:
    p = _command(
        sub,
        "diff",
        cmd_diff,
        "Show the records added, removed and changed between two packages or git revisions",
        "sinoru-data diff HEAD~1 HEAD",
    )
    p.add_argument("old", help="a package directory, or a git revision of the repository")
    p.add_argument("new", help="a package directory, or a git revision of the repository")
    p.add_argument("--json", action="store_true", help="print JSON for machines")
    p.add_argument(
        "--root",
        default=".",
        help="the git repository for revisions (default: the current directory)",
    )


COMMANDS = [
    _add_build,
    _add_parse,
    _add_info,
    _add_report,
    _add_release,
    _add_fetch,
    _add_validate,
    _add_diff,
]
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
