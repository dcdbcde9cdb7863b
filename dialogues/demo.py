"""Demo dialogues matching the published figures: 35 from April 2016 to the end of 2017,
25 participants on average, with proposals and the initiatives that grew out of them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TextIO

from .models import Dialogue, Initiative, Proposal

PROPOSALS = [
    ("WLAN in den Unterkünften", "operator", "done", "In allen Systembauten eingerichtet"),
    ("Mehr Sprachkurse am Abend", "office", "in_progress", ""),
    ("Sprachcafé von Geflüchteten für Geflüchtete", "participants", "done", "Findet wöchentlich statt"),
    ("Ruhezeiten in der Küche", "operator", "done", "Neue Hausordnung mit den Bewohner*innen"),
    ("Fußballplatz für Jugendliche", "office", "not_pursued", "Kein Platz im Stadtbezirk frei"),
    ("Kinderbetreuung während der Kurse", "office", "open", ""),
]


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    if Dialogue.objects.exists():
        return
    start = date(2016, 4, 14)
    for i in range(35):
        dialogue = Dialogue.objects.create(
            kind="refugee" if i < 28 else "neighbourhood", held_on=start + timedelta(days=18 * i),
            venue=rng.choice(["vhs", "town_hall", "community"]), moderators=2,
            interpreter_languages=rng.sample(["ar", "fa", "ti", "ku", "en"], 2),
            refugees=14 + (i % 3) - 1, staff=4, volunteers=4, neighbours=3,
        )
        text, taken, status, outcome = PROPOSALS[i % len(PROPOSALS)]
        Proposal.objects.create(dialogue=dialogue, text=text, taken_up_by=taken, status=status, outcome=outcome)
    first = Dialogue.objects.order_by("held_on").first()
    for title, kind in (("Theatergruppe „Neu hier“", "theatre"), ("Radio Refugees Stuttgart", "radio"),
                        ("Syrisches Catering", "gastronomy"), ("Dolmetschpool", "interpreting")):
        Initiative.objects.create(title=title, kind=kind, dialogue=first, people=rng.randint(4, 12),
                                  started_on=date(2017, 3, 1))
    stdout.write("  dialogues: 35, initiatives: 4\n")
