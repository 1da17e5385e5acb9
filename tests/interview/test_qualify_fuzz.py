"""Whatever a form post holds, the guided questions answer 200, 400 or 422: never a 5xx."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from app.interview.qualify import qualify_flow
from tests.conftest import localized

FLOW = qualify_flow()
junk = st.text(max_size=40)


def plausible(question):
    if question.type in ("choice", "boolean"):
        return st.sampled_from(question.choices) | junk
    if question.type == "date":
        return st.dates().map(str) | st.dates().map(lambda d: d.strftime("%d/%m/%Y")) | junk
    return st.integers(-3, 130).map(str) | junk


forms = st.fixed_dictionaries({}, optional={
    **{name: plausible(q) for name, q in FLOW.by_field.items()},
    "step": st.sampled_from([s.id for s in FLOW.steps]) | junk,
    "action": st.sampled_from(["next", "back", "restart"]) | junk,
    "shown": st.sampled_from(sorted(FLOW.follow_ups)) | junk,
    "other": junk,
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(form=forms, lang=st.sampled_from(["fr", "en"]))
def test_form_post_never_fails(client, form, lang):
    response = client.post(localized(f"/{lang}/qualify"), data=form)
    assert response.status_code in (200, 400, 422), response.status_code
    assert response.headers["Cache-Control"].startswith("no-store")
    assert "Set-Cookie" not in response.headers


valid = st.fixed_dictionaries({
    name: (st.sampled_from(q.choices) if q.type in ("choice", "boolean")
           else st.dates(min_value=dt.date(1994, 3, 1),
                         max_value=dt.date(2026, 11, 25)).map(str)
           if q.type == "date" else st.integers(0, 120).map(str))
    for name, q in FLOW.by_field.items()})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(form=valid, lang=st.sampled_from(["fr", "en"]))
def test_any_complete_set_of_answers_gives_a_result_or_a_clear_error(client, form, lang):
    response = client.post(localized(f"/{lang}/qualify"), data={**form, "step": "author"})
    assert response.status_code in (200, 422)
    html = response.get_data(as_text=True)
    if response.status_code == 200:
        assert 'value="restart"' in html  # the result page
    else:
        assert 'class="error-summary"' in html


# --- the detailed questions: whatever is typed on their pages, nothing is lost on an error ----

# Earlier answers under which every question of these steps is asked.
BASE = {"facts_date": "2025-01-10", "repeated_acts": "yes", "victim_age_at_facts": "20",
        "content_type": "real_intimate", "how_obtained": "given_or_self_made",
        "distribution": "none", "threat": "money_or_other", "threat_channel": "unknown"}
DETAILED_STEPS = ("when", "origin", "threat", "author")


def step_values(step_name):
    step = FLOW.step(step_name)
    return st.fixed_dictionaries({}, optional={q.id: plausible(q) for q in step.questions})


@st.composite
def detailed_posts(draw):
    step_name = draw(st.sampled_from(DETAILED_STEPS))
    values = draw(step_values(step_name))
    return step_name, values


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(post=detailed_posts(), lang=st.sampled_from(["fr", "en"]))
def test_detailed_questions_keep_every_answer_on_an_error(client, post, lang):
    step_name, values = post
    step = FLOW.step(step_name)
    own = {q.id for q in step.questions}
    earlier = {k: v for k, v in BASE.items() if k not in own}
    follow_ups = [q.id for q in step.questions if q.id in FLOW.follow_ups]
    response = client.post(localized(f"/{lang}/qualify"), data={
        **earlier, **values, "shown": follow_ups, "step": step_name, "action": "next"})
    assert response.status_code in (200, 422), response.status_code
    if response.status_code != 422:
        return
    html = response.get_data(as_text=True)
    assert 'class="error-summary"' in html and f'name="step" value="{step_name}"' in html
    answers = FLOW.answers_from({**earlier, **values})
    for name, value in earlier.items():  # carried on, untouched
        assert f'name="{name}" value="{escape(value)}"' in html, name
    for name in own & set(answers):
        question, value = FLOW.by_field[name], answers[name]
        if not any(q.id == name for q in FLOW.questions(step, answers)):
            continue  # no longer asked (a follow-up whose answer was taken back)
        if question.type in ("choice", "boolean"):
            if value in question.choices:
                assert f'name="{name}" value="{value}" checked' in html, name
        else:  # typed: shown again as typed (cut to the answers' bound)
            assert f'name="{name}" value="{escape(value)}"' in html, (name, value)
