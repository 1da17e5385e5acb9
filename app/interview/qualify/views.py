"""Guided questions: qualification (thin views over the interview engine and app.qualify).

GET /<lang>/qualify shows the first step; every later request is a POST carrying all answers
in hidden fields, so nothing is stored and nothing reaches the URL. `action` is `next`, `back`
or `restart` (change my answers, from the result page).
"""

from __future__ import annotations

from flask import current_app, g, render_template

from app.interview.engine.controller import Controller, today
from app.qualify import parse_facts
from app.web.i18n import localized_blueprint
from app.web.safety import no_store

from . import qualify_flow
from .checks import engine_errors, finish
from .result import present

bp = localized_blueprint("interview", __name__, paths={"fr": {"/qualify": "/ma-situation"}})


@bp.record_once
def _publish_wording(state) -> None:
    """The guided questions word the qualification's fields: other pages describing the same
    fields (the API page) read that wording here, without importing this capability. Read on
    first use: start-up loads no questions."""
    state.app.extensions["recours.qualify_wording"] = lambda lang: qualify_flow().text(lang)


class Qualify(Controller):
    endpoint = "interview.qualify_step"
    actions = frozenset({"next", "back", "restart"})
    default_action = "next"

    def start(self, action, answers):
        if action.name == "restart":
            return self.render_step(self.flow.first(answers), answers)
        return None

    def checks(self, step, answers, own):
        """The engine's objections once the step's own answers hold."""
        return [] if own else engine_errors(self.flow, step.id, answers, today())

    def finish(self, answers):
        result, errors = finish(self.flow, answers, g.lang, today())
        if errors:
            owner = self.flow.step_of(errors[0]["field"], answers) or self.flow.first(answers)
            return self.render_step(owner, answers, errors, 422)
        facts = parse_facts({**self.flow.payload(answers), "lang": g.lang}, today())
        return render_result(self.flow, result, facts, answers, g.lang)


def render_result(flow, result: dict, facts, answers: dict[str, str], lang: str) -> str:
    """The result page for the engine's answer on these facts (the facts may hold more than
    the questions ask: the API's fields, for the tests of situations)."""
    shown = present(result, facts, flow, answers, lang, current_app.extensions["recours.site"])
    return render_template("interview/qualify_result.html", words=flow.text(lang),
                           carried=flow.carried(answers, None), **shown)


def controller() -> Qualify:
    return Qualify(qualify_flow())


@bp.get("/qualify")
@no_store
def qualify_start():
    return controller().render_step(qualify_flow().first(), {})


@bp.post("/qualify")
@no_store
def qualify_step():
    return controller().post()
