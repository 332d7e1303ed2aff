"""What the command line takes by default: the files of a directory walk,
the input formats. A light module (no rules, no pipeline), so that
``cleaner --help`` and ``--version`` import nothing heavy.

The walk takes article dumps, and leaves out the files every repository has
that are not articles — as ruff and black never touch a file that is not
Python: cleaned as news, a licence would lose its copyright line, a
``requirements.txt`` would get blank lines, a ``README.md`` its code blocks
split into paragraphs. ``NOT_ARTICLE_PATTERN`` is the ``exclude:`` of the
pre-commit hooks (``.pre-commit-hooks.yaml``; a test keeps the two equal).
"""
from __future__ import annotations

from . import lazyre

#: Files taken from a directory (``--include`` replaces the list,
#: ``--extend-include`` adds to it). No ``*.md``: in most trees Markdown is
#: documentation (README, CHANGELOG, docs/), which the news pipeline would
#: reflow; ``--extend-include '*.md'`` (or naming the file) takes it.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.jsonl.gz")
#: Always excluded when walking a directory: hidden files and directories
#: (this includes the temporary files of an interrupted run), caches, and
#: installed packages — a ``venv/`` at a project's root holds
#: ``entry_points.txt``, ``top_level.txt``…, which ``clean --in-place .``
#: would rewrite, breaking the packages (ruff and black leave these out
#: too), as does the ``*.egg-info`` an editable install leaves beside the
#: code. A directory holding ``pyvenv.cfg`` or ``conda-meta``, a virtual
#: environment whatever its name, is left out as well (batch.list_sources).
BUILTIN_EXCLUDE = (".*", "__pycache__", "node_modules", "venv", "site-packages",
                   "dist-packages", "__pypackages__", "*.egg-info", "*.dist-info")
#: What marks a directory as a Python environment (virtualenv, conda).
ENVIRONMENT_MARKERS = ("pyvenv.cfg", "conda-meta")
#: The files of a repository that are not articles, by name, in any
#: directory and any case (with any suffix), and a ``requirements/``
#: directory: a directory walk leaves them out, and so does
#: ``--force-exclude`` for a file named on the command line. A regular
#: expression searched in the path (``/``-separated), as pre-commit's
#: ``exclude:``; the same text as the hooks'.
NOT_ARTICLE_PATTERN = r"""(?ix)(^|/)(
      licen[cs]e|copying|copyright|notice|third[-_]party[-_]notices|patents|
      authors|contributors|maintainers|credits|changelog|changes|
      readme|code[-_]of[-_]conduct|contributing|security|install|
      cmakelists|robots|humans|ads|app-ads|
      (requirements|constraints)([-_.][^/]*)?
    )(\.[^/]*)?$|(^|/)requirements/"""
NOT_ARTICLE = lazyre.compile(NOT_ARTICLE_PATTERN)
#: ``--format``
FORMATS = ("auto", "text", "html", "jsonl")


def not_an_article(path: str) -> bool:
    """Whether ``path`` (``/``-separated, relative to the directory walked
    or to the configuration's) names a file that is not an article by its
    name (:data:`NOT_ARTICLE`)."""
    return NOT_ARTICLE.search(path) is not None
