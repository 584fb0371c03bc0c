#!/usr/bin/env python3
"""Generates the SYNTHETIC national benchmark region: units.csv, staff.csv and births.csv.

Not a real region: every unit, municipality, person and count below is drawn from fixed
distributions with a fixed seed, shaped like Sweden's child health care as a whole (about
1,100 units, about 101,000 newborns a year, units from about 12 to 250 newborns, relative CNI
about 0.5-3.0, nurses near 55 newborns per full-time post, many part-timers). See README.md.

Deterministic: only the standard library's Mersenne Twister (random.random, seeded once) is
used, and every other draw is built from it here, so the same Python 3 prints the same files.
Run from anywhere:  python3 Scenarios/bench/national/generate.py
It rewrites the three CSV files beside it and prints their shape.
"""

import math
import os
import random

SEED = 20261205
UNITS = 1100
MUNICIPALITIES = 290            # Sweden has 290 municipalities
TARGET_NEWBORNS = 101_000       # expected newborns in the start year, whole country
SMALLEST, LARGEST = 12, 250     # newborns per unit and year
CNI_RANGE = (0.50, 3.00)
START_YEAR = 2026
TREND = -0.01                   # births.trend_per_year in national.yaml
HISTORY_YEARS = range(2019, 2026)
# Births each history year relative to the start year's expectation: a synthetic profile that
# falls like Sweden's births after 2021 (DOMAIN.md: 117,425 in 2016, 98,451 in 2024).
HISTORY_PROFILE = {2019: 1.12, 2020: 1.11, 2021: 1.12, 2022: 1.04, 2023: 0.99, 2024: 0.975, 2025: 0.985}
HISTORY_ONLY_SHARE = 0.03       # units whose newborns_per_year is empty (taken from births.csv)
RATE_CV = 0.06                  # year-to-year noise of a unit's rate beyond Poisson
NEWBORNS_PER_DOCTOR_FTE = 290   # as in the default region (1,855 newborns, 6.4 doctor FTE)

rng = random.Random(SEED)


def normal():
    """A standard normal draw (Box-Muller on two uniforms)."""
    u1 = 1.0 - rng.random()
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def poisson(mean):
    """A Poisson draw by multiplying uniforms (means here stay below 400)."""
    limit, product, count = math.exp(-mean), rng.random(), 0
    while product > limit:
        product *= rng.random()
        count += 1
    return count


def truncated_lognormal(median, sigma, low, high):
    while True:
        value = median * math.exp(sigma * normal())
        if low <= value <= high:
            return value


def pick(weighted):
    """One value of [(value, weight), ...]."""
    total = sum(w for _, w in weighted)
    r = rng.random() * total
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def ceiling(cni):
    """Newborns per nurse FTE the scenario's CNI policy allows (national.yaml, cni_policy)."""
    if cni <= 1.0:
        return 55
    if cni <= 1.25:
        return 50
    if cni <= 1.5:
        return 45
    return 40


def split(fte, fractions, smallest, largest):
    """Persons whose employment fractions add up to about `fte`, each at most `largest`."""
    persons = []
    remaining = fte
    while remaining > smallest / 2 or not persons:
        if remaining <= largest:
            # The last person takes what is left, rounded to 0.05, at least `smallest`.
            persons.append(max(smallest, round(remaining * 20) / 20))
            break
        fraction = pick(fractions)
        persons.append(fraction)
        remaining -= fraction
    return persons


def fitted(history):
    """The start year's expectation bhvplan takes from a history (BirthHistoryFit)."""
    recent = sorted(history)[-3:]
    mean = sum(history[y] for y in recent) / 3
    year = sum(recent) / 3
    return mean * (1 + TREND) ** (START_YEAR - year)


def main():
    here = os.path.dirname(os.path.abspath(__file__))

    # Municipalities: a few large ones with many units, many with one or two (Zipf-like weights).
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(MUNICIPALITIES)]
    counts = [1] * MUNICIPALITIES
    for _ in range(UNITS - MUNICIPALITIES):
        r = rng.random() * sum(weights)
        for index, weight in enumerate(weights):
            r -= weight
            if r < 0:
                counts[index] += 1
                break
        else:
            counts[-1] += 1

    # Unit sizes: log-normal (median about 78 newborns), kept within the range, then scaled
    # (by a few per cent) so the country adds up to the target while staying within the range.
    raw = [truncated_lognormal(78, 0.64, SMALLEST, LARGEST) for _ in range(UNITS)]
    for _ in range(50):
        factor = TARGET_NEWBORNS / sum(raw)
        raw = [min(LARGEST, max(SMALLEST, size * factor)) for size in raw]
    sizes = [int(round(size)) for size in raw]

    units, staff, births = [], [], []
    number = 0
    for m, count in enumerate(counts):
        municipality = f"Kommun {m + 1:03d}"
        # Larger municipalities are more urban: wider CNI spread, and some high-need areas.
        sigma = 0.27 if count >= 6 else 0.20
        high_need = 0.12 if count >= 6 else 0.03
        for _ in range(count):
            size = sizes[number]
            number += 1
            uid = f"N{number:04d}"
            if rng.random() < high_need:
                cni = round(truncated_lognormal(1.85, 0.25, *CNI_RANGE), 2)
            else:
                cni = round(truncated_lognormal(0.92, sigma, *CNI_RANGE), 2)
            share = round(min(0.50, max(0.34, 0.42 + 0.025 * normal() + (0.03 if size > 150 else 0))), 2)

            history = {}
            rate_noise = [math.exp(RATE_CV * normal() - RATE_CV ** 2 / 2) for _ in HISTORY_YEARS]
            for year, noise in zip(HISTORY_YEARS, rate_noise):
                history[year] = poisson(size * HISTORY_PROFILE[year] * noise)
            history_only = rng.random() < HISTORY_ONLY_SHARE
            units.append((uid, f"BVC {uid}", municipality, f"{cni:.2f}", "" if history_only else str(size), f"{share:.2f}"))
            for year in HISTORY_YEARS:
                births.append((uid, year, history[year]))
            expected = fitted(history) if history_only else size

            # Nurses near 55 newborns per FTE, a little fewer newborns per FTE at high CNI (halfway
            # to the policy's ceiling, so many high-CNI units are over it); some above, some below.
            nurse_fte = expected / ((55 + ceiling(cni)) / 2) * (0.88 + 0.24 * rng.random())
            nurses = split(nurse_fte, [(1.0, 4), (0.9, 1), (0.8, 3), (0.75, 2), (0.6, 1), (0.5, 1)], 0.40, 1.0)
            doctor_fte = expected / NEWBORNS_PER_DOCTOR_FTE * (0.8 + 0.4 * rng.random())
            doctors = split(doctor_fte, [(0.3, 2), (0.25, 1), (0.2, 2), (0.15, 1)], 0.10, 0.30)
            for index, fraction in enumerate(nurses):
                staff.append((f"{uid}-N{index + 1}", uid, "nurse", f"{fraction:.2f}"))
            for index, fraction in enumerate(doctors):
                staff.append((f"{uid}-D{index + 1}", uid, "doctor", f"{fraction:.2f}"))
            units[-1] = units[-1] + (expected, cni, sum(nurses))

    def write(name, header, rows):
        with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            for row in rows:
                out.write(",".join(str(value) for value in row) + "\n")

    write("units.csv", ["id", "name", "municipality", "cni", "newborns_per_year", "first_time_share"], [u[:6] for u in units])
    write("staff.csv", ["id", "unit", "role", "fraction"], staff)
    write("births.csv", ["unit", "year", "newborns"], births)

    expected = [u[6] for u in units]
    cnis = [u[7] for u in units]
    nurse_fte = sum(u[8] for u in units)
    nurses = sum(1 for s in staff if s[2] == "nurse")
    doctors = [float(s[3]) for s in staff if s[2] == "doctor"]
    print(f"units {len(units)} in {MUNICIPALITIES} municipalities; history-only {sum(1 for u in units if u[4] == '')}")
    print(f"newborns {START_YEAR}: {sum(expected):,.0f} (per unit {min(expected):.0f}-{max(expected):.0f}, "
          f"median {sorted(expected)[len(expected) // 2]:.0f}; under 30: {sum(1 for e in expected if e < 30)})")
    print(f"CNI {min(cnis):.2f}-{max(cnis):.2f}, newborn-weighted mean "
          f"{sum(c * e for c, e in zip(cnis, expected)) / sum(expected):.2f}")
    print(f"nurses {nurses} persons / {nurse_fte:,.1f} FTE ({sum(expected) / nurse_fte:.1f} newborns per FTE); "
          f"doctors {len(doctors)} persons / {sum(doctors):,.1f} FTE")
    print(f"births.csv {len(births)} rows, {min(HISTORY_YEARS)}-{max(HISTORY_YEARS)}; "
          f"totals {', '.join(str(sum(b[2] for b in births if b[1] == y)) for y in HISTORY_YEARS)}")


if __name__ == "__main__":
    main()
