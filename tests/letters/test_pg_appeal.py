"""The appeal to the procureur général against a classement sans suite (CPP 40-3), through the
documents API: its dates (never before the decision it contests), its addressee (the cour
d'appel as the person names it, or a blank and a note saying how to find it), what it asks for
and says (only what the article, as the law data hold it, allows), in four formats read back,
for a representative, and as an English reading copy."""

from __future__ import annotations

import copy

import pytest

from app.law import get_registry
from app.letters.pg_appeal import cour_appel_name
from tests.api.bodies import PG_BODY, URL, post

from .cases import MINOR, PARENT, assert_dated_outcome
from .readback import squash, text_of


def body(**changes) -> dict:
    data = copy.deepcopy(PG_BODY)
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


# (id, changes, expected: lines in the letter | (field, code, (fr, en) words of the message))
DATES = [
    ("signed_today", {"signed_on": None}, ["À Paris, le 25 novembre 2026"]),
    ("signed_on_the_decision_day", {"signed_on": "2026-10-01"},
     ["À Paris, le 1er octobre 2026", "Par un avis du 1er octobre 2026"]),
    ("signed_before_the_decision", {"signed_on": "2026-09-30"},
     ("signed_on", "before_decision", ("1er octobre 2026", "1 October 2026"))),
    ("decision_before_the_complaint", {"decision_date": "2025-06-01"},
     ("decision_date", "before_complaint", ("plainte", "complaint"))),
    ("decision_on_the_complaint_day", {"decision_date": "2025-06-02"},
     ["Par un avis du 2 juin 2025", "Le 2 juin 2025, j'ai porté plainte contre X"]),
    ("decision_in_the_future", {"decision_date": "2026-11-26"},
     ("decision_date", "future_date", ("futur", "future"))),
    ("complaint_in_the_future", {"complaint_date": "2026-12-01", "decision_date": None},
     ("decision_date", "required", ("obligatoire", "required"))),
    ("prepared_in_advance", {"signed_on": "2027-01-15"}, ["À Paris, le 15 janvier 2027"]),
    ("far_ahead", {"signed_on": "2028-01-15"},
     ("signed_on", "far_ahead", ("25 novembre 2027", "25 November 2027"))),
]


@pytest.mark.parametrize(("case", "changes", "expected"), DATES, ids=[c[0] for c in DATES])
def test_pg_appeal_dates(client, case, changes, expected):
    response = post(client, f"{URL}/pg-appeal?format=txt", body(**changes))
    if case == "complaint_in_the_future":  # both dates are wrong: each is named
        errors = {(e["field"], e["code"]) for e in response.get_json()["errors"]}
        assert errors == {("complaint_date", "future_date"), ("decision_date", "required")}
        return
    assert_dated_outcome(response, expected)


@pytest.mark.parametrize(("typed", "name"), [
    ("Paris", "Cour d'appel de Paris"),
    ("aix-en-provence", "Cour d'appel d'aix-en-provence"),
    ("Orléans", "Cour d'appel d'Orléans"),
    ("  Cour d’appel de Lyon ", "Cour d’appel de Lyon"),
    ("cour d'appel de Basse-Terre", "cour d'appel de Basse-Terre"),
    ("CA Rennes", "Cour d'appel de Rennes"),
    ("", ""),
])
def test_the_cour_d_appel_is_named_as_french_writes_it(typed, name):
    assert cour_appel_name(typed) == name


LAW = get_registry().offence("cpp-40-3")
FRENCH = [
    "Madame, Monsieur le Procureur général", "près la cour d'appel de Paris",
    "Objet : recours contre la décision de classement sans suite du 1er octobre 2026 "
    "(référence : 25153000123), article 40-3 du Code de procédure pénale",
    "Madame, Monsieur le Procureur général,",
    "ai l'honneur de former un recours, en application de l'article 40-3 du Code de procédure "
    "pénale, contre la décision de classer sans suite ma plainte contre X.",
    "Décision contestée", "Le 2 juin 2025, j'ai porté plainte contre X",
    "Par un avis du 1er octobre 2026 (référence : 25153000123), le procureur de la République "
    "près le tribunal judiciaire de Paris m'a fait connaître sa décision",
    "Motif indiqué dans l'avis : Auteur non identifié", "Motifs du recours",
    "Exposé des faits", "article 226-8-1 du Code pénal",
    # what the article lets the procureur général do, and nothing more
    "d'enjoindre au procureur de la République d'engager des poursuites, dans les conditions "
    "prévues à l'article 36 du Code de procédure pénale",
    "Avis de classement sans suite du 1er octobre 2026 (référence : 25153000123)",
    "Copie de ma plainte du 2 juin 2025", "Capture d'écran de la publication Instagram",
    # the law data's reading: the text as checked on its date sets no time limit nor form
    "dans son texte vérifié au 29 mai 2023, ne fixe ni délai ni forme pour ce recours",
    "s'il estime le recours infondé, il vous en informe",
    "article 85 du Code de procédure pénale", "citation directe",
]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "txt"])
def test_the_appeal_reads_back_in_every_format(client, fmt):
    response = post(client, f"{URL}/pg-appeal?format={fmt}", body(cour_appel="Paris"))
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert f'filename="recours-procureur-general.{fmt}"' in response.headers[
        "Content-Disposition"]
    text = squash(text_of(fmt, response.data))
    missing = [line for line in FRENCH if squash(line) not in text]
    assert not missing, missing
    assert squash("Complétez le nom de la cour d'appel") not in text
    assert squash("plainte avec constitution de partie civile contre") not in text


def test_the_law_data_is_what_the_letter_states():
    """The reading above is the law data's: the version held, its values and checked-on date."""
    values = LAW.versions[-1].values
    assert values["time_limit"] == "none" and values["addressee"] == "procureur_general"
    assert set(values["outcomes"]) == {"order_prosecution", "informs_if_unfounded"}
    assert str(LAW.checked_on) == "2023-05-29" and LAW.grade == "A"


def test_without_a_cour_d_appel_the_letter_leaves_a_blank_and_says_how_to_fill_it(client):
    text = squash(post(client, f"{URL}/pg-appeal?format=txt", body()).get_data(as_text=True))
    for line in ("près la cour d'appel de ………………",
                 "Complétez le nom de la cour d'appel : celle dont dépend le tribunal judiciaire "
                 "de Paris, dont le procureur a pris la décision."):
        assert squash(line) in text, line
    abroad = body(commune_insee=None,
                  victim={**PG_BODY["victim"], "postcode": "1000", "commune": "Bruxelles"})
    text = squash(post(client, f"{URL}/pg-appeal?format=txt", abroad).get_data(as_text=True))
    assert squash("le procureur de la République m'a fait connaître") in text
    assert squash("celle dont dépend le tribunal dont le procureur a pris la décision") in text


def test_the_deciding_court_can_be_named(client):
    response = post(client, f"{URL}/pg-appeal?format=txt",
                    body(tribunal="Lyon", cour_appel="Cour d'appel de Lyon"))
    text = squash(response.get_data(as_text=True))
    assert squash("le procureur de la République près le tribunal judiciaire de Lyon") in text
    assert squash("près la cour d'appel de Lyon") in text


def test_a_parent_appeals_for_a_child(client):
    child = body(victim=copy.deepcopy(MINOR), representative=copy.deepcopy(PARENT),
                 commune_insee="69383", grounds="De nouvelles copies circulent au collège.")
    response = post(client, f"{URL}/pg-appeal?format=docx", child)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = squash(text_of("docx", response.data))
    for line in ("agissant en qualité de mère et représentante légale de Léa BERNARD",
                 "contre la décision de classer sans suite la plainte déposée au nom de Léa "
                 "BERNARD contre X",
                 "Le 2 juin 2025, j'ai porté plainte au nom de Léa BERNARD contre X",
                 "De nouvelles copies circulent au collège."):
        assert squash(line) in text, line
    assert squash("Les faits exposés ci-dessous, que les pièces jointes") not in text


@pytest.mark.parametrize("how", ["letter_lang", "reading_copy"])
def test_the_english_reading_copy(client, how):
    if how == "letter_lang":
        response = post(client, f"{URL}/pg-appeal?format=pdf", body(letter_lang="en"))
    else:
        response = post(client, f"{URL}/pg-appeal?format=pdf&copy=reading",
                        body(reading_copy_lang="en"))
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert 'filename="pg-appeal-reading-copy.pdf"' in response.headers["Content-Disposition"]
    text = squash(text_of("pdf", response.data))
    for line in ("Reading copy in English", "The letter to send is the French version",
                 "The Procureur général", "at the cour d'appel of ………………",
                 "hereby appeal, under article 40-3 of the Code of Criminal Procedure",
                 "By a notice dated 1 October 2026 (reference: 25153000123)",
                 "to order the public prosecutor to bring proceedings",
                 "in its text as checked on 29 May 2023, sets no time limit and no form"):
        assert squash(line) in text, line


def test_the_cli_makes_the_appeal_and_its_reading_copy(app, tmp_path):
    import json

    source = tmp_path / "appeal.json"
    source.write_text(json.dumps(body(reading_copy_lang="en")), encoding="utf-8")
    runner = app.test_cli_runner()
    result = runner.invoke(args=["document", "pg-appeal", str(source), "--format", "odt",
                                 "-o", str(tmp_path / "appeal.odt")])
    assert result.exit_code == 0, result.output
    text = squash(text_of("odt", (tmp_path / "appeal.odt").read_bytes()))
    assert squash("article 40-3 du Code de procédure pénale") in text
    result = runner.invoke(args=["document", "pg-appeal", str(source), "--reading-copy",
                                 "--format", "txt", "-o", str(tmp_path / "copy.txt")])
    assert result.exit_code == 0, result.output
    assert "Reading copy in English" in (tmp_path / "copy.txt").read_text(encoding="utf-8")
    source.write_text(json.dumps(body(decision_reference=None)), encoding="utf-8")
    result = runner.invoke(args=["document", "pg-appeal", str(source)])
    assert result.exit_code == 1 and "decision_reference: required" in result.output
