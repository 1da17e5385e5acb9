"""Issue 13's second and third situations through the documents API, in every format, each file
read back: the blackmail complaint (312-10 at its base, threats by direct message; 226-1, 226-2,
226-2-1 for the recording; the Instagram account and the request to identify its holder) and,
for the deepfake on X and Telegram, the complaint, the notice to X and the TAKE IT DOWN Act
request (X answers to it), naming the web addresses, 226-8-1 and the platform."""

from __future__ import annotations

import copy

import pytest

from tests.api.bodies import URL, post
from tests.api.situations import (
    BLACKMAIL,
    BLACKMAIL_MUST,
    DEEPFAKE,
    DEEPFAKE_COMPLAINT_MUST,
    DEEPFAKE_MUST,
    X_URL,
)
from tests.interview.situations import DEEPFAKE_X_TELEGRAM, WEBCAM_BLACKMAIL
from tests.letters.readback import squash, text_of

FORMATS = ("pdf", "docx", "odt", "txt")


def for_x(**changes) -> dict:
    body = copy.deepcopy(DEEPFAKE)
    body.update({"platform": "x", "target_urls": [X_URL], **changes})
    return body


# (id, kind in the URL, body, what the file must say, what it must not)
CASES = [
    ("blackmail_complaint", "complaint", BLACKMAIL, BLACKMAIL_MUST,
     ["exprimés publiquement", "226-8-1"]),
    ("deepfake_complaint", "complaint", DEEPFAKE, DEEPFAKE_COMPLAINT_MUST, ["312-10"]),
    ("deepfake_notice_to_x", "platform-notice", for_x(),
     [*DEEPFAKE_MUST, "X (Twitter)", "article 16 du DSA"], ["312-10"]),
    ("deepfake_us_request_to_x", "us-removal-request", for_x(),
     ["Inès MOREAU", "X (Twitter)", "TAKE IT DOWN Act", "article 226-8-1", X_URL,
      "no later than 48 hours"], ["312-10"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "kind", "body", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_situation_letter(client, case, kind, body, must, must_not, fmt):
    response = post(client, f"{URL}/{kind}?format={fmt}", body)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    text = squash(text_of(fmt, response.get_data()))
    assert not [w for w in must if squash(w) not in text], [w for w in must
                                                            if squash(w) not in text]
    assert not [w for w in must_not if squash(w) in text]


@pytest.mark.parametrize(("situation", "base", "online"), [
    (WEBCAM_BLACKMAIL, "312-10", False), (DEEPFAKE_X_TELEGRAM, "226-8-1", True)],
    ids=["blackmail", "deepfake"])
def test_the_qualification_behind_the_letters(client, situation, base, online):
    """The offences the letters name are those the engine finds: blackmail by direct message is
    312-10 without the online public aggravation; the deepfake posted on X carries it."""
    found = post(client, "/api/v1/qualify", situation.facts).get_json()["offences"]
    articles = [o["article"] for o in found]
    assert set(situation.offences) <= set(articles), articles
    keys = {a["key"] for o in found if o["article"] == base for a in o["aggravations"]}
    assert ("online_public" in keys) is online, keys
