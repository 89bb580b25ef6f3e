"""Errors a user can act on: each names the file, the line, what is wrong and what to do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One defect found in an input or an output.

    >>> str(Problem("data/raw/a.txt", 12, "unknown outlet label 'Foo'", "add it to sources.yaml"))
    "data/raw/a.txt:12: unknown outlet label 'Foo'. To fix: add it to sources.yaml"
    """

    path: str
    line: int | None
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        """Render as ``path:line: message. To fix: hint``."""
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        text = f"{where}: {self.message}"
        return f"{text}. To fix: {self.hint}" if self.hint else text


class SinoruDataError(Exception):
    """Raised when input or output data is invalid; carries every problem found.

    >>> err = SinoruDataError([Problem("a.txt", 1, "empty file")])
    >>> str(err)
    'a.txt:1: empty file'
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def fail(path: str, line: int | None, message: str, hint: str | None = None) -> SinoruDataError:
    """Build an error with a single problem, ready to ``raise``.

    >>> str(fail("a.txt", None, "missing"))
    'a.txt: missing'
    """
    return SinoruDataError([Problem(path, line, message, hint)])
