"""Rendering of exports: therapist PDF/HTML/Markdown, agreement document, charts."""
