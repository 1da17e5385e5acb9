"""Pictures drawn from the data: every date in the SVG is in the text list, from the data."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.law import get_registry
from app.law.events import legal_events, load_events
from app.law.schema import LawDataError
from app.pages import timeline
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


def _svg(html: str) -> str:
    return html[html.index("<svg"):html.index("</svg>") + 6]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deadlines_picture_is_a_named_image_without_style(lang):
    html = str(ContentFunctions(lang, ON, lambda key: "/").deadlines())
    svg = _svg(html)
    assert 'role="img"' in svg and "aria-hidden" not in svg
    labelled = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    assert labelled == ["deadlines-title", "deadlines-desc"]
    assert re.search(r'<title id="deadlines-title">[^<]+</title>', svg)
    assert re.search(r'<desc id="deadlines-desc">[^<]+</desc>', svg)
    assert "style" not in svg.lower()
    assert re.search(r'viewBox="0 0 320 \d+"', svg)
    assert html.count("<li>") == 5, "the text list stays the equivalent"


def _changed_registry(cpp8: dict, cpp85: dict):
    law = get_registry()

    def changed(rule_id: str, values: dict):
        rule = law.offence(rule_id)
        versions = tuple(replace(v, values={**v.values, **values}) for v in rule.versions)
        return replace(rule, versions=versions)

    rules = {"cpp-8": changed("cpp-8", cpp8), "cpp-85": changed("cpp-85", cpp85)}
    return SimpleNamespace(offence=lambda rule_id: rules.get(rule_id) or law.offence(rule_id))


@pytest.mark.parametrize(("lang", "marks"), [
    ("fr", ["Plainte + 5\u00a0mois", "17\u00a0ans après les faits", "18\u00a0ans + 23\u00a0ans"]),
    ("en", ["Complaint + 5 months", "17 years after it happened", "Age 18 + 23 years"]),
])
def test_deadlines_picture_labels_come_from_the_law_data(lang, marks):
    """Change the durations in the data: the picture's labels and positions follow."""
    before = _svg(str(ContentFunctions(lang, ON, lambda key: "/").deadlines()))
    changed = _changed_registry({"years": 17, "minor_years_from_majority": 23}, {"months": 5})
    after = _svg(str(ContentFunctions(lang, ON, lambda key: "/", changed).deadlines()))
    for mark in marks:
        assert f">{mark}</text>" in after, mark
        assert mark not in before
    dots = [float(y) for y in re.findall(r'<circle cx="\d+" cy="([\d.]+)"', after)]
    assert dots == sorted(dots) and len(dots) == 4
    assert dots[1:3] == [round(timeline.months_y(5)), round(timeline.months_y(17 * 12))]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deadlines_picture_shows_each_duration_of_the_data(lang):
    svg = _svg(str(ContentFunctions(lang, ON, lambda key: "/").deadlines()))
    law = get_registry()
    cpp8 = law.offence("cpp-8").version_at(ON).values
    cpp85 = law.offence("cpp-85").version_at(ON).values
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)).replace("\u00a0", " ")
    for value, unit in ((cpp85["months"], "mois" if lang == "fr" else "months"),
                        (cpp8["years"], "ans" if lang == "fr" else "years"),
                        (cpp8["minor_years_from_majority"], "ans" if lang == "fr" else "years")):
        assert f"{value} {unit}" in texts
    assert ("logarithmique" if lang == "fr" else "logarithmic") in texts


@pytest.mark.parametrize("path", ["/fr/delais", "/en/time-limits"])
def test_time_limits_page_shows_the_deadlines_picture(client, path):
    html = client.get(path).get_data(as_text=True)
    assert html.count('aria-labelledby="deadlines-title deadlines-desc"') == 1
    assert "style=" not in _svg(html[html.index('<figure class="deadlines"'):])
