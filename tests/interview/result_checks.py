"""The result page of the guided questions checked against the engine's own answer for the same
facts: shared by the view tests and the scenario tests."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

from app.formats import long_date, penalty_text
from app.interview.qualify import qualify_flow
from app.qualify import qualify_json
from app.services.directory import get as get_service
from tests.conftest import FACTS_ON, parse
from tests.interview.helpers import step_of


def text_of(response) -> str:
    html = response.get_data(as_text=True)
    main = html.split('<main', 1)[1].split("</main>", 1)[0]
    return squash(unescape(re.sub(r"<[^>]+>", " ", main)))


def squash(text: str) -> str:
    """Collapse ordinary white space only: non-breaking spaces are part of the wording."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def expected(answers: dict, lang: str) -> dict:
    return qualify_json({**qualify_flow().payload(answers), "lang": lang}, FACTS_ON)


def assert_shows_engine_answer(response, answers: dict, lang: str, site) -> dict:
    """Every offence with its penalty phrased from the engine's numbers, its page, its
    Légifrance link and version date; what does not apply; time limit; services."""
    result = expected(answers, lang)
    html = response.get_data(as_text=True)
    text = text_of(response)
    assert response.status_code == 200 and step_of(html) is None
    assert response.headers["Cache-Control"].startswith("no-store")
    for offence in result["offences"]:
        assert offence["title"] in text
        if offence["prison_years"] is not None:
            assert penalty_text(offence["prison_years"], offence["fine_eur"], lang) in text
        assert f'href="{offence["url"]}"' in html
        page = site.get(lang, f"offence-{offence['article']}")
        if page:
            assert f'href="{page.url}"' in html
        if offence["version_in_force_since"]:
            assert long_date(date.fromisoformat(offence["version_in_force_since"]), lang) in text
        for aggravation in offence["aggravations"]:
            assert aggravation["label"] in text
    for item in result["not_applicable"]:
        assert squash(item["reason"]) in text
    if result["limitation"]:
        assert long_date(date.fromisoformat(result["limitation"]["ends_on"]), lang) in text
        assert squash(result["limitation"]["caveat"]) in text
    for service_id in result["services"]:
        assert get_service(service_id).name[lang] in text
    for key in ("what-to-do", "evidence", "removal", "complaint"):
        assert f'href="{site.get(lang, key).url}"' in html
    assert squash(result["disclaimer"]) in text
    assert parse(html).h1 == 1
    return result
