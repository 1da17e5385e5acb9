"""The action pack interview, "Get content removed": questions.yaml and its wording, each chosen
letter's body (body.py), "My action plan" (plan.py) and thin views (views.py). It carries the
complaint's answers when it starts from the complaint's review. The letters themselves are made
by the letters' registry (app/letters).

Two things the questions file cannot say alone: whether the platform chosen answers to the US
TAKE IT DOWN Act comes from the platform data (pack.us_platform, set here from the platform
chosen, whatever the form says), and the representative's questions are the complaint's, so
their wording is the complaint's too (read from there, not copied).
"""

from __future__ import annotations

from functools import cache

from app.interview.complaint import complaint_flow
from app.interview.engine import Flow, load
from app.letters.action.platforms import find

from .body import platform_choices

US_PLATFORM = "pack.us_platform"
BORROWED_STEP = "representative"  # the complaint's step whose questions this interview asks


def answers_to_us_law(platform_id: str) -> bool:
    """Do our sources say the platform answers to the US TAKE IT DOWN Act?"""
    platform = find(platform_id) if platform_id and platform_id != "other" else None
    return bool(platform and platform.take_it_down_act is not None)


class ActionFlow(Flow):
    def answers_from(self, form) -> dict[str, str]:
        answers = super().answers_from(form)
        answers.pop(US_PLATFORM, None)
        if answers_to_us_law(answers.get("pack.platform", "")):
            answers[US_PLATFORM] = "yes"
        return answers


def _borrow_wording(flow: Flow) -> None:
    """The complaint's words for the representative's questions, under this interview's own."""
    complaint = complaint_flow()
    names = [q.id for q in complaint.step(BORROWED_STEP).questions]
    for lang, words in flow.wording.items():
        theirs = complaint.wording[lang]["questions"]
        words["questions"] = {**{n: theirs[n] for n in names}, **words["questions"]}


@cache
def action_flow() -> Flow:
    base = load("action", providers={"platforms": platform_choices})
    flow = ActionFlow(base.name, base.definition, base.wording, base.includes,
                      base.carries_flow, base.providers)
    _borrow_wording(flow)
    return flow
