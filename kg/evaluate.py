"""Scoring extraction against gold files (docs/extraction-record.md, "Gold files")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language

from kg.articles import read_path
from kg.nlp import extract, load_pipeline
from kg.nlp.lexicon import is_title

ENTITY_TYPES = ("people", "organizations", "places")
ATTRIBUTES = ("stance", "verb", "verified_by_outlet", "date", "reported_by")
MIN_JACCARD = 0.5
_WORDS = re.compile(r"\w+")


def norm(name: str | None) -> str:
    """Case-folded name without an article, possessives or leading titles."""
    text = (name or "").lower().replace("’", "'").replace("'s ", " ").strip(" .,'\"“”")
    text = re.sub(r"'s$", "", text)
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and is_title(words[0]):
        words = words[1:]
    return " ".join(words)


def _keys(entity: dict) -> set[str]:
    return {norm(n) for n in [entity.get("name"), *entity.get("aliases", [])] if n} - {""}


def _name_keys(name: str | None, entities: list[dict]) -> set[str]:
    """The keys of the entity a speaker or agent names (or just the name's own)."""
    key = norm(name)
    for entity in entities:
        if key in _keys(entity):
            return _keys(entity)
    return {key}


def _same(a: str | None, b: str | None, gold_entities: list[dict], pred_entities: list[dict]) -> bool:
    if not a or not b:
        return not a and not b
    return bool(_name_keys(a, gold_entities) & _name_keys(b, pred_entities))


def _interval(evidence, text: str) -> tuple[int, int]:
    if isinstance(evidence, dict):
        return evidence["start"], evidence["end"]
    start = text.find(evidence)
    return (start, start + len(evidence)) if start >= 0 else (-1, -1)


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    """An interval without the spaces and punctuation at its ends."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def overlap(gold, pred, text: str) -> float:
    """1.0 when one evidence contains the other, else their word Jaccard when at least 0.5, else 0."""
    (gs, ge), (ps, pe) = _trimmed(*_interval(gold, text), text), _trimmed(*_interval(pred, text), text)
    if gs >= 0 and ps >= 0 and (gs <= ps and pe <= ge or ps <= gs and ge <= pe):
        return 1.0
    g, p = set(_WORDS.findall(text[gs:ge].lower())), set(_WORDS.findall(text[ps:pe].lower()))
    jaccard = len(g & p) / len(g | p) if g | p else 0.0
    return jaccard if jaccard >= MIN_JACCARD else 0.0


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching, best scores first."""
    used_g, used_p, out = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if g not in used_g and p not in used_p:
            used_g.add(g), used_p.add(p)
            out.append((g, p))
    return out


def _match_entities(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for g, ge in enumerate(gold):
        for p, pe in enumerate(pred):
            if norm(ge["name"]) == norm(pe["name"]):
                pairs.append((2.0, g, p))
            elif _keys(ge) & _keys(pe):
                pairs.append((1.0, g, p))
    return _greedy(pairs)


def _counts(tp: int, n_gold: int, n_pred: int) -> dict:
    return {"tp": tp, "fp": n_pred - tp, "fn": n_gold - tp}


def score_article(gold: dict, record: dict) -> dict:
    """Counts for one article: entity, event and assertion matches, attribute agreement."""
    text = record["article"]["text"]
    scores = {}
    all_gold = [e for t in ENTITY_TYPES for e in gold.get(t, [])]
    all_pred = [e for t in ENTITY_TYPES for e in record.get(t, [])]
    for kind in ENTITY_TYPES:
        matched = _match_entities(gold.get(kind, []), record.get(kind, []))
        scores[kind] = _counts(len(matched), len(gold.get(kind, [])), len(record.get(kind, [])))
    scores["events"] = _score_events(gold, record, text, all_gold, all_pred)
    scores["assertions"] = _score_assertions(gold, record, text, all_gold, all_pred)
    return scores


def _score_events(gold, record, text, all_gold, all_pred) -> dict:
    g_events, p_events = gold.get("events", []), record.get("events", [])
    pairs = [(overlap(ge["evidence"], pe["evidence"], text), g, p)
             for g, ge in enumerate(g_events) for p, pe in enumerate(p_events)
             if ge["type"].lower() == pe["type"].lower()]
    matched = _greedy([x for x in pairs if x[0] > 0])
    counts = _counts(len(matched), len(g_events), len(p_events))
    counts["agent"] = [sum(_same(g_events[g].get("agent"), p_events[p].get("agent"), all_gold, all_pred)
                           for g, p in matched), len(matched)]
    return counts


def _is_outlet(name: str | None, outlet: str | None) -> bool:
    """The outlet or one of its units ("BBC Verify") speaking in its own voice."""
    return bool(outlet) and (norm(name) + " ").startswith(norm(outlet) + " ")


def _score_assertions(gold, record, text, all_gold, all_pred) -> dict:
    outlet = gold.get("outlet") or record["article"].get("outlet")
    g_list = [a for a in gold.get("assertions", []) if not _is_outlet(a["speaker"], outlet)]
    p_list = [a for a in record.get("assertions", []) if not _is_outlet(a["speaker"], outlet)]
    pairs = []
    for g, ga in enumerate(g_list):
        for p, pa in enumerate(p_list):
            if _same(ga["speaker"], pa["speaker"], all_gold, all_pred):
                score = overlap(ga["evidence"], pa["evidence"], text)
                if score:
                    pairs.append((score, g, p))
    matched = _greedy(pairs)
    counts = _counts(len(matched), len(g_list), len(p_list))
    for attribute in ATTRIBUTES:
        right = total = 0
        for g, p in matched:
            ga, pa = g_list[g], p_list[p]
            gv, pv = ga.get(attribute), pa.get(attribute)
            if attribute == "date" and gv is None or attribute == "reported_by" and gv is None and pv is None:
                continue
            total += 1
            if attribute == "reported_by":
                right += _same(gv, pv, all_gold, all_pred)
            else:
                right += (gv.lower() if isinstance(gv, str) else gv) == (pv.lower() if isinstance(pv, str) else pv)
        counts[attribute] = [right, total]
    return counts


def _add(total: dict, scores: dict) -> None:
    for key, value in scores.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, list):
            old = total.setdefault(key, [0, 0])
            old[0] += value[0]
            old[1] += value[1]
        else:
            total[key] = total.get(key, 0) + value


def figures(counts: dict) -> dict:
    """Precision, recall, F1 and accuracies from summed counts."""
    out = {}
    for kind in ENTITY_TYPES + ("events", "assertions"):
        c = counts[kind]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    out["events"]["agent"] = _ratio(counts["events"]["agent"])
    for attribute in ATTRIBUTES:
        out["assertions"][attribute] = _ratio(counts["assertions"][attribute])
    return out


def _ratio(pair: list[int]) -> float | None:
    return pair[0] / pair[1] if pair[1] else None


def evaluate_dir(gold_dir: Path, nlp: Language | None = None) -> dict:
    """Scores of every NAME.txt that has a NAME.gold.json beside it, per article and micro-averaged."""
    nlp = nlp or load_pipeline()
    articles, total = [], {}
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record = extract(read_path(text_path)[0], nlp)
        counts = score_article(gold, record)
        _add(total, counts)
        articles.append({"article": text_path.name, "counts": counts, "scores": figures(counts)})
    return {"articles": articles, "micro": figures(total) if articles else {}, "counts": total}


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def format_report(report: dict) -> str:
    """A readable table: one line per article, then the micro-average."""
    head = ("article", "peopF1", "orgF1", "plcF1", "evP", "evR", "agent", "asP", "asR",
            "stance", "verb", "verif", "date", "relay")
    rows = [head]
    for item in report["articles"] + [{"article": f"MICRO ({len(report['articles'])})", "scores": report["micro"]}]:
        s = item["scores"]
        if not s:
            continue
        a = s["assertions"]
        rows.append((item["article"][:28], _fmt(s["people"]["f1"]), _fmt(s["organizations"]["f1"]),
                     _fmt(s["places"]["f1"]), _fmt(s["events"]["precision"]), _fmt(s["events"]["recall"]),
                     _fmt(s["events"]["agent"]), _fmt(a["precision"]), _fmt(a["recall"]),
                     *(_fmt(a[k]) for k in ATTRIBUTES)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)
