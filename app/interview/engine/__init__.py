"""The interview engine: one way to ask questions, whatever the interview.

    questions.py   what a questions file may say (steps, questions, conditions, groups)
    conditions.py  when a step or a question is asked
    answers.py     reading a form strictly: answers, the button pressed, the step
    flow.py        navigation, what each page carries, the engine's own checks (no Flask)
    present.py     what a page shows: field dicts, the review (no Flask)
    loader.py      reading app/interview/<name>/ (questions.yaml, wording/{fr,en}.yaml)
    controller.py  Next / Back / Change / Add / Remove and the pages (Flask)

An interview is a folder of app/interview/ with its questions.yaml, its wording and thin views;
see docs/architecture.md, "Adding a question".
"""

from .answers import parse_date
from .flow import Flow, first_per_field
from .loader import load, load_flow
from .questions import Question, Step

__all__ = ["Flow", "Question", "Step", "first_per_field", "load", "load_flow", "parse_date"]
