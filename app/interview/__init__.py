"""Interviews: one engine (engine/) and one folder per interview (qualify/, complaint/, action/),
each holding its questions, its wording in French and English, and thin views."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.interview.action.views import bp as action
    from app.interview.complaint.views import bp as complaint
    from app.interview.qualify.views import bp as interview

    for blueprint in (interview, complaint, action):
        app.register_blueprint(blueprint)
