"""Pages link to the tools under their plain names, at the addresses the tools answer on."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import url_for

from app.pages.facts import ContentFunctionError, ContentFunctions
from app.pages.tools import TOOLS, platform_url, tool_url
from tests.conftest import FACTS_ON, localized, localized_links


@pytest.mark.parametrize("key", sorted(TOOLS))
def test_each_tool_address_is_the_one_its_view_answers_on(app, client, key):
    for lang in ("fr", "en"):
        with app.test_request_context(f"/{lang}/"):
            assert tool_url(key, lang) == url_for(TOOLS[key].endpoint, lang=lang)
        assert client.get(tool_url(key, lang)).status_code == 200


def test_platform_pages_answer(client):
    assert client.get(platform_url("snapchat", "fr")).status_code == 200


def test_the_menu_uses_the_plain_names(client):
    for lang in ("fr", "en"):
        html = client.get(f"/{lang}/").get_data(as_text=True)
        menu = html.split('class="site-nav"', 1)[1].split("</nav>", 1)[0]
        for tool in TOOLS.values():
            assert f">{tool.name[lang]}</a>" in menu.replace("&#39;", "'"), tool.name[lang]
    assert "Qualifier ma situation" not in client.get("/fr/").get_data(as_text=True)


def test_content_functions_give_tool_links_and_refuse_unknown_names():
    fn = ContentFunctions("fr", FACTS_ON, lambda key: f"/fr/{key}")
    assert fn.tool("complaint") == localized("/fr/complaint")
    assert str(fn.tool_link("complaint")) == \
        localized_links('<a class="tool-link" href="/fr/complaint">Écrire ma plainte</a>')
    assert fn.platform_page("x") == localized("/fr/platforms/x")
    for call in (lambda: fn.tool("nothing"), lambda: fn.platform_page("myspace")):
        with pytest.raises(ContentFunctionError):
            call()


def test_the_content_check_accepts_tool_links_and_refuses_others(app):
    from app.pages.check import check_site
    from app.pages.render import Page, Site

    site = app.extensions["recours.site"]
    home = site.get("fr", "home")
    extra = Page("extra", "fr", "extra", home.meta,
                 localized_links('<a href="/fr/complaint">x</a> <a href="/fr/platforms/x">y</a>'
                                 ' <a href="/fr/complaint-nowhere">z</a>'
                                 ' <a href="/fr/platforms/myspace">w</a>'))
    report = check_site(Site([*site.pages, extra]), ("fr", "en"), dt.date(2026, 11, 25))
    broken = [e for e in report.errors if e.startswith("fr/extra")]
    assert broken == ["fr/extra: broken link to /fr/complaint-nowhere",
                      f"fr/extra: broken link to {localized('/fr/platforms/myspace')}"]


def test_pages_that_talk_about_a_tool_link_to_it(app):
    """Pages that explain what a tool does link to it from their text (not only the menu)."""
    site = app.extensions["recours.site"]
    expected = {"complaint": ["complaint"], "removal": ["action"], "what-to-do":
                ["qualify", "complaint", "action"], "home": ["qualify", "complaint"]}
    for lang in ("fr", "en"):
        for key, tools in expected.items():
            html = site.get(lang, key).html
            for tool in tools:
                assert re.search(rf'href="{re.escape(tool_url(tool, lang))}"', html), (key, tool)
