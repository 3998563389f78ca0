"""Reading and writing files with one rule each: decoding (`files`), path expansion (`paths`),
YAML with line numbers (`yamlread`) and the checked, atomic cache (`cache`).

Above `claimcheck.model`, below every stage: nothing here knows about claims or mentions.
"""
