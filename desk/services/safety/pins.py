"""PINs: what a good one is, and how it is kept (only as a salted, slow scrypt hash).

A PIN is 4 to 8 digits, or a password of at least 8 characters. Full-width digits (a Chinese
input method left in full-width mode types １２３４) count as the digits they look like.

The stored form names its own parameters, so the cost can be raised later without breaking
old PINs (``needs_rehash`` tells the sign-in to store a fresh hash):

    scrypt$<n>$<r>$<p>$<salt, base64>$<key, base64>

What the hash protects, honestly: someone who copies ``desk.db`` can try all 10,000 four-digit
PINs in minutes whatever the hash; they have the riders' data anyway, since the file is not
encrypted. The hash keeps a longer password (perhaps used elsewhere too) from being read
off the file, and the desk's own slowdown (``access``) is what stops guessing at the window.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import unicodedata

from desk.errors import ValidationError, translate

# scrypt cost: n=2**15, r=8, p=1 takes 32 MiB and about a tenth of a second on one core of a
# desk PC. Tests may lower it (the parameters travel in the stored string).
COST: tuple[int, int, int] = (2**15, 8, 1)
SALT_BYTES = 16
KEY_BYTES = 32
# A stored string asking for more than this is refused, not computed (a tampered file must
# not make the sign-in take minutes or gigabytes).
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16

MIN_DIGITS, MAX_DIGITS = 4, 8
MIN_PASSWORD, MAX_PASSWORD = 8, 64

_DIGITS = re.compile(r"[0-9]+")
PREFIX = "scrypt$"


class _HideHashes(logging.Filter):
    """peewee logs every query with its values at DEBUG: a stored PIN hash is shown as ``<pin hash>``."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.msg
        if isinstance(msg, tuple) and len(msg) == 2 and isinstance(msg[1], (list, tuple)):
            params = msg[1]
            if any(isinstance(v, str) and v.startswith(PREFIX) for v in params):
                record.msg = (msg[0], ["<pin hash>" if isinstance(v, str) and v.startswith(PREFIX) else v
                                       for v in params])
        return True


logging.getLogger("peewee").addFilter(_HideHashes())


def normalise(pin: str) -> str:
    """The PIN as it is hashed: NFKC, so full-width ``１２３４`` is ``1234``."""
    return unicodedata.normalize("NFKC", pin)


def _too_easy(digits: str) -> bool:
    """All one digit (0000) or a straight run up or down (1234, 98765): the first PINs a guesser tries."""
    if len(set(digits)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:])}
    return steps in ({1}, {9})


def check_rules(pin: object) -> str:
    """The PIN normalised, or ``ValidationError`` saying what a PIN must be."""
    if not isinstance(pin, str) or not pin:
        raise ValidationError(translate("DeskError", "Please type a PIN: 4 to 8 digits, or a password of 8 characters or more."))
    text = normalise(pin)
    if any(unicodedata.category(ch).startswith("C") for ch in text) or text != text.strip():
        raise ValidationError(translate("DeskError", "A PIN cannot hold spaces at its ends or invisible characters."))
    if len(text) > MAX_PASSWORD:
        raise ValidationError(translate("DeskError", "A PIN or password can be at most {0} characters."), MAX_PASSWORD)
    if _DIGITS.fullmatch(text):
        if len(text) < MIN_DIGITS:
            raise ValidationError(translate("DeskError", "A PIN needs at least {0} digits."), MIN_DIGITS)
        if len(text) <= MAX_DIGITS and _too_easy(text):
            # The PIN itself is never put in a message: the screen faces the counter.
            raise ValidationError(
                translate("DeskError", "This PIN is too easy to guess: avoid one digit repeated or a straight run like 1234.")
            )
    elif len(text) < MIN_PASSWORD:
        raise ValidationError(
            translate("DeskError", "A password (not only digits) needs at least {0} characters."), MIN_PASSWORD
        )
    return text


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _maxmem(n: int, r: int, p: int) -> int:
    # scrypt needs 128 * r * (n + p) bytes; OpenSSL refuses anything over maxmem (32 MiB default).
    return 128 * r * (n + p) + (1 << 20)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(normalise(pin).encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r, p),
                          dklen=length)


def hash_pin(pin: str) -> str:
    """A new stored form of ``pin`` with a fresh random salt. Check the rules first."""
    n, r, p = COST
    salt = os.urandom(SALT_BYTES)
    return f"{PREFIX}{n}${r}${p}${_b64(salt)}${_b64(_derive(pin, salt, n, r, p, KEY_BYTES))}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = (stored or "").split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    if len(salt) < 8 or not 16 <= len(key) <= 64:
        return None
    return n, r, p, salt, key


def verify(pin: str, stored: str | None) -> bool:
    """Does ``pin`` match the stored form? Constant-time compare; a malformed form never matches."""
    parsed = _parse(stored or "")
    if parsed is None or not isinstance(pin, str):
        return False
    n, r, p, salt, key = parsed
    try:
        candidate = _derive(pin, salt, n, r, p, len(key))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(candidate, key)


def needs_rehash(stored: str | None) -> bool:
    """True when the stored form is weaker than today's ``COST`` (store a new one at the next sign-in)."""
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    want_n, want_r, want_p = COST
    return (n, r, p) < (want_n, want_r, want_p) or len(salt) < SALT_BYTES or len(key) < KEY_BYTES
