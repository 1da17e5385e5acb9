"""Log lines that cannot be forged: control characters are written as escapes, never as such.

granian and gunicorn log the request path once decoded, so `/fr/%0AGET%20/admin%20200` would
put a fake line into the access log and `%1B[2J` would clear a terminal reading it. The app
refuses such paths (app/web/hygiene.py), but the server writes its line whatever the answer: both
servers' formatters pass through `escape_controls` (deploy/granian-logging.json,
deploy/gunicorn.conf.py). Imports nothing from the app, so a server can load it at start-up.
"""

from __future__ import annotations

import logging
import re

CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                      "\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """`a\\nb` → `a\\x0ab`: one record stays one line, shown as it was sent."""
    return CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


class EscapingFormatter(logging.Formatter):
    """A logging formatter whose message can never hold a control character."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_controls(super().format(record))
