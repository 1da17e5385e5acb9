"""The preservation request says who can obtain the preservation of a platform's data
(investigators and courts, LCEN art. 6 from the law data) and what a private request can and
cannot do, in every format; the action plan never tells anyone to send it ahead of the
complaint."""

from __future__ import annotations

import pytest

from app.interview.action import action_flow
from app.interview.action.plan import plan
from app.law import get_registry
from app.letters import FILE_FORMATS, registry
from tests.conftest import FACTS_ON
from tests.letters.action_bodies import good

from .readback import squash, text_of

SAID = {
    "fr": ["Seuls les enquêteurs, agissant pour le procureur ou un juge, et les tribunaux",
           "obliger la plateforme à quoi que ce soit", "faire obtenir les données",
           "après l'avoir déposée, ou en même temps",
           "Je ne vous demande pas de me communiquer ces données",
           "article 6 de la loi pour la confiance dans l'économie numérique"],
    "en": ["Only investigators, acting for the prosecutor or a judge, and the courts",
           "oblige the platform to anything", "or get you the data",
           "send this letter after filing it, or at the same time",
           "I am not asking you to send me these data"],
}


@pytest.mark.parametrize("fmt", FILE_FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_request_says_who_can_obtain_preservation(lang, fmt):
    doc = registry.document("preservation", good("preservation", letter_lang=lang), fmt,
                            FACTS_ON)
    text = squash(text_of(fmt, doc.content))
    for expected in SAID[lang]:
        assert squash(expected) in text, (fmt, expected)


def test_the_caveat_rests_on_the_law_data():
    values = get_registry().offence("lcen-6").versions[-1].values
    assert values["data_obtained_by"] == "judicial_authority"
    assert values["hosts_keep_identifying_data"] is True


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_plan_never_says_send_it_now(lang):
    words = action_flow().text(lang)
    entries = plan({"pack.preservation": "yes"}, FACTS_ON, lang, words["plan"], "X")
    (entry,) = [e for e in entries if e["kind"] == "preservation"]
    text = " ".join(entry["lines"]).lower()
    assert "maintenant" not in text and "now" not in text
    assert ("plainte" in text) if lang == "fr" else ("complaint" in text)
    assert "tribunaux" in words["questions"]["pack.preservation"]["hint"] or \
        "courts" in words["questions"]["pack.preservation"]["hint"]
