"""The essay as paragraphs, for checking quotations against it.

The essay is not shipped with the project (it is quoted briefly, with paragraph
numbers). Where a copy is at hand, :func:`paragraphs` splits it the way the
claims register counts: paragraphs are the non-empty blocks of the file,
numbered from 1.

>>> paragraphs("First block.\\n\\n\\nSecond\\nblock.\\n")
['First block.', 'Second\\nblock.']
"""

from __future__ import annotations

import re


def paragraphs(text: str) -> list[str]:
    """Split a text into its non-empty blocks (separated by blank lines)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [b.strip() for b in blocks if b.strip()]


def normalise(text: str) -> str:
    """Collapse runs of whitespace, so a quotation can be matched across line breaks."""
    return " ".join(text.split())
