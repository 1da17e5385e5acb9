"""A letter downloaded from the site is named in the language of the page the reader is on
(the URL's /fr/ or /en/), whatever the letter's language, and never names the site; the
documents API, which has no interface language, keeps the names in the letter's language."""

from __future__ import annotations

import pytest

from app.letters.kind import disposition
from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS as COMPLAINT
from tests.interview.complaint.answers import PG

from .helpers import ANSWERS as PACK
from .parent_answers import MOTHER

PARTIE_CIVILE = {**COMPLAINT, "kind": "partie_civile", "first_complaint_to": "procureur",
                 "first_complaint_date": "2026-06-30"}

# (path after /{lang}, answers: a French letter, {interface language: file name})
CASES = [
    ("/complaint/document/{fmt}", COMPLAINT,
     {"fr": "plainte-procureur", "en": "complaint-to-the-prosecutor"}),
    ("/complaint/document/{fmt}", PARTIE_CIVILE,
     {"fr": "plainte-partie-civile", "en": "complaint-partie-civile"}),
    ("/complaint/document/{fmt}", PG,
     {"fr": "recours-procureur-general", "en": "appeal-to-the-procureur-general"}),
    ("/action/document/platform-notice/{fmt}", PACK,
     {"fr": "notification-dsa", "en": "dsa-notice"}),
    ("/action/document/platform-appeal/{fmt}", PACK,
     {"fr": "reclamation-dsa", "en": "dsa-complaint"}),
    ("/action/document/delisting/{fmt}", PACK,
     {"fr": "demande-dereferencement", "en": "delisting-request"}),
    ("/action/document/erasure/{fmt}", PACK,
     {"fr": "demande-effacement-rgpd", "en": "gdpr-erasure-request"}),
    ("/action/document/cnil-complaint/{fmt}", PACK,
     {"fr": "plainte-cnil", "en": "cnil-complaint"}),
    ("/action/document/preservation/{fmt}", PACK,
     {"fr": "demande-conservation", "en": "preservation-request"}),
    # The request under the US Act is written in English; its French letter is the reading copy.
    ("/action/reading-copy/us-removal-request/{fmt}", MOTHER,
     {"fr": "demande-retrait-take-it-down-copie-de-lecture",
      "en": "take-it-down-act-request-reading-copy"}),
]


def _name(response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    disposition_header = response.headers["Content-Disposition"]
    assert disposition_header.startswith('attachment; filename="')
    name = disposition_header.split('filename="', 1)[1].split('"', 1)[0]
    assert name.isascii()
    return name


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("path", "answers", "names"), CASES,
                         ids=[f"{c[0].split('/')[-2]}-{c[2]['fr']}" for c in CASES])
def test_a_french_letter_is_named_in_the_interface_language(client, lang, path, answers,
                                                            names):
    fmt = "txt"
    response = client.post(localized(f"/{lang}{path.format(fmt=fmt)}"), data=answers)
    name = _name(response)
    assert name == f"{names[lang]}.{fmt}"
    assert "recours" not in name.replace("recours-procureur", "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_english_reading_copy_and_the_english_letter_too(client, lang):
    copy = client.post(localized(f"/{lang}/complaint/document/pdf"),
                       data={**COMPLAINT, "copy": "reading"})
    assert _name(copy) == {"fr": "plainte-procureur-copie-de-lecture.pdf",
                           "en": "complaint-to-the-prosecutor-reading-copy.pdf"}[lang]
    letter = client.post(localized(f"/{lang}/action/document/platform-notice/odt"),
                         data={**PACK, "pack.lang": "en"})
    assert _name(letter) == {"fr": "notification-dsa.odt", "en": "dsa-notice.odt"}[lang]
    us = client.post(localized(f"/{lang}/action/document/us-removal-request/docx"), data=MOTHER)
    assert _name(us) == {"fr": "demande-retrait-take-it-down.docx",
                         "en": "take-it-down-act-request.docx"}[lang]


def test_a_name_with_accents_has_an_ascii_fallback_and_a_utf8_name():
    assert disposition("plainte.pdf") == 'attachment; filename="plainte.pdf"'
    header = disposition("réclamation-dsa.pdf")
    assert header == ("attachment; filename=\"reclamation-dsa.pdf\"; "
                      "filename*=UTF-8''r%C3%A9clamation-dsa.pdf")
    assert header.isascii()
