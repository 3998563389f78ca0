"""The claim registry's storage: YAML files in ``claims/``, one per source.

``io.py`` reads registry files (validating, with line numbers) and writes them
(deterministically, atomically); ``comments.py`` keeps the comments a person wrote in a file the
writer replaces. The records themselves (`Claim`, `Registry`) live in `claimcheck.model`;
refreshing the registry from the sources is the `claimcheck.sync` stage.
"""
