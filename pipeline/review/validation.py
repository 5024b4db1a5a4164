"""Checks on what reviewers type: an edit that is not valid is refused with a clear message."""
import re
from datetime import date
from typing import get_args

from ..geo import is_country_code
from ..schema import EventType

DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?$")


class InvalidEdit(ValueError):
    pass


def check_date(value) -> None:
    match = DATE_VALUE.match(str(value or ""))
    if not match:
        raise InvalidEdit(f"date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn")
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InvalidEdit(f"date {value!r} does not exist") from None


def check_code(value, what: str) -> None:
    if value is not None and not is_country_code(value):
        raise InvalidEdit(f"{what} {value!r} is not an ISO 3166-1 alpha-3 code or EU")


def validate_item(field: str, item: dict) -> dict:
    """The item, cleaned; raises InvalidEdit naming the problem."""
    if not isinstance(item, dict):
        raise InvalidEdit("an item must be an object")
    item = dict(item)
    if field == "countries":
        check_code(item.get("code"), "country")
    elif field == "dates":
        check_date(item.get("value"))
        if not str(item.get("text") or "").strip():
            raise InvalidEdit("a date needs the text it stands for")
    elif field == "tariffs":
        try:
            item["rate"] = float(item.get("rate"))
        except (TypeError, ValueError):
            raise InvalidEdit(f"rate {item.get('rate')!r} is not a number") from None
        check_code(item.get("target"), "target")
        check_code(item.get("imposer"), "imposer")
    elif field == "events":
        if item.get("type") not in get_args(EventType):
            raise InvalidEdit(f"event type {item.get('type')!r} is not one of {', '.join(get_args(EventType))}")
        if item.get("date") is not None:
            check_date(item["date"])
        for key in ("actors", "targets"):
            for code in item.get(key) or []:
                check_code(code, key[:-1])
    elif field == "officials":
        if not str(item.get("name") or "").strip():
            raise InvalidEdit("an official needs a name")
        check_code(item.get("country"), "country")
    elif field == "quotes":
        if not str(item.get("text") or "").strip():
            raise InvalidEdit("a quote needs its text")
    else:
        raise InvalidEdit(f"unknown field {field!r}")
    return item
