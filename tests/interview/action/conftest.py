"""The action pack tests run on an application where the action blueprint is registered."""

from __future__ import annotations

import pytest

from .helpers import action_app


@pytest.fixture(scope="session")
def app():
    return action_app()
