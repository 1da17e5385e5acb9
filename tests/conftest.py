"""Shared fixtures: the real application, with the real law data and the real content."""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import re
from functools import cache
from html.parser import HTMLParser

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from app.config import LANGUAGES

FACTS_ON = dt.date(2026, 11, 25)

# Counts the hostile inputs the fuzz tests judge, across xdist workers too.
pytest_plugins = ("tests.hardening.fuzz_count",)


@pytest.fixture(scope="session")
def app():
    # The rate limit has its own tests; the rest of the suite must not trip over it.
    application = create_app({"TESTING": True, "FACTS_ON": FACTS_ON,
                              "RATE_LIMIT_DOCUMENTS": (0, 60)})

    @application.get("/__test__/boom")
    def boom():  # a route that fails, to prove the 500 page never shows a trace
        raise RuntimeError("secret-internal-detail")

    @application.post("/__test__/echo")
    def echo():  # reads a form body, to prove the size limit answers 413
        from flask import request

        return {"fields": len(request.form)}

    return application


@pytest.fixture()
def client(app):
    return app.test_client()


@cache
def _localized_blueprints() -> tuple:
    from app.web.i18n import LocalizedBlueprint

    application = create_app({"TESTING": True, "FACTS_ON": FACTS_ON})
    return tuple(bp for bp in application.blueprints.values()
                 if isinstance(bp, LocalizedBlueprint))


# Log records of the application, Flask and werkzeug at DEBUG: the privacy tests look for typed
# text in them.
WATCHED = ("", "app", "flask.app", "werkzeug")


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage() + repr(record.args) + repr(record.__dict__))


@pytest.fixture()
def records():
    handler = Records()
    loggers = [logging.getLogger(name) for name in WATCHED]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield handler
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


def localized(path: str) -> str:
    """A path written with the view's English path ('/fr/help-near-you') as the application serves
    it in the path's language ('/fr/aide-pres-de-chez-vous'); the query string is kept."""
    lang, _, rest = path.lstrip("/").partition("/")
    rest, mark, query = ("/" + rest).partition("?")
    for blueprint in _localized_blueprints():
        moved = blueprint.translated(rest, lang)
        if moved != rest:
            return f"/{lang}{moved}{mark}{query}"
    return path


def localized_links(html: str) -> str:
    """An HTML fragment whose href, action and formaction are written with English paths, with the
    paths the application serves (`localized` applied to each)."""
    return re.sub(r'\b((?:href|action|formaction)=")(/[^"]*)"',
                  lambda m: f'{m.group(1)}{localized(m.group(2))}"', html)


def all_page_urls(app) -> list[str]:
    """Every GET page of the site in both languages, from the application's one site map
    (content pages, tool pages, one page per platform): the list search, sitemap.xml and the
    export read too. tests/web/test_sitemap.py fails when a view's arguments have no values."""
    return app.extensions["recours.sitemap"].urls()


class PageParser(HTMLParser):
    """Collects what every page check needs: ids, h1s, lang, form fields and their labels."""

    FIELDS = ("input", "select", "textarea")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.h1 = 0
        self.h1_text: list[str] = []
        self.lang = None
        self.fields: list[dict] = []
        self.label_for: set[str] = set()
        self.label_depth = 0
        self.in_h1 = False
        self.text_chunks: list[tuple[str, str]] = []
        self.skip = 0
        self.lang_stack: list[str | None] = []
        self.inline: list[str] = []  # inline scripts, styles, on* attributes: the CSP forbids them

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes or tag == "style":
            self.inline.append(f"<{tag}> inline")
        self.inline += [f"{tag} {name}=" for name in attributes
                        if name == "style" or name.startswith("on")]
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "h1":
            self.h1 += 1
            self.in_h1 = True
        if tag == "label":
            self.label_depth += 1
            if attributes.get("for"):
                self.label_for.add(attributes["for"])
        if tag in self.FIELDS and attributes.get("type") not in ("hidden", "submit", "button"):
            self.fields.append({**attributes, "_wrapped": self.label_depth > 0})
        if tag in ("script", "style", "code", "pre", "blockquote"):
            self.skip += 1
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self.lang_stack.append(attributes.get("lang"))

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False
        if tag == "label":
            self.label_depth -= 1
        if tag in ("script", "style", "code", "pre", "blockquote"):
            self.skip -= 1
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr") \
                and self.lang_stack:
            self.lang_stack.pop()

    def handle_data(self, data):
        if self.in_h1:
            self.h1_text.append(data)
        if not self.skip:
            inner = next((code for code in reversed(self.lang_stack) if code), self.lang)
            self.text_chunks.append((inner, data))


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


# A colon, semicolon, "!" or "?" glued to the word before, or after an ordinary space: French
# typography wants a non-breaking space (U+00A0 or U+202F) there.
MISSING_NBSP = re.compile(r"(?:[^\s\u00a0\u202f(«]|(?<=\S) )([:;!?])(?=\s|$)")


# -- The page checks every HTML response of every test goes through ----------------------------
# Bytes on the wire: gzip(HTML) + its stylesheets and scripts (docs/performance.md).
BUDGET = 40 * 1024
ASSET_LINK = re.compile(r'(?:href|src)="(/assets/[^"]+\.(?:css|js))"')


class PageFault(AssertionError):
    """An HTML response broke a rule every page keeps."""


def page_faults(app: Flask, html: str) -> list[str]:
    """What is wrong with a whole HTML page: not one h1, no language, an unlabelled field, a
    duplicate id, inline script or style, over the size budget. [] for a good page."""
    page = parse(html)
    faults = []
    if page.h1 != 1:
        faults.append(f"{page.h1} h1 elements")
    if page.lang not in LANGUAGES:
        faults.append(f"html lang={page.lang!r}")
    faults += [f"field {field.get('name')!r} has no label" for field in page.fields
               if not (field.get("id") in page.label_for or field["_wrapped"]
                       or field.get("aria-label") or field.get("aria-labelledby"))]
    duplicates = sorted({i for i in page.ids if page.ids.count(i) > 1})
    if duplicates:
        faults.append(f"duplicate ids {duplicates}")
    # Read from the parsed tags, not the text: a visitor's typed "onerror=" shown back as text
    # (escaped) is no inline handler.
    if page.inline:
        faults.append(f"inline script or style: {page.inline[0]!r}")
    assets = app.extensions.get("recours.assets", {})
    gzipped = {f"/assets/{asset.hashed}": len(asset.gzipped) for asset in assets.values()}
    size = len(gzip.compress(html.encode("utf-8"), 6, mtime=0)) + sum(
        gzipped.get(url, 0) for url in set(ASSET_LINK.findall(html)))
    if size > BUDGET:
        faults.append(f"{size} bytes on the wire > {BUDGET}")
    return faults


class CheckedClient(FlaskClient):
    """The test client of every application in the tests: each whole HTML page it receives, GET
    or POST, error pages included, goes through `page_faults`."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and not response.direct_passthrough:
            body = response.get_data()
            if response.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            html = body.decode("utf-8")
            if html.lstrip()[:15].lower() == "<!doctype html>":
                faults = page_faults(self.application, html)
                if faults:
                    raise PageFault(f"{response.request.method} {response.request.path} "
                                    f"({response.status_code}): {faults}")
        return response


def pytest_configure(config):
    Flask.test_client_class = CheckedClient


PHONE_LINK = re.compile(r'<a href="(?:tel|sms):[^"]*" aria-label="[^"]*">([^<]*)</a>')


def without_phone_links(page_html: str) -> str:
    """The page with the tap-to-call links of its text (app/services/phones.py) back to plain
    numbers, for checks that compare a page with the text it was made from."""
    return PHONE_LINK.sub(r"\1", page_html)
