"""Commune → tribunal judiciaire, procureur address and CDAD, on the real data.

Expected values were read by hand in competence_tj.csv, annuaire_tj.csv and structures_justice.csv.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from app.services import courts
from app.services.communes import DATA, find_communes
from app.services.courts import ATTRIBUTION, PROCUREUR, cdad_for, procureur_address, tribunal_for

# INSEE code → (court name as in the commune table, street, "postcode CITY")
TRIBUNAL_CASES = [
    ("75111", "Tribunal judiciaire de Paris",
     "29-45 avenue de la Porte de Clichy", "75017 PARIS"),
    ("75056", "Tribunal judiciaire de Paris",
     "29-45 avenue de la Porte de Clichy", "75017 PARIS"),
    ("13201", "Tribunal judiciaire de Marseille", "6 RUE JOSEPH AUTRAN", "13006 MARSEILLE"),
    ("13055", "Tribunal judiciaire de Marseille", "6 RUE JOSEPH AUTRAN", "13006 MARSEILLE"),
    ("69383", "Tribunal judiciaire de Lyon", "67 RUE SERVIENT", "69003 LYON"),
    ("69123", "Tribunal judiciaire de Lyon", "67 RUE SERVIENT", "69003 LYON"),
    ("42218", "Tribunal judiciaire de Saint-Etienne",
     "PLACE DU PALAIS DE JUSTICE", "42000 ST ETIENNE"),
    ("2A004", "Tribunal judiciaire d'Ajaccio", "4 BOULEVARD MASSERIA", "20090 AJACCIO"),
    ("97411", "Tribunal judiciaire de Saint-Denis-de-La-Réunion",
     "AVENUE DESBASSYNS", "97400 ST DENIS"),
    ("97415", "Tribunal judiciaire de Saint-Denis-de-La-Réunion",
     "AVENUE DESBASSYNS", "97400 ST DENIS"),
    ("01001", "Tribunal judiciaire de Bourg-en-Bresse",
     "32 AVENUE ALSACE LORRAINE", "01000 BOURG EN BRESSE"),  # Annuaire says "1000": padded
    ("03310", "Tribunal judiciaire de Cusset", "RUE DU DRAPEAU", "03300 CUSSET"),
    ("93066", "Tribunal judiciaire de Bobigny",
     "173 AVENUE PAUL VAILLANT COUTURIER", "93000 BOBIGNY"),
    ("13017", "Tribunal judiciaire de Tarascon",
     "28 ALLEE DU GL JENNINGS KILMAINE", "13150 TARASCON"),  # Annuaire row is a Paris office
    ("83137", "Tribunal judiciaire de Toulon", "PLACE GABRIEL PERI", "83000 TOULON"),
    ("2B033", "Tribunal judiciaire de Bastia", "ROND-POINT DE MORO GIAFFERI", "20200 BASTIA"),
    ("44184", "Tribunal judiciaire de Saint-Nazaire",
     "77 RUE ALBERT DE MUN", "44600 ST NAZAIRE"),  # Ministry file has 30200
    ("67482", "Tribunal judiciaire de Strasbourg", "QUAI FINKMATT", "67070 STRASBOURG CEDEX"),
    ("97801", "Tribunal judiciaire de Basse-Terre",
     "4 BOULEVARD FELIX EBOUE", "97100 BASSE TERRE"),
    ("98818", "Tribunal de Première Instance de Nouméa", "RUE DE METZ", "98800 NOUMEA"),
]  # fmt: skip


@pytest.mark.parametrize(("insee", "name", "street", "town"), TRIBUNAL_CASES)
def test_tribunal_for_commune(insee, name, street, town):
    court = tribunal_for(insee)
    assert court is not None
    assert (court.name, court.address_lines) == (name, (street, town))


@pytest.mark.parametrize(
    ("postcode", "court_name"),
    [
        ("75011", "Tribunal judiciaire de Paris"),
        ("13001", "Tribunal judiciaire de Marseille"),
        ("69003", "Tribunal judiciaire de Lyon"),
        ("42100", "Tribunal judiciaire de Saint-Etienne"),
        ("20090", "Tribunal judiciaire d'Ajaccio"),
        ("97400", "Tribunal judiciaire de Saint-Denis-de-La-Réunion"),
    ],
)
def test_from_postcode_to_court(postcode, court_name):
    (commune,) = find_communes(postcode)
    assert tribunal_for(commune.insee).name == court_name


@pytest.mark.parametrize("insee", ["99999", "", "75", "13", "ABCDE"])
def test_unknown_commune_has_no_court(insee):
    assert tribunal_for(insee) is None
    assert procureur_address(insee) == []


def test_trusted_annuaire_row_gives_contacts_hours_and_record_date():
    paris = tribunal_for("75111")
    assert paris.phones == ("01 44 32 51 51",)
    assert paris.emails == ("accueil-paris@justice.fr",)
    assert paris.record_date == date(2025, 11, 5)
    assert paris.hours and "18" in paris.hours
    assert paris.source == "annuaire"
    assert paris.source_url.startswith("https://lannuaire.service-public.gouv.fr/ile-de-france/")


def test_annuaire_postcode_missing_its_leading_zero_is_padded():
    cusset = tribunal_for("03310")  # Annuaire: "RUE DU DRAPEAU – 3300 CUSSET"
    assert (cusset.source, cusset.postcode) == ("annuaire", "03300")
    assert cusset.record_date == date(2025, 1, 28)


def test_annuaire_row_of_another_office_is_not_trusted():
    toulon = tribunal_for("83137")  # its Annuaire row is an office in Bazas (Gironde)
    assert toulon.source == "ministere"
    assert toulon.hours is None
    assert toulon.record_date is None
    assert toulon.source_url is None
    assert toulon.phones == ("04 94 09 60 00",)
    assert toulon.emails == ("accueil-toulon@justice.fr",)


def test_same_seat_without_street_keeps_annuaire_contacts():
    bastia = tribunal_for("2B033")  # Annuaire address is only "20200 BASTIA"
    assert bastia.source == "ministere"
    assert bastia.record_date == date(2025, 1, 28)
    assert bastia.hours == "Lundi – Vendredi 08:00–12:30 et 13:30–16:30"


def test_every_court_of_the_commune_table_resolves():
    with open(DATA / "competence_tj.csv", encoding="utf-8", newline="") as f:
        codes = [row["code_insee"] for row in csv.DictReader(f)]
    found = {code: tribunal_for(code) for code in codes}
    assert [code for code, court in found.items() if court is None] == []
    for court in {court.name: court for court in found.values()}.values():
        assert court.street.strip(), court.name
        assert len(court.postcode) == 5 and court.postcode.isdigit(), court.name
        assert court.phones, court.name


def test_procureur_address_block():
    assert procureur_address("97411") == [
        "Monsieur ou Madame le Procureur de la République",
        "Tribunal judiciaire de Saint-Denis-de-La-Réunion",
        "AVENUE DESBASSYNS",
        "97400 ST DENIS",
    ]
    assert procureur_address("69383")[0] == PROCUREUR


CDAD_CASES = [
    ("75", "Conseil départemental d'accès au droit de Paris",
     ("29-45 avenue de la Porte de Clichy", "75017 PARIS"), "01 44 32 65 26"),
    ("01", "Conseil départemental d'accès au droit de l'Ain",
     ("34 COURS DE VERDUN", "01000 BOURG EN BRESSE"), "04 74 14 01 40"),
    ("2A", "Conseil départemental d'accès au droit de Corse du Sud",
     ("AVENUE DU MARECHAL LYAUTEY", "20090 AJACCIO"), None),
    ("971", "Conseil départemental d'accès au droit de Guadeloupe",
     ("4 BOULEVARD FELIX EBOUE", "97100 BASSE TERRE"), "05 90 80 63 63"),
    ("977", "Conseil départemental d'accès au droit de Saint-Martin et Saint-Barthélémy",
     ("4 BOULEVARD FELIX EBOUE", "97100 BASSE TERRE"), "06 90 93 82 04"),
    ("978", "Conseil départemental d'accès au droit de Saint-Martin et Saint-Barthélémy",
     ("4 BOULEVARD FELIX EBOUE", "97100 BASSE TERRE"), "06 90 93 82 04"),
    ("975", "Conseil d'accès au droit de Saint-Pierre-et-Miquelon",
     ("14 RUE EMILE SASCO", "ST PIERRE", "97500 ST PIERRE ET MIQUELON"), "05 08 41 03 20"),
    ("89", "Conseil départemental d'accès au droit de l'Yonne",
     ("5 PLACE DU PALAIS DE JUSTICE", "89000 AUXERRE"), None),  # source phone is "0   30 39"
    ("988", "Conseil d'Accès au Droit de Nouvelle-Calédonie",
     ("RUE DE METZ", "98800 NOUMEA"), "00(687)240199"),  # kept as published
]  # fmt: skip


@pytest.mark.parametrize(("dep", "name", "lines", "phone"), CDAD_CASES)
def test_cdad_for_departement(dep, name, lines, phone):
    cdad = cdad_for(dep)
    assert (cdad.name, cdad.address_lines, cdad.phone) == (name, lines, phone)


@pytest.mark.parametrize("dep", ["984", "989", "99", ""])
def test_no_cdad(dep):
    assert cdad_for(dep) is None


def test_every_metropolitan_departement_has_a_cdad():
    with open(DATA / "departements.csv", encoding="utf-8", newline="") as f:
        codes = [row["code"] for row in csv.DictReader(f)]
    metro = [c for c in codes if len(c) == 2]
    assert len(metro) == 96
    assert [c for c in metro if cdad_for(c) is None] == []


def test_attribution_is_bilingual_and_names_the_licence():
    assert set(ATTRIBUTION) == {"fr", "en"}
    for text in ATTRIBUTION.values():
        assert "Licence Ouverte" in text
        assert "Annuaire de l'administration" in text
        assert "INSEE" in text


def test_lookups_are_cached():
    assert courts._tribunals() is courts._tribunals()
    assert courts.competence() is courts.competence()
