"""The partie civile letter never states a condition of CPP 85 that is not met on its date.

A table of dated scenarios through the API: where the first complaint was made (to the
procureur, or at the police with or without a copy sent to the procureur), when the procureur
received it or the copy, the procureur's decision, the letter's date and the court. The three
months end on the same day three months later at midnight (the month's last day when that day
does not exist), moved to the next working day when they would end on a Saturday, a Sunday or a
public holiday (CPP 801, with the court's local holidays); the letter can be dated from the day
after. Then the counting alone (months of different lengths, the 31st, leap years, weekends and
holidays), the builder itself, and the messages."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from app.letters import LetterInputError, admission, build_partie_civile, validate
from app.letters.admissible import period_end, subdivision
from app.letters.partie_civile import admissibility_errors
from tests.api.bodies import BODY, URL, post

from .cases import OFFENCES, PARIS, assert_dated_outcome

TODAY = date(2026, 11, 25)  # tests/conftest.py FACTS_ON, a Wednesday


def body(to: str | None, first: str, copy_on: str | None = None, refusal: str | None = None,
         signed: str | None = None, **more) -> dict:
    data = {**copy.deepcopy(BODY), "first_complaint_to": to, "first_complaint_date": first,
            "signed_on": signed, **more}
    if copy_on:
        data["copy_received_on"] = copy_on
    if refusal:
        data["refusal_date"] = refusal
    return data


NEVER = ["suspend", "suspens"]  # CPP 85 suspending the time limit is graded U: never said

# (id, body, expected): a list of lines the letter holds, or (field, code, (fr, en)) for the
# one 422 error expected, its message naming the first possible date in both languages.
CASES = [
    # To the procureur: the three months run from their receipt of the complaint.
    ("procureur_period_ended_yesterday", body("procureur", "2026-08-24"),
     ["Le procureur de la République a reçu ma plainte le 24 août 2026",
      "Un délai de 3 mois s'est écoulé depuis cette réception",
      "se termine le 24 novembre 2026 à minuit", "à partir du 25 novembre 2026",
      "À Paris, le 25 novembre 2026", "Copie de ma plainte reçue le 24 août 2026"]),
    ("procureur_period_ends_today", body("procureur", "2026-08-25"),
     ("first_complaint_date", "too_early", ("26 novembre 2026", "26 November 2026"))),
    ("procureur_received_five_days_ago", body("procureur", "2026-11-20"),
     ("first_complaint_date", "too_early", ("23 février 2027", "23 February 2027"))),
    ("prepared_in_advance", body("procureur", "2026-11-20", signed="2027-02-23"),
     ["À Paris, le 23 février 2027", "Un délai de 3 mois s'est écoulé",
      "se termine le 22 février 2027 à minuit"]),  # 20 February 2027 is a Saturday
    ("signed_on_the_last_day", body("procureur", "2026-11-20", signed="2027-02-22"),
     ("signed_on", "too_early", ("23 février 2027", "23 February 2027"))),
    ("dated_in_the_past_too_early", body("procureur", "2026-01-10", signed="2026-03-01"),
     ("signed_on", "too_early", ("11 avril 2026", "11 April 2026"))),
    # Months of different lengths, the 31st, weekends and public holidays (CPP 801).
    ("31_may_to_31_august", body("procureur", "2026-05-31"),
     ["se termine le 31 août 2026 à minuit", "à partir du 1er septembre 2026"]),
    ("31_july_ends_saturday_31_october_then_all_saints_sunday",
     body("procureur", "2026-07-31", signed="2026-11-02"),
     ("signed_on", "too_early", ("3 novembre 2026", "3 November 2026"))),
    ("31_july_on_the_first_working_day_after", body("procureur", "2026-07-31",
                                                     signed="2026-11-03"),
     ["se termine le 2 novembre 2026 à minuit", "à partir du 3 novembre 2026"]),
    ("30_november_to_february_the_28th_a_saturday",
     body("procureur", "2025-11-30", signed="2026-03-02"),
     ("signed_on", "too_early", ("3 mars 2026", "3 March 2026"))),
    ("ends_on_ascension_day", body("procureur", "2026-02-14", signed="2026-05-15"),
     ("signed_on", "too_early", ("16 mai 2026", "16 May 2026"))),
    ("ends_on_armistice_day", body("procureur", "2026-08-11", signed="2026-11-12"),
     ("signed_on", "too_early", ("13 novembre 2026", "13 November 2026"))),
    ("ends_on_christmas_a_friday", body("procureur", "2026-09-25", signed="2026-12-28"),
     ("signed_on", "too_early", ("29 décembre 2026", "29 December 2026"))),
    ("after_christmas_and_the_weekend", body("procureur", "2026-09-25", signed="2026-12-29"),
     ["se termine le 28 décembre 2026 à minuit", "À Paris, le 29 décembre 2026"]),
    # Local holidays: 26 December and Good Friday in Alsace-Moselle, not in Paris.
    ("boxing_day_paris", body("procureur", "2025-09-26", signed="2025-12-27"),
     ["se termine le 26 décembre 2025 à minuit"]),
    ("boxing_day_metz", body("procureur", "2025-09-26", signed="2025-12-27", tribunal="Metz"),
     ("signed_on", "too_early", ("30 décembre 2025", "30 December 2025"))),
    ("good_friday_paris", body("procureur", "2026-01-03", signed="2026-04-04"),
     ["se termine le 3 avril 2026 à minuit"]),
    ("good_friday_then_easter_monday_strasbourg",
     body("procureur", "2026-01-03", signed="2026-04-07", tribunal="Strasbourg"),
     ("signed_on", "too_early", ("8 avril 2026", "8 April 2026"))),
    # At the police or gendarmerie: nothing runs until the procureur receives a copy.
    ("police_without_a_copy", body("police", "2026-01-05"),
     ("copy_received_on", "copy_needed",
      ("lettre recommandée avec demande d'avis de réception", "registered letter"))),
    ("police_copy_received_long_ago", body("police", "2026-05-04", "2026-08-20"),
     ["J'ai déposé plainte le 4 mai 2026 auprès d'un service de police ou de gendarmerie",
      "qui l'a reçue le 20 août 2026", "se termine le 20 novembre 2026 à minuit",
      "Récépissé de ma plainte du 4 mai 2026",
      "avis de réception ou récépissé du 20 août 2026"]),
    ("police_old_complaint_copy_just_received", body("police", "2026-05-01", "2026-09-01"),
     ("copy_received_on", "too_early", ("2 décembre 2026", "2 December 2026"))),
    ("police_copy_before_the_complaint", body("police", "2026-05-01", "2026-04-01"),
     ("copy_received_on", "before_first", ("", ""))),
    ("police_copy_in_the_future", body("police", "2026-05-01", "2026-11-30"),
     ("copy_received_on", "future_date", ("", ""))),
    ("copy_given_for_a_complaint_to_the_procureur",
     body("procureur", "2026-05-01", "2026-06-01"),
     ("copy_received_on", "copy_for_police", ("police", "police"))),
    ("police_no_copy_but_a_refusal", body("police", "2026-05-04", refusal="2026-10-15"),
     ["Par un avis du 15 octobre 2026", "à la suite de ma plainte du 4 mai 2026",
      "Récépissé de ma plainte du 4 mai 2026", "à partir du 15 octobre 2026"]),
    # The procureur's decision.
    ("after_a_refusal", body("procureur", "2026-11-20", refusal="2026-11-24"),
     ["Par un avis du 24 novembre 2026", "à partir du 24 novembre 2026"]),
    ("signed_before_the_refusal", body("procureur", "2026-11-20", refusal="2026-11-24",
                                       signed="2026-11-22"),
     ("signed_on", "before_refusal", ("24 novembre 2026", "24 November 2026"))),
    ("refusal_after_the_period", body("procureur", "2026-06-01", refusal="2026-10-15",
                                      signed="2026-11-01"),
     ["Par un avis du 15 octobre 2026"]),
    ("period_over_before_a_later_refusal", body("procureur", "2026-06-01",
                                                refusal="2026-10-15", signed="2026-09-10"),
     ["Un délai de 3 mois s'est écoulé", "se termine le 1er septembre 2026"]),
    ("refusal_before_the_complaint", body("procureur", "2026-06-01", refusal="2026-05-01"),
     ("refusal_date", "before_first", ("", ""))),
    # Missing and wrong answers.
    ("where_not_said", body(None, "2026-06-01"), ("first_complaint_to", "required", ("", ""))),
    ("where_not_offered", body("mairie", "2026-06-01"),
     ("first_complaint_to", "invalid_choice", ("", ""))),
    ("first_complaint_in_the_future", body("procureur", "2026-11-30"),
     ("first_complaint_date", "future_date", ("", ""))),
]


@pytest.mark.parametrize(("case", "data", "expected"), CASES, ids=[c[0] for c in CASES])
def test_partie_civile_dates(client, case, data, expected):
    response = post(client, f"{URL}/partie-civile?format=txt", data)
    assert_dated_outcome(response, expected)
    text = " ".join(response.get_data(as_text=True).split()).lower()
    assert response.status_code == 422 or not any(word in text for word in NEVER)


def test_too_early_gives_the_first_admissible_date_as_data(client):
    response = post(client, f"{URL}/partie-civile?format=pdf",
                    body("police", "2026-05-01", "2026-09-01"))
    (error,) = response.get_json()["errors"]
    assert error["first_admissible_date"] == "2026-12-02"
    assert "1er décembre 2026 à minuit" in error["message"]["fr"]
    assert "copie de votre plainte" in error["message"]["fr"]
    assert "copy of your complaint" in error["message"]["en"]
    signed = post(client, f"{URL}/partie-civile?format=txt",
                  body("police", "2026-05-01", "2026-09-01", signed="2026-12-02"))
    assert signed.status_code == 200


def test_the_english_reading_copy_states_the_same_condition(client):
    data = body("police", "2026-05-04", "2026-08-20", reading_copy_lang="en")
    response = post(client, f"{URL}/partie-civile?format=txt&copy=reading", data)
    text = " ".join(response.get_data(as_text=True).split())
    assert "I filed a complaint on 4 May 2026 with a police or gendarmerie service" in text
    assert "who received it on 20 August 2026" in text
    assert "ends on 20 November 2026 at midnight" in text and "from 21 November 2026" in text


# The counting alone: (start, court's territory, last day of the period).
PERIODS = [
    (date(2026, 1, 31), "", date(2026, 4, 30)),     # 30-day month: its last day
    (date(2023, 11, 30), "", date(2024, 2, 29)),    # leap year: 29 February, a Thursday
    (date(2025, 11, 29), "", date(2026, 3, 2)),     # 28 February 2026 a Saturday
    (date(2026, 3, 31), "", date(2026, 6, 30)),
    (date(2026, 10, 1), "", date(2027, 1, 1 + 3)),  # 1 January (holiday, Friday) → Monday 4
    (date(2026, 2, 1), "", date(2026, 5, 4)),       # 1 May 2026 a Friday, then the weekend
    (date(2026, 2, 8), "", date(2026, 5, 11)),      # 8 May 2026 a Friday, then the weekend
    (date(2026, 2, 25), "", date(2026, 5, 26)),     # Whit Monday 25 May 2026
    (date(2026, 4, 14), "", date(2026, 7, 15)),     # 14 July, Bastille Day (Tuesday)
    (date(2026, 5, 15), "", date(2026, 8, 17)),     # 15 August 2026 a Saturday
    (date(2025, 9, 26), "57", date(2025, 12, 29)),  # Moselle: 26 December
    (date(2026, 1, 3), "6AE", date(2026, 4, 7)),    # Alsace: Good Friday, Easter Monday
    (date(2026, 2, 27), "974", date(2026, 5, 27)),  # Réunion: not a holiday there
    (date(2026, 2, 27), "971", date(2026, 5, 28)),  # Guadeloupe: 27 May, abolition of slavery
    # Court unknown: every territory's holidays (Guadeloupe 27 May, Saint-Martin 28 May).
    (date(2026, 2, 27), None, date(2026, 5, 29)),
]


@pytest.mark.parametrize(("start", "territory", "end"), PERIODS,
                         ids=[f"{p[0]}-{p[1]}" for p in PERIODS])
def test_the_period_ends_as_cpp_801_says(start, territory, end):
    assert period_end(start, 3, territory) == end


def test_a_court_gives_its_territory():
    assert subdivision("Tribunal judiciaire de Metz") == "57"
    assert subdivision("Tribunal judiciaire de Paris") == ""
    assert subdivision(None) is None


def test_the_builder_itself_refuses_a_false_statement():
    early = admission("procureur", date(2026, 11, 20), None, None, TODAY, PARIS["name"])
    data = validate({**copy.deepcopy(BODY), "signed_on": "2026-11-25"})
    with pytest.raises(LetterInputError):
        build_partie_civile(data, OFFENCES, PARIS, early, TODAY)
    later = validate({**copy.deepcopy(BODY), "signed_on": "2027-03-01"})
    assert build_partie_civile(later, OFFENCES, PARIS, early, TODAY)


def test_a_police_complaint_alone_makes_nothing_admissible():
    assert admission("police", date(2026, 1, 5), None, None, TODAY) is None


def test_messages_are_bilingual_with_french_spacing():
    found = admission("procureur", date(2026, 11, 20), None, None, TODAY, PARIS["name"])
    (item,) = admissibility_errors(found, TODAY, "first_complaint_date")
    assert set(item["message"]) == {"fr", "en"}
    assert "recevable\u00a0:" in item["message"]["fr"]
    assert "3 mois" in item["message"]["fr"] and "3 months" in item["message"]["en"]
