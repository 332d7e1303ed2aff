"""Finding the configuration: a broken pyproject that is ours stops the run."""
from __future__ import annotations

import pytest

from cleaner import config


@pytest.mark.parametrize("header", ["[tool.cleaner", "[ tool.cleaner ]\nselect = [", "[tool.cleaner]]"])
def test_a_broken_pyproject_of_ours_is_found_and_refused(tmp_path, header):
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n{header}\nselect = ["B"]\n',
                                             encoding="utf-8")
    sub = tmp_path / "docs"
    sub.mkdir()
    assert config.find_pyproject(sub) == tmp_path / "pyproject.toml"
    with pytest.raises(config.ConfigError, match="invalid TOML"):
        config.discover(cwd=sub)


def test_a_broken_pyproject_of_someone_else_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.black\nline-length = 80\n', encoding="utf-8")
    assert config.find_pyproject(tmp_path) is None


@pytest.mark.parametrize("body, message", [
    ('name-style = "nonsense"',
     "name-style: unknown house style 'nonsense'; choose one of default, ap, bbc, reuters"),
    ('name-style = 3', "name-style: expected a non-empty string, got 3"),
    ('languages = ["en", "xx"]', "languages: unknown language code 'xx'"),
    ('languages = "en,zz"', "languages: unknown language code 'zz'"),
    ('assume-language = "xx"', "assume-language: unknown language code 'xx'"),
    ('other-languages = "drop"', "other-languages: expected one of 'clean', 'keep', got 'drop'"),
    ('unsafe-fixes = "yes"', "unsafe-fixes: expected true or false, got 'yes'"),
    ('include = 3', "include: expected a list of strings, got 3"),
    ('exclude = [1]', "exclude: expected a list of strings, got [1]"),
    ('ignore = ["Q9"]', "ignore: unknown rule code or prefix 'Q9'"),
    ('repeated-lines-file = "missing.txt"', "repeated-lines-file: no such file"),
    ('min-kept-words = -1', "min-kept-words: expected a whole number >= 0, got -1"),
])
def test_every_bad_value_names_the_file_and_the_key(tmp_path, body, message):
    p = tmp_path / "cleaner.toml"
    p.write_text(f"[tool.cleaner]\n{body}\n", encoding="utf-8")
    with pytest.raises(config.ConfigError) as exc:
        config.load(p)
    assert str(exc.value).startswith(f"{p}: [tool.cleaner] ")
    assert message in str(exc.value)


def test_good_values_in_any_case_are_accepted(tmp_path):
    p = tmp_path / "cleaner.toml"
    p.write_text('[tool.cleaner]\nname-style = "BBC"\nlanguages = ["All", "en"]\n'
                 'assume-language = "DE"\n', encoding="utf-8")
    assert config.load(p).values == {"name-style": "BBC", "languages": ["All", "en"],
                                     "assume-language": "DE"}
    p.write_text('[tool.cleaner]\nlanguages = ["all", "whatever"]\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="languages: unknown language code 'whatever'"):
        config.load(p)
