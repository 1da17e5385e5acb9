"""The lawyers' page shows, for every article held, the date it was last checked and the
Légifrance id of the version in force (or that none is known), from the law data."""

import re

import pytest
from markupsafe import escape

from app import create_app
from app.formats import article_name, long_date
from app.law import get_registry


@pytest.fixture(scope="module")
def client():
    return create_app({"TESTING": True}).test_client()


@pytest.mark.parametrize(("lang", "path", "unknown"), [
    ("fr", "/fr/juristes", "identifiant non connu"), ("en", "/en/lawyers", "identifier not known")])
def test_every_article_shows_its_last_check(client, lang, path, unknown):
    html = client.get(path).get_data(as_text=True)
    table = html[html.index('id="last-checked"' if lang == "en" else 'id="derniere-verification"'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", table, re.S)
    rules = get_registry().all()
    assert len(rows) == len(rules)
    for rule, row in zip(rules, rows, strict=True):
        assert str(escape(article_name(rule.article, rule.code, lang))) in row
        assert long_date(rule.checked_on, lang) in row
        version = rule.current
        assert (version.legifrance_id or unknown) in row
