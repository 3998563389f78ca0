"""Front matter: dates stay the strings they are written as and are checked by us."""

from __future__ import annotations

import pytest

from claimcheck.errors import InputError
from claimcheck.sources import frontmatter


@pytest.mark.parametrize("value", ["2019", "2019-03", "2019-03-01", "2020-02-29"])
def test_published_formats(value: str) -> None:
    assert frontmatter.published_problem(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2019-13-45",
        "2019-02-30",
        "2019-00",
        "2019-3-1",
        "last tuesday",
        "2019/03/01",
        "20190301",
        "",
        "2019-03-01T10:00",
    ],
)
def test_published_not_a_date(value: str) -> None:
    assert frontmatter.published_problem(value)


def test_timestamps_are_strings() -> None:
    content = "---\npublished: 2019-03-01\nupdated: 2019-13-45\n---\nText.\n"
    meta, body, first_line = frontmatter.split(content, "x.md")
    assert meta == {"published": "2019-03-01", "updated": "2019-13-45"}
    assert (body, first_line) == ("Text.\n", 5)


def test_year_alone_is_a_number_but_reads_as_text() -> None:
    content = "---\nid: a\npublished: 2019\n---\n"
    meta, _, _ = frontmatter.split(content, "x.md")
    assert frontmatter.fields(meta, content, "x.md", "x") == {"id": "a", "published": "2019"}


def test_bad_date_names_its_line() -> None:
    content = "---\nid: a\ntitle: T\npublished: 2019-02-30\n---\n"
    meta, _, _ = frontmatter.split(content, "x.md")
    with pytest.raises(InputError) as err:
        frontmatter.fields(meta, content, "x.md", "x")
    assert (
        str(err.value)
        == "x.md:4: published: '2019-02-30' is not a date: day is out of range for month"
    )
