"""What each error page says, as translatable interface strings."""

from __future__ import annotations

from flask_babel import gettext as _


def error_text(code: int) -> dict[str, str]:
    texts = {
        400: (_("The request could not be read"),
              _("Something in what was sent could not be understood. Go back and try again.")),
        403: (_("This request came from another site"),
              _("This page only accepts what its own forms send. If a link or a button on "
                "another site brought you here, open Recours yourself and try again. Nothing "
                "that was sent was kept.")),
        404: (_("Page not found"),
              _("This address does not match any page. It may have been mistyped or moved.")),
        405: (_("This action is not allowed here"),
              _("This page cannot be used that way. Go back and use the buttons on the page.")),
        413: (_("What you sent is too large"),
              _("Your answers are longer than this site accepts. Shorten the longest texts "
                "and try again. Files never need to be sent here.")),
        422: (_("Some answers need to be corrected"),
              _("Some values are not in the expected form. Check them and try again.")),
        429: (_("Too many requests"),
              _("Please wait a minute before trying again. Nothing you typed was kept.")),
        503: (_("Too many letters are being prepared right now"),
              _("Please try again in a few seconds. Nothing you typed was kept: go back to "
                "find your answers in the form.")),
        500: (_("Something went wrong on our side"),
              _("The page could not be shown. Nothing you typed was kept. Please try again "
                "in a moment.")),
    }
    title, body = texts.get(code, texts[500])
    return {"title": title, "body": body}
