"""Characters that hide or disguise a figure, read as the figure they show (issue #12).

Full-width digits ("７.４"), Arabic-Indic digits and separators, and the thin and figure spaces
("6 800" with U+2009) are read, and a no-break space before a word is a space: they are read as the ASCII digits and the group separator they look like: one character for one, so the offsets of the text read are the text's own. Invisible
characters (zero-width spaces and joiners, direction marks: "6\u200b.8") are left out of the
text read; `fold` says where each character read stands in the text, so that mentions keep
spans (and surface text) that point at the text itself.
"""

from __future__ import annotations

import bisect
import re

# One character for one: digits and separators that look like ASCII ones, spaces that are spaces.
_SAME_WIDTH = {
    **{0xFF10 + i: str(i) for i in range(10)},  # full-width digits
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # extended Arabic-Indic (Persian) digits
    **{0x0966 + i: str(i) for i in range(10)},  # Devanagari digits
    0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0xFF0C: ",", 0xFF05: "%", 0x066A: "%",  # separators, percent
    # thin and figure spaces are the narrow no-break space that separates digit groups ("6 800")
    0x2007: "\u202f", 0x2009: "\u202f", 0x200A: "\u202f", 0x2008: "\u202f",
}  # fmt: skip
# Characters no reader sees: zero-width space, joiners, word joiner, BOM, soft hyphen, direction
# marks and embeddings.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c") | frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)


# A look-alike character, or a no-break space that separates no digit groups, which is a space:
# "5\u00a0percent", "4\u00a0per\u00a0cent" (between groups, "6\u00a0800", it stays).
_LOOK_ALIKE = re.compile("[" + "".join(sorted(map(chr, _SAME_WIDTH))) + "]|[\u00a0\u202f](?![0-9])")
_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def same_width(text: str) -> str:
    """``text`` with look-alike digits, separators and spaces made ASCII, one for one."""
    if text.isascii():
        return text
    return _LOOK_ALIKE.sub(_ascii, text)  # only the characters matched pay: most texts have none


def _ascii(m: re.Match[str]) -> str:
    ch = m.group()
    return _SAME_WIDTH.get(ord(ch), " ")


def fold(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and, when any was left out, where in the
    text read each was (`origin` turns an offset of the text read into one of ``text``)."""
    if text.isascii() or _INVISIBLE.search(text) is None:
        return text, None
    removed = [m.start() for m in _INVISIBLE.finditer(text)]
    return _INVISIBLE.sub("", text), [at - k for k, at in enumerate(removed)]


def origin(cuts: list[int], offset: int, end: bool = False) -> int:
    """The offset in the text itself of ``offset`` in the text read, whose invisible characters
    were left out at ``cuts`` (`fold`); an end offset stays before the invisibles after it."""
    return offset + (bisect.bisect_left(cuts, offset) if end else bisect.bisect_right(cuts, offset))
