""""Help near you" as a pure function of the posted form: a result, a choice of communes, or an
error to show next to the field. Nothing here keeps what was typed.

The commune chosen from a list is accepted only if it is among the candidates for the text typed,
so a tampered form falls back to the list instead of answering for an arbitrary code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.services.communes import MAX_QUERY, MAX_RESULTS, Commune, find_communes
from app.services.courts import Cdad, Tribunal, cdad_for, procureur_address, tribunal_for

PLACE = "place"  # the typed postcode or commune name
CHOICE = "commune"  # the INSEE code picked among several candidates
STEP = "step"  # "choose" when the choice list was submitted


@dataclass(frozen=True)
class Answer:
    place: str  # what the person typed, to show back in the field
    error: str | None = None  # wording key of the error, if any
    candidates: list[Commune] = field(default_factory=list)
    commune: Commune | None = None
    tribunal: Tribunal | None = None
    cdad: Cdad | None = None
    procureur: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        return 422 if self.error else 200

    @property
    def more_than_listed(self) -> bool:
        return len(self.candidates) >= MAX_RESULTS


def _result(place: str, found: Commune) -> Answer:
    city = found.parent_insee or found.insee
    return Answer(
        place=place,
        commune=found,
        tribunal=tribunal_for(found.insee) or tribunal_for(city),
        cdad=cdad_for(found.departement),
        procureur=procureur_address(found.insee) or procureur_address(city),
    )


def answer(form: Mapping[str, str]) -> Answer:
    """What to show for a posted form (fields PLACE, and CHOICE with STEP after a choice list)."""
    place = form.get(PLACE, "")
    typed = place.strip()
    if not typed:
        return Answer(place=place, error="error_empty")
    if len(typed) > MAX_QUERY:
        return Answer(place=place, error="error_too_long")
    candidates = find_communes(typed)
    if not candidates:
        return Answer(place=place, error="error_not_found")
    chosen = form.get(CHOICE, "")
    if chosen:
        match = next((c for c in candidates if c.insee == chosen), None)
        if match is None:
            return Answer(place=place, error="error_choose_invalid", candidates=candidates)
        return _result(place, match)
    if len(candidates) == 1:
        return _result(place, candidates[0])
    if form.get(STEP) == "choose":
        return Answer(place=place, error="error_choose_missing", candidates=candidates)
    return Answer(place=place, candidates=candidates)
