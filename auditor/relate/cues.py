"""The cue table: which words, where around a figure, give it a role or join it to another.

The table is data. Each row names where to look, what the words yield and the phrases
(alternatives separated by ``|``). The matcher skips hedges ("about", "an estimated") next to
a figure and determiners ("the", "its") everywhere, so a row never spells them.

``where`` is one of:

* ``before``  — the words just before a figure, back to the previous figure or the clause start;
* ``after``   — the words just after a figure, up to the next figure or the clause end;
* ``between`` — the words between two neighbouring figures, read from the end (``lead=N`` lets up
  to N other words come first: the noun of the first figure);
* ``within``  — the words between two neighbouring figures, anywhere among the first ``lead=N``;
* ``clause``  — anywhere in the figure's clause (facts of the clause: a total, an average);
* ``opens``   — the words that open a sentence, after a time that leads it ("In 2023 it spent …"):
  facts that tie the sentence to the one before or after it;
* ``period``  — the words just before a time expression ("formed in 1979").

``mark=NAME`` rows give no role: they note the cue under NAME for a builder to read ("rate_of":
a share that may restate an "X of Y" pair before it; "complement": the part held "outside" or
"elsewhere", which with the part before it makes the whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.extract.lexicon import CHANGE_DOWN, CHANGE_UP, QUALIFIERS_BEFORE

CUE_TABLE = r"""
# where    yields                    phrases
before     role=from                 from average of | from high of | from low of | from peak of | from record of | from median of | beating | surpassing | exceeding | outstripping | more than @ ' s | less than @ ' s | fewer than @ ' s | more than in @ | less than in @ | fewer than in @ | higher than | lower than | bigger than | smaller than | larger than | up on | down on | previous high of | previous record of | previous best of | previous low of | previous peak of | from | compared with | compared to | versus | vs | against | as against
before     role=from dir=up          up from | rising from | risen from | increase from | increased from | rise from | rose from | grew from | climbed from
before     role=from dir=down        down from | falling from | fallen from | fell from | dropped from | declined from | decreased from
before     role=range                ranged from | ranging from | ranges from | range from | varied from | varying from
before     role=to                   is now | are now | now costs | now stands at | to | at | reaching | reached | reaches | hitting | to a record | to a record high of | to a high of | to a low of | to a total of | to a new high of | to a new low of
before     role=delta                by | a change of | swing of | turnaround of | improvement of | improvement in | deterioration of | deterioration in
before     role=delta dir=up         increase of | rise of | gain of | jump of | growth of | increase in | rise in | growth in | surge of | hike of | increment of
before     role=delta dir=down       saving of | savings of | decrease of | fall of | drop of | decline of | reduction of | cut of | decrease in | fall in | drop in | decline in | reduction in | slump of
before     role=increment            further | another | additional | extra | a further | plus
before     role=average              average of | averaged | averaging | on average | mean of | an average
before     role=total                , total of | , in total | , making total of | , bringing total to | , for total of | total of | totals | totalled | totaled | totalling | totaling | total to | total at | total is | total was | total stands at | in total | tally to | toll to | toll of | tally of | bringing total to | taking total to | making total | make up | makes up | made up | together make up | between them make up | total had reached | total has reached | total reached | total had risen to | total has risen to | total had climbed to | total hit | tally had reached | tally reached | toll had reached | toll reached
before     role=backref              of them
after      role=delta dir=up         rise | increase | gain | jump | growth | higher | hike | surge | uplift | more | increases | above
after      role=delta                improvement | deterioration
after      role=delta dir=down       fall | drop | decline | decrease | cut | lower | reduction | slump | less | fewer | decreases | below
after      role=share                of | share of | of total | of overall | of all
after      role=average              average | mean | on average
after      role=total                in total | in all | altogether | overall | combined | all told | between them
after      role=from                 a year earlier | a year ago | a year before | year earlier | in prior year | previous year | in year-ago period | in same period last year | last year
after      role=backref              of which | of them | of whom | of those | of these | among them | of that | of this | of it | of total
after      mark=fx_rate              to the euro | to the dollar | to the pound | to the yen | against the euro | against the dollar | against the pound | against sterling | against the yen | per euro | per dollar | per pound
after      mark=anchored             anniversary of | anniversary since
after      mark=each                 each | apiece | a head | per head | per person | a piece | per family | per household
after      mark=complement           outside | held outside | from outside | generated outside | located outside | elsewhere | held elsewhere | overseas | from overseas | held overseas | abroad | held abroad | in rest of world | from rest of world
after      role=forecast             forecast | forecasts | expected | estimated | predicted | projected | targeted | budgeted | forecast by | expected by | predicted by | needed | required | needed for | required for
before     role=forecast             aims to reach | aims to hit | aims for | aiming for | target of | targets | goal of | ambition of | hopes to reach | plans to reach | wants to reach | on course to reach | on track to reach
after      role=anniversary          anniversary | birthday | edition | staging
after      role=ago                  ago
after      role=elapsed              since | since then | after | later | on from | run | wait | absence | gap | drought | hiatus
before     role=elapsed              after | ending | ended after | closed after
before     role=span                 over | in | across | during | for | over past | in past | over last | in last | in first | over first | over course of | within | over next | in next | during next | within next | over coming | in coming
after      sign=-1                   loss | losses | net loss | operating loss | pre-tax loss | pretax loss | of loss | of operating loss | of net loss | deficit | in losses | in the red
before     sign=-1                   loss of | losses of | net loss of | deficit of | minus | negative
between    link=or lead=8            , response rate of | , success rate of | , pass rate of | , take-up rate of | , return rate of | , completion rate of | , which made up | which made up | , making up | making up | , which accounted for | which accounted for | , which represented | which represented | , or | or | , or about | , or around | , or roughly | , or nearly | , or some | , or more than | , or over | , or less than | , or fewer than | , or under | , or almost | , or at least | , representing | representing | , equivalent to | equivalent to | , the equivalent of | , i.e. | i.e. | , accounting for | accounting for | , a share of | a share of | , a turnout of | , equal to | equal to | , which translates to | translates to | - or | — or | – or | which is | is | are | was | were | give it | gives it | giving it | gave it | give them | gives them | giving them | gave them
before     mark=rate_of              , equivalent to | , or | , representing | — | – | - | , rate of | response rate of | success rate of | pass rate of | take-up rate of | completion rate of | , turnout of | conviction rate of | vacancy rate of | approval rate of | acceptance rate of | attendance rate of | survival rate of | occupancy rate of | default rate of | failure rate of | detection rate of | clearance rate of | participation rate of | vaccination rate of | uptake rate of | employment rate of | unemployment rate of | literacy rate of | mortality rate of | infection rate of | recovery rate of | retention rate of | win rate of | strike rate of | conversion rate of | rejection rate of | refusal rate of | charge rate of | arrest rate of | admission rate of | enrolment rate of | enrollment rate of | compliance rate of
between    link=bracket lead=3       (
between    link=of lead=5            of | out of | of all | from among | worth | valued at
between    link=split lead=3         — | – | --
between    link=base                 on | over | on last year's | over last year's
between    link=level                , an increase of | , a rise of | , up | , down | , a decrease of | , a fall of | , a decline of | , a drop of | , an improvement of | , a gain of | , up by | , down by | , a jump of | , growth of | , a reduction of | , an increase | , a rise | , a fall | , a drop | , a decline | , up from | , down from
within     link=split lead=10        of which | of whom | comprises | comprised | comprise | consists of | consisted of | includes | included | is made up of | split between | split into | split among | divided between | divided into | divided among | made up of | consisting of | comprising | broken down into | including | included | among them | with | having won | winning | won
clause     fact=total                total | totals | totalled | totaled | totalling | totaling | in all | altogether | cumulative | overall | tally | toll | all told | in total
clause     fact=by_end               by end of | by close of | by middle of | by @
clause     fact=so_far               so far | to date | year to date | year-to-date | thus far | up to now
clause     fact=average              average | averaged | averages | averaging | on average | mean | works out at | works out as | worked out at | working out at | equates to
clause     fact=exhaustive           rest | remaining | remainder | balance | did not know | didn't know | don't know | do not know | undecided | no opinion | no strong view | no view | no strong opinion | no preference | neither | not sure | unsure | and other | or other | others | all other | abstaining | abstained | abstain | abstentions | spoilt | spoiled
clause     fact=respectively         respectively
clause     fact=split                split between | split into | divided between | divided into | broken down into | breaks down as
clause     fact=made_of              is made up of | are made up of | was made up of | were made up of | comprises | comprised | consists of | consisted of | is split between | was split between | is divided between | breaks down into | broke down into
clause     fact=at_least_double      at least a doubling | at least doubled | more than doubled | more than a doubling | at least double | more than double
clause     fact=elapsed              since | until | later | after an absence of | before it was | in years since
clause     fact=when                 when | at the time | aged | at age
clause     fact=died_now             has died | have died | dies | has passed away
clause     fact=kin                  brother | sister | husband | wife | son | daughter | father | mother | widow | widower | grandson | granddaughter | uncle | aunt | nephew | niece | cousin | twin
clause     fact=record_since         highest since | highest @ | lowest since | lowest @ | best since | best @ | worst since | worst @ | biggest since | biggest @ | largest since | largest @ | smallest since | smallest @ | strongest since | strongest @ | weakest since | weakest @ | most since | most @ | fewest since | fewest @ | highest close @ | lowest close @ | highest level @ | lowest level @ | first time since | first time @
opens      fact=carried              they | it | figure | since then | since that time
opens      fact=earlier              year before | year earlier | previous year | in previous year | previously | before that | previous total | previous figure | previous tally | twelve months earlier | 12 months earlier | year ago | twelve months ago | 12 months ago | last year | at that time | back then
clause     mult=2                    doubled | doubling | doubles | twofold | two-fold
clause     mult=3                    tripled | trebled | tripling | trebling | triples | threefold | three-fold
clause     mult=4                    quadrupled | quadrupling | fourfold | four-fold
clause     mult=0.5                  halved | halving | halves
period     fact=condition            born after | born before | born since | born between | born from
period     role=born                 born | born in | born on | date of birth | of birth | birth was | birth is | dob
period     role=birth                reopened in | re-formed in | relaunched in | refounded in | revived in | reopened | relaunched | completed in | consecrated in | first held in | first staged in | first run in | first published in | formed in | founded in | established in | set up in | created in | launched in | opened in | built in | formed | founded | established | started in | began in | dating from | dates from | since its founding in
"""

DETERMINERS = frozenset("a an the its their his her our your this that these those my".split())
#: Wholes a clause may open with: "In a survey of 2,040 adults, 1,183 said …".
SAMPLE_NOUNS = frozenset("survey poll sample study census audit review trial test group field cohort "
                         "batch class count".split())
# Hedges that stand next to a figure: skipped by the matcher, read by extraction as qualifiers.
# Words that may stand between a cue and its figure ("an increase of just 64%").
_FILLERS = {("just",), ("only",), ("merely",), ("record",), ("mere",), ("whopping",), ("modest",)}
HEDGES = tuple(sorted({tuple(p.lower().split()) for ps in QUALIFIERS_BEFORE.values() for p in ps
                       if p[0].isalpha() and p not in ("over", "under", "above", "below", "sub", "towards")
                       and not p.endswith(" than")} | _FILLERS,  # "15% higher than 2m" compares
                      key=len, reverse=True))
_DIRECTION_WORDS = {**{w: "up" for w in CHANGE_UP}, **{w: "down" for w in CHANGE_DOWN},
                    "reduce": "down", "reduces": "down", "reducing": "down", "lowers": "down",
                    "lowering": "down", "worsened": "down", "deteriorated": "down", "deepened": "up",
                    "deepening": "up"}
# Words of a time that may lead a sentence before what opens it ("This season they …", "By June, it").
TIME_LEAD = frozenset("@ , in on at by during over after since until this last next that same following "
                      "season quarter year month week half term period time spring summer autumn winter "
                      "then now meanwhile".split())
# Words that make a figure the rest of a whole ("the remaining $6,949", "the rest, 12").
REST_WORDS = frozenset("remaining rest remainder balance".split())
REST_NEXT_TO = frozenset({"other"})  # "and Uruguay the other 1,200": only right before the figure
# Words that stand for a change but not always for one of size ("cut 540 posts", "raised £5m"):
# they give a direction only to a clause that states both ends.
WEAK_DIRECTION_WORDS = {"cut": "down", "cuts": "down", "cutting": "down", "raise": "up", "raised": "up",
                        "raises": "up", "raising": "up", "lowering": "down", "trimming": "down", "slashing": "down",
                        "boosted": "up", "lifted": "up", "lowered": "down", "slashed": "down",
                        "trimmed": "down", "hiked": "up", "shed": "down", "added": "up"}
for _w in ("cut", "cuts", "lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "added",
           "raise", "raised", "rally", "rallies", "spike", "boosted", "boosting", "ease", "advance",
           "advances", "upward", "upwards", "downward", "downwards", "improve",
           # better or worse is not up or down: "days of inventory improved to 118 from 126", "the
           # operating ratio worsened to 91.8 pct from 89.6 pct"
           "improved", "improves", "improving", "worsened", "worsens", "worsening", "deteriorated",
           "deteriorates", "deteriorating"):
    _DIRECTION_WORDS.pop(_w, None)
DIRECTION_WORDS = _DIRECTION_WORDS
# Directions that mean a size grew or shrank whatever the sign ("the loss narrowed").
MAGNITUDE_DIRECTIONS = frozenset({"narrowed", "widened", "improved", "expanded", "contracted"})
# Words that open a new statement after "and" ("…, and costs fell 3%").
CLAUSE_VERBS = frozenset(set(DIRECTION_WORDS) | set(
    "was were is are had has have reported posted made earned said totalled totaled stood "
    "came reached hit won took accounted amounted slowed quickened accelerated aims plans expects intends hopes "
    "wants".split()))
CLAUSE_BREAKS = frozenset(": while whereas but although though however because due driven attributable "
                          "reflecting offset".split())
# Words that open a new statement only after a comma: ", after the firm warned", ", lifting its share to".
COMMA_BREAKS = frozenset("after before as when which leaving lifting pushing boosting lowering cutting raising "
                          "reducing sending trimming narrowing widening extending dragging".split())


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the cue table, for one phrase."""

    where: str
    words: tuple[str, ...]
    yields: str          # "role", "link", "fact", "mult", "sign" or "mark"
    value: str
    direction: str | None = None
    lead: int = 0

    @property
    def text(self) -> str:
        """The phrase as it reads in a sentence: "more than …'s" for ``more than @ ' s``."""
        return " ".join(self.words).replace(" ' s", "'s").replace("@", "…")


def _tokens(phrase: str) -> tuple[str, ...]:
    out = []
    words = phrase.split()
    for n, w in enumerate(words):
        if w in DETERMINERS and not (n == len(words) - 1 and w in ("that", "this", "these", "those")):
            continue
        if w[0] in ",(-—–" and len(w) > 1:
            out += [w[0], w[1:]]
        else:
            out.append(w)
    return tuple(out)


def _parse(table: str) -> tuple[Cue, ...]:
    cues = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, phrases = line[:37].split(), line[37:]
        where, yields = head[0], head[1]
        key, _, value = yields.partition("=")
        opts = dict(h.split("=") for h in head[2:])
        for phrase in phrases.split("|"):
            if not _tokens(phrase.strip()):
                raise ValueError(f"cue phrase {phrase.strip()!r} is only determiners")
            cues.append(Cue(where, _tokens(phrase.strip()), key, value, opts.get("dir"),
                            int(opts.get("lead", 0))))
    return tuple(cues)


CUES = _parse(CUE_TABLE)


def by_where(where: str) -> tuple[Cue, ...]:
    """The rows that look in one place, longest phrase first."""
    return tuple(sorted((c for c in CUES if c.where == where), key=lambda c: -len(c.words)))
