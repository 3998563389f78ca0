"""Project configuration: ``claimcheck.yaml`` (or ``[tool.claimcheck]`` in pyproject.toml).

Found by walking up from the current directory; paths in it are relative to the file. Every key
is optional; unknown keys (also inside ``anchor``, ``conflicts``, ``check`` and ``publisher``) are an error so
that a typo does not silently fall back to a default, and so is a duplicate key (YAML is read by
`claimcheck.io.yamlread`; TOML parsers reject duplicates themselves). Errors name the file
(relative to the current folder when inside it) and the key's line. A ``-C`` folder that does
not exist is an error, not an empty project, and so is a folder with no config above it: a
command never guesses a project (``claimcheck init`` makes one).

The optional ``publisher:`` section (``name`` and ``url``, both required when it is there) names
who publishes the fact checks: ``check --format claimreview`` gives it as each review's author
and url, and the HTML report names it.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from claimcheck.errors import ConfigError, RegistryError
from claimcheck.io import files, yamlread
from claimcheck.model import Severity, Verdict

CONFIG_NAME = "claimcheck.yaml"
VERDICTS = tuple(v.value for v in Verdict)
SEVERITIES = tuple(s.value for s in Severity)

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
  allow: []               # figures never flagged in drafts, e.g. ["the 500 list"]
max_file_size: 50         # MB: a larger source is refused (exit 2) rather than read
"""


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact checks (config section ``publisher``): a name and a web address."""

    name: str
    url: str


@dataclass(frozen=True)
class ArchiveConfig:
    """The archive index (config section ``archive``): the folder it is kept in (``path``),
    the folders, files and globs of its documents (``sources``, relative to the project), and
    whether an archive figure that disagrees with a draft fails ``check --archive`` (``fail``)."""

    path: Path
    sources: tuple[str, ...]
    fail: bool = False


@dataclass(frozen=True)
class Config:
    """Folders and thresholds of a project."""

    root: Path
    sources: Path
    claims: Path
    anchor_threshold: float = 85.0
    conflicts_fail_on: Severity = Severity.warning
    check_fail_on: tuple[str, ...] = ("contradicted", "misattributed")
    allow: tuple[str, ...] = field(default_factory=tuple)
    path: Path | None = None
    cache: bool = True
    publisher: Publisher | None = None
    archive: ArchiveConfig | None = None
    max_file_size: int = files.MAX_BYTES  # bytes; the config key is in MB
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)  # where each key stands

    @property
    def shown(self) -> str | None:
        """The config file as messages name it (relative to the current folder when inside it)."""
        return display(self.path) if self.path is not None else None

    def folder_error(self, key: str) -> ConfigError:
        """The error for a ``sources`` or ``claims`` folder that does not exist."""
        folder = self.sources if key == "sources" else self.claims
        try:
            name = folder.relative_to(self.root).as_posix()
        except ValueError:
            name = str(folder)
        if self.path is None:
            return ConfigError(f"{key} folder not found", display(folder))
        return ConfigError(f"{key} folder {name!r} not found", self.shown, self.lines.get(key))


def display(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it, else as it is."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)


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
            found = _pyproject(pyproject)
            if found is not None:
                return found
    raise ConfigError(
        f"no {CONFIG_NAME} found here or in a folder above; run 'claimcheck init' to start a project",
        str(here),
    )


def _pyproject(path: Path) -> Config | None:
    """The config in a pyproject.toml's ``[tool.claimcheck]`` table, None when it has none."""
    text = files.read_text(path, display(path), "a pyproject.toml", ConfigError)
    try:
        table = tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        # duplicate keys are rejected here too: "Cannot overwrite a value (at line 3, column 14)"
        m = re.fullmatch(r"(.*?) \(at line (\d+), column \d+\)", str(exc))
        message, line = (m.group(1), int(m.group(2))) if m else (str(exc), None)
        raise ConfigError(f"TOML syntax error: {message}", display(path), line) from exc
    if not isinstance(table, dict) or "claimcheck" not in table:
        return None
    return parse(table["claimcheck"], path.parent, path, _toml_lines(text))


def _toml_lines(text: str) -> dict[str, int]:
    """Lines of the top-level keys of ``[tool.claimcheck]`` (for messages; a plain scan)."""
    lines: dict[str, int] = {}
    inside = False
    for n, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            name = header.group(1).replace('"', "").replace("'", "").replace(" ", "")
            inside = name == "tool.claimcheck"
            if name.startswith("tool.claimcheck."):
                lines.setdefault(name.removeprefix("tool.claimcheck."), n)
            continue
        key = re.match(r"\s*([A-Za-z0-9_-]+)\s*=", line)
        if inside and key:
            lines.setdefault(key.group(1), n)
    return lines


def load(path: Path) -> Config:
    """Read one claimcheck.yaml."""
    text = files.read_text(path, display(path), "a config file", ConfigError)
    try:  # plain types only; tags and duplicate keys are errors with their line
        data, node = yamlread.parse(text, display(path))
    except RegistryError as exc:
        raise ConfigError(exc.message, exc.path, exc.line) from None
    if data is None:
        data = {}
    lines = _key_lines(node)
    if node is not None:
        lines[""] = node.start_mark.line + 1
    return parse(data, path.parent, path, lines)


def _folder(data: dict[Any, Any], key: str, root: Path) -> str:
    """The folder ``key`` names, relative to the project root (its default when not given)."""
    return os.path.normpath(str(data.get(key, key)))


def _inside(value: Any, key: str, root: Path, error: Callable[[str, str], ConfigError]) -> None:
    """Refuse a folder that is not a sub-folder of the project: ``claims: ../x`` would write
    outside it, and ``sources: ''`` (the project itself) would make every draft a source."""
    if not isinstance(value, str) or not value.strip():
        raise error(f"{key} must be a folder name", key)
    base = root.resolve()
    target = (root / value).resolve()
    if target == base or base not in target.parents:
        raise error(f"{key} must be a folder inside the project, not {value!r}", key)


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
    where = display(path) if path else None
    at = lines or {}

    def error(message: str, key: str) -> ConfigError:
        return ConfigError(message, where, at.get(key) or at.get(key.split(".")[0]))

    if not isinstance(data, dict):
        raise ConfigError("config must be a mapping", where, at.get("", 1) if path else None)
    unknown = set(data) - {
        "sources",
        "claims",
        "cache",
        "max_file_size",
        "anchor",
        "conflicts",
        "check",
        "publisher",
        "archive",
    }
    if unknown:
        key = sorted(unknown, key=str)[0]
        raise error(f"unknown config key {key!r}", str(key))
    for key in ("sources", "claims"):
        if key in data:
            _inside(data[key], key, root, error)
    if _folder(data, "sources", root) == _folder(data, "claims", root):
        raise error(
            "sources and claims must be different folders",
            "claims" if "claims" in data else "sources",
        )
    cache = data.get("cache", True)
    size = data.get("max_file_size", files.MAX_BYTES / 2**20)
    if isinstance(size, bool) or not isinstance(size, int | float) or not 0 < size <= 100_000:
        raise error("max_file_size must be a number of megabytes above 0", "max_file_size")
    if not isinstance(cache, bool):
        raise error("cache must be true or false", "cache")
    anchor = _section(data, "anchor", error)
    conflicts = _section(data, "conflicts", error)
    check = _section(data, "check", error)
    publisher = _section(data, "publisher", error)
    archive = _section(data, "archive", error)
    for section, known, values in (
        ("anchor", {"threshold"}, anchor),
        ("conflicts", {"fail_on"}, conflicts),
        ("check", {"fail_on", "allow"}, check),
        ("publisher", {"name", "url"}, publisher),
        ("archive", {"path", "sources", "fail"}, archive),
    ):
        extra = sorted((k for k in values if k not in known), key=str)
        if extra:
            raise error(f"unknown config key '{section}.{extra[0]}'", f"{section}.{extra[0]}")
    threshold = anchor.get("threshold", 85)
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0 < threshold <= 100
    ):
        raise error("anchor.threshold must be a number from 1 to 100", "anchor.threshold")
    severity = conflicts.get("fail_on", "warning")
    if severity not in SEVERITIES:
        raise error(
            f"conflicts.fail_on must be one of {', '.join(SEVERITIES)}", "conflicts.fail_on"
        )
    fail_on = check.get("fail_on", ["contradicted", "misattributed"])
    if isinstance(fail_on, str):
        fail_on = [fail_on]
    if fail_on == ["none"]:  # said outright: no verdict fails the gate
        fail_on = []
    elif not isinstance(fail_on, list) or not fail_on or any(v not in VERDICTS for v in fail_on):
        # an empty list would pass contradictions silently: `none` says so on purpose
        raise error(
            f"check.fail_on must list verdicts from {', '.join(VERDICTS)} (or be none)",
            "check.fail_on",
        )
    allow = check.get("allow", [])
    if not isinstance(allow, list) or not all(isinstance(a, str | int | float) for a in allow):
        raise error("check.allow must be a list of figures", "check.allow")
    return Config(
        root=root,
        sources=root / _folder(data, "sources", root),
        claims=root / _folder(data, "claims", root),
        anchor_threshold=float(threshold),
        conflicts_fail_on=Severity(severity),
        check_fail_on=tuple(fail_on),
        allow=tuple(str(a) for a in allow),
        path=path,
        cache=cache,
        max_file_size=int(size * 2**20),
        publisher=_publisher(publisher, error) if publisher else None,
        archive=_archive(archive, root, data, error) if "archive" in data else None,
        lines=dict(at),
    )


def _section(
    data: dict[str, Any], key: str, error: Callable[[str, str], ConfigError]
) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise error(f"{key} must be a mapping", key)
    return value


def _publisher(values: dict[str, Any], error: Callable[[str, str], ConfigError]) -> Publisher:
    """The ``publisher`` section: a name, and an absolute http(s) URL (a ClaimReview's ``url``
    must be one, and a relative one would resolve against wherever the JSON-LD is pasted)."""
    name, url = values.get("name"), values.get("url")
    if not isinstance(name, str) or not name.strip():
        raise error("publisher.name must be the publisher's name (text)", "publisher.name")
    parts = urlsplit(url) if isinstance(url, str) else None
    if (
        not isinstance(url, str)
        or parts is None
        or parts.scheme not in ("http", "https")
        or not parts.netloc
    ):
        raise error("publisher.url must be an http:// or https:// address", "publisher.url")
    return Publisher(name.strip(), url)


def _archive(
    values: dict[str, Any],
    root: Path,
    data: dict[str, Any],
    error: Callable[[str, str], ConfigError],
) -> ArchiveConfig:
    """The ``archive`` section: the index folder (inside the project, apart from ``sources``
    and ``claims``: it is machine-made and rewritten), and the archive's documents, each a
    folder, a file or a glob whose fixed part stays inside the project."""
    path = values.get("path", ".claimcheck-archive")
    _inside(path, "archive.path", root, error)
    index = (root / os.path.normpath(path)).resolve()
    for key in ("sources", "claims"):
        folder = (root / _folder(data, key, root)).resolve()
        if index == folder or folder in index.parents or index in folder.parents:
            raise error(f"archive.path must be apart from the {key} folder", "archive.path")
    given = values.get("sources")
    listed = [given] if isinstance(given, str) else given
    if (
        not isinstance(listed, list)
        or not listed
        or not all(isinstance(e, str) and e.strip() for e in listed)
    ):
        raise error("archive.sources must name folders, files or globs", "archive.sources")
    for entry in listed:
        fixed = _fixed_part(entry)
        if fixed:  # a glob from the project's root ("**/*.jsonl") is inside it
            _inside(fixed, "archive.sources", root, error)
    fail = values.get("fail", False)
    if not isinstance(fail, bool):
        raise error("archive.fail must be true or false", "archive.fail")
    return ArchiveConfig(root / os.path.normpath(path), tuple(listed), fail)


def _fixed_part(pattern: str) -> str:
    """The folders of a glob before its first wildcard (``news/**/*.jsonl``: ``news``)."""
    parts = []
    for part in Path(pattern).parts:
        if any(c in part for c in "*?["):
            break
        parts.append(part)
    return os.path.join(*parts) if parts else ""
