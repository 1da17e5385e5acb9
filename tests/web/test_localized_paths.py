"""Addresses in the reader's language (app/web/i18n.py): French pages and tools have French paths,
their former paths answer a permanent redirect (301 for a GET, 308 for a form's POST, which keeps
its body), and links, hreflang, sitemap.xml and the export all use the new paths."""

from __future__ import annotations

import re

import pytest

# (former French path, new French path, English path): one per capability that has French words.
MOVED = [
    ("/fr/help-near-you", "/fr/aide-pres-de-chez-vous", "/en/help-near-you"),
    ("/fr/platforms", "/fr/plateformes", "/en/platforms"),
    ("/fr/platforms/tiktok", "/fr/plateformes/tiktok", "/en/platforms/tiktok"),
    ("/fr/search", "/fr/recherche", "/en/search"),
    ("/fr/qualify", "/fr/ma-situation", "/en/qualify"),
    ("/fr/complaint", "/fr/plainte", "/en/complaint"),
    ("/fr/action", "/fr/faire-retirer-un-contenu", "/en/action"),
    ("/fr/services", "/fr/services-d-aide", "/en/services"),
]


@pytest.mark.parametrize(("old", "new", "english"), MOVED)
def test_the_new_paths_answer_and_the_former_ones_redirect(client, old, new, english):
    assert client.get(new).status_code == 200
    assert client.get(english).status_code == 200
    moved = client.get(old)
    assert moved.status_code == 301 and moved.headers["Location"] == new
    assert client.get("/en" + new[3:]).status_code == 404, "French words are French only"


def test_a_former_address_keeps_its_query_string(client):
    moved = client.get("/fr/search?q=plainte")
    assert moved.status_code == 301 and moved.headers["Location"] == "/fr/recherche?q=plainte"


@pytest.mark.parametrize(("old", "new", "form"), [
    ("/fr/help-near-you", "/fr/aide-pres-de-chez-vous", {"place": "75011"}),
    ("/fr/search", "/fr/recherche", {"q": "plainte"}),
    ("/fr/qualify", "/fr/ma-situation", {"step": "when", "action": "next",
                                         "facts_date": "2025-03-01", "repeated_acts": "no"}),
    ("/fr/services", "/fr/services-d-aide", {"help": "removal"}),
])
def test_a_form_posted_to_a_former_address_still_works(client, old, new, form):
    moved = client.post(old, data=form)
    assert moved.status_code == 308 and moved.headers["Location"] == new
    followed = client.post(old, data=form, follow_redirects=True)
    assert followed.status_code == 200 and followed.request.path == new


def alternates(html: str) -> dict[str, str]:
    found = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
    return {lang: re.sub(r"^https?://[^/]+", "", href) for lang, href in found}


@pytest.mark.parametrize(("old", "new", "english"), MOVED)
def test_each_language_links_to_the_other_s_path(client, old, new, english):
    for path in (new, english):
        html = client.get(path).get_data(as_text=True)
        assert alternates(html) == {"fr": new, "en": english, "x-default": new}, path
        assert old not in re.findall(r'href="([^"]+)"', html)


def test_the_sitemap_lists_the_new_paths_only(client):
    text = client.get("/sitemap.xml").get_data(as_text=True)
    for old, new, english in MOVED:
        assert f"{new}</loc>" in text and f"{english}</loc>" in text
        assert f"{old}</loc>" not in text


def test_every_page_links_to_current_paths(app, client):
    """No page of the site map links to a former address (each would cost a redirect)."""
    moved = {rule.rule for rule in app.url_map.iter_rules()
             if hasattr(app.view_functions[rule.endpoint], "moved_to")}
    fixed = {path for path in moved if "<" not in path}
    for url in ("/fr/", "/fr/services-d-aide", "/fr/plateformes/tiktok", "/fr/recherche",
                "/fr/plainte", "/fr/ma-situation", "/fr/faire-retirer-un-contenu"):
        links = set(re.findall(r'(?:href|action|formaction)="([^"?#]+)', client.get(url).text))
        assert not links & fixed, (url, links & fixed)


def test_no_content_page_takes_a_tool_s_path(app):
    pages = {page.url for page in app.extensions["recours.site"].pages}
    views = {url for view in app.extensions["recours.sitemap"].view_pages()
             for url in view.urls.values()}
    assert not pages & views


@pytest.mark.parametrize(("old", "new"), [
    ("/fr/complaint/follow-up", "/fr/plainte/suite"),
    ("/fr/complaint/print", "/fr/plainte/imprimer"),
    ("/fr/complaint/save", "/fr/plainte/enregistrer"),
    ("/fr/complaint/resume", "/fr/plainte/reprendre"),
    ("/fr/complaint/document/pdf", "/fr/plainte/document/pdf"),
    ("/fr/action/plan", "/fr/faire-retirer-un-contenu/plan"),
    ("/fr/action/document/platform-notice/pdf",
     "/fr/faire-retirer-un-contenu/document/platform-notice/pdf"),
])
def test_a_tool_s_inner_addresses_follow_its_french_path(client, old, new):
    """A form posted to a tool's former inner address is sent on, body kept (308)."""
    moved = client.post(old, data={"x": "1"})
    assert moved.status_code == 308 and moved.headers["Location"] == new


def test_tools_link_to_their_french_paths():
    """The pages' tool links (app/pages/tools.py) say the same paths as the views."""
    from app.pages.tools import tool_url
    from tests.conftest import localized

    for key, english in [("qualify", "qualify"), ("complaint", "complaint"), ("action", "action"),
                         ("services", "services")]:
        assert tool_url(key, "fr") == localized(f"/fr/{english}") != f"/fr/{english}"
        assert tool_url(key, "en") == f"/en/{english}"
