"""Privacy proof in a real browser: every tool is used to its end with unique canary strings, then
the canaries are searched for everywhere the site could have kept them — and found nowhere.

Tools: the qualification questions (to the result), the search form, help near you (a postcode,
after a place that does not exist), the complaint interview to the review, every download format,
the reading copy and the print view, the partie-civile follow-up letter, saving the answers to a
file and resuming from it, the exhibit fingerprint computed from a file, and the action pack to a
letter and the action plan.
Places searched: files modified under the repository and /tmp during the test (the downloaded
files, which the person asked for, are deleted first), the application's and werkzeug's log
records at DEBUG, cookies, localStorage and sessionStorage, and every URL the browser requested
or navigated to (its history). Nothing is excluded from the disk search: the browser context is
off the record, so its profile must not hold the canaries either.

The qualification asks only for choices, a date and an age, none of which can carry a unique
string; its canary rides in an extra field added to the form, as a browser extension or a
tampered page could send, which must be dropped without trace like any answer.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from pathlib import Path

from tests.browser.conftest import ROOT
from tests.browser.helpers import PATH, post_form, submit_post
from tests.conftest import localized
from tests.interview.action.helpers import ANSWERS as ACTION_ANSWERS
from tests.interview.complaint.answers import ANSWERS
from tests.letters.readback import pdf_pages, squash

WATCHED_LOGGERS = ("", "werkzeug", "app", "flask.app")


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record) + repr(record.args))


def files_containing(roots: list[Path], since: float, needles: list[bytes]) -> list[str]:
    found = []
    for root in roots:
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = [d for d in subfolders if not (Path(folder) / d).is_symlink()]
            for name in names:
                path = Path(folder) / name
                try:
                    info = path.stat()
                    if info.st_mtime < since or info.st_size > 50_000_000 or not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(str(path))
    return found


def qualify(page, base: str, canary: str) -> None:
    page.goto(f"{base}/en/qualify")
    for step, fields in PATH:
        assert page.get_attribute("input[name=step]", "value") == step
        for name, value in fields:
            kind = page.get_attribute(f"[name={name}]:not([type=hidden])", "type")
            if kind == "radio":
                page.check(f"#{name}-{value}")
            else:
                page.fill(f"#{name}", value)
        page.evaluate("""c => { const i = document.createElement('input');
            i.type = 'hidden'; i.name = 'notes'; i.value = c;
            document.querySelector('form:has(button[value=next])').appendChild(i); }""",
                      canary + "-qualify")
        with page.expect_navigation():
            page.click("button[value=next]")
    assert "What the law says about my situation" in page.inner_text("h1")


def search(page, base: str, canary: str) -> None:
    page.goto(f"{base}/en/search")
    page.fill("#search-q", f"deepfake {canary}-search")
    with page.expect_navigation():
        page.press("#search-q", "Enter")
    assert f"{canary}-search" in page.input_value("#search-q")  # the answer page kept it


def help_near_you(page, base: str, canary: str) -> None:
    page.goto(f"{base}/fr/aide-pres-de-chez-vous")
    for typed in (f"{canary}-place", "75011"):
        page.fill("#place", typed)
        with page.expect_navigation():
            page.press("#place", "Enter")
    assert "Paris" in page.inner_text("main")


def complaint(page, base: str, canary: str) -> None:
    names = {"victim.first_name": canary + "-first", "victim.last_name": canary + "-last",
             "victim.address": canary + "-address", "facts[0].description": canary + "-fact",
             "harm": canary + "-harm", "exhibits[0].description": canary + "-exhibit",
             "author.name": canary + "-author"}
    page.goto(base + localized("/fr/complaint"))
    post_form(page, base + localized("/fr/complaint"),
              {**ANSWERS, "step": "harm", "action": "next"})
    for name, value in names.items():  # typed in the page, as a person would
        visible = page.locator(f'[name="{name}"]:visible')
        if visible.count():
            visible.fill(value)
    post_form(page, base + localized("/fr/complaint"),
              {**ANSWERS, **names, "step": "options", "action": "next"})
    assert canary in page.locator("main").inner_text()  # the review shows what was typed
    with page.expect_download() as info:
        page.get_by_role("button", name="Télécharger la lettre à imprimer (PDF)").click()
    download = info.value
    assert canary in squash("\n".join(pdf_pages(Path(download.path()).read_bytes())))
    download.delete()  # the file the person asked for; everything else must be clean
    for label in ("Word (DOCX)", "Document ODT (OpenDocument)", "Texte (TXT)",
                  "Copie de lecture (TXT)"):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        assert Path(info.value.path()).stat().st_size > 1000, label
        info.value.delete()
    with page.expect_navigation():
        page.get_by_role("button", name="Version à imprimer").click()
    assert canary in page.locator("main").inner_text()


def follow_up(page, base: str, canary: str) -> None:
    """The partie-civile follow-up, from its own entry page to the letter."""
    page.goto(base + localized("/fr/complaint/follow-up"))
    answers = {**ANSWERS, "kind": "partie_civile", "first_complaint_to": "procureur",
               "first_complaint_date": "2026-06-30",
               "harm": canary + "-followup"}
    post_form(page, base + localized("/fr/complaint"),
              {**answers, "step": "options", "action": "next"})
    assert f"{canary}-followup" in page.locator("main").inner_text()
    with page.expect_download() as info:
        page.get_by_role("button", name="Télécharger la lettre à imprimer (PDF)").click()
    text = squash("\n".join(pdf_pages(Path(info.value.path()).read_bytes())))
    assert canary in text and squash("Doyen des juges d'instruction") in text
    info.value.delete()


def save_and_resume(page, base: str, canary: str, folder: Path) -> None:
    """Save the answers to a file the person keeps, resume from it, then the file is thrown away."""
    answers = {**ANSWERS, "harm": canary + "-saved"}
    post_form(page, f"{base}/en/complaint", {**answers, "step": "options", "action": "next"})
    with page.expect_download() as info:
        page.get_by_role("button", name="Save my answers to a file").click()
    saved = folder / "answers.json"
    info.value.save_as(saved)
    info.value.delete()
    assert canary in saved.read_text(encoding="utf-8")
    page.goto(f"{base}/en/complaint")
    page.set_input_files("#answers_file", str(saved))
    with page.expect_navigation():
        page.get_by_role("button", name="Resume", exact=True).click()
    assert f"{canary}-saved" in page.locator("main").inner_text()
    saved.unlink()  # the person's own file; the site must have kept no copy


def fingerprint(page, base: str, canary: str, folder: Path) -> None:
    """The exhibit fingerprint reads a file in the browser; its bytes go nowhere."""
    exhibit = folder / "screenshot.png"
    exhibit.write_bytes(os.urandom(2048) + (canary + "-file").encode())
    answers = {k: v for k, v in ANSWERS.items() if not k.startswith("exhibits")}
    post_form(page, f"{base}/en/complaint", {**answers, "step": "harm", "action": "next"})
    page.locator('input[type="file"][data-fingerprint-for]').first.set_input_files(str(exhibit))
    page.wait_for_function("document.querySelector('input[name=\"exhibits[0].sha256\"]')"
                           ".value.length === 64")
    exhibit.unlink()


def action_pack(page, base: str, canary: str) -> None:
    answers = {**ACTION_ANSWERS, "pack.explanation": canary + "-explain",
               "pack.controller_name": canary + "-controller",
               "pack.platform_other": canary + "-platform"}
    post_form(page, base + localized("/fr/action"),
              {**answers, "step": "review", "action": "goto:review"})
    assert f"{canary}-explain" in page.locator("main").inner_text()  # the review shows it
    with page.expect_download() as info:  # a download, not a navigation
        submit_post(page, base + localized("/fr/action/document/platform-notice/pdf"), answers)
    download = info.value
    assert canary in squash("\n".join(pdf_pages(Path(download.path()).read_bytes())))
    download.delete()
    post_form(page, base + localized("/fr/action/plan"), answers)
    assert page.locator("h1").count() == 1


def test_no_tool_keeps_what_was_typed(context, live_server, tmp_path_factory):
    started = time.time() - 1
    folder = tmp_path_factory.mktemp("person")
    canary = f"PRIVACY-{uuid.uuid4().hex}"
    records = Records()
    levels = {name: logging.getLogger(name).level for name in WATCHED_LOGGERS}
    root = logging.getLogger()
    root.addHandler(records)
    for name in WATCHED_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    page = context.new_page()
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    page.on("framenavigated", lambda frame: urls.append(frame.url))
    try:
        qualify(page, live_server, canary)
        search(page, live_server, canary)
        help_near_you(page, live_server, canary)
        complaint(page, live_server, canary)
        follow_up(page, live_server, canary)
        save_and_resume(page, live_server, canary, Path(folder))
        fingerprint(page, live_server, canary, Path(folder))
        action_pack(page, live_server, canary)
        storage = page.evaluate("JSON.stringify([Object.entries(localStorage), "
                                "Object.entries(sessionStorage), document.cookie])")
        cookies = json.dumps(context.cookies())
    finally:
        root.removeHandler(records)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    assert canary not in storage and canary not in cookies and context.cookies() == []
    assert len(urls) > 10 and not [u for u in urls if canary in u]
    logged = "\n".join(records.lines)
    for path in ("/en/qualify", "/en/search", "/fr/aide-pres-de-chez-vous",
                 localized("/fr/complaint"), localized("/fr/action")):
        assert f"POST {path}" in logged, f"the log was not captured: {path}"
    assert canary not in logged
    needles = [canary.encode(), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    assert files_containing([ROOT, Path("/tmp")], started, needles) == []
