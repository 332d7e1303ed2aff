"""The faster internals of cleaner.language give what the plain ones give:
the same n-grams in the same order as langdetect extracts them, and an English
margin within the proven rounding bound of the margin summed in floats (and
so the same decisions, the exact margin being asked near the threshold)."""
from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from cleaner import language

from ._corpus import bench_corpus

ROOT = Path(__file__).resolve().parents[1]
AEB = Path("/work/shared/aeb-dev/input")

# letters, capitals, spaces and punctuation of several scripts and of the
# blocks NGram.normalize maps (Latin-1, Romanian comma letters, Arabic yeh,
# kana, bopomofo, CJK, Hangul, Vietnamese letters and combining marks)
_ALPHABET = ("aAbBzZ  \n\t.,-'\u2019\u201c\u201d\u2014019\u00e9\u00c9\u00df\u00e7"
             "\u00f8\u00c6\u0130\u0131\u017f\ufb01\u0219\u021b\u0410\u0430\u0416\u0436"
             "\u0391\u03b1\u05d0\u0627\u06cc\u3042\u30a2\u3105\u4e2d\u6587\ud55c\uad6d"
             "\u1ea1\u1ea0\u1ef9\u0300\u0301\U0001F600")


def _texts() -> list[str]:
    texts = [t for _, t in bench_corpus().generate(150, seed=5)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if AEB.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(AEB.glob("*.txt"))[:20]]
    return texts


def test_ngrams_as_langdetect_extracts_them():
    known = language._factory().word_lang_prob_map
    rng = random.Random(29)
    texts = [language._sample(t) for t in _texts()]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
              for _ in range(3000)]
    texts += ["", " ", "  a ", "NASA and the EU", "ABC", "aBC D"]
    for t in texts:
        for x in (t, " " + t, t + " "):
            assert language._ngrams(x, known) == language._ngrams_reference(x, known), x[:80]


def test_fast_margin_within_the_rounding_bound():
    for t in _texts():
        words = language._WORD.findall(language._sample(t))
        fast = language._english_margin(words)
        exact = language._english_margin_exact(words)
        assert (fast is None) == (exact is None)
        if fast is not None:
            assert abs(fast - exact) <= language._ROUNDING / 2, t[:80]


def test_append_and_cleaning_as_langdetect_does():
    factory = language._factory()
    rng = random.Random(31)
    texts = [t[:3000] for t in _texts()]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
              for _ in range(2000)]
    texts += ["see https://example.org/a?b=1 or write to a.b@example.com   now  ",
              " " * 5 + "x" + " " * 5, "a " * 6000, "\u041f\u0440\u0438 abc " * 40,
              "\u65e5\u672c\u8a9e abcdef " * 30, "Vie\u0302\u0323t Nam " * 10]
    for t in texts:
        ours, theirs = factory.create(), factory.create()
        language._append(ours, t)
        theirs.append(t)
        assert ours.text == theirs.text, t[:80]
        language._cleaning_text(ours)
        theirs.cleaning_text()
        assert ours.text == theirs.text, t[:80]


def test_words_as_the_word_pattern_finds_them():
    rng = random.Random(37)
    texts = [language._sample(t) for t in _texts()]
    texts += ["".join(rng.choice(_ALPHABET + "\u00b2\u00bd\u2160\u212a_") for _ in range(30))
              for _ in range(3000)]
    for t in texts:
        assert language._words(t) == language._WORD.findall(t), t[:80]


def test_profiles_loaded_as_langdetect_loads_them():
    """The factory's table, its rows made as they are read, is langdetect's:
    the same languages in the same order, the same n-grams in the same
    order, every row the same floats (bit for bit)."""
    import struct

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    ours = language._load_profiles(PROFILES_DIRECTORY)
    theirs = DetectorFactory()
    theirs.load_profile(PROFILES_DIRECTORY)
    assert ours.langlist == theirs.langlist
    table, reference = ours.word_lang_prob_map, theirs.word_lang_prob_map
    assert list(table) == list(reference)
    assert "zzzz" not in table and table.get("zzzz") is None
    for gram, row in reference.items():
        got = table[gram]
        assert type(got) is list and len(got) == len(row)
        assert struct.pack(f"{len(row)}d", *got) == struct.pack(f"{len(row)}d", *row), gram
    assert table.get("the") == reference["the"]


def test_gram_scores_as_langdetects_rows_give_them():
    """An n-gram's packed fields, made from the profiles' counts without
    making its row, are those of langdetect's own row (every float of it
    logged and rounded), the zeros' too; an n-gram of no profile has none."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    theirs = DetectorFactory()
    theirs.load_profile(PROFILES_DIRECTORY)
    reference = theirs.word_lang_prob_map
    weight = language._ALPHA / language._BASE_FREQ
    grams = list(reference)[::5] + ["the", "e", " t", "é", "\u4e2d", "\u0436\u0438 "]
    for gram in grams:
        expected = [round(math.log(weight + p) * language._SCALE) + language._BIAS
                    for p in reference[gram]] + [1]
        assert language._gram_fields(gram) == expected, gram
        assert language._gram_packed(gram) == language._pack_fields(expected), gram
    for gram in ("zzzz", "qxq", ""):
        with pytest.raises(KeyError):
            language._gram_fields(gram)


def test_a_profile_langdetect_would_not_read_so_is_refused(tmp_path) -> None:
    """The loader checks each profile as it reads it (then langdetect's own
    loader is asked): a count that is no int (a float, a bool, a string)
    is refused; whole counts pass (negative)."""
    import json

    import pytest

    good = {"name": "xx", "freq": {"a": 3, "ab": 2, "abc": 1}, "n_words": [3, 2, 1]}
    (tmp_path / "xx").write_text(json.dumps(good), encoding="utf-8")
    assert language._load_profiles(str(tmp_path)).langlist == ["xx"]
    for bad in (2.0, True, "2"):
        (tmp_path / "xx").write_text(json.dumps({**good, "freq": {"a": 3, "ab": bad}}),
                                     encoding="utf-8")
        with pytest.raises(ValueError, match="unexpected profile xx"):
            language._load_profiles(str(tmp_path))


def test_expected_scores_and_divergences_as_the_profiles_give_them():
    # read from langdetect's profile files, summed plainly
    import json
    import math
    import os

    import langdetect

    directory = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    langs = language._factory().langlist
    weight = language._ALPHA / language._BASE_FREQ

    def probabilities(code: str) -> dict[str, float]:
        with open(os.path.join(directory, code), encoding="utf-8") as f:
            data = json.load(f)
        return {g: c / data["n_words"][len(g) - 1] for g, c in data["freq"].items()
                if 1 <= len(g) <= 3 and c}

    for a, b in [("es", "pt"), ("pt", "es"), ("da", "no"), ("en", "nl"), ("ru", "bg"), ("ko", "ja")]:
        p, q = probabilities(a), probabilities(b)
        expected = sum(v * math.log(weight + v) for v in p.values()) / 3
        divergence = sum(v * (math.log(weight + v) - math.log(weight + q.get(g, 0.0)))
                         for g, v in p.items()) / 3
        i, j = langs.index(a), langs.index(b)
        assert math.isclose(language._expected_score(i), expected, rel_tol=1e-9)
        assert math.isclose(language._divergence(i, j), divergence, rel_tol=1e-9)
    assert [language._own_script(langs.index(c)) for c in ("en", "ru", "el", "ko", "zh-cn")] == \
        ["LATIN", "CYRILLIC", "GREEK", "HANGUL", "CJK"]


def _word_texts() -> list[str]:
    """Words as the samples give them, and strings no sample gives as one
    word: apostrophes, digits, capitals in a row, several scripts."""
    rng = random.Random(41)
    words = [w for t in _texts() for w in language._WORD.findall(language._sample(t))]
    words += ["a", "A", "I", "Ab", "AB", "aB", "the", "The", "THE", "banana", "Mississippi",
              "NASA", "iPhone", "McDonald", "McDONALD", "x" * 40, "X" + "y" * 30,
              "don't", "O'Brien", "rock'n'roll", "it\u2019s", "B2B", "covid19", "1st", "_a_",
              "na\u00efve", "Z\u00fcrich", "\u00c9cole", "\u0130stanbul", "stra\u00dfe",
              "\u041c\u043e\u0441\u043a\u0432\u0430", "Moskva\u041c\u043e\u0441", "\u03b1\u03b2\u03b3",
              "\u4e2d\u6587", "abc\u4e2d", "\u0219i", "\ufb01le", "\u017ftop", "Vie\u0302\u0323t"]
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
              for _ in range(3000)]
    words += ["".join(rng.choice(letters.lower()) for _ in range(rng.randint(1, 14))).capitalize()
              for _ in range(2000)]
    words += ["".join(rng.choice(letters + "'\u2019019\u00e9\u0436\u4e2d\u00c6")
                      for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    return words


def test_word_scores_as_their_ngrams_sum():
    """A word's score, first seen (the ASCII words' n-grams found by C loops,
    the others' by :func:`cleaner.language._ngrams`), is the sum of the packed
    scores of the n-grams langdetect extracts, a character at a time, from
    the word followed by a space."""
    known = language._factory().word_lang_prob_map
    scores = language._WordScores()
    fast = 0
    for word in _word_texts():
        reference = language._ngrams_reference(word + " ", known)
        assert scores[word] == sum(map(language._gram_packed, reference)), word
        if word.isascii() and word.isalpha() and (len(word) == 1 or word[1:].islower()):
            fast += 1
            assert sorted(language._ascii_word_ngrams(word, known)) == sorted(reference), word
    assert fast > 3000  # (the path the fast n-grams take is taken)


def test_words_split_as_the_pattern_finds_them_for_every_character():
    """Every character that is no letter beyond ASCII (those the ASCII path
    reads: digits, marks, spaces of every kind, control characters, lone
    surrogates, the unassigned) between ASCII letters, and every letter
    beyond ASCII, splits or joins words as the word pattern does."""
    letters, others = [], []
    for code in range(0x110000):
        ch = chr(code)
        if code >= 0x80 and language._WORD.fullmatch(ch):
            letters.append(ch)
        else:
            others.append(ch)
    assert not any(ch.isspace() for ch in letters)  # (split() cuts at no letter)
    for chars in (others, letters):
        for start in range(0, len(chars), 2048):
            text = "a" + "ab".join(chars[start:start + 2048]) + "Zz"
            assert language._words(text) == language._WORD.findall(text), start
    assert language._NON_ASCII_LETTER.search("".join(letters[:10]))
    assert not language._NON_ASCII_LETTER.search("".join(others))


def test_words_of_texts_in_one_script_or_several():
    texts = ["", " ", "a", "\u2019", "don't stop", "it\u2019s 9am\u2014or 10", "x\ud800y z",
             "1st 2nd_3rd a_b", "\u201cQuoted\u201d \u2018words\u2019 \u2026 \u20ac5",
             "na\u00efve caf\u00e9 Z\u00fcrich", "\u041c\u043e\u0441\u043a\u0432\u0430 and Moscow",
             "\u4e2d\u6587abc \u65e5\u672c", "tab\there\nnew\x0bline\x1cfile\x1fsep\x85nel",
             "nbsp\u00a0here\u2028there\u3000wide\u200bzero", "A\u0301B", "\u00b2 \u00bd \u2160x"]
    for t in texts:
        assert language._words(t) == language._WORD.findall(t), t


def test_fields_packed_side_by_side():
    """The packed fields are the fields shifted by _BITS each, summed: those
    below 2 ** 32 (packed by one struct call) and the larger ones alike."""
    import struct

    rng = random.Random(43)
    edges = [0, 1, 2 ** 16, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 7, 2 ** 48 - 1]
    cases = [[], [0], [2 ** 32 - 1], [2 ** 32], edges, edges[::-1]]
    cases += [[rng.randrange(2 ** 20) for _ in range(56)] for _ in range(200)]
    cases += [[rng.randrange(2 ** rng.choice((8, 32, 33, 48))) for _ in range(rng.randint(1, 60))]
              for _ in range(500)]
    for fields in cases:
        expected = sum(f << (language._BITS * i) for i, f in enumerate(fields))
        assert language._pack_fields(fields) == expected, fields
    for fields in ([-1], [5, -1, 7], [2 ** 40, -3]):
        with pytest.raises(struct.error):
            language._pack_fields(fields)


@pytest.mark.parametrize("count", [2.0, 1e300, float("nan"), True, False, "3", None, [1], {}])
def test_a_profile_with_a_count_not_an_integer_is_refused(tmp_path, count):
    """The loader reads only what langdetect's profiles hold (counts that
    are integers): anything else raises, and langdetect's loader is asked."""
    import json

    good = {"name": "aa", "freq": {"a": 5, "ab": 2, "abc": 1}, "n_words": [5, 2, 1]}
    (tmp_path / "aa").write_text(json.dumps(good), encoding="utf-8")
    assert language._load_profiles(str(tmp_path)).langlist == ["aa"]
    bad = {"name": "bb", "freq": {"b": 5, "bc": count, "bcd": 1}, "n_words": [5, 2, 1]}
    (tmp_path / "bb").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="unexpected profile bb"):
        language._load_profiles(str(tmp_path))


def test_whole_counts_accepted_whatever_the_keys_spell(tmp_path):
    """The counts are checked by their sum, and their types one by one only
    where the text spells true or false: in a key (as an n-gram), with
    whole counts, it is no refusal (negative); the counts' sum is no limit."""
    import json

    for freq in ({"true": 5, "false": 2, "a": 1}, {"a": 2 ** 70, "b": 2 ** 70}, {}):
        profile = {"name": "aa", "freq": freq, "n_words": [5, 2, 1]}
        (tmp_path / "aa").write_text(json.dumps(profile), encoding="utf-8")
        loaded = language._load_profiles(str(tmp_path))
        assert loaded.langlist == ["aa"] and list(loaded.word_lang_prob_map) == list(freq)


def _unpack_by_shifts(total: int) -> tuple[list[float], int]:
    n_lang = len(language._factory().langlist)
    mask = (1 << language._BITS) - 1
    grams = (total >> (n_lang * language._BITS)) & mask
    if not grams:
        return [], 0
    bias = language._BIAS * grams
    return [(((total >> (i * language._BITS)) & mask) - bias) / language._SCALE / grams
            for i in range(n_lang)], grams


def _margin_by_shifts(total: int) -> float | None:
    n_lang = len(language._factory().langlist)
    mask = (1 << language._BITS) - 1
    grams = (total >> (n_lang * language._BITS)) & mask
    if not grams:
        return None
    bias = language._BIAS * grams
    scores = [((total >> (i * language._BITS)) & mask) - bias for i in range(n_lang)]
    en = language._factory().langlist.index("en")
    mine, scores[en] = scores[en], -math.inf
    return (mine - max(scores)) / language._SCALE / grams


def test_packed_sums_unpacked_as_shifts_read_them():
    """A packed sum's fields read from its bytes are those its shifts and
    masks give; the scores and English's margin made of them are the same
    floats (the margin, a difference of integers, exactly)."""
    rng = random.Random(47)
    n_lang = len(language._factory().langlist)
    bits = language._BITS
    totals = [0, 1, (1 << (bits * n_lang)) - 1, 1 << (bits * n_lang), 1 << (bits * (n_lang + 3))]
    totals += [sum(map(language._WORD_SCORES.__getitem__, language._WORD.findall(language._sample(t))))
               for t in _texts()]
    totals += [rng.getrandbits(bits * (n_lang + 1) + rng.randint(-200, 200)) for _ in range(300)]
    for total in totals:
        for n in (1, 2, 7, n_lang + 1):
            mask = (1 << bits) - 1
            assert language._unpack_fields(total, n) == [(total >> (bits * i)) & mask
                                                          for i in range(n)], (total, n)
        assert language._unpack(total) == _unpack_by_shifts(total), total
        assert language._unpack_margin(total) == _margin_by_shifts(total), total
