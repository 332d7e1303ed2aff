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
