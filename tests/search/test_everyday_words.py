"""People search with their own words: everyday words (front-matter synonyms) lead to the page."""

from __future__ import annotations

import re

import pytest

from tests.conftest import localized

CASES = [
    ("fr", "revenge porn", "/fr/images-intimes-226-2-1"),
    ("en", "revenge porn", "/en/intimate-images-226-2-1"),
    ("fr", "porno-vengeance", "/fr/images-intimes-226-2-1"),
    ("fr", "hypertrucage", "/fr/deepfakes-sexuels"),
    ("fr", "nudify", "/fr/deepfakes-sexuels"),
    ("en", "nudify", "/en/sexual-deepfakes"),
    ("fr", "chantage webcam", "/fr/sextorsion"),
    ("en", "webcam blackmail", "/en/sextortion"),
    ("fr", "déposer plainte", "/fr/porter-plainte"),
    ("en", "report to the police", "/en/filing-a-complaint"),
    ("en", "pile-on", "/en/cyber-harassment-222-33-2-2"),
    ("fr", "raid numérique", "/fr/cyberharcelement-222-33-2-2"),
    ("en", "takedown", "/en/removal"),
]


@pytest.mark.parametrize(("lang", "query", "url"), CASES)
def test_everyday_words_find_the_page_first(client, lang, query, url):
    html = client.post(localized(f"/{lang}/search"), data={"q": query}).get_data(as_text=True)
    first = re.search(r'<h3 class="result-title"><a href="([^"]+)">', html)
    assert first and first.group(1) == url, (query, first and first.group(1))
