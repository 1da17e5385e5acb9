"""The search wording: the same keys in both languages, French typography, placeholders kept."""

from __future__ import annotations

import re

from app.search.wording import wording
from tests.conftest import MISSING_NBSP


def test_same_keys_and_placeholders():
    fr, en = wording("fr"), wording("en")
    assert fr.keys() == en.keys()
    for key in fr:
        assert set(re.findall(r"{\w+}", fr[key])) == set(re.findall(r"{\w+}", en[key])), key


def test_french_typography():
    for key, text in wording("fr").items():
        assert not MISSING_NBSP.search(text), key
        assert not re.search(r"[ \t][:;!?]", text), f"{key}: ordinary space before : ; ! ?"
        assert not re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text), key
