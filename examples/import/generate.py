#!/usr/bin/env python3
"""Writes the four made-up survey exports of docs/survey-import.md.

Run from the repository root:  python3 examples/import/generate.py

The answers are synthetic (a seeded random generator), shaped like what the tools write:
- limesurvey-export.csv: a LimeSurvey "full answers" export, columns named like G02Q01[SQ001],
  Dutch answer texts, every cell quoted, comma separated;
- kobo-export.csv: a KoboToolbox export with XML values, group prefixes
  (group_waarden/belang_contact), its meta columns (_uuid, _submission_time, ...), semicolon
  separated;
- dorpsspiegel.csv: a village survey of report grades 1-10 without importance questions, as a
  municipality's spreadsheet writes it (semicolon separated, "weet niet" where people did not know).
- kobo-trust-export.csv: a KoboToolbox export of door-to-door interviews on trust in the
  neighbourhood, the five items of examples/social-cohesion.json, with the households of
  limesurvey-export.csv identified by its response id; trust goes with willingness to help.
The same seed always writes the same files.
"""

import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

VALUES = ["contact", "care", "safety", "green", "youth", "energy"]
LABELS = {
    "contact": "Contact tussen buren",
    "care": "Zorg voor elkaar",
    "safety": "Veiligheid",
    "green": "Groen en biodiversiteit",
    "youth": "Kinderen en jongeren",
    "energy": "Betaalbaar wonen en energie",
}
HOUSEHOLDS = ["elderly", "family", "single", "young_parents"]
HOUSEHOLD_LABELS = {
    "elderly": "Oudere (65+)",
    "family": "Gezin met schoolgaande kinderen",
    "single": "Alleenstaand",
    "young_parents": "Gezin met jonge kinderen (0-4 jaar)",
}
NETWORKS = ["village-fair", "play-week", "football-club", "school", "church"]
NETWORK_LABELS = {
    "village-fair": "Dorpsfeest",
    "play-week": "Kinderspeelweek",
    "football-club": "Voetbalvereniging",
    "school": "Basisschool",
    "church": "Kerk",
}
IMPORTANCE = ["Helemaal niet belangrijk", "Niet belangrijk", "Neutraal", "Belangrijk",
              "Heel belangrijk"]
SATISFACTION = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"]
WILLINGNESS = ["Zeker niet", "Waarschijnlijk niet", "Misschien", "Waarschijnlijk wel",
               "Zeker wel"]
WISHES = ["Een speeltuin bij het dorpshuis", "Meer bankjes langs de vaart",
          "Een buurtapp voor de straat", "Zonnepanelen op de school",
          "Een avond om elkaar te leren kennen", "Minder hard rijden op de Dorpsstraat",
          "Een moestuin voor iedereen", "Hulp bij het isoleren van oude huizen"]

# How important and how satisfying each value is on average, per household (1-5).
IMPORTANCE_MEAN = {"contact": 3.9, "care": 3.7, "safety": 3.6, "green": 3.4, "youth": 3.3,
                   "energy": 4.0}
SATISFACTION_MEAN = {"contact": 2.9, "care": 3.4, "safety": 3.7, "green": 3.2, "youth": 2.8,
                     "energy": 2.5}


def likert(rng, mean, sd=0.9):
    return max(1, min(5, round(rng.gauss(mean, sd))))


def wish_map_answers(rng, household):
    imp, sat = {}, {}
    for v in VALUES:
        shift = 0.8 if (v == "youth" and household in ("young_parents", "family")) else 0
        shift -= 0.5 if (v == "youth" and household == "elderly") else 0
        imp[v] = None if rng.random() < 0.04 else likert(rng, IMPORTANCE_MEAN[v] + shift)
        sat[v] = None if rng.random() < 0.06 else likert(
            rng, SATISFACTION_MEAN[v] - (0.6 if v == "youth" and household == "young_parents"
                                         else 0))
    urgent = sorted(VALUES, key=lambda v: -((imp[v] or 3) * (6 - (sat[v] or 3))
                                            + rng.random() * 4))
    top = urgent[: rng.choice([3, 3, 3, 2, 1, 0])]
    networks = [n for n in NETWORKS if rng.random() < {"village-fair": 0.45, "play-week": 0.2,
                                                      "football-club": 0.25, "school": 0.2,
                                                      "church": 0.15}[n]]
    if household == "young_parents" and rng.random() < 0.5 and "play-week" not in networks:
        networks.append("play-week")
    willingness = None if rng.random() < 0.05 else likert(rng, 3.1, 1.1)
    wish = rng.choice(WISHES) if rng.random() < 0.3 else ""
    return imp, sat, top, networks, willingness, wish


def limesurvey(rng, rows):
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "G01Q01"]
    header += [f"G02Q01[SQ00{i + 1}]" for i in range(len(VALUES))]
    header += [f"G03Q01[SQ00{i + 1}]" for i in range(len(VALUES))]
    header += [f"G04Q01[{p}]" for p in (1, 2, 3)]
    header += [f"G05Q01[SQ00{i + 1}]" for i in range(len(NETWORKS))]
    header += ["G06Q01", "G07Q01"]
    out = [header]
    willing = {}
    for r in range(1, rows + 1):
        household = rng.choice(HOUSEHOLDS + ["young_parents"])
        imp, sat, top, networks, willingness, wish = wish_map_answers(rng, household)
        willing[str(r)] = willingness
        day = 3 + r * 20 // rows
        row = [str(r), f"2024-05-{day:02d} {8 + r % 12:02d}:{r * 7 % 60:02d}:00", "4", "nl",
               str(rng.randrange(10**8, 10**9)),
               "Zeg ik liever niet" if rng.random() < 0.03 else HOUSEHOLD_LABELS[household]]
        row += ["Weet niet" if imp[v] is None else IMPORTANCE[imp[v] - 1] for v in VALUES]
        row += ["Weet niet" if sat[v] is None else SATISFACTION[sat[v] - 1] for v in VALUES]
        row += [LABELS[top[p]] if p < len(top) else "" for p in range(3)]
        row += ["Ja" if n in networks else "" for n in NETWORKS]
        if willingness is None:
            row.append("Weet ik niet")
        else:
            row.append(WILLINGNESS[willingness - 1])
        row.append(wish)
        out.append(row)
    write("limesurvey-export.csv", out, ",", csv.QUOTE_ALL)
    return willing


# The trust questionnaire: the five items of examples/social-cohesion.json, asked at the door of
# the households of the LimeSurvey export, which the interviewer identifies by their response id.
TRUST_ITEMS = [("helpen", False), ("hecht", False), ("vertrouwen", False), ("overweg", True),
               ("waarden", True)]
KOBO_AGREE = ["helemaal_oneens", "oneens", "neutraal", "eens", "helemaal_eens"]


def kobo_trust(rng, willing):
    """Trust goes with willingness: the more willing a household, the higher its trust on average.

    Uses a random generator of its own, so the other exports stay as they were.
    """
    header = ["start", "end", "today", "group_intro/huishouden_nr"]
    header += [f"group_vertrouwen/{name}" for name, _ in TRUST_ITEMS]
    header += ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
               "_submitted_by", "__version__", "_tags", "_index"]
    out = [header]
    index = 0
    for respondent, willingness in willing.items():
        if rng.random() < 0.15:
            continue  # nobody at home
        index += 1
        trust = 2.9 + (0.35 * (willingness - 3) if willingness is not None else 0)
        trust += rng.gauss(0, 0.5)
        day = 10 + index * 18 // len(willing)
        start = f"2024-06-{day:02d}T{10 + index % 9:02d}:{index * 13 % 60:02d}:00.000+02:00"
        end = f"2024-06-{day:02d}T{10 + index % 9:02d}:{(index * 13 + 6) % 60:02d}:00.000+02:00"
        row = [start, end, f"2024-06-{day:02d}", respondent]
        for _, reverse in TRUST_ITEMS:
            if rng.random() < 0.03:
                row.append("weet_niet")
                continue
            answer = likert(rng, trust, 0.7)
            row.append(KOBO_AGREE[(6 - answer if reverse else answer) - 1])
        row += [str(320000000 + index * 41), uuid(rng),
                f"2024-06-{day:02d}T{11 + index % 9:02d}:00:00", "", "", "submitted_via_web",
                "interviewer_2", "aXk3mVq9TfPc7Rb", "", str(index)]
        out.append(row)
    write("kobo-trust-export.csv", out, ";", csv.QUOTE_MINIMAL)


KOBO_IMPORTANCE = ["niet_belangrijk", "weinig_belangrijk", "neutraal", "belangrijk",
                   "zeer_belangrijk"]


def kobo(rng, rows):
    header = ["start", "end", "today", "group_huishouden/huishouden"]
    header += [f"group_waarden/belang_{v}" for v in VALUES]
    header += [f"group_waarden/tevreden_{v}" for v in VALUES]
    header += ["group_top/top_1", "group_top/top_2", "group_top/top_3",
               "group_mobiliseren/netwerken", "group_mobiliseren/bereid",
               "group_mobiliseren/wens", "_id", "_uuid", "_submission_time",
               "_validation_status", "_notes", "_status", "_submitted_by", "__version__",
               "_tags", "_index"]
    out = [header]
    for r in range(1, rows + 1):
        household = rng.choice(HOUSEHOLDS)
        imp, sat, top, networks, willingness, wish = wish_map_answers(rng, household)
        day = 1 + r * 27 // rows
        start = f"2024-09-{day:02d}T{9 + r % 10:02d}:{r * 11 % 60:02d}:00.000+02:00"
        end = f"2024-09-{day:02d}T{9 + r % 10:02d}:{(r * 11 + 9) % 60:02d}:00.000+02:00"
        row = [start, end, f"2024-09-{day:02d}", household]
        row += ["weet_niet" if imp[v] is None else KOBO_IMPORTANCE[imp[v] - 1] for v in VALUES]
        row += ["" if sat[v] is None else str(sat[v]) for v in VALUES]
        row += [top[p] if p < len(top) else "" for p in range(3)]
        row += [" ".join(n.replace("-", "_") for n in networks),
                "" if willingness is None else str(willingness), wish,
                str(310000000 + r * 37), uuid(rng), f"2024-09-{day:02d}T{10 + r % 10:02d}:00:00",
                "", "", "submitted_via_web", "", "vJ7pQz3sUyKbW4n", "", str(r)]
        out.append(row)
    write("kobo-export.csv", out, ";", csv.QUOTE_MINIMAL)


def uuid(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# The Dorpsspiegel: report grades 1-10 for the village's facilities, no importance asked.
GRADED = {"shop": ("Winkel en voorzieningen", 5.6), "green": ("Groen in en om het dorp", 7.6),
          "safety": ("Veiligheid", 7.3), "contact": ("Contact met dorpsgenoten", 7.0),
          "youth": ("Voorzieningen voor kinderen en jongeren", 6.1),
          "transport": ("Openbaar vervoer", 5.2)}
VILLAGE_HOUSEHOLDS = {"young_parents": "Gezin met jonge kinderen",
                      "family": "Gezin met oudere kinderen", "couple": "Samenwonend zonder kinderen",
                      "single": "Alleenstaand", "elderly": "65 jaar of ouder"}
CLUBS = {"Kinderspeelweek": "play-week", "Dorpsfeest": "village-fair",
         "IJsclub": "ice-club", "Toneelvereniging": "theatre-club"}


def dorpsspiegel(rng, rows):
    header = ["Respondentnummer", "Datum ingevuld", "Leeftijdsklasse", "Huishouden"]
    header += [f"Rapportcijfer {label}" for label, _ in GRADED.values()]
    header += ["Wat moet als eerste worden aangepakt?", "Lid van of actief bij",
               "Wilt u meehelpen bij dorpsactiviteiten?", "Wat wenst u het dorp toe?"]
    out = [header]
    first_labels = {code: label for code, (label, _) in GRADED.items()}
    for r in range(1, rows + 1):
        household = rng.choice(list(VILLAGE_HOUSEHOLDS))
        row = [f"DS{r:04d}", f"{1 + r % 28}-3-2023",
               rng.choice(["18-34", "35-49", "50-64", "65+"]), VILLAGE_HOUSEHOLDS[household]]
        grades = {}
        for code, (_, mean) in GRADED.items():
            shift = -1.3 if code == "youth" and household == "young_parents" else 0
            if rng.random() < 0.05:
                grades[code] = None
                row.append("weet niet")
            else:
                grade = max(1, min(10, round(rng.gauss(mean + shift, 1.4))))
                grades[code] = grade
                row.append(str(grade))
        worst = min(grades, key=lambda c: (grades[c] or 11) + rng.random() * 2)
        row.append(first_labels[worst] if rng.random() < 0.85 else "")
        clubs = [name for name in CLUBS if rng.random() < 0.25
                 or (name == "Kinderspeelweek" and household == "young_parents"
                     and rng.random() < 0.6)]
        row.append(", ".join(clubs))
        row.append(rng.choice(["Ja", "Misschien", "Nee", "Ja, af en toe", "Misschien"]))
        row.append(rng.choice(WISHES) if rng.random() < 0.25 else "")
        out.append(row)
    write("dorpsspiegel.csv", out, ";", csv.QUOTE_MINIMAL)


def write(name, rows, delimiter, quoting):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter, quoting=quoting, lineterminator="\n").writerows(rows)


if __name__ == "__main__":
    willing = limesurvey(random.Random(20240503), 180)
    kobo(random.Random(20240901), 150)
    dorpsspiegel(random.Random(20230301), 240)
    kobo_trust(random.Random(20240610), willing)
