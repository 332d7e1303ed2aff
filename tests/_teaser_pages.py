"""Synthetic news pages with teaser grids, for the tests of B104's teaser
grids (tests/test_teaser_grid.py) and for measuring them by hand.

Each page is an invented article (a headline, maybe a byline, paragraphs
of prose, some of them short, maybe a crosshead) dumped one block a line
with the page's chrome, and one or two grids of teasers of other stories:
each teaser a short headline, then, by the grid's shape, a summary of one
or two sentences and/or a line of its date, time, author or reading time,
repeated three to six times, under a label or none, after the article,
between two of its paragraphs (a side column flattened into the body) or
over it. Everything is invented here; no page was copied.

``page(i)`` is deterministic: the same ``i``, the same page.

    python -m tests._teaser_pages [N]   # paragraph loss and teaser survival
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field

# -- the articles ------------------------------------------------------------

#: (headline, paragraphs): each paragraph a list of sentences.
_ARTICLES: list[tuple[str, list[str]]] = [
    ("Harbour town votes to keep its last ferry running through the winter", [
        "Councillors in Kestrel Bay voted on Thursday evening to pay for the winter crossings "
        "of the island ferry, which the operator had planned to suspend from November.",
        "The decision followed a meeting of nearly four hours in the old town hall, where "
        "islanders described how a winter without the ferry would leave them cut off from "
        "the hospital, the secondary school and the only supermarket on the coast.",
        "The subsidy will cost the council about £180,000 a year.",
        "\u201cWe could not look those families in the eye and tell them to wait until spring,\u201d "
        "said the council leader, who proposed the motion.",
        "Opposition members said they supported the ferry but warned that the money would "
        "have to come from the budget for road repairs, which is already stretched after two "
        "wet winters that left potholes across the district.",
        "The operator said it would publish a revised timetable within a fortnight and that "
        "the first winter sailings would leave the harbour at seven in the morning.",
        "Islanders have campaigned for a permanent arrangement for several years, arguing "
        "that a service which stops every autumn makes it impossible for young families to "
        "settle there.",
        "The council will review the arrangement next September.",
    ]),
    ("Library opening hours cut as county looks for savings", [
        "Eleven branch libraries across the county will open for fewer hours from January, "
        "under plans approved by the cabinet on Tuesday.",
        "Most branches will close on Mondays and on two afternoons a week, although the "
        "central library will keep its current hours because it houses the county archive "
        "and the register office.",
        "The council says the change will save about £400,000 a year at a time when it is "
        "facing rising costs for adult social care and school transport.",
        "Campaigners called the decision short-sighted.",
        "\u201cA library is often the only warm room where people can sit without spending money, "
        "and it is where many older residents get help with forms,\u201d said one volunteer who "
        "runs a reading group for children at her local branch.",
        "The cabinet member responsible said no branch would close altogether and that "
        "volunteers would be invited to run extra sessions in the evenings.",
        "A consultation last summer drew more than three thousand responses, most of them "
        "opposed to any reduction in opening hours.",
        "The new hours will be posted in each branch before Christmas.",
    ]),
    ("Researchers find rare orchid growing on a motorway verge", [
        "A colony of a rare orchid has been found growing on a grass verge beside a busy "
        "motorway junction, surprising the botanists who have searched for it in nature "
        "reserves for two decades.",
        "The plants were spotted by a highways worker who photographed them during a routine "
        "inspection and sent the pictures to a local wildlife trust.",
        "Experts confirmed the identification within days.",
        "The verge had not been mown during the summer because of a change in the contract "
        "for roadside maintenance, which allowed the flowers to bloom and set seed for the "
        "first time in years.",
        "\u201cIt is a reminder that some of our most precious plants survive in places we never "
        "think to look,\u201d said the botanist who led the survey of the site.",
        "The highways authority said it would leave the verge uncut until the autumn and "
        "would put up a small fence to stop the plants being trampled.",
        "The orchid grows in chalky soil and depends on a fungus in the ground to germinate, "
        "which is one reason it is so hard to grow from seed.",
        "Surveyors will return next year to count the flowering spikes.",
    ]),
    ("Bus company to run electric fleet on all city routes by spring", [
        "Every bus on the city's routes will be electric by the end of March, the operator "
        "announced on Monday, two years ahead of the date it set when it ordered the first "
        "battery vehicles.",
        "The company has bought sixty new buses with the help of a government grant and has "
        "built charging points at its two depots on the edge of the city.",
        "Drivers have been trained to use the regenerative brakes, which recover energy when "
        "the bus slows down and extend its range on the hilly routes to the north.",
        "The last diesel buses will be sold to an operator abroad.",
        "\u201cPassengers tell us the new buses are quieter and smoother, and the air on the high "
        "street is already cleaner,\u201d the managing director said.",
        "Fares will not change as a result of the switch, although the company has said it "
        "will review its prices in the summer as it does every year.",
        "Some residents near the depots have complained about noise from the chargers at "
        "night, and the company says it is fitting covers to reduce it.",
        "The council hopes other operators in the region will follow.",
    ]),
    ("Village school saved after parents raise funds for a new roof", [
        "A primary school that faced closure because its roof was unsafe will reopen after "
        "the half-term holiday, thanks to a fundraising campaign by parents and neighbours.",
        "The school, which has forty-two pupils, was closed in September when inspectors "
        "found that the timbers of the roof had rotted after years of leaks.",
        "The education authority had said it could not afford the repairs and proposed that "
        "the children travel to a larger school in the market town, eight miles away.",
        "Parents refused to accept the plan.",
        "They organised a sponsored walk, a quiz night and an auction of donated items, and "
        "a local building firm agreed to carry out the work at cost.",
        "\u201cThis school is the heart of the village, and we were not going to let it go "
        "without a fight,\u201d said the chair of the parents' association.",
        "The authority has agreed to pay for the maintenance of the new roof once it is "
        "finished and says it will review the condition of its other rural schools.",
        "The children will return on the first Monday of November.",
    ]),
    ("Heatwave warning issued as temperatures set to reach 34C", [
        "Forecasters have issued an amber warning for extreme heat across the south and the "
        "midlands, with temperatures expected to reach 34C on Saturday afternoon.",
        "The warning covers the whole weekend and advises people to stay out of the sun "
        "during the hottest part of the day and to check on elderly neighbours.",
        "Hospitals have been asked to prepare for more patients with heat exhaustion.",
        "Rail operators said some trains would run more slowly because the tracks can buckle "
        "in the heat, and passengers were advised to carry water on long journeys.",
        "\u201cThis is not the kind of heat people are used to, and it can be dangerous for the "
        "very young and the very old,\u201d a spokesperson for the health agency said.",
        "Water companies asked customers to avoid using hosepipes and sprinklers, saying "
        "demand had reached record levels on Friday evening.",
        "Temperatures are expected to fall on Monday, when a band of showers moves in from "
        "the west.",
        "The heat follows the driest spring in the region for thirty years.",
    ]),
]

#: Crossheads that an article may carry between its paragraphs.
_CROSSHEADS = ["What happens next", "A long campaign", "Costs rising", "Mixed reaction"]

_BYLINES = ["By Tamsin Okoro", "By Ravi Castellano, local democracy reporter",
            "Mira Lindqvist, Environment correspondent", "By Jonah Ferreira"]
_DATELINES = ["Published 12 March 2024", "14 June 2023, 08:41", "Updated 2 hours ago",
              "Tuesday 3 October 2023"]

# -- the teasers --------------------------------------------------------------

_HEADLINES = [
    "Ferry operator cuts winter timetable",
    "Rail strike called off after late-night talks",
    "What the new parking rules mean for drivers",
    "Council names new harbour master",
    "Flood defences to be rebuilt before winter",
    "Record crowds for the summer food festival",
    "Why house prices are falling in coastal towns",
    "Police appeal after break-in at village shop",
    "Youth club reopens after two-year closure",
    "Five walks to try this autumn",
    "Plans for new cycle lane approved",
    "Hospital car park charges to rise in April",
    "Lifeboat crew rescues two kayakers",
    "Farmers warn of poor harvest after wet summer",
    "The town that banned cars from its centre",
    "New owners for historic pier",
    "Bridge repairs to close road for a month",
    "Theatre celebrates its centenary with free shows",
    "How a tiny charity feeds hundreds every week",
    "Landlord fined over damp flats",
    "Swimming pool to close for repairs",
    "Students protest over rent rises",
    "Marathon runner, 81, finishes in under five hours",
    "Wind farm plan divides island residents",
]

_SUMMARIES = [
    "The operator says fewer crossings will run between November and March because of falling demand.",
    "Union leaders agreed to put a new pay offer to their members after nine hours of negotiations.",
    "Drivers will need a permit to park on most streets in the town centre from next month.",
    "She takes over after her predecessor retired following twenty years in the job.",
    "The work is expected to cost more than two million pounds and will take most of the summer.",
    "Organisers said more than forty thousand people attended over the three days of the event.",
    "Estate agents say buyers are waiting to see whether mortgage rates fall later in the year.",
    "Officers are asking anyone who was in the area on Sunday night to get in touch.",
    "Volunteers spent months redecorating the hall and raising money for new equipment.",
    "From clifftop paths to quiet woodland trails, these routes show the county at its best.",
    "The route will link the station with the university and the new housing estate.",
    "Staff and visitors will pay more, although blue badge holders will still park for free.",
    "Both were taken to hospital as a precaution after spending an hour in the water.",
    "Wheat and barley yields are expected to be well below average across the region.",
    "Traders feared the worst, but footfall has risen every year since the change.",
    "The new owners have promised to restore the pavilion and reopen the amusement arcade.",
    "Diversions will be in place while engineers replace the joints and resurface the deck.",
    "A season of free performances will mark one hundred years since the curtain first rose.",
    "It started with a single kitchen and now delivers meals to four towns.",
    "Magistrates heard that tenants had complained about mould for more than a year.",
]

#: A second sentence for a summary of two.
_SECONDS = [
    "A final decision is due next month.",
    "The council says it has no other option.",
    "Not everyone is convinced.",
    "Residents have until Friday to comment.",
    "It is the first time this has happened in a decade.",
    "The plans will be on display in the library.",
]

_AUTHORS = ["Dana Whitlock", "Omar Beckford", "Lise Marchetti", "Kofi Adair", "Ines Ruthven"]


def _meta_line(rnd: random.Random, style: int) -> str:
    day = rnd.randint(1, 28)
    month = rnd.choice(["January", "March", "May", "June", "September", "November"])
    hh, mm = rnd.randint(6, 22), rnd.randint(0, 59)
    author = rnd.choice(_AUTHORS)
    return [
        f"{day} {month} 2024",
        f"{rnd.randint(2, 11)} hours ago",
        f"By {author}",
        f"{hh:02d}:{mm:02d}",
        f"By {author} | {day} {month[:3]} 2024",
        f"{rnd.randint(2, 9)} min read",
        f"{month[:3]} {day}, 2024",
        f"{author} \u00b7 {rnd.randint(2, 6)} days ago",
    ][style]


#: The labels over a grid ('' for none).
_LABELS = ["", "", "More from the newsroom", "Related stories", "You may also like",
           "Recommended for you", "Most read", "Elsewhere on the site", "More stories"]

#: The shapes of a teaser: H headline, S summary of one sentence, T summary
#: of two, M a line of metadata (date, time, author, reading time).
SHAPES = ["HS", "HSM", "HM", "HT", "HTM", "MHS", "HMS", "H"]

_MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather"]
_FOOTER = ["About us", "Contact", "Privacy policy", "Terms and conditions"]


@dataclass
class Page:
    text: str
    #: the article's blocks (headline excluded): each must survive
    article: list[str]
    headline: str
    #: the lines of the grids' teasers (labels excluded): each should go
    teasers: list[str]
    shapes: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)


def _grid(rnd: random.Random, shape: str, n: int) -> list[str]:
    heads = rnd.sample(_HEADLINES, n)
    sums = rnd.sample(_SUMMARIES, n)
    style = rnd.randrange(8)
    out = []
    for h, s in zip(heads, sums):
        for c in shape:
            if c == "H":
                out.append(h)
            elif c == "S":
                out.append(s)
            elif c == "T":
                out.append(f"{s} {rnd.choice(_SECONDS)}")
            elif c == "M":
                out.append(_meta_line(rnd, style))
    return out


def page(i: int) -> Page:
    """The page of number ``i`` (deterministic)."""
    rnd = random.Random(1000 + i)
    headline, paras = _ARTICLES[i % len(_ARTICLES)]
    k = rnd.randint(5, len(paras))
    body = list(paras[:k])
    if rnd.random() < 0.3:
        body.insert(rnd.randint(2, len(body) - 1), rnd.choice(_CROSSHEADS))
    head = [headline]
    if rnd.random() < 0.5:
        head.append(rnd.choice(_BYLINES))
    if rnd.random() < 0.5:
        head.append(rnd.choice(_DATELINES))
    grids = 1 + (rnd.random() < 0.3)
    lines_before: list[str] = []
    lines_after: list[str] = []
    mid: dict[int, list[str]] = {}
    teasers: list[str] = []
    shapes, positions = [], []
    for _ in range(grids):
        shape = SHAPES[rnd.randrange(len(SHAPES))]
        grid = _grid(rnd, shape, rnd.randint(3, 6))
        label = rnd.choice(_LABELS)
        block = ([label] if label else []) + grid
        where = rnd.choices(["after", "middle", "before"], [5, 3, 2])[0]
        if where == "after":
            lines_after += block
        elif where == "middle":
            mid.setdefault(rnd.randint(2, len(body) - 2), []).extend(block)
        else:
            lines_before += block
        teasers += grid
        shapes.append(shape)
        positions.append(where)
    out = list(_MENU) if rnd.random() < 0.7 else []
    if lines_before and rnd.random() < 0.5:
        out += lines_before + head
    else:
        out += head + lines_before
    for j, p in enumerate(body):
        out += mid.get(j, [])
        out.append(p)
    out += lines_after
    if rnd.random() < 0.6:
        out += _FOOTER
    sep = "\n\n" if rnd.random() < 0.5 else "\n"
    return Page(sep.join(out) + "\n", body, headline, teasers, shapes, positions)


def measure(n: int = 300, verbose: bool = False) -> dict[str, float]:
    """Over pages 0..n-1: the share of the article's paragraphs lost, of
    the teasers' lines kept, and of the headlines lost."""
    from cleaner import Pipeline, Settings

    pipe = Pipeline(settings=Settings(assume_language="en"))
    paras = lost = teas = kept = heads = 0
    for i in range(n):
        p = page(i)
        out = pipe.run(p.text).text
        got = set(out.splitlines())
        miss = [x for x in p.article if x not in got]
        left = [x for x in p.teasers if x in got]
        paras += len(p.article)
        lost += len(miss)
        teas += len(p.teasers)
        kept += len(left)
        heads += out.splitlines()[:1] != [p.headline]
        if verbose and (miss or left):
            print(f"page {i} {p.shapes} {p.positions}: lost {len(miss)}, teasers kept {len(left)}")
    return {"paragraphs lost": lost / paras, "teasers kept": kept / teas,
            "headlines wrong": heads / n}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    print(measure(n, verbose="-v" in sys.argv))
