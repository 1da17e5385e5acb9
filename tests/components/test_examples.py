"""Every component has examples in French and English; each renders, alone and in a page, with
unique ids, labelled fields, no inline style or script, and the language marked where it
switches."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import yaml

from tests.components.examples import (
    COMPONENTS,
    LANGS,
    SLOTS,
    all_examples,
    component_files,
    is_macro,
    raw_examples,
    render_fragment,
    render_page,
    resolve,
)
from tests.conftest import MISSING_NBSP, parse

EXAMPLES = all_examples()
IDS = [f"{example}-{lang}" for example in EXAMPLES for lang in LANGS]
CASES = [(example, lang) for example in EXAMPLES for lang in LANGS]


class Tags(HTMLParser):
    """What the component rules look at: tags, their attributes, and text with its language."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def faults(html: str, page: bool = False) -> list[str]:
    """The component rules broken by a piece of HTML (empty when it keeps them all). A component
    holds no script at all; a page may load the site's script file, never inline code."""
    found = []
    parsed = parse(html)
    markup = Tags()
    markup.feed(html)
    ids = set(parsed.ids)
    for duplicate in sorted({i for i in parsed.ids if parsed.ids.count(i) > 1}):
        found.append(f"duplicate id {duplicate!r}")
    for field in parsed.fields:
        if not (field.get("id") in parsed.label_for or field["_wrapped"]
                or field.get("aria-label") or field.get("aria-labelledby")):
            found.append(f"unlabelled {field.get('type', 'field')} {field.get('name')!r}")
    for tag, attrs in markup.tags:
        if tag == "style" or (tag == "script" and not (page and attrs.get("src"))):
            found.append(f"<{tag}> element")
        for name in attrs:
            if name == "style" or name.startswith("on"):
                found.append(f"inline {name}= on <{tag}>")
        for name in ("aria-describedby", "aria-labelledby", "for"):
            for ref in (attrs.get(name) or "").split():
                if ref not in ids:
                    found.append(f"{name} points to missing id {ref!r}")
    return found


def french_typography_faults(html: str) -> list[str]:
    page = parse(f'<div lang="fr">{html}</div>')
    found = []
    for chunk_lang, text in page.text_chunks:
        if chunk_lang != "fr":
            continue
        for match in MISSING_NBSP.finditer(text):
            if not re.search(r"https?$|\d$", text[: match.start() + 1]):
                found.append(text[max(0, match.start() - 30): match.end() + 5].strip())
    return found


# The examples themselves


def test_every_component_has_examples_in_both_languages():
    examples = raw_examples()
    missing = [name for name in component_files() if not examples.get(name)]
    assert not missing, f"components without examples in examples.yaml: {missing}"
    unknown = sorted(set(examples) - set(component_files()))
    assert not unknown, f"examples for components that do not exist: {unknown}"
    for example in EXAMPLES:
        for lang in LANGS:
            assert isinstance(example.args[lang], dict), f"{example}: no {lang} example"
        assert set(example.args["fr"]) == set(example.args["en"]), \
            f"{example}: the French and English examples set different arguments"
        assert example.slot in SLOTS, f"{example}: 'in' must be one of {SLOTS}"


def test_every_macro_file_holds_the_macro_it_is_named_after():
    for name in component_files():
        source = (COMPONENTS / f"{name}.html").read_text(encoding="utf-8")
        if "{% macro" in source or "{%- macro" in source:
            assert is_macro(name), f"components/{name}.html: its macro must be called {name}"


def test_the_completeness_check_can_fail(tmp_path):
    partial = {name: {"typical": {"fr": {}, "en": {}}} for name in component_files()[1:]}
    path = tmp_path / "examples.yaml"
    path.write_text(yaml.safe_dump(partial), encoding="utf-8")
    examples = raw_examples.__wrapped__(path)
    assert [name for name in component_files() if not examples.get(name)] == \
        [component_files()[0]]


def test_examples_read_real_data(app):
    with app.test_request_context("/en/"):
        card = resolve({"from": "service", "id": "3018"}, "en")
        court = resolve({"from": "court", "commune": "75056"}, "en")
    assert card["id"] == "3018" and card["contacts"]
    assert court["name"] == "Tribunal judiciaire de Paris"


# Each example, rendered


@pytest.mark.parametrize(("example", "lang"), CASES, ids=IDS)
def test_example_renders_and_keeps_the_component_rules(app, example, lang):
    html = render_fragment(app, example, lang)
    if example.empty:
        assert not html.strip(), f"{example} ({lang}) should render nothing"
        return
    assert html.strip(), f"{example} ({lang}) rendered nothing"
    assert not faults(html), f"{example} ({lang}): {faults(html)}"
    if lang == "fr":
        assert not french_typography_faults(html), french_typography_faults(html)


@pytest.mark.parametrize(("example", "lang"), CASES, ids=IDS)
def test_example_page_keeps_the_component_rules(app, example, lang):
    html = render_page(app, example, lang)
    page = parse(html)
    assert page.lang == lang and page.h1 == 1
    assert not faults(html, page=True), f"{example} ({lang}): {faults(html, page=True)}"


def test_the_rules_can_fail():
    bad = ('<div id="a"></div><span id="a"></span><input type="text" name="q">'
           '<p style="color: red" onclick="go()">x</p><script>go()</script>'
           '<input id="b" aria-describedby="b-hint"><label for="b">B</label>')
    found = " | ".join(faults(bad))
    for fault in ("duplicate id 'a'", "unlabelled text 'q'", "inline style=", "inline onclick=",
                  "<script> element", "aria-describedby points to missing id 'b-hint'"):
        assert fault in found
    assert "<script> element" not in faults('<script src="/static/site.js"></script>', page=True)
    assert "<script> element" in faults('<script src="/static/site.js"></script>')
    assert french_typography_faults("<p>Une question?</p>") == ["Une question?"]


# The language where a component switches it


def _lang_of(html: str, text: str) -> str | None:
    chunks = [chunk_lang for chunk_lang, chunk in parse(html).text_chunks if text in chunk]
    assert chunks, f"{text!r} is not in the example"
    return chunks[0]


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.component == "language_switch"],
                         ids=str)
@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_names_each_language_in_that_language(app, example, lang):
    html = f'<div lang="{lang}">{render_fragment(app, example, lang)}</div>'
    markup = Tags()
    markup.feed(html)
    links = [attrs for tag, attrs in markup.tags if tag == "a"]
    assert {link.get("lang") for link in links} == set(LANGS)
    assert _lang_of(html, "Français") == "fr" and _lang_of(html, "English") == "en"
    current = [link for link in links if link.get("aria-current")]
    assert [link["lang"] for link in current] == [lang]
    assert all(link.get("hreflang") == link["lang"] for link in links if link not in current)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.component in ("court_card",
                                                                              "cdad_card")],
                         ids=str)
def test_french_only_court_data_is_marked_french_on_english_pages(app, example):
    html = f'<div lang="en">{render_fragment(app, example, "en")}</div>'
    with app.test_request_context("/en/"):
        data = resolve(example.args["en"], "en")
    record = data.get("court") or data.get("cdad")
    texts = [record["name"], *record["address_lines"], *record.get("hours", [])]
    for text in texts:
        assert _lang_of(html, text) == "fr", f"{example}: {text!r} is not marked lang=fr"
    assert _lang_of(html, "Address") == "en"
