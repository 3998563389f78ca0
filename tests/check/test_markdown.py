"""Prose regions: non-prose blanked, offsets and lines kept, comments found outside code."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.check.markdown import prose

DRAFT = """---
title: 2018 draft 55
---
# Growth of 7 percent

Text with `code 8 percent` and [a link](https://x.org/9/percent "title 10") here.
An autolink <https://x.org/11> and https://example.com/12/percent too.<!-- 13 percent -->

```
fenced 14 percent
```

    indented 15 percent

1. item 16 percent
   <span data-x="17">18 percent</span>

| a | b |
|---|--:|
| 19 percent | `20` |

<div>21 percent</div>

[ref]: https://x.org/22
"""


def test_only_prose_survives_with_offsets_kept() -> None:
    p = prose(DRAFT)
    assert len(p.text) == len(DRAFT)
    assert [i for i, c in enumerate(p.text) if c == "\n"] == [
        i for i, c in enumerate(DRAFT) if c == "\n"
    ]
    # an HTML block's text is shown by renderers, so it is prose ("21 percent"); its tags are not
    assert re.findall(r"\d+", p.text) == ["7", "16", "18", "19", "21"]
    for number in ("7 percent", "18 percent", "19 percent", "21 percent"):
        assert p.text.index(number) == DRAFT.index(number)
    assert "1." not in p.text  # the list marker is not prose


def test_comments_outside_code_are_found_with_their_lines() -> None:
    text = "A <!-- claimcheck: ignore --> line.\n\n```\n<!-- claimcheck: disable -->\n```\n\n<!--\nmulti\n-->\n"
    comments = prose(text).comments
    assert [(c.body, c.line, c.end_line) for c in comments] == [
        ("claimcheck: ignore", 1, 1),
        ("multi", 7, 9),
    ]


def test_plain_text_keeps_everything_but_front_matter_and_comments() -> None:
    text = "---\nx: 1\n---\n    indented 5 percent `6` <!-- 7 -->\n"
    p = prose(text, markdown=False)
    assert "5 percent `6`" in p.text and "7" not in p.text and "x: 1" not in p.text
    assert p.front_matter_lines == 3


@given(st.text(alphabet=st.sampled_from(list("ab1 .\n`*-[]()<>!#|_:\t")), max_size=200))
def test_any_text_keeps_length_and_lines(text: str) -> None:
    p = prose(text)
    assert len(p.text) == len(text)
    assert all((a == "\n") == (b == "\n") for a, b in zip(p.text, text, strict=True))
    assert all(a == b or a == " " for a, b in zip(p.text, text, strict=True))


def test_html_block_text_is_prose_but_not_tags_comments_or_scripts() -> None:
    draft = (
        "<!-- TODO -->In 2018 GDP grew 8%.\n\n"
        '<p class="x9">Exports rose 4%.</p>\n\n'
        "<div><script>var a = 31;</script><style>p { width: 32px }</style>Jobs: 1,200.</div>\n"
    )
    p = prose(draft)
    assert re.findall(r"[\d,]+", p.text) == ["2018", "8", "4", "1,200"]
    assert p.text.index("In 2018") == draft.index("In 2018")
    assert [c.body for c in p.comments] == ["TODO"]
    assert p.unclosed is None


def test_unclosed_comment_is_reported_with_its_line() -> None:
    draft = "GDP grew 5%.\n\n<!-- claimcheck: disable\nGDP grew 12% in 2018.\n"
    p = prose(draft)
    assert p.unclosed == 3
    assert "12" not in p.text
    closed = prose("GDP grew 5%.\n\n<!-- note -->\nGDP grew 12% in 2018.\n")
    assert closed.unclosed is None and "12" in closed.text
