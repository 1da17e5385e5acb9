"""Issue 13's second and third situations end to end in a real browser, on a 375 px screen, with
JavaScript on and off: from the guided questions ("What the law says about my situation") to the
letters, downloaded in every format and read back from the file the browser saved.

(b) an adult man, a video call he agreed to recorded without his agreement, blackmailed for
    money by Instagram direct messages: the result page gives 312-10 at its base penalty (the
    law data's) and says why; its "Write my complaint" carries the answers (by POST) into the
    complaint, which names the offences the qualification finds (312-10, and 226-1, 226-2,
    226-2-1 for the recording), states that the blackmail came by private messages, names the
    Instagram account and asks for its holder to be identified.
(c) an adult woman whose sexual deepfake is posted on X (a web address) and in a Telegram
    channel: the result page gives 226-8-1 with its online aggravation and its penalty; the
    complaint names both platforms, both addresses and the X account; from its last page,
    "Get content removed" (the situation carried along) gives the notice to X and the US TAKE
    IT DOWN Act request (X answers to it), naming the web address, 226-8-1 and the platform.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.law import get_registry
from tests.browser.helpers import answer_guided_questions, answer_interview
from tests.conftest import localized
from tests.interview.situations import DEEPFAKE_X_TELEGRAM, WEBCAM_BLACKMAIL, form_for
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


X_URL = "https://x.com/compte_faux/status/1860000000000000001"
TELEGRAM_URL = "https://t.me/canal_fuites/118"
DEEPFAKE = {
    "writer": "victim", "victim.first_name": "Inès", "victim.last_name": "Moreau",
    "victim.address": "8 rue Oberkampf", "victim.postcode": "75011", "victim.commune": "Paris",
    "victim.email": "ines.moreau@example.org", "author.known": "no",
    "facts[0].date": "2026-09-01",
    "facts[0].description": "Publication d'un deepfake sexuel me représentant dans un canal "
                            "Telegram public.",
    "facts[0].platform": "Telegram", "facts[0].urls": TELEGRAM_URL,
    "facts[0].account": "canal_fuites",
    "facts[1].date": "2026-11-15",
    "facts[1].description": "Publication du même deepfake sexuel sur X, visible par tous.",
    "facts[1].platform": "X", "facts[1].urls": X_URL, "facts[1].account": "@compte_faux",
    "exhibits[0].description": "Capture d'écran de la publication sur X",
    "exhibits[0].url": X_URL,
}
DEEPFAKE_PACK = {
    "pack.platform_notice": "yes", "pack.platform": "x", "pack.lang": "fr",
    "pack.has_url": "yes", "pack.urls": X_URL, "pack.us_removal_request": "yes",
    "pack.content_kind": "fake",
    "pack.explanation": "Un deepfake sexuel me représentant, publié sans mon accord.",
}
OFFENCE = "article 226-8-1 du Code pénal"
DEEPFAKE_LETTERS = {
    "/fr/complaint/document": ["Inès MOREAU", "tribunal judiciaire de Paris", OFFENCE,
                               "sur X", "sur Telegram", X_URL, TELEGRAM_URL, "@compte_faux",
                               "plateformes concernées (Telegram, X)",
                               "afin d'identifier les titulaires des comptes en cause",
                               "le premier a eu lieu le 1er septembre 2026"],
    "/fr/action/document/platform-notice": ["X (Twitter)", "article 16 du DSA", OFFENCE,
                                            X_URL, "Inès MOREAU", "ines.moreau@example.org",
                                            "Déclaration de bonne foi"],
    "/fr/action/document/us-removal-request": ["X (Twitter)", "TAKE IT DOWN Act",
                                               "digital forgery", "article 226-8-1", X_URL,
                                               "no later than 48 hours", "Inès MOREAU"],
}


def offence_card(page, article: str) -> str:
    """The result page's text about `article`, from its heading to its "learn more" link."""
    text = page.evaluate("document.querySelector('#offences').parentElement.innerText")
    start = text.index(f"(article {article} du Code pénal)")
    return squash(text[start:text.index("En savoir plus", start)])


def penalty_line(article: str, on: str, circumstances: set[str]) -> str:
    """The maximum penalty the law data give, as the result page states it."""
    penalty = get_registry().penalty_at(article, date.fromisoformat(on), circumstances)
    fine = f"{penalty.fine_eur:,}".replace(",", " ")
    return squash(f"Peine maximale : {penalty.prison_years} ans d'emprisonnement et {fine} € "
                  "d'amende")


def downloads(page, path: str) -> dict[str, str]:
    """Every format of the document behind the buttons at `path`, read back from the file."""
    texts = {}
    for fmt in FORMATS:
        button = page.locator(f'button[formaction="{localized(f"{path}/{fmt}")}"]')
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
    # Blackmail by direct message: 312-10 at its base penalty, said why.
    card = offence_card(page, "312-10")
    assert penalty_line("312-10", answers["facts_date"], set()) in card
    assert squash("par messages privés (messagerie, courriel) : la peine de base est retenue") \
        in card and squash("Pris en compte") not in card
    with page.expect_navigation():
        page.get_by_role("button", name="Écrire ma plainte au procureur avec ces réponses").click()
    assert "?" not in page.url  # the answers travel by POST, never in the address
    seen = answer_interview(page, BLACKMAIL, "Vérifier et télécharger")
    assert seen[0] == "Qui écrit"  # the situation is already answered
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    for fmt, text in downloads(page, "/fr/complaint/document").items():
        flat = squash(text)
        missing = [w for w in BLACKMAIL_LETTER if squash(w) not in flat]
        assert not missing, (fmt, missing)
        # Threats by direct message: 312-10 at its base, not "publiquement en ligne".
        assert squash("exprimés publiquement") not in flat, fmt
        assert squash("226-8-1") not in flat, fmt  # a real recording, not a deepfake
    ctx.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_deepfake_on_x_and_telegram_letters_in_every_format(browser, live_server, javascript):
    ctx = browser.new_context(java_script_enabled=javascript, locale="fr-FR", viewport=PHONE,
                              accept_downloads=True)
    page = ctx.new_page()
    page.goto(live_server + localized("/fr/qualify"))
    answers, _ = form_for(DEEPFAKE_X_TELEGRAM)
    answer_guided_questions(page, answers)
    # Posted publicly online: 226-8-1 with its online aggravation, and its penalty.
    card = offence_card(page, "226-8-1")
    assert penalty_line("226-8-1", answers["facts_date"], {"online_public"}) in card
    assert squash("Pris en compte : publication réalisée en utilisant un service de "
                  "communication au public en ligne") in card
    with page.expect_navigation():
        page.get_by_role("button", name="Écrire ma plainte au procureur avec ces réponses").click()
    answer_interview(page, DEEPFAKE, "Ce qui s'est passé, dans l'ordre")
    for name in ("date", "description", "platform", "urls", "account"):
        page.locator(f'[name="facts[0].{name}"]').fill(DEEPFAKE[f"facts[0].{name}"])
    with page.expect_navigation():
        page.locator('button[name="action"][value="add"]').click()
    answer_interview(page, DEEPFAKE, "Vérifier et télécharger")
    texts = downloads(page, "/fr/complaint/document")
    # From the complaint to "Get content removed": the situation and the person carried along.
    with page.expect_navigation():
        page.locator(f"button[formaction='{localized('/fr/action')}']").click()
    seen = answer_interview(page, DEEPFAKE_PACK, "Vérifier et télécharger")
    assert "Votre situation" not in seen, seen  # already answered in the complaint
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    for kind in ("platform-notice", "us-removal-request"):
        for fmt, text in downloads(page, f"/fr/action/document/{kind}").items():
            texts[f"{kind}.{fmt}"] = text
    for key, text in texts.items():
        path = ("/fr/complaint/document" if "." not in key
                else f"/fr/action/document/{key.split('.')[0]}")
        flat = squash(text)
        missing = [w for w in DEEPFAKE_LETTERS[path] if squash(w) not in flat]
        assert not missing, (key, missing)
    ctx.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_deepfake_on_x_straight_to_get_content_removed(browser, live_server, javascript):
    """The same woman opens "Get content removed" without writing a complaint first: she
    answers the situation there, and gets the notice to X and the US request."""
    ctx = browser.new_context(java_script_enabled=javascript, locale="fr-FR", viewport=PHONE,
                              accept_downloads=True)
    page = ctx.new_page()
    page.goto(live_server + localized("/fr/action"))
    with page.expect_navigation():
        page.get_by_role("button", name="Commencer").click()
    answers = {**form_for(DEEPFAKE_X_TELEGRAM)[0], **DEEPFAKE, **DEEPFAKE_PACK}
    seen = answer_interview(page, answers, "Vérifier et télécharger")
    assert "Votre situation" in seen and "La plateforme" in seen, seen
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    for kind in ("platform-notice", "us-removal-request"):
        path = f"/fr/action/document/{kind}"
        for fmt, text in downloads(page, path).items():
            flat = squash(text)
            missing = [w for w in DEEPFAKE_LETTERS[path] if squash(w) not in flat]
            assert not missing, (kind, fmt, missing)
    ctx.close()
