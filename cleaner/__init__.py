"""cleaner — clean and normalise scraped news text, and say what changed.

>>> from cleaner import clean
>>> clean("Kyiv said on Monday.   \\r\\nShare\\r\\n")
'Kyiv said on Monday.\\n'
"""
from .model import Change, Document, Edit, Finding, Report, Rule
from .pipeline import ConvergenceError, Pipeline, Settings, SettingsError, clean

__all__ = ["clean", "Pipeline", "Settings", "Document", "Rule", "Finding", "Edit",
           "Change", "Report", "ConvergenceError", "SettingsError"]
__version__ = "0.1.0"
