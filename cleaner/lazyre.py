"""Regular expressions compiled when first used.

``re`` compiles in Python: the few hundred patterns of the rules cost more
instructions to compile than cleaning a document does, and a run over one
document (`cleaner check one-file.txt`, as a pre-commit hook runs it) uses
fewer than half of them. A module's pattern written ::

    _WORD = lazyre.compile(r"\\w+")

is compiled the first time one of its methods is called; then the module's
global name is bound to the compiled pattern itself, so the module's own
uses cost nothing more than an eagerly compiled pattern's. A reference held
elsewhere (a tuple, another module's alias) keeps the lazy object, which
passes each call on, a little slower.
"""
from __future__ import annotations

import re
import sys
from typing import Any, AnyStr, Generic

__all__ = ["LazyPattern", "compile"]


class LazyPattern(Generic[AnyStr]):
    """``re.compile(pattern, flags)``, compiled on first use.

    It answers the methods of ``re.Pattern`` and its attributes; ``pattern``
    (the source) is read without compiling. Not a ``re.Pattern``: give
    :meth:`compiled` to what needs one (``re.sub(p, …)``, ``isinstance``)."""

    def __init__(self, pattern: AnyStr, flags: int | re.RegexFlag = 0,
                 namespace: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._namespace = namespace
        self._compiled: re.Pattern[AnyStr] | None = None

    def compiled(self) -> re.Pattern[AnyStr]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            # the methods, bound, shadow the class's: later calls go straight on
            for name in _METHODS:
                self.__dict__[name] = getattr(compiled, name)
            namespace, self._namespace = self._namespace, None
            if namespace is not None:
                for name, value in list(namespace.items()):
                    if value is self:
                        namespace[name] = compiled
        return compiled

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().scanner(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __reduce__(self) -> tuple:
        return re.compile, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner")


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> LazyPattern[AnyStr]:  # noqa: A001
    """``re.compile(pattern, flags)`` when first used. Called at a module's
    top level, the module's global name for it is rebound to the compiled
    pattern then (see the module's docstring)."""
    caller = sys._getframe(1)
    namespace = caller.f_globals if caller.f_globals is caller.f_locals else None
    return LazyPattern(pattern, flags, namespace)
