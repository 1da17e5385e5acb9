"""Printouts as a teacher makes them, in the real browser with print media: every content page on
paper carries its address and the day it was printed; the classroom guide's situations print as
cards without their answers; the pupils' sheet and the adults' sheet each fit one A4 page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from app.formats import long_date

GUIDE = {"fr": ("/fr/guide-classe", "#cartes"), "en": ("/en/classroom-guide", "#cards")}
ANSWERS = {"fr": "Points à faire ressortir", "en": "Points to bring out"}
ANSWER_WORDS = {"fr": "Une image fausse blesse autant qu'une vraie",
                "en": "A fake picture hurts as much as a real one"}


def _visible_text(page) -> str:
    return page.evaluate("() => document.body.innerText")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_printed_page_carries_its_address_and_the_day_it_was_printed(context, live_server,
                                                                       lang):
    page = context.new_page()
    path = GUIDE[lang][0]
    page.goto(live_server + path)
    source = page.locator(".print-source")
    assert not source.is_visible()  # on screen, the line is not shown
    page.emulate_media(media="print")
    assert source.is_visible()
    words = " ".join(source.inner_text().split())
    assert f"{live_server}{path}" in words or f"127.0.0.1:5000{path}" in words
    today = long_date(dt.date.today(), lang).replace("\u00a0", " ")
    printed = {"fr": f"imprimé le {today}", "en": f"printed on {today}"}[lang]
    assert printed in words.replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_javascript_the_printout_gives_the_day_the_page_was_updated(browser, app,
                                                                           live_server, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server + GUIDE[lang][0])
        page.emulate_media(media="print")
        words = " ".join(page.locator(".print-source").inner_text().split())
        updated = app.extensions["recours.site"].get(lang, "classroom-guide").meta["updated"]
        said = {"fr": "page mise à jour le", "en": "page updated on"}[lang]
        assert f"{said} {long_date(updated, lang)}".replace("\u00a0", " ") in \
            words.replace("\u00a0", " ")
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_situation_cards_print_alone_without_their_answers(context, live_server, lang):
    path, cards = GUIDE[lang]
    page = context.new_page()
    page.goto(live_server + path)
    page.emulate_media(media="print")
    # The whole guide prints the cards and, apart, the answers.
    whole = _visible_text(page)
    assert ANSWER_WORDS[lang] in whole
    assert page.locator(".situation-card").count() == 3
    # Following the "cards alone" link leaves the cards, the title and the source line.
    page.emulate_media(media="screen")
    page.click(f'a[href="{cards}"]')
    page.emulate_media(media="print")
    alone = _visible_text(page)
    assert ANSWER_WORDS[lang] not in alone
    assert ANSWERS[lang] not in alone
    for number in (1, 2, 3):
        assert page.locator(f"#situation-{number}").is_visible()
    assert page.locator(".print-source").is_visible()
    assert not page.locator("nav.toc").is_visible()
    # Each card holds its story and questions, and never its answer.
    for card in page.locator(".situation-card").all():
        text = card.inner_text()
        assert "?" in text and ANSWERS[lang] not in text


@pytest.mark.parametrize("path", ["/fr/fiche-a-imprimer", "/en/printable-sheet",
                                  "/fr/fiche-adultes", "/en/adults-sheet"])
def test_each_sheet_prints_on_one_a4_page(context, live_server, path, tmp_path):
    page = context.new_page()
    page.goto(live_server + path)
    page.emulate_media(media="print")
    pdf = tmp_path / "sheet.pdf"
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1, f"{path}: {len(reader.pages)} pages"
    text = reader.pages[0].extract_text()
    assert re.search(r"(imprimé le|printed on)", text)


@pytest.mark.parametrize("lang,expected", [("fr", "imprimé le 1er mars 2027"),
                                           ("en", "printed on 1 March 2027")])
def test_the_day_printed_reads_as_the_site_writes_dates(context, live_server, lang, expected):
    page = context.new_page()
    page.clock.set_fixed_time(dt.datetime(2027, 3, 1, 10, 0))
    page.goto(live_server + GUIDE[lang][0])
    page.emulate_media(media="print")
    words = " ".join(page.locator(".print-source").inner_text().split())
    assert expected in words.replace("\u00a0", " ")
    assert long_date(dt.date(2027, 3, 1), lang).replace("\u00a0", " ") in expected
