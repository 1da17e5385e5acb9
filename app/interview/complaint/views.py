"""The complaint interview and the letters it produces (thin views over the interview engine and
the letters' registry).

GET /<lang>/complaint shows the start; every later request is a POST carrying all answers in
hidden fields (no cookie, no storage, nothing in the URL). Besides the engine's buttons, `search`
looks a commune up on the `where` step. Documents, the print view and the saved-answers file
are built in memory from the posted answers and forgotten. Nothing here logs an answer.
"""

from __future__ import annotations

from flask import abort, g, render_template, request

from app.interview.engine.controller import Controller, attachment, today
from app.interview.qualify.checks import engine_errors
from app.letters import FILE_FORMATS, LetterInputError, registry
from app.web.i18n import localized_blueprint
from app.web.ratelimit import rate_limited
from app.web.safety import no_store

from . import complaint_flow, place
from .body import letter_errors, to_body
from .saved import SAVED_MAX_BYTES, SavedFileError, read_saved, saved_file

bp = localized_blueprint("complaint", __name__, paths={"fr": {
    "/complaint": "/plainte", "/complaint/follow-up": "/plainte/suite",
    "/complaint/print": "/plainte/imprimer", "/complaint/save": "/plainte/enregistrer",
    "/complaint/resume": "/plainte/reprendre"}})
TITLES = {"partie_civile": "title_pc", "pg_appeal": "title_pg"}


class Complaint(Controller):
    endpoint = "complaint.step"
    template = "complaint/step.html"
    review_template = "complaint/review.html"
    actions = Controller.actions | {"search"}

    def page_title(self, words, answers):
        return words["ui"][TITLES.get(answers.get("kind", ""), "title")]

    def checks(self, step, answers, own):
        if step.include:  # the guided questions: the qualification engine's objections
            included = self.flow.includes[step.include]
            return [] if own else engine_errors(included, None, answers, today())
        found = []
        if step.id == "where" and answers.get("place_query") and not answers.get(
                "commune_insee") and not answers.get("tribunal"):
            found.append(self.flow.error("commune_insee", "required"))
        return found + [e for e in letter_errors(self.flow, answers, today())
                        if self.flow.owns(step, e["field"])]

    def on_action(self, action, step, answers, returning):
        if action.name != "search" or step.id != "where":
            abort(400)
        answers.pop("commune_insee", None)
        place.choose_single(answers)
        return self.render_step(step, answers, returning=returning)

    def before_show(self, step, answers):
        if step.id == "where":  # the court follows the victim's residence (CPP 43)
            place.guess_commune(answers)

    def step_context(self, step, answers):
        if step.id != "where":
            return {}
        words = self.flow.text(g.lang, answers)
        return {"candidates": place.candidates(answers, words["ui"]),
                "cpp43": place.cpp43(g.lang)}

    def display(self, item):
        return place.commune_in_words(item["value"]) if item["name"] == "commune_insee" else None

    def review_step(self, step, answers, words):
        """The `where` step names the court of the commune chosen, unless one was chosen."""
        court = place.chosen_court(answers) if step["id"] == "where" and not answers.get(
            "tribunal") else None
        if court:
            step["rows"][0]["items"].append((words["ui"]["court"], court.name))
        return step

    def review_context(self, answers):
        body, _where = to_body(self.flow, answers)
        return {"formats": FILE_FORMATS, "reading_copy": body.get("reading_copy_lang"),
                "kind": answers.get("kind", "complaint"),
                "filing_from": place.filing_from(answers, g.lang, today())}


def controller() -> Complaint:
    return Complaint(complaint_flow())


def render_start(error: str = "", status: int = 200):
    words = complaint_flow().text(g.lang)
    html = render_template("complaint/start.html", words=words, page_title=words["ui"]["title"],
                           resume_error=error)
    return html, status


def _letter_answers():
    """The answers posted with a download button, and the review page if they cannot make the
    letter yet."""
    ctrl = controller()
    answers = ctrl.flow.answers_from(request.form)
    problems = ctrl.problems(answers)
    return ctrl, answers, (ctrl.render_review(answers, 422, problems) if problems else None)


@bp.get("/complaint")
@no_store
def start():
    return render_start()


@bp.post("/complaint")
@no_store
def step():
    return controller().post()


@bp.route("/complaint/follow-up", methods=["GET", "POST"])
@no_store
def follow_up():
    ctrl = controller()
    answers = ctrl.flow.answers_from(request.form) if request.method == "POST" else {}
    answers["kind"] = "partie_civile"
    return ctrl.render_step(ctrl.flow.step("dates"), answers,
                            returning=request.form.get("return") == "review")


@bp.route("/complaint/appeal", methods=["GET", "POST"])
@no_store
def appeal():
    """The appeal to the procureur général against a classement sans suite (CPP 40-3): the
    complaint's answers, plus the decision's date, reference and stated reason."""
    ctrl = controller()
    answers = ctrl.flow.answers_from(request.form) if request.method == "POST" else {}
    answers["kind"] = "pg_appeal"
    return ctrl.render_step(ctrl.flow.step("decision"), answers,
                            returning=request.form.get("return") == "review")


@bp.post("/complaint/document/<any(pdf, docx, odt, txt):fmt>")
@no_store
@rate_limited("documents")
def download(fmt: str):
    ctrl, answers, refused = _letter_answers()
    if refused:
        return refused
    body, _where = to_body(ctrl.flow, answers)
    try:
        document = registry.document(answers.get("kind", "complaint"), body, fmt, today(),
                                     reading_copy=request.form.get("copy") == "reading",
                                     interface_lang=g.lang)
    except LetterInputError:
        return ctrl.render_review(answers, 422)
    return attachment(*document)


@bp.post("/complaint/print")
@no_store
def print_view():
    ctrl, answers, refused = _letter_answers()
    if refused:
        return refused
    body, _where = to_body(ctrl.flow, answers)
    try:
        letter = registry.letter(answers.get("kind", "complaint"), body, today(),
                                 reading_copy=request.form.get("copy") == "reading")
    except LetterInputError:
        return ctrl.render_review(answers, 422)
    words = ctrl.flow.text(g.lang)
    return render_template("complaint/print.html", words=words, letter=letter,
                           page_title=words["ui"]["print_title"])


@bp.post("/complaint/save")
@no_store
def save():
    flow = complaint_flow()
    return attachment(saved_file(flow.answers_from(request.form)), "application/json",
                      flow.text(g.lang)["ui"]["answers_file_name"] + ".json")


@bp.post("/complaint/resume")
@no_store
def resume():
    flow = complaint_flow()
    words = flow.text(g.lang)["resume_errors"]
    upload = request.files.get("answers_file")
    if upload is None or not upload.filename:
        return render_start(words["missing"], 422)
    try:
        answers = read_saved(flow, upload.stream.read(SAVED_MAX_BYTES + 1))
    except SavedFileError as exc:
        return render_start(words[exc.code], exc.status)
    return controller().render_review(answers)
