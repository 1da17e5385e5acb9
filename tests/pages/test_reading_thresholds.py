"""Victim pages stay readable and open with something to do (issue 17, docs/content-guide.md).

The thresholds, on the text for readers of every victim-facing page (its lawyers' section
apart), in both languages:

- mean sentence length: 15 words or fewer;
- sentences over 25 words: 10 % of the page's sentences or fewer;
- offence pages: the first action link within the first 25 % of the page.

`flask --app app content measure` shows every figure; `--check` fails as this test does.
"""

from __future__ import annotations

from app.pages.measure import THRESHOLDS, measure_site


def test_the_thresholds_are_the_documented_ones():
    assert THRESHOLDS == {"mean_sentence": 15.0, "share_over_25": 0.10, "first_action": 0.25}


def test_victim_pages_meet_the_reading_thresholds(app):
    measures = measure_site(app)
    assert sum(m.victim_facing for m in measures) >= 2 * 25
    assert sum(m.offence_page for m in measures) >= 2 * 13
    failing = {f"{m.lang}/{m.key}": m.failures() for m in measures if m.failures()}
    assert failing == {}
