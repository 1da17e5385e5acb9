"""The strict loader: one broken fixture per rule; each error must name the file and field."""

from pathlib import Path

import pytest

from app.law import LawDataError, load_registry

FIXTURES = Path(__file__).parent / "fixtures"

# (fixture folder, file named in the error, field named in the error, words of the problem)
BROKEN = [
    ("unknown_key", "226-8.yaml", "penalties", "unknown key"),
    ("missing_field", "226-8.yaml", "title", "missing required field"),
    ("missing_sources", "226-8.yaml", "sources", "missing required field"),
    ("missing_checked_on", "226-8.yaml", "checked_on", "missing required field"),
    ("bad_date", "226-8.yaml", "versions[0].start", "bad date"),
    ("unordered_versions", "226-8.yaml", "versions[1].start", "not in date order"),
    ("overlapping_versions", "226-8.yaml", "versions[1].start", "overlaps"),
    ("open_version_not_last", "226-8.yaml", "versions[0].end", "open-ended"),
    ("unknown_aggravation", "226-8.yaml", "versions[0].aggravations[0].key", "on_the_internet"),
    ("missing_language", "226-8.yaml", "title.en", "missing language"),
    ("label_missing_language", "226-8.yaml", "versions[0].aggravations[0].label.fr",
     "missing language"),
    ("id_mismatch", "226-8.yaml", "id", "does not match"),
    ("lighter_aggravation", "226-8.yaml", "versions[0].aggravations[0].penalty", "lighter"),
    ("duplicate_key", "226-8.yaml", "(yaml)", "duplicate key 'grade'"),
    ("inexact_start_without_note", "226-8.yaml", "versions[0].uncertain", "uncertain note"),
    ("bad_start_basis", "226-8.yaml", "versions[0].start_basis", "is inexact"),
    ("checked_start_without_earlier", "226-8.yaml", "earlier_versions", "not held"),
    ("quote_without_source", "226-8.yaml", "versions[0].text_source", "source"),
    ("offence_without_penalty", "226-8.yaml", "versions[0].penalty", "missing required field"),
    ("complaint_list_mismatch", "226-6.yaml", "versions[-1].values.articles", "226-8"),
    ("yaml_syntax", "226-8.yaml", "(yaml)", "line"),
    ("legitext_of_another_code", "226-8.yaml", "legitext", "is not the code_penal"),
    ("version_without_id", "226-8.yaml", "versions[0].legifrance_id", "or unknown"),
    ("malformed_legiarti", "226-8.yaml", "legifrance_id", "neither a LEGIARTI"),
    ("derived_unknown_id", "226-8.yaml", "versions[0].legifrance_id_derived", "cannot be derived"),
    ("duplicate_version_id", "226-8.yaml", "versions[1].legifrance_id", "earlier version"),
    ("excerpt_without_text", "226-8.yaml", "versions[0].text_excerpt", "with a quoted text"),
    ("bad_code_prefix", "cjpm-l121-6.yaml", "code", "cjpm- for code_justice_penale_mineurs"),
]


@pytest.mark.parametrize(("folder", "file", "field", "problem"), BROKEN)
def test_broken_data_is_refused_with_file_and_field(folder, file, field, problem):
    with pytest.raises(LawDataError) as caught:
        load_registry(FIXTURES / folder)
    error = caught.value
    assert (error.file, error.field) == (file, field)
    assert str(error).startswith(f"{file}: {field}: ")
    assert problem in error.problem


def test_every_rule_of_the_loader_has_a_fixture():
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(
        folder for folder, *_ in BROKEN
    )


def test_an_empty_folder_is_refused(tmp_path):
    with pytest.raises(LawDataError, match="no rule files"):
        load_registry(tmp_path)


def test_a_fixture_repaired_loads(tmp_path):
    """Guards the fixtures themselves: removing the one fault makes the file valid."""
    text = (FIXTURES / "unknown_key" / "226-8.yaml").read_text(encoding="utf-8")
    repaired = "\n".join(line for line in text.splitlines() if not line.startswith("penalties"))
    (tmp_path / "226-8.yaml").write_text(repaired, encoding="utf-8")
    assert [rule.id for rule in load_registry(tmp_path).all()] == ["226-8"]


def test_the_application_does_not_start_on_broken_law_data(monkeypatch, tmp_path):
    """Start-up itself refuses: a copy of the real data with one unknown key stops create_app."""
    import shutil

    from app import create_app
    from app.law import registry

    data = tmp_path / "data"
    shutil.copytree(registry.DATA_DIR, data)
    target = data / "226-8-1.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\nfavourite_colour: blue\n",
                      encoding="utf-8")
    monkeypatch.setattr(registry, "DATA_DIR", data)
    registry.get_registry.cache_clear()
    try:
        with pytest.raises(LawDataError) as caught:
            create_app({"TESTING": True})
    finally:
        registry.get_registry.cache_clear()
    assert "226-8-1.yaml" in str(caught.value) and "favourite_colour" in str(caught.value)
