"""What extraction reads from typical news forms."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import periods, quantities


def one(text: str, **kw) -> dict:
    qs = quantities(text, **kw)
    assert len(qs) == 1, [q["text"] for q in qs]
    return qs[0]


@pytest.mark.parametrize(("text", "kind", "value", "unit"), [
    ("The firm lost $1.2bn last year.", "money", 1.2e9, "USD"),
    ("It raised €3.5m from investors.", "money", 3.5e6, "EUR"),
    ("a £200m stadium", "money", 2e8, "GBP"),
    ("They paid 1.2 billion dollars for it.", "money", 1.2e9, "USD"),
    ("The price is 19 cents a share.", "money", 0.19, "USD"),
    ("Sales were A$45m.", "money", 4.5e7, "AUD"),
    ("He owes Rs 13 lakh.", "money", 1.3e6, "INR"),
    ("Turnout was 61.3 per cent.", "percent", 61.3, "percent"),
    ("Unemployment rose 0.4 percentage points.", "percentage_point", 0.4, "percentage_point"),
    ("The trail is 12km long.", "measure", 12, "kilometer"),
    ("It reached 70 mph on the bypass.", "measure", 70, "mile_per_hour"),
    ("The car does 52 mpg.", "measure", 52, "mile_per_gallon"),
    ("Highs of 31C are expected.", "measure", 31, "degree_Celsius"),
    ("The trial lasted 18 months.", "duration", 18, "month"),
])
def test_common_news_forms_get_kind_value_and_unit(text: str, kind: str, value: float,
                                                   unit: str) -> None:
    q = one(text)
    assert (q["kind"], q["unit"]) == (kind, unit)
    assert q["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [
    ("three million people", 3e6), ("a dozen eggs", 12), ("half of the staff", 0.5),
    ("two-thirds of voters", 2 / 3), ("twenty-one trillion dollars", 2.1e13),
    ("one and a half hours", 1.5), ("1,234,567 visitors", 1234567), ("10k runners", 1e4),
    ("a twelfth of the budget", 1 / 12), ("two-fifteenths of staff", 2 / 15),
    ("a swing of minus half a point", -0.5), ("three billions of them", 3e9),
    ("odds of one over 20 at the start", 0.05),
])
def test_numbers_in_words_and_digits_have_the_right_value(text: str, value: float) -> None:
    assert one(text)["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    ("up to 30,000 soldiers", "at_most", 0, 30000),
    ("over 160,000 criminal cases", "above", 160000, None),
    ("an estimated 180,000", "approx", 175000, 185000),
    ("at least 40 people", "at_least", 40, None),
    ("fewer than 20 nurses", "below", 0, 20),
    ("between 20 and 30 people", "range", 20, 30),
    ("20-30 people", "range", 20, 30),
    ("from 20 to 30 people", "range", 20, 30),
    ("$5 to $10 million", "range", 5e6, 10e6),
])
def test_hedges_and_ranges_bound_the_interval(text: str, qualifier: str, low: float,
                                              high: float | None) -> None:
    q = one(text)
    assert q["qualifier"] == qualifier
    assert (q["low"], q["high"]) == (low, high)


def test_printed_precision_sets_the_interval() -> None:
    assert (one("21,600 soldiers")["low"], one("21,600 soldiers")["high"]) == (21550, 21650)
    assert (one("rose 7.3%")["low"], one("rose 7.3%")["high"]) == (7.25, 7.35)
    assert (one("3,214 patients")["low"], one("3,214 patients")["high"]) == (3214, 3214)


def test_counted_noun_and_event_are_recorded() -> None:
    q = one("In October alone, 21,600 soldiers deserted.")
    assert (q["unit"], q["entity"], q["event"]) == ("soldier", "soldier", "desert")
    q = one("over 160,000 criminal cases have been opened")
    assert (q["entity"], q["event"]) == ("case", "open")


def test_a_frequency_later_in_the_clause_makes_a_rate() -> None:
    q = one("up to 30,000 soldiers are leaving their units each month")
    assert (q["kind"], q["per"], q["entity"]) == ("rate", "month", "soldier")
    assert one("oil at $52 a barrel")["per"] == "barrel"


@pytest.mark.parametrize(("text", "change"), [
    ("Revenue rose 12% in the quarter.", "up"), ("Shares fell by 3.1%.", "down"),
    ("The index was down 40 points.", "down"), ("a 5% increase", None),
    ("an increase of 300 jobs", None), ("Stoxx -1.3% on the day", "down"),
])
def test_direction_words_belong_to_the_figure(text: str, change: str | None) -> None:
    """A change verb right before the figure sets its direction; a noun names a size only."""
    assert [q["change"] for q in quantities(text)][0] == change


def test_rose_from_a_to_b_gives_two_quantities_with_the_direction_on_b() -> None:
    qs = quantities("Sales rose from $89.5 million to $96.0 million.")
    assert [(q["value"], q["change"]) for q in qs] == [(89.5e6, None), (96e6, "up")]


@pytest.mark.parametrize(("text", "value"), [
    ("Prices doubled.", 2), ("twice as many cases", 2), ("2.5 times as large", 2.5),
    ("a threefold rise", 3),
])
def test_multipliers_are_their_own_kind(text: str, value: float) -> None:
    q = one(text)
    assert (q["kind"], q["value"]) == ("multiplier", value)


@pytest.mark.parametrize("text", [
    "They won 3-1 at home.", "Call 020 7946 0018 today.", "Update to version 2.4.1 now.",
    "The Boeing 737 was grounded.", "It landed at 10am.", "See section 12 of the act.",
    "Covid-19 cases", "The G7 met.", "visit http://example.com/2024/05",
    "United drew 1-1 and lost 2-0.", "She came back to win 4-6, 6-3, 7-5.", "He won 6-7 6-4 3-6 6-1 7-6.",
])
def test_identifiers_times_scores_and_codes_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_years_and_dates_are_periods_not_counts() -> None:
    text = "In 2024, 12 towns flooded; the 2012–13 season and FY24 were worse."
    assert [q["text"] for q in quantities(text)] == ["12"]
    got = {p["text"]: (p["period_start"], p["period_end"]) for p in periods(text)}
    assert got["2024"] == ("2024-01-01", "2024-12-31")
    assert got["2012–13"] == ("2012-07-01", "2013-06-30")  # a season: twelve months
    assert got["FY24"][0] == "2024-01-01"


@pytest.mark.parametrize(("text", "texts"), [
    ("The fund will lower its forecast for the 19-member single-currency area's output from 2.2% "
     "to 1.6% this year.", ["19", "2.2%", "1.6%"]),
    ("The rules were drawn up in 2019 and set out a scale of penalties for late or incomplete "
     "filings from $5,000 to $2 million.", ["from $5,000 to $2 million"]),
    ("The board revised its outlook from 4 to 6 per cent to 2 to 3 per cent.",
     ["from 4 to 6 per cent", "2 to 3 per cent"]),
])
def test_from_a_to_b_after_a_verb_of_change_is_a_change_not_a_range(text: str, texts: list[str]) -> None:
    assert [q["text"] for q in quantities(text)] == texts


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Turnout was just over 40%.", 40, 44), ("It cost slightly less than $5m.", 4.5e6, 5e6),
    ("More than 40% voted.", 40, None),
])
def test_a_close_hedge_keeps_the_value_near_the_figure(text: str, low: float, high: float | None) -> None:
    (q,) = quantities(text)
    assert (q["low"], q["high"]) == (pytest.approx(low), pytest.approx(high) if high else None)


def test_a_number_between_commas_is_an_age_only_after_a_name() -> None:
    assert [q["kind"] for q in quantities("Jane Smith, 45, said she would appeal.")] == ["age"]
    assert [q["kind"] for q in quantities("The rest, 21, are in Sussex.")] == ["number"]


def test_the_following_year_counts_from_the_year_named_before() -> None:
    got = periods("It lost $2bn in 2009 and made $1bn the following year.")
    assert [(p["text"], p["period_start"]) for p in got] == [("2009", "2009-01-01"),
                                                              ("the following year", "2010-01-01")]
    assert periods("Sales rose the following year.") == []


def test_the_start_of_the_year_is_the_first_day_of_the_year_of_the_text() -> None:
    got = periods("Since the start of the year the shelter has taken in 310 dogs.", as_of=dt.date(2024, 6, 1))
    assert [(p["text"], p["period_start"]) for p in got] == [("Since the start of the year", "2024-01-01")]
    assert periods("At the end of the day the year was a good one.", as_of=dt.date(2024, 6, 1)) == []


@pytest.mark.parametrize(("text", "seasons"), [
    ("Turnout falls to 39% as rain keeps voters home.", []),
    ("The fall in prices was the steepest since 2009.", ["since 2009"]),
    ("The plant reopens in the fall.", ["the fall"]),
    ("Sales were weak last fall and in the autumn of 2004.", ["last fall", "the autumn of 2004"]),
])
def test_fall_is_a_season_only_where_a_season_can_stand(text: str, seasons: list[str]) -> None:
    assert [p["text"] for p in periods(text)] == seasons


def test_ordinals_are_recorded_as_ordinals() -> None:
    qs = quantities("She finished 3rd, and it was the fourth attempt.")
    assert [(q["kind"], q["value"]) for q in qs] == [("ordinal", 3), ("ordinal", 4)]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("In October alone", "2024-10-01", "2024-10-31"),
    ("at the start of 2024", "2024-01-01", "2024-06-30"),
    ("so far this year", "2024-01-01", "2024-10-31"),
    ("for the year", "2024-01-01", "2024-10-31"),
    ("since February 2022", "2022-02-01", None),
    ("last month", "2024-10-01", "2024-10-31"),
    ("in the third quarter of 2023", "2023-07-01", "2023-09-30"),
    ("in H1 2024", "2024-01-01", "2024-06-30"),
    ("on 3 March 2021", "2021-03-03", "2021-03-03"),
    ("two weeks ago", "2024-10-18", "2024-10-18"),
])
def test_time_expressions_resolve_against_the_as_of_date(text: str, start: str,
                                                          end: str | None) -> None:
    ps = periods(text)
    assert ps and (ps[0]["period_start"], ps[0]["period_end"]) == (start, end)


@pytest.mark.parametrize(("text", "day"), [
    ("on Tuesday, 1 March 1945", "1945-03-01"),
    ("by Sept. 3, 2001", "2001-09-03"),
    ("on the 11th of September 2001", "2001-09-11"),
    ("on 2005-02-04", "2005-02-04"),
    ("on Wed, 22 of Jan", "2025-01-22"),  # no year: the nearest 22 January that is a Wednesday
    ("on Mon, March 4", "2024-03-04"),  # the past one, when its weekday agrees
])
def test_written_days_resolve_with_or_without_a_year(text: str, day: str) -> None:
    ps = periods(text)
    assert [(p["period_start"], p["period_end"]) for p in ps] == [(day, day)]


@pytest.mark.parametrize(("text", "span"), [
    ("due on the twenty-first of next month, it said", "the twenty-first of next month"),
    ("peaked at the beginning of the last decade", "the beginning of the last decade"),
    ("within the upcoming twelve months, it said", "within the upcoming twelve months"),
    ("on Wednesday, the 22nd of March 2023 in Paris", "Wednesday, the 22nd of March 2023"),
    ("left two years, three months and four days ago", "two years, three months and four days ago"),
])
def test_time_expressions_that_start_well_before_their_key_word_are_found_whole(
        text: str, span: str) -> None:
    assert span in [p["text"] for p in periods(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The take-up was percent of 75.", [("percent of 75", "percent", 75)]),
    ("30 per cent of 210 people", [("30 per cent", "percent", 30), ("210", "count", 210)]),
    ("a higher per cent of 40 hours", [("40 hours", "duration", 40)]),
])
def test_per_cent_of_a_bare_number_closing_its_clause_is_that_percentage(
        text: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(q["text"], q["kind"], q["value"]) for q in quantities(text)] == expected


@pytest.mark.parametrize("text", [
    "Attendance: 41,871 J Smith (Kent).", "a 0-to-62-mph time", "Homes at 12 W 54th St.",
])
def test_a_single_letter_or_a_hyphenated_particle_is_not_a_counted_noun(text: str) -> None:
    assert all(q["entity"] is None and q["kind"] != "duration" for q in quantities(text))


@pytest.mark.parametrize("text", ["0 x 100309.00", "5e400 things", "2^5000 cells"])
def test_exponents_beyond_the_float_range_are_not_figures(text: str) -> None:
    assert quantities(text) == []


def test_a_day_that_does_not_exist_is_not_a_date() -> None:
    from auditor.extract.calendar import written_day

    assert written_day("30 February 2005") is None
    assert written_day("February 2005") is None
    assert written_day("29 February 2004") == dt.date(2004, 2, 29)


@pytest.mark.parametrize(("text", "per"), [
    ("each month", "month"), ("every week", "week"), ("published weekly", "week"),
    ("fortnightly meetings", "fortnight"), ("per annum", "year"),
])
def test_frequencies_are_periods_with_a_denominator(text: str, per: str) -> None:
    assert [p["per"] for p in periods(f"30 things {text}")] == [per]


def test_sources_are_attributed_and_carried_to_the_next_sentence() -> None:
    text = ("Gerasimov warned that up to 30,000 soldiers leave each month. "
            "A report from Christoph Vanner of Die Welt noted record highs. "
            "In October alone, 21,600 soldiers deserted.")
    assert [q["source"] for q in quantities(text)] == ["Gerasimov", "Die Welt"]


@pytest.mark.parametrize(("text", "value"), [
    ("Three in four nurses said so.", 0.75), ("nine out of 10 dentists", 0.9),
    ("one in 20 homes", 0.05), ("7 in 100 pupils", 0.07),
])
def test_so_many_in_so_many_is_one_ratio(text: str, value: float) -> None:
    q = one(text)
    assert (q["kind"], q["value"]) == ("fraction", pytest.approx(value))


@pytest.mark.parametrize("text", [
    "He scored 3 in 10 minutes.", "They won 19 out of 38 games.", "Two of five seats fell.",
])
def test_counts_joined_by_in_or_out_of_stay_counts(text: str) -> None:
    assert all(q["kind"] != "fraction" for q in quantities(text))


def test_a_fraction_over_a_period_is_two_figures() -> None:
    kinds = [(q["kind"], q["value"]) for q in quantities("Spending was cut by a third over five years.")]
    assert kinds == [("fraction", pytest.approx(1 / 3)), ("duration", 5)]


def test_an_adjective_of_frequency_counts_its_own_noun_not_the_figure_before() -> None:
    from auditor import audit_text

    q = audit_text("Shares fell 34p to 257p after the firm said annual profit would fall.")
    assert set(q.quantities_frame()["per"].dropna()) == set()
    q = audit_text("About 30,000 soldiers desert each month.").quantities_frame()
    assert list(q["per"]) == ["month"]


def test_network_generations_are_codes_not_counts() -> None:
    from auditor import audit_text

    texts = list(audit_text("Owners of 3G and 4G phones bought 5 million 5G handsets.").quantities_frame()["text"])
    assert texts == ["5 million"]


def test_over_after_a_particle_verb_is_no_hedge() -> None:
    from auditor import audit_text

    q = audit_text("We took over 31 restaurants and sold over 40 more.").quantities_frame()
    assert list(zip(q["text"], q["qualifier"], strict=True)) == [("31", "exact"), ("40", "above")]


def test_a_number_in_words_hyphened_to_its_unit() -> None:
    from auditor import audit_text

    q = audit_text("A twenty-mile walk, a four-year deal and a one-off fee.").quantities_frame()
    assert list(zip(q["text"], q["value"], q["unit"], strict=True)) == [
        ("twenty-mile", 20.0, "mile"), ("four-year", 4.0, "year")]


def test_signs_written_as_words_and_temperatures_below_zero() -> None:
    from auditor import audit_text

    q = audit_text("Overnight it was minus 5C in Braemar and 2 degrees below zero in Leeds.").quantities_frame()
    assert list(zip(q["text"], q["value"], strict=True)) == [
        ("minus 5C", -5.0), ("2 degrees below zero", -2.0)]


def test_a_preposition_or_a_verb_after_a_number_is_not_what_it_counts() -> None:
    from auditor import audit_text

    q = audit_text("Of the 300 homes, 120 will be let at social rent and 90 offered through shared ownership.")
    assert list(q.quantities_frame()["unit"].fillna("")) == ["home", "", ""]


def test_holidays_resolve_to_their_day_in_the_year_given_or_the_last_one() -> None:
    from auditor.extract import calendar

    assert calendar.easter(2024).isoformat() == "2024-03-31"
    assert calendar.holiday("Thanksgiving", 2013).isoformat() == "2013-11-28"
    got = [(p["text"], p["period_start"], p["granularity"]) for p in periods(
        "Sales fell on Good Friday 2024 and rose over Christmas. It was a good Friday for us.",
        as_of=dt.date(2025, 2, 1))]
    assert got[:2] == [("Good Friday 2024", "2024-03-29", "day"), ("Christmas", "2024-12-25", "holiday")]
    assert all(t != "good Friday" for t, _, _ in got)


def test_this_season_is_the_one_to_come_unless_it_is_now() -> None:
    got = [(p["text"], p["period_start"]) for p in periods(
        "The works start this summer and end this winter; last summer was dry.", as_of=dt.date(2025, 5, 10))]
    assert got == [("this summer", "2025-06-01"), ("this winter", "2025-12-01"), ("last summer", "2024-06-01")]
    got = [(p["text"], p["period_start"]) for p in periods("Sales fell this winter.", as_of=dt.date(2025, 2, 3))]
    assert got == [("this winter", "2024-12-01")]


def test_a_weekday_and_a_day_of_the_month() -> None:
    got = [(p["text"], p["period_start"]) for p in periods(
        "The hearing is on Thursday 12th; the last one was on Friday the 30th.", as_of=dt.date(2026, 11, 30))]
    assert got == [("Thursday 12th", "2026-11-12"), ("Friday the 30th", "2026-10-30")]


def test_a_year_ended_on_a_day() -> None:
    got = [(p["text"], p["period_start"], p["period_end"]) for p in periods(
        "Sales for the year ended September 27, 2025, and for the year ended 31 March 2024 rose.",
        as_of=dt.date(2026, 11, 30))]
    assert got == [("the year ended September 27, 2025", "2024-09-28", "2025-09-27"),
                   ("the year ended 31 March 2024", "2023-04-01", "2024-03-31")]


def test_ranges_of_days_in_a_month() -> None:
    got = [(p["text"], p["period_start"], p["period_end"]) for p in periods(
        "The fair runs from September 4th - 6th. Trials took place between 3 and 7 March, again "
        "from the 13th to the 15th of July and on June 2 - June 5; inspections were on 8 and 19 May.",
        as_of=dt.date(2026, 11, 30))]
    assert got[:4] == [("September 4th - 6th", "2026-09-04", "2026-09-06"),
                       ("between 3 and 7 March", "2026-03-03", "2026-03-07"),
                       ("from the 13th to the 15th of July", "2026-07-13", "2026-07-15"),
                       ("June 2 - June 5", "2026-06-02", "2026-06-05")]
    assert ("19 May", "2026-05-19", "2026-05-19") in got  # "on 8 and 19 May" names two days


def test_holidays_in_lower_case_and_the_orthodox_calendar() -> None:
    from auditor.extract import calendar

    assert calendar.orthodox_easter(2024).isoformat() == "2024-05-05"
    got = [(p["text"], p["period_start"]) for p in periods(
        "The fair opens on st patrick's day 2026 and closes on clean monday 2027; the orthodox easter "
        "service was full. It was a black friday for the shares.", as_of=dt.date(2026, 11, 30))]
    assert got[:3] == [("st patrick's day 2026", "2026-03-17"), ("clean monday 2027", "2027-03-15"),
                       ("orthodox easter", "2026-04-12")]
    assert all(t != "black friday" for t, _ in got)


def test_a_glued_trillion_and_glued_cents() -> None:
    from auditor import audit_text

    q = audit_text("The group is worth $2.1T; the fare was $20 and 43c; a 5T magnet.").quantities_frame()
    assert list(zip(q["text"], q["value"], strict=True))[:2] == [("$2.1T", 2.1e12), ("$20 and 43c", 20.43)]


def test_nought_is_a_digit_of_a_decimal_in_words() -> None:
    from auditor import audit_text

    q = audit_text("Inflation was nine point nought four per cent.").quantities_frame()
    assert list(zip(q["text"], q["value"], strict=True)) == [("nine point nought four per cent", 9.04)]


@pytest.mark.parametrize(("text", "kind", "value", "unit"), [
    # a scale letter before a counted noun is a million, not metres
    ("The company shifted 48m of its budget phones.", "count", 48e6, "phone"),
    ("Exports reached 3.4m tonnes of wheat.", "measure", 3.4e6, "metric_ton"),
    ("The series has 6.1m subscribers.", "count", 6.1e6, "subscriber"),
    ("The bridge span is 46m long.", "measure", 46, "meter"),
    # number words composed, not listed
    ("The atlas weighs one hundred and three quarters grams.", "measure", 100.75, "gram"),
    ("Stewards counted 6 thousand 2 hundred and 14 tickets.", "count", 6214, "ticket"),
    ("The prototype stood one thirty five centimetres tall.", "measure", 135, "centimeter"),
    ("The estate was valued at three quarters of a million pounds.", "money", 750_000, "GBP"),
    ("Ministers set aside four billions for it.", "number", 4e9, None),
    # durations and measures in two parts, dotted abbreviations, glued codes
    ("The hearing lasted 2 hours and forty.", "duration", 2 + 40 / 60, "hour"),
    ("The crossing took 3 hours 15 minutes.", "duration", 3.25, "hour"),
    ("The parcel weighed 4 k.g. on arrival.", "measure", 4, "kilogram"),
    ("Tickets were 7.50US$ each.", "money", 7.5, "USD"),
    ("A night costs 180MYR there.", "money", 180, "MYR"),
    ("The reserve covers 12 km^2 of marsh.", "measure", 12, "square_kilometer"),
    ("Stir in 2/3 cup of oats.", "measure", 2 / 3, "cup"),
    ("Drink half a litre of water.", "measure", 0.5, "liter"),
    ("A coffee there costs a dollar.", "money", 1, "USD"),
    ("She bought a pair of boots.", "count", 2, "boot"),
    ("He paid Rs 4 cr for the flat.", "money", 4e7, "INR"),
    ("The fine was 900 jordanian dinars.", "money", 900, "JOD"),
    ("A room costs 120 ringgit a night.", "money", 120, "MYR"),
    ("The race took 2 and a half hours.", "duration", 2.5, "hour"),
    ("The delay lasted a day and a half.", "duration", 1.5, "day"),
    ("The flight took 3 hours forty.", "duration", 3 + 40 / 60, "hour"),
    ("The pool was kept at 28 ° celsius.", "measure", 28, "degree_Celsius"),
    ("A stamp cost 39¢ then.", "money", 0.39, "USD"),
    ("Ozone reached 82 parts per billion.", "measure", 82, "ppb"),
    ("Nitrate stood at 11.3 ppm in the well.", "measure", 11.3, "ppm"),
    ("The tank took 40 gal of diesel.", "measure", 40, "gallon"),
    ("Add 25 g of yeast.", "measure", 25, "gram"),
    ("Gilt yields rose half a percentage point.", "percentage_point", 0.5, "percentage_point"),
    ("The bank cut rates by a percentage point.", "percentage_point", 1, "percentage_point"),
])
def test_composed_numbers_scales_and_units(text: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text)
    assert (q["kind"], q["unit"]) == (kind, unit)
    assert q["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("It was the club's thirty-second season.", "ordinal", 32),
    ("Only three twenty-fifths of the seats were filled.", "fraction", 0.12),
    ("Each heir got one forty-first of it.", "fraction", 1 / 41),
    ("Readings fell to negative one over 50.", "fraction", -0.02),
])
def test_ordinals_are_ranks_and_fractions_keep_their_sign(text: str, kind: str, value: float) -> None:
    q = one(text)
    assert q["kind"] == kind
    assert q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", ["The Big 10 schools voted.", "Planet 9 may not exist.", "Calls to NHS 111 rose.",
                                  "The EU 27 met."])
def test_names_with_numbers_are_not_counts(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(("text", "value"), [("Growth last quarter was nil.", 0.0),
                                             ("It fell to minus 4 overnight.", -4.0)])
def test_nil_and_a_sign_before_a_time_word(text: str, value: float) -> None:
    q = [r for r in quantities(text) if r["type"] == "quantity"]
    assert [(r["value"], r.get("unit")) for r in q] == [(value, None)]


def test_a_score_in_words_is_no_figure() -> None:
    assert [r for r in quantities("Rovers won two nil at home.") if r["type"] == "quantity"] == []


def test_a_hedge_on_the_upper_end_keeps_a_range_and_makes_it_approximate() -> None:
    q = one("Each dose holds between 0.004 kg and about 0.009 kg of the powder.")
    assert (q["qualifier"], q["low"], q["high"], q["approximate"]) == ("range", 0.004, 0.009, True)


def test_an_acronym_that_is_a_currency_still_prices_the_number() -> None:
    assert [(q["text"], q.get("unit")) for q in quantities("Revenue was about MAUD 60 last year.")] == \
        [("MAUD 60", "AUD")]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Output rose in the quarter to September 2025.", "2025-07-01", "2025-09-30"),
    ("Profits rose in the year to March 2024.", "2023-04-01", "2024-03-31"),
    ("Sales fell in the half-year ended June 2025.", "2025-01-01", "2025-06-30"),
])
def test_a_quarter_or_year_to_a_month_ends_with_that_month(text: str, start: str, end: str) -> None:
    (p,) = periods(text)
    assert (p["period_start"], p["period_end"]) == (start, end)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("It fell 4% in a fortnight.", 1, "fortnight"), ("Sales doubled over a year.", 1, "year"),
])
def test_a_span_of_one_unit_of_time_is_a_duration(text: str, value: float, unit: str) -> None:
    q = [x for x in quantities(text) if x["kind"] == "duration"]
    assert [(x["value"], x["unit"]) for x in q] == [(value, unit)]


@pytest.mark.parametrize("text", ["It costs £5m a year.", "The bill rose a year ago.", "It will be a year before we know."])
def test_a_year_that_is_a_rate_or_a_date_is_no_duration(text: str) -> None:
    assert not [x for x in quantities(text) if x["kind"] == "duration"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The rope was 3 yards 2 ft 6 inches long.", 138, "inch"),
    ("The course runs 21 km 97 metres 50 cm.", 2109750, "centimeter"),
    ("She stands 5 ft 11 in.", 5 + 11 / 12, "foot"),
    ("The baby weighed 7 lb 4 oz.", 7.25, "pound"),
    ("The parcel weighed 2 kg 350 g.", 2350, "gram"),
])
def test_a_measure_in_ever_smaller_units_is_one_figure(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_measures_in_the_same_or_a_larger_unit_stay_apart() -> None:
    text = "There are 10km, 5km and 500m races, a 400m, 2km relay and a 3km 800m 2km triathlon."
    assert [q["text"] for q in quantities(text)] == ["10km", "5km", "500m", "400m", "2km", "3km 800m", "2km"]


def test_a_scale_letter_ends_an_amount_range_not_a_length() -> None:
    q = one("The refit will cost $5m-8m.")
    assert (q["kind"], q["unit"], q["low"], q["high"]) == ("money", "USD", 5e6, 8e6)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Sales in March beat the same month a year earlier.", "2023-03-01", "2023-03-31"),
    ("Output in the third quarter of 2023 beat the same quarter last year.", "2022-07-01", "2022-09-30"),
])
def test_the_same_month_or_quarter_is_the_one_named_before(text: str, start: str, end: str) -> None:
    ps = [p for p in periods(text) if p["text"].startswith("same")]
    assert [(p["period_start"], p["period_end"]) for p in ps] == [(start, end)]


def test_a_bare_number_takes_no_percent_from_a_smaller_figure_after_a_dash() -> None:
    assert [(q["kind"], q["value"]) for q in quantities("Of the 1,900 pupils, 1,520 - 80% - passed.")] == [
        ("count", 1900), ("number", 1520), ("percent", 80)]


def test_a_date_without_a_year_points_where_its_verb_does() -> None:
    tuesday = dt.date(2013, 2, 12)

    def day(text: str, as_of: dt.date = tuesday) -> str:
        return periods(text, as_of=as_of)[0]["period_start"]

    assert day("The plant closed on Thursday.") == "2013-02-07"
    assert day("The plant will close on Thursday.") == "2013-02-14"
    assert day("He said on Friday that the plant will close.") == "2013-02-08"
    assert day("The vote will be held on 3 March.", dt.date(2013, 3, 10)) == "2014-03-03"
    assert day("Talks are scheduled for 15 March.", dt.date(2013, 3, 20)) == "2014-03-15"
    assert day("Stores reported weak trading over Christmas.") == "2012-12-25"
    assert day("Stores will open on Christmas Day.") == "2013-12-25"
    # no verb to tell: the nearer of the two
    assert day("Thursday") == "2013-02-14"
    assert day("the 15th of February") == "2013-02-15"
    assert day("from 13 to 15 July") == "2013-07-13"
    assert day("1 to 8 September") == "2012-09-01"


def test_a_season_written_with_two_years_is_not_a_month() -> None:
    got = [(p["text"], p["period_start"], p["period_end"]) for p in periods(
        "He scored 31 goals in the 2010-11 season and 12 in 2011/12; the ledger closed in 2011-04. "
        "The 2011-12 financial year was worse.", as_of=dt.date(2013, 1, 1))]
    assert got == [("2010-11", "2010-07-01", "2011-06-30"), ("2011/12", "2011-07-01", "2012-06-30"),
                   ("2011-04", "2011-04-01", "2011-04-30"), ("2011-12", "2011-04-01", "2012-03-31")]


def test_a_unit_and_a_half_after_an_article_is_a_length() -> None:
    got = [(q["text"], q["value"], q["unit"]) for q in quantities(
        "He served a year and a half; the hearing took an hour and a half. Growth came for a decade.")
        if q["kind"] == "duration"]
    assert got == [("a year and a half", 1.5, "year"), ("an hour and a half", 1.5, "hour")]


def test_months_to_a_month_are_a_period_and_keep_their_day() -> None:
    text = "Profit was $8.1m in the 12 months to April and $2.2m for the three months to 30 November."
    got = [(p["text"], p["period_start"], p["period_end"]) for p in periods(text, as_of=dt.date(2024, 12, 20))]
    assert got == [("the 12 months to April", "2023-05-01", "2024-04-30"),
                   ("the three months to 30 November", "2024-09-01", "2024-11-30")]
    assert [q["text"] for q in quantities(text, as_of=dt.date(2024, 12, 20))] == [
        "$8.1m", "12 months", "$2.2m", "three months"]


def test_an_article_before_a_dollar_sign_is_no_currency_prefix() -> None:
    got = [(q["text"], q["unit"]) for q in quantities("A $3m grant, A$5m in aid and c $ 2m in fees.")]
    assert got == [("$3m", "USD"), ("A$5m", "AUD"), ("c $ 2m", "CAD")]


@pytest.mark.parametrize("text", ["little more than a fifth", "barely over a fifth", "only just over a fifth"])
def test_a_close_hedge_bounds_its_figure(text: str) -> None:
    (q,) = quantities(f"They won {text} of the seats.")
    assert (q["qualifier"], q["low"], q["high"]) == ("above", 0.2, pytest.approx(0.22))


def test_children_of_an_age_are_no_length_of_time() -> None:
    got = [(q["text"], q["kind"]) for q in quantities(
        "Only 3,046 of the 3,750 five-year-olds were vaccinated, and two 16-year-olds were hurt on a five-year plan.")]
    assert ("five-year", "duration") in got and all(t not in ("five-year-olds", "16-year") for t, _ in got)
    assert got[:2] == [("3,046", "count"), ("3,750", "count")]


def test_the_first_or_last_day_of_a_month_is_that_day() -> None:
    got = [(p["text"], p["period_start"]) for p in periods(
        "It ends on the last day of February 2024; rent is due on the first day of next month.",
        as_of=dt.date(2024, 5, 10))]
    assert got == [("the last day of February 2024", "2024-02-29"), ("the first day of next month", "2024-06-01")]
