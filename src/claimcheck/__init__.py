"""claimcheck: a command-line fact checker for numeric claims across sources."""

__version__ = "0.1.0"
