"""The command line: ``cleaner clean | check | rules | explain``.

``main(argv) -> int`` runs it in-process (tests, pre-commit hooks); the
``cleaner`` console script calls it. Exit codes, as ruff and black have them:
0 — nothing to do / done; 1 — ``check`` found files that would change (or,
with ``--strict``, any finding; ``clean --check`` and ``clean --diff``, as
``ruff format --diff``, likewise; ``clean --exit-non-zero-on-fix``: files
were changed); 2 — usage, configuration or I/O errors (after the rest of the
batch has been done).
"""
from __future__ import annotations

import collections
import dataclasses
import gc
import importlib
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import click

from .defaults import DEFAULT_INCLUDE, FORMATS
from .io import ClosedStream, GuardedStream, StreamError
from .limits import LISTED_PER_RULE
from .model import Change, Report
from .report import report_stream

if TYPE_CHECKING:  # pragma: no cover
    from .batch import BatchResult, DocResult
    from .config import FileConfig
    from .pipeline import Settings


class _Lazy:
    """A module imported when first used: the rules, the pipeline and the
    configuration (which checks rule codes) take about a second to import,
    which `cleaner --version`, `--help` and a usage error need not pay
    (review 16 U17)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


_config = _Lazy("cleaner.config")
_batch = _Lazy("cleaner.batch")
_pipeline = _Lazy("cleaner.pipeline")
_rules = _Lazy("cleaner.rules")

#: check --output-format, as ruff names them
OUTPUT_FORMATS = ("full", "concise", "json", "github")
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _split(values: Sequence[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or ():
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return out


def _err(msg: str) -> None:
    click.echo(msg, err=True)


#: Whether the command running was given -s/--silent: what is said of how
#: it ended (interrupted, terminated, standard output failing) is not said
#: either, as ruff's -s prints nothing but usage errors; the exit code says it.
_silent = False


def _said(msg: str) -> None:
    """``msg`` on stderr, unless the command is -s/--silent."""
    if not _silent:
        _err(msg)


def _stdout_text() -> Any:
    """Standard output whose failed writes are said (:class:`GuardedStream`),
    or, closed before the command started (``>&-``), a stand-in that says so
    when written."""
    return (GuardedStream(sys.stdout) if sys.stdout is not None
            else ClosedStream("write standard output"))


def _json_text(dumped: str) -> str:
    """JSON (``json.dumps(…, ensure_ascii=False)``) whose lone surrogates —
    a file name's bytes that are not UTF-8, as Python names them — are
    written as JSON's ``\\udcXX`` escapes: valid UTF-8 that any parser reads,
    and the name again in Python."""
    return dumped.encode("utf-8", "backslashreplace").decode("utf-8")


def _stdout_writes_file_names() -> None:
    """A file name that is not UTF-8 (its bytes as surrogates) is written to
    standard output as the bytes it is made of, as ``ls`` and ruff write
    it, where the stream's error handler is strict (a UTF-8 locale): the
    first finding of such a file stopped the batch with a traceback."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", None) == "strict":
        try:
            reconfigure(errors="surrogateescape")
        except (ValueError, OSError):  # pragma: no cover
            pass


def build_settings(opts: dict[str, Any], cfg: FileConfig) -> Settings:
    """Settings from the command line (``opts``) over ``[tool.cleaner]``."""

    def pick(flag: str, key: str, default: Any = None) -> Any:
        v = opts.get(flag)
        if v not in (None, (), []):
            return v
        return cfg.get(key, default)

    # what the configuration gives was checked when it was read (naming its
    # file and key); what the command line gives is checked here, naming the flag
    select = _split(opts.get("select")) or cfg.get("select", [])
    ignore = _split(opts.get("ignore")) or []
    ignore = [*cfg.get("ignore", []), *ignore]   # ignores add up
    select = _config.check_codes(select, "--select")
    ignore = _config.check_codes(ignore, "--ignore")
    # as ruff: extend-select adds to select (to the default rules when
    # there is none: ALL is what an empty select enables), extend-ignore
    # to ignore
    extend = [*cfg.get("extend-select", []),
              *_config.check_codes(_split(opts.get("extend_select")), "--extend-select")]
    if extend:
        select = [*(select or ["ALL"]), *extend]
    ignore += [*cfg.get("extend-ignore", []),
               *_config.check_codes(_split(opts.get("extend_ignore")), "--extend-ignore")]
    languages = _split(opts.get("languages")) or cfg.get("languages", ["en"])
    given = [("--language", c) for c in _split(opts.get("languages"))
             if c.lower() not in ("all", "any")]
    if opts.get("assume_language"):
        given.append(("--assume-language", opts["assume_language"]))
    for flag, code in given:
        problem = _config.language_problem(code)
        if problem:
            raise _config.ConfigError(f"{flag}: {problem}")
    if any(x.lower() in ("all", "any") for x in languages):
        languages = []
    if opts.get("name_style"):
        problem = _config.style_problem(opts["name_style"])
        if problem:
            raise _config.ConfigError(f"--name-style: {problem}")
    name_files = [*cfg.get("name-files", []), *(opts.get("names") or ())]
    for f in opts.get("names") or ():
        if not Path(f).is_file():
            if Path(f).is_dir():
                raise _config.ConfigError(f"--names {f!r}: a directory, not a file")
            raise _config.ConfigError(f"--names: no such file {f!r}")
    given_by = {f: f"--names {f}" for f in opts.get("names") or ()}
    for f in cfg.get("name-files", []):
        given_by.setdefault(f, f"{cfg.path}: [tool.cleaner] name-files: {f}")
    repeated = frozenset()
    rl_file = pick("repeated_lines", "repeated-lines-file")
    if rl_file and rl_file != "learn":
        repeated = _config.read_repeated_lines(
            rl_file, "--repeated-lines" if opts.get("repeated_lines")
            else f"{cfg.path}: [tool.cleaner] repeated-lines-file")
    kw: dict[str, Any] = dict(
        select=tuple(select), ignore=tuple(ignore),
        languages=tuple(x.lower() for x in languages),
        assume_language=pick("assume_language", "assume-language"),
        other_languages=pick("other_languages", "other-languages", "clean"),
        unsafe_fixes=opts["unsafe_fixes"] if opts.get("unsafe_fixes") is not None
        else cfg.get("unsafe-fixes", True),
        name_style=pick("name_style", "name-style", "default").strip().lower(),
        name_files=tuple(name_files), repeated_lines=repeated)
    if cfg.get("min-kept-ratio") is not None:
        kw["min_kept_ratio"] = cfg.get("min-kept-ratio")
    if cfg.get("min-kept-words") is not None:
        kw["min_kept_words"] = cfg.get("min-kept-words")
    # the registries first, for a message naming the option or key that
    # gave a bad one (Settings would only name the file)
    _validate_names(kw["name_style"], kw["name_files"], given_by)
    return _pipeline.Settings(**kw)


def _registry_problem(exc: BaseException) -> str:
    return _config.registry_problem(exc)


def language_warnings(settings: Settings, opts: dict[str, Any],
                      cfg: FileConfig) -> list[str]:
    """A warning (a list of one, or none) naming the expected languages
    (``--language``, the configuration's ``languages``,
    ``--assume-language``) that have no boilerplate phrase lists of their
    own (``[lang.XX]`` of boilerplate.toml): they are accepted, since the
    rules that hold in any language still clean their documents, but the
    user should know that their share bars, credits and notices are not
    recognised."""
    from .resources import _own_lists

    have = ["en", *sorted(_own_lists())]
    given: list[tuple[str, str]] = []
    if opts.get("languages"):
        given += [("--language", c) for c in settings.languages]
    else:
        given += [(f"languages in {cfg.path}", c) for c in settings.languages]
    if settings.assume_language:
        flag = ("--assume-language" if opts.get("assume_language")
                else f"assume-language in {cfg.path}")
        given.append((flag, settings.assume_language.lower()))
    missing: dict[str, list[str]] = {}
    for flag, code in given:
        if code not in have and all(code not in c for c in missing.values()):
            missing.setdefault(flag, []).append(code)
    if not missing:
        return []
    codes = [c for cs in missing.values() for c in cs]
    named = "; ".join(f"{flag} {', '.join(cs)}" for flag, cs in missing.items())
    these, its = (f"'{codes[0]}'", "its") if len(codes) == 1 else ("these languages", "their")
    return [f"{named}: cleaner has boilerplate phrase lists only for {', '.join(have)}; "
            f"a document in {these} is cleaned by the rules that hold in any language (and "
            f"the English lists), and {its} own share bars, credits and notices are not "
            "recognised"]


def _validate_names(style: str, name_files: Sequence[str],
                    given_by: dict[str, str] | None = None) -> None:
    """Fail early (exit 2) on a bad name style or registry, not per file;
    ``given_by`` names the option or configuration key that gave each
    registry file, for the message."""
    if style == "default" and not name_files:
        return
    try:
        from .names import NameRegistry
    except ImportError:  # pragma: no cover - names not built yet
        return
    try:
        NameRegistry.load(name_files, style=style)
        return
    except Exception as exc:  # noqa: BLE001 - whatever the registry says is wrong
        error = exc
    # which file is wrong: each on its own (only on this error path: a load
    # compiles the whole registry)
    given_by = given_by or {}
    for f in name_files:
        try:
            NameRegistry.load([f], style=style)
        except Exception as exc:  # noqa: BLE001
            where = given_by.get(f, f"name registry {f}")
            raise _config.ConfigError(f"{where}: {_registry_problem(exc)}") from None
    files = ", ".join(name_files) or "the built-in registry"
    raise _config.ConfigError(f"name registries {files}: {_registry_problem(error)}") from None


# -- shared options ---------------------------------------------------------

def _common(f: Callable) -> Callable:
    opts = [
        click.option("--select", multiple=True, metavar="CODES",
                     help="Rule codes or prefixes to enable (comma-separated, repeatable)."),
        click.option("--ignore", multiple=True, metavar="CODES",
                     help="Rule codes or prefixes to disable (comma-separated, repeatable)."),
        click.option("--extend-select", multiple=True, metavar="CODES",
                     help="Rule codes or prefixes to enable besides select (or the "
                          "defaults)."),
        click.option("--extend-ignore", multiple=True, metavar="CODES",
                     help="Rule codes or prefixes to disable besides ignore."),
        click.option("--language", "--languages", "languages", multiple=True, metavar="LANGS",
                     help="Expected languages (ISO 639-1, comma-separated; 'all' for any; "
                          "default: en). A document in another language is reported (G001) "
                          "and, by default, cleaned only by the rules that hold in any "
                          "language (see --other-languages)."),
        click.option("--assume-language", metavar="LANG",
                     help="Skip language detection: every document is in LANG."),
        click.option("--other-languages", type=click.Choice(["clean", "keep"]), default=None,
                     help="Documents in another language, reported (G001) either way: "
                          "cleaned by the rules that hold in any language (clean, the "
                          "default) or left unchanged (keep)."),
        click.option("--unsafe-fixes/--no-unsafe-fixes", default=None,
                     help="Apply fixes marked unsafe (default: the policy spells a name one "
                          "way, in quotations too; check marks them '(unsafe fix)'), or "
                          "report them instead."),
        click.option("--name-style", metavar="STYLE",
                     help="House style of the name registry (default, ap, bbc, reuters; "
                          "any case)."),
        click.option("--names", multiple=True, metavar="FILE",
                     help="An extra name registry (TOML); repeatable."),
        click.option("--repeated-lines", metavar="FILE|learn",
                     help="Lines known to recur across the corpus (a file saved by "
                          "--save-repeated-lines, or lines one a line), or 'learn': "
                          "read the inputs first and learn them (rule B110)."),
        click.option("--save-repeated-lines", metavar="FILE", type=click.Path(dir_okay=False),
                     help="With --repeated-lines learn: save the learned lines."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help=f"Files taken from directories (default: {' '.join(DEFAULT_INCLUDE)}; "
                          "not *.md, usually documentation: --extend-include '*.md' adds it). "
                          "A walk never takes what is not an article by its name: LICENSE, "
                          "COPYING, NOTICE, README, CHANGELOG, AUTHORS, requirements*, "
                          "constraints*… in any case and with any suffix (-v names them); "
                          "name such a file to clean it."),
        click.option("--extend-include", multiple=True, metavar="GLOB",
                     help="Files taken from directories besides --include (or the defaults): "
                          "--extend-include '*.md' takes Markdown with the *.txt files, as "
                          "ruff's extend-include."),
        click.option("--exclude", "--extend-exclude", multiple=True, metavar="GLOB",
                     help="Files or directories skipped in directories (added to the built-in: "
                          "hidden entries, __pycache__, node_modules, venv, site-packages… and any "
                          "Python environment, and to exclude in [tool.cleaner]: --exclude is "
                          "what ruff and black call --extend-exclude, a name it takes too)."),
        click.option("--force-exclude/--no-force-exclude", default=None,
                     help="Skip also the files named on the command line that --exclude "
                          "(or exclude in [tool.cleaner]) matches, or that are not articles "
                          "by their name (LICENSE, README, requirements*…), as pre-commit "
                          "hooks need: pre-commit names every file."),
        click.option("--respect-gitignore/--no-respect-gitignore", default=None,
                     help="Leave out of directory walks what the ignore files ignore (the "
                          "default, as ripgrep and ruff): .ignore files anywhere, and in a "
                          "git repository its .gitignore files, .git/info/exclude and the "
                          "global excludes file (core.excludesFile, else "
                          "~/.config/git/ignore); with --force-exclude, named files too "
                          "(not those git tracks). --no-respect-gitignore walks them all."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Input format (default auto: .jsonl/.ndjson/.json → jsonl, .jsonl.gz → "
                          "gzip jsonl, written back gzipped, .html/.htm → html, "
                          ".txt/.text/.md → text; stdin and other files named explicitly: "
                          "html if they start like an HTML document, else text; stdin is "
                          "jsonl when its first line and most of its lines are JSON "
                          "objects; its first line alone, or most lines but not the "
                          "first: an error asking for --format)."),
        click.option("--stdin-filename", metavar="PATH",
                     help="The file stdin's text is from (as ruff and black have it): the "
                          "name findings and the report give, where the configuration is "
                          "found from, the path exclude, per-file-ignores and "
                          "--force-exclude match (excluded: clean passes stdin through "
                          "unchanged), and in --format auto its suffix gives the format. "
                          "With no PATH, stdin is read."),
        click.option("--max-size", metavar="SIZE",
                     help="The largest document cleaned (500K, 16M, 1G, or bytes; 0 or none: "
                          "no limit; default 16M, far above any article): a larger file is an "
                          "error and left untouched, a JSONL record whose text field is larger "
                          "a record error (its other fields are not counted; a line is never "
                          "read past 4 times the limit), and the batch goes on. A file is "
                          "judged by its size before it is read, stdin as it is read."),
        click.option("--text-key", default="text", show_default=True,
                     help="JSONL field holding the text. Each record is written back with "
                          "that field cleaned, its other fields kept and the pipeline's "
                          "metadata merged into its 'metadata' (values there win)."),
        click.option("--id-key", default="id", show_default=True,
                     help="JSONL field holding the document id; a record without one gets "
                          "FILE:LINE there (- for stdin), as findings name it."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: one per CPU)."),
        click.option("--cache-dir", metavar="DIR", default=None,
                     help="Where the file cache lives (default: $CLEANER_CACHE_DIR, else "
                          "the user's cache directory, ~/.cache/cleaner): a file as when "
                          "last checked clean is not cleaned again; with -o, only when a "
                          "cache directory is named, a file whose output is still there. "
                          "Never for stdin or JSONL."),
        click.option("--no-cache", is_flag=True,
                     help="Clean every file, reading and writing no cache "
                          "(CLEANER_NO_CACHE=1 too)."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="The pyproject.toml (or TOML file with [tool.cleaner]) to use."),
        click.option("--isolated", is_flag=True,
                     help="Ignore every configuration file."),
        click.option("--report", "report", type=click.Path(dir_okay=False), default=None,
                     help="Write a JSON report of every change and finding to this file "
                          "(- for stdout; a symbolic link is written through)."),
        click.option("--skip-binary", is_flag=True,
                     help="Skip binary files with a message instead of an error "
                          "(for pre-commit hooks)."),
        click.option("-q", "--quiet", is_flag=True,
                     help="Print only the findings (check) and the errors: no summary, "
                          "warnings, notes or progress bar (as ruff's -q)."),
        click.option("-s", "--silent", is_flag=True,
                     help="Print nothing: no findings, diff, summary, warnings, errors, "
                          "progress bar, nor that the run was interrupted; the exit code "
                          "says how it went (as ruff's -s). "
                          "Cleaned text and a --report still go where they are sent; a "
                          "usage error is still said."),
        click.option("-v", "--verbose", is_flag=True,
                     help="Say what happens to each file (-q and -s win over it)."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def config_start(paths: Sequence[str]) -> Path | None:
    """Where the configuration is looked up from, as black does: the
    deepest directory that holds every PATH (a directory given, or the
    directory of a file given); None (the current directory) for stdin
    alone or no PATH. Paths in the current directory's tree find the same
    configuration as from there, unless a nearer one holds them."""
    dirs = []
    for p in paths:
        if p == "-":
            continue
        a = os.path.abspath(p)
        dirs.append(a if os.path.isdir(a) else os.path.dirname(a))
    if not dirs:
        return None
    try:
        return Path(os.path.commonpath(dirs))
    except ValueError:   # pragma: no cover - different drives (Windows)
        return None


def _setup(kw: dict[str, Any], command: str,
           paths: Sequence[str] = ()) -> tuple[Settings, dict[str, Any]]:
    """Configuration and batch arguments from the options, or a usage error."""
    config_file = kw.pop("config_file")
    stdin_filename = kw.pop("stdin_filename")
    if stdin_filename is not None:
        if paths and "-" not in paths:
            raise click.UsageError(f"--stdin-filename {stdin_filename} names stdin, and no PATH "
                                   "is - (give -, or no PATH)")
        # the configuration is found from the file stdin stands for
        paths = [stdin_filename if p == "-" else p for p in paths or ["-"]]
    isolated = kw.pop("isolated")
    # the quietest wins: -s over -q over -v
    global _silent
    silent = _silent = kw.pop("silent")
    quiet = kw.pop("quiet") or silent
    verbose = kw.pop("verbose") and not quiet
    try:
        cfg = _config.discover(config_file, isolated, cwd=config_start(paths))
        settings = build_settings(kw, cfg)
    except _config.ConfigError as exc:
        raise _UsageExit(str(exc)) from None
    if verbose:
        # which configuration applies, as ruff's and black's -v say: the
        # first question when a rule fires (or not) against expectation
        _err(f"note: configuration: {cfg.path} ([tool.cleaner])" if cfg.path is not None
             else "note: configuration: none (--isolated)" if isolated
             else "note: configuration: none (no pyproject.toml with [tool.cleaner] from "
                  f"{config_start(paths) or Path.cwd()} upward; --config FILE names one)")
    if not quiet:
        for warning in language_warnings(settings, kw, cfg):
            _err(f"warning: {warning}")
    read_files = _read_files(kw, cfg, config_file)
    include = list(kw.pop("include") or ()) or cfg.get("include") or None
    extend_include = [*cfg.get("extend-include", []), *(kw.pop("extend_include") or ())]
    if extend_include:   # added to the list given, or to the default one
        include = list(dict.fromkeys([*(include or DEFAULT_INCLUDE), *extend_include]))
    exclude = [*cfg.get("exclude", []), *cfg.get("extend-exclude", []),
               *(kw.pop("exclude") or ())]
    force_exclude = kw.pop("force_exclude")
    if force_exclude is None:
        force_exclude = cfg.get("force-exclude", False)
    respect_gitignore = kw.pop("respect_gitignore")
    if respect_gitignore is None:
        respect_gitignore = cfg.get("respect-gitignore", True)
    max_size = kw.pop("max_size")
    if max_size is not None:
        from .limits import parse_size
        try:
            max_size = parse_size(max_size)
        except ValueError as exc:
            raise _UsageExit(f"--max-size {max_size}: {exc}, got {max_size!r}") from None
    else:
        from .limits import DEFAULT_MAX_SIZE
        max_size = cfg.get("max-size", DEFAULT_MAX_SIZE)
    cache_dir = kw.pop("cache_dir")
    if kw.pop("no_cache"):
        cache_dir = None
    else:
        from . import cache as _cache
        cache_dir = (None if _cache.disabled_by_env() and cache_dir is None
                     else cache_dir or _cache.default_dir())
    jobs = kw.pop("jobs")
    cpus = _batch.available_cpus() if jobs is not None else 0
    if jobs is not None and jobs > cpus:
        # -j 999 started 999 workers for a JSONL file (its records are
        # shared out), each loading the rules and their data: the machine
        # swapped or the workers were killed, for no speed (the work is
        # CPU-bound). As many as there are CPUs, said with -v only: a CI
        # job that pins -j over its runner's CPUs is no mistake to warn of
        # on every run (make -j and ruff say nothing either).
        if verbose:
            _err(f"note: -j {jobs}: this process may use {_plural(cpus, 'CPU')}, and more "
                 f"workers would only share them, each loading the rules: using {cpus}")
        jobs = cpus
    batch = dict(include=include, exclude=exclude, format=kw.pop("fmt") or "auto",
                 text_key=kw.pop("text_key"), id_key=kw.pop("id_key"),
                 jobs=jobs, report=kw.pop("report"), verbose=verbose,
                 skip_binary=kw.pop("skip_binary"), force_exclude=force_exclude,
                 respect_gitignore=respect_gitignore, max_size=max_size,
                 # globs with a "/" in them match below the configuration's
                 # directory (the repository's root for a pre-commit hook)
                 root=cfg.path.parent if cfg.path is not None else None,
                 per_file_ignores=cfg.get("per-file-ignores", []),
                 stdin_filename=stdin_filename,
                 learn_repeated_lines=(kw.get("repeated_lines") or cfg.get(
                     "repeated-lines-file")) == "learn",
                 save_repeated_lines=kw.pop("save_repeated_lines"), read_files=read_files,
                 log=(lambda m: None) if silent
                 else (lambda m: None if m.startswith(("note:", "warning:", "Fixing",
                                                        "cleaned ", "unchanged ", "skipped:"))
                       else _err(m))
                 if quiet else _err,
                 progress=False if quiet else None, silent=silent,
                 drain_stdin=True,   # its writer must not die of EPIPE
                 cache_dir=cache_dir)
    for k in ("select", "ignore", "extend_select", "extend_ignore",
              "languages", "assume_language", "name_style", "names",
              "repeated_lines", "other_languages", "unsafe_fixes"):
        kw.pop(k, None)
    return settings, batch


def _read_files(kw: dict[str, Any], cfg: FileConfig,
                config_file: str | None) -> list[tuple[str, str]]:
    """The files a run reads besides its inputs, as ``(what, path)`` (``what``
    names the file for a message): what a ``--report`` or
    ``--save-repeated-lines`` must not overwrite."""
    reads: list[tuple[str, str]] = []
    if cfg.path is not None:
        what = f"--config {config_file}" if config_file else f"the configuration {cfg.path}"
        reads.append((what, str(cfg.path)))
    reads += [(f"--names {f}", f) for f in kw.get("names") or ()]
    reads += [(f"the name registry {f} (name-files in {cfg.path})", f)
              for f in cfg.get("name-files", [])]
    if kw.get("repeated_lines"):
        if kw["repeated_lines"] != "learn":
            reads.append((f"--repeated-lines {kw['repeated_lines']}", kw["repeated_lines"]))
    elif cfg.get("repeated-lines-file") not in (None, "learn"):
        f = cfg.get("repeated-lines-file")
        reads.append((f"the repeated lines {f} (repeated-lines-file in {cfg.path})", f))
    return reads


class _UsageExit(click.ClickException):
    """Exit 2 with a message (configuration errors)."""

    exit_code = 2


def _stdin_has_input() -> bool:
    """Whether stdin is a pipe or a non-empty file (``< f``, ``cat f |``):
    input the user may have meant for a command that does not read it."""
    import stat

    try:
        st = os.fstat(sys.stdin.fileno())
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(st.st_mode) or (stat.S_ISREG(st.st_mode) and st.st_size > 0)


def _paths(paths: tuple[str, ...], command: str = "clean",
           stdin_named: bool = False, quiet: bool = False) -> list[str]:
    if paths.count("-") > 1:
        # stdin can be read once: the second "-" would be an empty document
        # and the summary would count one input twice
        raise click.UsageError("stdin (-) given more than once")
    if paths:
        return list(paths)
    if stdin_named:
        return ["-"]   # --stdin-filename: stdin is asked for (as ruff reads it)
    if command == "check":
        # as `ruff check`: no PATH is the current directory, and stdin is
        # read only when named (-). In CI stdin is /dev/null or an idle
        # pipe: read, it passed an empty "document" and the check with it
        if _stdin_has_input() and not quiet:
            _err("warning: no PATH given: checking the current directory, not stdin "
                 "(`cleaner check -` reads stdin)")
        return ["."]
    stdin = sys.stdin
    try:
        tty = stdin.isatty()
    except (AttributeError, ValueError):
        tty = False
    if tty:
        raise click.UsageError("no PATH given (and stdin is a terminal)")
    return ["-"]


def _run(fn: Callable[[], BatchResult]) -> BatchResult:
    try:
        return fn()
    except _batch.BatchPlaceError as exc:
        raise _UsageExit(str(exc)) from None   # no usage line: the command is right
    except _batch.BatchUsageError as exc:
        raise click.UsageError(str(exc)) from None


# -- errors -----------------------------------------------------------------

def _lower_first(msg: str) -> str:
    """``No such option`` → ``no such option``; ``PATH …`` stays."""
    if msg[:1].isupper() and msg[1:2].islower():
        return msg[0].lower() + msg[1:]
    return msg


_WRITES = ("check writes nothing: `cleaner check --fix PATH` (or `cleaner clean --in-place "
           "PATH`) rewrites the files that change, `cleaner clean PATH -o DIR` writes cleaned "
           "copies")
#: (command, option it does not have) -> what to say instead of click's
#: "no such option"
_OTHER_COMMAND = {
    **{("check", o): f"no such option {o}: {_WRITES}"
       for o in ("-i", "--in-place", "-o", "--output", "--with-changes", "--name-from-title")},
    **{("clean", o): (f"no such option {o}: clean applies the fixes, into -o DIR or "
                      "--in-place (`cleaner check --fix PATH` is `cleaner clean --in-place "
                      "PATH`)") for o in ("--fix",)},
    **{("clean", o): (f"no such option {o}: it is an option of `cleaner check` (`cleaner "
                      "clean --check` and `--diff` run it)")
       for o in ("--statistics", "--output-format", "--strict")},
    ("clean", "--exit-zero"): ("no such option --exit-zero: `cleaner clean --diff` exits 1 "
                               "when it shows changes, as `ruff format --diff`; `cleaner "
                               "check --diff --exit-zero` only shows them"),
}


def show_error(exc: click.ClickException) -> None:
    """Every error the way the batch writes them, as ruff does: ``error: …``
    first; after a usage error, the command's usage line and where to find
    help."""
    ctx = getattr(exc, "ctx", None)
    message = exc.format_message()
    if isinstance(exc, click.NoSuchOption) and ctx is not None:
        # a flag of the other command: say which command has it, not "did
        # you mean --config?" (review 16 U7)
        message = _OTHER_COMMAND.get((ctx.command.name, exc.option_name), message)
    if isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())) and ctx is not None:
        # `cleaner` alone (click 8.2+): its help, as ruff prints it, not
        # "error: usage: …" and the usage line again after the help
        _err(ctx.get_help())
        return
    _err(f"error: {_lower_first(message)}")
    if isinstance(exc, click.UsageError) and ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = f"\nTry '{ctx.command_path} --help' for help."
        _err(f"\n{ctx.get_usage()}{hint}")


def _run_cli(call: Callable[[], Any]) -> int:
    """Run ``call`` (the group's ``main`` without standalone mode) and turn
    what it raises into a message on stderr and an exit code."""
    global _silent
    _silent = False
    try:
        rv = call()
        return rv if isinstance(rv, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        show_error(exc)
        return exc.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort, _Stopped) as exc:
        # as shells, systemd and CI runners read them: 128 + the signal
        # (click turns a KeyboardInterrupt into Abort, raised from it)
        terminated = isinstance(exc, Terminated) or isinstance(exc.__cause__, Terminated)
        if isinstance(exc, _Stopped):
            _said("")   # what click writes first: off the line of a ^C
        # how far it got, when a batch was under way (click's Abort is
        # raised from the KeyboardInterrupt that carries it)
        progress = next((getattr(e, "batch_progress") for e in (exc, exc.__cause__,
                                                                 exc.__context__)
                         if hasattr(e, "batch_progress")), None)
        done = ("" if progress is None else
                f" after {progress[0]} of {_plural(progress[1], 'input')}")
        streamed = progress[2] if progress is not None else None
        if progress is not None and progress[3]:
            # a check writes no output: what it printed is all there is
            _said(f"{'terminated' if terminated else 'interrupted'}{done}: what is listed "
                  "is of the inputs done (run it again to check them all)")
        elif streamed is None:
            _said(f"{'terminated' if terminated else 'interrupted'}{done}: finished outputs "
                  "are complete, the others were not written (run it again to finish)")
        else:
            # a JSONL stream on stdout was not "not written": it stops at a
            # whole record, and the line to go on from is known
            name, records, line = streamed
            where = (f"its input lines up to {line} done (go on from line {line + 1}: "
                     f"tail -n +{line + 1})" if line else "none of its lines done")
            _said(f"{'terminated' if terminated else 'interrupted'}{done}: {name} stopped "
                  f"after {_plural(records, 'record')}, each a whole line on standard output, "
                  f"{where}" + ("; the inputs before it are complete" if progress[0] else ""))
        return 143 if terminated else 130
    except BrokenPipeError:
        _drop_stdout()
        return 1
    except StreamError as exc:
        # a full disk, > /dev/full: said, not a traceback; what is left to
        # write has nowhere to go
        _drop_stdout()
        _said(f"error: {exc.strerror}")
        return 2
    except OSError as exc:
        # click's own echo (rules, explain, --help; every message on
        # stderr) to a stream that fails
        stream = None if exc.filename is not None else _echoed_to(exc)
        if stream is None:
            raise
        if stream == "stderr":
            return 2   # (a full stderr: there is nowhere to say it)
        _drop_stdout()
        _err(f"error: cannot write standard output ({exc.strerror or exc})")
        return 2


def _echoed_to(exc: BaseException) -> str | None:
    """``stdout`` or ``stderr`` when ``exc`` came out of ``click.echo``
    writing that stream, else None."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame
        tb = tb.tb_next
    if (last is None or last.f_code.co_name != "echo"
            or last.f_globals.get("__name__") != "click.utils"):
        return None
    return "stderr" if last.f_locals.get("err") else "stdout"


def _drop_stdout() -> None:
    """Standard output can no longer be written (a closed pipe, a full
    disk): what is left in its buffer is dropped, so that the interpreter's
    flush at exit does not fail again with a traceback and exit code 120."""
    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    except OSError:  # pragma: no cover
        pass


def _flush_stdout(rc: int) -> int:
    """Flush standard output at the end of a command: text buffered there
    (a check's listing, its summary) fails now, if the stream does, and is
    said as any other failed write, not at the interpreter's exit."""
    if sys.stdout is None:   # closed (>&-): nothing was written to it
        return rc
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
        return rc or 1
    except OSError as exc:
        _drop_stdout()
        _said(f"error: cannot write standard output ({exc.strerror or exc})")
        return 2
    return rc


#: The commands of ruff and black a user types first, and what cleaner
#: calls them: click's own answer to `cleaner rule B005` was "Did you mean
#: 'rules'?", the list, where ruff's `rule` explains one.
_OTHER_NAMES = {
    "rule": ("no such command 'rule': `cleaner explain CODE` explains a rule (ruff's `rule "
             "CODE`); `cleaner rules` lists them all"),
    "format": ("no such command 'format': `cleaner clean` fixes files, into -o DIR or "
               "--in-place (its --check and --diff are black's and ruff format's)"),
    "fix": ("no such command 'fix': `cleaner check --fix PATH` (or `cleaner clean --in-place "
            "PATH`) applies the fixes"),
    "lint": "no such command 'lint': `cleaner check PATH` lists what clean would change",
    "help": "no such command 'help': `cleaner --help`, or `cleaner COMMAND --help`",
}


class _Cli(click.Group):
    """The group, with errors shown by :func:`show_error` also when click
    runs it standalone (``CliRunner``, ``cli()``), not only from :func:`main`."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        if args and args[0] in _OTHER_NAMES and self.get_command(ctx, args[0]) is None:
            ctx.fail(_OTHER_NAMES[args[0]])
        return super().resolve_command(ctx, args)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        def call() -> Any:
            return super(_Cli, self).main(args, prog_name, complete_var,
                                          standalone_mode=False, **extra)
        if not standalone_mode:
            return call()
        sys.exit(_run_cli(call))

    def invoke(self, ctx: click.Context) -> Any:
        # a command cut short passes click's main as _Stopped: click would
        # write a newline to stderr, which -s must not (see _run_cli)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            raise _Stopped from exc


class _Stopped(BaseException):
    """A command interrupted (Ctrl-C) or terminated (SIGTERM: its
    ``__cause__`` is :class:`Terminated`)."""


# -- commands ---------------------------------------------------------------

@click.group(cls=_Cli, context_settings=CONTEXT)
@click.version_option(package_name="cleaner")
def cli() -> None:
    """Clean and normalise scraped news text, and say exactly what changed and why."""



class _OutputDir(click.Path):
    """``-o``: a directory (or ``-``). A file there was click's "Directory
    'x.txt' is a file.", which left a newcomer who meant ``-o clean.txt``
    to guess: it says what ``-o`` is and how one text goes to a file."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if value != "-" and os.path.isfile(value):
            self.fail(f"{value} is a file: -o names a directory, which the inputs are "
                      f"mirrored into (a file named on the command line goes to "
                      f"DIR/its name); one text to a file: `cleaner clean IN -o - > "
                      f"{value}`", param, ctx)
        return super().convert(value, param, ctx)

@cli.command(short_help="Clean files, directories or stdin (-o DIR, --in-place, stdout).")
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", "out", type=_OutputDir(file_okay=False),
              help="Output directory (inputs mirrored into it); - for stdout.")
@click.option("-i", "--in-place", is_flag=True, help="Rewrite the inputs that change.")
@click.option("--with-changes", is_flag=True,
              help="JSONL output: add each document's changes and reports.")
@click.option("--name-from-title", is_flag=True,
              help="Name each output file by the slug of its headline.")
@click.option("--exit-non-zero-on-fix", is_flag=True,
              help="Exit 1 when files were changed (as pre-commit fixers do).")
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; exit 1 if anything would change (as black --check): "
                   "what `cleaner check` does.")
@click.option("--diff", is_flag=True,
              help="Write nothing; print a unified diff of what would change, and exit 1 "
                   "if anything would (as ruff format --diff): `cleaner check --diff`. "
                   "`cleaner check --diff --exit-zero` only shows it (exit 0).")
@_common
@click.pass_context
def clean(ctx: click.Context, paths: tuple[str, ...], out: str | None, in_place: bool,
          with_changes: bool, name_from_title: bool, exit_non_zero_on_fix: bool,
          check_only: bool, diff: bool, **kw: Any) -> None:
    """Clean PATH... (files, directories, - for stdin) into -o DIR or --in-place.

    With no PATH, standard input is cleaned to standard output. --check (as
    black's) and --diff (as ruff format's) write nothing: they run `cleaner
    check` (with no PATH, the current directory) and exit 1 when anything
    would change.

    A directory is walked for *.txt *.text *.html *.htm *.jsonl *.jsonl.gz
    (--include replaces the list; Markdown is left out, as it is usually
    documentation), leaving out hidden entries, the output directory and
    the files that are not articles by their name (LICENSE, COPYING,
    NOTICE, README, CHANGELOG, requirements*…); -v names what it leaves
    out. A file named on the command line is always cleaned (unless
    --force-exclude).
    """
    if check_only or diff:
        # black's muscle memory: one mechanism, check's; what would write
        # or shape written output is refused, never ignored
        flag = "--check" if check_only else "--diff"
        given = [f for f, on in (("--in-place", in_place), ("-o", out is not None),
                                 ("--with-changes", with_changes),
                                 ("--name-from-title", name_from_title)) if on]
        if given:
            raise click.UsageError(f"{flag} writes nothing: drop {given[0]} (or {flag})")
        # --diff fails when it shows changes, as ruff format --diff (black's
        # exits 0): a diff in a CI log must not pass for a clean tree;
        # `cleaner check --diff --exit-zero` only shows
        check.callback(paths=paths, diff=diff, statistics=False, strict=False,
                       output_format="full", fix=False, exit_non_zero_on_fix=False,
                       exit_zero=False, **kw)
        return
    # -o's cache is asked for, not assumed: its entries keep what each file's
    # cleaning changed and reported (a rerun says the same), about as much
    # as the corpus itself (9 MB for 7.7 MB of articles), loaded whole by
    # every run. check's and --in-place's keep only files found clean, as
    # black's and ruff's: small, so on by default.
    from .cache import ENV_DIR
    asked_cache = kw.get("cache_dir") is not None or bool(os.environ.get(ENV_DIR))
    from .cache import disabled_by_env
    refused_cache = kw.get("no_cache") or disabled_by_env()   # no note suggesting one
    settings, batch = _setup(kw, "clean", paths)
    if out is not None and not asked_cache:
        batch["cache_dir"] = None
    batch.pop("silent")   # cleaned text still goes to stdout: it is the output
    quiet = batch["progress"] is False
    result = _run(lambda: _batch.clean_paths(_paths(paths, "clean", batch["stdin_filename"] is not None),
                                      out=out, in_place=in_place,
                                      settings=settings, with_changes=with_changes,
                                      name_from_title=name_from_title,
                                      exit_non_zero_on_fix=exit_non_zero_on_fix,
                                      **batch))
    # a summary whenever files are written (one file or many, as black and
    # ruff), or several inputs go to stdout; not for a lone stdin filter
    to_files = in_place or (out is not None and out != "-")
    if not quiet and result.excluded != [batch["stdin_filename"]]:  # an editor's excluded file
        _nothing_done(result, "clean")
    if not quiet and (to_files or result.files > 1 or batch["verbose"]):
        _err(_clean_summary(result, in_place, out,
                            _reports_hint(ctx, paths, out, in_place) if result.reports else ""))
    if (not quiet and batch["cache_dir"] is None and not refused_cache
            and _rerun_without_cache(result)):
        # the README promises fast reruns "as black and ruff": with -o they
        # need a cache named, which a rerun of the same command would not
        # know of
        _err(f"note: {_plural(result.outputs_up_to_date, 'output')} in {out} "
             f"{'was' if result.outputs_up_to_date == 1 else 'were'} already up to date, "
             "cleaned again for nothing: with --cache-dir DIR (or CLEANER_CACHE_DIR) a "
             "rerun skips such files")
    ctx.exit(result.exit_code)


#: A rerun of ``clean -o`` without a cache is worth a note when this many
#: files, and at least half of those cleaned, had their output already.
RERUN_NOTE_FILES = 20


def _rerun_without_cache(r: BatchResult) -> bool:
    """Whether ``clean -o DIR`` cleaned again, with no cache, a corpus whose
    outputs were mostly there already: a rerun (with a cache named, the
    files are taken from it and never counted here)."""
    n = r.outputs_up_to_date
    return n >= RERUN_NOTE_FILES and 2 * n >= r.cleaned


def _nothing_done(r: BatchResult, command: str) -> None:
    """Say so when no input was cleaned or checked and nothing failed, as
    ruff ("No Python files found under the given path(s)") and black do: a
    run that did nothing must not read as a pass."""
    if r.cleaned or r.errors:
        return
    if r.excluded and set(r.skipped) <= set(r.excluded):
        _err(f"warning: nothing to {command}: every path given is excluded "
             "(--force-exclude and the exclude globs; -v names them)")
    elif r.skipped:
        _err(f"warning: nothing to {command}: every file found was skipped (-v says why)")
    else:
        _err(f"warning: nothing to {command}: no file found under the given paths "
             f"(the files taken from a directory: --include; -v names what the walk "
             "left out)")


def _plural(n: int, word: str) -> str:
    """``1 file``, ``31,106 changes``: counts grouped by thousands, as the
    summary's other figures (``2,000 of them from the cache``)."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _clean_summary(r: BatchResult, in_place: bool, out: str | None,
                   reports_where: str = "") -> str:
    """One line, as black's "2 files reformatted, 2 files left unchanged":
    what happened, a clause of nought left out ("0 changes", "0 reports").
    Cleaned are the files whose output differs from the input by its text;
    a file rewritten with the same text (JSONL fields added, UTF-8, a BOM
    dropped…) is said so, and an HTML page, whose output is the text
    extracted from it whether or not cleaning changed that text, is counted
    apart: neither "cleaned" nor "left unchanged" would be true of it.

    The reports (findings no rule fixes alone) are counted as what is
    *left*, and ``reports_where`` says where to see them — the command that
    lists them, or "listed above" (check --fix) — as ruff's
    "Found 3 errors (2 fixed, 1 remaining)" does."""
    failed = set(r.failed)
    html = [p for p in r.extracted if p not in failed]
    done = (len(r.written) if in_place
            else len([c for c in r.changed if c not in failed and c not in html]))
    same = len([p for p in r.rewritten_only if p not in failed and p not in html])
    unchanged = max(0, r.cleaned - done - len(html))
    said = [(n, what) for n, what in ((done - same, "cleaned"),
                                      (same, "rewritten with the same text"),
                                      (unchanged, "left unchanged")) if n]
    parts = [f"{_plural(n, 'file') if i == 0 else f'{n:,}'} {what}"
             for i, (n, what) in enumerate(said)]
    if html:
        text_cleaned = len([p for p in html if p in r.changed])
        parts.append(f"{_plural(len(html), 'HTML file')} extracted to text"
                     + ("" if not text_cleaned else " and cleaned"
                        if text_cleaned == len(html) else f" ({text_cleaned} of them cleaned)"))
    if r.cached:   # of the files said before: their results are the cache's
        parts.append(_cached(r, "these" if html and said else "them"))
    # what is said of the changes, in one parenthesis, not two in a row:
    # "19 changes (13 more not applied; 1 unsafe: …)" — the changes counted
    # are those made, the ones not applied come besides them
    made = sum(r.changes_by_rule.values())
    if made:
        of_changes = "; ".join(([f"{r.unapplied} more not applied"] if r.unapplied else [])
                               + ([_unsafe(r.unsafe, check=False)] if r.unsafe else []))
        parts.append(_plural(made, "change") + (f" ({of_changes})" if of_changes else ""))
    elif r.unapplied:
        parts.append(f"{_plural(r.unapplied, 'change')} not applied")
    if r.reencoded:
        # said, not done silently: the file's bytes are now UTF-8 (as ruff
        # writes them; black would keep the file's encoding)
        encodings = ", ".join(sorted(set(r.reencoded.values())))
        parts.append(f"{len(r.reencoded):,} {'rewritten' if in_place else 'written'} as UTF-8 "
                     f"(read as {encodings})")
    if r.reports:
        parts.append(f"{_plural(r.reports, 'report')} left"
                     + (f" ({reports_where})" if reports_where else ""))
    if r.skipped:
        parts.append(f"{len(r.skipped):,} skipped{_skipped_why(r, check=False)}")
    if r.errors:
        parts.append(_errors(r))
    if r.stale_outputs:
        # -o DIR: the outputs an earlier run wrote for inputs that failed
        # now, kept (each named in a warning)
        parts.append(f"{_plural(len(r.stale_outputs), 'stale output')} kept from an "
                     "earlier run")
    if not said and not html:   # nothing cleaned (skipped, failed): said first
        parts.insert(0, "no file cleaned")
    return ", ".join(parts)


#: The options of ``clean`` that do not change what ``check`` finds: left
#: out of the command the summary gives to list the reports.
_NOT_FOR_CHECK = frozenset({"report", "save_repeated_lines", "quiet", "silent", "verbose",
                            "jobs", "stdin_filename"})

#: A command given in the summary lists at most this many paths; past it,
#: the summary says "with the same paths" (a pre-commit hook names hundreds).
_HINT_PATHS = 4


def _reports_hint(ctx: click.Context, paths: Sequence[str], out: str | None,
                  in_place: bool) -> str:
    """Where ``clean``'s summary sends the user to see the reports it
    counted: the ``cleaner check`` command that lists them, with the options
    given on this command line that shape what is found (``--select``,
    ``--language``…, generically: every option ``check`` shares), on the
    output directory (its files hold only the reports: cleaning is
    idempotent) or, in place, on the same paths; stdin's reports are
    listed by ``cleaner check -`` given the same text again (the lines
    without ``[*]``)."""
    import shlex

    from click.core import ParameterSource

    which = ""
    if out is not None and out != "-":
        where: list[str] = [out]
    else:
        # the inputs: check lists every finding there, the reports being
        # the lines without [*]; stdin again as `cleaner check -`
        where = list(paths) or ["-"]
        which = ", the lines without [*]" if not in_place else ""
    words = ["cleaner", "check"]
    shared = {p.name for p in check.params}
    for p in ctx.command.params:
        if (not isinstance(p, click.Option) or p.name not in shared
                or p.name in _NOT_FOR_CHECK or (p.name == "fmt" and out not in (None, "-"))
                or ctx.get_parameter_source(p.name) not in (ParameterSource.COMMANDLINE,
                                                            ParameterSource.ENVIRONMENT)):
            continue
        value = ctx.params[p.name]
        name = next((o for o in p.opts if o.startswith("--")), p.opts[0])
        if p.is_flag:
            if value:
                words.append(name)
            elif p.secondary_opts:
                words.append(p.secondary_opts[0])
        elif p.multiple:
            for v in value:
                words += [name, str(v)]
        elif value is not None:
            words += [name, str(value)]
    if len(where) > _HINT_PATHS:
        return (f"findings no rule fixes: `{shlex.join(words)} PATH...` with the same "
                f"paths lists them{which}")
    return f"findings no rule fixes: `{shlex.join(words + where)}` lists them{which}"


def _skipped_why(r: BatchResult, check: bool) -> str:
    """`` (1 HTML, …; 2 symbolic links a walk leaves out)``: what the
    skipped inputs were, kind by kind (``-v`` names each)."""
    kinds = collections.Counter(r.skipped_why.get(p, "other") for p in r.skipped)
    html = ("HTML found in a directory, not checked: name it to check it"
            if check else "HTML, not cleaned in place: use -o DIR")
    said = {"html": lambda n: f"{n} {html}",
            "binary": lambda n: _plural(n, "binary file"),
            "link": lambda n: f"{_plural(n, 'symbolic link')} a walk leaves out",
            "not-article": lambda n: (f"{n} not {'an article' if n == 1 else 'articles'} by "
                                      "name: licence, readme, requirements…"),
            "excluded": lambda n: f"{n} excluded"}
    parts = [said[k](kinds[k]) for k in said if kinds[k]]
    return f" ({'; '.join(parts)})" if parts else ""


def _unsafe(n: int, check: bool) -> str:
    """What the summary says of the unsafe fixes applied by default (names
    inside quotations), as ruff counts its hidden ones: how many, and the
    flag that turns them into reports."""
    if not check:
        return f"{n} unsafe: --no-unsafe-fixes reports such fixes instead"
    fixes = "unsafe fix" if n == 1 else "unsafe fixes"
    return f"{n} {fixes} would be applied (--no-unsafe-fixes reports such fixes instead)"


def _cached(r: BatchResult, of: str = "them") -> str:
    """``1,200 of them from the cache (unchanged since the last run)``: the
    files not cleaned again (cleaner.cache), counted in the figures before
    — "of them", or "1,500 files cleaned, 2,000 from the cache" read as
    3,500 files."""
    return f"{len(r.cached):,} of {of} from the cache (unchanged since the last run)"


def _errors(r: BatchResult) -> str:
    """``3 errors``, saying how many are JSONL lines skipped: files and
    records are counted apart (a file with skipped lines is still cleaned)."""
    said = _plural(len(r.errors), "error")
    why = ([f"{_plural(r.failed_records, 'JSONL line')} skipped"] if r.failed_records else []) \
        + ([f"{_plural(r.binary_errors, 'binary file')}: --skip-binary skips "
            f"{'it' if r.binary_errors == 1 else 'them'}"] if r.binary_errors else [])
    return said + (f" ({'; '.join(why)})" if why else "")


@cli.command(short_help="List what clean would change (path:line:col: CODE); --fix fixes.")
@click.argument("paths", nargs=-1)
@click.option("--diff", is_flag=True,
              help="Print a unified diff of what clean would change (the exit code stays "
                   "check's: 1 if anything would change; --exit-zero only shows).")
@click.option("--statistics", is_flag=True, help="Count the findings per rule code.")
@click.option("--strict", is_flag=True,
              help="Also exit 1 when there are reports (fragments, language…), not only "
                   "changes.")
@click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), default="full",
              show_default=True,
              help="How findings are printed on stdout: full (each finding and reason, "
                   "then the summary), concise (the same lines, the summary on stderr), "
                   "json (one JSON document: a list of findings), github (GitHub "
                   "Actions annotations).")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when files would change (errors still exit 2).")
@click.option("--all", "list_all", is_flag=True,
              help=f"List every finding: without it, full, concise and github list at most "
                   f"{LISTED_PER_RULE} of one rule in one document, then how many more "
                   f"(json and --report always list all).")
@click.option("--fix", is_flag=True,
              help="Apply the fixes, as ruff check --fix: the files that change are "
                   "rewritten in place (`cleaner clean --in-place PATH`), and what is left, "
                   "the reports, is listed. Exit 0 unless errors (2), --strict and reports "
                   "(1), or --exit-non-zero-on-fix and a file changed (1). With --diff, "
                   "nothing is written (as ruff).")
@click.option("--exit-non-zero-on-fix", is_flag=True,
              help="With --fix: exit 1 when files were changed (as ruff).")
@_common
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], diff: bool, statistics: bool,
          strict: bool, output_format: str, exit_zero: bool, fix: bool = False,
          exit_non_zero_on_fix: bool = False, list_all: bool = False, **kw: Any) -> None:
    """Show what clean would do to PATH..., and change nothing.

    With no PATH, the current directory is checked (as `ruff check`);
    `-` checks standard input. Directories are walked as by `cleaner clean`
    (see its --help: no Markdown, no LICENSE, README, requirements*…).

    Prints one line per finding, `path:line:col: CODE message` (JSONL:
    `path#record-line:line:col: …`), `CODE [*]` for what clean fixes (as
    ruff marks it), then a summary ending with how many are fixable. For
    HTML input, line and col point into the text extracted from the page
    (its title, then one paragraph per block), not into the .html file. A file that would
    change without a finding (JSONL fields added, re-encoded as UTF-8…) gets
    a line `path: reason`. At most 100 findings of one rule are listed
    per document, then how many more (--all: every one; json and --report
    hold them all). Exit 0 when nothing would change, 1 when a file
    would change (--strict: or anything is reported), 2 on errors.

    --fix applies the fixes (as `ruff check --fix`): it is `cleaner clean
    --in-place`, listing what is left (the reports).
    """
    if exit_non_zero_on_fix and not fix:
        raise click.UsageError("--exit-non-zero-on-fix needs --fix (without it, check "
                               "already exits 1 when a file would change)")
    fix = fix and not diff    # as ruff: --fix --diff shows the diff, writes nothing
    if fix and "-" in paths:
        raise click.UsageError("check --fix rewrites files, not stdin (-); clean stdin "
                               "to stdout with `cleaner clean`")
    settings, batch = _setup(kw, "check", paths)
    quiet = batch["progress"] is False
    # -s: nothing on stdout either (findings, diff, statistics, summary)
    out = _Nowhere() if batch.pop("silent") else _stdout_text()
    # --report - (or /dev/stdout): the JSON report is what stdout carries
    report_out = batch["report"] is not None and report_stream(batch["report"]) == "stdout"
    if report_out and (diff or statistics):
        raise click.UsageError(f"--report {batch['report']} writes the report to stdout; "
                               f"--{'diff' if diff else 'statistics'} would print there too")
    if output_format != "full" and (diff or statistics or report_out):
        other = "--diff" if diff else "--statistics" if statistics else \
            f"--report {batch['report']}"
        raise click.UsageError(f"--output-format {output_format} and {other} both print "
                               "on stdout: give one")
    listing = _Listing(out, output_format,
                       0 if list_all or output_format == "json" else LISTED_PER_RULE)

    def show(r: DocResult) -> None:
        if report_out:
            return
        if diff:
            text = r.diff()
            out.write(text)
            if text and r.from_html:
                out.write(f"# {r.where}: HTML: the diff is of the text extracted from it, "
                          "which clean -o writes as .txt\n")
            for why in r.rewrites:     # what a diff of the text cannot show
                out.write(f"# {r.where}: {why}\n")
            return
        if statistics:
            return
        listing.show(r, left_only=fix)

    if fix:
        if batch["stdin_filename"] is not None:
            raise click.UsageError("check --fix rewrites files, not stdin (--stdin-filename)")
        if not (report_out or output_format != "full"):
            # check's streams, as ruff check's: each file's lines — its
            # findings, and here `Fixing PATH` (-v: `unchanged PATH`) — and
            # the summary on stdout, in order; stderr only for what goes
            # wrong or is noted (errors, warnings, notes, skipped)
            log = batch["log"]

            def fix_log(msg: str, log: Callable[[str], None] = log) -> None:
                if msg.startswith(("Fixing ", "unchanged ")):
                    if not quiet:   # -q, -s: not said (as the quiet log drops it)
                        out.write(msg + "\n")
                        out.flush()   # (above a progress bar on stderr)
                else:
                    log(msg)

            batch["log"] = fix_log
        run = (lambda: _batch.clean_paths(_paths(paths, "check", quiet=quiet),
                                          settings=settings,
                                          in_place=True, on_document=show,
                                          **batch))
    else:
        run = (lambda: _batch.clean_paths(
            _paths(paths, "check", batch["stdin_filename"] is not None, quiet=quiet),
            settings=settings, check=True, strict=strict, keep_original=diff,
            on_document=show, **batch))
    try:
        result = _run(run)
    except KeyboardInterrupt:
        # Ctrl-C, SIGTERM: the JSON list of the findings so far is closed,
        # as the report is, so that what was listed still reads (the exit
        # code, 130 or 143, says the run was cut short)
        if output_format == "json":
            listing.close()
        raise
    if statistics:
        counts = collections.Counter(result.changes_by_rule)
        counts.update(result.reports_by_rule)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            kind = "report" if code in result.reports_by_rule and \
                code not in result.changes_by_rule else "fix"
            out.write(f"{n:6d}  {code}  {result.names.get(code, ''):<28} {kind}\n")
    if fix:
        _fixed(ctx, result, listing, quiet, batch,
               to_err=report_out or output_format != "full", strict=strict,
               exit_zero=exit_zero, exit_non_zero_on_fix=exit_non_zero_on_fix)
        return
    # a nought in words, not figures ("no findings", "none would be
    # changed"): the line says what happened, as ruff's "All checks passed!"
    if not result.cleaned:
        summary = "no file checked"
    else:
        summary = (f"{_plural(result.findings, 'finding') if result.findings else 'no findings'}"
                   f" in {_plural(result.cleaned, 'file')} "
                   f"({f'{len(result.changed):,}' if result.changed else 'none'} would be changed")
        if result.rewritten_only:
            summary += f", {len(result.rewritten_only):,} of them with the same text"
        summary += ")"
        if result.cached:
            summary += f"; {_cached(result)}"
        if listing.unlisted:
            summary += f"; {listing.unlisted} not listed (--all lists them)"
    if result.extracted:
        # what was checked of an HTML page is the text clean -o would write
        n = len(result.extracted)
        summary += (f"; {_plural(n, 'HTML file')} checked as the text extracted from "
                    f"{'it' if n == 1 else 'them'}")
    if result.unsafe:
        summary += f"; {_unsafe(result.unsafe, check=True)}"
    if result.skipped:
        summary += f"; {len(result.skipped):,} skipped{_skipped_why(result, check=True)}"
    if result.errors:
        summary += f"; {_errors(result)}"
    if result.reports and not strict:   # they pass: say what makes them fail
        summary += f"; {_plural(result.reports, 'report')} passing (--strict fails on reports)"
    fixable = sum(result.changes_by_rule.values())
    if fixable:   # as ruff's "[*] N fixable with the `--fix` option"
        # the command that fixes them as they are named here: check --fix
        # (clean --in-place) for files, while stdin and HTML pages (whose
        # output is text, never written over the page) need clean's -o
        in_place = ("-" not in paths and batch["stdin_filename"] is None
                    and not set(result.changed) & set(result.extracted))
        summary += (f"; {fixable:,} fixable with "
                    f"`{'cleaner check --fix' if in_place else 'cleaner clean'}`")
    if not report_out and not diff and not statistics:
        listing.errors(result.errors)
    listing.close()
    if not quiet:
        if result.excluded != [batch["stdin_filename"]]:   # an editor's excluded file: quiet
            _nothing_done(result, "check")
        to_err = diff or report_out or output_format != "full"
        (_err if to_err else (lambda m: out.write(m + "\n")))(summary)
    code = result.exit_code
    ctx.exit(0 if exit_zero and code == 1 else code)


def _fixed(ctx: click.Context, result: BatchResult, listing: "_Listing", quiet: bool,
           batch: dict[str, Any], to_err: bool, strict: bool, exit_zero: bool,
           exit_non_zero_on_fix: bool) -> None:
    """The end of ``check --fix``: the summary of ``clean --in-place``, what
    is left (the reports: ``--strict`` fails on them), and ruff's exit
    code — 0 once the fixes are applied, 1 with --exit-non-zero-on-fix when
    a file changed, 2 on errors."""
    listing.errors(result.errors)
    listing.close()
    if not quiet:
        _nothing_done(result, "check")
        summary = _clean_summary(result, True, None,
                                 ("listed" if to_err else "listed above")
                                 + ": findings no rule fixes"
                                 + ("" if strict else "; --strict fails on them"))
        if listing.unlisted:
            summary += f"; {listing.unlisted} not listed (--all lists them)"
        (_err if to_err else (lambda m: _stdout_text().write(m + "\n")))(summary)
    if result.errors:
        ctx.exit(2)
    if exit_zero:
        ctx.exit(0)
    failed = (strict and result.reports) or (exit_non_zero_on_fix and result.changed)
    ctx.exit(1 if failed else 0)


class _Nowhere:
    """Standard output under ``-s``: what is written to it is dropped."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def _gh(value: str, prop: bool = False) -> str:
    """A GitHub Actions workflow command's message (or, ``prop``, property
    value) escaped as the runner reads it."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


class _Listing:
    """The findings of ``check`` on stdout, in ``--output-format``: ``full``
    and ``concise`` one line each (``path:line:col: CODE message``, ``CODE
    [*]`` for a fix, and ``path: reason`` for what changes a file besides
    its findings), ``json`` one JSON list streamed as the documents come,
    ``github`` one workflow command each (``::error`` for a fix, which fails
    the check, ``::warning`` for a report; a JSONL record's annotation is on
    its line of the file)."""

    def __init__(self, out: Any, fmt: str, cap: int = 0) -> None:
        self.out, self.fmt, self.first = out, fmt, True
        #: at most this many findings of one rule listed in one document
        #: (0: all; see LISTED_PER_RULE), and how many were left out
        self.cap, self.unlisted = cap, 0

    def _json(self, entry: dict[str, Any]) -> None:
        import json
        self.out.write(("[\n" if self.first else ",\n") + _json_text(json.dumps(entry,
                                                                            ensure_ascii=False)))
        self.first = False

    def show(self, r: DocResult, left_only: bool = False) -> None:
        """List ``r``'s findings and reasons; ``left_only`` (``check
        --fix``, after the fixes): only what is left, the reports."""
        record = {"record": r.line, "id": r.id if r.line is not None else None}
        # check --fix: what is left is listed where it is in the rewritten
        # file (as ruff lists what its fixes leave), not where it was before
        # the fixes moved it; the line numbers would point past it
        fixed = None
        if left_only and r.changed and r.text is not None:
            from .pipeline import _LineIndex
            fixed = _LineIndex(r.text)
        listed: list[Change | Report] = []
        for f in r.findings():
            if left_only and isinstance(f, Change):
                continue
            if fixed is not None and isinstance(f, Report) and f.out_offset is not None:
                line, col = fixed.line_col(f.out_offset)
                f = dataclasses.replace(f, line=line, col=col, offset=f.out_offset)
            listed.append(f)
        if fixed is not None:   # in order of the places listed, which the fixes moved
            listed.sort(key=lambda f: (f.line, f.col))
        more: dict[str, int] = {}
        if self.cap and len(listed) > self.cap:
            seen: collections.Counter[str] = collections.Counter()
            kept = []
            for f in listed:
                seen[f.code] += 1
                if seen[f.code] <= self.cap:
                    kept.append(f)
            more = {code: n - self.cap for code, n in sorted(seen.items()) if n > self.cap}
            listed = kept
        for f in listed:
            safe = getattr(f, "safe", True)
            fix = isinstance(f, Change)
            if self.fmt == "json":
                self._json({"filename": r.display, **record, "code": f.code, "name": f.name,
                            "message": f.message, "location": {"row": f.line, "column": f.col},
                            "offset": f.offset, "kind": "fix" if fix else "report",
                            "fix": {"before": f.before, "after": f.after,
                                    "applicability": "safe" if safe else "unsafe"}
                            if fix else None})
            elif self.fmt == "github":
                where = (f"line={f.line},col={f.col}" if r.line is None
                         else f"line={r.line}")
                inside = "" if r.line is None else f" (record text {f.line}:{f.col})"
                unsafe = "" if safe else " (unsafe fix)"
                self.out.write(f"::{'error' if fix else 'warning'} file={_gh(r.display, True)},"
                               f"{where},title={_gh(f'cleaner {f.code}', True)}::"
                               f"{_gh(f'{f.code} {f.message}{unsafe}{inside}')}\n")
            else:
                unsafe = "" if safe else " (unsafe fix)"
                # as ruff: [*] marks what `cleaner clean` fixes; a report has none
                mark = " [*]" if fix else ""
                self.out.write(f"{r.where}:{f.line}:{f.col}: {f.code}{mark} {f.message}{unsafe}\n")
        for code, n in more.items():
            self.unlisted += n
            said = (f"... and {n} more finding{'' if n == 1 else 's'} of {code} "
                    "(--all lists them)")
            if self.fmt == "github":
                where = "" if r.line is None else f",line={r.line}"
                self.out.write(f"::notice file={_gh(r.display, True)}{where},"
                               f"title={_gh(f'cleaner {code}', True)}::{_gh(said)}\n")
            else:
                self.out.write(f"{r.where}: {said}\n")
        # why it would change besides its findings (JSONL fields, encoding…):
        # a check that fails must say why
        for why in () if left_only else r.rewrites:
            if self.fmt == "json":
                self._json({"filename": r.display, **record, "code": None, "name": None,
                            "message": why, "location": None, "offset": None,
                            "kind": "rewrite", "fix": None})
            elif self.fmt == "github":
                where = "" if r.line is None else f",line={r.line}"
                self.out.write(f"::error file={_gh(r.display, True)}{where},"
                               f"title=cleaner::{_gh(why)}\n")
            else:
                self.out.write(f"{r.where}: {why}\n")

    def errors(self, errors: Sequence[dict[str, Any]]) -> None:
        """The inputs (and JSONL lines) that failed, as ruff lists its I/O
        errors: in ``json`` an entry of ``kind`` ``error``, in ``github`` an
        ``::error`` annotation, so that a CI job that fails says why (they
        are on stderr in every format too)."""
        if self.fmt not in ("json", "github"):
            return
        for e in errors:
            path, line, message = e["path"], e.get("line"), e["error"]
            for prefix in (f"{path}:{line}: ", f"{path}: "):
                if message.startswith(prefix):
                    message = message[len(prefix):]
                    break
            if self.fmt == "json":
                self._json({"filename": path, "record": line, "id": e.get("id"), "code": None,
                            "name": None, "message": message, "location": None,
                            "offset": None, "kind": "error", "fix": None})
            else:
                where = "" if line is None else f",line={line}"
                self.out.write(f"::error file={_gh(path, True)}{where},title=cleaner error::"
                               f"{_gh(message)}\n")

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.first else "\n]\n")


def _rule_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for code, rule in sorted(_rules.REGISTRY.items()):
        kind = "fixable" if rule.fixable else "report-only"
        if code in _rules.OPT_IN:
            kind += " (opt-in)"
        rows.append((code, rule.name, kind, rule.summary()))
    for code, (name, doc) in sorted(_rules.BUILTIN_REPORTS.items()):
        rows.append((code, name, "report-only", doc.split(": ")[0].rstrip(".") + "."))
    return sorted(rows)


@cli.command(short_help="List every rule: code, name, fixable or report-only, summary.")
@click.argument("prefixes", nargs=-1, metavar="[PREFIX]...")
@click.option("--output-format", "--format", "fmt", type=click.Choice(["text", "json"]),
              default="text", show_default=True,
              help="text (a line a rule) or json (a list of {code, name, kind, summary}); "
                   "--output-format as check's, --format its older name.")
def rules(prefixes: tuple[str, ...], fmt: str) -> None:
    """List every rule: code, name, fixable or report-only, summary; with
    PREFIX (B1, T, N001; comma-separated or repeated, as --select takes
    them), only the rules it selects."""
    rows = _rule_rows()
    wanted = _split(prefixes)
    if wanted:
        try:
            wanted = _config.check_codes(wanted, "rules")
        except _config.ConfigError as exc:
            raise _UsageExit(str(exc)) from None
        rows = [r for r in rows if any(p == "ALL" or r[0].startswith(p) for p in wanted)]
    if fmt == "json":
        import json
        click.echo(json.dumps([dict(zip(("code", "name", "kind", "summary"), r))
                               for r in rows], indent=2, ensure_ascii=False))
        return
    w = max(len(r[1]) for r in rows)
    k = max(len(r[2]) for r in rows)
    for code, name, kind, summary in rows:
        click.echo(f"{code}  {name:<{w}}  {kind:<{k}}  {summary}")


def resolve_rule(given: str) -> str | None:
    """The code of the rule ``given`` names: its code (any case) or its
    kebab-case name (any case, ``_`` for ``-``); None if there is none."""
    key = given.strip()
    if key.upper() in _rules.REGISTRY or key.upper() in _rules.BUILTIN_REPORTS:
        return key.upper()
    name = key.lower().replace("_", "-")
    for code, rule in _rules.REGISTRY.items():
        if rule.name == name:
            return code
    for code, (rname, _doc) in _rules.BUILTIN_REPORTS.items():
        if rname == name:
            return code
    return None


def _rule_suggestions(given: str, n: int = 3) -> list[str]:
    """Codes and names close to ``given``, as ``CODE name``."""
    import difflib

    names = {**{r.name: c for c, r in _rules.REGISTRY.items()},
             **{v[0]: c for c, v in _rules.BUILTIN_REPORTS.items()}}
    codes = sorted({*_rules.REGISTRY, *_rules.BUILTIN_REPORTS})
    key = given.strip()
    found = [*difflib.get_close_matches(key.upper(), codes, n=n),
             *(names[m] for m in difflib.get_close_matches(
                 key.lower().replace("_", "-"), list(names), n=n))]
    out: list[str] = []
    for code in found:
        if code not in out:
            out.append(code)
    return [_rule_label(c) for c in out[:n]]


def _rule_label(code: str) -> str:
    """``B005 (teaser-link)``."""
    name = (_rules.REGISTRY[code].name if code in _rules.REGISTRY
            else _rules.BUILTIN_REPORTS[code][0])
    return f"{code} ({name})"


_EXPLAIN_PREFIX_SHOWN = 6     # rules named when explain is given a prefix; more are counted


@cli.command(short_help="Print a rule's documentation and example (B005, teaser-link).")
@click.argument("rule", nargs=-1, required=True)
@click.pass_context
def explain(ctx: click.Context, rule: tuple[str, ...]) -> None:
    """Print the documentation of RULE (a code such as B005, or a name such
    as teaser-link), with an example; of each RULE given, one after another
    (`cleaner explain B104 B101`, the codes a check printed)."""
    failed = False
    for i, given in enumerate(rule):
        page, error = _explain_page(given)
        if page is not None:
            click.echo(("\n" if i else "") + page, nl=False)
        else:
            _err(f"error: {error}")
            failed = True
    if failed:
        ctx.exit(2)


def _explain_page(rule: str) -> tuple[str | None, str | None]:
    """The page ``cleaner explain`` prints of ``rule``, or (None, the error
    that says why there is none)."""
    code = resolve_rule(rule)
    prefixed = sorted(c for c in {*_rules.REGISTRY, *_rules.BUILTIN_REPORTS}
                      if rule.strip() and c.startswith(rule.strip().upper()))
    if code not in _rules.REGISTRY and code not in _rules.BUILTIN_REPORTS \
            and len(prefixed) == 1:
        # a prefix selecting one rule (`Q`) names it: explain it, as asked
        code = prefixed[0]
    if code in _rules.REGISTRY:
        return _rules.REGISTRY[code].documentation(), None
    if code in _rules.BUILTIN_REPORTS:
        name, doc = _rules.BUILTIN_REPORTS[code]
        return f"{code} {name} (report-only, reported by the pipeline itself)\n\n{doc}\n", None
    close = _rule_suggestions(rule)
    hint = ""
    if prefixed:
        # a prefix, as --select takes them (`B0`): the rules it selects, not
        # codes that merely look like it (B110 for B0); a long list is cut
        # short, the rest counted (`cleaner rules` lists them all)
        said = [_rule_label(c) for c in prefixed]
        if len(said) > _EXPLAIN_PREFIX_SHOWN:
            rest = len(said) - (_EXPLAIN_PREFIX_SHOWN - 1)
            said = said[:_EXPLAIN_PREFIX_SHOWN - 1] + [f"{rest} more"]
        hint = (f"; it is the prefix of {len(prefixed)} rules, and explain takes one: did you "
                f"mean {', '.join(said[:-1])} or {said[-1]}? (`cleaner rules "
                f"{rule.strip().upper()}` lists them)")
    elif close:
        hint = "; did you mean " + (f"{', '.join(close[:-1])} or " if len(close) > 1 else "") \
            + f"{close[-1]}?"
    return None, f"unknown rule {rule!r} (see `cleaner rules`){hint}"


# -- entry point ------------------------------------------------------------

class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C's KeyboardInterrupt is (the same
    clean-up), for exit code 143 (128 + 15) instead of 130."""


def _sigterm(signum: int, frame: Any) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and
    return the exit code instead of exiting."""
    old = None
    _stdout_writes_file_names()
    try:
        old = signal.signal(signal.SIGTERM, _sigterm)
    except ValueError:  # not the main thread
        pass
    try:
        return _flush_stdout(_run_cli(lambda: cli.main(
            args=list(argv) if argv is not None else None, prog_name="cleaner",
            standalone_mode=False)))
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)


#: The command's first-generation threshold of the garbage collector
#: (Python's is 700): loading the rules and their data allocates containers
#: by the ten thousand (most freed at once, by reference counting), and at
#: 700 the collector ran ~90 times in a one-file check to find under 500
#: objects of cyclic garbage (~36M instructions).
GC_THRESHOLD = 50_000


def run() -> int:
    """The ``cleaner`` command (the console script, ``python -m cleaner``):
    :func:`main` on ``sys.argv`` with the collector's first generation at
    ``GC_THRESHOLD``, then every object is frozen (``gc.freeze``), so that
    the interpreter's collections at exit do not walk all that the rules
    and their data made (~90M instructions, a twentieth of a one-file check,
    which a pre-commit hook pays on every commit). Everything the command
    writes is closed by then. In-process callers call :func:`main`, which
    leaves the collector as it is."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    rc = main()
    gc.freeze()
    return rc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
