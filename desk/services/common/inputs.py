"""The gate every service operation's arguments pass first: ``@checked`` above its ``def``.

Screens pass sane values, but an import, a script, a pasted cell or a damaged file does not,
and a value of the wrong kind used to surface as ``OverflowError`` (an id of 2**63),
``UnicodeEncodeError`` (a lone surrogate), ``TypeError`` (a date compared with a string) or a
stored BEL that broke the roster export. The gate reads the operation's type hints and, before
anything is read or written, checks every argument (and every field of an input dataclass such
as ``PersonInput``) by its declared type:

- ids (a parameter or field named ``id``, ``*_id``, ``*_ids``, ``deliverer``, ``duplicate_of``...): whole numbers from
  1 to SQLite's largest integer, else ``NotFound``;
- other whole numbers: an ``int`` (not a float, not NaN, not a bool) within ±``NUMBER_MAX``,
  else ``ValidationError``; floats must be finite and within the same bound;
- text: a ``str``; a lone surrogate (a badly decoded file) is refused; longer than ``TEXT_MAX``
  is refused (each field has its own, lower cap in its duty); invisible characters (controls,
  zero-width and direction marks, BOM, non-characters) are removed, and text made only of them
  is refused; tabs become spaces; line breaks stay (as ``\\n``) only in notes and descriptions
  (``MULTI_LINE``) and become spaces in every other text (a name, a reason, a place);
- file paths (``str | os.PathLike``): no surrogates, no NUL, not absurdly long; never changed;
- dates and times: of the declared kind (a date is not a datetime) and within a sane window:
  from ``EARLIEST`` to tomorrow for what happened, to a year ahead for what is planned
  (``AHEAD``: event times, campaign dates, due dates, promised dates); whether an end comes
  after its start each duty checks, with its own words;
- lists and other collections: a real collection (not ``None``, text or a number) of at most
  ``ITEMS_MAX`` checked elements, handed on as a list (a generator is read once, here);
- the operator: an ``Operator`` row or ``None`` (which the permission check refuses);
- a record passed in (a ``Person``, a ``PointEntry``): an instance of that model, still stored.

A refusal is the desk's own ``DeskError`` with a message in the volunteer's language, and since
the gate runs before the operation, nothing has changed. Each duty still checks what only it
knows (a name's 30 characters, a quantity's upper bound, that a wish is open).
"""

from __future__ import annotations

import collections.abc as cabc
import dataclasses
import datetime as dt
import functools
import inspect
import math
import os
import types
import typing
from pathlib import PurePath
from typing import Any, Callable, ParamSpec, TypeVar

import peewee as pw

from desk.errors import NotFound, PermissionDenied, ValidationError, translate
from desk.models import Operator, now
from desk.services.common.text import visible

P = ParamSpec("P")
R = TypeVar("R")

ID_MAX = 2**63 - 1  # SQLite's largest integer
NUMBER_MAX = 1_000_000_000  # no count, price, quantity or points total of a station comes near
TEXT_MAX = 5_000  # characters; every field has its own, lower cap in its duty
PATH_MAX = 4_096
ITEMS_MAX = 20_000  # people on one sheet, rows of one import
EARLIEST = dt.date(2000, 1, 1)
AHEAD_DAYS = 366  # a plan (an event, a due date) may lie up to a year ahead
DONE_SLACK = dt.timedelta(days=1)  # what happened: at the latest tomorrow (clock and time-zone slack)
# Names of dates that are plans, not records of what happened.
AHEAD = frozenset({"starts_on", "ends_on", "starts_at", "ends_at", "due_on", "wanted_by", "promised_on"})
ID_NAMES = frozenset({"id", "deliverer", "duplicate_of", "copied_from"})
# Free text that may keep its line breaks; in any other text a line break becomes a space.
MULTI_LINE = frozenset({"note", "description", "what_happened", "resolution"})

MARK = "__desk_checked__"
_KNOWN = "_desk_known_id"  # set on an Operator object once its row was found


def is_id(name: str) -> bool:
    return name in ID_NAMES or name.endswith("_id") or name.endswith("_ids")


# --- the single checks, usable on their own ---------------------------------------------------


def record_id(value: object, name: str = "id") -> int:
    """A record's id: a whole number from 1 to SQLite's largest; anything else finds nothing."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFound(translate("DeskError", "That record does not exist."))
    if not 1 <= value <= ID_MAX:
        raise NotFound(translate("DeskError", "That record does not exist (number {0})."), value)
    return value


def whole_number(value: object, name: str = "number") -> int:
    """A whole number within ±``NUMBER_MAX``: not a float, not NaN, not a bool."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(translate("DeskError", "Please enter a whole number."))
    if abs(value) > NUMBER_MAX:
        raise ValidationError(translate("DeskError", "The number {0} is too large for the desk."), _short(value))
    return value


def real_number(value: object, name: str = "number") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(translate("DeskError", "Please enter a number."))
    if not math.isfinite(value) or abs(value) > NUMBER_MAX:
        raise ValidationError(translate("DeskError", "The number {0} is too large for the desk."), _short(value))
    return value


def text(value: object, name: str = "text", limit: int = TEXT_MAX) -> str:
    """Text without invisible characters (line breaks kept as ``\\n``); surrogates and huge text refused."""
    if not isinstance(value, str):
        raise ValidationError(translate("DeskError", "The desk was given something it cannot use as {0}; nothing "
                                                     "was changed."), name)
    _no_surrogates(value)
    if len(value) > limit:
        raise ValidationError(translate("DeskError", "This text is too long ({0} characters; at most {1})."),
                              len(value), limit)
    cleaned = visible(value, keep_lines=name in MULTI_LINE)
    if not cleaned.strip() and value.strip():
        raise ValidationError(translate("DeskError", "This text holds only invisible characters (copied from another "
                                                     "program?); please type it again."))
    return cleaned


def path_text(value: object, name: str = "path") -> str | os.PathLike:
    if not isinstance(value, (str, os.PathLike)):
        raise ValidationError(translate("DeskError", "The desk was given something it cannot use as {0}; nothing "
                                                     "was changed."), name)
    raw = os.fspath(value)
    if not isinstance(raw, str):
        raise ValidationError(translate("DeskError", "The desk was given something it cannot use as {0}; nothing "
                                                     "was changed."), name)
    _no_surrogates(raw)
    if "\x00" in raw or len(raw) > PATH_MAX:
        raise ValidationError(translate("DeskError", "That file name cannot be used; choose another file."))
    return value


def moment(value: object, kind: type, name: str = "") -> dt.date | dt.datetime | dt.time:
    """A date, a date and time, or a time of day, of the kind asked for, within the sane window."""
    if kind is dt.time:
        if not isinstance(value, dt.time):
            raise ValidationError(translate("DeskError", "Please choose a time."))
        return value
    if kind is dt.datetime and not isinstance(value, dt.datetime):
        raise ValidationError(translate("DeskError", "Please choose a date and time."))
    if kind is dt.date and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise ValidationError(translate("DeskError", "Please choose a date."))
    day = value.date() if isinstance(value, dt.datetime) else value
    shown = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value.isoformat()
    if day < EARLIEST:
        raise ValidationError(translate("DeskError", "The date {0} is before {1}; check the date."), shown,
                              EARLIEST.year)
    today = now().date()
    if name in AHEAD:
        if day > today + dt.timedelta(days=AHEAD_DAYS):
            raise ValidationError(translate("DeskError", "The date {0} is more than a year ahead; check the date."),
                                  shown)
    elif (value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())) > now() + DONE_SLACK:
        raise ValidationError(translate("DeskError", "The date {0} is in the future; check the date."), shown)
    return value


def _no_surrogates(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(translate(
            "DeskError", "This text holds a broken character (copied from a damaged file?); please type it again."
        )) from None


def _exists(model: type[pw.Model], key: object) -> bool:
    if isinstance(key, bool) or not isinstance(key, int) or not 1 <= key <= ID_MAX:
        return False
    return model.select(model._meta.primary_key).where(model._meta.primary_key == key).exists()


def _short(value: object) -> str:
    shown = str(value)
    return shown if len(shown) <= 24 else shown[:20] + "…"


# --- checking by type hints --------------------------------------------------------------------


def _wrong(name: str) -> ValidationError:
    return ValidationError(translate("DeskError", "The desk was given something it cannot use as {0}; nothing was "
                                                  "changed."), name)


def _is_path_hint(hint: Any) -> bool:
    if isinstance(hint, type):
        return issubclass(hint, PurePath)
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return False
    args = typing.get_args(hint)
    return any(
        a is os.PathLike or typing.get_origin(a) is os.PathLike or (isinstance(a, type) and issubclass(a, PurePath))
        for a in args)


def check_value(value: Any, hint: Any, name: str) -> Any:
    """``value`` checked (and text cleaned) against the type hint ``hint``; raises a ``DeskError``."""
    if hint is Any or hint is object or hint is None:
        if isinstance(value, str):
            _no_surrogates(value)
        return value
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        if _is_path_hint(hint):
            return path_text(value, name)
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            return check_value(value, options[0], name)
        for option in options:  # the first member the value is an instance of decides
            base = typing.get_origin(option) or option
            if isinstance(base, type) and isinstance(value, base):
                return check_value(value, option, name)
        raise _wrong(name)
    if value is None:
        if hint is Operator:
            return None  # the permission check refuses it, in its own words
        if hint is int and is_id(name):
            return record_id(value, name)
        raise _wrong(name)
    if hint is Operator:
        # An operator object that is not a row of the table is nobody on duty. Operators are never
        # deleted, so the one on duty is looked up once, not at every (nested) operation.
        if not isinstance(value, Operator) or not (value.__dict__.get(_KNOWN) == value.get_id()
                                                   or _exists(Operator, value.get_id())):
            raise PermissionDenied(translate("DeskError", "Nobody is on duty: choose who you are first."))
        value.__dict__[_KNOWN] = value.get_id()
        return value
    if _is_path_hint(hint):
        return path_text(value, name)
    if hint is bool:
        if not isinstance(value, bool):
            raise _wrong(name)
        return value
    if hint is int:
        return record_id(value, name) if is_id(name) else whole_number(value, name)
    if hint is float:
        return real_number(value, name)
    if hint is str:
        return text(value, name)
    if hint in (dt.date, dt.datetime, dt.time):
        return moment(value, hint, name)
    if isinstance(hint, type) and issubclass(hint, pw.Model):
        if not isinstance(value, hint) or not _exists(hint, value.get_id()):
            raise NotFound(translate("DeskError", "That record does not exist (number {0})."),
                           _short(getattr(value, "id", value)))
        return value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, hint):
            raise _wrong(name)
        # The desk's own settings object is changed in place by the operation that takes it
        # (the backup folder): it is not an input to copy and clean.
        if not hint.__module__.startswith("desk.services"):
            return value
        return check_dataclass(value)
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise _wrong(name)
        key_hint, value_hint = args if len(args) == 2 else (Any, Any)
        return {check_value(k, key_hint, name): check_value(v, value_hint, name) for k, v in value.items()}
    if origin in (list, tuple, set, frozenset, cabc.Iterable, cabc.Sequence, cabc.Collection) or hint in (list, tuple):
        return _collection(value, origin or hint, args, name)
    if isinstance(hint, type):
        if not isinstance(value, hint):
            raise _wrong(name)
        return value
    return value


def _collection(value: Any, origin: Any, args: tuple, name: str) -> Any:
    if isinstance(value, (str, bytes, bytearray, dict)) or not isinstance(value, cabc.Iterable):
        raise _wrong(name)
    items = []
    for item in value:
        items.append(item)
        if len(items) > ITEMS_MAX:
            raise ValidationError(translate("DeskError", "Too many at once (more than {0})."), ITEMS_MAX)
    if origin is tuple and args and args[-1] is not Ellipsis:  # a fixed tuple: (Person, PersonInput)
        if len(items) != len(args):
            raise _wrong(name)
        return tuple(check_value(item, hint, name) for item, hint in zip(items, args))
    element = args[0] if args else Any
    checked = [check_value(item, element, name) for item in items]
    if origin is tuple:
        return tuple(checked)
    if origin in (set, frozenset):
        try:
            return origin(checked)
        except TypeError:
            raise _wrong(name) from None
    return checked


@functools.lru_cache(maxsize=None)
def _hints(owner: Any) -> dict[str, Any]:
    target = owner.__wrapped__ if hasattr(owner, "__wrapped__") else owner
    return typing.get_type_hints(target)


def hints_of(owner: Any) -> dict[str, Any]:
    """The resolved type hints of a function or dataclass (a test checks every operation's resolve)."""
    return _hints(owner)


def _shallow(value: Any, hint: Any, name: str) -> Any:
    """Only the kind of a trusted argument: a list of rows of the right class, say, their fields unread."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (list, tuple, cabc.Sequence, cabc.Iterable):
        items = _collection(value, list, (Any,), name)
        element = args[0] if args and isinstance(args[0], type) else object
        if not all(isinstance(item, element) for item in items):
            raise _wrong(name)
        return items
    return check_value(value, hint, name)


def check_dataclass(value: Any) -> Any:
    """A copy of the input dataclass with every field checked (and text cleaned)."""
    hints = _hints(type(value))
    changes = {}
    for field in dataclasses.fields(value):
        if not field.init:
            continue
        old = getattr(value, field.name)
        new = check_value(old, hints.get(field.name, Any), field.name)
        if new is not old:
            changes[field.name] = new
    return dataclasses.replace(value, **changes) if changes else value


def checked(operation: Callable[P, R] | None = None, *, trust: tuple[str, ...] = ()) -> Any:
    """Check every argument of a service operation by its type hint before it runs (see the module).

    ``@checked`` or ``@checked(trust=("rows",))``: of a trusted argument only the kind is checked
    (a list), not what it holds (rows the desk itself read from the database, to be written out).
    """
    if operation is None:
        return lambda function: _checked(function, trust)
    return _checked(operation, trust)


def _checked(operation: Callable[P, R], trust: tuple[str, ...]) -> Callable[P, R]:
    signature = inspect.signature(operation)
    missing = [name for name in trust if name not in signature.parameters]
    if missing:
        raise TypeError(f"{operation.__name__} has no parameter {missing}")

    @functools.wraps(operation)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        hints = _hints(operation)
        bound = signature.bind(*args, **kwargs)
        for name, value in list(bound.arguments.items()):
            parameter = signature.parameters[name]
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            hint = hints.get(name, Any)
            if name in trust:
                bound.arguments[name] = _shallow(value, hint, name)
            else:
                bound.arguments[name] = check_value(value, hint, name)
        return operation(*bound.args, **bound.kwargs)

    setattr(run, MARK, True)
    return run


def is_checked(function: Callable) -> bool:
    return bool(getattr(function, MARK, False))
