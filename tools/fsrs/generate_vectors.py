#!/usr/bin/env python3
"""Generate FSRS-6 reference vectors for sipdrill's scheduler from py-fsrs 6.3.2.

Run inside a virtual environment that has the reference implementation:

    python3 -m venv .venv && .venv/bin/pip install fsrs==6.3.2
    .venv/bin/python tools/fsrs/generate_vectors.py

It writes three files to Tests/SipdrillCoreTests/Fixtures/fsrs/:

* replay-input.json     -- review sequences in the `sipdrill replay` input format
* replay-expected.json  -- py-fsrs' card after every review, in the exact text that
                           `sipdrill replay replay-input.json` prints, so the two can be diffed
* previews-expected.json -- for every review, py-fsrs' outcome of each of the four ratings
                           on the card as it was *before* that review (the UI's button labels)

Fuzz is always off (`enable_fuzzing=False`): the reference must be deterministic.
The output is a pure function of this file (random sequences use fixed seeds), so
re-running it reproduces the fixtures byte for byte.
"""

from __future__ import annotations

import importlib.metadata
import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

PY_FSRS_VERSION = "6.3.2"
OUT_DIR = Path(__file__).resolve().parents[2] / "Tests/SipdrillCoreTests/Fixtures/fsrs"

# Top-level settings of the replay input; every case inherits them unless it overrides.
TOP = {
    "desired_retention": 0.9,
    "learning_steps_minutes": [1, 10],
    "relearning_steps_minutes": [10],
    "maximum_interval": 36500,
    "params": None,
}

START = datetime(2024, 3, 1, 9, 0, 0, tzinfo=timezone.utc)
MINUTE = 60
HOUR = 3600
DAY = 86400

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
NAMES = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}


# --------------------------------------------------------------------------------------
# Formatting: mirror Swift's JSONEncoder([.prettyPrinted, .sortedKeys]) byte for byte, so
# the expected file is a plain text diff away from sipdrill's output.


def swift_number(value: float | int) -> str:
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers here")
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise ValueError(f"non-finite number {value}")
    # Both Python's repr and Swift's description print the shortest round-tripping
    # digits with the same exponent thresholds; Swift's encoder drops a trailing ".0".
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def swift_json(value, indent: str = "") -> str:
    inner = indent + "  "
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return swift_number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        if not value:
            return "[\n\n" + indent + "]"
        items = [inner + swift_json(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    if isinstance(value, dict):
        if not value:
            return "{\n\n" + indent + "}"
        items = [
            inner + json.dumps(key, ensure_ascii=False) + " : " + swift_json(value[key], inner)
            for key in sorted(value)
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    raise TypeError(f"cannot encode {type(value)}")


def line_per_item(document: dict, outer: str, inner: str) -> str:
    """Compact JSON with one line per inner item: small, yet readable and diffable."""

    def compact(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))

    head = [f"  {compact(k)}: {compact(v)}" for k, v in sorted(document.items()) if k != outer]
    blocks = []
    for item in document[outer]:
        fields = [f"{compact(k)}: {compact(v)}" for k, v in sorted(item.items()) if k != inner]
        rows = ",\n".join("      " + compact(row) for row in item[inner])
        blocks.append("    {" + ", ".join(fields) + f", {compact(inner)}: [\n{rows}\n    ]}}")
    return ("{\n" + ",\n".join(head + [f"  {compact(outer)}: [\n" + ",\n".join(blocks) + "\n  ]"])
            + "\n}\n")


def iso(moment: datetime) -> str:
    """UTC ISO-8601 with Z; fractional seconds only when present, trailing zeros trimmed."""
    moment = moment.astimezone(timezone.utc)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += ("." + f"{moment.microsecond:06d}").rstrip("0")
    return text + "Z"


# --------------------------------------------------------------------------------------
# Running py-fsrs


def effective(overrides: dict | None) -> dict:
    settings = dict(TOP)
    settings.update(overrides or {})
    return settings


def make_scheduler(settings: dict) -> Scheduler:
    params = settings["params"]
    return Scheduler(
        parameters=DEFAULT_PARAMETERS if params is None else params,
        desired_retention=settings["desired_retention"],
        learning_steps=[timedelta(minutes=m) for m in settings["learning_steps_minutes"]],
        relearning_steps=[timedelta(minutes=m) for m in settings["relearning_steps_minutes"]],
        maximum_interval=settings["maximum_interval"],
        enable_fuzzing=False,
    )


def result(card: Card) -> dict:
    return {
        "state": card.state.name,  # "Learning" / "Review" / "Relearning"
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": iso(card.due),
    }


def new_card(at: datetime) -> Card:
    # An explicit id: py-fsrs otherwise sleeps 1 ms per card to make ids unique.
    return Card(card_id=1, due=at)


class CaseBuilder:
    """Collects cases; each review is generated against the live py-fsrs card so that
    sequences can follow the card's own due dates."""

    def __init__(self) -> None:
        self.cases: list[dict] = []
        self.ids: set[str] = set()

    def add(self, case_id: str, reviews: list[tuple[int, datetime]], scheduler: dict | None = None):
        assert case_id not in self.ids, case_id
        assert reviews, case_id
        self.ids.add(case_id)
        case = {"id": case_id, "reviews": [{"rating": r, "at": iso(t)} for r, t in reviews]}
        if scheduler:
            case["scheduler"] = scheduler
        self.cases.append(case)

    def add_gaps(self, case_id: str, steps: list[tuple[int, int]], scheduler: dict | None = None,
                 start: datetime = START):
        """`steps` is [(rating, seconds since the previous review)]; the first gap is from `start`."""
        at = start
        reviews = []
        for rating, gap in steps:
            at = at + timedelta(seconds=gap)
            reviews.append((rating, at))
        self.add(case_id, reviews, scheduler)

    def add_following_due(self, case_id: str, ratings: list[int], scheduler: dict | None = None,
                          late_seconds: int = 0, start: datetime = START):
        """Each review happens when the card falls due (plus `late_seconds`)."""
        sched = make_scheduler(effective(scheduler))
        card = new_card(start)
        at = start
        reviews = []
        for rating in ratings:
            reviews.append((rating, at))
            card, _ = sched.review_card(card, Rating(rating), at)
            at = card.due + timedelta(seconds=late_seconds)
        self.add(case_id, reviews, scheduler)


def run_case(case: dict) -> tuple[list[dict], list[dict]]:
    sched = make_scheduler(effective(case.get("scheduler")))
    first = datetime.fromisoformat(case["reviews"][0]["at"].replace("Z", "+00:00"))
    card = new_card(first)
    results, previews = [], []
    for review in case["reviews"]:
        at = datetime.fromisoformat(review["at"].replace("Z", "+00:00"))
        previews.append(
            {str(r): result(sched.review_card(card, Rating(r), at)[0]) for r in (1, 2, 3, 4)}
        )
        card, _ = sched.review_card(card, Rating(review["rating"]), at)
        results.append(result(card))
    return results, previews


# --------------------------------------------------------------------------------------
# The cases


def first_reviews(b: CaseBuilder) -> None:
    for g in (AGAIN, HARD, GOOD, EASY):
        b.add(f"first-{NAMES[g]}", [(g, START)])


def same_day(b: CaseBuilder) -> None:
    # Every ordered pair of ratings ten minutes apart (short-term stability for both).
    for g1 in (AGAIN, HARD, GOOD, EASY):
        for g2 in (AGAIN, HARD, GOOD, EASY):
            b.add_gaps(f"same-day-{NAMES[g1]}-{NAMES[g2]}", [(g1, 0), (g2, 10 * MINUTE)])
    # Several reviews within one day, including a zero-second gap.
    b.add_gaps("same-day-burst", [(AGAIN, 0), (AGAIN, 60), (HARD, 300), (GOOD, 600), (GOOD, 0),
                                   (AGAIN, 3 * HOUR), (EASY, 2 * HOUR)])
    b.add_gaps("same-day-zero-gaps", [(GOOD, 0), (GOOD, 0), (AGAIN, 0), (EASY, 0)])
    b.add_gaps("same-day-review-state", [(EASY, 0), (GOOD, HOUR), (AGAIN, HOUR), (GOOD, 10 * MINUTE),
                                         (HARD, 5 * HOUR)])


def day_boundary(b: CaseBuilder) -> None:
    # 86 399 s is still "same day" (short-term); 86 400 s is one whole day (long-term).
    prefixes = {
        "learning": [(GOOD, 0)],                       # Learning, step 1
        "review": [(EASY, 0)],                         # Review, S = w3
        "relearning": [(EASY, 0), (AGAIN, 9 * DAY)],   # Relearning, step 0
    }
    for state, prefix in prefixes.items():
        for gap in (DAY - 1, DAY):
            for g in (AGAIN, HARD, GOOD, EASY):
                b.add_gaps(f"boundary-{state}-{gap}-{NAMES[g]}", prefix + [(g, gap)])
    for gap in (2 * DAY - 1, 2 * DAY):
        b.add_gaps(f"boundary-two-days-{gap}", [(EASY, 0), (GOOD, gap)])


def progressions(b: CaseBuilder) -> None:
    b.add_following_due("follow-good-x12", [GOOD] * 12)
    b.add_following_due("follow-easy-x10", [EASY] * 10)
    b.add_following_due("follow-hard-x12", [HARD] * 12)
    b.add_following_due("follow-again-x12", [AGAIN] * 12)
    b.add_following_due("follow-alternate", [AGAIN, GOOD, AGAIN, GOOD, GOOD, AGAIN, GOOD, HARD, EASY, GOOD])
    b.add_following_due("follow-good-late-3h", [GOOD] * 10, late_seconds=3 * HOUR)
    b.add_following_due("follow-good-late-2d", [GOOD] * 10, late_seconds=2 * DAY)
    b.add_following_due("follow-hard-ladder", [AGAIN, HARD, HARD, GOOD, HARD, HARD, GOOD, EASY, HARD])


def lapses(b: CaseBuilder) -> None:
    b.add_following_due("lapse-once", [GOOD, GOOD, GOOD, GOOD, AGAIN, GOOD, GOOD, GOOD])
    b.add_following_due("lapse-relearning-again", [EASY, GOOD, AGAIN, AGAIN, AGAIN, GOOD, GOOD])
    b.add_following_due("lapse-relearning-hard", [EASY, GOOD, AGAIN, HARD, HARD, GOOD, GOOD])
    b.add_following_due("lapse-relearning-easy", [EASY, GOOD, AGAIN, EASY, GOOD])
    b.add_following_due("lapse-ten-times",
                        [GOOD, GOOD] + [AGAIN, GOOD, GOOD] * 10)
    b.add_following_due("lapse-leech-sixteen", [EASY] + [AGAIN, GOOD] * 16)
    b.add_gaps("lapse-after-long-review", [(EASY, 0), (GOOD, 8 * DAY), (GOOD, 40 * DAY),
                                           (AGAIN, 200 * DAY), (GOOD, 10 * MINUTE), (GOOD, 3 * DAY)])
    b.add_gaps("lapse-relearning-next-day", [(EASY, 0), (AGAIN, 5 * DAY), (HARD, DAY), (GOOD, 2 * DAY)])


def long_gaps(b: CaseBuilder) -> None:
    for days in (30, 365, 3650, 20000):
        for g in (AGAIN, GOOD):
            b.add_gaps(f"gap-{days}d-{NAMES[g]}", [(GOOD, 0), (GOOD, 10 * MINUTE), (g, days * DAY),
                                                    (GOOD, days * DAY)])
    b.add_gaps("gap-new-card-years-late", [(HARD, 0), (EASY, 1000 * DAY), (EASY, 5000 * DAY)])


def retention(b: CaseBuilder) -> None:
    for r in (0.7, 0.8, 0.85, 0.95, 0.97):
        sched = {"desired_retention": r}
        b.add_following_due(f"retention-{r}-good", [GOOD] * 10, sched)
        b.add_following_due(f"retention-{r}-mixed", [HARD, GOOD, EASY, AGAIN, GOOD, HARD, GOOD], sched)
        b.add_gaps(f"retention-{r}-lapse", [(EASY, 0), (GOOD, 9 * DAY), (AGAIN, 30 * DAY),
                                            (GOOD, 10 * MINUTE), (EASY, 4 * DAY)], sched)


def steps(b: CaseBuilder) -> None:
    variants = {
        "no-learning": {"learning_steps_minutes": []},
        "no-relearning": {"relearning_steps_minutes": []},
        "no-steps": {"learning_steps_minutes": [], "relearning_steps_minutes": []},
        "one-learning": {"learning_steps_minutes": [10]},
        "three-learning": {"learning_steps_minutes": [1, 10, 60]},
        "two-relearning": {"relearning_steps_minutes": [10, 60]},
        "day-learning": {"learning_steps_minutes": [1440]},
        "hour-day-learning": {"learning_steps_minutes": [60, 1440]},
        "days-relearning": {"relearning_steps_minutes": [1440, 2880]},
        "fractional": {"learning_steps_minutes": [0.75], "relearning_steps_minutes": [0.75, 2.5]},
    }
    for name, sched in variants.items():
        b.add_following_due(f"steps-{name}-walk",
                            [AGAIN, HARD, GOOD, HARD, GOOD, GOOD, AGAIN, HARD, GOOD, GOOD, GOOD], sched)
        b.add_gaps(f"steps-{name}-hard-first", [(HARD, 0), (HARD, 5 * MINUTE), (GOOD, 20 * MINUTE),
                                               (GOOD, 2 * HOUR), (EASY, 2 * DAY), (AGAIN, 12 * DAY),
                                               (HARD, MINUTE), (HARD, 15 * MINUTE), (GOOD, DAY)], sched)


def parameters(b: CaseBuilder) -> None:
    rng = random.Random(20240301)
    vectors = {
        "lower-bounds": list(LOWER_BOUNDS_PARAMETERS),
        "upper-bounds": list(UPPER_BOUNDS_PARAMETERS),
        "decay-0.1": list(DEFAULT_PARAMETERS[:20]) + [0.1],
        "decay-0.8": list(DEFAULT_PARAMETERS[:20]) + [0.8],
    }
    for i in range(6):
        vectors[f"random-{i}"] = [
            round(rng.uniform(lo, hi), 4) for lo, hi in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)
        ]
    # Keep the upper-bound card finite over a long walk: S explodes fast at w8 = 4.5.
    for name, params in vectors.items():
        sched = {"params": params}
        b.add_following_due(f"params-{name}-walk", [GOOD, HARD, AGAIN, GOOD, EASY, GOOD, AGAIN, HARD], sched)
        b.add_gaps(f"params-{name}-gaps", [(AGAIN, 0), (HARD, 10 * MINUTE), (GOOD, DAY - 1), (GOOD, DAY),
                                          (AGAIN, 20 * DAY), (EASY, 3 * DAY)], sched)


def maximum_interval(b: CaseBuilder) -> None:
    for cap in (1, 7, 30, 365):
        b.add_following_due(f"max-interval-{cap}", [EASY] * 6 + [AGAIN, GOOD, EASY],
                            {"maximum_interval": cap})
    b.add_gaps("max-interval-365-gap", [(EASY, 0), (EASY, 4000 * DAY)], {"maximum_interval": 365})


def half_even(b: CaseBuilder) -> None:
    """Python's round() is half-to-even: an exact x.5 interval rounds to the even day.
    Find initial stabilities whose raw interval is exactly x.5 and graduate with Easy."""
    found = 0
    for twice in range(3, 200, 2):  # 1.5, 2.5, ... 99.5
        s0 = twice / 2
        params = list(DEFAULT_PARAMETERS)
        params[3] = s0
        sched = Scheduler(parameters=params, enable_fuzzing=False)
        raw = (s0 / sched._FACTOR) * ((sched.desired_retention ** (1 / sched._DECAY)) - 1)
        if raw == s0:
            b.add_gaps(f"half-even-{s0}", [(EASY, 0)], {"params": params})
            found += 1
            if found == 4:
                break
    assert found, "no exact .5 interval found"


def random_sequences(b: CaseBuilder) -> None:
    rng = random.Random(6_3_2)
    for i in range(70):
        scheduler = None
        if i % 3 == 1:
            scheduler = {"desired_retention": rng.choice([0.7, 0.75, 0.8, 0.85, 0.88, 0.92, 0.95, 0.97])}
        elif i % 3 == 2:
            lo, hi = LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
            # Parameters near the defaults, so cards behave plausibly over long sequences.
            params = [round(min(max(w * rng.uniform(0.7, 1.3), l), h), 4)
                      for w, l, h in zip(DEFAULT_PARAMETERS, lo, hi)]
            scheduler = {
                "params": params,
                "learning_steps_minutes": rng.choice([[1, 10], [], [5], [1, 5, 30], [30, 1440]]),
                "relearning_steps_minutes": rng.choice([[10], [], [5, 60], [1440]]),
            }
        sched = make_scheduler(effective(scheduler))
        card = new_card(START)
        at = START + timedelta(seconds=rng.randrange(0, DAY))
        reviews = []
        for _ in range(rng.randint(20, 120)):
            rating = rng.choices([AGAIN, HARD, GOOD, EASY], weights=[15, 15, 55, 15])[0]
            reviews.append((rating, at))
            card, _ = sched.review_card(card, Rating(rating), at)
            kind = rng.random()
            if kind < 0.5:  # on time, give or take a few hours
                at = max(at, card.due + timedelta(seconds=rng.randrange(-3 * HOUR, 6 * HOUR)))
            elif kind < 0.7:  # early, same day
                at = at + timedelta(seconds=rng.randrange(0, DAY))
            elif kind < 0.9:  # anywhere up to twice the scheduled gap
                gap = (card.due - at).total_seconds()
                at = at + timedelta(seconds=rng.randrange(0, int(2 * gap) + 2))
            else:  # very late
                at = at + timedelta(days=rng.randrange(30, 2000))
        b.add(f"random-{i:02d}", reviews, scheduler)


# --------------------------------------------------------------------------------------


def main() -> int:
    version = importlib.metadata.version("fsrs")
    if version != PY_FSRS_VERSION:
        print(f"need fsrs=={PY_FSRS_VERSION}, found {version}", file=sys.stderr)
        return 1

    b = CaseBuilder()
    for section in (first_reviews, same_day, day_boundary, progressions, lapses, long_gaps,
                    retention, steps, parameters, maximum_interval, half_even, random_sequences):
        section(b)

    replay_input = dict(TOP)
    replay_input["cases"] = b.cases
    expected, previews = [], []
    for case in b.cases:
        results, before = run_case(case)
        expected.append({"id": case["id"], "results": results})
        previews.append({"id": case["id"], "previews": before})

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "replay-input.json").write_text(
        line_per_item(replay_input, "cases", "reviews"), encoding="utf-8")
    (OUT_DIR / "replay-expected.json").write_text(
        swift_json({"cases": expected}) + "\n", encoding="utf-8")
    (OUT_DIR / "previews-expected.json").write_text(
        line_per_item({"generator": f"py-fsrs {PY_FSRS_VERSION}", "cases": previews},
                      "cases", "previews"), encoding="utf-8")

    reviews = sum(len(c["reviews"]) for c in b.cases)
    print(f"wrote {len(b.cases)} cases, {reviews} reviews to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
