"""The erasure letter's month is GDPR article 12(3)'s, with its possible extension, read back
from every format; the data entry is sourced and graded."""

from __future__ import annotations

import pytest

from app.letters import FILE_FORMATS, registry
from app.letters.action import deadline
from tests.conftest import FACTS_ON
from tests.letters.action_bodies import good

from .readback import squash, text_of

SAID = {"fr": ["article 12, paragraphe 3", "prolonger de deux mois",
               "sauf si le responsable vous a informé dans ce délai d'une prolongation"],
        "en": ["article 12(3)", "extend it by two further months",
               "unless the controller told you of an extension within that time"]}


@pytest.mark.parametrize("fmt", FILE_FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_erasure_letter_cites_article_12_3(lang, fmt):
    doc = registry.document("erasure", good("erasure", letter_lang=lang), fmt, FACTS_ON)
    text = squash(text_of(fmt, doc.content))
    for expected in SAID[lang]:
        assert squash(expected) in text, (fmt, expected)


def test_the_entry_is_sourced():
    entry = deadline("gdpr_answer")
    assert entry.amount == 1 and entry.unit == "months" and entry.grade in ("A", "B")
    assert entry.source.startswith("https://eur-lex.europa.eu/")
    assert "12(3)" in entry.rule["en"] and "12, paragraphe 3" in entry.rule["fr"]
