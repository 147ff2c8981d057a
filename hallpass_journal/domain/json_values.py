"""Plain, shallow JSON: the only shape a value this version does not know may take.

A setting or draft kind added by a later version is kept (and exported again) only when
it is plain: text, a whole number that fits 64 bits, a finite number, true/false, null,
or one flat list or object of those. Such a value can neither break an export (no depth)
nor be mistaken for something this version acts on.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import AfterValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

MAX_ITEMS = 1000  # items in one list or object
MAX_KEY = 200  # characters in an object key
INT_LIMIT = 2**63  # what an SQLite INTEGER (and most JSON readers) can hold

_SCALAR_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string"},
        {"type": "integer"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
    ]
}
_PLAIN_SCHEMA: dict[str, Any] = {
    "anyOf": [
        _SCALAR_SCHEMA,
        {"type": "array", "items": _SCALAR_SCHEMA, "maxItems": MAX_ITEMS},
        {"type": "object", "additionalProperties": _SCALAR_SCHEMA, "maxProperties": MAX_ITEMS},
    ],
    "description": "Plain JSON: a value, or one flat list or object of values.",
}

_NOT_PLAIN = (
    "must be plain JSON: text, a number, true/false or null, or one flat list or object of those"
)


def is_scalar(value: object) -> bool:
    """Whether ``value`` is a plain JSON value (not a list or an object)."""
    if value is None or isinstance(value, str | bool):
        return True
    if isinstance(value, int):
        return -INT_LIMIT < value < INT_LIMIT
    if isinstance(value, float):
        return math.isfinite(value)
    return False


def is_plain(value: object) -> bool:
    """Whether ``value`` is a scalar, or one flat list or object of scalars."""
    if isinstance(value, list):
        return len(value) <= MAX_ITEMS and all(is_scalar(item) for item in value)
    if isinstance(value, dict):
        return len(value) <= MAX_ITEMS and all(
            isinstance(key, str) and len(key) <= MAX_KEY and is_scalar(item)
            for key, item in value.items()
        )
    return is_scalar(value)


def _check_plain(value: Any) -> Any:
    if not is_plain(value):
        raise PydanticCustomError("plain_json", _NOT_PLAIN)
    return value


#: A value of a setting or draft this version does not know (checked, never nested).
PlainValue = Annotated[Any, AfterValidator(_check_plain), WithJsonSchema(_PLAIN_SCHEMA)]
