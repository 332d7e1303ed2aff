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
