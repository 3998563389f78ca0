"""Reporters: one module per output format, each turning a stage's result into text.

``json.py`` and ``yaml.py`` write the versioned machine contracts; ``table.py`` writes the
human reports with rich (colour only on a terminal, and never when ``NO_COLOR`` is set).
"""
