"""Decoding, atomic writes, unreadable paths, HTML to text, configuration."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import config
from cleaner.htmltext import html_to_text
from cleaner.io import (TMP_SUFFIX, AtomicWriter, BinaryInputError, Decoded, InputError,
                        check_regular, decode, decode_bytes, remove_stale_tmp, write_atomic,
                        write_if_changed, write_through)


# -- decoding ---------------------------------------------------------------

def test_utf8_is_utf8() -> None:
    assert decode_bytes("Kyiv’s café".encode()) == ("Kyiv’s café", "utf-8")


def test_utf8_bom_is_kept_for_the_pipeline_to_remove() -> None:
    assert decode(b"\xef\xbb\xbfHello") == "\ufeffHello"


def test_cp1252_is_accepted_and_named() -> None:
    text = "The café’s owner said “no” — twice."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_utf16_with_bom() -> None:
    assert decode_bytes("Kyiv said.".encode("utf-16")) == ("Kyiv said.", "utf-16")


def test_other_encodings_are_refused_not_guessed() -> None:
    # Russian in KOI8-R is valid Windows-1252 byte by byte, and would be
    # garbage: refuse rather than guess
    data = "Министр иностранных дел заявил в понедельник".encode("koi8_r")
    data.decode("cp1252")  # the trap: it *does* decode
    with pytest.raises(InputError, match="x.txt: not UTF-8.*encoding is unknown"):
        decode(data, "x.txt")


def test_refused_encoding_message_gives_counts_not_a_share_over_100_percent() -> None:
    """Non-ASCII symbols are not letters: their number over the letters'
    can pass 100% (KOI8-R text read as cp1252 gave '108% non-ASCII')."""
    data = b"Ab \xa9\xb0\xb1 \xa9\xb0\xb1 \xe9"   # 7 non-ASCII, 3 letters
    with pytest.raises(InputError) as exc:
        decode(data, "z.txt")
    message = str(exc.value)
    assert "7 non-ASCII characters for 3 letters" in message
    assert "%" not in message and "encoding is unknown" in message


def test_undefined_cp1252_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="not UTF-8 .* and not Windows-1252"):
        decode(b"abc \x81\x8d def", "y.txt")


def test_utf8_with_a_truncated_character_is_read_as_utf8_with_replacement() -> None:
    """A UTF-8 file with one multibyte character cut short (or a stray byte)
    is UTF-8, not Windows-1252: the bad bytes become U+FFFD (U007 reports
    them), the rest is read as it is, and where they were is said."""
    good = "The ferry’s captain said “all clear” at dawn, "
    data = good.encode() + b"\xe2\x80 and \xff\xfe left port."
    info = Decoded()
    text, enc = decode_bytes(data, "f.txt", info)
    assert enc == "utf-8"
    assert text == good + "\ufffd and \ufffd\ufffd left port."
    first = len(good.encode())
    assert info.replaced == [first, first + 7, first + 8]
    warning = info.warning("f.txt")
    assert warning.startswith(f"f.txt: not valid UTF-8 (the first bad byte at offset {first})")
    assert "3 invalid byte sequences replaced by U+FFFD" in warning


def test_utf8_that_windows_1252_cannot_read_keeps_its_text_around_a_bad_byte() -> None:
    # Cyrillic UTF-8 holds 0x81, which Windows-1252 lacks: one stray byte
    # refused the whole file
    data = "Совет депутатов собрался в среду".encode() + b" \xff" + " вечером.".encode()
    text, enc = decode_bytes(data)
    assert enc == "utf-8" and text == "Совет депутатов собрался в среду \ufffd вечером."


def test_a_windows_1252_letter_inside_a_word_of_utf8_text_is_that_letter() -> None:
    data = "Prices “rose” again, ".encode() + b"the caf\xe9s said."
    info = Decoded()
    assert decode_bytes(data, "c.txt", info) == ("Prices “rose” again, the cafés said.",
                                                  "utf-8")
    assert info.replaced == [] and len(info.as_cp1252) == 1
    assert "1 byte inside a word read as Windows-1252" in info.warning("c.txt")


def test_windows_1252_text_stays_windows_1252() -> None:
    """Negative: real Windows-1252 (accented letters, its own quotes, even a
    pair of bytes that happens to be valid UTF-8) is not read as UTF-8."""
    for text in ("The café’s owner said “no” — twice, and the naïve plan failed.",
                 "Die Straße war voll, sagte er. Ein Fuß“ stand draußen, und über Nacht.",
                 "A plain line with one accent: déjà vu."):
        info = Decoded()
        assert decode_bytes(text.encode("cp1252"), "w.txt", info) == (text, "cp1252")
        assert info.warning("w.txt") is None


def test_many_invalid_bytes_are_still_refused() -> None:
    """Negative: bytes in another encoding are not turned into a page of
    U+FFFD."""
    with pytest.raises(InputError, match="not UTF-8 .* and not Windows-1252"):
        decode(b"abc \x81\x8d def " * 20, "y.txt")


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.txt")


def test_binary_error_does_not_say_skipped() -> None:
    """Refusing is an error (exit 2); only a batch with --skip-binary skips."""
    with pytest.raises(InputError) as exc:
        decode(b"\x00\x01\x02", "img.txt")
    assert str(exc.value) == "img.txt: binary file (NUL bytes)"


@pytest.mark.parametrize("codec, order", [("utf-16-le", "little-endian"),
                                          ("utf-16-be", "big-endian")])
def test_utf16_without_a_bom_is_named_not_called_binary(codec: str, order: str) -> None:
    data = "Tram line opens\n\nThe first tram ran on Monday, and the next one…\n".encode(codec)
    with pytest.raises(InputError) as exc:
        decode(data, "t.txt")
    assert str(exc.value) == (f"t.txt: looks like UTF-16 ({order}) without a byte-order mark; "
                              "convert it to UTF-8 or add a BOM")
    assert not isinstance(exc.value, BinaryInputError)   # text: --skip-binary does not skip it
    # Cyrillic: the NULs are only the spaces' and the punctuation's
    with pytest.raises(InputError, match="looks like UTF-16"):
        decode("Трамвай пішов у понеділок, о сьомій ранку.".encode(codec), "u.txt")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4,
    bytes(range(64)) * 4,
    b"A text with one stray NUL\x00 in the middle of it, and nothing else odd.",
])
def test_binary_data_is_still_binary(data: bytes) -> None:
    """Negative: NULs at both byte positions, control characters, or a lone
    NUL in ASCII text are no UTF-16."""
    with pytest.raises(BinaryInputError, match="binary file"):
        decode(data, "b.bin")


# -- unreadable paths (the tests run as root: chmod does not stop reading) ---

def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        check_regular(fifo)


def test_broken_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        check_regular(link)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        check_regular(tmp_path)


# -- atomic writes ----------------------------------------------------------

def _tmp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def test_write_atomic_sets_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.txt"
    write_atomic(target, "hello\n", mode=0o640)
    assert target.read_bytes() == b"hello\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not _tmp_files(tmp_path)


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root may give a file to another user")
def test_a_replaced_file_is_synced_to_disk_a_new_one_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a crash must leave the old file or the new one, never an empty one:
    # the bytes reach the disk before a rename over a file. A new file has
    # nothing to lose, and an fsync a file cost as much as cleaning it.
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    target = tmp_path / "a.txt"
    write_atomic(target, "first\n")
    assert synced == []
    write_atomic(target, "second\n", in_place=True)
    assert len(synced) == 1
    write_atomic(target, "third\n")
    assert len(synced) == 2 and target.read_text() == "third\n"


def test_in_place_rewrite_keeps_the_owner_and_group(tmp_path: Path) -> None:
    """Root rewriting a user's file in place (a CI container on a bind
    mount) leaves it the user's; an output written elsewhere is root's."""
    target = tmp_path / "a.txt"
    target.write_text("old")
    os.chown(target, 65534, 65534)
    target.chmod(0o664)
    write_atomic(target, "new", in_place=True)
    st = target.stat()
    assert target.read_text() == "new"
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o664)
    write_atomic(target, "newer")
    assert target.stat().st_uid == 0


def test_in_place_rewrite_of_a_file_it_may_not_write_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rename needs only the directory's permission: an in-place
    rewrite asks for the file's own (simulated for root, who has it)."""
    import cleaner.io
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o444)
    if os.geteuid() == 0:
        monkeypatch.setattr(cleaner.io.os, "access", lambda *a, **kw: False)
    with pytest.raises(PermissionError) as exc:
        write_atomic(target, "new", in_place=True)
    assert exc.value.strerror == "Permission denied"
    assert target.read_text() == "old" and not _tmp_files(tmp_path)


def test_a_directory_it_may_not_write_is_named_as_what_refuses(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writable file in a directory this process may not write cannot be
    rewritten (the temporary file goes beside it), and the error said only
    `Permission denied` of the file, which `ls -l` shows writable. It names
    the directory and why (simulated for root, whom no directory refuses).
    Negative: a read-only file in a writable directory is still refused in
    its own name (test above)."""
    import tempfile

    d = tmp_path / "locked"
    d.mkdir()
    target = d / "a.txt"
    target.write_text("old")
    d.chmod(0o555)
    if os.geteuid() == 0:
        def refused(*a: object, **kw: object) -> None:
            raise PermissionError(13, "Permission denied", str(d / "tmpname"))
        monkeypatch.setattr(tempfile, "mkstemp", refused)
    try:
        for in_place in (True, False):
            with pytest.raises(PermissionError) as exc:
                write_atomic(target, "new", in_place=in_place)
            assert exc.value.strerror == (f"Permission denied: its directory {d} is not "
                                          "writable, and the file is written through a "
                                          "temporary file there")
            assert exc.value.filename == str(target)
        assert target.read_text() == "old"
    finally:
        d.chmod(0o755)
    assert not _tmp_files(d)


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with AtomicWriter(target) as fh:
            fh.write(b"half of the new")
            raise RuntimeError("killed")
    assert target.read_text() == "old\n"
    assert not _tmp_files(tmp_path)


def test_stale_temp_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".a.txt.{dead}.abc123{TMP_SUFFIX}"
    live = tmp_path / f".b.txt.{os.getppid()}.abc123{TMP_SUFFIX}"   # a live run's
    for p in (stale, live):
        p.write_text("half")
    assert remove_stale_tmp(tmp_path) == [stale]
    assert live.exists()


def test_write_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    real = tmp_path / "d" / "real.txt"
    real.parent.mkdir()
    real.write_text("old\n")
    (tmp_path / "link.txt").symlink_to(Path("d") / "real.txt")
    (tmp_path / "chain.txt").symlink_to("link.txt")
    assert write_through(real) == real
    assert write_through(tmp_path / "missing.txt") == tmp_path / "missing.txt"
    assert write_through(tmp_path / "chain.txt") == real.resolve()
    write_atomic(write_through(tmp_path / "chain.txt"), "new\n")
    assert (tmp_path / "chain.txt").is_symlink() and (tmp_path / "link.txt").is_symlink()
    assert real.read_text() == "new\n"


def test_atomic_write_never_replaces_a_fifo_or_device(tmp_path: Path) -> None:
    """A rename over a FIFO (or, as root, /dev/null) would turn it into a
    regular file: refused, the FIFO stays, no temporary file is left."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


def test_a_link_replaced_by_an_atomic_write_does_not_get_its_targets_mode(
        tmp_path: Path) -> None:
    """Negative of the above: a link named as the path is replaced by a new
    file (callers that mean the target pass write_through's path), whose
    mode is the default one, not the target's (a device's 0666)."""
    target = tmp_path / "t.txt"
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "l.txt"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert not link.is_symlink() and link.read_text() == "new"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(link.stat().st_mode) == 0o666 & ~mask
    assert target.read_text() == "old"


def test_atomic_rewrite_of_a_hard_link_splits_it(tmp_path: Path) -> None:
    """What the README says of --in-place on a hard link: the name rewritten
    gets a new file; the other names keep the old contents."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old\n")
    os.link(a, b)
    assert write_through(b) == b
    write_atomic(write_through(b), "new\n")
    assert b.read_text() == "new\n" and a.read_text() == "old\n"
    assert a.stat().st_nlink == 1 and b.stat().st_nlink == 1


def test_write_if_changed_skips_identical_bytes(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    assert write_if_changed(target, b"x\n")
    inode = target.stat().st_ino
    assert not write_if_changed(target, b"x\n")
    assert target.stat().st_ino == inode
    assert write_if_changed(target, b"y\n")


def test_atomic_writes_make_their_directories_only_when_missing(tmp_path: Path) -> None:
    # the directories are made when the temporary file finds none (not
    # asked of the file system before each file): every case still ends
    # as it did
    write_atomic(tmp_path / "a" / "b" / "c.txt", "x")          # two levels made
    write_atomic(tmp_path / "a" / "b" / "d.txt", "y")          # the directory is there
    assert sorted(p.name for p in (tmp_path / "a" / "b").iterdir()) == ["c.txt", "d.txt"]
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / "a" / "b", "z")
    (tmp_path / "f").write_text("a file")
    with pytest.raises(NotADirectoryError, match="is a file, not a directory"):
        write_atomic(tmp_path / "f" / "g" / "h.txt", "z")
    assert not _tmp_files(tmp_path)
    # the same bytes with another mode: the mode is set, the file not rewritten
    target = tmp_path / "a" / "b" / "c.txt"
    inode = target.stat().st_ino
    assert not write_if_changed(target, b"x", mode=0o600)
    assert target.stat().st_ino == inode and stat.S_IMODE(target.stat().st_mode) == 0o600
    # a directory where the output goes is no file holding its bytes
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(IsADirectoryError):
        write_if_changed(tmp_path / "dir.txt", b"")


# -- HTML -------------------------------------------------------------------

def test_html_to_text_paragraph_per_block() -> None:
    html = """<!DOCTYPE html><html><head><title>Kyiv &amp; the West</title>
    <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
    <body><h1>Kyiv &amp; the West</h1>
    <div>Intro line<p>First <a href="#">paragraph</a> &#8217;quoted&#8217;.<br>After break</p></div>
    <ul><li>one</li><li>two</li></ul><table><tr><td>cell a</td><td>cell b</td></tr></table>
    <noscript>enable js</noscript><template><p>tpl</p></template><svg><text>svg</text></svg>
    <!-- comment --><blockquote>Quoted words</blockquote></body></html>"""
    assert html_to_text(html).split("\n\n") == [
        "Kyiv & the West", "Kyiv & the West", "Intro line", "First paragraph ’quoted’.\nAfter break",
        "one", "two", "cell a | cell b", "Quoted words\n"]


def test_html_lines_broken_by_br_stay_in_their_paragraph() -> None:
    """A <br> is a new line of the same paragraph (the layout rules decide
    whether the lines are one sentence); two <br>s in a row, a blank line
    between them, end the paragraph."""
    assert html_to_text("<p>one,<br>two<br>\n three</p>") == "one,\ntwo\nthree\n"
    assert html_to_text("<div>Top<br><br>Bottom<br> <br></div>") == "Top\n\nBottom\n"
    assert html_to_text("<p><br>alone<br></p><p>next</p>") == "alone\n\nnext\n"
    # a cell of a data table stays on its row
    assert html_to_text("<table><tr><td>a<br>b</td><td>1</td></tr></table>") == "a b | 1\n"


_P1 = ("<p>The county council has agreed to reopen the swimming baths on Canal Street after "
       "a two-year closure, once repairs to the roof and the boilers are finished.</p>")
_P2 = ("<p>Work will begin in the spring, and the council expects the pool to welcome "
       "swimmers again before the end of next summer, a spokesman said.</p>")
_P3 = ("<p>Residents who campaigned for the reopening said they were delighted, but would "
       "keep a close eye on the cost of tickets once the doors open.</p>")


def _page(body: str) -> str:
    return f"<html><head><title>Baths to reopen</title></head><body>{body}</body></html>"


def test_html_boxes_and_forms_in_an_article_are_dropped() -> None:
    """An <aside> of related links between two paragraphs of the story, a
    newsletter <aside> and a sign-up form's field name stayed in the text."""
    related = ("<aside class='more'><h3>More</h3><ul><li><a href='/a'>Library hours cut "
               "again</a></li><li><a href='/b'>Park cafe changes hands</a></li></ul></aside>")
    promo = ("<aside><p>Our weekly letter brings the week's council news to your inbox.</p>"
             "<form><label for='e'>Your email</label><input id='e'><button>Go</button></form>"
             "</aside>")
    text = html_to_text(_page(f"<article><h1>Baths to reopen</h1>{_P1}{related}{_P2}{promo}"
                              "</article>"))
    assert "Library hours" not in text and "Park cafe" not in text
    assert "weekly letter" not in text and "Your email" not in text
    assert "swimming baths" in text and "next summer" in text
    # a form outside an article: its field names go, its text stays to the rules
    signup = ("<div><h4>Get our newsletter</h4><form><label>Email address</label>"
              "<input type='email'></form></div>")
    text = html_to_text(_page(f"<h1>Baths to reopen</h1>{_P1}{signup}{_P2}"))
    assert "Email address" not in text and "Get our newsletter" in text


def test_html_boxes_that_hold_the_story_or_text_stay() -> None:
    # a sidebar outside any article is the block rules' to judge
    side = "<aside><p>Opening hours of the leisure centre</p></aside>"
    assert "Opening hours" in html_to_text(_page(f"<article>{_P1}{_P2}</article>{side}"))
    # a page laid out in one form, an article in an aside: they are the story
    for wrap in ("<form action='/'>{}</form>", "<article><aside>{}</aside></article>"):
        text = html_to_text(_page(wrap.format(_P1 + _P2 + _P3)))
        assert "swimming baths" in text and "next summer" in text and "cost of tickets" in text
    # a <label> of no field is text (a date, a place)
    text = html_to_text(_page(f"<div><label>Canal Street</label> <label>12 March</label></div>{_P1}"))
    assert "Canal Street 12 March" in text


def test_html_teasers_of_other_stories_in_articles_of_their_own_are_dropped() -> None:
    teaser = ("<article class='card'><h2><a href='/x'>Ice rink plan goes to a vote</a></h2>"
              "<p>Councillors will decide next month.</p><a href='/x'>Read more</a></article>")
    text = html_to_text(_page(f"<main><article><h1>Baths to reopen</h1>{_P1}{_P2}</article>"
                              f"{teaser}</main>"))
    assert "Ice rink" not in text and "Councillors will decide" not in text
    assert "swimming baths" in text and "next summer" in text


def test_html_articles_that_are_not_teasers_stay() -> None:
    # entries of a live page, each an <article> with a heading of its own
    # (no link): all of them stay
    entries = "".join(f"<article><h2>Update {i}</h2>{p}</article>"
                      for i, p in enumerate((_P1, _P2, "<p>Short note.</p>")))
    text = html_to_text(_page(entries))
    assert "swimming baths" in text and "next summer" in text and "Short note." in text
    # a linked heading over as much prose as the main article: not a teaser
    twin = f"<article><h2><a href='/y'>Second story</a></h2>{_P2}{_P3}</article>"
    text = html_to_text(_page(f"<article><h1>Baths</h1>{_P1}</article>{twin}"))
    assert "Second story" in text and "cost of tickets" in text


def test_html_captions_keep_only_their_credit_and_pull_quotes_go() -> None:
    """A <figcaption> before the lead became the first paragraph; a pull
    quote repeated a sentence of the story."""
    figure = ("<figure><img src='p.jpg'><figcaption>The old pool in 1970. Swimmers queued "
              "round the block. Photograph: Sam Reed/Canal Archive</figcaption></figure>")
    quote = ("<p>A spokesman said: \u201cThe pool will be the heart of the town again. We "
             "are proud of it.\u201d</p>")
    pull = "<blockquote class='pullquote'><p>Heart of the town</p></blockquote>"
    dup = "<blockquote><p>\u201cThe pool will be the heart of the town again.\u201d</p></blockquote>"
    page = _page(f"<article><h1>Baths to reopen</h1>{figure}{_P1}{pull}{dup}{quote}</article>")
    text = html_to_text(page)
    assert "old pool" not in text and "queued" not in text
    assert "Photograph: Sam Reed/Canal Archive" in text
    assert "Heart of the town" not in text
    assert text.count("heart of the town again") == 1
    from cleaner import Pipeline, Settings
    from cleaner.model import Document
    doc = Pipeline(settings=Settings(assume_language="en")).run(
        Document(text, from_html=True))
    assert doc.metadata["photo_credit"] == "Sam Reed/Canal Archive"
    assert doc.text.split("\n\n")[1].startswith("The county council has agreed")


def test_html_quotations_and_captions_without_credit() -> None:
    # a quotation of its own (not repeated in a paragraph) stays; a caption
    # with no credit leaves nothing
    letter = "<blockquote><p>We ask the council to keep the baths for our children.</p></blockquote>"
    figure = "<figure><img src='p.jpg'><figcaption>The pool today.</figcaption></figure>"
    text = html_to_text(_page(f"<article>{figure}{_P1}{letter}{_P2}</article>"))
    assert "keep the baths for our children" in text and "The pool today" not in text


def test_html_share_controls_after_a_paragraph_are_lines_of_their_own() -> None:
    """A share link or button inside (or right after) the last paragraph's
    element stayed glued to its last line: "...said on Monday. Share"."""
    said = "<p>Work will begin in the spring, a spokesman said on Monday. {}</p>"
    for control in ('<a href="#" role="button">Share</a>',
                    '<span class="c-social__link">Share this</span>',
                    '<a class="twitter-share-button">Tweet</a>',
                    '<span aria-label="Share this article">Share</span>',
                    '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'):
        text = html_to_text(_page(f"<article>{_P1}{said.format(control)}</article>"))
        assert "said on Monday.\n\n" in text, control
    text = html_to_text(_page('<div>It closed on Friday.\u201d <a class="share">Share</a> '
                              '<a class="share">Tweet</a></div>'))
    assert text.endswith("It closed on Friday.\u201d\n\nShare\n\nTweet\n")
    # and the pipeline's line rules then take them
    from cleaner import Pipeline, Settings
    from cleaner.model import Document
    page = _page(f"<article><h1>Baths to reopen</h1>{_P1}"
                 f"{said.format('<a role=button>Share</a> <a class=share-tw>Tweet</a>')}</article>")
    doc = Pipeline(settings=Settings(assume_language="en")).run(
        Document(html_to_text(page), from_html=True))
    assert doc.text.endswith("a spokesman said on Monday.\n")


def test_html_share_words_in_prose_stay_in_their_sentence() -> None:
    # the word itself, in prose, is no control
    assert html_to_text("<p>Sales hurt the company's market share.</p>") == (
        "Sales hurt the company's market share.\n")
    assert html_to_text("<p>It rose. <a href='/news/market-share-falls'>Market share "
                        "falls</a> again.</p>") == "It rose. Market share falls again.\n"
    # a social link in mid-sentence stays in its sentence
    assert html_to_text("<p>Follow him on <a class='social-link' href='https://x.com/a'>"
                        "X</a> for news.</p>") == "Follow him on X for news.\n"
    # a long text in a share-named element is prose, not a control
    long = "<span class='share'>Read what the residents told us about the pool.</span>"
    assert html_to_text(f"<p>It opened. {long}</p>") == (
        "It opened. Read what the residents told us about the pool.\n")
    # a link with no share name, and a "shared" class, are not controls
    assert html_to_text("<p>It opened. <a href='/pool'>Pool</a> <span class='shared-x'>"
                        "Opening</span></p>") == "It opened. Pool Opening\n"


def test_html_a_share_named_link_with_text_after_it_is_no_control() -> None:
    """A link of a class that only holds a share word ("share-price",
    "social-care": a topic, a ticker) after a sentence was made a paragraph
    of its own, cutting the next sentence in three."""
    for p in ('<p>Markets were calm. <a class="ticker share-price">Acme</a> fell 5% '
              'after the results.</p>',
              '<p>He presented the budget. <a class="topic-link social-care">Social care'
              '</a> spending rose by a tenth.</p>',
              # a real control's name, but the sentence goes on after it
              '<p>Markets were calm. <a class="share-button">Acme</a> fell 5% after the '
              'results.</p>',
              '<p>Markets were calm. <span><a class="share">Acme</a></span> fell 5%.</p>'):
        text = html_to_text(p)
        assert "\n" not in text.rstrip("\n") and text.count(" ") >= 5, p
    # at the end of its paragraph a topic link is still no control
    assert html_to_text('<p>Markets were calm. <a class="share-price">Acme</a></p>') == (
        "Markets were calm. Acme\n")
    assert html_to_text('<p>It rose. <a title="Social care funding">Care</a></p>') == (
        "It rose. Care\n")


def test_html_share_controls_named_by_their_parts_end_a_paragraph() -> None:
    said = "<p>Work will begin in the spring, a spokesman said on Monday. {}</p>"
    for control in ('<a class="social-share">Share</a>',
                    '<a class="sharing-tools">Share</a>',
                    '<a id="shareButton">Share</a>',
                    '<a class="addthis_button">More</a>',
                    '<a title="Share on X">X</a>',
                    # other controls, icons and whitespace after it
                    '<a class="share">Share</a> <i class="icon"></i> <a class="share">Tweet</a>',
                    # inside an inline wrapper at the end of the paragraph
                    '<span><a class="share-link">Share</a></span> '):
        text = html_to_text(_page(f"<article>{_P1}{said.format(control)}</article>"))
        assert "said on Monday.\n\n" in text, control
    # the paragraph ends at a block after it
    text = html_to_text('<div>It closed. <a class="share-btn">Share</a><p>Next.</p></div>')
    assert text == "It closed.\n\nShare\n\nNext.\n"


def test_html_share_bar_separators_counters_and_breaks_end_a_paragraph() -> None:
    """After 4094914 a share bar with a separator, a counter or a <br> after
    the last sentence of its <p> was glued to it ("… on Monday. Share |
    Tweet", "… Share 12", "… Share"): they count as nothing after a
    control, and the bar is a line of its own again."""
    said = "<p>Work will begin in the spring, a spokesman said on Monday. {}</p>"
    for control in ('<a class="share-button">Share</a> <span>|</span> '
                    '<a class="share-button">Tweet</a>',
                    '<a class="share-button">Share</a> | <a class="share-button">Tweet</a>',
                    '<a class="share-button">Share</a> \u00b7 <a class="share-button">Tweet</a>',
                    '<a class="share-button">Share</a> <span class="count">12</span>',
                    '<a class="share-button">Share</a> <span class="count">1.2K</span>',
                    '<a class="share-button">Share</a><br><a class="share-button">Tweet</a>',
                    '<a class="share-button">Share</a><br>'):
        text = html_to_text(_page(f"<article>{_P1}{said.format(control)}</article>"))
        assert "said on Monday.\n\n" in text, control
        assert "Monday. Share" not in text, control
    # negatives: words or a figure with a unit after a control are its
    # sentence going on; "market share" prose and a share-price link stay
    for p in ('<p>Markets were calm. <a class="share-button">Acme</a> fell 5%.</p>',
              '<p>Markets were calm. <a class="share-button">Acme</a> | fell 5% today.</p>',
              '<p>Markets were calm. <a class="share-button">Acme</a> 5%</p>',
              '<p>Markets were calm. <a class="share-button">Acme</a><br>It fell 5%.</p>',
              '<p>Markets were calm. <a class="share-price">Acme</a> fell 5%.</p>',
              '<p>It rose. Market share grew to 12 | 14.</p>'):
        text = html_to_text(p)
        assert "\n\n" not in text, p
    assert html_to_text('<p>Markets were calm. <a class="share-price">Acme</a> | 12</p>') == (
        "Markets were calm. Acme | 12\n")


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_html_json_ld_gives_date_author_source_and_section() -> None:
    from cleaner.htmltext import html_document

    ld = _ld('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, '
             '{"@type": ["ReportageNewsArticle"], "datePublished": "2023-03-09T17:40:00+01:00", '
             '"author": [{"@type": "Person", "name": "Ada Pryce"}, {"name": "Tom Vale"}], '
             '"publisher": {"@type": "Organization", "name": "The Dale Gazette"}, '
             '"articleSection": ["Local", "Transport"]}]}')
    text, meta = html_document(f"<html><head>{ld}</head><body>{_P1}</body></html>")
    assert meta == {"date": "2023-03-09", "author": "Ada Pryce and Tom Vale",
                    "source": "The Dale Gazette", "section": "Local"}
    assert "schema.org" not in text and text.startswith("The county council")
    # a byline written with its outlet, "By" before it
    _, meta = html_document(_ld('[{"@type": "NewsArticle", "author": '
                                '{"name": "By Ada Pryce | The Dale Gazette"}}]'))
    assert meta == {"author": "Ada Pryce"}


@pytest.mark.parametrize("ld", [
    '{"@type": "NewsArticle", "datePublished": "2023-03-09", ',   # malformed JSON
    '{"@type": "Organization", "name": "The Dale Gazette", "datePublished": "2020-01-01"}',
    '{"@type": "BreadcrumbList", "itemListElement": []}',
    '{"@type": "NewsArticle", "datePublished": "9 March 2023", "author": {"name": "admin"}}',
    '"just a string"',
])
def test_html_json_ld_that_gives_nothing(ld: str) -> None:
    """Malformed JSON, objects that are not the story, a date not in ISO
    form and a site's account for an author give no metadata, silently."""
    from cleaner.htmltext import html_document

    text, meta = html_document(f"<html><head>{_ld(ld)}</head><body>{_P1}</body></html>")
    assert meta == {} and text.startswith("The county council")


def test_html_json_ld_reaches_the_documents_metadata(tmp_path: Path) -> None:
    from cleaner.batch import clean_paths

    ld = _ld('{"@type": "NewsArticle", "datePublished": "2023-03-09T08:00:00Z", '
             '"author": {"name": "Ada Pryce"}, "publisher": {"name": "Gazette"}, '
             '"articleSection": "Transport"}')
    body = f"<h1>Baths to reopen</h1>{_P1}{_P2}{_P3}"
    (tmp_path / "a.html").write_text(f"<html><head><title>Baths to reopen</title>{ld}</head>"
                                     f"<body>{body}</body></html>", encoding="utf-8")
    # the outlet the title names wins over the publisher's short name
    (tmp_path / "b.html").write_text(f"<html><head><title>Baths to reopen | The Dale Gazette"
                                     f"</title>{ld}</head><body>{body}</body></html>",
                                     encoding="utf-8")
    seen = {}
    clean_paths([str(tmp_path / "a.html"), str(tmp_path / "b.html")], tmp_path / "out",
                progress=False, log=lambda m: None,
                on_document=lambda r: seen.__setitem__(Path(r.display).name, r.metadata))
    assert {k: seen["a.html"][k] for k in ("date", "author", "source", "section")} == {
        "date": "2023-03-09", "author": "Ada Pryce", "source": "Gazette", "section": "Transport"}
    assert seen["b.html"]["source"] == "The Dale Gazette"
    assert seen["b.html"]["date"] == "2023-03-09"


def test_html_without_text() -> None:
    assert html_to_text("<html><script>x</script></html>") == ""


# -- configuration ----------------------------------------------------------

def _pyproject(d: Path, body: str) -> Path:
    p = d / "pyproject.toml"
    p.write_text(f"[project]\nname = 'x'\n\n[tool.cleaner]\n{body}\n", encoding="utf-8")
    return p


def test_nearest_pyproject_with_a_cleaner_table(tmp_path: Path) -> None:
    _pyproject(tmp_path, 'ignore = ["N"]')
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'other'\n")
    assert config.find_pyproject(inner) == tmp_path / "pyproject.toml"
    assert config.discover(cwd=inner).get("ignore") == ["N"]


def test_config_paths_are_relative_to_the_pyproject(tmp_path: Path) -> None:
    (tmp_path / "names.toml").write_text("")
    (tmp_path / "rep.txt").write_text("Subscribe now\n")
    p = _pyproject(tmp_path, 'name-files = ["names.toml"]\nrepeated-lines-file = "rep.txt"')
    cfg = config.load(p)
    assert cfg.get("name-files") == [str(tmp_path / "names.toml")]
    assert cfg.get("repeated-lines-file") == str(tmp_path / "rep.txt")
    from cleaner.corpus import line_digest
    assert config.read_repeated_lines(cfg.get("repeated-lines-file")) == {
        line_digest("Subscribe now")}


@pytest.mark.parametrize("body, message", [
    ('colour = "red"', "colour: unknown key"),
    ('select = "B0,ZZ9"', "select: unknown rule code or prefix 'ZZ9'"),
    ("languages = 3", "languages: expected a list of strings"),
    ('name-files = ["missing.toml"]', "name-files: no such file"),
    ("min-kept-ratio = 2", "min-kept-ratio: expected a number between 0 and 1"),
    ("select = [", "invalid TOML"),
])
def test_bad_config_names_the_file_and_the_key(tmp_path: Path, body: str,
                                               message: str) -> None:
    p = _pyproject(tmp_path, body)
    with pytest.raises(config.ConfigError) as exc:
        config.load(p)
    assert str(p) in str(exc.value)
    assert message in str(exc.value)


@pytest.mark.parametrize("key, meant", [
    ("language", "languages"),          # the flag is --language (or --languages)
    ("extend_ignore", "extend-ignore"),  # black's keys take either spelling
    ("ignores", "ignore"),
])
def test_an_unknown_config_key_names_the_one_meant(tmp_path: Path, key: str,
                                                   meant: str) -> None:
    """`language = ["en", "fr"]`, written after the flag --language, was
    "unknown key (known: …)" with twenty keys to read through; the key
    meant now comes first. Negative: a key like none of them gets no
    guess, and the known keys are still listed."""
    with pytest.raises(config.ConfigError, match=rf"{key}: unknown key \(did you mean "
                       rf"'{meant}'\? known: assume-language, "):
        config.load(_pyproject(tmp_path, f'{key} = ["en"]'))
    with pytest.raises(config.ConfigError) as exc:
        config.load(_pyproject(tmp_path, 'colour = "red"'))
    assert "did you mean" not in str(exc.value) and "known: assume-language, " in str(exc.value)


def test_interrupts_wait_for_the_rename(tmp_path: Path) -> None:
    from cleaner.io import deferred_interrupts

    # Python's own Ctrl-C handler, as in a terminal: a shell that starts the
    # tests in the background has them ignore SIGINT
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    target = tmp_path / "a.txt"
    try:
        with pytest.raises(KeyboardInterrupt):
            with deferred_interrupts():
                os.kill(os.getpid(), signal.SIGINT)   # Ctrl-C in the middle of a write
                write_atomic(target, "whole\n")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert target.read_text() == "whole\n"
    assert not _tmp_files(tmp_path)


def test_nested_deferral_delivers_once_after_the_outer_block(tmp_path: Path) -> None:
    # a write inside a held block (write_atomic holds, and so do the
    # writer's open and commit) installs no handlers of its own: the signal
    # waits for the outermost block, and comes once
    from cleaner.io import deferred_interrupts

    seen: list[str] = []

    def handler(*_: object) -> None:
        seen.append("int")

    previous = signal.signal(signal.SIGINT, handler)
    try:
        with deferred_interrupts():
            with deferred_interrupts():
                os.kill(os.getpid(), signal.SIGINT)
                write_atomic(tmp_path / "a.txt", "whole\n")
            assert seen == []
            assert signal.getsignal(signal.SIGINT) is not handler   # still held
        assert seen == ["int"]
        assert signal.getsignal(signal.SIGINT) is handler
    finally:
        signal.signal(signal.SIGINT, previous)
