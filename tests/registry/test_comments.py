"""The registry writer keeps the comments a person wrote, next to what they were written next to."""

from __future__ import annotations

from pathlib import Path

import yaml

from claimcheck.model import Claim
from claimcheck.registry import comments, io
from tests.sync.test_sync import FIGURE, SOURCE, registry_file, snapshot, sync, the_claim

TODO = "# TODO: ask the desk about this revenue figure"


def _block(text: str, claim_id: str) -> tuple[int, int]:
    """Where one claim's lines start and end (before a comment line) in a registry file's text."""
    start = text.index(f"- id: {claim_id}")
    ends = [text.find(f"\n{s}", start + 1) for s in ("- id: ", "#")]
    end = min((e for e in ends if e >= 0), default=-1)
    return start, (len(text) if end < 0 else end + 1)


def _edit_claim(path: Path, claim_id: str, edit: dict[str, str]) -> None:
    """Replace lines of one claim: each key's line (``  key: ...``) by the given text."""
    text = path.read_text("utf-8")
    start, end = _block(text, claim_id)
    lines = text[start:end].splitlines(keepends=True)
    for key, new in edit.items():
        (n,) = [
            i
            for i, line in enumerate(lines)
            if line.startswith(f"  {key}:") or line.startswith(f"- {key}:")
        ]
        lines[n] = new
    path.write_text(text[:start] + "".join(lines) + text[end:], "utf-8")


def _change_figure(demo: Path) -> None:
    """Change the source so that sync has to rewrite the registry file (an auto claim is refreshed)."""
    src = demo / "sources" / f"{SOURCE}.txt"
    src.write_text(src.read_text("utf-8").replace(FIGURE, "7.5 percent"), "utf-8")


def _claim(claim_id: str, **fields: object) -> Claim:
    return Claim(id=claim_id, source="s", text="1", quote=f"quote {claim_id}", **fields)  # type: ignore[arg-type]


def test_sync_keeps_full_line_between_field_and_inline_comments(demo: Path) -> None:
    path = registry_file(demo)
    claim = the_claim(demo)
    _edit_claim(path, str(claim["id"]), {
        "id": f"{TODO}\n#   and a second line\n- id: {claim['id']}  # the GDP claim\n",
        "value": "  value: 7.4 # as printed\n",
        "subject": "  # check: city or prefecture?\n  subject: Changchun\n",
        "status": "  status: auto   # not yet\n",
    })  # fmt: skip
    text = path.read_text("utf-8")
    path.write_text(
        text.replace("version: 1\n", "version: 1\n# my notes on this source\n") + "# the end\n",
        "utf-8",
    )
    _change_figure(demo)
    code, out, _ = sync(demo)
    assert code == 0 and out == f"wrote claims/{SOURCE}.yaml\n"
    text = path.read_text("utf-8")
    start, end = _block(text, str(claim["id"]))
    block = text[start:end]
    assert text[:start].endswith(f"{TODO}\n#   and a second line\n")
    assert block.startswith(f"- id: {claim['id']}  # the GDP claim\n")
    assert (
        "  value: 7.5 # as printed\n" in block
    )  # the value changed; its comment stays on its line
    assert "  # check: city or prefecture?\n  subject: Changchun\n" in block
    assert "  status: auto   # not yet\n" in block
    assert "# my notes on this source\nsource: " in text
    assert text.endswith("  status: auto\n# the end\n")
    assert text.count(io.HEADER) == 1 and text.startswith(io.HEADER)
    # the comments are not data: the claim reads as before, but for the refreshed figure
    (new,) = [c for c in yaml.safe_load(text)["claims"] if c["id"] == claim["id"]]
    quote = str(claim["quote"]).replace(FIGURE, "7.5 percent")
    assert {**claim, "text": "7.5 percent", "value": 7.5, "quote": quote} == new
    # a second run changes nothing
    first = snapshot(demo / "claims")
    code, out, _ = sync(demo)
    assert (code, out) == (0, "")
    assert snapshot(demo / "claims") == first


def test_hash_in_quoted_and_folded_values_is_not_a_comment(demo: Path) -> None:
    path = registry_file(demo)
    claim = the_claim(demo)
    _edit_claim(path, str(claim["id"]), {
        "subject": "  subject: 'Changchun # 1' # a comment\n",
        "metric": '  metric: "GDP #growth"\n',
        "status": "  status: auto\n  memo: >-\n    folded # not a comment\n    # nor this\n  ref: a#b\n",
    })  # fmt: skip
    _change_figure(demo)
    assert sync(demo)[0] == 0
    text = path.read_text("utf-8")
    (new,) = [c for c in yaml.safe_load(text)["claims"] if c["id"] == claim["id"]]
    assert new["subject"] == "Changchun # 1"
    assert new["metric"] == "GDP #growth"
    assert new["memo"] == "folded # not a comment # nor this"
    assert new["ref"] == "a#b"
    found = comments.scan(text, "f.yaml", io.HEADER)
    assert [c.text for c in found.items] == ["# a comment"]
    first = snapshot(demo / "claims")
    code, out, _ = sync(demo)
    assert (code, out) == (0, "") and snapshot(demo / "claims") == first


def test_file_without_comments_is_written_as_before() -> None:
    claims = [_claim("a", note="see # 3"), _claim("b", note="line one\nline # two\n")]
    plain = io.dumps("s", claims)
    assert "#" in plain[len(io.HEADER) :]
    assert io.dumps("s", claims, plain, "f.yaml") == plain
    assert comments.scan(plain, "f.yaml", io.HEADER).items == ()


def test_comment_of_a_vanished_claim_or_field_is_kept(demo: Path) -> None:
    # through sync: a claim marked orphaned anchors again, so its `orphaned` field goes away
    path = registry_file(demo)
    claim = the_claim(demo)
    _edit_claim(
        path,
        str(claim["id"]),
        {"status": "  status: auto\n  # lost in the March edit\n  orphaned: true  # why?\n"},
    )
    assert sync(demo)[0] == 0
    text = path.read_text("utf-8")
    start, end = _block(text, str(claim["id"]))
    assert "orphaned" not in text[start:end]
    assert text[end:].startswith("# lost in the March edit\n# why?\n- id: ")  # at its claim's end
    first = snapshot(demo / "claims")
    assert sync(demo)[1] == "" and snapshot(demo / "claims") == first
    # a claim whose id changed: its comments go before the next claim there, else at the end
    old = io.dumps("s", [_claim("a"), _claim("b"), _claim("c")])
    old = old.replace("- id: b\n", "# about b\n- id: b  # b's id\n").replace(
        "- id: c\n", "# about c\n- id: c\n"
    )
    old = old.replace("  quote: quote c\n", "  # c's quote\n  quote: quote c\n")
    new = io.dumps("s", [_claim("a"), _claim("b2"), _claim("c")], old, "f.yaml")
    assert "# about b\n# b's id\n# about c\n- id: c\n" in new
    new = io.dumps("s", [_claim("a"), _claim("b2")], old, "f.yaml")
    assert new.endswith(
        "  quote: quote b2\n  status: auto\n# about b\n# b's id\n# about c\n# c's quote\n"
    )
    again = io.dumps("s", [_claim("a"), _claim("b2")], new, "f.yaml")
    assert again == new


def test_inline_comment_of_a_value_now_on_several_lines_goes_before_the_field() -> None:
    old = io.dumps("s", [_claim("a", note="short")]).replace(
        "  note: short\n", "  note: short  # ask Li\n"
    )
    long_note = ("a note long enough to be written over two lines by the writer, " * 2).strip()
    new = io.dumps("s", [_claim("a", note=long_note)], old, "f.yaml")
    assert "\n  # ask Li\n  note: a note long" in new
    assert yaml.safe_load(new)["claims"][0]["note"] == long_note
    assert io.dumps("s", [_claim("a", note=long_note)], new, "f.yaml") == new
    # back on one line, the comment stays before the field it now stands before
    assert "  # ask Li\n  note: short\n" in io.dumps(
        "s", [_claim("a", note="short")], new, "f.yaml"
    )


def test_comment_after_a_block_text_stays_a_comment() -> None:
    # a person wrote the note as a block text; the writer writes it quoted
    old = io.dumps("s", [_claim("a", subject="x", note="n"), _claim("b")])
    old = old.replace(
        "  note: n\n", "  note: |  # a block\n    one\n    # two\n  # the end of the note\n"
    )
    old = old.replace("- id: b\n", "      # deep, before b\n- id: b\n")
    assert yaml.safe_load(old)["claims"][0]["note"] == "one\n# two\n"
    found = comments.scan(old, "f.yaml", io.HEADER).items
    assert [c.text for c in found] == ["# a block", "# the end of the note", "# deep, before b"]
    claims = [_claim("a", subject="x", note="one\n# two\n"), _claim("b")]
    new = io.dumps("s", claims, old, "f.yaml")
    assert "  # a block\n  note: 'one\n\n    # two\n\n    '\n# the end of the note\n" in new
    assert (
        "# the end of the note\n# deep, before b\n- id: b\n" in new
    )  # no deeper than the line it precedes
    assert yaml.safe_load(new)["claims"] == yaml.safe_load(io.dumps("s", claims))["claims"]
    assert io.dumps("s", claims, new, "f.yaml") == new
