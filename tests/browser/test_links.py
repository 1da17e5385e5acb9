"""Numbers and links that work: every link of every rendered page (each page of the site map in
both languages, and the pages only a form opens: the guided questions' result, each tool's
review, the action plan) is followed and none answers 404; every support service's number in a
page's text is a tap-to-call link named after its service."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from app.services.directory import all_services
from tests.browser.tools import MINOR_WALK, answer, press, submit_post, tool_path
from tests.conftest import all_page_urls
from tests.interview.complaint.answers import ANSWERS


class Anchors(HTMLParser):
    """Links (href) and the text of <main> outside links, headings and form controls."""

    SKIP = {"a", "h1", "h2", "h3", "h4", "button", "label", "legend", "option", "textarea",
            "code", "script", "style", "select", "summary"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs, self.text, self.stack, self.main = [], [], [], False

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.main = True
        if tag == "a" and dict(attrs).get("href"):
            self.hrefs.append(dict(attrs)["href"])
        if tag in self.SKIP:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "main":
            self.main = False
        if tag in self.SKIP and tag in self.stack:
            self.stack.remove(tag)

    def handle_data(self, data):
        if self.main and not self.stack:
            self.text.append(data)


def long_numbers() -> list[str]:
    return sorted({c.value for s in all_services() for c in s.contacts
                   if c.kind in ("phone", "sms") and len(c.value.replace(" ", "")) > 3})


def plain_numbers(text: str) -> list[str]:
    """Service numbers left as plain text: any long one (not a web address such as 3018.fr),
    and a short one after "call" / "appelez le"."""
    found = []
    for number in long_numbers():
        spaced = r"[ \u00a0]?".join(map(re.escape, number.split()))
        found += re.findall(rf"(?<![\w./-]){spaced}(?![\w/-]|\.\w)", text)
    found += re.findall(r"\b(?:call|dial|appelez le|appeler le|composez le)[ \u00a0]+"
                        r"(?:17|112|114|119|15)\b(?![ \u00a0]*(?:ans|years))", text, re.I)
    return found


def check(base: str, url: str, html: str, links: dict, numbers: dict) -> None:
    parsed = Anchors()
    parsed.feed(html)
    for href in parsed.hrefs:
        if href.startswith(("tel:", "sms:", "mailto:", "#")):
            continue
        absolute = urljoin(base + url, href)
        if absolute.startswith(base):
            links.setdefault(absolute.split("#")[0], url)
    left = plain_numbers(" ".join(parsed.text))
    if left:
        numbers[url] = left


def result_pages(page, base: str) -> dict[str, str]:
    """The pages only a form opens, by their name: {name: html}."""
    shown = {}
    for lang in ("fr", "en"):
        page.goto(base + tool_path(lang, "qualify"))
        for _step, values in MINOR_WALK:
            answer(page, values)
            press(page)
        assert page.locator("main form input[name=step]").count() == 0
        shown[f"{lang} result"] = page.content()
        page.goto(base + tool_path(lang, "complaint"))
        submit_post(page, base + tool_path(lang, "complaint"),
                    {**ANSWERS, "step": "review", "action": "goto:review"})
        shown[f"{lang} complaint review"] = page.content()
        from tests.interview.action.helpers import ANSWERS as PACK

        page.goto(base + tool_path(lang, "action"))
        submit_post(page, base + tool_path(lang, "action"),
                    {**PACK, "step": "review", "action": "goto:review"})
        shown[f"{lang} action review"] = page.content()
        submit_post(page, base + tool_path(lang, "action") + "/plan", PACK)
        shown[f"{lang} action plan"] = page.content()
    return shown


def test_every_link_of_every_page_answers_and_numbers_can_be_tapped(app, live_server, context):
    request = context.request
    links: dict[str, str] = {}
    numbers: dict[str, list] = {}
    pages = all_page_urls(app)
    assert len(pages) > 100
    for url in pages:
        response = request.get(live_server + url)
        assert response.status == 200, url
        check(live_server, url, response.text(), links, numbers)
    page = context.new_page()
    for name, html in result_pages(page, live_server).items():
        check(live_server, "/" + name.split()[0] + "/", html, links, numbers)
        assert "<main" in html, name
    broken = {}
    for link, source in sorted(links.items()):
        status = request.get(link, max_redirects=5).status
        if status == 404:
            broken[link] = source
    assert not broken, broken
    assert not numbers, numbers
    assert len(links) > 100


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_result_page_has_no_relative_link(context, live_server, lang):
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    for _step, values in MINOR_WALK:
        answer(page, values)
        press(page)
    hrefs = page.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
    odd = [h for h in hrefs if not re.match(r"(/|#|https://|tel:|sms:|mailto:)", h)]
    assert not odd, odd
    assert page.locator("main a[href^='tel:']").count() >= 2
    assert urlsplit(page.url).query == ""
