"""The action pack: letters to platforms, search engines, controllers and the CNIL, and "my action
plan" (thin views over the interview engine and the letters' registry).

GET /<lang>/action shows the start; every later request is a POST carrying every answer in hidden
fields (no cookie, no storage, nothing in the URL). The complaint review posts its answers here
with action=from-complaint (pack.source=complaint is then carried). Letters and the plan are
built in memory from the posted answers and forgotten. Nothing here logs an answer.
"""

from __future__ import annotations

from flask import current_app, g, render_template, request, url_for

from app.interview.engine.controller import Controller, attachment, today
from app.letters import FILE_FORMATS, LetterInputError, registry
from app.letters.action import KINDS
from app.letters.action.platforms import find
from app.web.i18n import localized_blueprint
from app.web.ratelimit import rate_limited
from app.web.safety import no_store

from . import action_flow
from .body import body, chosen, letter_errors, platform_name
from .plan import plan

bp = localized_blueprint("action", __name__,
                        paths={"fr": {"/action": "/faire-retirer-un-contenu"}})
SOURCE = "pack.source"  # "complaint" when the answers come from the complaint review
PAGES = ("removal", "evidence", "complaint")


class Action(Controller):
    endpoint = "action.step"
    review_template = "action/review.html"
    actions = Controller.actions | {"from-complaint"}

    def start(self, action, answers):
        if action.name == "from-complaint":  # the complaint review's button: its answers
            answers[SOURCE] = "complaint"
            return self.render_step(self.flow.first(answers), answers)
        return super().start(action, answers)

    def can_go(self, step, answers):
        return True  # the review may send a problem to a step the answers skip (situation)

    def checks(self, step, answers, own):
        if step.include:
            return []
        return [e for e in letter_errors(self.flow, answers, today())
                if self.flow.owns(step, e["field"])]

    def unowned(self, answers, found):
        """A letters' error no visible step asks (an offence missing, a complaint answer) goes
        to the step that can fix it."""
        owned = {item["field"] for _step, item in found}
        visible = self.flow.visible_steps(answers)
        extra = []
        for item in letter_errors(self.flow, answers, today()):
            if item["field"] in owned or any(self.flow.owns(s, item["field"]) for s in visible):
                continue
            target = "you" if item["field"].startswith(("victim", "representative")) \
                else "situation"
            extra.append((self.flow.step(target), item))
        return extra

    def step_context(self, step, answers):
        """The content step shows how to keep a record of content on the platform chosen."""
        if step.id != "content":
            return {}
        platform = find(answers.get("pack.platform", "")) if answers.get(
            "pack.platform") != "other" else None
        if platform is None or platform.evidence is None:
            return {"evidence": None}
        return {"evidence": {"name": platform.name,
                             "steps": platform.evidence.steps[g.lang]}}

    def review_context(self, answers):
        return {"formats": FILE_FORMATS, "kinds": chosen(answers),
                "reading_copies": [k for k in chosen(answers)
                                   if registry.get(k).reading_copy]}


def controller() -> Action:
    return Action(action_flow())


@bp.get("/action")
@no_store
def start():
    words = action_flow().text(g.lang)
    return render_template("action/start.html", words=words, page_title=words["ui"]["title"])


@bp.post("/action")
@no_store
def step():
    return controller().post()


KIND_SLUGS = ", ".join(f'"{k.replace("_", "-")}"' for k in KINDS)


@bp.post(f"/action/document/<any({KIND_SLUGS}):kind>/<any(pdf, docx, odt, txt):fmt>")
@no_store
@rate_limited("documents")
def download(kind: str, fmt: str):
    return _document(kind.replace("-", "_"), fmt, reading_copy=False)


@bp.post(f"/action/reading-copy/<any({KIND_SLUGS}):kind>/<any(pdf, docx, odt, txt):fmt>")
@no_store
@rate_limited("documents")
def reading_copy(kind: str, fmt: str):
    """The reading copy of a letter that has one (the request under the US TAKE IT DOWN Act,
    in French): a copy to read, never to send."""
    return _document(kind.replace("-", "_"), fmt, reading_copy=True)


def _document(kind: str, fmt: str, reading_copy: bool):
    ctrl = controller()
    answers = ctrl.flow.answers_from(request.form)
    problems = ctrl.problems(answers)
    if problems or kind not in chosen(answers) or (
            reading_copy and not registry.get(kind).reading_copy):
        return ctrl.render_review(answers, 422, problems)
    try:
        document = registry.document(kind, body(ctrl.flow, kind, answers), fmt, today(),
                                     reading_copy=reading_copy, interface_lang=g.lang)
    except LetterInputError:
        return ctrl.render_review(answers, 422)
    return attachment(*document)


def _platform_url(platform_id: str) -> str | None:
    """The platform's own page when the services capability serves it, else None."""
    if "platforms.platform" not in current_app.view_functions:
        return None
    return url_for("platforms.platform", platform_id=platform_id)


@bp.post("/action/plan")
@no_store
def action_plan():
    ctrl = controller()
    answers = ctrl.flow.answers_from(request.form)
    first = ctrl.flow.steps[0]
    if not chosen(answers):
        return ctrl.render_step(first, answers, ctrl.step_errors(first, answers), 422)
    lang = g.lang
    words = ctrl.flow.text(lang)
    site = current_app.extensions.get("recours.site")
    pages = [(site.get(lang, key).url, site.get(lang, key).title) for key in PAGES
             if site is not None and site.get(lang, key) is not None]
    platform_id = answers.get("pack.platform", "")
    platform_link = (_platform_url(platform_id)
                     if platform_id and platform_id != "other" else None)
    entries = plan(answers, today(), lang, words["plan"], platform_name(answers))
    return render_template(
        "action/plan.html", words=words, entries=entries, pages=pages,
        platform_link=platform_link, platform_name=platform_name(answers),
        carried=ctrl.flow.carried(answers, None), page_title=words["ui"]["plan_title"])
