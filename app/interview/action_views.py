"""The action pack: letters to platforms, search engines, controllers and the CNIL, and "my action
plan" (thin views over app.letters.action).

GET /<lang>/action shows the start; every later request is a POST carrying every answer in hidden
fields (no cookie, no storage, nothing in the URL). The complaint review posts its answers here
with action=from-complaint (pack.source=complaint is then carried). `action` is next, back or
goto:<step>. Letters and the plan are built in memory from the posted answers and forgotten.
Nothing here logs an answer.
"""

from __future__ import annotations

from flask import abort, current_app, g, render_template, request, url_for

from app.letters import FILE_FORMATS, LetterInputError, registry
from app.letters.action import KINDS
from app.web.i18n import localized_blueprint
from app.web.ratelimit import rate_limited
from app.web.safety import no_store

from . import action_present as present
from .action_flow import SOURCE, ActionFlow, Step, action_flow, chosen
from .action_form import body, validate_all, validate_step
from .action_plan import plan
from .complaint_views import attachment, today

bp = localized_blueprint("action", __name__)
PAGES = ("removal", "evidence", "complaint")


def render_step(flow: ActionFlow, step: Step, answers: dict, errors=(), status=200,
                returning=False):
    if step.id == "review":
        return render_review(flow, answers, status)
    lang = g.lang
    words = flow.text(lang)
    field_errors: dict[str, str] = {}
    for item in errors:
        field_errors.setdefault(item["field"], item["message"][lang])
    fields = present.step_fields(flow, step, answers, field_errors, lang, today())
    targets = {f["name"]: f["target"] for f in fields}
    summary = [{"target": targets.get(name, "step-title"), "text": text}
               for name, text in field_errors.items()]
    number, total = flow.position(step.id, answers)
    html = render_template(
        "action/step.html", words=words, step=step, fields=fields, answers=answers,
        carried=flow.hidden(answers, step), number=number, total=total, summary=summary,
        page_title=words["ui"]["title"], returning=returning,
        first=flow.previous_step(step.id, answers) is None)
    return html, status


def render_review(flow: ActionFlow, answers: dict, status=200, problems=None):
    lang = g.lang
    words = flow.text(lang)
    if problems is None:
        problems = validate_all(flow, answers, today())
    listed = [{"step": step.id, "title": words["steps"][step.id]["title"],
               "text": item["message"][lang]} for step, item in problems]
    total = len(flow.visible_steps(answers))
    html = render_template(
        "action/review.html", words=words, carried=flow.hidden(answers, None),
        steps=present.review(flow, answers, lang, today()), problems=listed,
        page_title=words["ui"]["title"], formats=FILE_FORMATS, kinds=chosen(answers),
        number=total, total=total)
    return html, status


@bp.get("/action")
@no_store
def start():
    words = action_flow().text(g.lang)
    return render_template("action/start.html", words=words, page_title=words["ui"]["title"])


@bp.post("/action")
@no_store
def step():
    flow = action_flow()
    answers = flow.answers_from(request.form)
    action = request.form.get("action", "")
    if action == "from-complaint":  # the complaint review's button: its answers, all checked
        answers[SOURCE] = "complaint"
        return render_step(flow, flow.steps[0], answers)
    if "step" not in request.form:  # the start page
        return render_step(flow, flow.steps[0], answers)
    current = flow.step(request.form.get("step"))
    if current is None:
        abort(400)
    returning = request.form.get("return") == "review"
    if action.startswith("goto:"):
        target = flow.step(action[5:])
        if target is None:
            abort(400)
        return render_step(flow, target, answers, returning=target.id != "review")
    if action == "back":
        return render_step(flow, flow.previous_step(current.id, answers) or current, answers)
    if action != "next":
        abort(400)
    errors = validate_step(flow, current, answers, today())
    if errors:
        return render_step(flow, current, answers, errors, 422, returning=returning)
    following = flow.next_step(current.id, answers)
    if returning or following is None:
        following = flow.step("review")
    return render_step(flow, following, answers)


KIND_SLUGS = ", ".join(f'"{k.replace("_", "-")}"' for k in KINDS)


@bp.post(f"/action/document/<any({KIND_SLUGS}):kind>/<any(pdf, docx, odt, txt):fmt>")
@no_store
@rate_limited("documents")
def download(kind: str, fmt: str):
    flow = action_flow()
    answers = flow.answers_from(request.form)
    kind = kind.replace("-", "_")
    problems = validate_all(flow, answers, today())
    if problems or kind not in chosen(answers):
        return render_review(flow, answers, 422, problems)
    try:
        document = registry.document(kind, body(flow, kind, answers), fmt, today())
    except LetterInputError:
        return render_review(flow, answers, 422)
    return attachment(*document)


def _platform_url(platform_id: str) -> str | None:
    """/<lang>/platforms/<id> when a colleague's route serves it, else None."""
    for rule in current_app.url_map.iter_rules():
        extra = set(rule.arguments) - {"lang"}
        if rule.rule.startswith("/<any(fr, en):lang>/platforms/<") and len(extra) == 1 \
                and "GET" in rule.methods:
            return url_for(rule.endpoint, **{extra.pop(): platform_id})
    return None


@bp.post("/action/plan")
@no_store
def action_plan():
    flow = action_flow()
    answers = flow.answers_from(request.form)
    if not chosen(answers):
        return render_step(flow, flow.steps[0], answers, validate_step(
            flow, flow.steps[0], answers, today()), 422)
    lang = g.lang
    words = flow.text(lang)
    site = current_app.extensions.get("recours.site")
    pages = [(site.get(lang, key).url, site.get(lang, key).title) for key in PAGES
             if site is not None and site.get(lang, key) is not None]
    platform_id = answers.get("pack.platform", "")
    platform_link = (_platform_url(platform_id)
                     if platform_id and platform_id != "other" else None)
    entries = plan(answers, today(), lang, words["plan"], present.platform_name(answers))
    return render_template(
        "action/plan.html", words=words, entries=entries, pages=pages,
        platform_link=platform_link, platform_name=present.platform_name(answers),
        carried=flow.hidden(answers, None), page_title=words["ui"]["plan_title"])
