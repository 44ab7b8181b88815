"""Rules for text a person typed or a spreadsheet carried, shared by every duty.

Text arrives from forms, pasted chat messages and other programs' spreadsheets, and carries
what nobody can see: control characters (a BEL from an old system), zero-width and direction
marks (WeChat wraps a copied phone number in U+202D … U+202C), lone surrogates from a badly
decoded file. Stored, such text looks fine on screen but breaks the workbook export and the
search. So every service cleans text at the one place it validates it:

- ``visible(text)``: the text without invisible characters (C0/C1 controls, format
  characters such as zero-width spaces and direction marks, lone surrogates, non-characters);
  tabs and line breaks become spaces (``keep_lines`` keeps line breaks, for notes);
- ``clean_line(raw, max_len, ...)``: one line of text (a name, a platform), spaces collapsed,
  refused when too long or when nothing visible is left;
- ``clean_note(raw, max_len)``: free text that may be empty and may keep its line breaks;
- ``phone_text(raw)``: what a phone field holds, NFKC-folded (full-width digits ``１３８`` are
  ``138``) and without invisible marks, ready for the phone rules.
"""

from __future__ import annotations

import re
import unicodedata

from desk.errors import ValidationError, translate

# Cc (controls), Cf (format: zero-width, direction marks, soft hyphen, BOM), Cs (surrogates)
# and the non-characters U+FFFE/U+FFFF, which no XML file (so no .xlsx) may hold.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs"}
_NONCHARACTERS = {"\ufffe", "\uffff"}
_LINE_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c"


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch in _NONCHARACTERS


def visible(text: object, keep_lines: bool = False) -> str:
    """``text`` without invisible characters; tabs (and line breaks unless ``keep_lines``) become spaces."""
    if text is None:
        return ""
    out = []
    for ch in str(text).replace("\r\n", "\n"):
        if ch in _LINE_BREAKS:
            out.append("\n" if keep_lines else " ")
        elif ch == "\t":
            out.append(" ")
        elif not _is_invisible(ch):
            out.append(ch)
    return "".join(out)


def has_invisible(text: str) -> bool:
    return any(_is_invisible(ch) for ch in text)


def clean_line(raw: object, max_len: int, *, field: str, empty: str | None = None, too_long: str = "") -> str:
    """One line of visible text, spaces collapsed; ``empty`` is the message when nothing is left.

    ``field`` names the field in that message (a ``translate("Term", ...)`` term);
    ``too_long`` is a message with ``{0}`` for ``max_len``. Text of only invisible characters
    (a name made of zero-width spaces) is refused with its own message, not stored as blank.
    """
    original = "" if raw is None else str(raw)
    line = re.sub(r"\s+", " ", visible(original)).strip()
    if not line:
        if original.strip() and has_invisible(original):
            raise ValidationError(translate(
                "DeskError", "The {0} holds only invisible characters (copied from another program?); "
                             "please type it again."), field)
        if empty:
            raise ValidationError(empty)
        return ""
    if len(line) > max_len:
        raise ValidationError(too_long or translate("DeskError", "This text can be at most {0} characters."), max_len)
    return line


def clean_note(raw: object, max_len: int, too_long: str = "") -> str:
    """Free text (a note): may be empty, keeps its line breaks, at most ``max_len`` characters."""
    lines = [re.sub(r"[^\S\n]+", " ", line).strip() for line in visible(raw, keep_lines=True).split("\n")]
    note = "\n".join(lines).strip()
    note = re.sub(r"\n{3,}", "\n\n", note)
    if len(note) > max_len:
        raise ValidationError(too_long or translate("DeskError", "A note can be at most {0} characters."), max_len)
    return note


def phone_text(raw: object) -> str:
    """A phone field's text, NFKC-folded (full-width digits and ＋) and without invisible marks."""
    if raw is None:
        return ""
    return visible(unicodedata.normalize("NFKC", str(raw))).strip()
