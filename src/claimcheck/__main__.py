"""Allow ``python -m claimcheck``."""

from claimcheck.entry import main

main()
