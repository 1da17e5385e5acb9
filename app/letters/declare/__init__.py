"""Declarations of what a letter's body holds: each field once, giving both its check and its
JSON Schema (the OpenAPI description of the documents API).

Why one declaration: the validator and the API description used to be written apart, with
limits copied from one to the other; a field added to one and not the other went unnoticed.
Here a field is declared once (type, limit, required, pattern, description) and both come
from it. Checking reports every problem at once as {field, code, message{fr, en}}; too long
is an error, never a silent cut: a letter must say what the person wrote. No Flask.

    BODY = Obj(fields={"name": Text(limit=100, required=True, description="…")}, name="X")
    data = BODY.clean(raw, "", found)        # found = Problems(today); found.items: errors
    components = {}; BODY.schema(components) # {"$ref": …}; components["X"] = the schema
"""

from .problems import (
    LINE_MAX,
    LIST_MAX,
    NAME_MAX,
    TEXT_MAX,
    URL_MAX,
    LetterInputError,
    Problems,
    child,
    problem,
)
from .shapes import List, Obj, described, required
from .values import Bool, Choice, Date, Free, SeenAt, Spec, Text

__all__ = ["LINE_MAX", "LIST_MAX", "NAME_MAX", "TEXT_MAX", "URL_MAX", "Bool", "Choice", "Date",
           "Free", "LetterInputError", "List", "Obj", "Problems", "SeenAt", "Spec", "Text",
           "child", "described", "problem", "required"]
