"""The check stage: gate editorial drafts against the registry and the sources.

Modules: `markdown` (prose regions of a draft), `words` (word lists), `match` (candidates for a
number), `verdict` (the verdict rules), `suppress` (comments and allowlist), `gate` (the core,
`check_paths`).
"""
