"""The static export writes every content page and every platform page in both languages, the
assets, sitemap and robots, each file byte for byte what the application serves; tools are left to
the application."""

from __future__ import annotations

import re

import pytest
import yaml

from app.config import ROOT
from app.export.freeze import export_urls, file_for, freeze
from tests.conftest import localized


@pytest.fixture(scope="module")
def exported(app, tmp_path_factory):
    destination = tmp_path_factory.mktemp("export")
    (destination / "stale.html").write_text("left over from an earlier export")
    return destination, freeze(app, destination)


def test_every_content_page_of_both_languages_is_written(app, exported):
    destination, urls = exported
    pages = app.extensions["recours.site"].pages
    assert {p.lang for p in pages} == {"fr", "en"}
    for page in pages:
        assert page.url in urls
        assert file_for(destination, page.url).is_file(), page.url
    assert file_for(destination, "/fr/").name == "index.html"


def test_every_platform_page_of_both_languages_is_written(exported):
    """Read from the data file, not through the application: a platform added there is exported."""
    destination, urls = exported
    data = yaml.safe_load((ROOT / "app/services/data/platforms.yaml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in data["platforms"]]
    assert len(ids) >= 15
    for platform_id in ids:
        for lang in ("fr", "en"):
            url = localized(f"/{lang}/platforms/{platform_id}")
            assert url in urls and file_for(destination, url).is_file(), url
    html = file_for(destination, "/fr/plateformes/twitch").read_text(encoding="utf-8")
    assert "<h1>Signaler sur Twitch</h1>" in html


def test_exported_files_are_the_bytes_the_app_serves(client, exported):
    destination, urls = exported
    for url in urls:
        served = client.get(url)
        assert served.status_code == 200, url
        assert file_for(destination, url).read_bytes() == served.data, url


def test_hashed_assets_linked_from_pages_are_exported(exported):
    destination, _ = exported
    html = file_for(destination, "/en/").read_text(encoding="utf-8")
    linked = re.findall(r'(?:href|src)="(/assets/[^"]+)"', html)
    assert any(link.endswith(".css") for link in linked)
    for link in linked:
        assert file_for(destination, link).is_file(), link


def test_sitemap_robots_and_favicon_are_exported(exported):
    destination, _ = exported
    for url in ("/sitemap.xml", "/robots.txt"):
        assert file_for(destination, url).is_file()


def test_tools_are_not_exported_and_stale_files_are_removed(app, exported):
    destination, urls = exported
    for tool in ("/fr/recherche", "/en/complaint", localized("/fr/qualify"), "/en/services",
                 "/fr/plateformes"):
        assert tool not in urls and not file_for(destination, tool).is_file(), tool
    assert not (destination / "stale.html").exists()
    written = {p.relative_to(destination).as_posix() for p in destination.rglob("*") if p.is_file()}
    assert len(written) == len(export_urls(app))
