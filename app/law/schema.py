"""Frozen records for the law as dated data, and the shared circumstance vocabulary.

Rules are immutable once loaded so that every page, letter and API answer built in one
process reads exactly the same law. Dates are always explicit: nothing here knows "today".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

# Circumstance keys shared with the qualification engine (docs/architecture.md).
SHARED_CIRCUMSTANCES = frozenset(
    {
        "online_public",  # online public communication service
        "partner",  # spouse, cohabitant, PACS partner, or former partner
        "minor_victim",
        "minor_under_15",
        "several_authors",
        "vulnerable_victim",
        "threat_executed",
        "organised_gang",
        "itt_over_8_days",
        "digital_medium",
    }
)

# Keys added by the law data because an article names a circumstance the shared list lacks.
# Each is used only where the article's own wording is quoted in the aggravation label.
EXTRA_CIRCUMSTANCES = frozenset(
    {
        "abuse_of_authority",  # 222-33 1°, 226-3-1 1°: abuse of the authority of one's office
        "economic_precarity",  # 222-33 4°: vulnerability from economic or social precarity
        "minor_present",  # 222-33 7°, 222-33-2-2 5°: a minor was present and witnessed it
        "ascendant_or_authority",  # 222-33 8°: ascendant or person with authority over victim
        "public_role",  # 226-1, 222-33-2-2 4° bis, 223-1-1: public official, elected official,
        #                 candidate or journalist (or family), as each article defines it
        "public_transport",  # 226-3-1 5°: public transport or station
        "images_recorded",  # 226-3-1 6°: images fixed, recorded or transmitted
        "suicide_or_attempt",  # 222-33-2-3: harassment led the victim to (attempt) suicide
    }
)

CIRCUMSTANCES = SHARED_CIRCUMSTANCES | EXTRA_CIRCUMSTANCES

# The codes (and the one uncodified law, the LCEN) whose articles the data holds, in the order
# pages list them: criminal law first, then the civil routes and child protection.
CODES = ("code_penal", "code_procedure_penale", "code_justice_penale_mineurs", "code_civil",
         "code_procedure_civile", "code_action_sociale_familles", "lcen")
# Each code's rule ids start with its prefix (none for the Code pénal).
CODE_PREFIXES = {"code_penal": "", "code_procedure_penale": "cpp-",
                 "code_justice_penale_mineurs": "cjpm-", "code_civil": "cciv-",
                 "code_procedure_civile": "cpc-", "code_action_sociale_familles": "casf-",
                 "lcen": "lcen-"}
# The LEGITEXT identifier of each code in DILA's LEGI base (Légifrance), which every rule file
# states again so that a reader of one file, and the law watch, need no other table. A law that
# is not a code (loi n° 2004-575, the LCEN) is filed under its JORFTEXT identifier.
CODE_LEGITEXT = {
    "code_penal": "LEGITEXT000006070719",
    "code_procedure_penale": "LEGITEXT000006071154",
    "code_justice_penale_mineurs": "LEGITEXT000039086952",
    "code_civil": "LEGITEXT000006070721",
    "code_procedure_civile": "LEGITEXT000006070716",
    "code_action_sociale_familles": "LEGITEXT000006074069",
    "lcen": "JORFTEXT000000801164",
}
# Written where no LEGIARTI identifier is known, so that a missing id is a statement, not a gap.
UNKNOWN_ID = "unknown"
# general_provision: an article that defines or raises other offences without a penalty of its
# own (222-22 defines sexual assault; 132-80 the partner aggravation), or that sets how minors'
# penalties are reduced (CJPM), or a rule of civil law (Code civil 9, 1242).
# duty: a duty to inform the authorities (CPP 40 al. 2, CASF L226-2-1, Code pénal 434-3). The
# data states the duty, who owes it and to whom; where failing it is itself punished (434-3), the
# penalty is read in the quoted text, not held as one of the site's offences.
KINDS = ("offence", "procedure", "complementary_penalty", "general_provision", "duty")
GRADES = ("A", "B", "C", "U")
# What a version's `start` is: the day it came into force, the date of the dated copy the
# text was read from (the version may be older), or the first day the data can vouch for it.
START_BASES = ("in_force", "text_checked", "held_from")


class LawDataError(ValueError):
    """The law data is malformed; the message names the file and the field."""

    def __init__(self, file: str, field_name: str, problem: str):
        self.file = file
        self.field = field_name
        self.problem = problem
        super().__init__(f"{file}: {field_name}: {problem}")


class UnknownArticle(LookupError):
    """No rule with this id is held in the law data."""


class UnknownConduct(LookupError):
    """The rule has no conduct with this key."""


@dataclass(frozen=True, order=True)
class Penalty:
    """A maximum penalty (peine encourue) for an adult offender."""

    prison_years: int | float
    fine_eur: int
    applied: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Aggravation:
    """A named circumstance that raises the penalty.

    `item` groups keys that are one circumstance in the article (222-33-2-2 4° covers both
    online services and digital media) so that counted tiers count circumstances, not keys.
    `conducts` limits the aggravation to some conducts of the article (empty: all of them).
    """

    key: str
    label: Mapping[str, str]
    penalty: Penalty
    item: str
    conducts: tuple[str, ...] = ()
    grade: str | None = None


@dataclass(frozen=True)
class CountedTier:
    """A penalty that applies when at least `count` distinct circumstances are present."""

    count: int
    penalty: Penalty


@dataclass(frozen=True)
class Conduct:
    """One of several conducts an article punishes separately (227-23)."""

    key: str
    label: Mapping[str, str]
    penalty: Penalty


@dataclass(frozen=True)
class Version:
    """One dated version of a rule. `start_exact` is False when the start is only the
    best-supported date (the reference asks for it to be checked). `start_basis` says whether
    `start` is an entry into force at all: "text_checked" and "held_from" dates only bound
    what the data holds and must never be shown as the day the version came into force.
    `legifrance_id` is this version's LEGIARTI identifier, None where the data says "unknown";
    `legifrance_id_derived` marks an id read from a URL of a third-party site, not opened on
    Légifrance."""

    start: date
    end: date | None
    start_exact: bool
    enacted_by: Mapping[str, str]
    text: Mapping[str, str]
    text_source: str | None
    legifrance_id: str | None
    penalty: Penalty | None
    aggravations: tuple[Aggravation, ...]
    counted: tuple[CountedTier, ...]
    conducts: tuple[Conduct, ...]
    values: Mapping[str, object]
    grade: str | None
    uncertain: Mapping[str, str] | None
    start_basis: str = "in_force"
    legifrance_id_derived: bool = False
    text_excerpt: bool = False  # the quotation is one part of the article (222-33: its III)
    # One grade per statement: `grade` is how sure the version's dating is (its start, end and
    # amending text); `text_grade` how sure the quoted wording is. Either, when absent, is the
    # rule's grade (312-10's third paragraph: dated from one secondary source, C, but its words
    # read in the official export, A).
    text_grade: str | None = None

    @property
    def in_force_since(self) -> date | None:
        """The day this version came into force, when the data holds one."""
        return self.start if self.start_basis == "in_force" else None

    def applies_on(self, on_date: date) -> bool:
        return self.start <= on_date and (self.end is None or on_date <= self.end)

    def conduct(self, key: str) -> Conduct:
        for conduct in self.conducts:
            if conduct.key == key:
                return conduct
        raise UnknownConduct(key)


@dataclass(frozen=True)
class Rule:
    """One article (or procedure rule) with its dated versions, sources and grade.

    `earlier_versions` is set when the article existed before the first version held:
    then a date before `versions[0].start` means "not held", not "not in force".
    `legitext` is the LEGITEXT identifier of the code; `legifrance_id` the article's own
    LEGIARTI identifier used for links (often its first version's), None where unknown.
    """

    id: str
    code: str
    article: str
    kind: str
    title: Mapping[str, str]
    complaint_required: bool
    legifrance_id: str | None
    url: str
    grade: str
    checked_on: date
    sources: tuple[str, ...]
    versions: tuple[Version, ...]
    uncertain: Mapping[str, str] | None
    earlier_versions: Mapping[str, str] | None
    legitext: str = ""
    legifrance_id_derived: bool = False

    def version_at(self, on_date: date) -> Version | None:
        if not isinstance(on_date, date):
            raise TypeError("version_at needs an explicit datetime.date")
        for version in self.versions:
            if version.applies_on(on_date):
                return version
        return None

    def coverage_at(self, on_date: date) -> str:
        """'in_force', 'not_in_force', or 'not_held' (existed, but no version is held)."""
        if self.version_at(on_date) is not None:
            return "in_force"
        if self.earlier_versions and on_date < self.versions[0].start:
            return "not_held"
        return "not_in_force"

    @property
    def current(self) -> Version:
        """The latest version held (may have an end date if the rule was repealed)."""
        return self.versions[-1]
