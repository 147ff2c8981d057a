"""The words the core holds for people to read, gathered for the translation tools.

The core (``hallpass_journal.domain``) never imports Qt, so its prompts, help texts,
guide pages, scripts and labels are plain strings; the UI translates each as it shows it
(``hallpass_journal.ui.domain_text.dt``, context ``"Domain"``). ``pyside6-lupdate`` only
finds strings written inside a translate call, so this module walks every constant of
every domain module (tuples, dicts, dataclasses and pydantic models, however nested) and
writes the prose it finds to ``hallpass_journal/ui/domain_words.py`` as
``QT_TRANSLATE_NOOP("Domain", …)``. ``packaging/update_translations.py`` runs it first;
its ``--check`` fails when the written file is not what the domain holds now.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "hallpass_journal" / "ui" / "domain_words.py"
#: An identifier, a key (snake_case or camelCase) or a format code, not words for a person.
_NOT_PROSE = re.compile(r"[a-z0-9_.:/-]*|[A-Z0-9_]+|[a-z]+(?:[A-Z][a-z]*)+")

_HEADER = '''"""Every text the core holds for people to read, for the translation tools.

Written by ``packaging/domain_strings.py``; do not edit by hand. The UI translates these
as it shows them (``hallpass_journal.ui.domain_text.dt``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORDS = (
'''


def _is_prose(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and not _NOT_PROSE.fullmatch(text)


def _walk(value: Any, found: dict[str, None], depth: int = 0) -> None:
    from pydantic import BaseModel

    if depth > 16:
        return
    if isinstance(value, str):
        if _is_prose(value):
            found.setdefault(value, None)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in sorted(value, key=repr) if isinstance(value, set | frozenset) else value:
            _walk(item, found, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, found, depth + 1)
            _walk(item, found, depth + 1)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _walk(getattr(value, name), found, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _walk(getattr(value, field.name), found, depth + 1)


def domain_strings() -> list[str]:
    """Every prose string held by a constant of a domain module, in a stable order."""
    import hallpass_journal.domain as domain

    found: dict[str, None] = {}
    for info in sorted(pkgutil.iter_modules(domain.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"hallpass_journal.domain.{info.name}")
        for name, value in vars(module).items():
            # Private constants count too: their words reach people through the
            # core's functions (refusal reasons, hints on vague terms).
            if name.startswith("__") or isinstance(value, type) or callable(value):
                continue
            _walk(value, found)
    return list(found)


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(strings: list[str]) -> str:
    """The text of ``domain_words.py`` for ``strings``."""
    body = "".join(f'    QT_TRANSLATE_NOOP("Domain", {_literal(t)}),\n' for t in strings)
    return _HEADER + body + ")\n"


def main(check: bool = False) -> bool:
    """Write the file (or only compare it); True when it was already current."""
    fresh = render(domain_strings())
    current = TARGET.exists() and TARGET.read_text(encoding="utf-8") == fresh
    if not check and not current:
        TARGET.write_text(fresh, encoding="utf-8")
    return current


if __name__ == "__main__":
    main()
