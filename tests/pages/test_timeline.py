"""Pictures drawn from the data: every date in the SVG is in the text list, from the data."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.law import get_registry
from app.law.events import legal_events, load_events
from app.law.schema import LawDataError
from app.pages.facts import ContentFunctions
from app.pages.timeline import change_points

ON = dt.date(2026, 11, 25)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_timeline_holds_every_version_start_and_eu_event(lang):
    html = str(ContentFunctions(lang, ON, lambda key: "/").timeline())
    listed = set(re.findall(r'<time datetime="([\d-]+)"', html))
    for rule in get_registry().all():
        for version in rule.versions:
            if version.start.year > 1994:
                assert version.start.isoformat() in listed, (rule.id, version.start)
    for event in legal_events():
        assert event.date.isoformat() in listed
    assert "2024-05-23" in listed, "SREN law changes"
    assert 'aria-hidden="true"' in html and "<svg" in html and "style=" not in html


def test_timeline_is_in_date_order():
    days = [point.day for point in change_points(get_registry().all(), "en")]
    assert days == sorted(days)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deadlines_read_the_durations_from_the_law_data(lang):
    html = str(ContentFunctions(lang, ON, lambda key: "/").deadlines())
    law = get_registry()
    assert f"{law.offence('cpp-85').current.values['months']}\u00a0" in html.replace(" ", "\u00a0")
    assert str(law.offence("cpp-8").current.values["years"]) in html
    assert html.count("<li>") == 5


@pytest.mark.parametrize(("text", "field"), [
    ("events:\n  - {id: x, date: 2024-01-01, date_exact: true, title: {fr: a}, source: "
     "'https://e', grade: A, checked_on: 2024-01-01}\n", "title"),
    ("events:\n  - {id: x, date: soon, date_exact: true, title: {fr: a, en: b}, source: "
     "'https://e', grade: A, checked_on: 2024-01-01}\n", "date"),
    ("events:\n  - {id: x, colour: red}\n", "colour"),
    ("stuff: []\n", "events"),
])
def test_events_loader_is_strict(tmp_path: Path, text, field):
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LawDataError) as error:
        load_events(path)
    assert field in error.value.field


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_creations_are_called_a_coming_into_force(lang):
    """226-8 existed in 1994 and 706-47, 88, 312-10 and 226-2 dates are not starts of a version:
    none may read as the article coming into force."""
    labels = {point.label.split(" — ")[0]: point.day
              for point in change_points(get_registry().all(), lang)}
    created = "entrée en vigueur de l'article {}" if lang == "fr" else "article {} comes into force"
    for article in ("226-8", "706-47", "88", "312-10", "226-2", "226-1", "131-35-1"):
        assert created.format(article) not in labels, article
    assert labels[created.format("226-8-1")] == dt.date(2024, 5, 23)
    checked = [label for label in labels if "706-47" in label]
    assert checked and all(("vérifié" if lang == "fr" else "checked") in c for c in checked)
    assert labels[checked[0]] == dt.date(2023, 3, 22)
