"""The project's own errors: each names the file, line, column, value and what was expected."""

from __future__ import annotations

from pathlib import Path


class DataError(ValueError):
    """A raw input that cannot be cleaned.

    ``line`` is the 1-based line number in the file as a text editor shows it
    (the header is line 1), or ``None`` when the problem concerns the whole file.
    """

    def __init__(
        self,
        path: str | Path | None,
        line: int | None,
        column: str | None,
        value: object,
        expected: str,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.value = value
        self.expected = expected
        where = self.path or "<input>"
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: got {value!r}; expected {expected}")


class DateParseError(ValueError):
    """A date expression that the parser does not understand."""

    def __init__(self, text: object, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot parse date expression {text!r}: {reason}")
