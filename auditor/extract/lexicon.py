"""Word lists and unit tables that the extraction grammar reads."""

from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}
# Suffixes written after digits ("1.2bn", "£200m", "10k", "$5 mn").
SCALE_SUFFIX = {
    "k": 1e3, "K": 1e3, "hundred": 1e2, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "mm": 1e6, "MM": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9, "billion": 1e9,
    "bln": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "Cr": 1e7, "lac": 1e5, "lacs": 1e5,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
# Anniversaries named by one word: "its centenary" is its 100th anniversary.
ANNIVERSARY_WORDS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
                     "tercentenary": 300, "tricentennial": 300, "sesquicentennial": 150}
# Denominators of fractions ("two thirds", "a quarter", "five eighths").
FRACTION_DENOMS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4,
    **{w + "s": v for w, v in ORDINAL_WORDS.items() if v >= 5},
    **{w: v for w, v in ORDINAL_WORDS.items() if v >= 5},
}
VAGUE_PLURALS = {
    "dozens": (12, 120), "scores": (40, 200), "hundreds": (100, 1000),
    "thousands": (1000, 10000), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    "tens of thousands": (1e4, 1e5), "hundreds of thousands": (1e5, 1e6),
    "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
}

# Qualifiers before a figure, longest first when compiled.
QUALIFIERS_BEFORE = {
    "approx": ["about", "around", "approximately", "roughly", "some", "nearly", "almost",
               "close to", "an estimated", "estimated", "circa", "c.", "~", "approx.",
               "approx", "just about", "more or less", "in the region of", "upwards of about",
               "an approximate", "towards", "as much as about"],
    "at_most": ["up to", "as many as", "as much as", "no more than", "not more than",
                "at most", "a maximum of", "maximum of", "max.", "as high as", "≤", "<=",
                "< =", "no greater than", "at the most", "equal to or less than",
                "less than or equal to", "a maximum", "not exceeding", "a high of",
                "as few as", "peaking at"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of", "minimum of",
                 "≥", ">=", "> =", "not less than", "equal to or more than",
                 "more than or equal to", "greater than or equal to", "at least or equal to",
                 "a low of"],
    "above": ["more than", "over", "above", "exceeding", "in excess of", "upwards of",
              "greater than", "higher than", "larger than", "just over", "well over",
              ">", "over than", "north of", "better than", "excess of", "exceeds", "exceeded",
              "surpass", "surpassed", "surpassing", "surpasses", "larger than", "bigger than"],
    "below": ["fewer than", "less than", "under", "below", "lower than", "smaller than",
              "just under", "<", "well under", "short of", "shy of", "less then",
              "less or equal than", "sub-", "sub"],
}
QUALIFIERS_AFTER = {
    "approx": ["or so", "odd", "-odd", "or thereabouts", "give or take"],
    "at_least": ["or more", "and up", "and above", "-plus", "or greater",
                 "or greater than", "or higher", "and over", "or above", "or more than"],
    "at_most": ["or less", "or fewer", "and under", "or below", "at most", "or lower",
                "and below", "or less than"],
}

# Change words that belong to the figure right after them ("rose 12%", "fell by $3m").
CHANGE_UP = """rose rise rises rising risen increase increased increases increasing up climbed
climb climbs climbing grew grow grows growing jumped jump jumps jumping gained gain gains
gaining surged surge surges surging soared soar soars soaring added advanced advance advances
boosted raised raise rallied rally spiked spike higher leapt leaped leap widened expanded
improved improve accelerated upward upwards advancing rallying rallies boosting""".split()
CHANGE_DOWN = """fell fall falls falling fallen dropped drop drops dropping declined decline
declines declining decreased decrease decreases decreasing down lost lose loses losing slid
slide slides sliding slipped slip slips sank sink sinks plunged plunge plunges plummeted
plummet tumbled tumble tumbles shed sheds cut cuts shrank shrink shrinks shrunk shrinking slumped slump slumps
eased ease dipped dip dips lower narrowed contracted retreated retreat reduced sagged
downward downwards slipping tumbling plunging plummeting shedding sinking dipping easing""".split()

# Currencies: surface → ISO 4217.
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "USD$": "USD",
    "u.s $": "USD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "C$": "CAD", "CA$": "CAD",
    "CAN$": "CAD", "CDN$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD",
    "Mex$": "MXN", "MX$": "MXN", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₡": "CRC", "₿": "BTC", "₦": "NGN",
    "₪": "ILS", "₱": "PHP", "₫": "VND", "฿": "THB", "Y=": "JPY", "Rs.": "INR", "Rs": "INR", "R": "ZAR",
    "Fr.": "CHF", "CHF": "CHF", "zł": "PLN", "kr": "SEK", "Kč": "CZK",
}
ISO_CODES = """USD GBP EUR JPY CNY RMB INR AUD CAD CHF HKD NZD SGD SEK NOK DKK ZAR BRL MXN RUB
TRY KRW PLN CZK HUF ILS AED SAR NGN KES EGP PKR BDT IDR MYR THB PHP VND TWD ARS CLP COP PEN
UAH BTC""".split()
CURRENCY_WORDS = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "hong kong dollar": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD", "cents": "USD/100", "cent": "USD/100",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "quid": "GBP", "pence": "GBP/100", "penny": "GBP/100", "p": "GBP/100",
    "euros": "EUR", "euro": "EUR", "eurocents": "EUR/100", "euro cents": "EUR/100", "euro cent": "EUR/100", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "rupees": "INR", "rupee": "INR",
    "swiss francs": "CHF", "francs": "CHF", "franc": "CHF", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "rand": "ZAR", "pesos": "MXN", "peso": "MXN",
    "turkish lira": "TRY", "lira": "TRY", "liras": "TRY", "dinars": "DZD", "dirhams": "AED",
    "riyals": "SAR", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK",
    "zloty": "PLN", "zlotys": "PLN", "shekels": "ILS", "naira": "NGN", "ringgit": "MYR",
    "baht": "THB", "won": "KRW", "hryvnia": "UAH", "hryvnias": "UAH", "bitcoins": "BTC",
    "bitcoin": "BTC", "dutch guilders": "NLG", "guilders": "NLG", "deutschmarks": "DEM",
    "marks": "DEM", "mexican pesos": "MXN", "indian rupees": "INR", "japanese yen": "JPY",
    "chinese yuan": "CNY", "south african rand": "ZAR", "brazilian reais": "BRL",
    "reais": "BRL", "real": "BRL",
    # wire and filings abbreviations ("12.5 mln dlrs", "32 cts a share", "5.2 mln stg")
    "dlrs": "USD", "dlr": "USD", "cts": "USD/100", "stg": "GBP",
}
# National currencies named by the country's adjective ("42 kuwaiti dinars", "malaysian ringgit"):
# adjective, the currency's noun and its plural, ISO code. A bare noun shared by several
# countries ("dinar", "shilling") says no currency on its own.
_NATIONAL = """
kuwaiti dinar dinars KWD | bahraini dinar dinars BHD | jordanian dinar dinars JOD | iraqi dinar dinars IQD
algerian dinar dinars DZD | tunisian dinar dinars TND | libyan dinar dinars LYD | serbian dinar dinars RSD
saudi riyal riyals SAR | qatari riyal riyals QAR | omani rial rials OMR | iranian rial rials IRR
emirati dirham dirhams AED | uae dirham dirhams AED | moroccan dirham dirhams MAD
egyptian pound pounds EGP | lebanese pound pounds LBP | syrian pound pounds SYP
malaysian ringgit ringgits MYR | indonesian rupiah rupiahs IDR | philippine peso pesos PHP
argentine peso pesos ARS | argentinian peso pesos ARS | chilean peso pesos CLP | colombian peso pesos COP
pakistani rupee rupees PKR | sri lankan rupee rupees LKR | nepalese rupee rupees NPR
bangladeshi taka takas BDT | nigerian naira nairas NGN | kenyan shilling shillings KES
ugandan shilling shillings UGX | tanzanian shilling shillings TZS | ghanaian cedi cedis GHS
south korean won won KRW | korean won won KRW | vietnamese dong dong VND | thai baht baht THB
polish zloty zlotys PLN | czech koruna korunas CZK | hungarian forint forints HUF
romanian leu lei RON | bulgarian lev leva BGN | danish krone kroner DKK | norwegian krone kroner NOK
swedish krona kronor SEK | icelandic krona kronur ISK | israeli shekel shekels ILS
ukrainian hryvnia hryvnias UAH | russian rouble roubles RUB | russian ruble rubles RUB
kazakh tenge tenge KZT | peruvian sol soles PEN | new taiwan dollar dollars TWD
swiss franc francs CHF | singapore dollar dollars SGD | new zealand dollar dollars NZD
"""
for _row in _NATIONAL.replace("\n", " | ").split("|"):
    if _row.strip():
        *_adj, _one, _many, _code = _row.split()
        CURRENCY_WORDS.setdefault(f"{' '.join(_adj)} {_one}", _code)
        CURRENCY_WORDS.setdefault(f"{' '.join(_adj)} {_many}", _code)
        if _one not in ("dinar", "riyal", "rial", "dirham", "pound", "peso", "rupee", "shilling", "won",
                        "dong", "sol", "leu", "lev", "krone", "krona", "franc", "dollar", "rouble", "ruble"):
            CURRENCY_WORDS.setdefault(_one, _code)  # "ringgit", "forint": one country's own
            CURRENCY_WORDS.setdefault(_many, _code)
CURRENCY_WORDS |= {k.replace("dollars", "dlrs"): v for k, v in CURRENCY_WORDS.items()
                   if k.endswith(" dollars")}  # "40 mln Canadian dlrs"

# Words that make a bracketed figure beside them an accounting negative: "Net loss (12.3)".
ACCOUNTS_CUES = "loss losses net income eps shr deficit".split()

# Rate units written as one abbreviation: surface → (numerator unit, denominator).
RATE_UNITS = {"bpd": ("barrel", "day"), "b/d": ("barrel", "day"), "bbl/d": ("barrel", "day")}

# Labels that open a line of an earnings table and make each amount on it a rate per
# something: "Shr 32 cts vs 28 cts" is 0.32 and 0.28 dollars a share.
LINE_LABEL_PER = {"shr": "share"}

# Physical units: surface → pint canonical name, and the kind they make.
MEASURE_UNITS = {
    # length
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer", "m": "meter", "metre": "meter",
    "metres": "meter", "meter": "meter", "meters": "meter", "cm": "centimeter",
    "centimetre": "centimeter", "centimetres": "centimeter", "centimeter": "centimeter",
    "centimeters": "centimeter", "mm": "millimeter", "millimetre": "millimeter",
    "millimetres": "millimeter", "millimeter": "millimeter", "millimeters": "millimeter",
    "nm": "nanometer", "nanometres": "nanometer", "nanometers": "nanometer",
    "micron": "micrometer", "microns": "micrometer", "mile": "mile", "miles": "mile",
    "mi": "mile", "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "ft": "foot",
    "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch", "in": "inch",
    "\"": "inch", "″": "inch", "nautical miles": "nautical_mile", "light years": "light_year",
    "light-years": "light_year",
    # area
    "sq km": "square_kilometer", "square kilometres": "square_kilometer",
    "square kilometers": "square_kilometer", "km2": "square_kilometer",
    "km²": "square_kilometer", "km^2": "square_kilometer", "m^2": "square_meter",
    "cm^2": "square_centimeter", "m^3": "cubic_meter", "sq m": "square_meter", "square metres": "square_meter",
    "square meters": "square_meter", "m2": "square_meter", "m²": "square_meter",
    "sq ft": "square_foot", "square feet": "square_foot", "square foot": "square_foot",
    "sq mi": "square_mile", "square miles": "square_mile", "square mile": "square_mile",
    "acres": "acre", "acre": "acre", "hectares": "hectare", "hectare": "hectare",
    "ha": "hectare",
    # volume
    "litres": "liter", "litre": "liter", "liters": "liter", "liter": "liter", "l": "liter",
    "ml": "milliliter", "millilitres": "milliliter", "milliliters": "milliliter",
    "cl": "centiliter", "gallons": "gallon", "gallon": "gallon", "gal": "gallon",
    "barrels": "barrel", "barrel": "barrel", "bbl": "barrel", "pints": "pint", "pint": "pint",
    "cubic feet": "cubic_foot", "cubic foot": "cubic_foot", "cubic metres": "cubic_meter",
    "cubic meters": "cubic_meter", "m3": "cubic_meter", "teaspoon": "teaspoon",
    "teaspoons": "teaspoon", "tablespoons": "tablespoon", "tablespoon": "tablespoon",
    "cups": "cup", "cup": "cup",
    # mass
    "kg": "kilogram", "kgs": "kilogram", "kilos": "kilogram", "kilo": "kilogram",
    "kilogram": "kilogram", "kilograms": "kilogram", "kilogrammes": "kilogram",
    "g": "gram", "grams": "gram", "gram": "gram", "grammes": "gram", "gramme": "gram",
    "mg": "milligram", "milligrams": "milligram", "milligrammes": "milligram",
    "µg": "microgram", "micrograms": "microgram", "microgrammes": "microgram",
    "tonnes": "metric_ton", "tonne": "metric_ton", "metric tons": "metric_ton",
    "metric ton": "metric_ton", "t": "metric_ton", "tons": "ton", "ton": "ton",
    "lb": "pound", "lbs": "pound", "oz": "ounce", "ounces": "ounce", "ounce": "ounce",
    "stone": "stone", "carats": "carat",
    # concentration
    "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb", "parts per billion": "ppb",
    # speed and economy
    "km/h": "kilometer_per_hour", "kph": "kilometer_per_hour", "kmph": "kilometer_per_hour",
    "km/hr": "kilometer_per_hour", "kmh": "kilometer_per_hour",
    "kilometres per hour": "kilometer_per_hour", "kilometers per hour": "kilometer_per_hour",
    "kilometres an hour": "kilometer_per_hour", "kilometers an hour": "kilometer_per_hour",
    "mph": "mile_per_hour", "miles per hour": "mile_per_hour", "miles an hour": "mile_per_hour",
    "m/s": "meter_per_second", "metres per second": "meter_per_second",
    "meters per second": "meter_per_second", "knots": "knot", "knot": "knot", "kt": "knot",
    "kts": "knot",
    "mpg": "mile_per_gallon", "miles per gallon": "mile_per_gallon",
    # energy, power, data, frequency
    "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour",
    "twh": "terawatt_hour", "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt",
    "w": "watt", "watts": "watt", "watt": "watt", "kilowatts": "kilowatt",
    "megawatts": "megawatt", "gigawatts": "gigawatt", "hp": "horsepower",
    "horsepower": "horsepower", "bhp": "horsepower", "calories": "calorie",
    "kcal": "kilocalorie", "joules": "joule", "volts": "volt", "v": "volt",
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte",
    "kilobytes": "kilobyte", "megabytes": "megabyte", "gigabytes": "gigabyte",
    "terabytes": "terabyte", "bit": "bit", "bits": "bit", "mbps": "megabit_per_second",
    "gbps": "gigabit_per_second", "kbps": "kilobit_per_second", "kilobits": "kilobit",
    "kilobit": "kilobit", "megabits": "megabit", "megabit": "megabit", "gigabits": "gigabit",
    "gigabit": "gigabit", "megabits per second": "megabit_per_second",
    "megabit per second": "megabit_per_second", "gigabits per second": "gigabit_per_second",
    "gigabit per second": "gigabit_per_second", "kilobits per second": "kilobit_per_second",
    "megabits a second": "megabit_per_second", "gigabits a second": "gigabit_per_second",
    "gigabit a second": "gigabit_per_second", "megabit a second": "megabit_per_second",
    "kilobyte": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "petabytes": "petabyte", "pb": "petabyte",
    "kilohertz": "kilohertz", "megahertz": "megahertz", "gigahertz": "gigahertz", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "ghz": "gigahertz", "decibels": "decibel", "db": "decibel",
    # angle and temperature
    "°c": "degree_Celsius", "ºc": "degree_Celsius", "°f": "degree_Fahrenheit",
    "ºf": "degree_Fahrenheit", "degf": "degree_Fahrenheit", "degc": "degree_Celsius",
    "° celsius": "degree_Celsius", "°celsius": "degree_Celsius", "° centigrade": "degree_Celsius",
    "° fahrenheit": "degree_Fahrenheit", "°fahrenheit": "degree_Fahrenheit", "° c": "degree_Celsius",
    "° f": "degree_Fahrenheit",
    "deg c": "degree_Celsius", "deg f": "degree_Fahrenheit", "degrees celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius", "degrees centigrade": "degree_Celsius",
    "deg celsius": "degree_Celsius", "degrees c": "degree_Celsius", "celsius": "degree_Celsius",
    "celcius": "degree_Celsius", "centigrade": "degree_Celsius",
    "centigrate": "degree_Celsius", "c": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "degree fahrenheit": "degree_Fahrenheit",
    "deg fahrenheit": "degree_Fahrenheit", "degrees f": "degree_Fahrenheit",
    "degree f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
    "farenheit": "degree_Fahrenheit", "f": "degree_Fahrenheit", "kelvin": "kelvin",
    "degrees": "degree", "degree": "degree", "°": "degree", "turn": "turn", "turns": "turn",
    "revolutions": "revolution", "revolution": "revolution",
}
# Surfaces that need a glued or clearly technical context to count as a unit.
AMBIGUOUS_UNITS = {"m", "in", "l", "t", "g", "c", "f", "v", "w", "p", "ha", "db", "\"",
                   "″", "mi", "gal", "stone", "real", "marks", "won", "cup", "cups"}
TEMPERATURE_UNITS = {"degree_Celsius", "degree_Fahrenheit", "kelvin"}

# Time units for durations, rates and periods.
TIME_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "s": "second",
    "millisecond": "millisecond", "milliseconds": "millisecond", "ms": "millisecond",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "d": "day", "week": "week", "weeks": "week", "wk": "week",
    "wks": "week", "fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
    "months": "month", "mo": "month", "mos": "month", "quarter": "quarter",
    "quarters": "quarter", "qtr": "quarter", "qtrs": "quarter", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "y": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "millennium": "millennium", "millennia": "millennium",
}

# Words that end a counted-noun phrase: they are never its head.
NP_STOP = frozenset("""
a an the of in on at by for to from with without into onto over under about after before
since until during per each every and or but nor so yet than then that which who whom whose
this these those there here is are was were be been being am has have had do does did will
would shall should can could may might must not no nor its their his her our your my it
they them he she we you i as if while when where whereas although though because whether
also just only even still already again more most less least some any all both either
neither such own same other another much many few several very too quite rather almost
nearly around roughly approximately up down out off back away last next year years month
months week weeks day days hour hours per cent percent alone respectively apiece each
against between among toward towards via amid including like unlike plus minus versus vs
once twice them us whom whilst come came go went bound according
through throughout across within beyond behind below above near inside outside upon
today tonight yesterday tomorrow now later earlier ago overnight
overseas abroad elsewhere worldwide nationwide
""".split())

IRREGULAR_VERBS = {
    "left": "leave", "leaving": "leave", "fled": "flee", "ran": "run", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "went": "go", "gone": "go",
    "came": "come", "gave": "give", "given": "give", "took": "take", "taken": "take",
    "made": "make", "won": "win", "lost": "lose", "paid": "pay", "sold": "sell",
    "bought": "buy", "built": "build", "spent": "spend", "cut": "cut", "hit": "hit",
    "put": "put", "quit": "quit", "died": "die", "dying": "die", "sent": "send",
    "held": "hold", "kept": "keep", "met": "meet", "told": "tell", "said": "say",
    "saw": "see", "seen": "see", "got": "get", "brought": "bring", "caught": "catch",
    "fought": "fight", "thought": "think", "found": "find", "grew": "grow", "grown": "grow",
    "shot": "shoot", "struck": "strike", "stole": "steal", "stolen": "steal", "flew": "fly",
    "drove": "drive", "driven": "drive", "wrote": "write", "written": "write",
    "became": "become", "began": "begin", "begun": "begin", "broke": "break",
    "broken": "break", "chose": "choose", "hired": "hire", "fired": "fire",
    "retired": "retire", "arrived": "arrive", "received": "receive", "moved": "move",
    "served": "serve", "saved": "save", "used": "use", "closed": "close", "joined": "join",
    "injured": "injure", "captured": "capture", "escaped": "escape", "released": "release",
    "deserted": "desert", "deserting": "desert", "deserts": "desert", "abandoned": "abandon",
    "surrendered": "surrender", "defected": "defect", "opened": "open", "registered": "register",
    "let": "let",
}
IRREGULAR_NOUNS = {
    "shoes": "shoe", "toes": "toe", "canoes": "canoe", "oboes": "oboe", "floes": "floe",
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot",
    "data": "data", "media": "media", "police": "police", "staff": "staff",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer", "series": "series",
    "species": "species", "news": "news", "crises": "crisis", "analyses": "analysis",
    "indices": "index", "criteria": "criterion", "phenomena": "phenomenon",
    "aircraft": "aircraft", "personnel": "personnel", "troops": "troop", "lives": "life",
    "wives": "wife", "knives": "knife", "halves": "half", "leaves": "leaf",
    "thieves": "thief", "wolves": "wolf", "shelves": "shelf", "dice": "die",
    "buses": "bus", "viruses": "virus", "statuses": "status", "campuses": "campus",
    "bonuses": "bonus", "census": "census", "gas": "gas", "plus": "plus", "bus": "bus",
    "this": "this", "was": "was", "has": "has", "yes": "yes", "series's": "series",
}

# Verbs whose "up" is a particle, not a rise: "girls make up 52% of the roll", "set up in 1990".
PARTICLE_VERBS = frozenset("""make makes made making set sets setting sign signs signed signing
draw draws drew drawn drawing take takes took taken taking pick picks picked picking end ends
ended ending sum sums summed summing line lines lined lining turn turns turned turning back
backs backed backing open opens opened opening use uses used using bring brings brought
bringing give gives gave given giving fill fills filled filling break breaks broke broken
breaking hold holds held holding build builds built building""".split())
