"""cleaner — clean and normalise scraped news text, and say what changed.

>>> from cleaner import clean
>>> clean("Kyiv said on Monday.   \\r\\nShare\\r\\n")
'Kyiv said on Monday.\\n'
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .model import Change, Document, Edit, Finding, Report, Rule

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import ConvergenceError, Pipeline, Settings, SettingsError, clean

__all__ = ["clean", "Pipeline", "Settings", "Document", "Rule", "Finding", "Edit",
           "Change", "Report", "ConvergenceError", "SettingsError"]
__version__ = "0.1.0"

#: imported when first asked for: the pipeline loads every rule (about a
#: second), which `cleaner --version` and `--help` need not pay
_FROM_PIPELINE = frozenset({"clean", "Pipeline", "Settings", "ConvergenceError",
                            "SettingsError"})


def __getattr__(name: str) -> Any:
    if name in _FROM_PIPELINE:
        value = getattr(importlib.import_module(".pipeline", __name__), name)
        globals()[name] = value
        return value
    try:   # a submodule, as when the pipeline was imported with the package
        return importlib.import_module(f".{name}", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
