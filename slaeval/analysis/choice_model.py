"""A lexical model of the choice answers: nearest labelled paragraphs, for the choice criteria
the rules left unanswered.

Experimental, and not run by the analysis (``analyze.py`` does not call it). Learned from the
golden documents (``choice_examples.py``): every paragraph becomes a TF-IDF vector of its folded
words and word pairs, with the choice answers a careful reader tied to it, or none (most
paragraphs: the negatives). A paragraph of a new document gets the ``k`` most similar training
paragraphs (cosine); the score of an answer (criterion, value) is the share of the neighbours'
similarity carried by neighbours labelled with it. For each criterion asked about, the best
scoring paragraph and value are proposed when the score reaches ``threshold`` and the nearest
neighbour is at least ``min_similarity`` alike (``values="bayes"``, for the study only: the
neighbours' vote picks the criterion and naive Bayes its value). Pure Python, deterministic
(ties go to the earlier paragraph, then the smaller value), stored as JSON.

Leave-one-set-out cross-validation (``scripts/choice_model_cv.py``) found it too weak to wire
in: at the defaults (k 5, threshold 0.65) 66 % of its proposals are right over all released
sets and 81 % on blind12 to blind21, for 16 % and 18 % of the choice answers the rules missed.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slaeval.analysis.document import DocumentText, fold
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.criteria import Catalogue

FORMAT = 1
MAX_EVIDENCE = 400
_WORD = re.compile(r"[a-z]+|[0-9]+")
_DIGITS = re.compile(r"[0-9]+")


def features(text: str) -> Counter[str]:
    """Folded words (numbers as "0") and adjacent word pairs of ``text``."""
    words = [_DIGITS.sub("0", w) for w in _WORD.findall(fold(text))]
    counts: Counter[str] = Counter(w for w in words if len(w) > 1)
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return counts


def _vector(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    weights = {t: (1.0 + math.log(n)) * idf[t] for t, n in counts.items() if t in idf}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: round(w / norm, 4) for t, w in sorted(weights.items())} if norm else {}


@dataclass(frozen=True, slots=True)
class Proposal:
    criterion: str
    value: str
    paragraph: int  # index of the block in the document
    score: float  # share of the neighbours' similarity that backs the answer, 0 to 1


class ChoiceModel:
    """Training paragraphs as sparse vectors, with their labels, and the decision settings."""

    def __init__(
        self,
        idf: dict[str, float],
        vectors: list[dict[str, float]],
        labels: list[list[tuple[str, str]]],
        *,
        k: int,
        threshold: float,
        min_similarity: float,
        sets: Sequence[str],
        value_terms: dict[str, dict[str, dict[str, int]]] | None = None,
        values: str = "neighbours",
    ) -> None:
        self.idf = idf
        self.vectors = vectors
        self.labels = labels
        self.k = k
        self.threshold = threshold
        self.min_similarity = min_similarity
        self.sets = tuple(sets)
        # criterion -> value -> term -> paragraphs labelled with it holding the term, and the
        # key "" -> number of such paragraphs: the naive Bayes reading of the value
        self.value_terms = value_terms or {}
        self.values = values  # "neighbours": the neighbours' vote; "bayes": naive Bayes
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for index, vector in enumerate(vectors):
            for term, weight in vector.items():
                self._postings.setdefault(term, []).append((index, weight))

    # -- learning and storing

    @classmethod
    def train(
        cls,
        paragraphs: Iterable[tuple[str, Sequence[tuple[str, str]]]],
        *,
        k: int = 5,
        threshold: float = 0.65,
        min_similarity: float = 0.1,
        sets: Sequence[str] = (),
        min_df: int = 2,
        values: str = "neighbours",
    ) -> ChoiceModel:
        """Learn from (paragraph text, its (criterion, value) labels) pairs, in a fixed order.

        Terms found in fewer than ``min_df`` paragraphs are dropped (they can match nothing
        else in training). Weights are rounded as they are stored, so a model read back from
        JSON proposes exactly what the trained one does.
        """
        rows = [(features(text), sorted(set(labels))) for text, labels in paragraphs]
        df: Counter[str] = Counter()
        for counts, _ in rows:
            df.update(counts.keys())
        total = len(rows)
        idf = {
            t: round(math.log((total + 1) / (n + 1)) + 1.0, 4)
            for t, n in sorted(df.items())
            if n >= min_df
        }
        vectors, labels = [], []
        value_terms: dict[str, dict[str, dict[str, int]]] = {}
        for counts, row_labels in rows:
            vector = _vector(counts, idf)
            if vector:
                vectors.append(vector)
                labels.append(row_labels)
            for criterion, value in row_labels:
                held = value_terms.setdefault(criterion, {}).setdefault(value, {"": 0, "#": 0})
                held[""] += 1
                for term in counts:
                    if term in idf:
                        held[term] = held.get(term, 0) + 1
                        held["#"] += 1
        return cls(
            idf,
            vectors,
            labels,
            k=k,
            threshold=threshold,
            min_similarity=min_similarity,
            sets=sets,
            value_terms=value_terms,
            values=values,
        )

    def value_odds(self, criterion: str, terms: set[str]) -> dict[str, float]:
        """Naive Bayes (multinomial over the terms present, add-one) probability of each value
        of ``criterion`` for a paragraph holding ``terms``, over the terms seen with any of its
        values."""
        stats = self.value_terms.get(criterion, {})
        if not stats:
            return {}
        known = set().union(*(held.keys() for held in stats.values())) - {"", "#"}
        present = terms & known
        total = sum(held[""] for held in stats.values())
        logs: dict[str, float] = {}
        for value, held in sorted(stats.items()):
            n = held[""]
            log = math.log((n + 1) / (total + len(stats)))
            for term in present:
                log += math.log((held.get(term, 0) + 1) / (held["#"] + len(known)))
            logs[value] = log
        top = max(logs.values())
        weights = {v: math.exp(x - top) for v, x in logs.items()}
        norm = sum(weights.values())
        return {v: w / norm for v, w in weights.items()}

    def to_json(self) -> dict[str, Any]:
        """The model as JSON: the terms once, each paragraph as term numbers and weights (in
        ten-thousandths), its labels when it has any. The naive Bayes reading of the values is
        for the cross-validation study only and is not stored."""
        if self.values != "neighbours":
            raise ValueError("only a model reading the values from the neighbours is stored")
        terms = sorted(self.idf)
        number = {t: i for i, t in enumerate(terms)}
        return {
            "format": FORMAT,
            "sets": list(self.sets),
            "k": self.k,
            "threshold": self.threshold,
            "min_similarity": self.min_similarity,
            "terms": terms,
            "idf": [self.idf[t] for t in terms],
            "paragraphs": [
                {
                    "t": [number[t] for t in v],
                    "w": [round(w * 10000) for w in v.values()],
                    **({"l": [list(x) for x in lab]} if lab else {}),
                }
                for v, lab in zip(self.vectors, self.labels, strict=True)
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChoiceModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"choice model format {data.get('format')!r}, {FORMAT} expected")
        terms = [str(t) for t in data["terms"]]
        return cls(
            dict(zip(terms, (float(w) for w in data["idf"]), strict=True)),
            [
                {terms[t]: w / 10000 for t, w in zip(p["t"], p["w"], strict=True)}
                for p in data["paragraphs"]
            ],
            [[(str(c), str(v)) for c, v in p.get("l", [])] for p in data["paragraphs"]],
            k=int(data["k"]),
            threshold=float(data["threshold"]),
            min_similarity=float(data["min_similarity"]),
            sets=[str(s) for s in data["sets"]],
        )

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        path.write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ChoiceModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    # -- proposing

    def neighbours(self, text: str) -> list[tuple[float, int]]:
        """The ``k`` most similar training paragraphs: (similarity, index), best first."""
        query = _vector(features(text), self.idf)
        sims: dict[int, float] = {}
        for term, weight in query.items():
            for index, other in self._postings.get(term, ()):
                sims[index] = sims.get(index, 0.0) + weight * other
        best = heapq.nsmallest(self.k, ((-s, i) for i, s in sims.items() if s > 0))
        return [(-s, i) for s, i in best]

    def candidates(self, texts: Sequence[str], criteria: Iterable[str]) -> list[Proposal]:
        """For each of ``criteria``, the best (paragraph, value) whose nearest neighbour is
        alike enough, whatever its score; sorted by criterion."""
        near = [self.neighbours(text) for text in texts]
        return self.candidates_from(near, criteria, self.k, self.min_similarity, texts)

    def candidates_from(
        self,
        near: Sequence[Sequence[tuple[float, int]]],
        criteria: Iterable[str],
        k: int,
        min_similarity: float,
        texts: Sequence[str] = (),
    ) -> list[Proposal]:
        """``candidates`` from each paragraph's neighbours already found (best first), keeping
        the first ``k``: lets a study try several settings at the cost of one search."""
        wanted = set(criteria)
        best: dict[str, tuple[float, int, str]] = {}
        for position, found in enumerate(near):
            found = found[:k]
            if not found or found[0][0] < min_similarity:
                continue
            total = sum(s for s, _ in found)
            votes: dict[tuple[str, str], float] = {}
            for similarity, index in found:
                for label in self.labels[index]:
                    if label[0] in wanted:
                        votes[label] = votes.get(label, 0.0) + similarity
            if self.values == "bayes":
                votes = self._bayes_votes(votes, texts[position])
            for (criterion, value), vote in votes.items():
                score = round(vote / total, 6)
                held = best.get(criterion)
                if held is None or (-score, position, value) < (-held[0], held[1], held[2]):
                    best[criterion] = (score, position, value)
        return [Proposal(c, v, p, s) for c, (s, p, v) in sorted(best.items())]

    def _bayes_votes(
        self, votes: dict[tuple[str, str], float], text: str
    ) -> dict[tuple[str, str], float]:
        """The neighbours' vote for each criterion, shared among its values by naive Bayes."""
        by_criterion: dict[str, float] = {}
        for (criterion, _), vote in votes.items():
            by_criterion[criterion] = by_criterion.get(criterion, 0.0) + vote
        terms = set(features(text))
        out: dict[tuple[str, str], float] = {}
        for criterion, vote in by_criterion.items():
            for value, odds in self.value_odds(criterion, terms).items():
                out[(criterion, value)] = vote * odds
        return out

    def propose(
        self, texts: Sequence[str], criteria: Iterable[str], threshold: float | None = None
    ) -> list[Proposal]:
        """At most one proposal per criterion, when its score reaches the threshold."""
        limit = self.threshold if threshold is None else threshold
        return [p for p in self.candidates(texts, criteria) if p.score >= limit]


def unanswered_choices(report: AnalysisReport, catalogue: Catalogue) -> list[str]:
    """The choice criteria of the catalogue with no answer in ``report``, in catalogue order."""
    answered = {f.criterion for f in report.findings if f.kind == "answer"}
    return [c.id for c in catalogue.criteria if c.kind == "choice" and c.id not in answered]


def propose_choices(
    document: DocumentText, report: AnalysisReport, model: ChoiceModel, catalogue: Catalogue
) -> list[Finding]:
    """Findings for the choice criteria the rules left unanswered, as the model proposes them
    (their confidence is the model's score); valid choice ids only."""
    out: list[Finding] = []
    criteria = unanswered_choices(report, catalogue)
    texts = [block.text for block in document.blocks]
    for proposal in model.propose(texts, criteria):
        criterion = catalogue.criterion(proposal.criterion)
        if proposal.value not in {choice.id for choice in criterion.choices or ()}:
            continue
        block = document.blocks[proposal.paragraph]
        evidence = block.text
        if len(evidence) > MAX_EVIDENCE:
            evidence = evidence[: MAX_EVIDENCE - 1] + "…"
        out.append(
            Finding(
                criterion=proposal.criterion,
                value=proposal.value,
                unit="text",
                evidence=evidence,
                location=block.location,
                confidence=round(proposal.score, 2),
                label=criterion.question,
            )
        )
    return out
