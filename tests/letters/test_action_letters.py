"""Action pack letters: a table of cases across the kinds and both languages (for the request
under the US TAKE IT DOWN Act, the English request and its French reading copy), each rendered
in every format and read back (articles, URLs, good faith, computed dates, CSAM rule, art. 51,
the Act's four requirements), wording parity, the deadlines data, and a LibreOffice round
trip."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date

import pytest

from app.letters import FORMATS, render
from app.letters.action import BUILDERS, deadline, due_date, validate
from app.letters.action.deadlines import _all
from app.letters.action.wording import W
from app.letters.registry import letter as build

from .action_bodies import CONTROLLER, MINOR, PARENT, QUAL, TODAY, URLS, VICTIM
from .readback import squash, text_of

GOOD_FAITH_FR = "Je déclare de bonne foi que les informations et allégations"
GOOD_FAITH_EN = "I declare in good faith that the information and allegations"


def body(**changes) -> dict:
    data = {"victim": copy.deepcopy(VICTIM), "target_urls": list(URLS),
            "signed_at_place": "Paris", "signed_on": "2026-11-25"}
    data.update(changes)
    return data


@dataclass
class Case:
    id: str
    kind: str
    raw: dict
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    reading_copy: bool = False


# The US request's four requirements (section 3(a)(1)(B) as the legal reference quotes it): a
# signature, what identifies and locates the depiction, the good-faith statement, contact details.
US_GOOD_FAITH = "good faith belief that the intimate visual depiction identified above is not "\
                "consensual"
US_TAKE_DOWN = "no later than 48 hours after receiving this request"

CASES = [
    Case("notice_fr_qualification", "platform_notice", body(platform="instagram",
                                                            qualification=QUAL),
         must=["article 226-8-1 du Code pénal", "article 16 du règlement (UE) 2022/2065",
               *URLS, GOOD_FAITH_FR, "Nom : Camille MARTIN ; courriel : camille@example.org",
               "accuser réception", "voies de recours", "Instagram",
               "pendant au moins six mois"],
         must_not=["abus sexuels sur mineurs"]),
    Case("notice_en_articles", "platform_notice",
         body(platform="Some Host", letter_lang="en", articles=["226-8-1", "222-33-2-2"],
              explanation="The images are AI-generated and show me naked."),
         must=["article 226-8-1 of the French Criminal Code", "article 222-33-2-2",
               GOOD_FAITH_EN, "Some Host", "The images are AI-generated", *URLS,
               "Name: Camille MARTIN; e-mail: camille@example.org", "confirm receipt",
               "possibilities for redress"],
         must_not=["Reading copy"]),
    Case("notice_fr_csam_anonymous", "platform_notice",
         {"csam": True, "platform": "telegram", "target_urls": URLS[1:],
          "articles": ["227-23"]},
         must=["Notification anonyme", "article 227-23 du Code pénal",
               "n'exige pas le nom et l'adresse électronique", "directive 2011/93/UE",
               URLS[1], GOOD_FAITH_FR],
         must_not=["Camille", "Nom :"]),
    Case("notice_en_csam_named", "platform_notice",
         {"csam": True, "platform": "x", "target_urls": URLS[:1], "articles": ["227-23"],
          "letter_lang": "en", "victim": copy.deepcopy(MINOR),
          "representative": copy.deepcopy(PARENT)},
         must=["acting as mère et représentante légale of Léa BERNARD",
               "are not required for such content", "Name: Sophie BERNARD",
               "X (Twitter)", GOOD_FAITH_EN]),
    Case("appeal_fr_decision", "platform_appeal",
         body(platform="tiktok", articles=["226-8-1"], notice_date="2026-09-01",
              decision_date="2026-09-10"),
         must=["réclamation (article 20 du DSA)", "notification du 1er septembre 2026",
               "Par une décision du 10 septembre 2026", "au plus tard le 10 mars 2027",
               "article 226-8-1 du Code pénal", "article 21 du DSA", *URLS,
               "https://eur-lex.europa.eu/eli/reg/2022/2065/oj"]),
    Case("appeal_en_no_decision", "platform_appeal",
         body(platform="reddit", letter_lang="en", notice_date="2026-10-02"),
         must=["my notice of 2 October 2026", "received no decision",
               "the six months period of article 20 has not started", *URLS]),
    Case("appeal_fr_late", "platform_appeal",
         body(platform="youtube", notice_date="2026-01-05", decision_date="2026-01-20"),
         must=["Plus de six mois se sont écoulés depuis la décision du 20 janvier 2026"]),
    Case("delisting_fr_google_fake", "delisting",
         body(platform="google", qualification=QUAL),
         must=["Google Search", "explicit non-consensual fake imagery",
               "Content falsely portrays me in a sexual act", "formulaire distinct",
               "Ces images sont fausses", "article 226-8-1 du Code pénal", *URLS,
               "pas les contenus eux-mêmes"],
         must_not=["Bing"]),
    Case("delisting_en_google_real", "delisting",
         body(platform="google", letter_lang="en", content_kind="real"),
         must=["Remove explicit or intimate personal images from Google",
               "shared without the consent", *URLS],
         must_not=["fake imagery"]),
    Case("delisting_en_bing", "delisting", body(platform="bing", letter_lang="en"),
         must=["Microsoft Bing", "could not verify Microsoft's procedure", *URLS],
         must_not=["StopNCII", "explicit non-consensual"]),
    Case("erasure_fr_adult", "erasure", body(controller=CONTROLLER, signed_on="2026-01-31"),
         must=["article 17 du règlement (UE) 2016/679", "délai d'un mois",
               "au plus tard le 28 février 2026", "Hébergeur Exemple SAS", "5 avenue du Test",
               *URLS, "https://eur-lex.europa.eu/eli/reg/2016/679/oj"],
         must_not=["article 51"]),
    Case("erasure_en_minor", "erasure",
         body(controller=CONTROLLER, letter_lang="en", minor_at_collection=True,
              victim=copy.deepcopy(MINOR), representative=copy.deepcopy(PARENT)),
         must=["article 17 of Regulation (EU) 2016/679", "article 51",
               "collected while the person concerned was a minor", "by 25 December 2026",
               "LEGIARTI000037823120", "Léa BERNARD", *URLS]),
    Case("cnil_fr_minor", "cnil_complaint",
         body(controller=CONTROLLER, request_date="2026-09-01", minor_at_collection=True),
         must=["Commission nationale de l'informatique et des libertés",
               "Le 1er septembre 2026, j'ai demandé", "article 51 de la loi Informatique",
               "a expiré le 1er octobre 2026", "délai de trois semaines",
               "au plus tard le 16 décembre 2026", *URLS]),
    Case("cnil_en_refused", "cnil_complaint",
         body(controller=CONTROLLER, letter_lang="en", request_date="2026-11-10",
              answer="refused"),
         must=["refused the erasure", "expired on 10 December 2026",
               "erasure request of 10 November 2026", "The controller's refusal", *URLS],
         must_not=["three weeks", "article 51"]),
    Case("preservation_fr_complaint", "preservation",
         body(platform="snapchat", complaint_date="2026-10-01",
              complaint_authority="procureur de la République de Paris",
              accounts=["@faux.compte"]),
         must=["Snapchat", "Une plainte a été déposée le 1er octobre 2026 auprès de procureur",
               "@faux.compte", "données d'inscription", *URLS]),
    Case("preservation_en_no_complaint", "preservation",
         body(platform="Forum Example", letter_lang="en",
              facts=[{"date": "2026-10-03", "description": "Posted a fake nude.",
                      "account": "anon_42", "urls": URLS[:1]}]),
         must=["about to be filed", "anon_42", "Posted a fake nude.", "Forum Example", *URLS]),
    Case("us_removal_en_listed_fake", "us_removal_request",
         body(platform="instagram", articles=["226-8-1"], electronic_signature=True,
              depiction="a photo posted by @faux.compte on 12 March 2025",
              explanation="I never took or sent such a photo."),
         must=["Instagram", "Removal requests under the TAKE IT DOWN Act",
               "I, the undersigned Camille MARTIN, am the identifiable individual shown",
               "Under section 3 of the TAKE IT DOWN Act", *URLS,
               "Description (the depiction is not reproduced here): a photo posted by "
               "@faux.compte on 12 March 2025", "I have a " + US_GOOD_FAITH,
               "It is a digital forgery", "I never took or sent such a photo.",
               "article 226-8-1 of the French Criminal Code", "Camille MARTIN can be contacted at",
               "camille@example.org", "12 rue des Lilas", US_TAKE_DOWN,
               "known identical copies", "/s/ Camille MARTIN",
               "Electronic signature of Camille MARTIN, 25 November 2026",
               "Since 19 May 2026, a covered platform must remove",
               "confidence: B, several consistent secondary sources",
               "Meta, which runs Instagram, is among the 15 companies",
               "Federal Trade Commission (FTC) enforces", "article 16 of the Digital Services Act",
               "Not to be confused with Take It Down, NCMEC's tool"],
         must_not=["Check that Instagram", "Copie de lecture", "Signature\n"]),
    Case("us_removal_en_parent_real_unlisted", "us_removal_request",
         body(platform="Forum Example", content_kind="real", victim=copy.deepcopy(MINOR),
              representative=copy.deepcopy(PARENT)),
         must=["I, the undersigned Sophie BERNARD, acting as mère et représentante légale of "
               "Léa BERNARD, am authorized to act on behalf of Léa BERNARD",
               "Léa BERNARD, the identifiable individual, has a " + US_GOOD_FAITH,
               "Léa BERNARD did not consent to its publication.",
               "Sophie BERNARD can be contacted at", "sophie@example.org", US_TAKE_DOWN,
               "Check that Forum Example is a “covered platform” under the Act", "Signature"],
         must_not=["digital forgery", "/s/", "According to our sources"]),
    Case("us_removal_fr_reading_copy", "us_removal_request",
         body(platform="x", reading_copy_lang="fr", articles=["226-8-1"]),
         reading_copy=True,
         must=["Copie de lecture en français", "La demande à envoyer est la version anglaise",
               "Demandes de retrait au titre du TAKE IT DOWN Act", "X (Twitter)",
               "J'ai la conviction de bonne foi que la représentation visuelle intime",
               "Il s'agit d'un faux numérique", "article 226-8-1 du Code pénal",
               "au plus tard 48 heures après réception", "Depuis le 19 mai 2026",
               "X publie une page pour signaler un contenu au titre du TAKE IT DOWN Act",
               "niveau de confiance : A, texte ou page officielle", *URLS],
         must_not=["I have a good faith belief"]),
]

_RENDERED: dict = {}


def rendered(case: Case, fmt: str) -> bytes:
    if (case.id, fmt) not in _RENDERED:
        _RENDERED[(case.id, fmt)] = render(build(case.kind, case.raw, TODAY,
                                                 reading_copy=case.reading_copy), fmt)
    return _RENDERED[(case.id, fmt)]


def readable(fmt: str, data: bytes) -> str:
    text = text_of(fmt, data)
    if fmt == "html":
        text = re.sub(r"<[^>]+>", " ", text).replace("&#39;", "'").replace("&amp;", "&")
        text = text.replace("&#34;", '"').replace("&quot;", '"')
    return squash(text)


def test_the_table_covers_every_kind_in_both_languages():
    seen = {(c.kind, build(c.kind, c.raw, TODAY, reading_copy=c.reading_copy).lang)
            for c in CASES}
    assert seen == {(k, lang) for k in BUILDERS for lang in ("fr", "en")}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_required_elements_read_back(case, fmt):
    text = readable(fmt, rendered(case, fmt))
    missing = [m for m in case.must if squash(m) not in text]
    assert not missing, f"{case.id}/{fmt} lacks {missing}"
    present = [m for m in case.must_not if squash(m) in text]
    assert not present, f"{case.id}/{fmt} should not contain {present}"


def test_wording_parity_and_placeholders():
    assert set(W["fr"]) == set(W["en"])
    for key in W["fr"]:
        names = [set(re.findall(r"{(\w+)}", W[lang][key])) for lang in ("fr", "en")]
        assert names[0] - {"of_duration", "duration"} == names[1] - {"of_duration",
                                                                     "duration"}, key


def test_no_duration_is_typed_in_the_wording():
    words = (r"\b(un|une|deux|trois|six|one|two|three|six|1|3|6|48)\s+"
             r"(mois|semaines?|months?|weeks?|heures?|hours?)")
    for lang in ("fr", "en"):
        for key, text in W[lang].items():
            assert not re.search(words, text), (lang, key)


def test_deadlines_are_sourced_and_graded():
    for d in _all().values():
        assert d.source.startswith("https://") and d.grade in ("A", "B", "C")
        # read on or before the real day (the tests' TODAY is a fixed earlier date)
        assert d.checked_on <= date.today() and d.rule["fr"] and d.rule["en"]
    assert (deadline("dsa_appeal_window").amount, deadline("dsa_appeal_window").unit) == \
        (6, "months")
    removal = deadline("take_it_down_removal")  # addendum 2 §5.1: 48 hours, grade B
    assert (removal.amount, removal.unit, removal.grade) == (48, "hours", "B")


@pytest.mark.parametrize(("start", "key", "expected"), [
    (date(2026, 1, 31), "gdpr_answer", date(2026, 2, 28)),
    (date(2026, 9, 1), "lil51_answer", date(2026, 10, 1)),
    (date(2026, 11, 25), "lil51_cnil_decision", date(2026, 12, 16)),
    (date(2026, 8, 31), "dsa_appeal_window", date(2027, 2, 28)),
    (date(2026, 11, 30), "take_it_down_removal", date(2026, 12, 2)),
])
def test_due_dates(start, key, expected):
    assert due_date(start, key) == expected


def test_validate_resolves_offences_from_the_law_data():
    data = validate("platform_notice", body(platform="x", articles=["226-8-1"]), TODAY)
    assert data["offences"][0]["article"] == "226-8-1" and data["offences"][0]["title"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_docx_and_odt(tmp_path):
    from .readback import pdf_pages

    cases = {case.id: case for case in CASES}
    files = {"notice.docx": CASES[0], "erasure.odt": CASES[11],
             "us_docx.docx": cases["us_removal_en_listed_fake"],
             "us_odt.odt": cases["us_removal_en_listed_fake"]}
    for name, case in files.items():
        (tmp_path / name).write_bytes(rendered(case, name.rpartition(".")[2]))
    out = tmp_path / "out"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *(str(tmp_path / n) for n in files)],
        capture_output=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    notice = squash("\n".join(pdf_pages((out / "notice.pdf").read_bytes())))
    assert squash(GOOD_FAITH_FR) in notice and squash(URLS[0]) in notice
    erasure = squash("\n".join(pdf_pages((out / "erasure.pdf").read_bytes())))
    assert squash("by 25 December 2026") in erasure and squash("article 51") in erasure
    for name in ("us_docx", "us_odt"):
        us = squash("\n".join(pdf_pages((out / f"{name}.pdf").read_bytes())))
        for line in ("I have a " + US_GOOD_FAITH, US_TAKE_DOWN, "/s/ Camille MARTIN", URLS[0]):
            assert squash(line) in us, (name, line)
