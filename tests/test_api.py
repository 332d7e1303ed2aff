"""The Python API as other pipelines use it: records in and out, clear errors
for what it cannot clean, settings checked when they are made."""
from __future__ import annotations

import json
import pickle

import pytest
from click.testing import CliRunner

from cleaner import Document, Pipeline, Settings, clean
from cleaner.cli import cli
from cleaner.pipeline import SettingsError

STORY = "Kiev said on Monday that the talks would go on.\n"


def test_a_record_comes_back_with_its_text_cleaned_and_its_fields_kept():
    pipeline = Pipeline.default()
    record = {"id": "a", "text": STORY, "url": "https://example.org/a", "n": 3}
    out = pipeline(record)  # what datasets.map calls
    assert out == {**record, "text": "Kyiv said on Monday that the talks would go on.\n"}
    assert record["text"] == STORY  # the caller's record is not changed
    # picklable, as a map function must be
    assert pickle.loads(pickle.dumps(pipeline))(record) == out


def test_clean_record_with_metadata_and_changes():
    out = Pipeline.default().clean_record(
        {"body": "Kiev said it.\n\nPhoto: Getty Images\n", "key": "k1",
         "metadata": {"source": "feed"}},
        text_key="body", id_key="key", with_metadata=True, with_changes=True)
    assert out["body"] == "Kyiv said it.\n"
    assert out["metadata"]["source"] == "feed"
    assert out["metadata"]["photo_credit"] == "Getty Images"
    assert {c["code"] for c in out["changes"]} >= {"N001", "M003"}
    assert out["reports"] == []


@pytest.mark.parametrize("bad, words", [(b"Kiev said it.", "not bytes: decode bytes first"),
                                        (None, "not NoneType"), (12, "not int")])
def test_what_is_not_text_is_a_type_error_that_says_so(bad, words):
    with pytest.raises(TypeError, match=words):
        clean(bad)
    with pytest.raises(TypeError, match=words):
        Pipeline.default().run(bad)


def test_an_unknown_setting_names_the_one_meant_and_the_settings_there_are():
    """`clean(text, language="fr")` — the command line's --language — said
    `Settings.__init__() got an unexpected keyword argument 'language'`: a
    class the caller never named, and not the setting meant. Negative: the
    right keyword cleans, a bad value is still a SettingsError, and a word
    like no setting gets the list without a guess."""
    for call in (lambda **kw: clean(STORY, **kw), lambda **kw: Pipeline.default(**kw),
                 lambda **kw: Pipeline(**kw)):
        with pytest.raises(TypeError, match=r"^unknown setting 'language' \(did you mean "
                                            r"'languages'\?\); the settings are select, "
                                            r"ignore, languages, "):
            call(language=("en",))
        with pytest.raises(TypeError) as exc:
            call(colour="red")
        assert "did you mean" not in str(exc.value) and "unsafe_fixes" in str(exc.value)
    assert clean(STORY, languages=("en",)) == clean(STORY)
    with pytest.raises(SettingsError):
        clean(STORY, languages=("xx",))


def test_settings_with_an_unknown_keyword_names_the_one_meant():
    """`Settings().with_(language=...)` raised dataclasses' bare `TypeError`
    (`__init__() got an unexpected keyword argument`) where `clean(text,
    language=...)` names the setting meant: it says the same. Negative: a
    known keyword still gives the changed settings, the original untouched."""
    base = Settings()
    with pytest.raises(TypeError, match=r"^unknown setting 'language' \(did you mean "
                                        r"'languages'\?\); the settings are select, "):
        base.with_(language=("en",))
    changed = base.with_(languages=("fr",))
    assert changed.languages == ("fr",) and base.languages != ("fr",)


def test_a_record_without_a_text_field_is_a_type_error():
    """The message the CLI gives for such a JSONL line: the string fields
    the record has (review12 U11: it said 'not NoneType' of a missing field)."""
    with pytest.raises(TypeError, match=r"^record has no string field 'text'; its string "
                                        r"fields: id, body \(text_key= names the field to "
                                        r"clean\)$"):
        Pipeline.default()({"id": "a", "body": STORY})
    with pytest.raises(TypeError, match=r"^record has no string field 'text' \(it is a "
                                        r"number\); the record has no other string field$"):
        Pipeline.default().clean_record({"text": 3})
    # negative: a record with the field named by text_key is cleaned
    assert Pipeline.default().clean_record({"id": "a", "body": STORY},
                                           text_key="body")["body"] != STORY


@pytest.mark.parametrize("record, message", [
    ([1, 2, 3], r"^clean_record takes a record \(a mapping with a 'text' field\), not list$"),
    (None, r"^clean_record takes a record \(a mapping with a 'text' field\), not NoneType$"),
    ("A text.", r"^clean_record takes a record .*, not str: Pipeline\.run \(or clean\) "
                r"cleans a text$"),
])
def test_clean_record_given_no_record_is_a_type_error(record, message):
    """A generator of json.loads(line) hands clean_record whatever a line
    held — an array, null, a string: a TypeError that says what it takes,
    not an AttributeError ('list' object has no attribute 'get')."""
    with pytest.raises(TypeError, match=message):
        Pipeline.default().clean_record(record)
    # negative: a mapping of another type than dict is a record, cleaned
    from types import MappingProxyType
    out = Pipeline.default().clean_record(MappingProxyType({"id": "a", "text": STORY}))
    assert out["text"] == "Kyiv said on Monday that the talks would go on.\n"


def test_a_batch_of_records_says_it_is_one():
    """datasets.map(pipeline, batched=True) hands over a dict of columns
    ({"text": [...], "id": [...]}): the error says it is a batch and that a
    Pipeline cleans one record at a time, rather than "the record has no
    other string field". Negative: a list that is no column of texts, and a
    record cleaned one at a time."""
    batch = {"id": ["a", "b"], "text": [STORY, STORY]}
    with pytest.raises(TypeError, match=r"^record has no string field 'text' \(it is a list "
                                        r"of 2 strings: a batch of records, as datasets\.map"
                                        r"\(\.\.\., batched=True\) passes; .* without "
                                        r"batched=True\)$"):
        Pipeline.default()(batch)
    with pytest.raises(TypeError, match=r"\(it is a list\); the record has no other string"):
        Pipeline.default()({"text": [1, 2]})
    one = {"id": "a", "text": STORY}
    assert Pipeline.default()(one)["text"] == "Kyiv said on Monday that the talks would go on.\n"

def test_a_dask_bag_record_without_a_text_field_says_which_fields_it_has():
    from cleaner.scale import _record_cleaner

    f = _record_cleaner(Pipeline.default(), "text", "id", False)
    with pytest.raises(TypeError, match="no string field 'text'; its string fields: body"):
        f({"id": 2, "body": "x"})


@pytest.mark.parametrize("kw, message", [
    ({"select": ("Z9",)}, "select: unknown rule code or prefix 'Z9'"),
    ({"ignore": ("B0", "X")}, "ignore: unknown rule code or prefix 'X'"),
    ({"select": "B"}, r"select: a sequence of strings, not the string 'B' \(select=\('B',\)\)"),
    ({"ignore": "N, T001"},   # written as --ignore takes it: the tuple meant is said
     r"ignore: a sequence of strings, not the string 'N, T001' \(ignore=\('N', 'T001'\)\)"),
    ({"languages": ("en", "zz")}, "unknown language code 'zz'"),
    ({"assume_language": "xx"}, "unknown language code 'xx'"),
    ({"other_languages": "drop"}, "other_languages: 'clean' or 'keep'"),
    ({"min_kept_ratio": 2.0}, "min_kept_ratio: between 0 and 1"),
    ({"name_style": "nyt"}, "name_style: unknown house style 'nyt'"),
    ({"name_files": ("missing.toml",)}, "name_files: no such file 'missing.toml'"),
    ({"name_files": "names.toml"}, "name_files: a sequence of strings, not the string"),
])
def test_bad_settings_are_refused_when_made(kw, message):
    with pytest.raises(SettingsError, match=message):
        Settings(**kw)
    with pytest.raises(ValueError, match=message):
        Pipeline.default(**kw)


def test_good_settings_are_accepted():
    s = Settings(select=["B", "T001", "ALL"], ignore=["B110"], languages=["en", "zh-cn", "uk"],
                 assume_language="de")
    assert s.select == ("B", "T001", "ALL") and s.languages == ("en", "zh-cn", "uk")
    assert Settings(languages=()).languages == ()


def test_settings_and_settings_keywords_together_are_refused():
    """Pipeline(settings=s, ignore=("B",)) used s and dropped ignore= without
    a word, so the rules meant to be off ran. Negative: either alone works,
    and Settings.with_ (which the error names) combines them."""
    settings = Settings(ignore=("N",))
    with pytest.raises(TypeError, match=r"settings= or settings keywords \(ignore\), not both"):
        Pipeline(settings=settings, ignore=("N", "L"))
    assert Pipeline(settings=settings).run(STORY).text == STORY
    assert Pipeline(ignore=("N",)).run(STORY).text == STORY
    assert Pipeline(settings=settings).run("Kiev said it.\nShare\n").text == "Kiev said it.\n"
    both = Pipeline(settings=settings.with_(ignore=("N", "B")))   # the share line stays
    assert both.run("Kiev said it.\nShare\n").text == "Kiev said it.\n\nShare\n"
    assert Pipeline.default.__doc__ and "Settings" in Pipeline.default.__doc__


def test_a_pipeline_takes_its_settings_as_clean_bag_takes_them():
    """`clean_bag(bag, Settings(...))` takes the settings first, so a user
    wrote `Pipeline(Settings(ignore=("N",)))` and got "'Settings' object is
    not iterable" from deep in the sort of the rules; now it is the
    pipeline of those settings. A code where a rule belongs
    (`Pipeline(["B002"])`) said "'str' object has no attribute 'stage'";
    now a TypeError says what rules= takes. Negative: settings given twice
    are refused, and rules= of Rule instances still runs them alone."""
    from cleaner.rules.boilerplate import PageChrome
    settings = Settings(ignore=("N",))
    assert Pipeline(settings).settings == settings
    assert Pipeline(settings).run(STORY).text == Pipeline(settings=settings).run(STORY).text \
        == STORY
    with pytest.raises(TypeError, match=r"give the settings once"):
        Pipeline(settings, settings=settings)
    with pytest.raises(TypeError, match=r"settings= or settings keywords"):
        Pipeline(settings, ignore=("B",))
    for bad in (["B002"], "B002", [PageChrome]):
        with pytest.raises(TypeError, match=r"rules= takes Rule instances .*select="):
            Pipeline(bad)
    assert [r.code for r in Pipeline((PageChrome(),)).rules] == ["B002"]


def test_rules_and_a_choice_of_built_in_rules_together_are_refused():
    """Pipeline(rules=[...], ignore=...) ran the rules given and dropped
    ignore= without a word. Negative: rules= with other settings keywords
    (a language) works, and so does select= alone."""
    from cleaner.rules.boilerplate import PageChrome
    with pytest.raises(TypeError, match=r"rules= or select=/ignore=, not both"):
        Pipeline([PageChrome()], ignore=("B002",))
    with pytest.raises(TypeError, match=r"rules= or select=/ignore=, not both"):
        Pipeline(rules=[PageChrome()], select=("B",))
    with pytest.raises(TypeError, match=r"rules= or select=/ignore=, not both"):
        Pipeline(rules=[PageChrome()], settings=Settings(ignore=("T",)))
    only = Pipeline([PageChrome()], languages=("en",))
    assert [r.code for r in only.rules] == ["B002"]
    assert only.run("Kiev said it.\nShare\n").text == "Kiev said it.\n"
    assert Pipeline(select=("B002",)).run("Kiev said it.\nShare\n").text == "Kiev said it.\n"

def test_the_cli_refuses_an_unknown_language_with_exit_2(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(f), "--assume-language", "zz"])
    assert r.exit_code == 2
    assert "unknown language code 'zz'" in r.output
    assert f.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize("text", ["Share\n", "Advertisement\n\n3 min read\n"])
def test_a_document_cleaned_to_nothing_is_reported_whatever_its_size(text):
    doc = Pipeline.default().run(text)
    assert doc.text == ""
    assert [r.code for r in doc.reports] == ["Q001"]
    assert "cleaning kept 0 of" in doc.reports[0].message
    assert "B002" in doc.reports[0].message


def test_a_short_document_that_keeps_its_words_is_not_reported():
    doc = Pipeline.default().run("Share\n\nKiev said it.\n")
    assert doc.text == "Kiev said it.\n".replace("Kiev", "Kyiv")
    assert doc.reports == []
    assert Pipeline.default().run("").reports == []  # nothing to lose


@pytest.mark.parametrize("text, cleaned", [
    ("Kiev said it.", "Kyiv said it."),                  # no final newline: none added
    ("Kiev said it.\n", "Kyiv said it.\n"),              # one: kept
    ("Kiev said it.\n\n\n", "Kyiv said it.\n"),          # blank lines at the end: gone
    ("Kiev said it.  \n\n", "Kyiv said it.\n"),
    ("Share\n\nKiev said it.", "Kyiv said it."),
])
def test_a_record_keeps_the_ending_it_came_with(text, cleaned):
    pipeline = Pipeline.default()
    assert pipeline({"text": text})["text"] == cleaned
    # a file ends with exactly one newline
    assert pipeline.run(text).text == cleaned.rstrip("\n") + "\n"


def test_a_clean_record_without_a_final_newline_is_not_changed():
    doc = Pipeline.default().run(Document("Kyiv said it.", record=True))
    assert doc.text == "Kyiv said it." and doc.changes == [] and doc.reports == []


def test_clean_record_never_overwrites_a_records_own_fields():
    """As the CLI's --format jsonl: the record's own 'changes' stay, with a
    warning; a record without them gets the pipeline's."""
    own = [{"by": "desk"}]
    with pytest.warns(UserWarning, match="record r1: the record has its own 'changes': "
                                         "left as it is, with_changes does not overwrite"):
        out = Pipeline.default().clean_record(
            {"id": "r1", "text": "Kiev said it.\n", "changes": own}, with_changes=True)
    assert out["changes"] == own and out["text"] == "Kyiv said it.\n"
    assert [r for r in out["reports"]] == []
    out = Pipeline.default().clean_record({"id": "r2", "text": "Kiev said it.\n"},
                                          with_changes=True)
    assert [c["code"] for c in out["changes"]] == ["N001"]


def test_clean_record_metadata_as_a_json_string_or_no_object():
    """A metadata string holding a JSON object comes back as such a string
    with the pipeline's fields; a list stays as it is, with a warning."""
    out = Pipeline.default().clean_record(
        {"text": "Kiev said it.\n", "metadata": '{"crawl": 3}'}, with_metadata=True)
    meta = json.loads(out["metadata"])
    assert meta["crawl"] == 3 and meta["language"] == "en"
    with pytest.warns(UserWarning, match="'metadata' is a list, not an object"):
        out = Pipeline.default().clean_record(
            {"text": "Kiev said it.\n", "metadata": ["a"]}, with_metadata=True)
    assert out["metadata"] == ["a"] and out["text"] == "Kyiv said it.\n"
    # negative: without with_metadata the field is not touched at all
    rec = {"text": "Kiev said it.\n", "metadata": '{"crawl": 3}'}
    assert Pipeline.default().clean_record(rec)["metadata"] == '{"crawl": 3}'

def test_clean_docstring_names_every_setting():
    """`help(clean)` lists the keywords it takes: every field of Settings
    (review 16 U18: it gave one line)."""
    import dataclasses
    from cleaner import Settings, clean
    for field in dataclasses.fields(Settings):
        assert f"``{field.name}``" in clean.__doc__, field.name


def test_the_package_says_it_is_typed():
    """The API is annotated; without a py.typed marker (PEP 561) mypy in a
    caller's pipeline skips cleaner ("missing library stubs or py.typed
    marker") and every type from it is Any. The marker is in the package and
    in the files a wheel ships."""
    import importlib.resources
    from pathlib import Path

    assert importlib.resources.files("cleaner").joinpath("py.typed").is_file()
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    package_data = pyproject.split("[tool.setuptools.package-data]")[1].split("\n[")[0]
    assert '"py.typed"' in package_data


def test_findings_edits_changes_and_reports_stay_frozen_dataclasses():
    # (made quicker to make by model.frozen: the dataclass in all else)
    import dataclasses
    import inspect

    from cleaner.blocks import BlockVerdict
    from cleaner.model import Change, Edit, Finding, Report

    f = Finding("B101", "short", 3, 9, Edit(3, 9, ""))
    assert (f.code, f.message, f.start, f.end, f.fix, f.metadata, f.safe) == \
        ("B101", "short", 3, 9, Edit(3, 9, ""), None, True)
    assert f == Finding("B101", "short", 3, 9, Edit(3, 9, "")) and hash(f) == hash(Finding(
        "B101", "short", 3, 9, Edit(3, 9, "")))
    assert f != Finding("B102", "short", 3, 9, Edit(3, 9, ""))
    assert dataclasses.replace(f, code="B105").code == "B105"
    assert pickle.loads(pickle.dumps(f)) == f
    assert Finding(code="T001", message="m", start=1, end=2, safe=False).safe is False
    for cls, made in ((Finding, f), (Edit, Edit(1, 2)), (BlockVerdict, BlockVerdict(True, "", "")),
                      (Change, Change("B101", "n", "m", 1, 1, 0, "x", "")),
                      (Report, Report("Q001", "n", "m", 1, 1, 0, ""))):
        assert list(inspect.signature(cls).parameters) == [x.name for x in dataclasses.fields(cls)]
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 0
    with pytest.raises(TypeError):
        Finding("B101", "short", 3)  # (a field without a default is asked for)


def test_frozen_makes_the_dataclass_init_or_refuses():
    """model.frozen writes its own __init__: for a class whose dataclass
    __init__ does more than set each field in order (a __post_init__, a
    field out of __init__ or keyword-only, an InitVar) it refuses, and a
    field may be called anything (``d``, ``self``) without taking the
    place of what its __init__ uses."""
    import dataclasses

    from cleaner.model import frozen

    @frozen
    class Odd:
        d: int
        self: str = "s"

    assert (Odd(4).d, Odd(4).self, Odd(4, "t").self) == (4, "s", "t")

    class WithPost:
        a: int

        def __post_init__(self) -> None:
            raise AssertionError

    class OutOfInit:
        a: int
        b: int = dataclasses.field(default=0, init=False)

    class KeywordOnly:
        a: int
        b: int = dataclasses.field(default=0, kw_only=True)

    # (its annotations objects: a string one is taken for an InitVar only
    # where the module has dataclasses as a global)
    WithInitVar = type("WithInitVar", (), {
        "__annotations__": {"a": int, "b": dataclasses.InitVar[int]}, "b": 0})

    for cls in (WithPost, OutOfInit, KeywordOnly, WithInitVar):
        with pytest.raises(TypeError):
            frozen(cls)


def test_over_cleaned_counts_each_rules_words_change_by_change():
    # (Q001 counts the words of a rule's changes in one text of them all:
    # two changes that end and start with a word are two words, not one)
    from cleaner.model import Change

    changes = [Change("B002", "n", "m", 1, 1, 0, "Share", ""),
               Change("T001", "n", "m", 1, 1, 6, "x", ""),
               Change("B002", "n", "m", 1, 1, 8, "Tweet", ""),
               Change("B002", "n", "m", 1, 1, 14, "Read more\n", "")]
    doc = Document("Share x Tweet Read more\n", changes=changes)
    Pipeline.default()._guard(doc, doc.text, "")
    assert [r.message for r in doc.reports] == [
        "cleaning kept 0 of 5 words; words removed by rule: B002 4, T001 1"]


_PAGE = ("<!DOCTYPE html><html><head><title>Council approves new ferry route</title>"
         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
         '"2024-05-02T08:00:00Z", "author": {"name": "Ann Lee"}}</script></head><body>'
         "<nav>Home | News | Sport</nav><h1>Council approves new ferry route</h1>"
         "<p>The council voted on Tuesday to approve a new ferry route across the estuary, "
         "after months of debate over its cost.</p>"
         "<p>Officials said the service would begin in the spring.</p></body></html>")


def test_run_html_cleans_the_text_of_a_page_as_the_cli_does(tmp_path):
    """A developer with pages in hand: run_html extracts the text and the
    markup's metadata, as `cleaner clean page.html -o DIR` does (the same
    text), where run/clean kept '<!DOCTYPE html><html><head>…' as text."""
    import warnings

    from cleaner.batch import clean_paths

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = Pipeline.default().run_html(_PAGE, id="p1")
    assert doc.text.startswith("Council approves new ferry route\n\nThe council voted")
    assert "<" not in doc.text and doc.id == "p1"
    assert doc.metadata["date"] == "2024-05-02" and doc.metadata["author"] == "Ann Lee"
    (tmp_path / "page.html").write_text(_PAGE)
    clean_paths([str(tmp_path / "page.html")], tmp_path / "out", log=lambda m: None)
    assert (tmp_path / "out" / "page.txt").read_text() == doc.text


def test_a_page_given_to_clean_as_text_is_said_in_a_warning():
    """clean(page) and run(page) clean it as text, its tags kept: a
    UserWarning says so, and names the caller's line. Negative: a text that
    starts with a stray tag, or mentions <html>, and a text, warn nothing."""
    import warnings

    with pytest.warns(UserWarning, match=r"this is an HTML page.*Pipeline\.run_html") as w:
        clean(_PAGE)
    assert w[0].filename == __file__
    with pytest.warns(UserWarning, match="this is an HTML page") as w:
        Pipeline.default().run("\n  <html><body><p>Hello there.</p></body></html>")
    assert w[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert clean("<p>A stray paragraph tag, in a text.</p>\n") == (
            "A stray paragraph tag, in a text.\n")
        clean("Use <html> and <body> tags, the guide says.\n")
        clean(STORY)
