"""Project configuration: ``claimcheck.yaml`` (or ``[tool.claimcheck]`` in pyproject.toml).

Found by walking up from the current directory; paths in it are relative to the file. Every key
is optional; unknown keys (also inside ``anchor``, ``conflicts`` and ``check``) are an error so
that a typo does not silently fall back to a default. Errors name the file and the key's line.
A ``-C`` folder that does not exist is an error, not an empty project.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
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
    cache: bool = True


def find(start: Path | None = None) -> Config:
    """The config of the project containing ``start`` (default: the current directory)."""
    here = (start or Path.cwd()).resolve()
    if not here.is_dir():
        raise ConfigError("project folder not found", str(start or here))
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
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror or exc}", str(path)) from exc
    if b"\x00" in raw:
        raise ConfigError("binary file, not a config file", str(path), raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError("not UTF-8 text", str(path), raw[: exc.start].count(b"\n") + 1) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text) or {}
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        found = re.search(r"tag '([^']+)'", exc.problem or "")
        name = found.group(1).replace("tag:yaml.org,2002:", "!!") if found else "this tag"
        raise ConfigError(f"tag {name} is not allowed", str(path), mark.line + 1 if mark else None) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(
            f"YAML syntax error: {getattr(exc, 'problem', None) or exc}",
            str(path),
            mark.line + 1 if mark else None,
        ) from exc
    lines = _key_lines(node)
    if node is not None:
        lines[""] = node.start_mark.line + 1
    return parse(data, path.parent, path, lines)


def _key_lines(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """Lines of the keys of a mapping node and of its sub-mappings (``anchor.threshold``)."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}{key.value}"
            lines[name] = key.start_mark.line + 1
            lines.update(_key_lines(value, name + "."))
    return lines


def parse(data: Any, root: Path, path: Path | None, lines: dict[str, int] | None = None) -> Config:
    """Validate a config mapping (``lines``: where each key stands, for messages)."""
    where = str(path) if path else None
    at = lines or {}

    def error(message: str, key: str) -> ConfigError:
        return ConfigError(message, where, at.get(key) or at.get(key.split(".")[0]))

    if not isinstance(data, dict):
        raise ConfigError("config must be a mapping", where, at.get("", 1) if path else None)
    unknown = set(data) - {"sources", "claims", "cache", "anchor", "conflicts", "check"}
    if unknown:
        key = sorted(unknown, key=str)[0]
        raise error(f"unknown config key {key!r}", str(key))
    for key in ("sources", "claims"):
        if key in data and not isinstance(data[key], str):
            raise error(f"{key} must be a folder name", key)
    cache = data.get("cache", True)
    if not isinstance(cache, bool):
        raise error("cache must be true or false", "cache")
    anchor = _section(data, "anchor", error)
    conflicts = _section(data, "conflicts", error)
    check = _section(data, "check", error)
    for section, known, values in (
        ("anchor", {"threshold"}, anchor),
        ("conflicts", {"fail_on"}, conflicts),
        ("check", {"fail_on", "allow"}, check),
    ):
        extra = sorted((k for k in values if k not in known), key=str)
        if extra:
            raise error(f"unknown config key '{section}.{extra[0]}'", f"{section}.{extra[0]}")
    threshold = anchor.get("threshold", 85)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 < threshold <= 100:
        raise error("anchor.threshold must be a number from 1 to 100", "anchor.threshold")
    severity = conflicts.get("fail_on", "warning")
    if severity not in SEVERITIES:
        raise error(f"conflicts.fail_on must be one of {', '.join(SEVERITIES)}", "conflicts.fail_on")
    fail_on = check.get("fail_on", ["contradicted", "misattributed"])
    if isinstance(fail_on, str):
        fail_on = [fail_on]
    if not isinstance(fail_on, list) or any(v not in VERDICTS for v in fail_on):
        raise error(f"check.fail_on must list verdicts from {', '.join(VERDICTS)}", "check.fail_on")
    allow = check.get("allow", [])
    if not isinstance(allow, list) or not all(isinstance(a, str | int | float) for a in allow):
        raise error("check.allow must be a list of figures", "check.allow")
    return Config(
        root=root,
        sources=root / str(data.get("sources", "sources")),
        claims=root / str(data.get("claims", "claims")),
        anchor_threshold=float(threshold),
        conflicts_fail_on=severity,
        check_fail_on=tuple(fail_on),
        allow=tuple(str(a) for a in allow),
        path=path,
        cache=cache,
    )


def _section(data: dict[str, Any], key: str, error: Callable[[str, str], ConfigError]) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise error(f"{key} must be a mapping", key)
    return value
