"""Precision, recall and F1 per field against gold files, scored as FORMAT.md says.

Items are matched one to one: countries by code; officials by shared surname
or alias (then title and country as attribute accuracy); tariffs by (rate,
target); dates by value on overlapping text spans; quotes by normalised token
overlap >= 0.8 (then speaker accuracy); events by (type, date, actors).
"""
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .geo import load_country_forms
from .schema import ArticleRecord, GoldArticle

FIELDS = ("countries", "officials", "tariffs", "dates", "quotes", "events")
WORD = re.compile(r"\w+")


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict = field(default_factory=dict)  # name -> [correct, total]
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute(self, name: str, correct: bool) -> None:
        counts = self.attributes.setdefault(name, [0, 0])
        counts[0] += int(correct)
        counts[1] += 1

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                **{f"{name}_accuracy": round(c / t, 4) if t else None
                   for name, (c, t) in self.attributes.items()}}


def load_gold(paths: list[str]) -> list[GoldArticle]:
    files = []
    for item in paths:
        path = Path(item)
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])  # a folder: its own files
    return [GoldArticle.model_validate_json(p.read_text(encoding="utf-8")) for p in files]


def load_records(path: str) -> dict[str, ArticleRecord]:
    records = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = ArticleRecord.model_validate_json(line)
            records[record.id] = record
    return records


def evaluate(records: dict[str, ArticleRecord], golds: list[GoldArticle]) -> dict[str, FieldScore]:
    scores = {name: FieldScore() for name in FIELDS}
    for gold in golds:
        record = records.get(gold.id) or ArticleRecord(id=gold.id)
        _countries(scores["countries"], gold, record)
        _officials(scores["officials"], gold, record)
        _tariffs(scores["tariffs"], gold, record)
        _dates(scores["dates"], gold, record)
        _quotes(scores["quotes"], gold, record)
        _events(scores["events"], gold, record)
    return scores


def _count(score: FieldScore, article_id: str, matched: int, extra: list, missed: list) -> None:
    score.tp += matched
    score.fp += len(extra)
    score.fn += len(missed)
    score.misses += [{"article": article_id, "kind": "false_positive", "item": i} for i in extra]
    score.misses += [{"article": article_id, "kind": "false_negative", "item": i} for i in missed]


def _multiset(score, article_id, gold_keys: list, pred_keys: list) -> None:
    gold, pred = Counter(gold_keys), Counter(pred_keys)
    both = gold & pred
    _count(score, article_id, sum(both.values()),
           list((pred - both).elements()), list((gold - both).elements()))


def _countries(score, gold, record):
    _multiset(score, gold.id, sorted(set(gold.gold.countries)), sorted({c.code for c in record.countries}))


def _tariffs(score, gold, record):
    key = lambda t: (float(t.rate), t.target)  # noqa: E731
    _multiset(score, gold.id, [key(t) for t in gold.gold.tariffs], [key(t) for t in record.tariffs])


def _events(score, gold, record):
    key = lambda e: (e.type, e.date, tuple(sorted(e.actors)))  # noqa: E731
    _multiset(score, gold.id, [key(e) for e in gold.gold.events], [key(e) for e in record.events])


def surname(name: str) -> str:
    words = WORD.findall(name.lower())
    return words[-1] if words else ""


def same_person(gold_name: str, gold_aliases: list, pred_name: str, pred_aliases: list) -> bool:
    if surname(gold_name) and surname(gold_name) == surname(pred_name):
        return True
    gold_forms = {gold_name, *gold_aliases}
    return pred_name in gold_forms or gold_name in {pred_name, *pred_aliases}


def normalise_title(title: str | None) -> str:
    """Lower case, words only, without articles or country words ("U.S. Trade Representative" =
    "Trade Representative"): the country is scored on its own."""
    text = _country_words().sub(" ", (title or "").replace("’", "'").replace("'s", " "))
    words = [w for w in WORD.findall(text.lower()) if w not in ("the", "a", "an")]
    return " ".join(words)


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern:
    """Every country form, longest first, as one pattern."""
    forms = sorted({form for _, form, _ in load_country_forms()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _officials(score, gold, record):
    unmatched = list(record.officials)
    missed = []
    for official in gold.gold.officials:
        match = next((p for p in unmatched if same_person(official.name, official.aliases, p.name, p.aliases)), None)
        if match is None:
            missed.append(official.name)
            continue
        unmatched.remove(match)
        score.tp += 1
        for attr, gold_value, predicted, same in (
                ("title", official.title, match.title, normalise_title(official.title) == normalise_title(match.title)),
                ("country", official.country, match.country, official.country == match.country)):
            score.attribute(attr, same)
            if not same:
                score.misses.append({"article": gold.id, "kind": f"wrong_{attr}",
                                     "item": f"{official.name}: {gold_value!r}, predicted {predicted!r}"})
    _count(score, gold.id, 0, [p.name for p in unmatched], missed)


def gold_spans(text: str, items: list, attr: str = "text") -> list[tuple[int, int]]:
    """Character spans of gold strings in the text.

    Longer strings are placed first, and each takes its first occurrence that no
    other item holds, so "March" is not found inside "March of last year".
    """
    taken: list[tuple[int, int]] = []
    spans: dict[int, tuple[int, int]] = {}
    order = sorted(range(len(items)), key=lambda i: -len(getattr(items[i], attr)))
    for index in order:
        needle = getattr(items[index], attr)
        span = (-1, -1)
        for match in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if all(match.end() <= s or e <= match.start() for s, e in taken):
                span = match.span()
                break
        taken.append(span)
        spans[index] = span
    return [spans[i] for i in range(len(items))]


def _dates(score, gold, record):
    golds = list(zip(gold_spans(gold.text, gold.gold.dates), gold.gold.dates))
    unmatched = list(record.dates)
    missed = []
    for (start, end), item in golds:
        match = next((p for p in unmatched if p.start < end and start < p.end), None)
        if match is None:
            missed.append(f"{item.text} = {item.value}")
            continue
        unmatched.remove(match)
        score.attribute("span", True)
        if match.value == item.value:
            score.tp += 1
        else:
            missed.append(f"{item.text} = {item.value} (predicted {match.value})")
            unmatched.append(match.model_copy(update={"form": "wrong value"}))
    _count(score, gold.id, 0, [f"{p.text} = {p.value}" for p in unmatched], missed)


def token_overlap(a: str, b: str) -> float:
    ta, tb = Counter(WORD.findall(a.lower())), Counter(WORD.findall(b.lower()))
    longest = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longest if longest else 0.0


def same_speaker(gold_speaker: str | None, pred_speaker: str | None) -> bool:
    if not gold_speaker or not pred_speaker:
        return gold_speaker == pred_speaker
    if gold_speaker.lower() == pred_speaker.lower():
        return True
    gold_words, pred_words = set(normalise_title(gold_speaker).split()), set(normalise_title(pred_speaker).split())
    return bool(gold_words and pred_words) and (gold_words <= pred_words or pred_words <= gold_words)


def _quotes(score, gold, record):
    unmatched = list(record.quotes)
    missed = []
    for item in gold.gold.quotes:
        best = max(unmatched, key=lambda p: token_overlap(item.text, p.text), default=None)
        if best is None or token_overlap(item.text, best.text) < 0.8:
            missed.append(item.text[:80])
            continue
        unmatched.remove(best)
        score.tp += 1
        correct = same_speaker(item.speaker, best.speaker)
        score.attribute("speaker", correct)
        if not correct:
            score.misses.append({"article": gold.id, "kind": "wrong_speaker",
                                 "item": f"{item.text[:50]!r}: {item.speaker!r}, predicted {best.speaker!r}"})
    _count(score, gold.id, 0, [p.text[:80] for p in unmatched], missed)


def report_json(scores: dict[str, FieldScore], n_articles: int) -> str:
    return json.dumps({"articles": n_articles, "fields": {k: s.as_dict() for k, s in scores.items()}}, indent=2)
