"""Guided questions: qualification (thin views over app.interview.flow and app.qualify).

GET /<lang>/qualify shows the first step; every later request is a POST carrying all answers
in hidden fields, so nothing is stored and nothing reaches the URL. `action` is `next`, `back`
or `restart` (change my answers, from the result page).
"""

from __future__ import annotations

from datetime import date

from flask import abort, current_app, g, render_template, request

from app.web.i18n import localized_blueprint
from app.web.safety import no_store

from .flow import Flow, Question, Step, parse_date
from .qualify_steps import engine_errors, finish, qualify_flow, step_with_field
from .result import present

bp = localized_blueprint("interview", __name__)

ACTIONS = ("next", "back", "restart")


@bp.record_once
def _publish_wording(state) -> None:
    """The guided questions word the qualification's fields: other pages describing the same
    fields (the API page) read that wording here, without importing this capability."""
    state.app.extensions["recours.qualify_wording"] = qualify_flow().wording


def today() -> date:
    """The site's idea of today: FACTS_ON when configured (tests), else the real date."""
    value = current_app.config.get("FACTS_ON") or date.today()
    return date.fromisoformat(value) if isinstance(value, str) else value


def _choice_pairs(question: Question, text: dict) -> list[tuple[str, str]]:
    return [(value, text["choices"][value]) for value in question.choices]


def _date_type(value: str) -> str:
    """A native date field, unless the value typed cannot be shown in one (then kept as text)."""
    return "date" if not value or (len(value) == 10 and parse_date(value)) else "text"


def _target(flow: Flow, name: str) -> str:
    question = flow.by_field.get(name)
    if question and question.type in ("choice", "boolean"):
        return f"{name}-{question.choices[0]}"
    return name


def render_step(flow: Flow, step: Step, answers: dict[str, str], errors=(), status=200):
    lang = g.lang
    words = flow.text(lang)
    number, total = flow.position(step.id, answers)
    questions = flow.questions(step, answers)
    own = {q.id for q in questions}
    field_errors: dict[str, str] = {}
    for error in errors:
        if error["field"] in own:
            field_errors.setdefault(error["field"], error["message"][lang])
    summary = [{"target": _target(flow, name), "text": text}
               for name, text in field_errors.items()]
    html = render_template(
        "interview/qualify_step.html", words=words, step=step, questions=questions,
        answers=answers, carried=flow.hidden(answers, step.id), number=number, total=total,
        last=flow.next_step(step.id, answers) is None, field_errors=field_errors,
        summary=summary, errors=bool(summary), today=today().isoformat(),
        follow_ups=flow.follow_ups, choice_pairs=_choice_pairs, date_type=_date_type)
    return html, status


@bp.get("/qualify")
@no_store
def qualify_start():
    flow = qualify_flow()
    return render_step(flow, flow.first(), {})


@bp.post("/qualify")
@no_store
def qualify_step():
    flow = qualify_flow()
    answers = flow.answers_from(request.form)
    action = request.form.get("action", "next")
    if action not in ACTIONS:
        abort(400)
    if action == "restart":
        return render_step(flow, flow.first(), answers)
    step = flow.step(request.form.get("step"))
    if step is None:
        abort(400)
    if action == "back":
        return render_step(flow, flow.previous_step(step.id, answers) or step, answers)
    errors = flow.validate(step.id, answers) or engine_errors(flow, step.id, answers, today())
    if errors:  # shown on the step that asks the faulty field (an earlier one if need be)
        faulty_step = step_with_field(flow, errors[0]["field"], answers)
        return render_step(flow, faulty_step, answers, errors, 422)
    if flow.unseen_follow_ups(step, answers, set(request.form.getlist("shown"))):
        return render_step(flow, step, answers)  # an answer of this step asks one more question
    following = flow.next_step(step.id, answers)
    if following is not None:
        return render_step(flow, following, answers)
    result, problem = finish(flow, answers, g.lang, today())
    if problem:
        faulty_step, faulty = problem
        return render_step(flow, faulty_step, answers, faulty, 422)
    site = current_app.extensions["recours.site"]
    shown = present(result, flow, answers, g.lang, site)
    return render_template("interview/qualify_result.html", words=flow.text(g.lang),
                           carried=flow.hidden(answers, None), **shown)
