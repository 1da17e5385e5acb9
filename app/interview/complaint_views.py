"""The complaint interview and the letters it produces (thin views over app.letters).

GET /<lang>/complaint shows the start; every later request is a POST carrying all answers in
hidden fields (no cookie, no storage, nothing in the URL). `action` is next, back, search,
add, remove:<index>, goto:<step>. Documents, the print view and the saved-answers file are
built in memory from the posted answers and forgotten. Nothing here logs an answer.
"""

from __future__ import annotations

import re
from datetime import date

from flask import Response, abort, current_app, g, render_template, request

from app.letters import FILE_FORMATS, LetterInputError, registry
from app.web.i18n import localized_blueprint
from app.web.ratelimit import rate_limited
from app.web.safety import no_store

from . import complaint_present as present
from .complaint_flow import ComplaintFlow, Step, complaint_flow, group_name
from .complaint_form import (
    SAVED_MAX_BYTES,
    SavedFileError,
    read_saved,
    saved_file,
    to_body,
    validate_all,
    validate_step,
)

bp = localized_blueprint("complaint", __name__)
REMOVE = re.compile(r"remove:([0-9]{1,2})")


def today() -> date:
    value = current_app.config.get("FACTS_ON") or date.today()
    return date.fromisoformat(value) if isinstance(value, str) else value


def attachment(body: bytes, mimetype: str, filename: str) -> Response:
    """A download built in memory: never cached, never shown inline."""
    response = Response(body, content_type=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _page_title(words: dict, answers: dict) -> str:
    return words["ui"]["title_pc" if answers.get("kind") == "partie_civile" else "title"]


def render_step(flow: ComplaintFlow, step: Step, answers: dict, errors=(), status=200,
                indices=None, returning=False):
    lang = g.lang
    words = flow.text(lang, answers)
    if step.id == "review":
        return render_review(flow, answers, status=status)
    field_errors: dict[str, str] = {}
    for item in errors:
        field_errors.setdefault(item["field"], item["message"][lang])
    fields = present.step_fields(flow, step, answers, field_errors, lang, today(), indices)
    flat = [f for group in fields for f in group["fields"]] if step.group else fields
    targets = {f["name"]: f["target"] for f in flat}
    summary = [{"target": targets.get(name, "step-title"), "text": text}
               for name, text in field_errors.items()]
    number, total = flow.position(step.id, answers)
    extra = {}
    if step.id == "where":
        extra = {"candidates": present.candidates(answers, lang, words["ui"]),
                 "cpp43": present.cpp43(lang)}
    html = render_template(
        "complaint/step.html", words=words, step=step, fields=fields, answers=answers,
        carried=flow.hidden(answers, step), number=number, total=total, summary=summary,
        page_title=_page_title(words, answers), returning=returning,
        first=flow.previous_step(step.id, answers) is None, **extra)
    return html, status


def render_review(flow: ComplaintFlow, answers: dict, status=200, problems=None):
    lang = g.lang
    words = flow.text(lang, answers)
    if problems is None:
        problems = validate_all(flow, answers, today())
    listed = [{"step": step.id, "title": words["steps"][step.id]["title"],
               "text": item["message"][lang]} for step, item in problems]
    body, _where = to_body(flow, answers)
    html = render_template(
        "complaint/review.html", words=words, answers=answers, carried=flow.hidden(answers, None),
        steps=present.review(flow, answers, lang, today()), problems=listed,
        page_title=_page_title(words, answers), formats=FILE_FORMATS,
        reading_copy=body.get("reading_copy_lang"), kind=answers.get("kind", "complaint"),
        filing_from=present.filing_from(answers, lang, today()),
        number=len(flow.visible_steps(answers)), total=len(flow.visible_steps(answers)))
    return html, status


def render_start(flow: ComplaintFlow, error: str = "", status=200):
    words = flow.text(g.lang)
    html = render_template("complaint/start.html", words=words, page_title=words["ui"]["title"],
                           resume_error=error)
    return html, status


@bp.get("/complaint")
@no_store
def start():
    return render_start(complaint_flow())


@bp.post("/complaint")
@no_store
def step():
    flow = complaint_flow()
    answers = flow.answers_from(request.form)
    action = request.form.get("action", "")
    if "step" not in request.form:  # a start, or answers posted from the qualification result
        return render_step(flow, flow.first(answers), answers)
    current = flow.step(request.form.get("step"))
    if current is None:
        abort(400)
    returning = request.form.get("return") == "review"
    if action.startswith("goto:"):
        target = flow.step(action[5:])
        if target is None or not flow.asked(target, answers):
            abort(400)
        return render_step(flow, target, answers, returning=target.id != "review")
    if action == "back":
        return render_step(flow, flow.previous_step(current.id, answers) or current, answers)
    if action in ("add", "search") or action.startswith("remove:"):
        return _same_step(flow, current, answers, action, returning)
    if action != "next":
        abort(400)
    errors = validate_step(flow, current, answers, today())
    if errors:
        return render_step(flow, current, answers, errors, 422, returning=returning)
    following = flow.next_step(current.id, answers)
    if returning or following is None:
        following = flow.step("review")
    if following.id == "where" and not answers.get("place_query"):
        # The court follows the victim's residence (CPP 43), never the representative's.
        place = answers.get("victim.postcode") or answers.get("victim.commune")
        if place:
            answers["place_query"] = place
            _choose_single(answers)
    return render_step(flow, following, answers)


def _choose_single(answers: dict) -> None:
    options = present.candidates(answers, g.lang, {"commune_option": "", "court_unknown": ""})
    if len(options) == 1 and not answers.get("commune_insee"):
        answers["commune_insee"] = options[0][0]


def _same_step(flow, current: Step, answers: dict, action: str, returning: bool):
    """Add or remove a fact or an exhibit, or search a commune: the same step again."""
    if action == "search":
        if current.id != "where":
            abort(400)
        answers.pop("commune_insee", None)
        _choose_single(answers)
        return render_step(flow, current, answers, returning=returning)
    if not current.group:
        abort(400)
    indices = flow.indices(answers, current.group) or [0]
    if action == "add":
        if len(indices) < 50:
            indices.append(max(indices) + 1)
    else:
        found = REMOVE.fullmatch(action)  # ASCII digits, bounded: never int() of anything else
        if found is None:
            abort(400)
        index = int(found[1])
        for spec in current.fields:
            answers.pop(group_name(current.group, index, spec.name), None)
        indices = [i for i in indices if i != index] or [0]
    return render_step(flow, current, answers, indices=indices, returning=returning)


@bp.route("/complaint/follow-up", methods=["GET", "POST"])
@no_store
def follow_up():
    flow = complaint_flow()
    answers = flow.answers_from(request.form) if request.method == "POST" else {}
    answers["kind"] = "partie_civile"
    return render_step(flow, flow.step("dates"), answers,
                       returning=request.form.get("return") == "review")


@bp.post("/complaint/document/<any(pdf, docx, odt, txt):fmt>")
@no_store
@rate_limited("documents")
def download(fmt: str):
    flow = complaint_flow()
    answers = flow.answers_from(request.form)
    problems = validate_all(flow, answers, today())
    if problems:
        return render_review(flow, answers, 422, problems)
    body, _where = to_body(flow, answers)
    try:
        document = registry.document(answers.get("kind", "complaint"), body, fmt, today(),
                                     reading_copy=request.form.get("copy") == "reading")
    except LetterInputError:
        return render_review(flow, answers, 422)
    return attachment(*document)


@bp.post("/complaint/print")
@no_store
def print_view():
    flow = complaint_flow()
    answers = flow.answers_from(request.form)
    problems = validate_all(flow, answers, today())
    if problems:
        return render_review(flow, answers, 422, problems)
    body, _where = to_body(flow, answers)
    try:
        letter = registry.letter(answers.get("kind", "complaint"), body, today(),
                                 reading_copy=request.form.get("copy") == "reading")
    except LetterInputError:
        return render_review(flow, answers, 422)
    words = flow.text(g.lang)
    return render_template("complaint/print.html", words=words, letter=letter,
                           page_title=words["ui"]["print_title"])


@bp.post("/complaint/save")
@no_store
def save():
    flow = complaint_flow()
    return attachment(saved_file(flow.answers_from(request.form)),
                      "application/json", "recours-answers.json")


@bp.post("/complaint/resume")
@no_store
def resume():
    flow = complaint_flow()
    words = flow.text(g.lang)["resume_errors"]
    upload = request.files.get("answers_file")
    if upload is None or not upload.filename:
        return render_start(flow, words["missing"], 422)
    try:
        answers = read_saved(flow, upload.stream.read(SAVED_MAX_BYTES + 1))
    except SavedFileError as exc:
        return render_start(flow, words[exc.code], exc.status)
    return render_review(flow, answers)
