"""The complaint interview in a real browser: JavaScript off and keyboard only, the fingerprint
computed locally (file never sent), axe on every step at two widths, and the canary test:
nothing typed is left anywhere once the letter is downloaded."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, run_axe
from tests.browser.helpers import (
    choose,
    focused_text,
    post_form,
    press_button,
    type_date,
    type_into,
)
from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS
from tests.letters.readback import pdf_pages, squash

STEPS = ["situation", "writer", "victim", "where", "author", "facts", "witnesses", "harm",
         "exhibits", "options"]


def test_interview_without_javascript_keyboard_only(browser, live_server):
    ctx = browser.new_context(java_script_enabled=False, locale="en-US")
    page = ctx.new_page()
    page.goto(live_server + "/en/complaint")
    page.keyboard.press("Tab")
    for _ in range(250):
        if focused_text(page) == "Start":
            break
        page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#step-title").inner_text() == "Your situation"
    type_date(page, "facts_date", "2026-10-01")
    choose(page, "content_type", "sexual_deepfake")
    choose(page, "labelled_as_fake", "no")
    choose(page, "distribution", "public_online")
    choose(page, "threat", "none")
    type_into(page, "victim_age_at_facts", "30")
    for name in ("repeated_acts", "impersonation", "others_joined"):
        choose(page, name, "no")
    choose(page, "author_relationship", "unknown")
    choose(page, "author_age", "unknown")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Who is writing", page.locator(
        "main").inner_text()[:1500]
    choose(page, "writer", "victim")
    press_button(page, "action", "next")
    type_into(page, "victim.first_name", "Camille")
    type_into(page, "victim.last_name", "Martin")
    type_into(page, "victim.postcode", "75011")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Your commune and the court"
    assert page.locator('input[name="commune_insee"][value="75111"]').is_checked()
    press_button(page, "action", "next")
    choose(page, "author.known", "no")
    press_button(page, "action", "next")
    type_date(page, "facts[0].date", "2026-10-01")
    type_into(page, "facts[0].description", "Fake image posted.")
    press_button(page, "action", "add")
    type_date(page, "facts[1].date", "2026-09-20")
    type_into(page, "facts[1].description", "Sent to colleagues.")
    press_button(page, "action", "next")
    press_button(page, "action", "next")  # witnesses: optional
    press_button(page, "action", "next")  # harm: optional
    assert page.locator("[data-fingerprint]").first.is_hidden()  # no JS: no file picker
    type_into(page, "exhibits[0].description", "Screenshot of the post")
    press_button(page, "action", "next")
    press_button(page, "action", "next")  # options: defaults
    assert page.locator("#step-title").inner_text() == "Check and download"
    body = page.locator("main").inner_text()
    for expected in ("Camille", "Fake image posted.", "Sent to colleagues.",
                     "Screenshot of the post", "Tribunal judiciaire de Paris"):
        assert expected in body
    for _ in range(300):
        if focused_text(page) == "Download the letter to print (PDF)":
            break
        page.keyboard.press("Tab")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    text = squash("\n".join(pdf_pages(Path(info.value.path()).read_bytes())))
    assert squash("Camille MARTIN") in text and squash("Sent to colleagues.") in text
    info.value.delete()
    ctx.close()


def test_fingerprint_is_computed_locally_and_never_sent(context, live_server, tmp_path):
    secret = os.urandom(4096) + b"FILE-BYTES-" + uuid.uuid4().hex.encode()
    exhibit = tmp_path / "screenshot.png"
    exhibit.write_bytes(secret)
    page = context.new_page()
    bodies: list[bytes] = []
    page.on("request", lambda request: bodies.append(request.post_data_buffer or b""))
    page.goto(live_server + "/en/complaint")
    answers = {k: v for k, v in ANSWERS.items() if not k.startswith("exhibits")}
    post_form(page, live_server + "/en/complaint",
              {**answers, "step": "harm", "action": "next"})
    assert page.locator("#step-title").inner_text() == "The evidence you attach"
    picker = page.locator('input[type="file"][data-fingerprint-for]').first
    assert picker.is_visible() and picker.get_attribute("name") is None
    picker.set_input_files(str(exhibit))
    field = page.locator('input[name="exhibits[0].sha256"]')
    expected = hashlib.sha256(secret).hexdigest()
    page.wait_for_function("([sel, v]) => document.querySelector(sel).value === v",
                           arg=['input[name="exhibits[0].sha256"]', expected])
    assert field.input_value() == expected
    assert "The file was not sent" in page.locator("[data-fingerprint-status]").first.inner_text()
    page.locator('input[name="exhibits[0].description"]').fill("Screenshot")
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert page.locator("#step-title").inner_text() == "Options"
    posted = b"".join(bodies)
    assert expected.encode() in posted  # the digest travels with the answers…
    assert b"FILE-BYTES-" not in posted and secret[:64] not in posted  # …the file never does


PAGES = [(step, "en") for step in STEPS] + [("review", "fr"), ("victim", "fr"),
                                             ("representative", "en")]


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_on_every_step(context, live_server, axe_source, width):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    problems = {}
    for path in (localized("/fr/complaint"), "/en/complaint/follow-up"):
        page.goto(live_server + path)
        problems[path] = run_axe(page, axe_source)
    for step, lang in PAGES:
        answers = dict(ANSWERS)
        if step == "representative":
            answers["writer"] = "representative"
        page.goto(live_server + localized(f"/{lang}/complaint"))
        post_form(page, live_server + localized(f"/{lang}/complaint"),
                  {**answers, "step": "review", "action": f"goto:{step}"}
                  if step != "review" else {**answers, "step": "options", "action": "next"})
        problems[f"{lang}:{step}"] = run_axe(page, axe_source)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, step
    # a step with errors, and the print view
    page.goto(live_server + "/en/complaint")
    post_form(page, live_server + "/en/complaint", {"step": "victim", "action": "next"})
    problems["errors"] = run_axe(page, axe_source)
    post_form(page, live_server + "/en/complaint/print", ANSWERS)
    problems["print"] = run_axe(page, axe_source)
    assert {k: v for k, v in problems.items() if v} == {}


def _files_containing(roots: list[Path], since: float, needles: list[bytes]) -> list[str]:
    found = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules", ".venv")]
            for name in filenames:
                path = Path(dirpath) / name
                try:
                    info = path.stat()
                    if info.st_mtime < since or info.st_size > 50_000_000 or not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    found.append(str(path))
    return found


def test_canary_leaves_no_trace(context, live_server, caplog, tmp_path):
    started = time.time() - 1
    canary = f"CANARY-{uuid.uuid4().hex}"
    names = {"victim.first_name": canary + "-first", "victim.last_name": canary + "-last",
             "victim.address": canary + "-address", "facts[0].description": canary + "-fact",
             "harm": canary + "-harm", "exhibits[0].description": canary + "-exhibit",
             "author.name": canary + "-author"}
    werkzeug = logging.getLogger("werkzeug")
    level = werkzeug.level
    caplog.set_level(logging.DEBUG)
    werkzeug.setLevel(logging.DEBUG)
    page = context.new_page()
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    page.on("framenavigated", lambda frame: urls.append(frame.url))
    try:
        page.goto(live_server + localized("/fr/complaint"))
        post_form(page, live_server + localized("/fr/complaint"),
                  {**ANSWERS, "step": "harm", "action": "next"})
        for name, value in names.items():  # typed in the page, as a person would
            visible = page.locator(f'[name="{name}"]:visible')
            if visible.count():
                visible.fill(value)
        post_form(page, live_server + localized("/fr/complaint"),
                  {**ANSWERS, **names, "step": "options", "action": "next"})
        assert canary in page.locator("main").inner_text()
        with page.expect_download() as info:
            page.get_by_role("button", name="Télécharger la lettre à imprimer (PDF)").click()
        download = info.value
        text = "\n".join(pdf_pages(Path(download.path()).read_bytes()))
        assert canary in squash(text)  # the canaries really went through the letter
        download.delete()  # the file the person asked for; everything else must be clean
        storage = page.evaluate("JSON.stringify([Object.entries(localStorage), "
                                "Object.entries(sessionStorage), document.cookie])")
        cookies = json.dumps(context.cookies())
    finally:
        werkzeug.setLevel(level)
    assert canary not in storage and canary not in cookies
    assert not [u for u in urls if canary in u]
    assert canary not in caplog.text
    assert any("POST" in r.getMessage() for r in caplog.records)  # the log was really captured
    needles = [canary.encode(), canary.encode("utf-16-le")]
    assert _files_containing([ROOT, Path("/tmp")], started, needles) == []
