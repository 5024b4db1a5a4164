"""The country table: ISO 3166-1 alpha-3 codes from pycountry plus our curated forms."""
from functools import lru_cache

import pycountry

from .resources import read_tsv, resource_path

EU_CODE = "EU"
EU_NAME = "European Union"


def _pycountry_forms() -> list[tuple[str, str, str]]:
    rows = []
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            form = getattr(country, attr, None)
            if form and "," not in form and "(" not in form:
                rows.append((country.alpha_3, form, "name"))
    return rows


def load_country_forms(aliases_path: str = "") -> list[tuple[str, str, str]]:
    """(code, surface form, kind) rows: pycountry names, then the curated data file."""
    rows = _pycountry_forms()
    for row in read_tsv(aliases_path or resource_path("country_aliases.tsv")):
        rows.append((row[0], row[1], row[2] if len(row) > 2 else "name"))
    return rows


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """Display name of a code: the common English name ("South Korea", "Vietnam")."""
    if code == EU_CODE:
        return EU_NAME
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    for attr in ("common_name", "name"):
        name = getattr(country, attr, None)
        if name and "," not in name:
            return name
    for row_code, form, kind in load_country_forms():
        if row_code == code and kind in ("short", "name") and form[:1].isupper():
            return form
    return country.name


def is_country_code(code: str | None) -> bool:
    """True for ISO 3166-1 alpha-3 codes and ``EU``."""
    if not code:
        return False
    return code == EU_CODE or pycountry.countries.get(alpha_3=code) is not None
