"""A deterministic synthetic news corpus for benchmarks and fast-path tests.

    python bench/corpus.py --docs 10000 --out /tmp/corpus

writes ``OUT/docs/NNNNNN.txt`` (one document a file) and ``OUT/corpus.jsonl``
(``{"id", "text"}`` a line). The same ``--docs`` and ``--seed`` give the same
bytes on every run and machine.

Documents are made from the seeds (``seeds/``) and, when present, the naive
scraper dumps of ``/work/shared/aeb-dev/input/`` (skipped when absent): the
headline of a base document, a random run of its paragraphs with some of them
shuffled, a paragraph or two spliced from another document, and numbers
changed. At realistic rates a document is also damaged the way scrapers
damage text:

* ~5% mojibake: UTF-8 decoded as Windows-1252 (the whole document, or some
  paragraphs);
* ~3% not in English (the non-English aeb-dev pages, else built-in
  paragraphs in German, Spanish, French and Portuguese);
* ~2% CRLF line endings, ~3% no-break spaces, ~2% stray HTML entities/tags.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
AEB_INPUT = Path(os.environ.get("CLEANER_AEB_INPUT", "/work/shared/aeb-dev/input"))

MOJIBAKE_RATE = 0.05
FOREIGN_RATE = 0.03
CRLF_RATE = 0.02
NBSP_RATE = 0.03
HTML_RATE = 0.02

#: Used when no non-English page is available (the aeb-dev set is absent).
FOREIGN_FALLBACK = {
    "de": [
        "Die Bundesregierung hat am Montag weitere Hilfen für die Ukraine angekündigt.",
        "Nach Angaben des Verteidigungsministeriums sollen die Lieferungen noch in "
        "diesem Monat beginnen, wie ein Sprecher in Berlin sagte.",
        "Die Opposition kritisierte, dass die Entscheidung zu spät gekommen sei und "
        "dass die Bevölkerung nicht ausreichend informiert werde.",
        "In der Hauptstadt demonstrierten am Wochenende mehrere tausend Menschen für "
        "den Frieden und gegen den Krieg.",
    ],
    "es": [
        "El Gobierno anunció el martes un nuevo paquete de medidas para hacer frente "
        "a la subida de los precios de la energía.",
        "Según el ministerio, las ayudas llegarán a más de dos millones de hogares "
        "antes de que termine el año.",
        "Los sindicatos consideran que las medidas son insuficientes y han convocado "
        "una manifestación para la próxima semana en la capital.",
        "La oposición pidió la comparecencia urgente de la ministra en el Congreso.",
    ],
    "fr": [
        "Le président a réuni lundi soir un conseil de défense à l’Élysée pour faire "
        "le point sur la situation en Ukraine.",
        "Selon plusieurs sources diplomatiques, les discussions se poursuivront cette "
        "semaine à Bruxelles avec les partenaires européens.",
        "Les habitants de la région ont été invités à limiter leurs déplacements "
        "jusqu’à nouvel ordre, a précisé la préfecture.",
        "Cette décision intervient après plusieurs jours de tensions à la frontière.",
    ],
    "pt": [
        "O governo anunciou nesta segunda-feira um novo pacote de medidas para conter "
        "a alta dos preços dos combustíveis.",
        "De acordo com o ministério, os recursos devem chegar aos estados ainda neste "
        "mês, segundo informou a assessoria.",
        "A oposição criticou a proposta e afirmou que vai apresentar um projeto "
        "alternativo no Congresso nas próximas semanas.",
        "Especialistas ouvidos pela reportagem afirmam que o impacto será limitado.",
    ],
}

_NUMBER = re.compile(r"\d+")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
_FOREIGN_HINT = re.compile(r"[^\x00-\u024f\u2000-\u206f]")


@dataclass
class Source:
    name: str
    headline: str
    paragraphs: list[str]
    foreign: bool


def _split(text: str) -> tuple[str, list[str]]:
    text = text.replace("\r\n", "\n")
    paras = [p.strip("\n") for p in _PARA_SPLIT.split(text) if p.strip()]
    if not paras:
        return "", []
    first = paras[0].split("\n", 1)
    head = first[0]
    rest = ([first[1]] if len(first) > 1 and first[1].strip() else []) + paras[1:]
    return head, rest


def _is_foreign(text: str) -> bool:
    """Cheap and deterministic (no langdetect: the corpus must not depend on
    the code it benchmarks): the English share of the commonest words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return False
    common = {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with"}
    return sum(w in common for w in words) / len(words) < 0.08 or bool(
        len(_FOREIGN_HINT.findall(text)) > len(text) * 0.2)


def load_sources(aeb_input: Path | None = AEB_INPUT) -> tuple[list[Source], list[Source]]:
    """(English sources, non-English sources), in a fixed order."""
    english: list[Source] = []
    foreign: list[Source] = []
    files = sorted(SEEDS.glob("*.txt"))
    if aeb_input is not None and aeb_input.is_dir():
        files += sorted(aeb_input.glob("*.txt"))
    for f in files:
        text = f.read_text(encoding="utf-8")
        head, paras = _split(text)
        if not paras:
            continue
        src = Source(f.name, head, paras, _is_foreign(text))
        (foreign if src.foreign else english).append(src)
    if not foreign:
        for lang, paras in sorted(FOREIGN_FALLBACK.items()):
            foreign.append(Source(f"builtin-{lang}", paras[0], paras[1:] + paras[1:], True))
    if not english:
        raise SystemExit("no seed documents found in " + str(SEEDS))
    return english, foreign


def _mojibake(s: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
    return s.encode("utf-8").decode("sloppy-windows-1252")


def _change_numbers(rng: random.Random, s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if rng.random() < 0.5:
            return m.group()
        n = len(m.group())
        lo = 10 ** (n - 1) if n > 1 else 0
        return str(rng.randint(lo, 10 ** n - 1))
    return _NUMBER.sub(repl, s)


def make_document(i: int, english: list[Source], foreign: list[Source],
                  seed: int = 0) -> str:
    rng = random.Random(f"{seed}:{i}")
    is_foreign = rng.random() < FOREIGN_RATE
    base = rng.choice(foreign if is_foreign else english)
    paras = base.paragraphs
    # a run of 8..80 paragraphs (the aeb dumps are long pages of short blocks)
    k = min(len(paras), rng.randint(8, 80))
    start = rng.randint(0, len(paras) - k)
    body = list(paras[start:start + k])
    # shuffle some neighbours
    for j in range(len(body) - 1):
        if rng.random() < 0.15:
            body[j], body[j + 1] = body[j + 1], body[j]
    # splice a paragraph or two from another document of the same kind
    if not is_foreign and rng.random() < 0.4:
        other = rng.choice(english)
        for _ in range(rng.randint(1, 2)):
            body.insert(rng.randint(0, len(body)), rng.choice(other.paragraphs))
    body = [_change_numbers(rng, p) for p in body]
    text = base.headline + "\n\n" + "\n\n".join(body) + "\n"

    r = rng.random()
    if r < MOJIBAKE_RATE / 2:
        text = _mojibake(text)
    elif r < MOJIBAKE_RATE:
        parts = text.split("\n\n")
        text = "\n\n".join(_mojibake(p) if rng.random() < 0.3 else p for p in parts)
    if rng.random() < NBSP_RATE:
        text = re.sub(r"(?<=\w) (?=\[)|(?<=\d) (?=\w)", "\u00a0", text)
    if rng.random() < HTML_RATE:
        text = text.replace("&", "&amp;").replace("’", "&#8217;", 3)
        text = re.sub(r"\n\n", "\n<p>", text, count=3)
    if rng.random() < CRLF_RATE:
        text = text.replace("\n", "\r\n")
    return text


def generate(n: int, seed: int = 0, aeb_input: Path | None = AEB_INPUT) -> Iterator[tuple[str, str]]:
    """Yield ``(id, text)`` for documents 0..n-1 (n < 0: without end)."""
    english, foreign = load_sources(aeb_input)
    i = 0
    while n < 0 or i < n:
        yield f"{i:06d}", make_document(i, english, foreign, seed)
        i += 1


def write_corpus(out: Path, n: int, seed: int = 0) -> tuple[Path, Path, int]:
    """Write ``out/docs/*.txt`` and ``out/corpus.jsonl``; return both paths
    and the total size in bytes of the documents."""
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    jsonl = out / "corpus.jsonl"
    total = 0
    with jsonl.open("w", encoding="utf-8") as fh:
        for doc_id, text in generate(n, seed):
            data = text.encode("utf-8")
            total += len(data)
            (docs / f"{doc_id}.txt").write_bytes(data)
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return docs, jsonl, total


def write_jsonl_of_size(path: Path, megabytes: float, seed: int = 1) -> int:
    """Stream a JSONL file of at least ``megabytes`` MB; return its size."""
    limit = int(megabytes * 1e6)
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, text in generate(-1, seed):
            line = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            if size >= limit:
                break
    return size


def one_line_document(megabytes: float, seed: int = 0) -> str:
    """The corpus's documents run together on one line, about ``megabytes``
    MB of it, with a final newline: one long paragraph of prose, headlines
    and page debris (review 16 U3: time grew with its square)."""
    limit = int(megabytes * 1e6)
    parts, size = [], 0
    for _, text in generate(-1, seed):
        part = " ".join(text.split())
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
        if size >= limit:
            break
    return " ".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    docs, jsonl, total = write_corpus(args.out, args.docs, args.seed)
    print(f"{args.docs} documents, {total / 1e6:.1f} MB: {docs} and {jsonl}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
