"""An invented article, a headline and three paragraphs, for tests to put
the page's lines around (between its paragraphs, or after them)."""
from __future__ import annotations

HEADLINE = "Harbour dues to double next year"
P1 = ("The port authority said on Tuesday that the dues paid by ships calling at the harbour "
      "would double from next spring, citing the rising cost of dredging the channel.")
P2 = ("Shipping companies said they would pass the cost on to their customers, and one warned "
      "that it could move its ferries to a rival port further up the coast.")
P3 = ("The authority will publish the new tariff in March, a spokesman said, after a "
      "consultation with the harbour's users.")
