"""Finding the configuration: a broken pyproject that is ours stops the run."""
from __future__ import annotations

import os
import re

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


# -- where the configuration is looked up from (review12 U5) ----------------

_ARTICLE = ("Harbour news\n\nThe city council approved a new ferry route on Monday, "
            "officials said.\n\nRead more: Ferry fares to rise\n")


def _project(tmp_path):
    """tmp_path/project/pyproject.toml ignoring B005 and excluding drafts/;
    an article in project/articles/ and project/articles/drafts/."""
    proj = tmp_path / "project"
    (proj / "articles" / "drafts").mkdir(parents=True)
    (proj / "pyproject.toml").write_text(
        '[tool.cleaner]\nignore = ["B005"]\nexclude = ["drafts"]\n', encoding="utf-8")
    (proj / "articles" / "a.txt").write_text(_ARTICLE, encoding="utf-8")
    (proj / "articles" / "drafts" / "d.txt").write_text(_ARTICLE, encoding="utf-8")
    return proj


def _check(cwd, *args):
    from click.testing import CliRunner

    from cleaner.cli import cli

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, ["check", *map(str, args)], catch_exceptions=False)
    finally:
        os.chdir(old)


def test_the_configuration_is_found_from_the_files_not_the_current_directory(tmp_path):
    """As black: the files' common directory, upward; the same findings from
    the project and from outside it."""
    proj = _project(tmp_path)
    inside = _check(proj, "articles/a.txt")
    outside = _check(tmp_path, "project/articles/a.txt")
    assert "B005" not in inside.stdout and "B005" not in outside.stdout
    assert inside.stdout.replace("articles/", "") == \
        outside.stdout.replace("project/articles/", "")
    # --force-exclude: the configuration's exclude, from its own directory
    r = _check(tmp_path, "--force-exclude", "project/articles/drafts/d.txt")
    assert r.exit_code == 0 and "no file checked" in r.stdout


def test_files_outside_a_configured_tree_do_not_take_its_configuration(tmp_path):
    """Negative: a file beside the project, checked from inside the project,
    is not configured by it; the current directory's configuration still
    applies to its own files, and --isolated ignores them all."""
    proj = _project(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(_ARTICLE, encoding="utf-8")
    assert "B005" in _check(proj, "../other/b.txt").stdout
    assert "B005" not in _check(proj, ".").stdout
    assert "B005" in _check(proj, "--isolated", "articles/a.txt").stdout
    assert config.discover(cwd=other) == config.FileConfig()


def test_verbose_names_the_configuration_that_applies(tmp_path):
    """-v says which configuration the run took, as ruff's and black's -v
    do — the first question when a rule fires, or does not, against
    expectation: the pyproject found from the files, the one --config
    names, or none (with where it was looked for, or --isolated). Without
    -v, and with -q, it is not said (negative)."""
    proj = _project(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(_ARTICLE, encoding="utf-8")
    found = f"note: configuration: {proj / 'pyproject.toml'} ([tool.cleaner])"
    assert found in _check(tmp_path, "-v", "project/articles/a.txt").stderr.splitlines()
    assert found in _check(other, "-v", "--config", proj / "pyproject.toml",
                           "b.txt").stderr.splitlines()
    r = _check(proj, "-v", "../other/b.txt")
    assert (f"note: configuration: none (no pyproject.toml with [tool.cleaner] from "
            f"{other} upward; --config FILE names one)") in r.stderr.splitlines()
    assert "note: configuration: none (--isolated)" in _check(
        proj, "-v", "--isolated", "articles/a.txt").stderr.splitlines()
    assert "configuration" not in _check(proj, "articles/a.txt").stderr
    assert "configuration" not in _check(proj, "-v", "-q", "articles/a.txt").stderr


# -- per-file-ignores, extend-select, extend-ignore (as ruff has them) ------

def test_per_file_ignores_turn_codes_off_for_the_files_they_match(tmp_path):
    proj = _project(tmp_path)
    (proj / "pyproject.toml").write_text(
        '[tool.cleaner]\nper-file-ignores = {"drafts" = ["B005"], "articles/b*.txt" = ["B"]}\n',
        encoding="utf-8")
    (proj / "articles" / "b.txt").write_text(_ARTICLE, encoding="utf-8")
    for jobs in ("1", "2"):
        r = _check(proj, "-j", jobs, "articles")
        by_file = {}
        for line in r.stdout.splitlines()[:-1]:
            path, rest = line.split(":", 1)
            by_file.setdefault(path, []).append(rest.split()[1])
        # negative: a.txt, matched by neither glob, keeps its B005
        assert "B005" in by_file["articles/a.txt"]
        assert "B005" not in by_file.get("articles/drafts/d.txt", [])
        assert not [c for c in by_file.get("articles/b.txt", []) if c.startswith("B")]
    # clean: each file as `--ignore` of its codes would clean it
    from click.testing import CliRunner

    from cleaner.cli import cli
    old = os.getcwd()
    os.chdir(proj)
    try:
        run = CliRunner().invoke
        run(cli, ["clean", "articles", "-o", "out"], catch_exceptions=False)
        alone = {args: run(cli, ["clean", "--isolated", *args], input=_ARTICLE).stdout
                 for args in ((), ("--ignore", "B005"), ("--ignore", "B"))}
    finally:
        os.chdir(old)
    out = proj / "out"
    assert (out / "drafts" / "d.txt").read_text(encoding="utf-8") == alone[("--ignore", "B005")]
    assert (out / "b.txt").read_text(encoding="utf-8") == alone[("--ignore", "B")]
    assert (out / "a.txt").read_text(encoding="utf-8") == alone[()]
    # with every B rule off its teaser stays; a.txt loses it
    assert "Read more" in alone[("--ignore", "B")] and "Read more" not in alone[()]


def test_extend_select_and_extend_ignore_add_to_the_selection(tmp_path):
    proj = _project(tmp_path)
    (proj / "pyproject.toml").write_text(
        '[tool.cleaner]\nselect = ["L"]\nextend-select = ["B005"]\nextend-ignore = ["L005"]\n',
        encoding="utf-8")
    codes = {l.split()[1] for l in _check(proj, "articles/a.txt").stdout.splitlines()[:-1]}
    assert "B005" in codes and "L005" not in codes
    assert not [c for c in codes if c[0] not in "LB" or (c[0] == "B" and c != "B005")]
    # no select: extend-select adds to the default rules
    (proj / "pyproject.toml").write_text('[tool.cleaner]\nextend-select = ["B110"]\n',
                                         encoding="utf-8")
    assert "B005" in _check(proj, "articles/a.txt").stdout
    # the same on the command line
    r = _check(proj, "--isolated", "--select", "L", "--extend-select", "B005",
               "--extend-ignore", "L005", "articles/a.txt")
    codes = {l.split()[1] for l in r.stdout.splitlines()[:-1]}
    assert "B005" in codes and "L005" not in codes


@pytest.mark.parametrize("body, message", [
    ('per-file-ignores = ["B005"]', "per-file-ignores: expected a table of globs"),
    ('per-file-ignores = {"x/*" = 3}', "per-file-ignores: 'x/*': expected a list of rule codes"),
    ('per-file-ignores = {"x/*" = ["Z9"]}', "per-file-ignores: 'x/*': unknown rule code"),
    ('extend-select = ["Z9"]', "extend-select: unknown rule code or prefix 'Z9'"),
    ('extend-ignore = 3', "extend-ignore: expected a list of strings, got 3"),
])
def test_bad_per_file_and_extend_values_name_the_key(tmp_path, body, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.cleaner]\n{body}\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=re.escape(message)):
        config.discover(cwd=tmp_path)
