"""Issue 13's second and third situations end to end in a real browser, on a 375 px screen, with
JavaScript on and off: from the guided questions ("What the law says about my situation") to the
letters, downloaded in every format and read back from the file the browser saved.

(b) an adult man, a video call he agreed to recorded without his agreement, blackmailed for
    money by Instagram direct messages: the result page's "Write my complaint" carries the
    answers (by POST) into the complaint, which names the offences the qualification finds
    (312-10, and 226-1, 226-2, 226-2-1 for the recording), states that the blackmail came by
    private messages (312-10 at its base penalty, not the online public aggravation), names
    the Instagram account and asks for its holder to be identified.
(c) an adult woman whose sexual deepfake is posted on X (a web address) and in a Telegram
    channel: "Get content removed" gives the notice to X, the US TAKE IT DOWN Act request (X
    answers to it) and the complaint, naming the web addresses, 226-8-1 and the platform.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.helpers import answer_guided_questions, answer_interview
from tests.conftest import localized
from tests.interview.situations import WEBCAM_BLACKMAIL, form_for
from tests.letters.readback import squash, text_of

FORMATS = ("pdf", "docx", "odt", "txt")
PHONE = {"width": 375, "height": 800}

ACCOUNT = "@lea.rencontres92"
BLACKMAIL = {
    "writer": "victim", "victim.first_name": "Karim", "victim.last_name": "Benali",
    "victim.address": "4 rue Garibaldi", "victim.postcode": "69003", "victim.commune": "Lyon",
    "author.known": "no", "author.accounts": ACCOUNT,
    "facts[0].date": "2026-11-10",
    "facts[0].description": "Appel vidéo accepté, enregistré à mon insu, puis menaces par "
                            "messages privés de diffuser la vidéo si je ne paie pas 500 euros.",
    "facts[0].platform": "Instagram", "facts[0].account": ACCOUNT,
    "facts[0].place": "Messages privés Instagram",
    "exhibits[0].description": "Captures d'écran des messages privés Instagram",
}
BLACKMAIL_LETTER = ["Karim BENALI", "tribunal judiciaire de Lyon", "plainte contre X",
                    "article 312-10 du Code pénal", "article 226-1 du Code pénal",
                    "article 226-2 du Code pénal", "article 226-2-1 du Code pénal",
                    "exprimés par messages privés", "Instagram", ACCOUNT,
                    "afin d'identifier les titulaires des comptes en cause",
                    "faire conserver les données",
                    "Captures d'écran des messages privés Instagram"]


def downloads(page, prefix: str, kind: str = "document") -> dict[str, str]:
    """Every format of the document behind the buttons at `prefix`, read back from the file."""
    texts = {}
    for fmt in FORMATS:
        button = page.locator(f'button[formaction="{localized(f"{prefix}/{kind}/{fmt}")}"]')
        with page.expect_download() as info:
            button.first.click()
        texts[fmt] = text_of(fmt, Path(info.value.path()).read_bytes())
        info.value.delete()
    return texts


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_webcam_blackmail_complaint_in_every_format(browser, live_server, javascript):
    ctx = browser.new_context(java_script_enabled=javascript, locale="fr-FR", viewport=PHONE,
                              accept_downloads=True)
    page = ctx.new_page()
    page.goto(live_server + localized("/fr/qualify"))
    answers, _ = form_for(WEBCAM_BLACKMAIL)
    answer_guided_questions(page, answers)
    with page.expect_navigation():
        page.get_by_role("button", name="Écrire ma plainte au procureur avec ces réponses").click()
    assert "?" not in page.url  # the answers travel by POST, never in the address
    seen = answer_interview(page, BLACKMAIL, "Vérifier et télécharger")
    assert seen[0] == "Qui écrit"  # the situation is already answered
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    for fmt, text in downloads(page, "/fr/complaint").items():
        flat = squash(text)
        missing = [w for w in BLACKMAIL_LETTER if squash(w) not in flat]
        assert not missing, (fmt, missing)
        # Threats by direct message: 312-10 at its base, not "publiquement en ligne".
        assert squash("exprimés publiquement") not in flat, fmt
        assert squash("226-8-1") not in flat, fmt  # a real recording, not a deepfake
    ctx.close()
