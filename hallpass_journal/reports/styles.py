"""The two stylesheets of a report's HTML: a browser's (screen and print) and the PDF's.

Calm and easy to scan: one sans-serif family, dark grey on white, generous line
spacing, quiet small headings for the questions of guided entries. The PDF's sheet keeps
to what :class:`~PySide6.QtGui.QTextDocument` understands (no borders on blocks, lengths
in px at 96 per inch, which is the PDF writer's resolution too).
"""

from __future__ import annotations

#: Families tried in order; DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic.
FONT_STACK = '"DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif'
QT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"]

WEB_CSS = """\
:root { color-scheme: light; }
html { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial,
  sans-serif; font-size: 16px; font-variant-ligatures: none; }
body { max-width: 46em; margin: 2.5em auto; padding: 0 1.25em; color: #222; background: #fff;
  line-height: 1.5; }
h1 { font-size: 2em; font-weight: 600; margin: 0.2em 0 0.6em; line-height: 1.2; }
h2 { font-size: 1.45em; font-weight: 600; color: #1d3b53; margin: 2.2em 0 0.6em;
  padding-top: 0.6em; border-top: 2px solid #d8e0e6; }
h3 { font-size: 1.15em; font-weight: 600; margin: 1.6em 0 0.3em; }
h4 { font-size: 1em; font-weight: 600; color: #333; margin: 1.1em 0 0.2em; }
h5 { font-size: 0.9em; font-weight: 600; color: #3a4a5a; margin: 0.9em 0 0.1em; }
p { margin: 0 0 0.6em; }
ul, ol { margin: 0.2em 0 0.8em; padding-left: 1.6em; }
li { margin: 0.15em 0; }
table { border-collapse: collapse; margin: 0.4em 0 1em; }
th, td { border: 1px solid #c8d0d6; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #eef2f5; font-weight: 600; }
td.num { text-align: right; }
.cover { padding: 3em 0 2em; }
.coverapp, .app { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.85em;
  color: #556; }
.cover .who { font-size: 1.2em; }
.facts td { border: none; padding: 0.15em 1.2em 0.15em 0; }
.facts td.label, .muted, .meta, .caption, .note { color: #555; }
.chosen { margin-top: 1.5em; font-style: italic; }
.meta, .caption, .note, .tags { font-size: 0.9em; }
.chart img { max-width: 100%; height: auto; border: 1px solid #e2e6ea; }
.q { margin-bottom: 0.1em; }
.a, .was, .now { margin-left: 1em; }
.removed { background: #f6dad6; text-decoration: line-through; }
.added { background: #d5ecdc; font-weight: 600; text-decoration: underline; }
.phrase { font-size: 1.1em; }
hr.sep { border: none; border-top: 1px solid #d8e0e6; margin: 1.8em 0 0; }
h3.entry { margin-top: 1em; }
.signature { width: 100%; }
.signature td { height: 2.5em; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; }
  h2.part { border-top: none; padding-top: 0; margin-top: 0; }
  h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  table, li, .chart, tr { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  .chart img { border: none; }
}
"""

QT_CSS = f"""\
body {{ font-family: {FONT_STACK}; font-size: 10pt; color: #222222; }}
h1 {{ font-size: 24pt; font-weight: 600; margin-top: 0px; margin-bottom: 14px; }}
h2 {{ font-size: 16pt; font-weight: 600; color: #1d3b53; margin-top: 0px; margin-bottom: 12px; }}
h3 {{ font-size: 12.5pt; font-weight: 600; margin-top: 18px; margin-bottom: 5px; }}
h4 {{ font-size: 10.5pt; font-weight: 600; color: #333333; margin-top: 12px; margin-bottom: 3px; }}
h5 {{ font-size: 9.5pt; font-weight: 600; color: #3a4a5a; margin-top: 9px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 135%; }}
li {{ line-height: 130%; }}
ul, ol {{ margin-top: 2px; margin-bottom: 8px; }}
table.grid {{ border-collapse: collapse; border-color: #c8d0d6; border-style: solid;
  margin-top: 4px; margin-bottom: 12px; }}
table.grid td, table.grid th {{ border-color: #c8d0d6; border-style: solid; border-width: 1px;
  padding-left: 6px; padding-right: 6px; }}
th {{ background-color: #eef2f5; font-weight: 600; text-align: left; }}
td.num {{ text-align: right; }}
.coverapp {{ font-size: 9pt; color: #556677; margin-top: 170px; margin-bottom: 6px; }}
.app {{ font-size: 9pt; color: #556677; margin-bottom: 4px; }}
.who {{ font-size: 13pt; margin-bottom: 18px; }}
.facts td {{ padding-right: 18px; font-size: 10.5pt; }}
td.label {{ color: #555555; }}
.chosen {{ margin-top: 28px; font-style: italic; font-size: 10.5pt; }}
.muted {{ color: #555555; }}
.meta {{ color: #555555; font-size: 9pt; }}
.caption {{ color: #555555; font-size: 8.5pt; }}
.note {{ color: #555555; font-size: 8.5pt; margin-top: 10px; }}
.tags {{ color: #555555; font-size: 8.5pt; }}
.feelings {{ font-size: 9pt; }}
.a {{ margin-left: 14px; }}
.was {{ margin-left: 14px; margin-bottom: 2px; }}
.now {{ margin-left: 14px; }}
.removed {{ background-color: #f6dad6; }}
.added {{ background-color: #d5ecdc; }}
.phrase {{ font-size: 11pt; }}
.chart {{ line-height: 100%; margin-bottom: 2px; }}
"""
