"""The controller every interview shares: one POST route per interview, Next / Back / Change /
Add / Remove, the review, and the pages. Thin over the engine (flow.py, present.py).

GET shows the interview's start; every later request is a POST carrying every answer in hidden
fields (no cookie, no storage, nothing in the URL). The button pressed is `action`: next, back,
goto:<step>, add, remove:<index>, or one an interview adds (search, restart…). A name or value
no page offers answers 400, never 500. An interview subclasses Controller and fills in its
hooks (checks, page title, start, finish…); its views stay a few lines each.
"""

from __future__ import annotations

from datetime import date

from flask import Response, abort, current_app, g, render_template, request

from app.letters.kind import disposition

from . import present
from .answers import Action, group_name, parse_action, step_id
from .flow import Flow, first_per_field
from .questions import Step


def today() -> date:
    """The site's idea of today: FACTS_ON when configured (tests), else the real date."""
    value = current_app.config.get("FACTS_ON") or date.today()
    return date.fromisoformat(value) if isinstance(value, str) else value


def attachment(content: bytes, mimetype: str, filename: str) -> Response:
    """A download built in memory: never cached, never shown inline."""
    response = Response(content, content_type=mimetype)
    response.headers["Content-Disposition"] = disposition(filename)
    return response


class Controller:
    endpoint = ""  # the interview's POST route, e.g. "complaint.step"
    template = "interview/step.html"
    review_template = ""
    actions = frozenset({"next", "back", "goto", "add", "remove"})
    takes_arg = frozenset({"goto", "remove"})  # goto:<step>, remove:<index>; no other arguments
    default_action = ""  # the action of a form sent without a button (Enter)

    def __init__(self, flow: Flow):
        self.flow = flow

    # --- hooks an interview may fill in -----------------------------------------------------
    def page_title(self, words: dict, answers: dict) -> str:
        return words["ui"]["title"]

    def start(self, action: Action, answers: dict):
        """A response for a request that starts the interview (no step posted), or None. The
        answers another tool carried (the guided questions' result) are not asked again."""
        if "step" not in request.form:
            return self.render_step(self.resume_at(answers), answers)
        return None

    def checks(self, step: Step, answers: dict, own: list[dict]) -> list[dict]:
        """The interview's own objections to a step (the letters', the qualification's)."""
        return []

    def unowned(self, answers: dict, found: list) -> list[tuple[Step, dict]]:
        """Problems no visible step shows, with the step that can fix them (for the review)."""
        return []

    def can_go(self, step: Step, answers: dict) -> bool:
        return self.flow.asked(step, answers)

    def on_action(self, action: Action, step: Step, answers: dict, returning: bool):
        abort(400)

    def before_show(self, step: Step, answers: dict) -> None:
        """Fill in an answer the next step can guess (never stored)."""

    def finish(self, answers: dict):
        abort(400)

    def step_context(self, step: Step, answers: dict) -> dict:
        return {}

    def review_context(self, answers: dict) -> dict:
        return {}

    def display(self, item: dict) -> str | None:
        """An answer in the interview's own words on the review (None: the engine's)."""
        return None

    def review_step(self, step: dict, answers: dict, words: dict) -> dict:
        """A step of the review, with what the interview adds to it."""
        return step

    # --- the engine ---------------------------------------------------------------------------
    def resume_at(self, answers: dict) -> Step:
        """The first step still to answer: the leading steps whose answers were all given (by
        another tool) and hold are skipped; Back and the review's Change still reach them."""
        visible = self.flow.visible_steps(answers)
        for step in visible:
            if step.review or not self.flow.answered(step, answers) or self.step_errors(
                    step, answers):
                return step
        return visible[0] if visible else self.flow.first(answers)

    def step_errors(self, step: Step, answers: dict) -> list[dict]:
        own = self.flow.validate(step.id, answers)
        return first_per_field(own + self.checks(step, answers, own))

    def problems(self, answers: dict) -> list[tuple[Step, dict]]:
        """(step, error) for every problem left, in the order of the steps."""
        found = [(step, item) for step in self.flow.visible_steps(answers) if not step.review
                 for item in self.step_errors(step, answers)]
        return found + self.unowned(answers, found)

    def post(self):
        flow = self.flow
        answers = flow.answers_from(request.form)
        action = parse_action(request.form.get("action"), self.default_action)
        if action is None or (action.name and action.name not in self.actions) or (
                (action.arg is None) == (action.name in self.takes_arg)):
            abort(400)
        started = self.start(action, answers)
        if started is not None:
            return started
        step = flow.step(step_id(request.form.get("step")))
        if step is None:
            abort(400)
        returning = request.form.get("return") == "review"
        if action.name == "goto":
            target = flow.step(action.arg)
            if target is None or not self.can_go(target, answers):
                abort(400)
            return self.render_step(target, answers, returning=not target.review)
        if action.name == "back":
            return self.render_step(flow.previous_step(step.id, answers) or step, answers)
        if action.name in ("add", "remove"):
            return self._group(action, step, answers, returning)
        if action.name != "next":
            return self.on_action(action, step, answers, returning)
        return self._next(step, answers, returning)

    def _next(self, step: Step, answers: dict, returning: bool):
        flow = self.flow
        errors, unseen = flow.ask_first(step, answers, self.step_errors(step, answers),
                                        set(request.form.getlist("shown")))
        if errors:  # shown on the step that asks the faulty field (an earlier one if need be)
            owner = step if flow.owns(step, errors[0]["field"]) else (
                flow.step_of(errors[0]["field"], answers) or step)
            return self.render_step(owner, answers, errors, 422, returning=returning)
        if unseen:
            return self.render_step(step, answers, returning=returning)
        following = flow.next_step(step.id, answers)
        review = flow.review_step()
        if review is not None and (returning or following is None):
            following = review
        if following is None:
            return self.finish(answers)
        self.before_show(following, answers)
        return self.render_step(following, answers)

    def _group(self, action: Action, step: Step, answers: dict, returning: bool):
        """Add or remove an item of a repeated step: the same step again."""
        if not step.group:
            abort(400)
        indices = self.flow.indices(answers, step.group) or [0]
        if action.name == "add":
            if len(indices) < step.max and max(indices) + 1 < step.max:
                indices.append(max(indices) + 1)
        else:
            if not (action.arg.isascii() and action.arg.isdigit()):
                abort(400)
            index = int(action.arg)  # at most two ASCII digits (answers.ACTION)
            for question in step.questions:
                answers.pop(group_name(step.group, index, question.id), None)
            indices = [i for i in indices if i != index] or [0]
        return self.render_step(step, answers, indices=indices, returning=returning)

    def needed(self, step: Step, answers: dict, indices=None) -> frozenset:
        """The fields of the step that the interview may refuse empty (a letter's check, a
        `required_when`), whatever is chosen in the step's other questions: never labelled
        optional. The step is checked empty, then with each choice of each of its questions."""
        shown = self.flow.shown(step, answers, indices)
        base = {k: v for k, v in answers.items() if k not in set(shown)}
        variants = [(None, base)]
        for name in [] if step.include else shown:  # another interview's page: its own flags
            question = self.flow.question_of(name)
            if question is None or question.choices_from or question.type not in (
                    "choice", "boolean"):
                continue
            values = question.choices if question.type == "choice" else ("yes", "no")
            variants += [(name, {**base, name: value}) for value in values]
        found = set()
        for chosen, variant in variants:
            found |= {e["field"] for e in self.step_errors(step, variant) if e["field"] != chosen}
        return frozenset(found)

    @staticmethod
    def step_title(words: dict, step_id: str, number: int, total: int) -> str:
        """The step's own page title: "Step 3 of 8 – Where the content comes from"."""
        title = words["steps"].get(step_id, {}).get("title", "")
        count = words["ui"]["step_of"].format(n=number, total=total)
        return f"{count} – {title}" if title else count

    # --- pages ----------------------------------------------------------------------------------
    def render_step(self, step: Step, answers: dict, errors=(), status=200, indices=None,
                    returning=False):
        if step.review:
            return self.render_review(answers, status)
        flow, lang = self.flow, g.lang
        words = flow.text(lang, answers)
        field_errors: dict[str, str] = {}
        for item in errors:
            if flow.owns(step, item["field"]) or item["field"] == step.id:
                field_errors.setdefault(item["field"], item["message"][lang])
        fields = present.step_fields(flow, step, answers, field_errors, lang, today(), indices,
                                     self.needed(step, answers, indices))
        flat = present.flat(step, fields)
        targets = {f["name"]: f["target"] for f in flat}
        summary = [{"target": targets.get(name, "step-title"), "text": text}
                   for name, text in field_errors.items()]
        number, total = flow.position(step.id, answers)
        html = render_template(
            self.template, words=words, step=step, step_words=words["steps"][step.id],
            step_title=self.step_title(words, step.id, number, total),
            fields=fields, by_name={f["name"]: f for f in flat}, answers=answers,
            carried=flow.carried(answers, step, indices), number=number, total=total,
            summary=summary, page_title=self.page_title(words, answers), returning=returning,
            first=flow.previous_step(step.id, answers) is None,
            last=flow.next_step(step.id, answers) is None and flow.review_step() is None,
            follow_ups=[f["name"] for f in flat if f["name"] in flow.follow_ups],
            scripts=sorted({f["script"] for f in flat if f["script"]}),
            endpoint=self.endpoint,
            **self.step_context(step, answers))
        return html, status

    def render_review(self, answers: dict, status=200, problems=None):
        flow, lang = self.flow, g.lang
        words = flow.text(lang, answers)
        if problems is None:
            problems = self.problems(answers)
        listed = [{"step": step.id, "title": words["steps"][step.id]["title"],
                   "text": item["message"][lang]} for step, item in problems]
        review = flow.review_step()
        number, total = flow.position(review.id, answers) if review else (1, 1)
        html = render_template(
            self.review_template, words=words, carried=flow.carried(answers, None),
            step_title=self.step_title(words, review.id if review else "", number, total),
            steps=[self.review_step(s, answers, words)
                   for s in present.review(flow, answers, lang, today(), self.display)],
            problems=listed,
            page_title=self.page_title(words, answers), number=number, total=total,
            endpoint=self.endpoint, answers=answers, **self.review_context(answers))
        return html, status
