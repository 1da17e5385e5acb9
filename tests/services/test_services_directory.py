"""Support-service directory: strict loader, urgent strip and filters on the real data."""

from __future__ import annotations

import copy
from datetime import date

import pytest
import yaml

from app.services import directory
from app.services.directory import (
    HELP_TYPES,
    all_services,
    filter_services,
    get,
    load_services,
    urgent_strip,
)

VALID = {
    "id": "3018",
    "name": {"fr": "3018", "en": "3018"},
    "who": {"fr": "Jeunes.", "en": "Young people."},
    "ages": {"max": 17},
    "urgent": False,
    "help_types": ["listening"],
    "what": {"fr": "Écoute.", "en": "Listening."},
    "contacts": [{"kind": "phone", "value": "3018"}],
    "hours": None,
    "cost": None,
    "languages": None,
    "source": "https://3018.fr",
    "grade": "B",
    "checked_on": date(2026, 7, 31),
}


def write(tmp_path, services):
    path = tmp_path / "services.yaml"
    path.write_text(yaml.safe_dump({"services": services}, allow_unicode=True), encoding="utf-8")
    return path


DELETE = object()


def changed(**changes):
    service = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is DELETE:
            del service[key]
        else:
            service[key] = value
    return service

LOADER_ERRORS = [
    (changed(phone="3018"), r"service '3018', field 'phone': unknown field"),
    (changed(checked_on=DELETE), r"service '3018', field 'checked_on': missing"),
    (changed(checked_on=None), r"service '3018', field 'checked_on': missing"),
    (changed(checked_on="31/07/2026"), r"service '3018', field 'checked_on': .* not a date"),
    (changed(name=DELETE), r"service '3018', field 'name': missing"),
    (changed(name={"fr": "3018"}), r"service '3018', field 'name': expected a mapping"),
    (changed(what={"fr": "Écoute.", "en": " "}), r"field 'what': missing or empty 'en'"),
    (changed(help_types=["therapy"]), r"field 'help_types'"),
    (changed(help_types=[]), r"field 'help_types'"),
    (changed(contacts=[{"kind": "fax", "value": "1"}]), r"field 'contacts': unknown contact kind"),
    (changed(contacts=[{"kind": "phone"}]), r"field 'contacts': each contact needs kind and value"),
    (changed(contacts=[{"kind": "web", "value": "https://x", "note": "?"}]), "unknown contact key"),
    (changed(grade="D"), r"field 'grade'"),
    (changed(ages={"min": 18, "max": 12}), r"field 'ages': min is greater than max"),
    (changed(ages="adults"), r"field 'ages'"),
    (changed(ages={"min": "12"}), r"field 'ages'"),
    (changed(image_ages={"upto": 17}), r"field 'image_ages'"),
    (changed(urgent="yes"), r"field 'urgent'"),
    (changed(id=3018), r"service '3018', field 'id': must be a non-empty string"),
    (changed(source="http://3018.fr"), r"field 'source': must be an https:// URL"),
    (changed(hours={"fr": "9 h – 23 h"}), r"field 'hours'"),
]


@pytest.mark.parametrize(("service", "message"), LOADER_ERRORS)
def test_loader_rejects(tmp_path, service, message):
    with pytest.raises(ValueError, match=message):
        load_services(write(tmp_path, [service]))


def test_loader_names_the_service_even_without_id(tmp_path):
    with pytest.raises(ValueError, match=r"service '#2', field 'id': missing"):
        load_services(write(tmp_path, [VALID, changed(id=DELETE)]))


def test_loader_rejects_duplicate_ids(tmp_path):
    with pytest.raises(ValueError, match=r"service '3018', field 'id': duplicate"):
        load_services(write(tmp_path, [VALID, VALID]))


def test_loader_rejects_other_top_level_keys(tmp_path):
    path = tmp_path / "services.yaml"
    path.write_text(yaml.safe_dump({"services": [VALID], "extra": 1}), encoding="utf-8")
    with pytest.raises(ValueError, match="single top-level key"):
        load_services(path)


def test_loader_accepts_the_valid_entry(tmp_path):
    (service,) = load_services(write(tmp_path, [changed(image_ages={"max": 17})]))
    assert service.ages.max == 17 and service.ages.min is None
    assert service.image_ages.includes(17) and not service.image_ages.includes(18)
    assert service.contacts[0].kind == "phone" and service.contacts[0].label is None


def test_urgent_strip_order():
    assert [s.id for s in urgent_strip()] == ["17", "112", "114", "3919", "3018", "116006"]
    assert [c.kind for c in get("114").contacts] == ["sms"]


REQUIRED_IDS = {
    "17", "112", "114", "3919", "3018", "116006", "119", "filsantejeunes", "pointdecontact",
    "stopfisha", "enavanttoutes", "cidff", "infoescroqueries", "pharos", "stopncii", "takeitdown",
    "3039", "fcch",
}  # fmt: skip


def test_every_listed_service_is_present():
    assert {s.id for s in all_services()} >= REQUIRED_IDS


def test_only_emergency_numbers_are_urgent():
    assert {s.id for s in all_services() if s.urgent} == {"17", "112", "114"}
    assert all("emergency" in s.help_types for s in all_services() if s.urgent)


def test_unverified_services_make_no_claim_on_hours_or_cost():
    unverified = [s for s in all_services() if s.grade == "U"]
    assert {s.id for s in unverified} == {"17", "112", "119", "cidff"}
    assert all(s.hours is None and s.cost is None for s in unverified)


def test_contacts_are_usable():
    for service in all_services():
        for contact in service.contacts:
            if contact.kind in ("web", "chat") and contact.value.startswith("http"):
                assert contact.value.startswith("https://"), service.id
            if contact.kind == "email":
                assert "@" in contact.value, service.id
        assert service.checked_on <= date.today(), service.id  # never checked in the future


# (filters, ids that must be in the result, ids that must not)
FILTER_CASES = [
    ({"urgent": True}, {"17", "112", "114"}, {"3919", "3018"}),
    ({"urgent": False}, {"3919", "3018", "116006"}, {"17", "112", "114"}),
    ({"age": 15}, {"3018", "119", "filsantejeunes", "116006", "17"}, {"3919", "stopncii"}),
    ({"age": 30}, {"3919", "116006", "stopncii", "takeitdown"}, {"3018", "119", "filsantejeunes"}),
    ({"age": 11}, {"3018", "119"}, {"filsantejeunes", "enavanttoutes"}),
    ({"age": 25}, {"filsantejeunes", "enavanttoutes"}, {"3018"}),
    ({"age": 26}, {"3919"}, {"filsantejeunes", "enavanttoutes"}),
    ({"help_type": "removal"}, {"stopncii", "takeitdown", "3018"}, {"3919", "17"}),
    ({"help_type": "legal"}, {"3039", "cidff", "stopfisha"}, {"stopncii", "17"}),
    ({"help_type": "reporting"}, {"pharos", "pointdecontact"}, {"3919"}),
    ({"help_type": "emergency"}, {"17", "112", "114"}, {"3018"}),
    ({"help_type": "removal", "image_age": 16}, {"takeitdown"}, {"stopncii"}),
    ({"help_type": "removal", "image_age": 18}, {"stopncii"}, {"takeitdown"}),
    ({"help_type": "removal", "age": 16, "image_age": 16}, {"takeitdown", "3018"}, {"stopncii"}),
    ({"help_type": "listening", "age": 20}, {"3919", "116006", "filsantejeunes"}, {"3018", "119"}),
]


@pytest.mark.parametrize(("filters", "included", "excluded"), FILTER_CASES)
def test_filter_services(filters, included, excluded):
    ids = {s.id for s in filter_services(**filters)}
    assert included <= ids
    assert not (excluded & ids)


def test_no_filter_gives_everything_in_file_order():
    assert filter_services() == list(all_services())


def test_unknown_help_type_is_an_error():
    with pytest.raises(ValueError, match="unknown help type"):
        filter_services(help_type="therapy")


def test_get_unknown_service():
    with pytest.raises(KeyError):
        get("999")


def test_every_help_type_has_a_service():
    for help_type in HELP_TYPES:
        assert filter_services(help_type=help_type), help_type


def test_real_file_is_loaded_once():
    assert directory.all_services() is directory.all_services()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_app_contact_is_named_once(lang):
    """"App: 3018 app", not "App: 3018 – 3018 app"."""
    from app.services.directory import all_services
    from app.services.present import contact_view

    service = next(s for s in all_services() if s.id == "3018")
    app_contact = next(c for c in service.contacts if c.kind == "app")
    view = contact_view(app_contact, lang)
    assert view["text"] == app_contact.label[lang] and view["label"] is None
    phone = contact_view(next(c for c in service.contacts if c.kind == "phone"), lang)
    assert phone["text"] == "3018" and phone["href"]
