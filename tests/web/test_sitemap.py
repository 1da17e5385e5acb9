"""The one site map of routes (app/web/sitemap.py): every public page, both languages, which search,
sitemap.xml, the export and the every-page test read."""

from __future__ import annotations

import yaml
from flask import Flask

from app.config import ROOT
from app.web.i18n import localized_blueprint
from app.web.sitemap import SiteMap
from tests.conftest import localized


def test_every_view_with_an_argument_has_its_values(app):
    """A new GET view with an argument besides the language must say where its values come from
    (`site_map(app).add_values` in its capability's init_app), or its pages go unchecked."""
    assert app.extensions["recours.sitemap"].unlisted() == []


def test_a_view_without_values_is_named():
    app = Flask(__name__)
    app.config["DEFAULT_LANGUAGE"] = "fr"
    bp = localized_blueprint("things", __name__)

    @bp.get("/things/<thing>")
    def thing(thing):
        return thing

    @bp.get("/things")
    def things():
        return "all"

    app.register_blueprint(bp)
    routes = SiteMap(app)
    assert routes.unlisted() == ["/fr/things/<thing>"]
    assert routes.urls() == ["/en/things", "/fr/things"]
    routes.add_values("things.thing", lambda: [{"thing": "a"}], static=True)
    assert routes.unlisted() == []
    assert routes.urls() == ["/en/things", "/en/things/a", "/fr/things", "/fr/things/a"]
    assert [view.urls["fr"] for view in routes.view_pages() if view.static] == ["/fr/things/a"]


def test_one_page_per_platform_of_the_data_file(app):
    """Read from the data file itself, not through the application."""
    data = yaml.safe_load((ROOT / "app/services/data/platforms.yaml").read_text(encoding="utf-8"))
    urls = set(app.extensions["recours.sitemap"].urls())
    for entry in data["platforms"]:
        assert {f"/fr/plateformes/{entry['id']}", f"/en/platforms/{entry['id']}"} <= urls


def test_content_pages_and_tools_in_both_languages(app):
    urls = app.extensions["recours.sitemap"].urls()
    site = app.extensions["recours.site"]
    assert {page.url for page in site.pages} <= set(urls)
    assert localized("/fr/services") in urls and "/en/search" in urls
    assert not any(url.startswith(("/api/", "/assets/", "/__test__")) for url in urls)
