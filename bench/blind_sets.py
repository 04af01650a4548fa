"""Claims, stories and contradictions measured on blind-annotated sets, and a negative control.

    .venv/bin/python bench/blind_sets.py [--development DIR ...] [--control DIR ...] [--failures] [--json]

Each set is a folder of articles written and annotated by people who never saw the code, with
its annotations in ``gold.json`` (per article: claims with value, unit, subject, measure and
period, the event it reports; planted numeric contradictions and false friends; name
variants, role conflicts and wrong bylines). ``tests/fixtures/blind_sets/development/`` holds
the sets rules may be fitted to, ``tests/fixtures/blind_sets/held_out/`` those they must not
be: their failures are never printed (``--failures`` prints the development part's only).

Each part (development, held-out) is loaded by ``newsfacts run`` into one warehouse, all its
sets together, as a user's warehouse holds many events at once, and scored through the public
views:

- claims: recall and precision of value and unit (a gold claim matches an extracted one of
  the same article within 0.5%); on the matched ones, how often measure, subject and period
  are right (a measure the gold names as a change, "revenue growth", is the found claim's
  "revenue" when that claim has a direction: the change is the claim's direction);
- stories: BCubed precision, recall and F1 of ``stories`` against the gold's events;
- numeric contradictions: recall (planted groups with a row pairing an outlier with its
  consensus) and precision (such rows among all numeric rows of ``contradictions``);
- people and dates: name variants and role conflicts named by a row, wrong bylines flagged;
  rows of those kinds naming nothing planted are false; where the gold lists every person an
  article names with the role it gives them, the people found (a person mention bearing the
  surname) and found with their role (the same office, and "former", "acting", "deputy" alike).

The negative control is real pages on unrelated subjects (the newspaper4k pages kept in
``tests/fixtures/real_pages``, and any ``--control`` folder of pages): every numeric row there is
false, and rows of any kind are counted per 100 pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from flows.lexicon import lexicon

PROJECT = Path(__file__).resolve().parents[1]
SETS = PROJECT / "tests" / "fixtures" / "blind_sets"
REAL_PAGES = PROJECT / "tests" / "fixtures" / "real_pages" / "newspaper4k"
NEWSFACTS = Path(sys.executable).with_name("newsfacts")
RELATIVE_TOLERANCE = 0.005
_HEAD_COUNTS = {"count", "people"}
_POINTS = {"count", "percentage_point", "index_point"}
_KNOWN_CURRENCIES = {*lexicon("claims")["currency_symbols"].values(), *lexicon("claims")["currency_words"].values()}
_UNITS = set(lexicon("claims")["units"])
_UNIT_ALIASES = {
    "km": "kilometre",
    "%": "percent",
    "per cent": "percent",
    "percentage_points": "percentage_point",
    "pp": "percentage_point",
    "person": "people",
    "persons": "people",
    "days": "day",
    "hours": "hour",
    "years": "year",
    "months": "month",
    "weeks": "week",
    "minutes": "minute",
    "index": "index_point",  # an index's level
    "index_points": "index_point",
}
# Units annotators may write that the warehouse holds in another: (base unit, factor), as the
# pipeline converts them.
_TO_BASE_UNITS = {unit: (base, factor) for unit, (base, factor) in lexicon("claims")["conversions"].items()}
_CHANGE_WORDS = frozenset("growth change increase rise decline fall drop gain".split())
# Words that open a phrase after the head noun ("share of households") and participles that
# follow it ("passengers affected", "doses given").
_POST_MODIFIER_STARTS = frozenset("of by per in at for from to excluding among on with over within near".split())
_PARTICIPLE = re.compile(r"(?!hundred)[a-z]{2,}[^e]ed")
_IRREGULAR_PARTICIPLES = frozenset(
    "won lost built sold paid cut hit shut made spent kept left run held given taken drawn shown chosen "
    "driven written broken stolen frozen fallen risen seen grown known flown".split()
)
# Nouns that name no thing of their own before a participle: "people evacuated" counts the evacuated.
_PEOPLE_NOUNS = frozenset("people person resident".split())
# Offices a gold role gives as what a person does ("heads Skarra Civil Protection", "led the SDA list"):
# one who runs "a bakery" owns it, one who runs "the board" or "Grauberg" heads it.
_OFFICE_VERBS = {
    **dict.fromkeys(("heads", "headed"), "head"),
    **dict.fromkeys(("runs", "ran", "run"), "head"),
    **dict.fromkeys(("chairs", "chaired"), "chair"),
    **dict.fromkeys(("leads", "led"), "leader"),
    **dict.fromkeys(("directs", "directed"), "director"),
    **dict.fromkeys(("manages", "managed"), "manager"),
    **dict.fromkeys(("teaches", "taught"), "teacher"),
    **dict.fromkeys(("coaches", "coached"), "coach"),
    **dict.fromkeys(("owns", "owned"), "owner"),
    **dict.fromkeys(("founded",), "founder"),
}
_NEWSROOM_ROLES = frozenset("reporter reporting editor correspondent photographer journalist columnist".split())
_ROLE_MODIFIERS = frozenset("former acting deputy interim vice".split())
_STOP_WORDS = frozenset("a an the of in on at for to and by from with its their his her this that".split())


@dataclass
class Figures:
    """What one part scored, and, for a development part, where it failed."""

    values: dict[str, object] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    confidences: list[tuple[float | None, bool]] = field(default_factory=list)  # numeric rows: (confidence, true)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    a, b = abs(float(a)), abs(float(b))
    return abs(a - b) <= RELATIVE_TOLERANCE * max(a, b, 1e-9)


def same_unit(gold: str | None, found: str | None) -> bool:
    g, f = (_UNIT_ALIASES.get((u or "").strip().lower(), (u or "").strip().lower()) for u in (gold, found))
    if g == f or {g, f} <= _HEAD_COUNTS:
        return True
    if g == "point":  # a game's points are a count; a poll's, percentage points; an index's, its points
        return f in _POINTS
    # an invented country's currency has a code of its annotator's making ("QKR" for its crowns),
    # which no list can know: any currency is it
    return bool(
        gold
        and re.fullmatch(r"[A-Z]{3}", gold.strip())
        and gold.strip() not in _KNOWN_CURRENCIES
        and g not in _UNITS
        and re.fullmatch(r"[A-Z]{3}", found or "")
    )


def words(text: str | None) -> list[str]:
    """Lower-case content words, plurals folded ("cases" = "case")."""
    folded = unicodedata.normalize("NFKC", text or "").lower().replace("-", " ")
    return [_singular(word) for word in re.findall(r"[a-z0-9]+", folded) if word not in _STOP_WORDS]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def same_measure(gold: str | None, found: str | None, is_change: bool = False) -> bool:
    """The measure is right when it names the gold's thing: the same head noun and content
    words, one word more or fewer allowed ("measles cases" for "confirmed measles cases"). A
    change is a claim's direction, not part of its measure: for a claim stated as a change,
    the gold's "revenue growth" is the measure "revenue"."""
    g, f = words(gold), words(found)
    if is_change and len(g) > 1 and g[-1] in _CHANGE_WORDS:
        g = g[:-1]
        gold = " ".join(g)
    if not g or not f or head_noun(gold) != head_noun(found):
        return False
    return len(set(g) ^ set(f)) <= 1


def head_noun(phrase: str | None) -> str | None:
    """The noun a measure is about: the last word before a prepositional phrase or a participle
    that follows it ("passengers affected", "share of households", "track controlled by ...")."""
    tokens = [
        _singular(t)
        for t in re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", phrase or "").lower().replace("-", " "))
    ]
    cut = next((i for i, t in enumerate(tokens) if i and t in _POST_MODIFIER_STARTS), len(tokens))
    tokens = tokens[:cut]
    while len(tokens) > 1 and (_PARTICIPLE.fullmatch(tokens[-1]) or tokens[-1] in _IRREGULAR_PARTICIPLES):
        if tokens[-2] in _PEOPLE_NOUNS:
            return tokens[-1]  # "people hospitalised" is what "hospitalised" counts
        tokens.pop()
    return tokens[-1] if tokens else None


def same_subject(gold: str | None, found: str | None) -> bool:
    g, f = " ".join(words(gold)), " ".join(words(found))
    return bool(g and f) and (g == f or g in f or f in g)


def same_period(gold: str | None, found: str | None) -> bool:
    """Periods agree at the gold's granularity ("2025-09-08T14:00" is the day 2025-09-08)."""
    if not gold:
        return not found
    return bool(found) and found == gold.split("T")[0]


def load_part(folders: list[Path]) -> tuple[dict, Path]:
    """The gold of every set in ``folders`` keyed by "<set>/<file>", and a raw folder of their articles."""
    raw = Path(tempfile.mkdtemp(prefix="newsfacts-blind-")) / "raw"
    gold: dict = {"articles": {}, "contradictions": [], "not_contradictions": [], "entity_issues": [], "dates": []}
    for folder in folders:
        name = folder.name
        annotations = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        shutil.copytree(folder, raw / name, ignore=shutil.ignore_patterns("gold.json", "*.py", "*.md"))

        def key(file: str, name: str = name) -> str:
            return f"{name}/{file}"

        converted: dict[tuple[str, float], float] = {}  # (file, value as annotated) -> in base units
        for file, article in annotations["articles"].items():
            claims = []
            for annotated in article.get("claims", []):
                base, factor = _TO_BASE_UNITS.get(annotated.get("unit"), (annotated.get("unit"), 1.0))
                if factor == 1.0 or annotated.get("value") is None:
                    claims.append(annotated)
                    continue
                converted[(file, annotated["value"])] = annotated["value"] * factor
                claims.append({**annotated, "unit": base, "value": annotated["value"] * factor})
            gold["articles"][key(file)] = {**article, "claims": claims, "event": f"{name}:{article.get('event')}"}

        def ref(r: dict, name: str = name, converted: dict = converted) -> dict:
            return {**r, "file": f"{name}/{r['file']}", "value": converted.get((r["file"], r["value"]), r["value"])}

        for group in annotations.get("contradictions", []):
            if group.get("kind", "numeric") == "numeric":
                gold["contradictions"].append(
                    {
                        **group,
                        "consensus": [ref(c) for c in group["consensus"]],
                        "outliers": [ref(o) for o in group["outliers"]],
                    }
                )
        for pair in annotations.get("not_contradictions", []):
            gold["not_contradictions"].append({"a": ref(pair["a"]), "b": ref(pair["b"])})
        gold["entity_issues"] += annotations.get("entity_issues", [])
        gold["dates"] += [key(d["file"]) for d in annotations.get("date_anomalies", [])]
    return gold, raw


def run(raw: Path, warehouse: Path) -> None:
    done = subprocess.run(
        [str(NEWSFACTS), "run", "--quiet", "--raw", str(raw), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"blind_sets.py: newsfacts run failed on {raw}:\n{done.stderr[-3000:]}")


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def score_part(gold: dict, warehouse: Path, with_failures: bool) -> Figures:
    con = duckdb.connect(str(warehouse), read_only=True)
    out = Figures()
    claims_by_file: dict[str, list[dict]] = {}
    for claim in rows(con, "select * from claims"):
        claims_by_file.setdefault(claim["source_file"], []).append(claim)
    _score_claims(gold, claims_by_file, out, with_failures)
    _score_stories(gold, con, out)
    contradictions = rows(con, "select * from contradictions")
    _score_numeric(gold, contradictions, out, with_failures)
    candidates = rows(con, "select * from contradiction_candidates where kind = 'numeric'")
    below = Figures()
    _score_numeric(gold, candidates, below, with_failures=False)
    out.values["contradictions_found_among_candidates"] = below.values["contradictions_found"]
    if with_failures:
        out.failures += [f"candidate: {c} {'true' if t else 'false'}" for c, t in sorted(below.confidences, key=str)]
    _score_people_and_dates(gold, contradictions, out, with_failures)
    mentions = rows(
        con,
        "select m.source_file, m.surface, m.role, m.organisation from mentions m join entities e using (entity_id) "
        "where e.type = 'person'",
    )
    _score_roles(gold, mentions, out, with_failures)
    return out


def _score_claims(gold: dict, claims_by_file: dict[str, list[dict]], out: Figures, with_failures: bool) -> None:
    required = found = extracted = matched = 0
    right = {"measure": 0, "subject": 0, "period": 0}
    judged = {"measure": 0, "subject": 0, "period": 0}  # older sets annotate no measure or period
    for file, article in gold["articles"].items():
        got = claims_by_file.get(file, [])
        golds = article.get("claims", [])
        used: set[int] = set()
        for claim in (c for c in golds if c.get("required")):
            required += 1
            match = next(
                (
                    i
                    for i, c in enumerate(got)
                    if i not in used and close(c["value"], claim["value"]) and same_unit(claim["unit"], c["unit"])
                ),
                None,
            )
            if match is None:
                if with_failures:
                    out.failures.append(
                        f"claim missed: {file}: {claim['value']} {claim['unit']} ({claim.get('measure')})"
                    )
                continue
            used.add(match)
            found += 1
            c = got[match]
            checks = {
                "measure": same_measure(claim.get("measure"), c.get("measure"), c.get("direction") is not None),
                "subject": same_subject(claim.get("subject"), c.get("subject")),
                "period": same_period(claim.get("period"), c.get("period")),
            }
            for name, ok in checks.items():
                if name != "subject" and name not in claim:
                    continue
                judged[name] += 1
                right[name] += ok
                if not ok and with_failures:
                    out.failures.append(
                        f"{name} wrong: {file}: {claim['value']} gold {claim.get(name)!r}, found {c.get(name)!r}"
                        f" in {c['sentence'][:140]!r}"
                    )
        for c in got:
            if any(
                close(c["value"], g["value"]) and same_unit(g["unit"], c["unit"])
                for g in golds
                if not g.get("required")
            ):
                continue
            extracted += 1
            if any(
                close(c["value"], g["value"]) and same_unit(g["unit"], c["unit"]) for g in golds if g.get("required")
            ):
                matched += 1
            elif with_failures:
                out.failures.append(f"claim not in gold: {file}: {c['value']} {c['unit']} in {c['sentence'][:120]!r}")
    v = out.values
    v["claims_recall"] = round(found / required, 3) if required else None
    v["claims_precision"] = round(matched / extracted, 3) if extracted else None
    for name, count in right.items():
        v[f"{name}_accuracy"] = round(count / judged[name], 3) if judged[name] else None


def _score_stories(gold: dict, con: duckdb.DuckDBPyConnection, out: Figures) -> None:
    events = {file: article["event"] for file, article in gold["articles"].items()}
    try:
        story = dict(con.execute("select source_file, story_id from stories").fetchall())
    except duckdb.Error:
        out.values["stories_bcubed_f1"] = "no stories view"
        return
    items = list(events)
    cluster = {f: story.get(f, ("alone", f)) for f in items}
    precision = recall = 0.0
    for f in items:
        same_story = [g for g in items if cluster[g] == cluster[f]]
        same_event = [g for g in items if events[g] == events[f]]
        both = sum(events[g] == events[f] for g in same_story)
        precision += both / len(same_story)
        recall += both / len(same_event)
    precision, recall = precision / len(items), recall / len(items)
    out.values["stories_bcubed_precision"] = round(precision, 3)
    out.values["stories_bcubed_recall"] = round(recall, 3)
    out.values["stories_bcubed_f1"] = (
        round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0
    )


def _score_numeric(gold: dict, contradictions: list[dict], out: Figures, with_failures: bool) -> None:
    def side(row: dict, letter: str) -> tuple[str, float]:
        return row[f"source_file_{letter}"], row[f"value_{letter}"]

    def is_(side: tuple[str, float], refs: list[dict]) -> bool:
        return any(side[0] == r["file"] and close(side[1], r["value"]) for r in refs)

    groups = gold["contradictions"]
    found: set[int] = set()
    true_rows = 0
    numeric = [r for r in contradictions if r["kind"] == "numeric"]
    for row in numeric:
        a, b = side(row, "a"), side(row, "b")
        hits = [
            n
            for n, g in enumerate(groups)
            if (is_(a, g["outliers"]) and is_(b, g["consensus"])) or (is_(b, g["outliers"]) and is_(a, g["consensus"]))
        ]
        found.update(hits)
        true_rows += bool(hits)
        out.confidences.append((row.get("confidence"), bool(hits)))
        if not hits and with_failures:
            out.failures.append(f"false row: {row['description']}")
    if with_failures:
        out.failures += [f"contradiction missed: {g['about']}" for n, g in enumerate(groups) if n not in found]
    v = out.values
    v["contradictions_recall"] = round(len(found) / len(groups), 3) if groups else None
    v["contradictions_found"] = f"{len(found)}/{len(groups)}"
    # a misprint (the consensus's digits in another order or at another scale) against any other
    # wrong figure: the two are found by different rules, and planted in different numbers
    misprints = [n for n, g in enumerate(groups) if _is_misprint(g)]
    others = [n for n in range(len(groups)) if n not in set(misprints)]
    v["misprints_found"] = f"{len(found & set(misprints))}/{len(misprints)}"
    v["other_wrong_figures_found"] = f"{len(found & set(others))}/{len(others)}"
    v["contradictions_precision"] = round(true_rows / len(numeric), 3) if numeric else None
    v["false_numeric_rows"] = len(numeric) - true_rows


def _is_misprint(group: dict) -> bool:
    """Whether a planted outlier has its consensus's significant digits in another order or at
    another scale (2,341 for 2,314; 4.82 million for 4.82 billion): sql/internal/digits.sql's
    same_digits."""

    def digits(value: float) -> list[str]:
        return sorted(f"{abs(float(value)):.6f}".replace(".", "").strip("0"))

    return any(
        not close(o["value"], c["value"]) and digits(o["value"]) == digits(c["value"])
        for o in group["outliers"]
        for c in group["consensus"]
    )


def _score_people_and_dates(gold: dict, contradictions: list[dict], out: Figures, with_failures: bool) -> None:
    def names(row: dict, wanted: list[str]) -> bool:
        text = row["description"] or ""
        return all(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in wanted)

    people = [r for r in contradictions if r["kind"] in ("name_variant", "role_conflict")]
    issues = gold["entity_issues"]
    wanted = [
        [i["canonical"], *i["variants"]] if i["kind"] == "name_variant" else i.get("match", [i.get("entity")])
        for i in issues
    ]
    found = sum(
        any(r["kind"] == i["kind"] and names(r, w) for r in people) for i, w in zip(issues, wanted, strict=True)
    )
    false = sum(
        not any(r["kind"] == i["kind"] and names(r, w) for i, w in zip(issues, wanted, strict=True)) for r in people
    )
    dates = {r["source_file_a"] for r in contradictions if r["kind"] == "date_anomaly"}
    if with_failures:
        out.failures += [
            f"person issue missed: {i['kind']} {', '.join(w)}"
            for i, w in zip(issues, wanted, strict=True)
            if not any(r["kind"] == i["kind"] and names(r, w) for r in people)
        ]
        out.failures += [
            f"false person row: {r['description']}"
            for r in people
            if not any(r["kind"] == i["kind"] and names(r, w) for i, w in zip(issues, wanted, strict=True))
        ]
        out.failures += [f"wrong byline missed: {file}" for file in sorted(set(gold["dates"]) - dates)]
        out.failures += [f"false date row: {file}" for file in sorted(dates - set(gold["dates"]))]
    v = out.values
    v["people_issues_found"] = f"{found}/{len(issues)}"
    for kind in ("name_variant", "role_conflict"):
        of_kind = [(i, w) for i, w in zip(issues, wanted, strict=True) if i["kind"] == kind]
        hits = sum(any(r["kind"] == kind and names(r, w) for r in people) for _, w in of_kind)
        v[f"{kind}s_found"] = f"{hits}/{len(of_kind)}"
    v["false_people_rows"] = false
    v["wrong_bylines_found"] = f"{len(dates & set(gold['dates']))}/{len(gold['dates'])}"
    v["false_date_rows"] = len(dates - set(gold["dates"]))


def same_role(gold: str, found: str | None) -> bool:
    """A role is right when it names the gold's office, or one of the offices it lists ("Commodore;
    head of the coastguard", "master (Captain)", "Rear Admiral, head of the coastguard"): the same
    head noun ("chief executive" for "chief executive of Kavrin"; a chairman is a chair, a PM the
    prime minister, a mum a mother), and
    "former", "acting", "deputy" or "interim" on both or neither."""
    offices = [part for part in re.split(r"[;(),]", gold) if part.strip()]
    return any(_same_office(office, found) for office in offices)


# Short and familiar names of one role: "PM" is the prime minister, a "mum" a mother.
_ROLE_SYNONYMS = {
    "pm": "prime minister",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "mp": "member of parliament",
    "mum": "mother",
    "mom": "mother",
    "dad": "father",
    "champ": "champion",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "grandad": "grandfather",
    "grandpa": "grandfather",
}
_ROLE_SYNONYM = re.compile(r"\b(" + "|".join(_ROLE_SYNONYMS) + r")\b", re.I)


def _same_office(gold: str, found: str | None) -> bool:
    gold, found = (
        _ROLE_SYNONYM.sub(
            lambda m: _ROLE_SYNONYMS[m.group(1).lower()],
            re.sub(r"\bchair(?:man|woman)\b", "chair", _office(x), flags=re.I),
        )
        for x in (gold, found or "")
    )
    g, f = words(gold), words(found)
    if not g or not f or head_noun(gold) != head_noun(found):
        return False
    return {w for w in g if w in _ROLE_MODIFIERS} == {w for w in f if w in _ROLE_MODIFIERS}


def _office(role: str) -> str:
    """A role as an office: without what follows a relative clause, a conjunction or a bracket
    ("cardiologist who led the trial" is a cardiologist), and an office written as a verb as
    its noun ("heads Skarra Civil Protection" is the head of it, who "has run a bakery" its owner)."""
    office = re.split(r"\s+(?:who|which|and|since)\s|\s*[(,;]", role.strip(), maxsplit=1)[0]
    verb, _, rest = re.sub(r"^(?:has|had|have)\s+", "", office).partition(" ")
    if verb.lower() not in _OFFICE_VERBS or not rest:
        return office
    noun = (
        "owner"
        if _OFFICE_VERBS[verb.lower()] == "head" and rest.startswith(("a ", "an "))
        else _OFFICE_VERBS[verb.lower()]
    )
    return f"{noun} of {rest}"


def _score_roles(gold: dict, mentions: list[dict], out: Figures, with_failures: bool) -> None:
    """People found with their roles, for the sets whose gold lists every person named in each
    article with the role it gives them: a person is found when a person mention of the article
    bears their surname, and found with their role when one of those mentions gives the gold's."""
    by_file: dict[str, list[dict]] = {}
    for mention in mentions:
        by_file.setdefault(mention["source_file"], []).append(mention)
    listed = found = roles = with_role = organisations = with_organisation = 0
    for file, article in gold["articles"].items():
        for person in article.get("people") or []:
            if set(words(person.get("role"))) & _NEWSROOM_ROLES:
                continue
            surname = fold(person["name"]).split()[-1]
            theirs = [m for m in by_file.get(file, []) if surname in fold(m["surface"]).split()]
            listed += 1
            found += bool(theirs)
            if not person.get("role"):
                continue
            roles += 1
            right = any(same_role(person["role"], m["role"]) for m in theirs)
            with_role += right
            if person.get("organisation"):
                organisations += 1
                named = any(same_organisation(person["organisation"], m["organisation"]) for m in theirs)
                with_organisation += named
                if with_failures and not named:
                    given = sorted({m["organisation"] or "-" for m in theirs}) or ["not found"]
                    out.failures.append(
                        f"organisation missed: {file}: {person['name']}, {person['organisation']}: {', '.join(given)}"
                    )
            if with_failures and not right:
                given = sorted({m["role"] or "-" for m in theirs}) or ["not found"]
                out.failures.append(f"role missed: {file}: {person['name']}, {person['role']}: {', '.join(given)}")
    if listed:
        out.values["people_found"] = f"{found}/{listed}"
        out.values["people_found_with_roles"] = f"{with_role}/{roles}"
        out.values["people_with_roles_recall"] = round(with_role / roles, 3) if roles else None
        out.values["people_found_with_organisations"] = f"{with_organisation}/{organisations}"


def same_organisation(gold: str, found: str | None) -> bool:
    """Whether the organisation found for a role is the gold's, or names it in part ("Nordbank" for
    "Nordbank Markets", "Tessby" for "Tessby council")."""
    if not found:
        return False
    a, b = (re.sub(r"\s*\([^)]*\)", "", fold(x).replace("’", "'")).removeprefix("the ") for x in (gold, found))
    return a in b or b in a


def fold(text: str) -> str:
    """Lower case without accents, for comparing names ("Almé" is "alme")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def control(folders: list[Path]) -> dict[str, object]:
    """Run real pages on unrelated subjects; every numeric row there is false."""
    raw = Path(tempfile.mkdtemp(prefix="newsfacts-control-")) / "raw"
    raw.mkdir(parents=True)
    pages = 0
    for folder in folders:
        # The fixture pages' .txt files are their expected bodies, not pages.
        text_pages = (".html", ".htm") if folder == REAL_PAGES else (".html", ".htm", ".txt")
        for path in sorted(folder.iterdir()):
            name = f"{folder.name}-{path.name.removesuffix('.gz')}"
            if path.name.endswith((".html.gz", ".htm.gz")):
                (raw / name).write_bytes(gzip.decompress(path.read_bytes()))
            elif path.suffix in text_pages:
                shutil.copy(path, raw / name)
            else:
                continue
            pages += 1
    warehouse = raw.parent / "control.duckdb"
    run(raw, warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    kinds = dict(con.execute("select kind, count(*) from contradictions group by kind").fetchall())
    articles = con.execute("select count(*) from articles").fetchone()[0]  # type: ignore[index]
    return {
        "pages": pages,
        "articles_kept": articles,
        "numeric_rows": kinds.get("numeric", 0),
        "rows_per_100_pages": round(100 * sum(kinds.values()) / pages, 1) if pages else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--development", type=Path, nargs="*", default=[], help="more development sets (folders)")
    parser.add_argument("--control", type=Path, nargs="*", default=[], help="more folders of real pages")
    parser.add_argument("--failures", action="store_true", help="print the development part's failures")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    parts = {
        "held-out": sorted(p.parent for p in (SETS / "held_out").glob("*/gold.json")),
        "development": sorted(p.parent for p in (SETS / "development").glob("*/gold.json"))
        + [d for d in args.development if (d / "gold.json").is_file()]
        + [d.parent for folder in args.development for d in sorted(folder.glob("*/gold.json"))],
    }
    results: dict[str, object] = {}
    failures: list[str] = []
    for part, folders in parts.items():
        if not folders:
            continue
        gold, raw = load_part(folders)
        warehouse = raw.parent / "part.duckdb"
        run(raw, warehouse)
        figures = score_part(gold, warehouse, with_failures=args.failures and part == "development")
        results[part] = {
            "sets": len(folders),
            "articles": len(gold["articles"]),
            "events": len({a["event"] for a in gold["articles"].values()}),
            **figures.values,
        }
        failures += figures.failures
        shutil.rmtree(raw.parent, ignore_errors=True)
    results["negative control"] = control([REAL_PAGES, *args.control])
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for part, values in results.items():
        print(f"{part}:")
        for name, value in values.items():  # type: ignore[attr-defined]
            print(f"  {name}: {value}")
    for line in failures:
        print(line)


if __name__ == "__main__":
    main()
