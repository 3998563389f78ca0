"""Each regex fragment of ``number_patterns``, ``unit_patterns`` and ``patterns`` (and the period pattern) on its own."""

from __future__ import annotations

import re

import pytest

from claimcheck import lexicon
from claimcheck.extract import fragments as F
from claimcheck.extract import number_patterns as NP
from claimcheck.extract import patterns as P
from claimcheck.extract import period_pattern
from claimcheck.extract import unit_patterns as UP

LEX = lexicon.load()


def full(fragment: str, text: str, flags: int = P.FLAGS) -> bool:
    return re.fullmatch(fragment, text, flags) is not None


def test_alternation_prefers_longest_and_flexible_space() -> None:
    alt = F.alternation(["per cent", "per", "percent"])
    assert re.match(alt, "per  cent", re.I).group() == "per  cent"  # type: ignore[union-attr]
    assert re.match(alt, "percent").group() == "percent"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["7", "1,500,000", "2.5", "0.25", "2 1/2", "3/4", "30616.16"])
def test_digits_matches_figures(text: str) -> None:
    assert full(NP.DIGITS, text)


@pytest.mark.parametrize("text", ["1,50", "12,3456"])
def test_digits_rejects_broken_separators(text: str) -> None:
    assert not full(NP.DIGITS, text)


def test_digits_not_inside_a_word_or_decimal() -> None:
    assert re.search(NP.DIGITS, "SCP06", P.FLAGS) is None
    assert re.search(NP.DIGITS, "x.5", P.FLAGS) is None


def test_negative_sign_only_before_a_figure() -> None:
    assert re.search(NP.NEGATIVE, "is -4.5", P.FLAGS) is not None
    assert re.search(NP.NEGATIVE, "3-5", P.FLAGS) is None


@pytest.mark.parametrize(("text", "ok"), [("st", True), ("nd", True), ("th", True), ("sta", False)])
def test_ordinal_suffix(text: str, ok: bool) -> None:
    assert (re.match(NP.ORDINAL_SUFFIX, text, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    "text", ["two hundred and forty", "a dozen", "three-quarters", "one and a half", "twenty-one"]
)
def test_spelled_matches_whole_numbers(text: str) -> None:
    assert full(NP.spelled(LEX), text)


def test_spelled_needs_word_boundaries() -> None:
    assert re.search(NP.spelled(LEX), "someone", P.FLAGS) is None


@pytest.mark.parametrize(
    ("text", "ok"), [("first", True), ("twenty-first", True), ("third", False)]
)
def test_ordinal_word_leaves_fraction_words_alone(text: str, ok: bool) -> None:
    assert full(NP.ordinal_word(LEX), text) == ok


@pytest.mark.parametrize(
    ("text", "group"), [("eleventh", "ordword"), ("-3.5", "digits"), ("forty two", "spelled")]
)
def test_number_core_groups(text: str, group: str) -> None:
    m = re.fullmatch(NP.number_core(LEX), text, P.FLAGS)
    assert m is not None and m.group(group)


@pytest.mark.parametrize(
    ("left", "code"), [("cost US$", "USD"), ("cost HK$ ", "HKD"), ("a €", "EUR")]
)
def test_currency_prefix(left: str, code: str) -> None:
    m = re.search(UP.currency_prefix(LEX), left, re.VERBOSE)
    assert m is not None and LEX.currency_symbols[m.group("cur")] == code


def test_currency_prefix_not_the_tail_of_a_word() -> None:
    assert re.search(UP.currency_prefix(LEX), "CRUSD", re.VERBOSE) is None


@pytest.mark.parametrize(
    ("left", "hedge"), [("reached nearly ", "nearly"), ("more  than ", "more  than")]
)
def test_qualifier_prefix(left: str, hedge: str) -> None:
    m = re.search(P.qualifier_prefix(LEX), left, P.FLAGS)
    assert m is not None and m.group("q") == hedge


def test_qualifier_prefix_must_touch_the_figure() -> None:
    assert re.search(P.qualifier_prefix(LEX), "about the 5", P.FLAGS) is None


def test_direction_word() -> None:
    m = re.search(P.direction_word(LEX), "revenue grew by", P.FLAGS)
    assert m is not None and m.group("d") == "grew"
    assert re.search(P.direction_word(LEX), "regrowth", P.FLAGS) is None


def test_direction_adjacent_not_after_made() -> None:
    assert re.search(P.direction_adjacent(LEX), "it was up ", P.FLAGS) is not None
    assert re.search(P.direction_adjacent(LEX), "it made up ", P.FLAGS) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (" billion", "scale"),
        ("-million", "scale"),
        ("bn", "suffix"),
        ("m", "suffix"),
        (" bn", "spaced_suffix"),
    ],
)
def test_scale_after(text: str, group: str) -> None:
    m = re.match(UP.scale_after(LEX), text, P.FLAGS)
    assert m is not None and m.group(group) and m.end() == len(text)


def test_scale_after_not_a_word_start() -> None:
    assert re.match(UP.scale_after(LEX), "million", P.FLAGS) is not None
    assert re.match(UP.scale_after(LEX), "mice", P.FLAGS) is None


@pytest.mark.parametrize(
    ("text", "unit"), [(" km", "km"), ("-meter", "meter"), ("%", "%"), (" MW", "MW")]
)
def test_unit_after(text: str, unit: str) -> None:
    m = re.match(UP.unit_after(LEX), text, re.VERBOSE)
    assert m is not None and m.group("unit") == unit


def test_unit_after_exact_spellings_keep_their_case() -> None:
    assert re.match(UP.unit_after(LEX), " mw", re.VERBOSE) is None
    assert re.match(UP.unit_after(LEX), " kmx", re.VERBOSE) is None


def test_currency_after() -> None:
    m = re.match(UP.currency_after(LEX), " US dollars", P.FLAGS)
    assert m is not None and LEX.currency_names[m.group("cname").lower()] == "USD"


@pytest.mark.parametrize(
    ("text", "join"), [("-5", "-"), (" to 5", "to"), (" and 7", "and"), ("–9", "–")]
)
def test_range_join(text: str, join: str) -> None:
    m = re.match(P.RANGE_JOIN, text, P.FLAGS)
    assert m is not None and m.group("join") == join


def test_range_join_needs_another_figure_or_word() -> None:
    assert re.match(P.RANGE_JOIN, " - ", P.FLAGS) is None


def test_noun_after() -> None:
    m = re.match(P.NOUN_AFTER, " companies applied", re.VERBOSE)
    assert m is not None and m.group("noun") == "companies"


def test_tokens_keeps_digits_and_listed_words() -> None:
    found = P.tokens("In 2017, Three firms had 5G", re.compile(P.TOKEN), frozenset(["three"]))
    assert found == [(3, ""), (9, "three"), (25, "")]
    assert P.starts(found, frozenset()) == [3, 25]


def test_core_words_are_first_words() -> None:
    words = NP.core_words(LEX)
    assert {"two", "dozen", "a", "first", "half"} <= words


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("first half of 2018", "half"),
        ("H1 2018", "hcode"),
        ("first three quarters of 2023", "qmulti"),
        ("third quarter of 2023", "quarter"),
        ("Q1-Q3 2023", "qcode"),
        ("Between January and May 2018", "mrange"),
        ("first five months of 2018", "mfirst"),
        ("March 7, 2024", "day"),
        ("August 2022", "monthyear"),
        ("September last year", "monthrel"),
        ("from 2015 to 2017", "yrange"),
        ("14th Five-Year Plan", "plan"),
        ("1990s", "decade"),
        ("11 years ago", "ago"),
        ("past three years", "pastn"),
        ("last year", "rel"),
        ("Dec.17", "daynoyear"),
        ("07:20", "clock"),
        ("2003", "year"),
        ("2024-05-20", "iso"),
    ],
)
def test_period_alternatives(text: str, group: str) -> None:
    m = period_pattern.compile_for(LEX).fullmatch(text)
    assert m is not None and m.lastgroup == group


@pytest.mark.parametrize("text", ["2018 percent", "2,018", "1,2018", "$2018"])
def test_period_year_is_not_an_amount(text: str) -> None:
    assert all(m.lastgroup != "year" for m in period_pattern.compile_for(LEX).finditer(text))


def test_digits_no_fraction_after_a_decimal() -> None:
    assert not full(NP.DIGITS, "0.0/0")


def test_spelled_a_only_before_a_multiplier_or_fraction() -> None:
    assert re.search(NP.spelled(LEX), "a two", P.FLAGS).group() == "two"  # type: ignore[union-attr]
    assert full(NP.spelled(LEX), "a dozen")


@pytest.mark.parametrize("text", ["2 pm", "2.13 am", "10:30 a.m.", "07:20"])
def test_period_clock(text: str) -> None:
    m = period_pattern.compile_for(LEX).fullmatch(text)
    assert m is not None and m.lastgroup == "clock"


@pytest.mark.parametrize("text", ["early September", "September"])
def test_period_month_alone(text: str) -> None:
    m = period_pattern.compile_for(LEX).fullmatch(text)
    assert m is not None and m.lastgroup == "monthonly"


@pytest.mark.parametrize(
    "text",
    [".08", "1.5e6", "12.32e+14", "1.2 x 10^5", "2.5^-1", "½", "1¾", "2  1/4", "1 234 567.89"],
)
def test_digits_matches_powers_fractions_and_spaced_groups(text: str) -> None:
    assert full(NP.DIGITS, text)


@pytest.mark.parametrize(
    "text", ["1 234 567", "40 000", "40\u202f200", "1\u00a0414\u00a0021\u00a0100"]
)
def test_spaced_groups(text: str) -> None:
    assert full(NP.SPACED_GROUPS, text)


@pytest.mark.parametrize("text", ["5 200", "15 200", "1 234-"])
def test_spaced_groups_leave_two_figures_with_one_plain_space(text: str) -> None:
    assert not full(NP.SPACED_GROUPS, text)


def test_spaced_groups_stop_before_a_hyphenated_figure() -> None:
    assert re.match(NP.SPACED_GROUPS, "10 100-metre") is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("e6", True),
        ("e-1", True),
        (" x 10^5", True),
        ("×10⁻⁵", True),
        ("×10−5", True),
        ("^23", True),
        ("e6x", False),
        (" x 4", False),
        ("×10-5", False),
    ],
)
def test_exponent(text: str, ok: bool) -> None:
    assert (re.fullmatch(NP.EXPONENT, text, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("x2^10", True),
        (" × 2^-1", True),
        ("x16^2", True),
        ("x2", False),
        ("x 2 ^10", False),
        ("x0^2", False),
    ],
)
def test_product_power(text: str, ok: bool) -> None:
    assert full(NP.PRODUCT_POWER, text) == ok


@pytest.mark.parametrize("text", ["8x2^10", "3 × 2^-1"])
def test_digits_takes_a_product_of_a_power(text: str) -> None:
    assert full(NP.DIGITS, text)


@pytest.mark.parametrize(
    ("text", "ok"),
    [("a gallon", True), ("An ounce", True), ("a m", False), ("a ft", False), ("a second", False)],
)
def test_one_unit(text: str, ok: bool) -> None:
    m = re.match(NP.one_unit(LEX), text, P.FLAGS)
    assert (m is not None and m.group("article").lower() in ("a", "an")) == ok


def test_one_unit_takes_only_the_article() -> None:
    assert re.match(NP.one_unit(LEX), "a kilometre away", P.FLAGS).group() == "a"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "ok"), [("absolute zero", True), ("Absolute  zero", True), ("absolute zeroes", False)]
)
def test_named_quantity(text: str, ok: bool) -> None:
    assert full(NP.named_quantity(LEX), text) == ok


@pytest.mark.parametrize(("text", "group"), [("a gallon", "article"), ("absolute zero", "named")])
def test_word_quantity_groups(text: str, group: str) -> None:
    m = re.match(NP.word_quantity(LEX), text, P.FLAGS)
    assert m is not None and m.group(group)


def test_unit_after_lower_case_exact_spellings() -> None:
    pat = re.compile(UP.unit_after(LEX), re.VERBOSE)
    assert pat.match(" pm").group("unit") == "pm"  # type: ignore[union-attr]
    assert pat.match(" PM") is None


@pytest.mark.parametrize(
    ("left", "ok"),
    [
        ("high, ", True),
        ("prices: ", True),
        ("(", True),
        ("range - ", True),
        ("rose ", False),
        ("data ", False),
    ],
)
def test_before_from(left: str, ok: bool) -> None:
    assert (re.search(P.BEFORE_FROM, left, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("right", "ok"),
    [
        (" of pencils", True),
        (" is 144", True),
        (".", True),
        ("", True),
        (" margin", False),
        (" profit", False),
    ],
)
def test_group_alone(right: str, ok: bool) -> None:
    assert (re.match(P.GROUP_ALONE, right, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("left", "ok"),
    [
        ("costs 3.50 ", True),
        ("5 million ", True),
        ("up 5% ", True),
        ("bought ", False),
        ("2 miles and ", False),
    ],
)
def test_after_figure(left: str, ok: bool) -> None:
    assert (re.search(P.after_figure(LEX), left, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("million, ", True),
        ("Thousand, ", True),
        ("hundred, ", False),
        ("twenty, ", False),
        ("million,", False),
    ],
)
def test_spelled_comma(text: str, ok: bool) -> None:
    assert (re.search(NP.spelled_comma(LEX), text, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("three million, two hundred & forty", True),
        ("two hundred & ten", True),
        ("one hundred, twenty", False),
    ],
)
def test_spelled_joins_with_a_comma_and_an_ampersand(text: str, ok: bool) -> None:
    assert full(NP.spelled(LEX), text) == ok


def test_digits_not_part_of_a_date_with_slashes() -> None:
    assert re.search(NP.DIGITS, "5/17/2018", P.FLAGS) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (" point five", True),
        (" point seventy-one", True),
        (" point", False),
        (" point plan", False),
    ],
)
def test_decimal_words(text: str, ok: bool) -> None:
    assert full(NP.decimal_words(LEX), text) == ok


def test_spelled_takes_of_a_only_before_a_multiplier() -> None:
    assert full(NP.spelled(LEX), "two thirds of a million")
    assert re.match(NP.spelled(LEX), "two thirds of a kind", P.FLAGS).group() == "two thirds"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "ok"), [("minus ", True), ("negative  ", True), ("minuses ", False)]
)
def test_negative_word(text: str, ok: bool) -> None:
    assert full(NP.negative_word(LEX), text) == ok


@pytest.mark.parametrize(
    ("text", "ok"), [("1,50,000", True), ("12,34,56,789", True), ("1,500", False), ("1,50", False)]
)
def test_indian_groups(text: str, ok: bool) -> None:
    assert full(NP.INDIAN_GROUPS, text) == ok


@pytest.mark.parametrize(
    ("left", "code"), [("a c $ ", "CAD"), ("to hk $ ", "HKD"), ("Sell Mex$ ", "MXN")]
)
def test_currency_prefix_any_case_spaced(left: str, code: str) -> None:
    m = re.search(UP.currency_prefix(LEX), left, P.FLAGS)
    assert (
        m is not None and P.compile_for(LEX).currency_codes[UP.symbol_key(m.group("cur"))] == code
    )


def test_range_join_suspended_hyphen() -> None:
    m = re.match(P.RANGE_JOIN, "- to 16", P.FLAGS)
    assert m is not None and m.group("join") == "- to"


@pytest.mark.parametrize(
    ("text", "power"), [("^2", "^2"), ("2", "2"), ("³", "³"), (" squared", " squared")]
)
def test_power(text: str, power: str) -> None:
    m = re.fullmatch(UP.POWER, text, re.VERBOSE)
    assert m is not None and m.group("pow") == power


def test_power_not_part_of_a_longer_number() -> None:
    assert re.match(UP.POWER + "$", "23", re.VERBOSE) is None


@pytest.mark.parametrize("text", ["square ", "sq ", "sq. ", "cubic ", "cu. "])
def test_power_prefix(text: str) -> None:
    assert full(UP.POWER_PREFIX, text)


@pytest.mark.parametrize(("text", "unit"), [(" ft2", "ft"), (" s^2", "s"), (" km", "km")])
def test_unit_after_with_power(text: str, unit: str) -> None:
    m = re.match(UP.unit_after(LEX), text, re.VERBOSE)
    assert m is not None and m.group("unit") == unit and m.end() == len(text)


@pytest.mark.parametrize(
    ("text", "per", "unit"),
    [("/hour", "/", "hour"), (" per kg", " per ", "kg"), (" an hour", " an ", "hour"), ("/s2", "/", "s"),
     (" per square metre", " per ", "metre")],
)  # fmt: skip
def test_per_unit(text: str, per: str, unit: str) -> None:
    m = re.match(UP.per_unit(LEX), text, re.VERBOSE)
    assert (
        m is not None and m.group("per") == per and m.group("unit") == unit and m.end() == len(text)
    )


def test_per_unit_needs_a_unit() -> None:
    assert re.match(UP.per_unit(LEX), " per share", re.VERBOSE) is None
    assert re.match(UP.per_unit(LEX), "/4", re.VERBOSE) is None


def test_power_unit() -> None:
    m = re.match(UP.power_unit(LEX), " cubic feet", P.FLAGS)
    assert m is not None and m.group("pre") == "cubic " and m.group("unit") == "feet"


@pytest.mark.parametrize(("text", "unit"), [(" (kg)", "kg"), ("[kg]", "kg"), (" <km>", "km")])
def test_bracket_unit(text: str, unit: str) -> None:
    m = re.match(UP.bracket_unit(LEX), text, re.VERBOSE)
    assert m is not None and m.group("unit") == unit


@pytest.mark.parametrize(("text", "symbol"), [("€", "€"), (" ₡", "₡"), ("元!", "元"), ("$.", "$")])
def test_currency_symbol_after(text: str, symbol: str) -> None:
    m = re.match(UP.currency_symbol_after(LEX), text, re.VERBOSE)
    assert m is not None and m.group("csym") == symbol


def test_currency_symbol_after_not_before_another_figure() -> None:
    assert re.match(UP.currency_symbol_after(LEX), " $5", re.VERBOSE) is None
    assert re.match(UP.currency_symbol_after(LEX), " US$", re.VERBOSE) is None


def test_cued_after_keeps_case() -> None:
    assert re.match(UP.cued_after(LEX), "C", re.VERBOSE) is not None
    assert re.match(UP.cued_after(LEX), " c", re.VERBOSE) is None
    assert re.match(UP.cued_after(LEX), "Cs", re.VERBOSE) is None


def test_attached_after() -> None:
    assert re.match(UP.attached_after(LEX), "p charge", re.VERBOSE) is not None
    assert re.match(UP.attached_after(LEX), "pm", re.VERBOSE) is None


def test_currency_symbol_after_iso_code_in_capitals() -> None:
    assert re.match(UP.currency_symbol_after(LEX), " BTC", re.VERBOSE) is not None
    assert re.match(UP.currency_symbol_after(LEX), " btc", re.VERBOSE) is None


def test_glued_core_reads_a_figure_after_letters() -> None:
    assert NP.glued_core(LEX) != NP.number_core(LEX)  # the DIGITS lookbehind was replaced
    m = re.compile(NP.glued_core(LEX), P.FLAGS).match("RMB5", 3)
    assert m is not None and m.group("digits") == "5"
    assert re.compile(NP.number_core(LEX), P.FLAGS).match("RMB5", 3) is None


@pytest.mark.parametrize(
    ("text", "has_and"), [(" ", False), (", ", False), (" and ", True), (", and ", True)]
)
def test_minor_join(text: str, has_and: bool) -> None:
    m = re.fullmatch(P.MINOR_JOIN, text, P.FLAGS)
    assert m is not None and bool(m.group("and")) == has_and


def test_minor_join_needs_a_space() -> None:
    assert re.match(P.MINOR_JOIN, "and ", P.FLAGS) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [(".", True), ("", True), (" , said", True), (" and one point", True), (" or so", True),
     (" points", False), (" people", False), (" to me", False), (" andrew", False)],
)  # fmt: skip
def test_bare_minor_end(text: str, ok: bool) -> None:
    assert (re.match(P.BARE_MINOR_END, text, P.FLAGS) is not None) == ok


@pytest.mark.parametrize(
    ("left", "ok"),
    [("percent of ", True), ("Growth: percents of ", True), ("per  cent of ", True),
     ("expressed in percent of ", False), ("as percent of ", False), ("50-percent of ", False),
     ("percent of the ", False), ("percentage of ", False)],
)  # fmt: skip
def test_percent_of(left: str, ok: bool) -> None:
    assert (re.search(P.PERCENT_OF, left, P.FLAGS) is not None) == ok


def test_clause_break_and_end() -> None:
    assert [m.start() for m in re.finditer(P.CLAUSE_BREAK, "a, b; c (d) e")] == [1, 4, 8, 10]
    assert (
        re.match(P.CLAUSE_END, " .") and re.match(P.CLAUSE_END, "") and re.match(P.CLAUSE_END, ")")
    )
    assert re.match(P.CLAUSE_END, " people") is None


@pytest.mark.parametrize(
    ("text", "ok"), [(" mln", True), (" tln", True), (" k", True), (" K", False), (" mil", False)]
)
def test_scale_after_spaced_suffixes_come_from_the_lexicon(text: str, ok: bool) -> None:
    m = re.match(UP.scale_after(LEX), text, P.FLAGS)
    assert (m is not None and m.group("spaced_suffix") is not None) == ok
