"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

NEWSY_WORDS = ["up to", "about", "more than", "£", "$", "€", "%", "per cent", "million", "bn",
               "m", "k", "each month", "in October", "2024", "2012–13", "between", "and", "to",
               "-", "–", "soldiers", "rose", "fell", "by", "Â£", "â‚¬", "\n", "\n\n", ".", ",",
               "(", ")", "a third", "half", "twice", "3rd", "Q3", "FY24", "since", "ago", "10am",
               "3-1", "<b>", "&amp;", "**", "#", "---", "km/h", "°C", "½", "x", "×10",
               "of which", "or", "from", "of the", "the rest", "—", "a further", "respectively",
               "compared with", "vs", "up from", "an increase of", "doubled", "in total", "a day",
               "since", "until", "later", "born in", "anniversary", "'s", "of them", ";", "while",
               # number words, signs and units in two parts
               "one", "twenty", "twenty-fifth", "fifths", "hundred", "thousand", "point", "nought",
               "minus", "negative", "below zero", "over", "a pair of", "a couple of", "billions",
               "hours", "minutes", "ft", "in", "k.g.", "km^2", "US$", "MYR", "cr", "lakh", "Big"]

newsy_text = st.lists(
    st.one_of(st.sampled_from(NEWSY_WORDS),
              st.integers(min_value=0, max_value=10**9).map(str),
              st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
              st.text(max_size=6)),
    max_size=40,
).map(" ".join)


@st.composite
def printed_numbers(draw: st.DrawFn) -> tuple[str, float]:
    """A number printed in one of the styles news uses, and its true value."""
    value = draw(st.integers(min_value=1, max_value=999_999_999))
    style = draw(st.sampled_from(["plain", "commas", "million", "bn", "words"]))
    if style == "plain":
        # A bare four-digit number from 1950 to 2030 reads as a year ("2018 sales"); news
        # writes counts that size with a separator, as the "commas" style does.
        if 1950 <= value <= 2030:
            value += 100
        return str(value), float(value)
    if style == "commas":
        return f"{value:,}", float(value)
    if style == "million":
        v = draw(st.integers(min_value=1, max_value=9999)) / 10
        return f"{v:g} million", v * 1e6
    if style == "bn":
        v = draw(st.integers(min_value=1, max_value=999)) / 10
        return f"${v:g}bn", v * 1e9
    small = draw(st.integers(min_value=2, max_value=99))
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
    if small < 10:
        words = units[small]
    elif small < 20:
        words = teens[small - 10]
    else:
        words = tens[small // 10] + ("-" + units[small % 10] if small % 10 else "")
    return words, float(small)
