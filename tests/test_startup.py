"""What starting the command costs: `cleaner check one-file.txt`, as a
pre-commit hook runs it on every commit, imports and builds only what the
document needs. Each test runs a fresh interpreter (the modules this one
has imported already say nothing)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> dict:
    """Run ``code`` in a fresh interpreter from the repository root; it
    leaves its answer as JSON in ``out``."""
    res = subprocess.run([sys.executable, "-c", f"{code}\nimport json, sys\n"
                          "print(json.dumps(out), file=sys.stderr)"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stderr.strip().splitlines()[-1])


def test_ftfy_is_imported_only_for_a_text_that_may_need_it() -> None:
    """Loading every rule and cleaning an English page with curly quotes
    and dashes (no two non-ASCII characters in a row) does not import ftfy;
    a page with mojibake does, and is repaired (negative)."""
    out = _fresh(
        "import sys\n"
        "from cleaner import Pipeline\n"
        "p = Pipeline()\n"
        "out = {'loaded': 'ftfy' in sys.modules}\n"
        "p.run('The mayor’s office — the council said on Monday it would “look again”.\\n')\n"
        "out['plain'] = 'ftfy' in sys.modules\n"
        "out['fixed'] = p.run('The mayorâ€™s office said on Monday.\\n').text\n"
        "out['mojibake'] = 'ftfy' in sys.modules\n")
    assert out == {"loaded": False, "plain": False,
                   "fixed": "The mayor’s office said on Monday.\n", "mojibake": True}


def test_ftfy_config_is_still_the_modules_name() -> None:
    """``unicode.FTFY_CONFIG`` is made when first asked, once, with the
    encoding repairs on and the typographic choices off."""
    from cleaner.rules import unicode

    config = unicode.FTFY_CONFIG
    assert config is unicode.FTFY_CONFIG
    assert config.fix_encoding and not config.uncurl_quotes and config.normalization is None


# -- patterns compiled when first used (cleaner.lazyre) -----------------------

def test_every_lazy_pattern_compiles_to_the_eager_one() -> None:
    """Each module's pattern left to compile when first used compiles to
    what ``re.compile`` of the same source and flags makes at once (an error
    in one would otherwise show only on the first document that uses it),
    and then the module's name is bound to the compiled pattern."""
    out = _fresh(
        "import importlib, pkgutil, re, cleaner\n"
        "from cleaner import lazyre\n"
        "mods = [importlib.import_module(m.name) for m in pkgutil.walk_packages(cleaner.__path__, "
        "'cleaner.') if m.name not in ('cleaner.htmltext', 'cleaner.__main__')]\n"
        "lazy = [(mod, name, value) for mod in mods for name, value in vars(mod).items()\n"
        "        if isinstance(value, lazyre.LazyPattern)]\n"
        "out = {'lazy': len(lazy), 'differ': [], 'left': []}\n"
        "for mod, name, value in lazy:\n"
        "    if value.compiled() != re.compile(value.pattern, value._flags):\n"
        "        out['differ'].append(name)\n"
        "    if not isinstance(getattr(mod, name), re.Pattern):\n"
        "        out['left'].append(name)\n")
    assert out["lazy"] > 200
    assert out["differ"] == [] and out["left"] == []


def test_a_lazy_pattern_compiles_once_and_rebinds_its_modules_name() -> None:
    from cleaner import lazyre

    namespace: dict = {"lazyre": lazyre}
    exec("WORD = lazyre.compile(r'[a-z]+', lazyre.re.IGNORECASE)\nBOTH = (WORD,)", namespace)
    lazy = namespace["WORD"]
    assert isinstance(lazy, lazyre.LazyPattern)
    assert lazy.pattern == "[a-z]+" and lazy._compiled is None   # the source, not compiled
    assert lazy.search("12 Kyiv 3").group() == "Kyiv"
    compiled = namespace["WORD"]
    assert compiled is lazy.compiled() and compiled.flags & lazyre.re.IGNORECASE
    # a reference held elsewhere keeps working, on the same compiled pattern
    assert namespace["BOTH"][0] is lazy
    assert lazy.findall("a B c") == ["a", "B", "c"] and lazy.sub("-", "ab cd") == "- -"
    assert lazy.groups == 0 and lazy.compiled() is compiled
    import pickle
    assert pickle.loads(pickle.dumps(lazy)) == compiled
    # negative: a pattern made inside a function binds no name of its caller
    def inner():
        local = lazyre.compile("x")
        local.search("x")
        return local
    assert isinstance(inner(), lazyre.LazyPattern)


def test_loading_the_rules_compiles_few_patterns() -> None:
    """Importing the rules and the pipeline compiles next to none of the
    rules' own patterns (they are compiled when a document first needs
    them); cleaning a document compiles those it uses."""
    out = _fresh(
        "import re._compiler as rc\n"
        "calls = []\n"
        "orig = rc.compile\n"
        "def counting(p, flags=0):\n"
        "    calls.append(p)\n"
        "    return orig(p, flags)\n"
        "rc.compile = counting\n"
        "from cleaner import Pipeline\n"
        "out = {'import': len(calls)}\n"
        "Pipeline().run(open('seeds/000_213ec0226e2b09bc.txt', encoding='utf-8').read())\n"
        "out['run'] = len(calls)\n")
    assert out["import"] < 60 < out["run"], out


def test_stopword_lists_are_the_packages_read_without_importing_it() -> None:
    """stopwords-iso's lists are read from the file the package ships
    without importing the package (its import asks importlib.metadata for
    its version: more instructions than the lists): cleaning a document
    imports neither; the lists are those the package's API gives."""
    out = _fresh(
        "import sys\n"
        "from cleaner import Pipeline\n"
        "Pipeline().run(open('seeds/000_213ec0226e2b09bc.txt', encoding='utf-8').read())\n"
        "out = sorted(m for m in ('stopwordsiso', 'importlib.metadata') if m in sys.modules)\n")
    assert out == []
    import stopwordsiso

    from cleaner import blocks, language, resources

    assert resources.stopword_languages() == stopwordsiso.langs()
    for code in stopwordsiso.langs():
        assert resources.stopwords(code) == {w.lower() for w in stopwordsiso.stopwords(code)}
    assert blocks.stopwords_for("EN_gb") is resources.stopwords("en")
    assert resources.stopwords("xx") == frozenset()
    assert language.known("ku") and not language.known("xx")   # (no langdetect profile for ku)
    assert blocks.stopwords_for("xx") == frozenset()


def test_credit_patterns_are_compiled_only_for_lines_that_may_hold_one() -> None:
    """M002's and M003's patterns (the largest the rules build from the
    data) are compiled when a line first gets to them: a text with no line
    a credit may be on compiles none; a photo credit compiles the pattern
    that finds it (negative), and is still found."""
    out = _fresh(
        "from cleaner import Pipeline\n"
        "from cleaner.rules import metadata\n"
        "p = Pipeline()\n"
        "p.run('The council met on Monday and agreed to look again at the plan.\\n')\n"
        "state = lambda: [pat._compiled is not None for pat in (*metadata._photo_patterns(),\n"
        "                                                     *metadata._wire_patterns())]\n"
        "out = {'plain': state()}\n"
        "doc = p.run('The fleet left port on Monday for the last time this year.\\n\\n'\n"
        "            'Photo: Jane Doe/AFP\\n')\n"
        "out['credit'] = state()\n"
        "out['metadata'] = doc.metadata.get('photo_credit')\n")
    assert not any(out["plain"]) and len(out["plain"]) == 3 + 12
    assert out["credit"][0] and out["metadata"] == "Jane Doe/AFP"


HEAVY = ("multiprocessing", "ftfy", "stopwordsiso", "importlib.metadata", "bs4", "dask", "html")


def test_check_of_one_file_imports_nothing_it_does_not_use() -> None:
    """`cleaner check one-file.txt` (a pre-commit hook's call) imports no
    worker pool, HTML parser, Dask, ftfy (the file needs no repair),
    stopwordsiso's package nor html's table of entities (it holds no ``&``);
    `-j 2` over a directory starts workers (negative) and finds the same."""
    code = ("import sys\n"
            "from cleaner.cli import main\n"
            "out = {'rc': main(['check', ARGS])}\n"
            "out['loaded'] = [m for m in " + repr(HEAVY) + " if m in sys.modules]\n")
    one = _fresh(code.replace("ARGS", "'seeds/000_213ec0226e2b09bc.txt'"))
    assert one == {"rc": 1, "loaded": []}
    many = _fresh(code.replace("ARGS", "'-j', '2', 'seeds'"))
    assert many["rc"] == 1 and "multiprocessing" in many["loaded"]


def test_word_list_is_the_lines_stripped_without_blanks_and_comments(monkeypatch) -> None:
    from cleaner import resources

    monkeypatch.setattr(resources, "data_text", lambda name: "# a comment\nKyiv \n\n  \n"
                        " Lviv\n#Odesa\n  #kept\n\tDnipro\t\n")
    resources.word_list.cache_clear()
    try:
        assert resources.word_list("x.txt") == {"Kyiv", "Lviv", "#kept", "Dnipro"}
    finally:
        resources.word_list.cache_clear()


def test_the_command_freezes_what_is_left_before_exit_and_main_does_not() -> None:
    """``cleaner.cli.run`` (the console script, ``python -m cleaner``) runs
    ``main`` with the collector's first generation at ``GC_THRESHOLD`` and
    freezes every object before the interpreter exits (its collections at
    exit would walk them all); ``main``, which in-process callers call,
    leaves the collector as it is (negative). The console script is
    ``run``."""
    out = _fresh(
        "import gc, sys\n"
        "from cleaner.cli import main, run\n"
        "out = {'main': main(['check', 'seeds/000_213ec0226e2b09bc.txt'])}\n"
        "out['after_main'] = [gc.get_freeze_count(), gc.get_threshold()[0]]\n"
        "sys.argv = ['cleaner', 'check', 'seeds/000_213ec0226e2b09bc.txt']\n"
        "out['run'] = run()\n"
        "out['frozen_after_run'] = gc.get_freeze_count() > 0\n"
        "out['threshold'] = gc.get_threshold()[0]\n"
        "gc.unfreeze()\n")
    from cleaner.cli import GC_THRESHOLD
    assert out == {"main": 1, "after_main": [0, 700], "run": 1, "frozen_after_run": True,
                   "threshold": GC_THRESHOLD}
    import tomllib
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert scripts["project"]["scripts"]["cleaner"] == "cleaner.cli:run"
    res = subprocess.run([sys.executable, "-m", "cleaner", "check",
                          "seeds/000_213ec0226e2b09bc.txt"], capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    assert res.returncode == 1 and "13 findings in 1 file" in res.stdout, res.stdout
