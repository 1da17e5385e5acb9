"""Bodies of the documents API for issue 13's second and third situations (tests/api and the
letters' tests may share them): an adult man blackmailed for money by Instagram direct messages
over a video call recorded without his agreement; an adult woman whose sexual deepfake is posted
on X and in a Telegram channel."""

from __future__ import annotations

from tests.interview.situations import DEEPFAKE_X_TELEGRAM, WEBCAM_BLACKMAIL

ACCOUNT = "@lea.rencontres92"
X_URL = "https://x.com/compte_faux/status/1860000000000000001"
TELEGRAM_URL = "https://t.me/canal_fuites/118"


def _qualification(facts: dict) -> dict:
    return {k: v for k, v in facts.items() if k != "lang"}


BLACKMAIL = {
    "qualification": _qualification(WEBCAM_BLACKMAIL.facts),
    "victim": {"first_name": "Karim", "last_name": "Benali", "address": "4 rue Garibaldi",
               "postcode": "69003", "commune": "Lyon"},
    "commune_insee": "69383",
    "author": {"known": False, "name": "", "accounts": [ACCOUNT], "relationship": ""},
    "facts": [{"date": "2026-11-10", "platform": "Instagram", "account": ACCOUNT,
               "place": "Messages privés Instagram", "urls": [],
               "description": "Appel vidéo accepté, enregistré à mon insu, puis menaces par "
                              "messages privés de diffuser la vidéo si je ne paie pas 500 "
                              "euros."}],
    "exhibits": [{"description": "Captures d'écran des messages privés Instagram",
                  "place": "Messages privés Instagram"}],
    "signed_at_place": "Lyon", "signed_on": "2026-11-20",
}
BLACKMAIL_MUST = ["Karim BENALI", "tribunal judiciaire de Lyon", "plainte contre X",
                  "article 312-10 du Code pénal", "article 226-1 du Code pénal",
                  "article 226-2 du Code pénal", "article 226-2-1 du Code pénal",
                  "exprimés par messages privés", "Instagram", ACCOUNT,
                  "afin d'identifier les titulaires des comptes en cause"]

DEEPFAKE = {
    "qualification": _qualification(DEEPFAKE_X_TELEGRAM.facts),
    "victim": {"first_name": "Inès", "last_name": "Moreau", "address": "8 rue Oberkampf",
               "postcode": "75011", "commune": "Paris", "email": "ines.moreau@example.org"},
    "commune_insee": "75111",
    "author": {"known": False, "name": "", "accounts": [], "relationship": ""},
    "facts": [{"date": "2026-09-01", "platform": "Telegram", "account": "canal_fuites",
               "urls": [TELEGRAM_URL],
               "description": "Publication d'un deepfake sexuel me représentant dans un canal "
                              "Telegram public."},
              {"date": "2026-11-15", "platform": "X", "account": "@compte_faux",
               "urls": [X_URL],
               "description": "Publication du même deepfake sexuel sur X, visible par tous."}],
    "exhibits": [{"description": "Capture d'écran de la publication sur X", "url": X_URL}],
    "signed_at_place": "Paris", "signed_on": "2026-11-20",
}
DEEPFAKE_MUST = ["Inès MOREAU", "article 226-8-1 du Code pénal", X_URL]
DEEPFAKE_COMPLAINT_MUST = [*DEEPFAKE_MUST, "tribunal judiciaire de Paris", TELEGRAM_URL,
                           "plateformes concernées (Telegram, X)",
                           "afin d'identifier les titulaires des comptes en cause"]
