"""The HTML report (``claimcheck report``): one self-contained static page for people.

`build` (`gather`) collects what the page shows from the stages into a `Page` of plain records
(`page`): the sources and their claim counts, every conflict with its claims' passages side by
side, a chart per measure (`chart`), each draft given with its checked numbers marked by
verdict (`drafts`). `render` (`render`) lays the page out with a Jinja2 template, autoescaping
on, inline CSS and SVG, no script; `summary` is the line for stderr.
"""

from claimcheck.report.html.gather import build, summary
from claimcheck.report.html.render import render

__all__ = ["build", "render", "summary"]
