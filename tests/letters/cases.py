"""Input cases for the letter tests: each has raw data, the builder call, and what must appear."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

SHA = "3f" * 32
TODAY = date(2025, 6, 2)

VICTIM = {"first_name": "Camille", "last_name": "Martin", "birth_date": "1995-04-02",
          "address": "12 rue des Lilas", "postcode": "75011", "commune": "Paris",
          "email": "camille@example.org", "phone": "06 12 34 56 78"}
MINOR = {"first_name": "Léa", "last_name": "Bernard", "birth_date": "2010-09-15",
         "address": "", "postcode": "", "commune": "", "email": "", "phone": ""}
PARENT = {"first_name": "Sophie", "last_name": "Bernard", "address": "3 place du Marché",
          "postcode": "69002", "commune": "Lyon", "email": "sophie@example.org",
          "phone": "+33 6 98 76 54 32", "role": "mère et représentante légale"}

OFFENCES = [
    {"article": "226-8-1", "code": "code_penal",
     "title": "Montage ou contenu généré à caractère sexuel porté à la connaissance d'un tiers"},
    {"article": "222-33-2-2", "code": "code_penal", "title": "Harcèlement moral"},
]
OFFENCES_EN = [
    {"article": "226-8-1", "code": "code_penal",
     "title": "Sexual montage or AI-generated sexual content shown to others"},
]
PARIS = {"name": "Tribunal judiciaire de Paris",
         "address_lines": ["Parvis du Tribunal de Paris", "75017 Paris"]}
LYON = {"name": "Tribunal judiciaire de Lyon",
        "address_lines": ["67 rue Servient", "69003 Lyon"]}

FACT_MARCH = {"date": "2025-03-12", "platform": "Instagram", "account": "@faux.compte",
              "description": "Publication d'une image truquée à caractère sexuel me représentant.",
              "urls": ["https://www.instagram.com/p/AbC123xyz/"]}
FACT_JANUARY = {"date": "2025-01-05", "platform": "WhatsApp", "account": "",
                "description": "Envoi du montage à plusieurs collègues.", "urls": []}
FACT_MAY = {"date": "2025-05-20", "platform": "Telegram", "account": "canal_x",
            "description": "Nouvelle diffusion dans un canal public.",
            "urls": ["https://t.me/canal_x/42", "https://t.me/canal_x/43?single=1"]}

EXHIBITS = [
    {"description": "Capture d'écran de la publication Instagram",
     "seen_at": "2025-03-12T21:14", "url": "https://www.instagram.com/p/AbC123xyz/",
     "sha256": SHA},
    {"description": "Attestation d'un collègue", "seen_at": "2025-01-06", "url": "",
     "sha256": ""},
]


def base(**changes) -> dict:
    data = {"victim": copy.deepcopy(VICTIM),
            "author": {"known": False, "name": "", "accounts": [], "relationship": ""},
            "facts": [copy.deepcopy(FACT_MARCH), copy.deepcopy(FACT_JANUARY)],
            "harm": "Anxiété importante et arrêt de travail de deux semaines.",
            "partie_civile": False, "exhibits": copy.deepcopy(EXHIBITS),
            "signed_at_place": "Paris", "signed_on": "2025-06-02"}
    data.update(changes)
    return data


@dataclass
class Case:
    id: str
    raw: dict
    kind: str = "complaint"
    offences: list = field(default_factory=lambda: OFFENCES)
    tribunal: dict | None = None
    first_complaint: date | None = None
    refusal: date | None = None
    must: list[str] = field(default_factory=list)  # must appear (whitespace ignored)
    must_not: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # must appear in this order


COMMON_FR = ["Madame, Monsieur le Procureur de la République", "Camille MARTIN",
             "Je soussigné(e) Camille MARTIN, né(e) le 2 avril 1995, domicilié(e) 12 rue des "
             "Lilas, 75011 Paris, ai l'honneur de porter plainte",
             "camille@example.org", "06 12 34 56 78", "12 rue des Lilas", "75011 Paris",
             "À Paris, le 2 juin 2025", "Exposé des faits", "Préjudice subi",
             "Anxiété importante et arrêt de travail de deux semaines.",
             "Je vous remercie de bien vouloir m'informer de la suite",
             "https://www.instagram.com/p/AbC123xyz/", "@faux.compte", "Instagram",
             "Bordereau des pièces jointes", SHA, "12 mars 2025 à 21:14",
             "Attestation d'un collègue", "ne sont pas reproduits",
             "ce n'est pas un conseil juridique", "lettre recommandée avec demande d'avis de "
             "réception", "remise à l'accueil du tribunal"]
ORDER_FR = ["5 janvier 2025", "12 mars 2025, sur Instagram"]

CASES = [
    Case("known_author_partie_civile",
         base(author={"known": True, "name": "Jean Dupont", "accounts": ["@jdupont"],
                      "relationship": "ancien conjoint"}, partie_civile=True),
         tribunal=PARIS,
         must=COMMON_FR + ["Objet : plainte contre Jean Dupont", "Jean Dupont",
                           "ancien conjoint", "@jdupont", "Je déclare me constituer partie "
                           "civile", "près le tribunal judiciaire de Paris",
                           "Parvis du Tribunal de Paris",
                           "article 226-8-1 du Code pénal", "article 222-33-2-2 du Code pénal",
                           "Harcèlement moral"],
         must_not=["contre X"], order=ORDER_FR),
    Case("contre_x_no_partie_civile",
         base(author={"known": False, "name": "", "accounts": ["@inconnu_42"],
                      "relationship": ""}),
         tribunal=PARIS,
         must=COMMON_FR + ["Objet : plainte contre X", "n'est pas identifié", "@inconnu_42"],
         must_not=["constituer partie civile", "Jean Dupont"], order=ORDER_FR),
    Case("minor_with_representative",
         base(victim=copy.deepcopy(MINOR), representative=copy.deepcopy(PARENT),
              partie_civile=True, signed_at_place="Lyon", exhibits=[]),
         tribunal=LYON,
         must=["Je soussigné(e) Sophie BERNARD, domicilié(e) 3 place du Marché, 69002 Lyon, "
               "agissant en qualité de mère et représentante légale de Léa BERNARD",
               "Sophie BERNARD", "Agissant en qualité de mère et représentante légale de Léa "
               "BERNARD", "au nom de Léa BERNARD", "né(e) le 15 septembre 2010",
               "sophie@example.org", "3 place du Marché", "69002 Lyon",
               "près le tribunal judiciaire de Lyon", "67 rue Servient",
               "Je déclare me constituer partie civile au nom de Léa BERNARD",
               "Aucune pièce jointe.", "Objet : plainte contre X"],
         must_not=["Camille"], order=ORDER_FR),
    Case("facts_out_of_order_no_tribunal",
         base(facts=[copy.deepcopy(FACT_MAY), copy.deepcopy(FACT_MARCH),
                     copy.deepcopy(FACT_JANUARY)], signed_on=None, signed_at_place=""),
         offences=[],
         must=["près le tribunal judiciaire de ………………", "Le 2 juin 2025",
               "https://t.me/canal_x/42", "https://t.me/canal_x/43?single=1", "canal_x",
               "Je laisse à l'autorité judiciaire le soin de qualifier ces faits."],
         order=["5 janvier 2025", "12 mars 2025, sur Instagram", "20 mai 2025, sur Telegram"]),
    Case("english_reading_copy",
         base(letter_lang="en", exhibits=[EXHIBITS[1]]),
         offences=OFFENCES_EN, tribunal=PARIS,
         must=["Reading copy in English", "The letter to send is the French version",
               "The Public Prosecutor (Procureur de la République)",
               "at the Tribunal judiciaire de Paris", "Statement of facts",
               "Subject: complaint against a person or persons unknown (contre X)",
               "article 226-8-1 of the Criminal Code (Code pénal)", "Harm suffered",
               "Please inform me of the action taken on this complaint.",
               "List of exhibits", "it is not legal advice", "2 June 2025",
               "https://www.instagram.com/p/AbC123xyz/", "Attestation d'un collègue"],
         must_not=["Exposé des faits", SHA],
         order=["5 January 2025", "12 March 2025, on Instagram"]),
    Case("partie_civile_after_delay",
         base(author={"known": True, "name": "Jean Dupont", "accounts": [],
                      "relationship": ""}),
         kind="partie_civile", tribunal=PARIS, first_complaint=date(2025, 1, 31),
         must=["Madame, Monsieur le Doyen des juges d'instruction", "Tribunal judiciaire de Paris",
               "plainte avec constitution de partie civile contre Jean Dupont",
               "article 85 du Code de procédure pénale", "le 31 janvier 2025",
               "Un délai de 3 mois s'est écoulé", "et de me constituer partie civile",
               "Je déclare me constituer partie civile.",
               "consignation", "article 88 du Code de procédure pénale",
               "aide juridictionnelle", "à partir du 1er mai 2025",
               "se termine le 30 avril 2025 à minuit",
               "Le procureur de la République a reçu ma plainte le 31 janvier 2025",
               "Copie de ma plainte reçue le 31 janvier 2025", SHA],
         must_not=["près le tribunal"], order=ORDER_FR),
    Case("partie_civile_after_refusal_english",
         base(letter_lang="en"), kind="partie_civile", tribunal=PARIS,
         first_complaint=date(2025, 1, 10), refusal=date(2025, 2, 20), offences=OFFENCES_EN,
         must=["Reading copy in English", "Senior Investigating Judge",
               "By a notice dated 20 February 2025", "my complaint of 10 January 2025",
               "je déclare me constituer partie civile", "consignation",
               "legal aid (aide juridictionnelle)", "Filing date: from 20 February 2025",
               "Notice from the public prosecutor dated 20 February 2025"],
         order=["5 January 2025", "12 March 2025, on Instagram"]),
]


def assert_dated_outcome(response, expected) -> None:
    """A date case's answer: (field, code, (fr, en)) expects one 422 error with those words;
    a list expects a letter containing each line."""
    if isinstance(expected, tuple):
        field, code, (fr, en) = expected
        assert response.status_code == 422, response.get_data(as_text=True)[:300]
        errors = response.get_json()["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code)]
        assert fr in errors[0]["message"]["fr"] and en in errors[0]["message"]["en"]
        return
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = " ".join(response.get_data(as_text=True).split())
    for line in expected:
        assert line in text, line


def build(case: Case):
    """The letter of a case, as the builder makes it on TODAY."""
    from app.letters import admission, build_complaint, build_partie_civile, validate

    data = validate(case.raw)
    if case.kind == "partie_civile":
        found = admission("procureur", case.first_complaint, None, case.refusal, TODAY,
                          case.tribunal["name"], on=TODAY)
        return build_partie_civile(data, case.offences, case.tribunal, found, TODAY)
    return build_complaint(data, case.offences, case.tribunal, TODAY)
