"""The work one letter may cost is bounded: lines per field, pages and characters per letter, and
drawing in the render pool (CPU and wall time, a full pool answered 503 with Retry-After).

The attack this answers: a complaint of 50 facts of 1,200 short lines each (243 KB, under every
byte limit) took 110 s of CPU to draw as PDF and, four at a time, stalled every page."""

from __future__ import annotations

import copy
import threading
import time

import pytest

from app.letters import limits, registry
from app.letters.pool import Settings
from tests.conftest import localized
from tests.letters.cases import TODAY, base
from tests.letters.readback import pdf_pages

URL = "/api/v1/documents/complaint?format=pdf"
QUALIFICATION = {"facts_date": "2025-03-12", "content_type": "sexual_deepfake",
                 "distribution": "public_online"}
SENTENCE = ("le montage a été publié sur le compte puis partagé par message à des collègues "
            "et des proches")
WORDS = SENTENCE.split(" ")


def prose(lines: int, width: int) -> str:
    def line(i: int) -> str:
        out: list[str] = []
        while len(" ".join(out)) < width:
            out.append(WORDS[(i + len(out)) % len(WORDS)])
        return " ".join(out)[:width]

    return "\n".join(line(i) for i in range(lines))


def body_with(facts: int, lines: int, width: int) -> dict:
    raw = base(qualification=QUALIFICATION, commune_insee="75111")
    fact = raw["facts"][0]
    raw["facts"] = [{**copy.deepcopy(fact), "description": prose(lines, width)}
                    for _ in range(facts)]
    return raw


def codes(response) -> set[tuple[str, str]]:
    return {(e["field"], e["code"]) for e in response.get_json()["errors"]}


def test_the_reported_attack_is_refused_at_once_saying_what_to_shorten(client):
    raw = body_with(50, 1200, 1)  # 50 facts of 1,200 one-letter lines (under 256 KB)
    response = client.post(URL, json=raw)
    assert response.status_code == 422
    assert ("facts[0].description", "too_many_lines") in codes(response)
    message = next(e["message"] for e in response.get_json()["errors"]
                   if e["code"] == "too_many_lines")
    assert "60" in message["fr"] and "paragraphes" in message["fr"]
    assert "60" in message["en"] and "paragraphs" in message["en"]


def test_a_field_of_sixty_lines_is_accepted_and_sixty_one_refused():
    ok = body_with(1, limits.MAX_LINES, 40)
    assert registry.check("complaint", ok, TODAY) == []
    over = body_with(1, limits.MAX_LINES + 1, 40)
    assert ("facts[0].description", "too_many_lines") in {
        (e["field"], e["code"]) for e in registry.check("complaint", over, TODAY)}


def test_a_letter_over_its_pages_is_refused_in_both_languages(client):
    raw = body_with(30, limits.MAX_LINES, 60)  # every field within bounds, the whole too long
    response = client.post(URL, json=raw)
    assert response.status_code == 422 and ("", "letter_too_long") in codes(response)
    message = response.get_json()["errors"][0]["message"]
    assert "20 pages" in message["fr"] and "20 pages" in message["en"]


@pytest.mark.parametrize(("facts", "lines", "width"), [(1, 1, 60), (12, 1, 5000), (10, 60, 40),
                                                       (20, 20, 90)])
def test_the_page_estimate_is_close_to_the_pages_drawn(facts, lines, width):
    model = registry.letter("complaint", body_with(facts, lines, width), TODAY)
    drawn = len(pdf_pages(registry.render_document(registry.get("complaint"), model,
                                                   "pdf").content))
    assert abs(limits.pages(model) - drawn) <= max(2, 0.25 * drawn), (limits.pages(model), drawn)


def largest_allowed(lines: int, width: int) -> dict:
    """As many facts of `lines` lines of `width` characters as the bounds allow."""
    facts = 1
    while not registry.check("complaint", body_with(facts + 1, lines, width), TODAY):
        facts += 1
    return body_with(facts, lines, width)


def test_the_largest_letter_allowed_is_drawn():
    """Every field at its bound and the letter just under its page bound: drawn, not refused
    (bench/bounded.py times it)."""
    model = registry.letter("complaint", largest_allowed(limits.MAX_LINES, 55), TODAY)
    assert limits.MAX_PAGES - 2 <= limits.pages(model) <= limits.MAX_PAGES
    document = registry.render_document(registry.get("complaint"), model, "pdf")
    assert len(pdf_pages(document.content)) >= limits.MAX_PAGES - 5


@pytest.fixture()
def small_pool():
    settings = registry.POOL.settings
    registry.POOL.configure(Settings(workers=1, waiting=0, cpu_seconds=10, timeout=60,
                                     retry_after=7))
    yield registry.POOL
    registry.POOL.configure(settings)


def test_letters_are_drawn_in_another_process(small_pool, monkeypatch):
    calls = []
    run = small_pool.run
    monkeypatch.setattr(small_pool, "run", lambda *args: calls.append(args[1:]) or run(*args))
    document = registry.document("complaint", base(), "pdf", TODAY)
    assert document.content.startswith(b"%PDF") and calls and calls[0][1] == "pdf"
    assert registry.document("complaint", base(), "txt", TODAY).content  # text stays here
    assert len(calls) == 1


def test_a_full_pool_answers_503_with_retry_after_in_both_languages(client, small_pool):
    small_pool.run(sum, range(3))  # started
    busy = threading.Thread(target=small_pool.run, args=(time.sleep, 3))
    busy.start()
    time.sleep(0.5)
    try:
        api = client.post(URL, json=base(qualification=QUALIFICATION))
        page = client.post(localized("/fr/complaint/document/pdf"), data={})
    finally:
        busy.join()
    assert api.status_code == 503 and api.headers["Retry-After"] == "7"
    assert set(api.get_json()["message"]) == {"fr", "en"}
    assert page.status_code in (422, 503)  # an empty form is refused before drawing
    assert client.post(URL, json=base(qualification=QUALIFICATION)).status_code == 200


def test_a_letter_over_its_cpu_time_is_422_saying_what_to_do(client, monkeypatch):
    """The pool stops a letter past its CPU time (tests/letters/test_pool.py); the site then says
    what to do."""
    from app.letters.pool import TooCostly

    def too_costly(*_args):
        raise TooCostly("killed past its CPU time")

    monkeypatch.setattr(registry.POOL, "run", too_costly)
    response = client.post(URL, json=base(qualification=QUALIFICATION))
    assert response.status_code == 422 and ("", "letter_too_costly") in codes(response)
    assert "texte" in response.get_json()["errors"][0]["message"]["fr"]


def test_a_letter_stuck_behind_an_overloaded_machine_is_503(client):
    settings = registry.POOL.settings
    registry.POOL.configure(Settings(workers=1, waiting=1, cpu_seconds=10, timeout=0.01))
    try:
        response = client.post(URL, json=base(qualification=QUALIFICATION))
    finally:
        registry.POOL.configure(settings)
    assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
