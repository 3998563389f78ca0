"""The claim registry: YAML files in ``claims/``, one per source, each claim linked to its quote.

``model.py`` holds the `Claim` record, ``io.py`` reads (validating, with line numbers) and writes
(deterministically, atomically) registry files, ``comments.py`` keeps the comments a person
wrote in a file the writer replaces, ``guess.py`` guesses subject and metric, and
``sync.py`` refreshes the registry from the sources.
"""

from claimcheck.registry.model import STATUSES, Claim, Registry

__all__ = ["STATUSES", "Claim", "Registry"]
