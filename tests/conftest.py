"""Shared fixtures: the real application, with the real law data and the real content."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
import yaml

from app import create_app
from app.config import ROOT

FACTS_ON = dt.date(2026, 11, 25)


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


def _platform_ids() -> list[dict[str, str]]:
    """Read from the data file itself, not through the application."""
    data = yaml.safe_load((ROOT / "app/services/data/platforms.yaml").read_text(encoding="utf-8"))
    return [{"platform_id": entry["id"]} for entry in data["platforms"]]


# GET pages that take an argument besides the language, and the values to visit them with.
ROUTE_VALUES = {"platforms.platform": _platform_ids}


def all_page_urls(app) -> list[str]:
    """Every GET page of the site in both languages: content pages, tool pages, and pages whose
    argument comes from data (one per platform). A new such route must be added to ROUTE_VALUES."""
    urls = sorted(page.url for page in app.extensions["recours.site"].pages)
    builder = app.url_map.bind("localhost")
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("static", "asset", "favicon", "root"):
            continue
        if rule.endpoint.startswith("pages.") or rule.rule.startswith(("/__test__", "/api/")):
            continue
        if "lang" not in rule.arguments:
            continue  # pages only: localized views
        if set(rule.arguments) - {"lang"}:
            assert rule.endpoint in ROUTE_VALUES, f"{rule.rule}: add its values to ROUTE_VALUES"
            value_sets = ROUTE_VALUES[rule.endpoint]()
        else:
            value_sets = [{}]
        for values in value_sets:
            for lang in ("fr", "en"):
                urls.append(builder.build(rule.endpoint, {"lang": lang, **values}))
    return sorted(set(urls))


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

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
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
