"""The answers as a file the person keeps on their own device, and read back. No Flask.

Why a file: nothing is stored on the site, so finishing later means taking the answers along.
The file holds the answers only (strings by field name); reading it back refuses anything else
rather than skipping it, so a changed file cannot slip an answer past the interview.
"""

from __future__ import annotations

import json

from app.interview.engine import Flow

SAVED_FORMAT = "recours-complaint-answers"
SAVED_MAX_BYTES = 200_000


class SavedFileError(ValueError):
    """A saved-answers file that cannot be read back; `status` is 413 or 422."""

    def __init__(self, code: str, status: int = 422):
        self.code, self.status = code, status
        super().__init__(code)


def saved_file(answers: dict[str, str]) -> bytes:
    """The answers as a JSON file the person keeps; it can be read back by `read_saved`."""
    content = {"format": SAVED_FORMAT, "version": 1, "answers": answers}
    return json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")


def read_saved(flow: Flow, raw: bytes) -> dict[str, str]:
    """Answers from a saved file; unknown fields or wrong values are refused, not skipped."""
    if len(raw) > SAVED_MAX_BYTES:
        raise SavedFileError("too_large", 413)
    try:
        content = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise SavedFileError("not_json") from None
    if not isinstance(content, dict) or content.get("format") != SAVED_FORMAT \
            or set(content) != {"format", "version", "answers"} or content["version"] != 1 \
            or not isinstance(content["answers"], dict):
        raise SavedFileError("wrong_format")
    answers = content["answers"]
    if not all(isinstance(k, str) and flow.known(k) for k in answers):
        raise SavedFileError("unknown_field")
    if not all(isinstance(v, str) and len(v) <= flow.definition.max_value
               for v in answers.values()):
        raise SavedFileError("bad_value")
    return flow.answers_from(answers)
