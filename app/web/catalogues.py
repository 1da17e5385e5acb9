"""Keep the English catalogue complete: interface strings are written in English, so every
English msgstr equals its msgid. Run by `make translations-update`; French is translated by hand.

Usage: python -m app.web.catalogues app/translations/en/LC_MESSAGES/messages.po
"""

from __future__ import annotations

import sys

from babel.messages.pofile import read_po, write_po


def fill_source_language(path: str) -> int:
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale="en")
    filled = 0
    for message in catalog:
        if message.id and not message.string:
            message.string = message.id
            filled += 1
        if message.fuzzy:
            message.flags.discard("fuzzy")
            message.string = message.id
    with open(path, "wb") as handle:
        write_po(handle, catalog, omit_header=False, sort_output=True, width=100)
    return filled


if __name__ == "__main__":
    for po in sys.argv[1:]:
        print(f"{po}: {fill_source_language(po)} message(s) filled")
