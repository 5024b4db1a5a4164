"""Name helpers: a later bare surname is found only where it stands as a word of its own."""
import re

import pytest

from pipeline.names import _standalone


@pytest.mark.parametrize("text, word, expected", [
    ("LeBlanc said the talks went well, LeBlanc-style; (LeBlanc) agreed.", "LeBlanc", [0, 50]),
    ("Keller-Sutter met Sutter, not Sutters or _Sutter, in Bern.", "Sutter", [18]),
    ("Han Duck-soo and Han met; Hanoi did not.", "Han", [0, 17]),
    ("Liu Liu", "Liu", [0, 4]),
])
def test_standalone_places(text, word, expected):
    assert list(_standalone(text, word)) == expected
    assert expected == [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
