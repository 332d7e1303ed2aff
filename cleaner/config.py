"""``[tool.cleaner]`` in the nearest ``pyproject.toml``.

The nearest ``pyproject.toml`` that has a ``[tool.cleaner]`` table, searched
upward from the directory that holds every path given (as black does; the
current directory for stdin or no path), configures a run (``--config FILE`` names
one, ``--isolated`` ignores them all). Command-line flags win over it. Keys::

    [tool.cleaner]
    select = ["B", "T"]            # rule codes or prefixes
    ignore = ["N003"]
    extend-select = ["B110"]       # added to select (or to the defaults)
    extend-ignore = ["F"]          # added to ignore
    per-file-ignores = {"archive/*" = ["N"], "press-*.txt" = ["B008"]}
    languages = ["en"]             # [] or ["all"]: clean every language
    assume-language = "en"         # skip detection
    other-languages = "clean"      # or "keep": leave other languages unchanged
    unsafe-fixes = true            # false: report unsafe fixes instead
    name-style = "default"         # house style of the name registry
    name-files = ["names.toml"]    # relative to the pyproject.toml
    include = ["*.txt", "*.html"]  # file globs taken from directories
    extend-include = ["*.md"]      # added to include (or to the default list)
    exclude = ["drafts"]           # added to the built-in exclusions
    extend-exclude = ["tmp"]       # added to them too (ruff's and black's name)
    force-exclude = true           # exclude named files too (pre-commit names them)
    respect-gitignore = false      # walk what ignore files (.gitignore, .ignore…) ignore too
    repeated-lines-file = "repeated.txt"   # cleaner.corpus.save output, or lines
    min-kept-ratio = 0.1
    min-kept-words = 25
    max-size = "16M"               # a larger document is an error; 0 or "none": no limit

Every problem is a :class:`ConfigError` whose message names the file and the
key.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from . import lazyre
from .rules import BUILTIN_REPORTS, REGISTRY


class ConfigError(Exception):
    """A bad configuration (file, key, value); the message says which."""


@dataclass
class FileConfig:
    """The ``[tool.cleaner]`` table, validated; paths made absolute."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _str_list(v: Any) -> list[str]:
    if isinstance(v, str):
        return [s.strip() for s in v.split(",") if s.strip()]
    if isinstance(v, list) and all(isinstance(s, str) for s in v):
        return [s.strip() for s in v if s.strip()]
    raise ValueError("expected a list of strings")


def _str(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("expected a non-empty string")
    return v.strip()


def _ratio(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
        raise ValueError("expected a number between 0 and 1")
    return float(v)


def _count(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError("expected a whole number >= 0")
    return v


def _size(v: Any) -> int:
    from .limits import parse_size
    return parse_size(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("expected true or false")
    return v


def language_problem(code: str) -> str | None:
    """Why ``code`` is not a language code cleaner knows, or None."""
    from . import language

    if language.known(code):
        return None
    return (f"unknown language code {code!r}: neither langdetect nor the stop-word lists "
            "know it (ISO 639-1, e.g. 'en', 'de')")


def _languages(v: Any) -> list[str]:
    codes = _str_list(v)
    for c in codes:
        problem = None if c.lower() in ("all", "any") else language_problem(c)
        if problem:
            raise ValueError(problem)
    return codes


def _language(v: Any) -> str:
    code = _str(v)
    problem = language_problem(code)
    if problem:
        raise ValueError(problem)
    return code


def style_problem(style: str) -> str | None:
    """Why ``style`` (any case) is not a house style of the name registry, or None."""
    from .names import STYLES

    if style.strip().lower() in STYLES:
        return None
    return f"unknown house style {style!r}; choose one of {', '.join(STYLES)}"


def registry_problem(exc: BaseException) -> str:
    """What is wrong with a name registry file, from what loading it raised."""
    if isinstance(exc, tomllib.TOMLDecodeError):
        return f"invalid TOML ({exc})"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(exc, OSError):
        return f"cannot read ({exc.strerror or exc})"
    return f"not a valid name registry ({type(exc).__name__}: {exc})"


def _style(v: Any) -> str:
    style = _str(v)
    problem = style_problem(style)
    if problem:
        raise ValueError(problem)
    return style


def _choice(*choices: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in choices:
            raise ValueError(f"expected one of {', '.join(map(repr, choices))}")
        return v
    return check


def _per_file_ignores(v: Any) -> list[tuple[str, list[str]]]:
    if not isinstance(v, dict):
        raise ValueError('expected a table of globs and rule codes '
                         '({"drafts/*" = ["B005"]})')
    out = []
    for glob, codes in v.items():
        try:
            out.append((glob, _str_list(codes)))
        except ValueError:
            raise ValueError(f"{glob!r}: expected a list of rule codes, got {codes!r}") from None
    return out


KEYS: dict[str, Callable[[Any], Any]] = {
    "select": _str_list,
    "ignore": _str_list,
    "extend-select": _str_list,
    "extend-ignore": _str_list,
    "per-file-ignores": _per_file_ignores,
    "languages": _languages,
    "assume-language": _language,
    "other-languages": _choice("clean", "keep"),
    "unsafe-fixes": _bool,
    "name-style": _style,
    "name-files": _str_list,
    "include": _str_list,
    "extend-include": _str_list,    # added to include (or the default list), as ruff's
    "exclude": _str_list,
    "extend-exclude": _str_list,    # added to exclude, as ruff's and black's
    "force-exclude": _bool,
    "respect-gitignore": _bool,
    "repeated-lines-file": _str,
    "min-kept-ratio": _ratio,
    "min-kept-words": _count,
    "max-size": _size,
}
PATH_KEYS = {"name-files", "repeated-lines-file"}


def known_code_prefix(prefix: str) -> bool:
    """Whether ``prefix`` names at least one rule (or is ``ALL``)."""
    p = prefix.strip().upper()
    if p == "ALL":
        return True
    return bool(p) and any(c.startswith(p) for c in (*REGISTRY, *BUILTIN_REPORTS))


def unknown_code(code: str) -> str:
    """What is said of ``code``, which names no rule: a rule's name (as
    `cleaner explain` takes it) gets the code to give instead."""
    name = code.strip().lower().replace("_", "-")
    named = [c for c, r in REGISTRY.items() if r.name == name] + [
        c for c, (n, _doc) in BUILTIN_REPORTS.items() if n == name]
    if named:
        return f"{code!r} is a rule's name, not a code: give {named[0]} ({name})"
    return f"unknown rule code or prefix {code!r} (see `cleaner rules`)"


def check_codes(codes: list[str], where: str) -> list[str]:
    out = []
    for c in codes:
        if not known_code_prefix(c):
            raise ConfigError(f"{where}: {unknown_code(c)}")
        out.append(c.strip().upper())
    return out


#: A table header of ours, even a broken one ("[tool.cleaner", "[ tool.cleaner ]").
_MENTIONS_US = lazyre.compile(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*cleaner\b", re.MULTILINE)


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.cleaner]`` table, from
    ``start`` (default: the current directory) upward."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                # a broken pyproject on the way up: report it only when it
                # mentions us, otherwise it is somebody else's business
                try:
                    if _MENTIONS_US.search(candidate.read_text(encoding="utf-8",
                                                               errors="replace")):
                        return candidate
                except OSError:
                    pass
                continue
            if "cleaner" in data.get("tool", {}):
                return candidate
    return None


def load(path: Path, required: bool = False) -> FileConfig:
    """Read and validate ``[tool.cleaner]`` of ``path``."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    table = data.get("tool", {}).get("cleaner")
    if table is None:
        if required:
            raise ConfigError(f"{path}: no [tool.cleaner] table")
        return FileConfig(path, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    values: dict[str, Any] = {}
    base = path.parent
    for key, value in table.items():
        where = f"{path}: [tool.cleaner] {key}"
        if key not in KEYS:
            # the key meant, first: `language` (as the flag --language),
            # `extend_ignore`, `ignores`
            import difflib
            close = difflib.get_close_matches(key.replace("_", "-").lower(), KEYS, n=1)
            meant = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(f"{where}: unknown key ({meant}known: {', '.join(sorted(KEYS))})")
        try:
            v = KEYS[key](value)
        except ValueError as exc:
            msg = str(exc)
            if msg.startswith("expected"):   # say what was there instead
                msg += f", got {value!r}"
            raise ConfigError(f"{where}: {msg}") from None
        if key in ("select", "ignore", "extend-select", "extend-ignore"):
            v = check_codes(v, where)
        if key == "per-file-ignores":
            v = [(glob, check_codes(codes, f"{where}: {glob!r}")) for glob, codes in v]
        if key in PATH_KEYS and v != "learn":
            paths = [base / p for p in (v if isinstance(v, list) else [v])]
            for p in paths:
                if not p.is_file():
                    raise ConfigError(f"{where}: no such file {str(p)!r}")
            v = [str(p) for p in paths] if isinstance(v, list) else str(paths[0])
        values[key] = v
    return FileConfig(path, values)


def discover(config: str | None = None, isolated: bool = False,
             cwd: Path | None = None) -> FileConfig:
    """The configuration of a run: ``config`` if given, else the nearest
    pyproject with ``[tool.cleaner]`` from ``cwd`` (the files' common
    directory; default: the current directory) upward, else none."""
    if isolated:
        return FileConfig()
    if config:
        return load(Path(config), required=True)
    found = find_pyproject(cwd)
    return load(found) if found else FileConfig()


def read_repeated_lines(path: str, where: str | None = None) -> frozenset[str]:
    """The repeated lines of a corpus (rule B110): a file written by
    ``cleaner.corpus.save`` (digests), or a hand-written list of lines, one a
    line (``#`` comments and blank lines skipped). ``where`` names the
    option or configuration key that gave ``path``, for the error."""
    from . import corpus

    try:
        return corpus.load(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8: {exc.reason} at byte {exc.start}"
    except ValueError as exc:
        reason = str(exc).removeprefix(f"{path}: ")
    # "--repeated-lines x.txt: …", "pyproject.toml: [tool.cleaner] repeated-lines-file: x.txt: …"
    prefix = "" if not where else f"{where} " if where.startswith("--") else f"{where}: "
    raise ConfigError(f"{prefix}{path}: cannot read repeated lines ({reason})")
