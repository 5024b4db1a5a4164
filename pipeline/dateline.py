"""Publication dates from the text itself: wire datelines and "Published:" lines."""
import calendar
import re
from datetime import date

import dateparser

from .temporal import infer_year, safe_date

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_TEXT = rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
PUBLISHED_LINE = re.compile(
    rf"^\s*(?:Published|Posted|Updated|Last updated|Date)\s*(?:on)?\s*[:\-]?\s*(?:\w+day,?\s+)?(?P<date>{DATE_TEXT})",
    re.IGNORECASE | re.MULTILINE)
WIRE_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z .'/\-]+(?:,\s*[A-Z][A-Za-z .]+)?,\s*(?P<date>{DATE_TEXT})\s*(?:\([^)]{{1,40}}\))?\s*[-–—]",
    re.MULTILINE)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
MONTH_NUMBER = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}


def find_dateline(text: str) -> str | None:
    """ISO publication date from a dateline near the top of ``text``, or None.

    A dateline without a year ("WASHINGTON, April 9 (Wire) -") takes the year
    only when the text names exactly one year; otherwise the date stays unknown.
    """
    head = text[:600]
    for pattern in (PUBLISHED_LINE, WIRE_DATELINE):
        match = pattern.search(head)
        if match:
            return _to_iso(match.group("date"), text)
    return None


def _to_iso(date_text: str, text: str) -> str | None:
    parsed = dateparser.parse(date_text, languages=["en"],
                              settings={"REQUIRE_PARTS": ["day", "month"], "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    if not YEAR.search(date_text):
        years = set(YEAR.findall(text))
        if len(years) != 1:
            return None
        try:
            return date(int(years.pop()), parsed.month, parsed.day).isoformat()
        except ValueError:
            return None
    return parsed.date().isoformat()


def story_days(text: str, published: date | None) -> list[tuple[int, date]]:
    """(offset, day) of every wire dateline in the text: a roundup of dated items ("BEIJING, June 17
    (Wire) - ... on Monday") tells each item's weekdays from its own dateline."""
    days = []
    for match in WIRE_DATELINE.finditer(text):
        words = re.findall(r"[A-Za-z]+|\d+", match.group("date"))
        month = next((MONTH_NUMBER[w[:3].lower()] for w in words if w[:3].lower() in MONTH_NUMBER), None)
        numbers = [int(w) for w in words if w.isdigit()]
        day_number = next((n for n in numbers if n <= 31), None)
        if month is None or day_number is None:
            continue  # "2025-04-09" datelines are rare; a wire dateline spells its month
        year = next((n for n in numbers if n > 31), None) or \
            (infer_year(month, day_number, published, "past") if published else None)
        day = safe_date(year, month, day_number) if year else None
        if day is not None:
            days.append((match.start(), day))
    return days
