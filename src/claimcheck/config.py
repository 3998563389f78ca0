"""Project configuration: ``claimcheck.yaml`` (or ``[tool.claimcheck]`` in pyproject.toml).

Found by walking up from the current directory; paths in it are relative to the file. Every key
is optional; unknown keys are an error so that a typo does not silently fall back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import ConfigError

CONFIG_NAME = "claimcheck.yaml"
VERDICTS = ("supported", "contradicted", "misattributed", "unsupported")
SEVERITIES = ("info", "warning", "error")

DEFAULT_CONFIG = """\
# claimcheck project configuration. Every key is optional.
sources: sources          # folder of source documents (.txt, .md, .html)
claims: claims            # folder of claim registry files, one YAML file per source
anchor:
  threshold: 85           # lowest similarity (0-100) at which a changed quote still anchors
conflicts:
  fail_on: warning        # lowest conflict severity that fails `verify` and `conflicts`
check:
  fail_on: [contradicted, misattributed]
  allow: []               # figures never flagged in drafts, e.g. ["24/7", "Group of 20"]
"""


@dataclass(frozen=True)
class Config:
    """Folders and thresholds of a project."""

    root: Path
    sources: Path
    claims: Path
    anchor_threshold: float = 85.0
    conflicts_fail_on: str = "warning"
    check_fail_on: tuple[str, ...] = ("contradicted", "misattributed")
    allow: tuple[str, ...] = field(default_factory=tuple)
    path: Path | None = None


def find(start: Path | None = None) -> Config:
    """The config of the project containing ``start`` (default: the current directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return load(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                table = tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot parse: {exc}", str(pyproject)) from exc
            if "claimcheck" in table:
                return parse(table["claimcheck"], folder, pyproject)
    return parse({}, here, None)


def load(path: Path) -> Config:
    """Read one claimcheck.yaml."""
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(
            f"YAML syntax error: {getattr(exc, 'problem', exc)}",
            str(path),
            mark.line + 1 if mark else None,
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", str(path)) from exc
    return parse(data, path.parent, path)


def parse(data: Any, root: Path, path: Path | None) -> Config:
    """Validate a config mapping."""
    where = str(path) if path else None
    if not isinstance(data, dict):
        raise ConfigError("config must be a mapping", where)
    unknown = set(data) - {"sources", "claims", "anchor", "conflicts", "check"}
    if unknown:
        raise ConfigError(f"unknown config key {sorted(unknown)[0]!r}", where)
    anchor = _section(data, "anchor", where)
    conflicts = _section(data, "conflicts", where)
    check = _section(data, "check", where)
    threshold = anchor.get("threshold", 85)
    if not isinstance(threshold, int | float) or not 0 < threshold <= 100:
        raise ConfigError("anchor.threshold must be a number from 1 to 100", where)
    severity = conflicts.get("fail_on", "warning")
    if severity not in SEVERITIES:
        raise ConfigError(f"conflicts.fail_on must be one of {', '.join(SEVERITIES)}", where)
    fail_on = check.get("fail_on", ["contradicted", "misattributed"])
    if isinstance(fail_on, str):
        fail_on = [fail_on]
    if not isinstance(fail_on, list) or any(v not in VERDICTS for v in fail_on):
        raise ConfigError(f"check.fail_on must list verdicts from {', '.join(VERDICTS)}", where)
    allow = check.get("allow", [])
    if not isinstance(allow, list) or not all(isinstance(a, str | int | float) for a in allow):
        raise ConfigError("check.allow must be a list of figures", where)
    return Config(
        root=root,
        sources=root / str(data.get("sources", "sources")),
        claims=root / str(data.get("claims", "claims")),
        anchor_threshold=float(threshold),
        conflicts_fail_on=severity,
        check_fail_on=tuple(fail_on),
        allow=tuple(str(a) for a in allow),
        path=path,
    )


def _section(data: dict[str, Any], key: str, where: str | None) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{key} must be a mapping", where)
    return value
