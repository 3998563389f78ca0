"""The archive index: every figure of a large corpus, with its frame, in Parquet, beside the
reviewed registry (config section ``archive``: ``path``, ``sources``, ``fail``).

- `documents`: the archive's documents, streamed (text, Markdown, HTML files; JSON Lines);
- `rows`: a figure as a row, and the extraction a worker runs on a batch of documents;
- `manifest`: which documents are indexed, with their content hashes, and in which segment;
- `writer`: segment files, sorted by frame, written atomically;
- `compact`: segments merged by size, so that a frame's figures are in few places;
- `pool`, `dask_engine`: where extraction runs (local processes; a Dask cluster);
- `build`: ``claimcheck archive build``, incremental and resumable;
- `queries`: DuckDB over the segments (stats, disagreements by frame, figures per draft frame);
- `conflicts`: the disagreements as `Conflict` records, for the conflicts reports.

Nothing here is imported by ``claimcheck --help``; pyarrow, duckdb and dask are imported
where they are used.
"""

from __future__ import annotations

import importlib

from claimcheck.errors import UsageError


def require(*modules: str) -> None:
    """A usage error naming the extra to install when a library the archive needs is missing."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise UsageError(
                f"the archive index needs {name}: pip install 'claimcheck[archive]'"
            ) from None
