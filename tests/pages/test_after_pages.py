"""The pages of what follows a complaint and of the people around the victim: after the
complaint, compensation, removal through the courts, school staff, minors as authors, lawyers.

Each statement of a legal fact is checked against the law data it comes from: the value on the
page is the value in app/law/data (or the link is the rule's Légifrance address), so a change
of the data changes the page or fails here.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from app.formats import penalty_text
from app.law import get_registry
from app.pages.facts import ContentFunctionError, ContentFunctions
from tests.conftest import FACTS_ON, localized_links

ROOT = Path(__file__).resolve().parents[2]

NEW_KEYS = ("after-the-complaint", "minor-authors", "compensation", "educators-sheet-adults")
SLUGS = {("fr", "after-the-complaint"): "apres-la-plainte",
         ("en", "after-the-complaint"): "after-the-complaint",
         ("fr", "minor-authors"): "auteur-mineur",
         ("en", "minor-authors"): "minor-authors",
         ("fr", "compensation"): "indemnisation",
         ("en", "compensation"): "compensation",
         ("fr", "educators-sheet-adults"): "fiche-adultes",
         ("en", "educators-sheet-adults"): "adults-sheet"}


def _page(app, lang: str, key: str):
    page = app.extensions["recours.site"].get(lang, key)
    assert page is not None, f"no {lang} page '{key}'"
    return page


def _text(html: str) -> str:
    """The page's words, tags removed, entities and non-breaking spaces made plain."""
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", html))
                  .replace("\u00a0", " ").replace("\u202f", " "))


def _plain(words: str) -> str:
    return words.replace("\u00a0", " ").replace("\u202f", " ")


def _value(rule_id: str, name: str):
    law = get_registry()
    return (law.offence(rule_id).version_at(FACTS_ON) or law.offence(rule_id).current).values[name]


def _url(rule_id: str) -> str:
    return get_registry().offence(rule_id).url


@pytest.mark.parametrize("key", NEW_KEYS)
def test_the_new_pages_have_their_twin_at_their_address(app, client, key):
    for lang in ("fr", "en"):
        page = _page(app, lang, key)
        assert page.slug == SLUGS[(lang, key)]
        response = client.get(page.url)
        assert response.status_code == 200
        other = "en" if lang == "fr" else "fr"
        assert f'href="{_page(app, other, key).url}"' in response.get_data(as_text=True)


# -- after the complaint ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_the_complaint_states_each_step_from_its_article(app, lang):
    page = _page(app, lang, "after-the-complaint")
    # Being told (40-2), the three options (40-1), the appeal (40-3), the civil-party route (85).
    for rule_id in ("cpp-40-1", "cpp-40-2", "cpp-40-3", "cpp-85", "cpp-88"):
        assert f'href="{_url(rule_id)}"' in page.html, rule_id
    assert _value("cpp-40-2", "reasons_given_for_no_further_action") is True
    assert list(_value("cpp-40-1", "options")) == ["prosecute", "alternative", "no_further_action"]
    text = _text(page.html)
    reasons = {"fr": "il doit aussi vous en donner les raisons",
               "en": "they must also give you the reasons"}
    assert reasons[lang] in text
    # The appeal: who may make it and what the procureur général may do, as the data holds it.
    assert _value("cpp-40-3", "appellant") == "person_who_reported"
    assert list(_value("cpp-40-3", "outcomes")) == ["order_prosecution", "informs_if_unfounded"]
    said = {"fr": ("Toute personne qui a signalé les faits au procureur",
                   "Il peut ordonner au procureur de poursuivre",
                   "S'il estime votre recours sans fondement, il vous le fait savoir"),
            "en": ("Anyone who reported what happened to the prosecutor",
                   "can order the prosecutor to prosecute",
                   "If they find your appeal unfounded, they tell you so")}
    for words in said[lang]:
        assert words in text
    # "No time limit" is said only because the data says the text sets none.
    assert _value("cpp-40-3", "time_limit") == "none"
    no_limit = {"fr": "Le texte ne fixe ni délai ni forme pour ce recours",
                "en": "The text sets no time limit and no form for this appeal"}
    assert no_limit[lang] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_the_complaint_links_the_letter_the_civil_party_route_and_legal_aid(app, lang):
    page = _page(app, lang, "after-the-complaint")
    complaint = _page(app, lang, "complaint")
    anchor = {"fr": "partie-civile", "en": "civil-party"}[lang]
    assert f'href="{complaint.url}#{anchor}"' in page.html
    assert f'id="{anchor}"' in complaint.html
    assert "/api/v1/documents/pg-appeal" in page.html
    assert localized_links(f'class="tool-link" href="/{lang}/complaint"') in page.html
    glossary = _page(app, lang, "glossary")
    for term in ("classement-sans-suite", "aide-juridictionnelle", "consignation"):
        assert f'href="{glossary.url}#{term}"' in page.html
    direct = {"fr": ("citation directe",
                     "un avocat ou une avocate est presque toujours nécessaire"),
              "en": ("direct summons", "you will almost always need a lawyer")}
    text = _text(page.html)
    for words in direct[lang]:
        assert words in text


# -- compensation ------------------------------------------------------------------------------
def _victims_part(page) -> str:
    return re.split(r'<h2 id="(?:for-lawyers|pour-les-juristes)"', page.html)[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compensation_states_the_conditions_and_time_limits_of_the_data(app, lang):
    page = _page(app, lang, "compensation")
    for rule_id in ("cpp-10-2", "cpp-706-3", "cpp-706-14", "cpp-706-5", "cpp-706-15-1",
                    "cpp-706-15-2", "cciv-9"):
        assert f'href="{_url(rule_id)}"' in page.html, rule_id
    text = _text(_victims_part(page))
    said = {"fr": ("d'au moins {} mois".format(_value("cpp-706-3", "full_compensation_itt_months")),
                   "Si l'ITT est de moins de {} mois".format(_value("cpp-706-14",
                                                                    "itt_under_months")),
                   "dans les {} ans qui suivent les faits".format(
                       _value("cpp-706-5", "years_from_offence")),
                   "jusqu'à {} an après la décision définitive".format(
                       _value("cpp-706-5", "years_after_final_decision")),
                   "n'a pas payé {} mois après la décision définitive".format(
                       _value("cpp-706-15-2", "months_without_payment"))),
            "en": ("of at least {} month".format(
                       _value("cpp-706-3", "full_compensation_itt_months")),
                   "If the ITT is under {} month".format(_value("cpp-706-14", "itt_under_months")),
                   "within {} years of what happened".format(
                       _value("cpp-706-5", "years_from_offence")),
                   "until {} year after the final decision".format(
                       _value("cpp-706-5", "years_after_final_decision")),
                   "has not paid for {} months after the final decision".format(
                       _value("cpp-706-15-2", "months_without_payment")))}
    for words in said[lang]:
        assert words in text, words


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compensation_says_the_image_offences_are_not_listed_but_not_what_follows(app, lang):
    listed = " ".join(_value("cpp-706-3", "listed_articles"))
    for article in ("226-1", "226-2-1", "226-8-1", "312-10", "222-33-2-2"):
        assert article not in listed
    assert "222-22 to 222-30" in listed  # sexual assault and rape: on the list
    page = _page(app, lang, "compensation")
    text = _text(_victims_part(page))
    said = {"fr": ("Les infractions d'images ne figurent pas dans cette liste",
                   "c'est la commission qui en décide"),
            "en": ("The image offences are not on this list", "is for the board to decide")}
    for words in said[lang]:
        assert words in text
    # What the absence means (full compensation only through the ITT) is graded U in the
    # sources: the victims' text never states it, and no amount is promised.
    for forbidden in ("seulement si", "uniquement si", "only if", "only through", "€", "euros"):
        assert forbidden not in text, forbidden


# -- when the author is a minor ----------------------------------------------------------------
def _minor_penalty(rule_id: str, lang: str, *circumstances: str) -> str:
    """The test's own reading of CJPM L121-5 and L121-6 from the law data."""
    adult = get_registry().penalty_at(rule_id, FACTS_ON, circumstances)
    prison = adult.prison_years * _value("cjpm-l121-5", "prison_fraction")
    fine = min(adult.fine_eur * _value("cjpm-l121-6", "fine_fraction"),
               _value("cjpm-l121-6", "fine_cap_eur"))
    return penalty_text(prison, int(fine), lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_minor_authors_gives_the_ages_hearings_and_reductions_of_the_data(app, lang):
    page = _page(app, lang, "minor-authors")
    text = _text(page.html)
    age = _value("cjpm-l11-1", "discernment_presumed_from_age")
    assert age == _value("cjpm-l11-4", "no_penalty_under_age")
    headings = {"fr": (f"Moins de {age} ans", f"De {age} à 17 ans"),
                "en": (f"Under {age}", f"From {age} to 17")}
    for heading in headings[lang]:
        assert heading in text
    hearings = {"fr": "entre {} jours et {} mois après la convocation",
                "en": "between {} days and {} months after the summons"}[lang]
    assert hearings.format(_value("cjpm-l423-8", "first_hearing_min_days"),
                           _value("cjpm-l423-8", "first_hearing_max_months")) in text
    sanction = {"fr": "entre {} et {} mois après la décision sur la culpabilité",
                "en": "between {} and {} months after the decision on guilt"}[lang]
    assert sanction.format(_value("cjpm-l521-9", "sanction_hearing_min_months"),
                           _value("cjpm-l521-9", "sanction_hearing_max_months")) in text
    for rule_id in ("cjpm-l11-1", "cjpm-l11-4", "cjpm-l111-1", "cjpm-l121-5", "cjpm-l121-6",
                    "cjpm-l121-7", "cjpm-l423-4", "cjpm-l521-1", "cjpm-l521-7", "cjpm-l311-1",
                    "cjpm-l12-4", "cjpm-l13-3", "cciv-1242"):
        assert f'href="{_url(rule_id)}"' in page.html, rule_id
    # The worked example: the adult's maximum and the minor's, both from the law data.
    # The example is an offence the juvenile court may hear (L423-4: the prison term an adult
    # faces reaches its threshold), so the halving of L121-5 applies to it.
    adult = get_registry().penalty_at("226-8-1", FACTS_ON, ("online_public",))
    assert adult.prison_years >= _value("cjpm-l423-4", "tribunal_pour_enfants_min_prison_years")
    assert _plain(penalty_text(adult.prison_years, adult.fine_eur, lang)) in text
    assert _plain(_minor_penalty("226-8-1", lang, "online_public")) in text
    court = {"fr": "Devant le tribunal pour enfants, une personne mineure encourt au plus",
             "en": "Before the juvenile court, a minor faces at most"}[lang]
    assert court in text
    adults_only = {"fr": "Les peines indiquées sur ce site sont les peines maximales pour un "
                         "adulte",
                   "en": "The penalties shown on this site are the maximum penalties for an "
                         "adult"}
    assert adults_only[lang] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_minor_authors_speaks_of_parents_liability_and_the_victim_first(app, lang):
    page = _page(app, lang, "minor-authors")
    text = _text(page.html)
    assert _value("cciv-1242", "parents_liable") is True
    assert _value("cciv-1242", "cohabitation_required") is False
    said = {"fr": ("La personne visée sur l'image est la victime : la loi la protège",
                   "ne demande plus que l'enfant habite avec eux"),
            "en": ("The person shown in the image is the victim: the law protects them",
                   "no longer requires the child to live with them")}
    for words in said[lang]:
        assert words in text
    # The victim's way in comes before the author's procedure.
    assert text.index(said[lang][0]) < text.index({"fr": "Quel juge", "en": "Which judge"}[lang])
    # The article and its two grades (date B, words A) are shown in the lawyers' part.
    lawyers = page.html.split('id="pour-les-juristes"' if lang == "fr" else 'id="for-lawyers"')[1]
    rule = get_registry().offence("cciv-1242")
    version = rule.version_at(FACTS_ON)
    assert (version.grade, version.text_grade) == ("B", "A")
    grades = {"fr": ("fiabilité de cette date\u00a0: B", "fiabilité du texte cité\u00a0: A"),
              "en": ("reliability grade of this date: B",
                     "reliability grade of the text quoted: A")}
    for words in grades[lang]:
        assert words in lawyers
    assert f'href="{rule.url}"' in lawyers


def test_minor_penalty_halves_the_adult_maximum_and_caps_the_fine():
    for lang in ("fr", "en"):
        fn = ContentFunctions(lang, FACTS_ON, lambda key: key)
        assert fn.minor_penalty("226-8-1") == _minor_penalty("226-8-1", lang)
        assert fn.minor_penalty("226-8-1", "online_public") == \
            _minor_penalty("226-8-1", lang, "online_public")
        assert fn.minor_penalty("227-23") == _minor_penalty("227-23", lang)
    fr = ContentFunctions("fr", FACTS_ON, lambda key: key)
    # Half of three years reads in months, and the fine stops at the cap of L121-6.
    assert fr.minor_penalty("226-8-1", "online_public").startswith("18\u00a0mois d'emprisonnement")
    assert "7 500 €" in _plain(fr.minor_penalty("226-8-1"))
    with pytest.raises(ContentFunctionError):
        fr.minor_penalty("cpp-40-3")


# -- school staff ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_educators_state_the_duties_from_their_texts(app, lang):
    page = _page(app, lang, "educators")
    for rule_id in ("cpp-40", "casf-l226-2-1", "434-3", "227-23"):
        assert f'href="{_url(rule_id)}"' in page.html, rule_id
    text = _text(page.html)
    assert _value("cpp-40", "without_delay") is True
    assert _value("cpp-40", "penalty_in_this_code") is False
    assert _value("casf-l226-2-1", "parents_told_first_unless_against_child") is True
    said = {"fr": ("doit en aviser sans délai le procureur de la République",
                   "Le texte ne prévoit pas de peine pour un manquement",
                   "Les parents sont informés avant, sauf si c'est contraire à l'intérêt de "
                   "l'enfant",
                   "n'est pas tranché",
                   "Ne demandez jamais à un ou une élève de vous transférer ou de vous montrer",
                   "Elle ne prévoit aucune exception pour rassembler des preuves",
                   "Deux procédures distinctes"),
            "en": ("must tell the procureur de la République (the public prosecutor) without delay",
                   "The text sets no penalty for failing to do so",
                   "The parents are told first, unless that is against the child's interest",
                   "is not settled",
                   "Never ask a pupil to forward or show you the image",
                   "It makes no exception for gathering evidence",
                   "Two separate procedures")}
    for words in said[lang]:
        assert words in text, words
    anchor = {"fr": "eleve-auteur", "en": "pupil-responsible"}[lang]
    assert f'id="{anchor}"' in page.html
    assert f'href="{_page(app, lang, "minor-authors").url}"' in page.html


# -- removal through the courts and from abroad ------------------------------------------------
TAKE_IT_DOWN_TEXT = "https://www.congress.gov/119/bills/s146/BILLS-119s146enr.htm"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_removal_explains_the_court_routes_from_their_articles(app, lang):
    page = _page(app, lang, "removal")
    for rule_id in ("cpc-835", "lcen-6-3", "cciv-9"):
        assert f'href="{_url(rule_id)}"' in page.html, rule_id
    assert _value("cpc-835", "stops_manifestly_unlawful_disturbance") is True
    assert _value("cpc-835", "even_with_serious_dispute") is True
    assert _value("lcen-6-3", "against") == "anyone_able_to_help"
    text = _text(page.html)
    said = {"fr": ("trouble manifestement illicite", "même si l'autre partie conteste",
                   "toute personne en mesure d'aider",
                   "presque toujours avec un avocat ou une avocate",
                   "Quand cela vaut la peine"),
            "en": ("manifestly unlawful disturbance", "even if the other side disputes it",
                   "anyone able to help", "almost always need a lawyer", "When it is worth it")}
    for words in said[lang]:
        assert words in text, words
    # Trusted flaggers first: both named through the services data, before the court routes.
    court = page.html.index('id="juge"' if lang == "fr" else 'id="court"')
    flaggers = page.html[court:court + 1200]
    assert "tel:3018" in flaggers or "3018" in flaggers
    assert "pointdecontact.net" in flaggers
    assert f'href="{_page(app, lang, "compensation").url}"' in page.html


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_removal_gives_the_take_it_down_act_with_its_grade_and_the_official_text(app, lang):
    from app.formats import long_date
    from app.law.events import legal_events
    from app.letters.action.deadlines import deadline

    event = next(e for e in legal_events() if e.id == "us-take-it-down-removal")
    assert event.grade == "B"
    hours = deadline("take_it_down_removal")
    assert (hours.unit, hours.grade) == ("hours", "B")
    page = _page(app, lang, "removal")
    section = page.html.split('id="take-it-down-act"')[1].split("<h2")[0]
    text = _text(section)
    # The date from the events data, the hours as the letters' data holds them, the grade said
    # and the official text linked (grade B: with care and the official link).
    assert _plain(long_date(event.date, lang)) in text
    assert {"fr": f"dans les {hours.amount} heures",
            "en": f"within {hours.amount} hours"}[lang] in text
    assert {"fr": "fiabilité B", "en": "grade B"}[lang] in text
    assert f'href="{TAKE_IT_DOWN_TEXT}"' in section
    # What a valid request holds: signature, the content, good faith, contact details.
    for words in {"fr": ("signature", "adresse (URL)", "de bonne foi", "coordonnées"),
                  "en": ("signature", "address (URL)", "in good faith", "contact details")}[lang]:
        assert words in text
    assert "/api/v1/documents/us-removal-request" in section


def test_the_letters_the_pages_name_are_in_the_documents_api(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert "/api/v1/documents/pg-appeal" in paths
    assert "/api/v1/documents/us-removal-request" in paths


# -- printouts for school staff and pupils -----------------------------------------------------
ARTICLE_NUMBER = re.compile(r"\b\d{3}-\d+(?:-\d+)*\b|\barticle\b|\bL\d{3}", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pupils_sheet_speaks_without_article_numbers_and_the_adults_sheet_keeps_them(app,
                                                                                        lang):
    pupils = _page(app, lang, "educators-sheet")
    adults = _page(app, lang, "educators-sheet-adults")
    assert pupils.meta["printable"] and adults.meta["printable"]
    assert "legifrance" not in pupils.html
    assert not ARTICLE_NUMBER.findall(_text(pupils.html))
    # Written to the pupil ("tu" in French), and the pupil shown is the victim.
    text = _text(pupils.html)
    assert {"fr": "Tu es la victime, et la loi te protège",
            "en": "You are the victim, and the law protects you"}[lang] in text
    for rule_id in ("cpp-40", "casf-l226-2-1", "434-3", "226-8-1", "226-2-1", "227-23",
                    "227-23-1", "312-10", "222-33-2-3"):
        assert f'href="{_url(rule_id)}"' in adults.html, rule_id
    assert f'href="{adults.url}"' in pupils.html and f'href="{pupils.url}"' in adults.html


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_classroom_situations_are_cards_whose_answers_are_kept_apart(app, lang):
    page = _page(app, lang, "classroom-guide")
    cards_id, answers_id = {"fr": ("cartes", "reponses"), "en": ("cards", "answers")}[lang]
    cards = re.search(rf'<div class="situation-cards" id="{cards_id}"[^>]*>(.*?)</div>',
                      page.html, re.S)
    assert cards is not None
    found = re.findall(r'<section class="situation-card"[^>]*>(.*?)</section>', cards.group(1),
                       re.S)
    assert len(found) == 3
    points = {"fr": "Points à faire ressortir", "en": "Points to bring out"}[lang]
    for number, card in enumerate(found, 1):
        assert f'id="situation-{number}"' in card
        assert card.count("<li>") >= 3 and "?" in card  # the story's questions
        assert points not in card
        assert f'id="{answers_id}-{number}"' in page.html  # its answer, in the adults' part
    assert f'href="#{cards_id}"' in page.html  # the way to print the cards alone
    assert page.html.index(f'id="{cards_id}"') < page.html.index(f'id="{answers_id}"')
    assert "montage" not in _text(cards.group(1)).lower()


def test_print_css_shows_the_source_line_and_can_print_the_cards_alone():
    css = (ROOT / "app" / "static" / "css" / "site.css").read_text(encoding="utf-8")
    assert re.search(r"\.print-source\s*\{\s*display:\s*none", css)
    print_blocks = re.findall(r"@media print\s*\{(.*?)\n\}", css, re.S)
    assert any(".print-source { display: block" in block for block in print_blocks)
    assert any(".situation-cards:target" in block for block in print_blocks)
    assert any("break-inside: avoid" in block and ".situation-card" in block
               for block in print_blocks)


@pytest.mark.parametrize("path", ["/fr/guide-classe", "/en/classroom-guide",
                                  "/fr/fiche-a-imprimer", "/en/adults-sheet",
                                  "/fr/apres-la-plainte", "/en/compensation"])
def test_every_content_page_has_its_print_source_line(client, path):
    html = client.get(path).get_data(as_text=True)
    line = re.search(r'<p class="print-source">(.*?)</p>', html, re.S)
    assert line is not None
    assert path in line.group(1)
    assert "data-print-date" in line.group(1)
    assert re.search(r'<script src="/assets/js/print-date\.[0-9a-f]+\.js" defer>', html)


# -- lawyers -----------------------------------------------------------------------------------
def _earlier_quoted() -> list:
    """Every rule with an earlier version whose words the law data holds."""
    found = []
    for rule in get_registry().all():
        current = rule.version_at(FACTS_ON) or rule.current
        if any(v is not current and v.text and v.text.get("fr") for v in rule.versions):
            found.append(rule)
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lawyers_quote_every_earlier_version_held_226_8_first_with_its_dates(app, lang):
    from app.formats import long_date

    page = _page(app, lang, "lawyers")
    anchor = {"fr": "versions-anterieures", "en": "earlier-versions"}[lang]
    section = page.html.split(f'id="{anchor}"')[1].split("<h2")[0]
    figures = re.findall(r'<figure class="law-quote earlier">(.*?)</figure>', section, re.S)
    rules = _earlier_quoted()
    assert "226-8" in {rule.id for rule in rules}
    expected = sum(1 for rule in rules for v in rule.versions
                   if v is not (rule.version_at(FACTS_ON) or rule.current)
                   and v.text and v.text.get("fr"))
    assert len(figures) == expected
    assert "226-8 " in _text(figures[0]) or "226-8 du" in _text(figures[0])
    # The 226-8 wording before the SREN law: its dates, its words, its grade.
    old = next(v for v in get_registry().offence("226-8").versions
               if v.end is not None and v.text and v.text.get("fr"))
    first = _text(figures[0])
    assert _plain(long_date(old.end, lang)) in first
    assert _plain(old.text["fr"].split(".")[0][:60]) in _plain(html_lib.unescape(first))
    grade = {"fr": "fiabilité", "en": "reliability grade"}[lang]
    for figure in figures:
        assert grade in figure
    assert re.search(r'<blockquote lang="fr" cite="https://www\.legifrance\.gouv\.fr/',
                     figures[0])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lawyers_show_the_history_table_of_every_code_penal_article(app, lang):
    page = _page(app, lang, "lawyers")
    anchor = {"fr": "historique", "en": "history"}[lang]
    section = page.html.split(f'id="{anchor}"')[1].split("<h2")[0]
    assert "<table>" in section
    groups = re.findall(r'<tbody><tr><th scope="rowgroup"[^>]*>(.*?)</th>', section, re.S)
    articles = {_text(g).strip() for g in groups}
    for rule in get_registry().all():
        if rule.code == "code_penal" and rule.kind in ("offence", "complementary_penalty"):
            assert rule.article in articles, rule.article
    # Minors' penalties are no longer said to be unchecked: the page points to their reckoning.
    assert f'href="{_page(app, lang, "minor-authors").url}"' in page.html


# -- the typed-penalty check on these pages ----------------------------------------------------
NEW_FILES = ("fr/apres-la-plainte.md", "en/after-the-complaint.md", "fr/auteur-mineur.md",
             "en/minor-authors.md", "fr/indemnisation.md", "en/compensation.md",
             "fr/fiche-adultes.md", "en/adults-sheet.md", "fr/fiche-a-imprimer.md",
             "en/printable-sheet.md", "fr/guide-classe.md", "en/classroom-guide.md",
             "fr/educateurs.md", "en/educators.md", "fr/faire-retirer.md", "en/removal.md",
             "fr/juristes.md", "en/lawyers.md")


def test_the_new_pages_type_no_penalty_by_hand():
    from app.pages.check import typed_penalties

    assert typed_penalties([ROOT / "content" / name for name in NEW_FILES]) == []


@pytest.mark.parametrize("lang,name", [("fr", "fr/auteur-mineur.md"),
                                       ("en", "en/minor-authors.md")])
def test_a_minor_penalty_typed_by_hand_would_be_caught(tmp_path, lang, name):
    """Scenario: an editor replaces the content function by the words it gives. The check that
    runs in `flask content check` finds each typed term and fine."""
    from app.pages.check import typed_penalties

    source = (ROOT / "content" / name).read_text(encoding="utf-8")
    fn = ContentFunctions(lang, FACTS_ON, lambda key: key)
    typed = source
    call = '{{ minor_penalty("226-8-1", "online_public") }}'
    assert call in typed
    typed = typed.replace(call, fn.minor_penalty("226-8-1", "online_public"))
    typed = typed.replace('{{ penalty("226-8-1", "online_public") }}',
                          fn.penalty("226-8-1", "online_public"))
    sample = tmp_path / "typed.md"
    sample.write_text(typed, encoding="utf-8")
    found = typed_penalties([sample])
    months = {"fr": "18\u00a0mois d'emprisonnement", "en": "18\u00a0months' imprisonment"}[lang]
    assert any(months in line for line in found), found
    assert any("€" in line.rsplit(":", 1)[1] for line in found), found  # the capped fine
    assert len(found) >= 4


@pytest.mark.parametrize("line", ["1 year's imprisonment", "1\u00a0year’s imprisonment",
                                  "18 months' imprisonment", "one year's prison"])
def test_the_detector_catches_the_forms_the_site_itself_writes(tmp_path, line):
    from app.pages.check import typed_penalties

    sample = tmp_path / "sample.md"
    sample.write_text(f"At most {line}.\n", encoding="utf-8")
    assert typed_penalties([sample]), line


@pytest.mark.parametrize("key", ["removal", "educators", "educators-sheet",
                                 "educators-sheet-adults", "minor-authors"])
def test_images_of_minors_name_the_young_person_the_victim_never_outside_the_law(app, key):
    """227-23 has no exception for the young person shown: these pages never say the law does
    not target them; they say they are the victim and the law protects them."""
    said = {"fr": "la loi la protège", "en": "the law protects them"}
    for lang in ("fr", "en"):
        text = _text(_page(app, lang, key).html)
        for wrong in ("pas la personne mineure", "ne vise pas", "not the young person",
                      "does not target"):
            assert wrong not in text, (lang, key, wrong)
        if key != "educators-sheet":
            assert said[lang] in text, (lang, key)
