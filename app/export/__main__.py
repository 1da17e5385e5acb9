"""`python -m app.export [DIR]`: the static export without the flask command."""

from __future__ import annotations

import sys
from pathlib import Path

from app import create_app
from app.export.freeze import DEFAULT_DESTINATION, freeze

if __name__ == "__main__":
    destination = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DESTINATION
    written = freeze(create_app(), destination)
    print(f"{len(written)} files written to {destination}")
