"""Process-level protections, applied once at start."""

from __future__ import annotations

import contextlib


def harden_process() -> None:
    """No core dumps: a crash must never write decrypted journal text to disk."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
