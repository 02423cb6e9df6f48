#!/usr/bin/env python3
# /// script
# requires-python = ">=3.8"
# dependencies = []
# ///
"""Show the article in a saved web page, without the page around it.

Reads the text of a news page as it was saved (select-all-copy, lynx -dump,
a scraper) and prints the headline, the standfirst and the body paragraphs,
with the menus, banners, share buttons, related links and footers gone:

    show_article.py saved-page.txt | less
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Iterator, Sequence

__version__ = "1.0.0"

# -- Constants ---------------------------------------------------------------

#
# Every threshold below was set on the development corpus of saved news pages
# (../shared/corpus/dev, scored with ../shared/eval/score.py); the comment
# says what it separates. Word lists are written as text, a word or phrase
# to a line: a string costs the compiler, which runs at every start, one token.


def phrases(text: str) -> tuple[str, ...]:
    """The lines of text, stripped, without blank ones: a list of phrases,
    shortest first (so that a search can stop at the text's length)."""
    return tuple(sorted(filter(None, map(str.strip, text.split("\n"))), key=len))


def word_set(text: str) -> frozenset[str]:
    """The words of text as a set: a word list written as running text."""
    return frozenset(text.split())


# A block shorter than this (in characters, CJK counted double) is never
# prose on its own merit: menu items, buttons, bylines, captions.
LENGTH_LOW = 70
# A block this long with enough stopwords is prose wherever it stands.
LENGTH_HIGH = 140
# Share of stopwords in running prose (any language in STOPWORDS) against
# menus and lists of names, which have almost none.
STOPWORDS_LOW = 0.15
STOPWORDS_HIGH = 0.30
# Lines in hard-wrapped text are joined when the next word would not have
# fitted on the line, within this share of the wrap width.
WRAP_SLACK = 0.80
# Text is hard-wrapped when almost no line is longer than this.
WRAP_WIDTH_MAX = 100
# How far before the article's first paragraph the headline may stand, and
# the score past which a candidate has more than its shape and place for it
# (a copy in the window title or a breadcrumb, a lynx heading).
HEADLINE_REACH = 40
HEADLINE_SURE = 3.0
# The words of a headline that says something, unlike a name or a label,
# and the characters past which it reads as a lead paragraph instead (the
# longest headline of the corpus has 121).
HEADLINE_WORDS = 6
HEADLINE_CHARS = 130
# How close under a headline its byline or date stands, and how close under
# a first line that is a headline the article may begin for it to be one.
BYLINE_REACH = 3
LEAD_GAP = 2
# A copy of the window title past the first paragraph is the headline when
# prose fills two of the blocks this close after it.
COPY_FOLLOWED = 5
# How much longer than the window title a copy of it may be.
COPY_LENGTH = 1.5
# A site's name, cut from a window title ("Headline - The Daily Example").
SITE_NAME_WORDS = 4
# The separators a site's name may come before the headline with
# ("Gazette | Headline"); a dash there is the headline's own.
SITE_FIRST = (" | ", " :: ")
# A standfirst is a short lead in one or two sentences.
STANDFIRST_MAX = 320
# Characters of a block that its features are measured on: far more than
# any paragraph, few enough that a one-paragraph flood is not split whole.
FEATURE_SAMPLE = 20000
# Blocks up to this length are weighed once however often a page repeats
# them (menu items, "Share"), and short ones kept in memory once, for as
# many different ones as REPEATS_KEPT: a page of unique lines gains nothing.
REPEAT_LENGTH = 80
REPEATS_KEPT = 4096
# Symlinks followed from the script to the directory of its article.txt
# (as many as the kernel follows).
SYMLINK_HOPS = 40
# The terminal width past which lines stop being comfortable to read.
READING_WIDTH = 80
# The longest escape string (OSC title, hyperlink, DCS) looked through for
# its terminator; bounded so that a flood of ESC ] stays linear.
ESCAPE_STRING_MAX = 4096
# What follows ESC to open an escape string: OSC, DCS, SOS, PM, APC.
ESCAPE_STRINGS = ("]", "P", "X", "^", "_")
# Bytes of input sniffed for binary content, and the shares of NUL bytes and
# of other control bytes (never in text, unlike tab, FF, VT, ESC) above which
# it is not text at all: a stray NUL passes, random bytes (10% such controls)
# and PNG, gzip or executables do not.
SNIFF_BYTES = 65536
NUL_SHARE = 0.005
BINARY_SHARE = 0.05
BINARY_CONTROLS = bytes(range(9)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))

# Signatures at the start of common binary formats.
BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"OggS",
    b"RIFF",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"MZ",
)

# Function words of the languages news is most saved in; their density tells
# running prose from menus, names and headlines. A paragraph a language:
# English, German, French, Spanish, Portuguese, Italian, Dutch, Indonesian,
# Russian.
STOPWORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down
    during each few for from further had has have having he her here hers him his
    how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our out over own said same she should so some such than that
    the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you
    your

    der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch
    es an als nach wie aus bei oder noch werden wird sind hat

    le la les et est un une des du en que qui dans pour pas sur au avec ce il elle
    sont ne se par plus ou son sa ses mais été aux cette

    el los las y es por con para una lo como más pero sus le ya fue este ha sí
    porque esta entre cuando muy sin sobre también hay donde

    o os as um uma não com mais ao pelo pela foi são seu sua está nos

    il di che è e per non una sono della del nel alla gli anche ma

    het een van dat niet zijn op te voor met ook maar om hij bij

    yang dan di ke dari ini itu dengan untuk tidak akan pada juga dalam adalah oleh
    sebagai ada mereka atau karena yg jadi sudah saat setelah bukan para saja lagi
    tapi tetapi namun bisa telah masih kita

    и в не на что с по как это он она к из а но за то же от для так
    """
)

# Words of page furniture. A short block made of them is not the article.
BOILERPLATE = phrases(
    """
    advertisement
    advertising
    sponsored
    subscribe
    subscription
    sign in
    sign up
    log in
    login
    newsletter
    cookie
    privacy
    terms of
    all rights reserved
    copyright
    ©
    share this
    share on
    share via
    share article
    follow us
    click here
    read more
    read next
    see more
    view more
    load more
    show more
    most popular
    most read
    trending
    related
    recommended
    you may also like
    you might also like
    more from
    more stories
    more on this
    don't miss
    don’t miss
    also read
    comments
    comment
    reply
    facebook
    twitter
    whatsapp
    linkedin
    pinterest
    email
    e-mail
    print
    tags:
    topics:
    photo:
    image:
    getty images
    ap photo
    reuters/
    caption
    credit:
    skip to
    menu
    home page
    (button)
    _____
    javascript
    enable cookies
    accept
    download the app
    watch:
    listen
    min read
    minute read
    loading
    """
)

# Small print: a site's legal footer and the credits under its pictures;
# no article paragraph carries these.
SMALL_PRINT = phrases(
    """
    all rights reserved
    ©
    registered trademark
    privacy policy
    terms of use
    terms of service
    this website
    our website
    use cookies
    uses cookies
    (photo
    photo credit
    getty images
    image copyright
    image caption
    in this photo
    photo/
    credit:
    subject to copyright
    this form
    community standards
    in this browser
    """
)

# A line that is only a date or a time stands between teasers and between
# comments, rarely inside an article: it weighs as much as a short paragraph.
TIMESTAMP_WEIGHT = -2.0
# A short line of content (a recipe's ingredient, a standings row) between
# paragraphs: it neither helps nor hurts the run it stands in much.
LIST_LINE_WEIGHT = -0.1
# So many such lines in a row are a table or a list that is the article's
# (standings, results, a recipe's ingredients), and weigh as content: a
# little less than the shortest sentence, which also marks them apart.
TABLE_ROWS = 8
TABLE_ROW_WEIGHT = 0.25

# What a heading that ends the article weighs ("Most Popular"), and the
# most a stretch of other page furniture inside the article can cost.
END_WEIGHT = -6.0
GAP_COST = -6.5
# An end marker followed, within this many blocks, by two paragraphs of at
# least this weight opens an inline box ("Related", "Don't miss"), not the end.
INLINE_REACH = 6
INLINE_PROSE = 0.5
# What the heading over readers' comments weighs: comments read as prose,
# but the article never goes on after them, so it opens no inline box.
COMMENTS_WEIGHT = -8.0
# The weight of prose before a comments heading that makes it the article.
COMMENTS_AFTER_PROSE = 4.0
# How a blog counts the comments over them, after the number.
COMMENT_COUNTS = phrases(
    """
    thoughts on
    responses to
    replies to
    comments on
    comments to
    """
)
# The word for readers' comments, in the languages of STOPWORDS.
COMMENT_WORDS = word_set(
    """
    comments kommentare commentaires comentarios comentários commenti reacties
    komentar комментарии
    """
)

# How far into a block a teaser's glued headline may end, and the share of
# its words that Title Case capitalises.
TEASER_HEAD_MAX = 160
TITLE_CASE_SHARE = 0.7
# The shortest word a glued headline ends on: shorter pieces are the Mc, We
# and Mac of names with an inner capital.
GLUED_WORD_MIN = 4

# Weekday names, which open the date in a photo caption, and how many words
# into a block such a date or a gallery count ("1of4") is looked for.
WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
CAPTION_REACH = 60

# What tells a bracketed picture reference in lynx output from text, and the
# longest one looked for.
IMAGE_REF_MAX = 500
IMAGE_MARKS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", "base64", "?", "=")

# Words a date or time line is made of, besides numbers and month names.
TIME_WORDS = word_set(
    """
    ago at on am pm a.m p.m et est edt gmt utc bst cet updated published posted
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    sun today yesterday minutes hours days weeks months hour day week month min mins
    hrs
    """
)

# Words that open the blocks after an article: past one, nothing more of it.
END_MARKERS = phrases(
    """
    most popular
    most read
    related
    recommended
    you may also like
    you might also like
    more from
    more stories
    read next
    comments
    leave a comment
    post a comment
    share this
    trending
    what to read next
    latest news
    top stories
    """
)

# Month names, a row a language (English abbreviations apart), in calendar
# order.
MONTH_NAMES = """
    january february march april may june july august september october november december
    jan feb mar apr may jun jul aug sep oct nov dec
    januar februar märz april mai juni juli august september oktober november dezember
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
"""
MONTHS = {
    name: month
    for row in MONTH_NAMES.strip().split("\n")
    for month, name in enumerate(row.split(), 1)
}
MONTHS["sept"] = 9

# Words that introduce a byline, in the languages of STOPWORDS, and how many
# words may come before them ("Analysis by", "Text and photos by").
BYLINE_LEAD = 3
BYLINE_WORDS = frozenset(["by", "von", "par", "por", "por:", "di", "door", "oleh"])

# Separators of breadcrumb trails ("Home » World » Europe").
CRUMB_SEPARATORS = (" » ", " › ", " > ", " / ", " | ", " → ", " • ", " · ")

# The separators of a breadcrumb trail that a headline never has: its arrows.
TRAIL_SEPARATORS = tuple(sep for sep in CRUMB_SEPARATORS if sep.strip() in "»›>→")

# Lines a block may open with to be a list item; lynx marks items with
# "*", "+", "o" and "#" by nesting depth.
BULLETS = ("* ", "+ ", "o ", "# ", "- ", "• ", "· ", "– ", "◦ ", "▪ ")

# Characters that end a sentence, and the closing marks that may follow.
SENTENCE_ENDS = ".!?…:;。！？"
CLOSERS = "\"'”’»)]"

# Characters that drive or confuse a terminal, mapped to None (dropped) or
# to a plain space: C0 and C1 controls, bidi embeddings, overrides and
# isolates (Trojan Source), zero-width and invisible characters, soft
# hyphens, Unicode tag characters.
DROPPED_CHARS = (
    [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0B)]
    + list(range(0x7F, 0xA0))
    + [0xAD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F]
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + [0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB]
    + list(range(0xE0000, 0xE0080))
)
SPACE_CHARS = (0x09, 0x0B, 0xA0, 0x1680, 0x2007, 0x202F, 0x205F, 0x3000) + tuple(
    range(0x2000, 0x200B)
)
# Line breaks in all their forms.
NEWLINES = ("\r\n", "\r", "\x0c", "\x1c", "\x1d", "\x1e", "\x85")
NEWLINES_WIDE = ("\u2028", "\u2029")

# The characters that UTF-8 lead bytes (0xC2-0xF4) become when read as
# Windows-1252: mojibake always has one.
MOJIBAKE_LEADS = frozenset(map(chr, range(0xC2, 0xF5)))

# What --ascii (or an output that cannot show the text) writes for typography
# and for the letters that do not decompose into an ASCII letter and accents,
# as pairs; other accented letters lose their accents, the rest become "?".
ASCII_FOLD = """
    ‘ '  ’ '  ‚ '  ‛ '  ′ '  ‹ '  › '  “ "  ” "  „ "  ‟ "  ″ "  « "  » "
    … ...  — --  – -  ‐ -  ‑ -  ‒ -  − -  • *  · *  × x  € EUR  £ GBP
    ß ss  æ ae  Æ AE  œ oe  Œ OE  ø o  Ø O  ł l  Ł L  đ d  Đ D  ð d  Ð D
    þ th  Þ Th  ı i
"""

# Terminal styles (SGR): bold headline, italic standfirst, dim metadata.
BOLD, ITALIC, DIM, RESET = "\x1b[1m", "\x1b[3m", "\x1b[2m", "\x1b[0m"


# -- Plain data --------------------------------------------------------------


class Verdict:
    """What the cleaner decided a block is."""

    TITLE = "title"
    STANDFIRST = "standfirst"
    BODY = "body"
    DROPPED = "dropped"


class Block:
    """One paragraph of the input, as structure and rendering see it.

    kind is "" for prose, a bullet ("•", "1.") for a list item, "#" for a
    subheading; reason says why the verdict was reached (for --explain);
    flush marks a heading of lynx output, printed flush left.
    """

    __slots__ = ("flush", "kind", "reason", "text", "verdict")
    text: str
    kind: str
    verdict: str
    reason: str
    flush: bool

    def __init__(
        self,
        text: str,
        kind: str = "",
        verdict: str = "",
        reason: str = "",
        flush: bool = False,
    ) -> None:
        self.text = text
        self.kind = kind
        self.verdict = verdict
        self.reason = reason
        self.flush = flush


class Page:
    """All the blocks of a text, column by column.

    A page of 300,000 one-word lines must stay within a few dozen bytes a
    block, so blocks are rows of these columns, not objects (the line
    numbers are packed in spans, two unsigned ints a block); Block views are
    made only for the few that structure and rendering look at.
    """

    __slots__ = ("flush", "kinds", "shared", "spans", "texts", "wrapped")
    texts: list[str]
    kinds: list[str]
    spans: bytearray
    flush: bytearray
    shared: dict[str, str]  # one copy of each menu item a page repeats
    wrapped: bool  # hard-wrapped text (lynx), where line one is no window title

    def __init__(self, wrapped: bool) -> None:
        self.wrapped = wrapped
        self.texts = []
        self.kinds = []
        self.spans = bytearray()
        self.flush = bytearray()
        self.shared = {}

    def add(self, text: str, first: int, last: int, kind: str, flush: bool) -> None:
        """Append the block of lines first to last, its spaces made single."""
        text = single_spaced(without_image(text))
        if not text:
            return
        if len(text) <= 24:  # a menu item, likely repeated: one copy of it
            known = self.shared.get(text)
            if known is not None:
                text = known
            elif len(self.shared) < REPEATS_KEPT:
                self.shared[text] = text
        self.texts.append(text)
        self.kinds.append(kind)
        self.spans += first.to_bytes(4, sys.byteorder) + last.to_bytes(4, sys.byteorder)
        self.flush.append(flush)

    def lines(self) -> list[tuple[int, int]]:
        """The first and last line of every block."""
        with memoryview(self.spans) as raw, raw.cast("I") as numbers:
            pairs = numbers.tolist()
        return list(zip(pairs[0::2], pairs[1::2]))

    def block(self, i: int, verdicts: Judgement | None = None) -> Block:
        """Block i as a view, with its verdict when there is one."""
        if verdicts is None:
            return Block(self.texts[i], self.kinds[i], flush=bool(self.flush[i]))
        return Block(
            self.texts[i],
            verdicts.kinds[i],
            verdicts.verdicts[i],
            verdicts.reasons[i],
            bool(self.flush[i]),
        )


class Judgement:
    """The verdict on every block of a page, its reason and its final kind."""

    __slots__ = ("kinds", "reasons", "verdicts")
    verdicts: list[str]
    reasons: list[str]
    kinds: list[str]

    def __init__(
        self, verdicts: list[str], reasons: list[str], kinds: list[str]
    ) -> None:
        self.verdicts = verdicts
        self.reasons = reasons
        self.kinds = kinds

    def copy(self) -> Judgement:
        """A judgement to revise, leaving this one as it is."""
        return Judgement(list(self.verdicts), list(self.reasons), list(self.kinds))


class Article:
    """The structured result: headline, standfirst, metadata and body."""

    __slots__ = (
        "body",
        "byline",
        "date",
        "judgement",
        "page",
        "removed",
        "section",
        "subtitle",
        "title",
    )
    title: str | None
    subtitle: str | None
    date: str | None
    byline: str | None
    section: list[str]
    body: list[Block]
    removed: list[str]
    page: Page
    judgement: Judgement

    def __init__(
        self,
        title: str | None,
        subtitle: str | None,
        date: str | None,
        byline: str | None,
        section: list[str],
        body: list[Block],
        removed: list[str],
        page: Page,
        judgement: Judgement,
    ) -> None:
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.byline = byline
        self.section = section
        self.body = body
        self.removed = removed
        self.page = page
        self.judgement = judgement


class Features:
    """What classification measures of one block."""

    __slots__ = ("length", "lower", "sentence", "stopwords", "words")
    length: int
    words: int
    stopwords: float
    sentence: bool
    lower: str

    def __init__(self, text: str) -> None:
        # A block of megabytes is measured on its start: the shares are the
        # same, and its words need not all be in memory at once.
        sample = text[:FEATURE_SAMPLE]
        scale = len(text) / len(sample) if sample else 1.0
        self.lower = sample.lower()
        words = self.lower.split()
        wide = 0
        if not sample.isascii() and max(sample) >= "\u3000":
            wide = sum(1 for c in sample if c >= "\u3000")
        self.length = len(text) + int(2 * wide * scale)
        self.words = int((len(words) + wide // 2) * scale)
        stop = sum(1 for w in words if w.strip(",.;:!?\"'“”‘’()") in STOPWORDS)
        if wide * 2 > len(sample):  # CJK prose has no spaces to count words by
            stop = len(words) if ("。" in sample or "、" in sample) else 0
        self.stopwords = stop / len(words) if words else 0.0
        self.sentence = ends_sentence(text)


# -- Read and decode ---------------------------------------------------------


def read_input(path: str) -> bytes:
    """The bytes of the file at path, or of standard input for "-"."""
    with open(0 if path == "-" else path, "rb", closefd=path != "-") as stream:
        return stream.read()


def piped() -> bool:
    """Whether standard input is a pipe or a file, which a run without FILE
    reads (not a terminal, /dev/null or closed)."""
    try:
        from posix import fstat  # built in and loaded: os would cost 1 ms
    except ImportError:  # not a POSIX system
        from os import fstat
    try:
        kind = fstat(0).st_mode >> 12
    except OSError:  # closed
        return False
    return kind in (0o01, 0o10)  # S_IFIFO, S_IFREG


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding this reads."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if data.startswith(BINARY_MAGIC):
        return True
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if utf16_order(head):
        return False
    nuls = head.count(0)
    controls = len(head) - len(head.translate(None, BINARY_CONTROLS))
    return nuls / len(head) > NUL_SHARE or controls / len(head) > BINARY_SHARE


def utf16_order(head: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" for BOM-less UTF-16 text, else ""."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return ""
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(1, len(odd))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return ""


def decode(data: bytes) -> str:
    """The text of data: UTF-8, UTF-16/32 by BOM, else Windows-1252 bytes."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    order = utf16_order(data[:SNIFF_BYTES])
    if order:
        return data.decode(order, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Bytes that are not UTF-8 are read as Windows-1252, one by one, so
        # a legacy file and a UTF-8 file with a stray byte both come out.
        escaped = data.decode("utf-8", "surrogateescape")
        return escaped.translate(cp1252_table(0xDC00))


def cp1252_table(offset: int) -> dict[int, str]:
    """Map offset+byte for bytes 0x80-0xFF to their Windows-1252 characters."""
    table = {}
    for byte in range(0x80, 0x100):
        try:
            table[offset + byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # five bytes Windows-1252 leaves undefined
            table[offset + byte] = chr(byte)
    return table


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as Windows-1252 ("donâ€™t" -> "don’t")."""
    if text.isascii() or MOJIBAKE_LEADS.isdisjoint(text):
        return text
    reverse = {ord(c): b for b, c in cp1252_table(0).items()}
    # A byte Windows-1252 leaves undefined may have become U+FFFD; in
    # mojibake it is nearly always the 0x9D of a closing quote (”).
    reverse[0xFFFD] = 0x9D
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if line.isascii() or MOJIBAKE_LEADS.isdisjoint(line):
            continue
        words = line.split(" ")
        for i, word in enumerate(words):
            if not word.isascii():
                words[i] = unmangle(word, reverse)
        lines[n] = " ".join(words)
    return "\n".join(lines)


def unmangle(word: str, reverse: dict[int, int]) -> str:
    """word re-read as UTF-8 when it is UTF-8 bytes shown as Windows-1252."""
    try:
        raw = bytes(reverse.get(ord(c), ord(c)) for c in word)
        fixed = raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return word
    return fixed if len(fixed) < len(word) else word


# -- Sanitise ----------------------------------------------------------------


def sanitise(text: str) -> str:
    """text with one kind of line break, no terminal controls, plain spaces."""
    for newline in NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    if not text.isascii():
        for newline in NEWLINES_WIDE:
            text = text.replace(newline, "\n")
        # C1 introducers of escape sequences, spelled the 7-bit way.
        for c1, esc in (("\x9b", "\x1b["), ("\x9d", "\x1b]"), ("\x90", "\x1bP")):
            text = text.replace(c1, esc)
        text = text.replace("\x9c", "\x1b\\")
    if "\x1b" in text:
        text = strip_escapes(text)
    if text.replace("\n", "").isprintable():
        return text  # nothing to drop or plain out: skip the slow translation
    return text.translate(sanitise_table())


def sanitise_table() -> dict[int, str | None]:
    """The translation that drops controls and plains out odd spaces."""
    table: dict[int, str | None] = dict.fromkeys(DROPPED_CHARS)
    table.update(dict.fromkeys(SPACE_CHARS, " "))
    return table


def strip_escapes(text: str) -> str:
    """text without ESC sequences: CSI, OSC, DCS and the short ones.

    Split at every ESC, each piece starts with the rest of its sequence;
    an escape string (OSC, DCS...) may end at the next piece's ST ("ESC \\").
    """
    pieces = text.split("\x1b")
    out = [pieces[0]]
    in_string = False
    for piece in pieces[1:]:
        if in_string and piece.startswith("\\"):
            out.append(piece[1:])
        else:
            out.append(piece[escape_end(piece) :])
        in_string = piece[:1] in ESCAPE_STRINGS and out[-1] == ""
    return "".join(out)


def escape_end(piece: str) -> int:
    """Where the escape sequence at the start of piece (after its ESC) ends."""
    kind = piece[:1]
    if kind == "[":  # CSI: parameters, intermediates, one final byte
        for j in range(1, min(len(piece), 66)):
            if "\x40" <= piece[j] <= "\x7e":
                return j + 1
            if not "\x20" <= piece[j] <= "\x3f":
                return j
        return 1
    if kind in ESCAPE_STRINGS:  # strings: to BEL, the line's end or an ST
        bell = piece.find("\x07", 1, ESCAPE_STRING_MAX)
        line = piece.find("\n", 1, ESCAPE_STRING_MAX)
        ends = [e for e in (bell, line) if e >= 0]
        if ends:
            end = min(ends)
            return end + 1 if end == bell else end
        return len(piece) if len(piece) <= ESCAPE_STRING_MAX else 1
    j = 0
    while j < len(piece) and j < 8 and "\x20" <= piece[j] <= "\x2f":
        j += 1  # intermediates, as in ESC ( B
    return j + 1 if j < len(piece) and "\x30" <= piece[j] <= "\x7e" else j


# -- Blocks ------------------------------------------------------------------


def lines_of(text: str) -> Iterator[str]:
    """The lines of text one at a time, never all of them in memory at once."""
    start = 0
    end = text.find("\n")
    while end >= 0:
        yield text[start:end]
        start, end = end + 1, text.find("\n", end + 1)
    if start < len(text):
        yield text[start:]


def wrap_width(text: str) -> int:
    """The width text was hard-wrapped at, or 0 when it was not wrapped."""
    lengths = sorted(
        len(line.rstrip()) for line in lines_of(text) if " " in line.strip()
    )
    if len(lengths) < 3:
        return 0
    # Wrapped lines crowd just under the width; short lines (menus, the
    # last line of each paragraph) and rare long ones (tables) do not count.
    cutoff = lengths[len(lengths) * 99 // 100] // 2
    long = [n for n in lengths if n >= cutoff]
    width = long[len(long) * 95 // 100 - 1 if len(long) >= 20 else -1]
    if width > WRAP_WIDTH_MAX:
        return 0
    full = sum(1 for n in lengths if n >= width * WRAP_SLACK)
    return width if full * 4 >= len(lengths) or full >= 3 else 0


def bullet(stripped: str, wrapped: bool) -> str:
    """The list marker that opens a line ("•", "3."), or ""."""
    if stripped[:2] in BULLETS and (wrapped or stripped[0] in "-•·–◦▪"):
        return "•"
    head, dot, rest = stripped.partition(". ")
    if dot and head.isdigit() and len(head) <= 3 and rest:
        return head + "."
    return ""


def blocks(text: str) -> Page:
    """The paragraphs of text: lines, or hard-wrapped lines joined back."""
    width = wrap_width(text)
    indented = bool(width) and indented_text(text)
    found = Page(bool(width))
    words: set[str] = set()
    parts: list[str] = []  # the lines of the paragraph, each with its joint
    first = indent = number = 0
    kind = previous = ""
    for number, line in enumerate(lines_of(text), 1):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        mark = bullet(stripped, bool(width)) if stripped else ""
        if (
            parts
            and stripped
            and not mark
            and continues(previous, stripped, lead, indent, width)
        ):
            if parts[-1].endswith("-") and not words:
                words.update(text.lower().split())
            parts[-1], joint = join_lines(parts[-1], stripped, words)
            parts.append(joint + stripped)
        else:
            if parts:
                found.add(
                    "".join(parts), first, number - 1, kind, indented and not indent
                )
            first, kind, indent, parts = (
                number,
                mark,
                lead,
                [stripped] if stripped else [],
            )
            if mark:
                body = stripped[2 if mark == "•" else len(mark) + 1 :].lstrip()
                indent = lead + len(stripped) - len(body)
                parts = [body]
        previous = line.rstrip()
    if parts:
        found.add("".join(parts), first, number, kind, indented and not indent)
    return found


def indented_text(text: str) -> bool:
    """True when most lines are indented, as lynx indents all but headings."""
    lines = [line for line in text[:SNIFF_BYTES].split("\n") if line.strip()]
    return sum(1 for line in lines if line.startswith(" ")) * 2 > len(lines)


def without_image(text: str) -> str:
    """text without the "[photo.jpg?w=640]" that lynx puts for a picture."""
    if "[" not in text or "]" not in text:
        return text
    pieces = text.split("[")
    out = [pieces[0]]
    for piece in pieces[1:]:
        end = piece.find("]", 0, IMAGE_REF_MAX)
        inside = piece[:end].lower()
        if end >= 0 and any(mark in inside for mark in IMAGE_MARKS):
            out.append(piece[end + 1 :])
        else:
            out.append("[" + piece)
    return "".join(out)


def single_spaced(text: str) -> str:
    """text with its runs of spaces made single, without splitting a long one."""
    text = text.strip()
    while "  " in text:  # halves every run of spaces: few passes, no word list
        text = text.replace("  ", " ")
    return text


def continues(previous: str, stripped: str, lead: int, indent: int, width: int) -> bool:
    """True when a line carries on the hard-wrapped line before it."""
    if not width or lead != indent:
        return False
    if "   " in stripped or "   " in previous.strip():
        return False  # columns of a table row, which wrapping never spaces out
    if numeric(previous) and numeric(stripped):
        return False  # rows of a table, whatever their length
    next_word = stripped.split(" ", 1)[0]
    return len(previous) + 1 + len(next_word) > width * WRAP_SLACK


def numeric(text: str) -> bool:
    """True for a line made mostly of numbers: a table's row, not words."""
    words = text.split()
    return sum(1 for w in words if w.isdigit()) * 2 >= len(words) > 0


def join_lines(head: str, tail: str, words: set[str]) -> tuple[str, str]:
    """The end of a line and the joint before the next one ("" or " ").

    A hyphen at a line break stays (four-hour, Tu-160) unless the text
    also spells the word whole elsewhere.
    """
    if head.endswith("-") and head[-2:-1].isalpha() and tail[:1].islower():
        left = head.rsplit(" ", 1)[-1][:-1]
        right = tail.split(" ", 1)[0]
        if (left + right).lower() in words:
            return head[:-1], ""
        return head, ""
    return head, " "


def ends_sentence(text: str) -> bool:
    """True when text ends as a sentence does."""
    end = text.rstrip(CLOSERS)
    return bool(end) and end[-1] in SENTENCE_ENDS and not text.endswith("...")


# -- Classify ----------------------------------------------------------------


def boilerplate(features: Features) -> bool:
    """True for a short block made of page-furniture words."""
    if features.words > 12:
        return False
    return has_phrase(features.lower, BOILERPLATE)


def small_print(features: Features) -> bool:
    """True for legal small print or a picture's credit line."""
    return has_phrase(features.lower, SMALL_PRINT)


def has_phrase(lower: str, phrases: Sequence[str]) -> bool:
    """True when lower holds one of phrases (listed shortest first)."""
    for phrase in phrases:
        if len(phrase) > len(lower):
            return False  # the rest are longer than the text
        if phrase in lower:
            return True
    return False


def caption(features: Features) -> bool:
    """True for a picture's caption: a gallery count ("1of4") or a full date
    with its weekday ("Tuesday, Nov. 19, 2019"), which only captions give."""
    lower = features.lower
    if "day" not in lower and "of" not in lower.replace(" of ", " "):
        return False
    words = lower.replace(",", " ").replace(".", " ").split(None, CAPTION_REACH)
    for i, word in enumerate(words[:-1]):
        if word in WEEKDAYS and words[i + 1] in MONTHS:
            return True
        head, of, tail = word.partition("of")
        if of and head.isdigit() and tail.isdigit():
            return True
    return False


def listed(text: str, features: Features) -> bool:
    """True for a short line of content (an ingredient, a table row), not a menu.

    Menus and teaser headlines have no numbers to measure or rank by; the
    items of a recipe or a table do.
    """
    return features.words >= 2 and any(c.isdigit() for c in text)


def glued_teaser(text: str) -> bool:
    """True for a teaser whose Title Case headline is glued to its summary.

    A page's text copy runs a link's heading into the summary under it
    ("Bill At Troy SteakhouseA party of six left..."); in prose a capital
    inside a word is a name (YouTube), not the end of a Title Case run.
    """
    head = text[:TEASER_HEAD_MAX]
    if all(w.istitle() or w.islower() or w.isupper() for w in head.split()):
        return False  # no word with a capital inside it
    for i in range(1, len(head)):
        if text[i].isupper() and text[i - 1].islower():
            piece = text[:i].replace("-", " ").rsplit(" ", 1)[-1]
            if (
                len(piece) < GLUED_WORD_MIN
                or not piece.isalpha()
                or not piece.istitle()
            ):
                continue  # a name's inner capital: McKinley, WeWork, MacBook
            words = text[:i].split()
            capital = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
            if len(words) >= 3 and capital >= TITLE_CASE_SHARE * len(words):
                return True
    return False


def doubled(text: str) -> bool:
    """True for a block that says the same thing twice (alt text and caption)."""
    half = len(text) // 2
    return len(text) > 40 and text[:half].strip() == text[half:].strip()


def timestamp(text: str, features: Features) -> bool:
    """True for a block that is only a date or a time ("2 days ago at 07:47 am")."""
    if features.words > 8 or not any(c.isdigit() for c in text):
        return False
    words = features.lower.replace(",", " ").split()
    other = [
        w
        for w in words
        if w.strip(".:()|-–—") not in TIME_WORDS
        and w.strip(".:()|-–—") not in MONTHS
        and not any(c.isdigit() for c in w)
    ]
    if len(other) > 1:
        return False
    return bool(find_date(text)) or "ago" in words or "am" in words or "pm" in words


def comments_heading(features: Features) -> bool:
    """True for the heading over readers' comments ("Top Rated Comments")."""
    words = features.lower.split(None, 3)
    if len(words) > 3 and words[0].isdigit() and " ".join(words[1:3]) in COMMENT_COUNTS:
        return True  # "10 thoughts on “The headline”", as blogs head their comments
    if features.words > 5:
        return False
    return any(
        word.strip("[]():.|") in COMMENT_WORDS for word in features.lower.split()
    )


def end_marker(features: Features) -> bool:
    """True for a heading that opens what follows an article."""
    if features.words > 6 or ": " in features.lower:
        return False  # "Related: Another story" is an inline box, not the end
    lower = features.lower.strip(" :.-–—|»›>")
    return lower.startswith(END_MARKERS)


def weight(text: str, kind: str, features: Features) -> float:
    """How much a block speaks for the article around it (negative: against)."""
    if comments_heading(features):
        return COMMENTS_WEIGHT
    if end_marker(features):
        return END_WEIGHT
    if timestamp(text, features):
        return TIMESTAMP_WEIGHT
    if boilerplate(features) or not any(c.isalpha() for c in text):
        return -1.0
    if small_print(features) or caption(features):
        return -2.0
    prose = prose_weight(features)
    if prose > 0 and (glued_teaser(text) or doubled(text)):
        return -1.0  # a teaser or a caption, for all it reads as prose
    if prose > 0:
        return prose
    if doubled(text):
        return -1.0
    if kind and features.words >= 3:
        return 0.0
    if listed(text, features):
        return LIST_LINE_WEIGHT
    return -0.4


def prose_weight(features: Features) -> float:
    """What a block weighs as running prose, by its length and stopwords; 0 if none."""
    if features.length >= LENGTH_HIGH and features.stopwords >= STOPWORDS_LOW:
        return features.length / 100
    if features.length >= LENGTH_LOW and features.stopwords >= STOPWORDS_HIGH:
        return features.length / 150
    if (
        features.sentence
        and features.words >= 6
        and features.stopwords >= STOPWORDS_LOW
    ):
        return max(0.3, features.length / 150)
    return 0.0


def densest_run(weights: Sequence[float]) -> tuple[int, int]:
    """The half-open range of blocks with the largest total weight.

    A stretch of page furniture costs at most GAP_COST, whatever its
    length, so an article broken by a share bar or an inline box holds
    together; an end marker ("Most Popular") still costs in full.
    """
    best, best_range = 0.0, (0, 0)
    total, start, gap = 0.0, 0, 0.0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        if w < 0 and w > END_WEIGHT:
            step = max(w, GAP_COST - gap)
            gap += step
            w = step
        else:
            gap = 0.0
        total += w
        if total > best:
            best, best_range = total, (start, i + 1)
    return best_range


def block_weights(texts: Sequence[str], kinds: Sequence[str]) -> list[float]:
    """The weight of every block; a page's repeated menu items weighed once."""
    seen: dict[tuple[str, str], float] = {}
    weights = []
    for text, kind in zip(texts, kinds):
        w = seen.get((text, kind))
        if w is None:
            w = weight(text, kind, Features(text))
            if len(text) <= REPEAT_LENGTH and len(seen) < REPEATS_KEPT:
                seen[text, kind] = w
        weights.append(w)
    return weights


def with_tables(weights: Sequence[float]) -> list[float]:
    """weights with the rows of a long table (standings, results) weighed as content.

    One line with numbers may be a menu's; a long unbroken column of them
    is what the article is made of.
    """
    out = list(weights)
    run = 0
    for i, w in enumerate([*weights, 0.0]):
        if w == LIST_LINE_WEIGHT:
            run += 1
            continue
        if run >= TABLE_ROWS:
            out[i - run : i] = [TABLE_ROW_WEIGHT] * run
        run = 0
    return out


def before_comments(weights: Sequence[float], run: tuple[int, int]) -> tuple[int, int]:
    """The run, or the densest one before the readers' comments that it reaches.

    Comments read as prose and may outweigh the article, but never come
    before it: an article of some weight ahead of them is the one.
    """
    heading = next((i for i in range(run[1]) if weights[i] == COMMENTS_WEIGHT), None)
    if heading is None:
        return run
    start, stop = densest_run(weights[:heading])
    prose = sum(w for w in weights[start:stop] if w > 0)
    return (start, stop) if prose >= COMMENTS_AFTER_PROSE else run


def classify(page: Page) -> Judgement:
    """Every block judged body or dropped, with the reason."""
    texts, kinds = page.texts, page.kinds
    weights = block_weights(texts, kinds)
    for i, w in enumerate(weights):
        # "Related" with the article going on after it is an inline box; a
        # list of links under it is the box's own.
        after = range(i + 1, min(i + 1 + INLINE_REACH, len(weights)))
        if w == END_WEIGHT and (
            sum(1 for j in after if weights[j] >= INLINE_PROSE and not kinds[j]) >= 2
        ):
            weights[i] = -1.0
    weights = with_tables(weights)
    start, stop = before_comments(weights, densest_run(weights))
    verdicts, reasons, final = [], [], list(kinds)
    for i in range(len(weights)):
        verdict, reason = judge(page, weights, i, start, stop)
        if reason == "subheading":
            final[i] = "#"
        verdicts.append(verdict)
        reasons.append(reason)
    return Judgement(verdicts, reasons, final)


def judge(
    page: Page, weights: Sequence[float], i: int, start: int, stop: int
) -> tuple[str, str]:
    """The verdict on block i and why, by its weight and place in the densest run."""
    w = weights[i]
    if i < start:
        return Verdict.DROPPED, "before the article"
    if i >= stop:
        return Verdict.DROPPED, "after the article"
    if w <= END_WEIGHT:
        return Verdict.DROPPED, "end of article"
    if w <= -1:
        return Verdict.DROPPED, "boilerplate"
    if w == TABLE_ROW_WEIGHT:
        return Verdict.BODY, "table row"
    if w > 0:
        return Verdict.BODY, "prose"
    if page.kinds[i]:
        return Verdict.BODY, "list item"
    feature = Features(page.texts[i])
    following = i + 1 if i + 1 < stop and not page.kinds[i + 1] else None
    after_prose = i == start or weights[i - 1] > 0  # not a link under "Related"
    if after_prose and subheading(
        feature, page.texts[following] if following else None
    ):
        return Verdict.BODY, "subheading"
    if feature.sentence and feature.words >= 3:
        return Verdict.BODY, "short sentence"
    return Verdict.DROPPED, "fragment"


def subheading(feature: Features, following: str | None) -> bool:
    """True for a short heading followed by prose inside the article."""
    return (
        1 <= feature.words <= 12
        and not feature.sentence
        and following is not None
        and Features(following).length >= LENGTH_LOW
    )


# -- Structure ---------------------------------------------------------------


def fold(text: str) -> str:
    """text reduced to its lowercase words, for comparing copies of a line."""
    kept = "".join(c if c.isalnum() else " " for c in text.lower())
    return " ".join(kept.split())


def extract(text: str, keep_all: bool = False) -> Article:
    """The whole pipeline from clean text: blocks, classify, structure."""
    page = blocks(text)
    if keep_all:
        n = len(page.texts)
        kept = Judgement([Verdict.BODY] * n, ["kept (--keep-all)"] * n, page.kinds)
        body = [page.block(i, kept) for i in range(n)]
        return Article(None, None, None, None, [], body, [], page, kept)
    return structure(page, classify(page))


def structure(page: Page, judged: Judgement) -> Article:
    """The article: headline, standfirst, metadata and body, from judged blocks."""
    n = len(page.texts)
    first = next((i for i, v in enumerate(judged.verdicts) if v == Verdict.BODY), None)
    if first is None:
        return Article(None, None, None, None, [], [], list(page.texts), page, judged)
    judged = judged.copy()
    verdicts, reasons = judged.verdicts, judged.reasons
    low = max(0, first - HEADLINE_REACH)
    near = [page.block(i, judged) for i in range(low, first + 1)]
    head = headline_index(page, verdicts, first, near, low)
    title = None
    if head is not None:
        title = page.texts[head] if head else without_site(page.texts[head])
        verdicts[head], reasons[head] = Verdict.TITLE, "headline"
        if head >= first:  # the article begins after its headline
            for i in range(first, head):
                if verdicts[i] == Verdict.BODY:
                    verdicts[i], reasons[i] = Verdict.DROPPED, "before the headline"
            after = (i for i in range(head + 1, n) if verdicts[i] == Verdict.BODY)
            first = next(after, n)
    # The blocks around the start of the article, where metadata stands.
    low = max(0, (first if head is None else head) - HEADLINE_REACH)
    near = [page.block(i, judged) for i in range(low, min(first + 3, n))]
    header = near[: first - low]
    subtitle = None
    if head is not None:
        lead = standfirst(near, head - low, first - low)
        if lead is not None:
            subtitle = near[lead].text
            verdicts[low + lead], reasons[low + lead] = Verdict.STANDFIRST, "standfirst"
    date = next(filter(None, (find_date(b.text) for b in near)), None)
    section = next(filter(None, (breadcrumb(b.text, title) for b in header)), [])
    folded = fold(title) if title else ""
    for i, text in enumerate(page.texts):
        if verdicts[i] == Verdict.DROPPED and len(text) <= STANDFIRST_MAX:
            reasons[i] = furniture(text, title, folded) or reasons[i]
    body = [page.block(i, judged) for i, v in enumerate(verdicts) if v == Verdict.BODY]
    removed = [t for t, v in zip(page.texts, verdicts) if v == Verdict.DROPPED]
    return Article(
        title, subtitle, date, find_byline(near), section, body, removed, page, judged
    )


def headline_index(
    page: Page, verdicts: Sequence[str], first: int, near: Sequence[Block], low: int
) -> int | None:
    """The index of the headline block, by the signs for it in order of trust.

    near holds the blocks from low up to the first paragraph, first.
    """
    head = window_copy(page.texts, verdicts, first)
    if head is not None:
        return head
    top = page.texts[0]
    if not page.wrapped and 0 < first <= LEAD_GAP and window_headline(top):
        return 0  # text that opens on its headline, the article right under it
    window = "" if page.wrapped else top  # lynx shows no window title
    found, sure = headline(near, first - low, window)
    if (
        not sure
        and window
        and (window_title(top) or (found is None and window_headline(top)))
    ):
        return 0  # no better sign: the first line, a site's name cut from it
    return None if found is None else found + low


def furniture(text: str, title: str | None, folded: str) -> str:
    """What page furniture a dropped block is, for --explain; "" if none."""
    if find_date(text):
        return "date"
    if breadcrumb(text, title):
        return "breadcrumb"
    if byline_name(text):
        return "byline"
    if (
        title
        and text != title
        and abs(len(text) - len(title)) < 8
        and fold(text) == folded
    ):
        return "copy of the headline"
    return ""


def furniture_words(features: Features) -> bool:
    """True for page furniture by its words: a menu item, small print, a credit."""
    return boilerplate(features) or small_print(features)


def headline_like(block: Block, period: bool = False) -> bool:
    """True for a block that could be a headline by its shape alone.

    A headline ends without a period, unless (period) the window title
    vouches for it, and is made of words, not numbers (a table's row) or
    file names (a logo's "site_logo").
    """
    return (
        not block.kind
        and len(block.text) <= 250
        and 2 <= len(block.text.split()) <= 30
        and not numeric(block.text)
        and "_" not in block.text
        and (period or not block.text.rstrip(CLOSERS).endswith((".", ":", ";", ",")))
        and not find_date(block.text)
        and not byline_name(block.text)
        and not furniture_words(Features(block.text))
        and not any(sep in block.text for sep in TRAIL_SEPARATORS)
    )


def window_copy(
    texts: Sequence[str], verdicts: Sequence[str], first: int
) -> int | None:
    """The block that repeats the window title as the article's heading.

    The last copy before the first paragraph; else the first copy after
    it that prose follows, the run having begun on teasers above it.
    """
    window = site_title(texts[0]) if texts and window_headline(texts[0]) else ""
    if len(window.split()) < 3:
        return None
    found = None
    for i in range(1, len(texts)):
        text = texts[i]
        if (
            len(window) // 2 <= len(text) <= 2 * len(window) + 10
            and fold(text) == window
        ):
            if i <= first:
                found = i
            elif found is None:
                following = verdicts[i + 1 : i + 1 + COPY_FOLLOWED]
                return i if following.count(Verdict.BODY) >= 2 else None
    return found


def window_title(text: str) -> bool:
    """True when a page's first line is its window title: headline and site name."""
    return without_site(text) != text and window_headline(text)


def window_headline(text: str) -> bool:
    """True when a page's first line reads as its window title."""
    return len(text) <= STANDFIRST_MAX and headline_like(Block(without_site(text)))


def headline(
    found: Sequence[Block], first: int, window_title: str
) -> tuple[int | None, bool]:
    """The index of the headline among the blocks before the first paragraph,
    and whether a sign beyond its shape and place speaks for it.

    window_title is the page's first line, "" when the text has none.
    """
    outside = found[0].text != window_title  # else found[0] is the window title itself
    window = site_title(window_title) if len(window_title) <= STANDFIRST_MAX else ""
    if len(window.split()) < 3:
        window = ""
    copies = [
        fold(b.text.rstrip(".… "))
        for b in found[max(0, first - HEADLINE_REACH) : first + 1]
        if b.text.endswith(("...", "…")) and 20 < len(b.text) <= STANDFIRST_MAX
    ]
    best, best_score = None, 0.0
    start = max(0, first - HEADLINE_REACH)
    window_words = set(window.split())
    texts = [b.text for b in found]
    for i in range(start, min(first + 1, len(found))):
        block = found[i]
        if i == first and block.verdict != Verdict.BODY or len(block.text) > 250:
            continue
        folded = fold(block.text)
        shared = (  # a copy of the window title, not a lead that repeats it
            overlap(window_words, folded)
            if (i > 0 or outside) and len(folded) <= COPY_LENGTH * len(window)
            else 0.0
        )
        if not headline_like(block, period=shared >= 0.6 or block.flush):
            continue
        words = len(block.text.split())
        score = 1.0 + (i - start) / (first - start + 1)
        if shared and folded and (folded == window or window.startswith(folded)):
            score += 3.0
        elif shared >= 0.5:
            score += 3.0 * shared
        if any(c and c in folded for c in copies):
            score += 2.0
        elif texts.count(block.text) > 1 and words >= 4:
            score += 0.5  # shown twice, as the heading and its social card
        if words < 4:
            score -= 1.0
        elif len(block.text) > HEADLINE_CHARS:
            score -= 1.0  # a lead paragraph's length
        elif words >= HEADLINE_WORDS:
            score += 0.8  # a headline says something: longer than a name or a label
        if block.flush:  # lynx prints headings flush left, all else indented
            score += 2.5
        if any(
            find_date(b.text) or byline_name(b.text)
            for b in found[i + 1 : i + 1 + BYLINE_REACH]
        ):
            score += 1.0  # a headline has its byline or date close under it
        if block.text.startswith("[") or "base64" in block.text:
            score -= 2.0
        if score > best_score:
            best, best_score = i, score
    return best, best_score >= HEADLINE_SURE


def overlap(words: set[str], folded: str) -> float:
    """The share of the shorter of two titles' words that the other has."""
    other = set(folded.split())
    if not words or not other:
        return 0.0
    return len(words & other) / min(len(words), len(other))


def site_title(text: str) -> str:
    """The folded window title, without its " - Site Name" suffix."""
    return fold(without_site(text))


def without_site(text: str) -> str:
    """A window title without the site's name ("Headline - Site" -> "Headline")."""
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
        if sep in SITE_FIRST and text.count(sep) >= 2:
            # "Headline | Site | Section | Menu": the longest part is the headline
            text = max(text.split(sep), key=lambda part: len(part.split()))
            continue
        head, found, tail = text.rpartition(sep)
        if found and head and len(tail.split()) <= SITE_NAME_WORDS:
            text = head
        head, found, tail = text.partition(sep)
        if (
            sep in SITE_FIRST
            and found
            and len(head.split()) <= SITE_NAME_WORDS < len(tail.split())
        ):
            text = tail
    return text


def standfirst(found: Sequence[Block], head: int | None, first: int) -> int | None:
    """The index of the standfirst: a short lead between headline and body."""
    if head is None:
        return None
    for i in range(head + 1, min(first + 1, len(found))):
        block = found[i]
        text = block.text
        if block.verdict != Verdict.DROPPED:
            return None  # the body began: the lead paragraph is the article's
        if not sentence_like(text) or furniture_like(text):
            continue  # a byline, a date, a caption, a newsletter box
        if block.kind or len(text) > STANDFIRST_MAX or dateline(text):
            return None
        return i
    return None


def furniture_like(text: str) -> bool:
    """True for a sentence that belongs to the page, not to the article."""
    features = Features(text)
    return (
        furniture_words(features)
        or caption(features)
        or text.lower().startswith(("by ", "media caption", "opinions expressed"))
        or "http" in text
        or "newsletter" in features.lower
    )


def sentence_like(text: str) -> bool:
    """True for a run of words that reads as a sentence."""
    return len(text.split(None, 5)) == 6 and ends_sentence(text) and text[:1].isupper()


def dateline(text: str) -> bool:
    """True for a paragraph that opens with a news dateline ("LONDON (AP) —")."""
    word = text.split(" ", 1)[0].strip(",")
    return word.startswith("(") or (len(word) > 2 and word.isupper())


# -- Metadata ----------------------------------------------------------------


def find_date(text: str) -> str | None:
    """The ISO 8601 date a short block states ("November 20, 2019" -> "2019-11-20")."""
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    tokens = [t.strip(".,()[]|:") for t in text.replace(",", " ").split()]
    for i, token in enumerate(tokens):
        iso = iso_date(token)
        if iso:
            return iso
        month = MONTHS.get(token.lower().rstrip("."))
        if month is None:
            continue
        for day_at, year_at in ((i - 1, i + 1), (i + 1, i + 2)):
            if 0 <= day_at < len(tokens) and 0 <= year_at < len(tokens):
                day = number(tokens[day_at].rstrip("stndrh").rstrip("."), 1, 31)
                year = number(tokens[year_at], 1900, 2099)
                if day and year:
                    return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def iso_date(token: str) -> str | None:
    """token as an ISO date when it is one ("2019-11-20", "20.11.2019")."""
    if len(token) >= 10 and token[4] == "-" and token[7] == "-":
        year, month, day = token[:4], token[5:7], token[8:10]
    elif len(token) == 10 and token[2] == "." and token[5] == ".":
        day, month, year = token[:2], token[3:5], token[6:]
    else:
        return None
    if number(year, 1900, 2099) and number(month, 1, 12) and number(day, 1, 31):
        return f"{year}-{month}-{day}"
    return None


def number(token: str, low: int, high: int) -> int:
    """token as a whole number within [low, high], or 0."""
    if not token.isdigit() or not token.isascii():
        return 0
    value = int(token)
    return value if low <= value <= high else 0


def byline_name(text: str) -> str | None:
    """The author in a byline ("By Jamelle Bouie" -> "Jamelle Bouie"), also
    after a word for the piece ("Analysis by Chris Cillizza, CNN")."""
    words = text.split(None, 16)  # a byline has fewer words; a flood is not split
    if len(words) < 2 or len(words) > 16:
        return None
    at = next(
        (
            i
            for i, w in enumerate(words[: BYLINE_LEAD + 1])
            if w.lower().rstrip(":") in BYLINE_WORDS
        ),
        None,
    )
    if at is None or (at and not words[0][:1].isupper()):
        return None
    name = []
    for word in words[at + 1 :]:
        bare = word.rstrip(",|")
        if word in ("|", "-", "–", "—") or not (
            bare[:1].isupper() or bare in ("and", "&")
        ):
            break
        name.append(bare)
        if bare != word:
            break
    while name and name[-1] in ("and", "&"):
        name.pop()
    return " ".join(name) if (2 if at else 1) <= len(name) <= 8 else None


def find_byline(found: Sequence[Block]) -> str | None:
    """The byline's name among the blocks around the start of the article."""
    for i, block in enumerate(found):
        name = byline_name(block.text)
        if name:
            return name
        if (
            len(block.text) <= 5
            and block.text.lower() in BYLINE_WORDS
            and i + 1 < len(found)
        ):
            following = found[i + 1].text
            if len(following) <= 80 and following.istitle():
                return following
    return None


def breadcrumb(text: str, title: str | None) -> list[str]:
    """The section names of a breadcrumb trail, without Home or the headline."""
    if len(text) > 300:
        return []
    crumbs: list[str] = []
    for sep in CRUMB_SEPARATORS:
        if sep in text:
            crumbs = [c.strip() for c in text.split(sep)]
            break
    else:
        if text[:4].lower() == "home" and text[4:5].isupper():
            crumbs = unglue(text)
    if len(crumbs) < 2 or any(
        not c or len(c.split()) > 6 and not c.endswith(("...", "…")) for c in crumbs
    ):
        return []
    homely = crumbs[0].lower() in (
        "home",
        "start",
        "startseite",
        "accueil",
        "inicio",
        "início",
    )
    headline_copy = copy_of(crumbs[-1], title)
    if not (homely or headline_copy):
        return []
    if headline_copy:
        crumbs.pop()
    if homely:
        crumbs.pop(0)
    return crumbs


def unglue(text: str) -> list[str]:
    """Words glued by a page's text copy ("HomeWorldAsia") pulled apart."""
    parts, start = [], 0
    for i in range(1, len(text)):
        if text[i].isupper() and text[i - 1].islower():
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    return parts


def copy_of(crumb: str, title: str | None) -> bool:
    """True when a breadcrumb's last name is the headline, maybe cut short."""
    stem = fold(crumb.rstrip(".… "))
    if crumb.endswith(("...", "…")):
        return True
    return bool(title) and len(stem) > 10 and fold(title or "").startswith(stem)


# -- Render ------------------------------------------------------------------


def render_text(
    article: Article, width: int, color: bool, terminal: bool, plain: bool = False
) -> str:
    """The article as plain text, wrapped at width (0: not at all); plain
    separates the metadata in ASCII, for --ascii."""

    def styled(text: str, style: str, indent: str = "", first: str = "") -> str:
        lines = wrap(text, width, first, indent) if width else [first + text]
        if color and style:
            lines = [style + line + RESET for line in lines]
        return "\n".join(lines)

    parts = []
    if article.title:
        top = styled(article.title, BOLD)
        crumb, between = (" > ", " | ") if plain else (" › ", " · ")
        meta = between.join(
            filter(
                None,
                [crumb.join(article.section), article.date, article.byline],
            )
        )
        if terminal and meta:
            top += "\n" + styled(meta, DIM)
        parts.append(top)
    if article.subtitle:
        parts.append(styled(article.subtitle, ITALIC))
    for block in article.body:
        if block.kind == "#":
            parts.append(styled(block.text, BOLD))
        elif block.kind:
            mark = block.kind + " "
            parts.append(styled(block.text, "", " " * len(mark), mark))
        else:
            parts.append(styled(block.text, ""))
    return "\n\n".join(parts) + "\n"


def wrap(text: str, width: int, first: str = "", indent: str = "") -> list[str]:
    """text in lines of at most width columns, greedy by words, the first
    line led by first and the others by indent; a word wider than a line is
    cut where the line is full. Each character is measured once: the time is
    linear in the text, however long its words."""
    wide = None if text.isascii() else column_table(text)
    lines: list[str] = []
    words: list[str] = []  # on the line being filled
    lead, used = first, len(first)
    for word in text.split(" "):
        size = len(word) if wide is None else sum(map(wide.__getitem__, word))
        if words:
            if used + 1 + size <= width:
                words.append(word)
                used += 1 + size
                continue
            lines.append(lead + " ".join(words))
            lead, used = indent, len(indent)
        if size and used + size > width:  # wider than a line: cut it
            from array import array
            from bisect import bisect_right
            from itertools import accumulate

            ends = (  # the columns up to each character, 8 bytes apiece
                range(1, size + 1)
                if wide is None
                else array("q", accumulate(map(wide.__getitem__, word)))
            )
            start = done = 0  # the characters and columns cut off
            while used + size - done > width:
                cut = bisect_right(ends, max(done + width - used, ends[start]))
                if cut >= len(word):  # one character wider than the room
                    break
                lines.append(lead + word[start:cut])
                lead, used = indent, len(indent)
                start, done = cut, ends[cut - 1]
            word, size = word[start:], size - done
        words, used = [word], used + size
    lines.append(lead + " ".join(words))
    return lines


def column_table(text: str) -> dict[str, int]:
    """The columns each character of text takes in a terminal: wide CJK two,
    combining marks none, the rest one."""
    import unicodedata

    return {
        c: 0
        if unicodedata.combining(c)
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in set(text)
    }


def render_markdown(article: Article) -> str:
    """The article as Markdown: # headline, standfirst in italics, paragraphs."""
    parts = []
    if article.title:
        parts.append("# " + md_escape(article.title))
    if article.subtitle:
        parts.append("*" + md_escape(article.subtitle) + "*")
    for block in article.body:
        if block.kind == "#":
            parts.append("## " + md_escape(block.text))
        elif block.kind == "•":
            parts.append("- " + md_escape(block.text))
        elif block.kind:
            parts.append(block.kind + " " + md_escape(block.text))
        else:
            parts.append(md_escape(block.text))
    return "\n\n".join(parts) + "\n"


def md_escape(text: str) -> str:
    """text with a backslash before what Markdown would read as markup."""
    out = []
    links = "](" in text or "][" in text or "]:" in text
    for i, char in enumerate(text):
        before = text[i - 1 : i]
        after = text[i + 1 : i + 2]
        if char in "\\`*":
            out.append("\\" + char)
        elif char == "_" and not (before.isalnum() and after.isalnum()):
            out.append("\\_")
        elif char == "<" and (after.isalpha() or after in "/!?"):
            out.append("\\<")
        elif char == "[" and links:
            out.append("\\[")
        elif (
            char == "&"
            and (after.isalnum() or after == "#")
            and ";" in text[i : i + 12]
        ):
            out.append("\\&")
        else:
            out.append(char)
    escaped = "".join(out)
    head = escaped.split(" ", 1)[0]
    if head in ("-", "+") or escaped[:1] in ("#", ">", "="):
        return "\\" + escaped
    if head[:-1].isdigit() and head[-1:] in (".", ")") and len(head) <= 10:
        return head[:-1] + "\\" + escaped[len(head) - 1 :]
    return escaped


def render_json(article: Article, ascii_only: bool) -> str:
    """The article as one JSON object; ascii_only escapes what is not ASCII."""
    import json

    doc = {
        "title": article.title,
        "subtitle": article.subtitle,
        "date": article.date,
        "byline": article.byline,
        "section": article.section,
        "body": [b.text for b in article.body],
        "removed": article.removed,
    }
    return json.dumps(doc, ensure_ascii=ascii_only, indent=2) + "\n"


def render_explain(text: str, article: Article) -> str:
    """Every input line with the verdict on it and why."""
    lines = text.split("\n")
    verdicts = [("", "blank")] * len(lines)
    page, judged = article.page, article.judgement
    for i, (first, last) in enumerate(page.lines()):
        for n in range(first - 1, min(last, len(lines))):
            verdicts[n] = (judged.verdicts[i], judged.reasons[i])
    digits = len(str(len(lines)))
    out = []
    for n, (line, (verdict, reason)) in enumerate(zip(lines, verdicts), 1):
        if line.strip() and not verdict:
            verdict, reason = Verdict.DROPPED, "empty"
        row = f"{n:>{digits}}  {verdict:<10} {reason:<20} {line.strip()}"
        out.append(row.rstrip())
    return "\n".join(out) + "\n"


def to_ascii(text: str) -> str:
    """text in plain ASCII: straight quotes, "...", "--", accents dropped."""
    pairs = ASCII_FOLD.split()
    text = text.translate({ord(k): v for k, v in zip(pairs[::2], pairs[1::2])})
    if text.isascii():
        return text
    import unicodedata

    plain = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in plain if not unicodedata.combining(c))
        .encode("ascii", "replace")
        .decode("ascii")
    )


# -- Command line ------------------------------------------------------------


class Options:
    """The parsed command line."""

    __slots__ = (
        "ascii",
        "check",
        "color",
        "explain",
        "format",
        "keep_all",
        "pager",
        "path",
        "width",
    )
    path: str | None
    format: str
    width: int | None
    color: str
    pager: bool
    ascii: bool
    explain: bool
    check: bool
    keep_all: bool

    def __init__(self, values: dict[str, object]) -> None:
        for name in self.__slots__:
            setattr(self, name, values.get(name))


# (flag, what it takes, choices, default, help): one table for both parsers.
OPTIONS: tuple[tuple[str, str, tuple[str, ...], object, str], ...] = (
    ("--format", "choice", ("text", "markdown", "json"), "text", "output format (default: %(default)s)"),
    ("--width", "int", (), None, "wrap the text format at N columns, 0 for never; markdown, json and --explain are never wrapped (default: the terminal's width, at most 80; no wrapping in a pipe)"),
    ("--color", "choice", ("auto", "always", "never"), "auto", "colour and bold in the output (default: %(default)s: when writing to a terminal, unless NO_COLOR is set or TERM=dumb)"),
    ("--pager", "flag", (), False, "show a terminal's output through $PAGER, as git does (default: less; LESS=FRX and LV=-c unless set)"),
    ("--ascii", "flag", (), False, "plain ASCII output: straight quotes, '...', '--', the metadata line as 'World > Americas | 2024-06-15'; letters ASCII cannot show are simplified (a-umlaut becomes a) or become '?'; JSON gets \\u escapes instead and loses nothing. Done by itself when stdout's encoding cannot show the text"),
    ("--explain", "flag", (), False, "print every input line with its verdict and the reason"),
    ("--check", "flag", (), False, "print nothing; exit 0 if the text holds an article, 1 if not"),
    ("--keep-all", "flag", (), False, "keep every line: normalise the text but drop nothing"),
)  # fmt: skip

EXAMPLES = """\
examples:
  show_article.py                       the bundled article.txt
  show_article.py page.txt | wc -w      count the article's words
  lynx -dump URL | show_article.py      clean a page as lynx prints it
  show_article.py < page.txt            standard input, when it is a pipe or a file
  show_article.py --format json page.txt | jq -r .title
  show_article.py --format markdown page.txt | pandoc -o page.html
  show_article.py --explain page.txt    see what was cut, line by line
"""


def clash(values: dict[str, object]) -> str:
    """Why these options cannot go together, or ""."""
    if values.get("check") and (values.get("explain") or values.get("keep_all")):
        return "--check cannot be combined with --explain or --keep-all"
    if values.get("explain") and values.get("format") != "text":
        return "--explain prints its own listing; it takes no --format"
    return ""


def quick_options(argv: Sequence[str]) -> Options | None:
    """The options, read without argparse when argv is plain; None if not."""
    values: dict[str, object] = {
        name.lstrip("-").replace("-", "_"): default
        for name, _, _, default, _ in OPTIONS
    }
    values["path"] = None
    specs = {name: (kind, choices) for name, kind, choices, _, _ in OPTIONS}
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "-" or not arg.startswith("-"):
            if values["path"] is not None:
                return None
            values["path"] = arg
            continue
        name, eq, value = arg.partition("=")
        if name not in specs:
            return None
        kind, choices = specs[name]
        key = name[2:].replace("-", "_")
        if kind == "flag":
            if eq:
                return None
            values[key] = True
            continue
        if not eq:
            if not args:
                return None
            value = args.pop(0)
        if kind == "int":
            if not value.isdigit() or not value.isascii():
                return None
            values[key] = int(value)
        elif value in choices:
            values[key] = value
        else:
            return None
    return None if clash(values) else Options(values)


def parse_options(argv: Sequence[str]) -> Options:
    """The options in argv; usage errors exit 2 through argparse."""
    quick = quick_options(argv)
    if quick is not None:
        return quick
    import argparse

    parser = argparse.ArgumentParser(
        description=__doc__,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "path",
        nargs="?",
        metavar="FILE",
        help="the saved page text; - reads standard input (default: standard input when it is a pipe or a file, else article.txt beside this script)",
    )
    for name, kind, choices, default, help_text in OPTIONS:
        if kind == "flag":
            parser.add_argument(name, action="store_true", help=help_text)
        elif kind == "int":
            parser.add_argument(
                name, type=width_value, default=default, metavar="N", help=help_text
            )
        else:
            parser.add_argument(name, choices=choices, default=default, help=help_text)
    parser.add_argument(
        "--version", action="version", version="%(prog)s " + __version__
    )
    values = vars(parser.parse_args(argv))
    problem = clash(values)
    if problem:
        parser.error(problem)
    return Options(values)


def width_value(text: str) -> int:
    """A --width value: a whole number of columns, 0 or more."""
    if not text.isdigit() or not text.isascii():
        from argparse import ArgumentTypeError

        raise ArgumentTypeError(
            f"invalid value {text!r}: columns, a whole number, 0 or more"
        )
    return int(text)


def default_path() -> str:
    """article.txt in the directory of this script, through symlinks to it."""
    try:
        from posix import readlink  # built in and loaded: os would cost 1 ms
    except ImportError:  # not a POSIX system
        import os

        here = os.path.dirname(os.path.realpath(__file__))
        return os.path.join(here, "article.txt")
    path = __file__
    for _ in range(SYMLINK_HOPS):
        try:
            target = readlink(path)
        except OSError:  # not a symlink
            break
        folder, slash, _ = path.rpartition("/")
        path = target if target.startswith("/") else folder + slash + target
    folder, slash, _ = path.rpartition("/")
    return folder + slash + "article.txt"


def clean_text(data: bytes) -> str:
    """Saved bytes as text fit to classify: decoded, repaired, sanitised."""
    return sanitise(fix_mojibake(decode(data)))


def render(
    article: Article, text: str, options: Options, terminal: bool, plain: bool
) -> str:
    """The output for the chosen format but JSON; plain folds it to ASCII."""
    if options.explain:
        out = render_explain(text, article)
    elif options.format == "markdown":
        out = render_markdown(article)
    else:
        width = options.width if options.width is not None else terminal_width(terminal)
        color = use_color(options.color, terminal)
        out = render_text(article, width, color, terminal, plain)
    return to_ascii(out) if plain else out


def output(article: Article, text: str, options: Options, terminal: bool) -> bytes:
    """The output as bytes: JSON in UTF-8, escaped to ASCII (losing nothing)
    for --ascii or when stdout's encoding is another; the rest in stdout's
    encoding, folded to ASCII for --ascii or when it cannot show the text."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if options.format == "json":  # never with --explain: clash() sees to it
        import codecs

        escape = options.ascii or codecs.lookup(encoding).name != "utf-8"
        return render_json(article, escape).encode()
    if not options.ascii:
        try:
            return render(article, text, options, terminal, False).encode(encoding)
        except UnicodeEncodeError:
            pass
    return render(article, text, options, terminal, True).encode(encoding, "replace")


def terminal_width(terminal: bool) -> int:
    """The wrap width: the terminal's, at most READING_WIDTH; 0 in a pipe."""
    if not terminal:
        return 0
    import os

    try:
        return min(os.get_terminal_size(sys.stdout.fileno()).columns, READING_WIDTH)
    except (OSError, ValueError):
        return READING_WIDTH


def use_color(choice: str, terminal: bool) -> bool:
    """Whether to style the output, by --color, NO_COLOR and TERM."""
    if choice != "auto":
        return choice == "always"
    if not terminal:
        return False
    import os

    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def page(data: bytes) -> bool:
    """Show data through $PAGER as git does; False when there is none to run.
    Ctrl-C is the pager's while it runs: this waits for it to end."""
    import os
    import shlex
    import signal
    import subprocess

    name = os.environ.get("PAGER", "less")
    # Unless set: less quits on one screen, passes colours, leaves the
    # screen as it was; lv passes colours.
    env = {"LESS": "FRX", "LV": "-c", **os.environ}
    try:
        command = shlex.split(name)
        if command in ([], ["cat"]):  # no pager, as git takes these
            return False
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError) as problem:
        error(f"cannot run pager '{printable(name)}': {reason(problem)}", "warning")
        return False
    interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    pager.communicate(data)  # a pager that quits early ends the writing
    signal.signal(signal.SIGINT, interrupt)
    return True


def write(data: bytes) -> None:
    """Write data to standard output; fd 1, so that a closed one fails as a
    full disk does, here, and nothing is left to flush at exit."""
    with open(1, "wb", closefd=False) as out:
        out.write(data)


def printable(name: str) -> str:
    """name with anything that could drive a terminal shown as "?"."""
    return "".join("?" if c < " " or "\x7f" <= c <= "\x9f" else c for c in name)


def reason(problem: Exception) -> str:
    """What went wrong, in the system's words when it has them."""
    return getattr(problem, "strerror", None) or str(problem)


def error(message: str, kind: str = "error") -> int:
    """Print a one-line error (or warning) naming the program; the exit status 1."""
    prog = (sys.argv[0] or "show_article.py").replace("\\", "/").rpartition("/")[2]
    sys.stderr.write(f"{prog}: {kind}: {message}\n")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status."""
    try:
        try:
            return run(parse_options(sys.argv[1:] if argv is None else argv))
        finally:
            if sys.stdout:
                sys.stdout.flush()  # what --help wrote fails here, not at exit
    except KeyboardInterrupt:
        return 130
    except OSError as problem:  # writing standard output
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing to flush at exit
        if isinstance(problem, BrokenPipeError):
            return 141
        return error(f"cannot write standard output: {reason(problem)}")


def run(options: Options) -> int:
    """Read, clean and write one article as the options say."""
    path = options.path or ("-" if piped() else default_path())
    label = "standard input" if path == "-" else "'" + printable(path) + "'"
    try:
        data = read_input(path)
    except (OSError, ValueError) as problem:
        return error(f"cannot read {label}: {reason(problem)}")
    if looks_binary(data):
        return error(f"{label} looks like a binary file")
    text = clean_text(data)
    article = extract(text, options.keep_all)
    if options.check:
        return 0 if article.body else 1
    if not article.body and not options.explain:
        return error(f"no article text found in {label} (--keep-all prints everything)")
    terminal = bool(sys.stdout) and sys.stdout.isatty()
    data = output(article, text, options, terminal)
    if not (options.pager and terminal and page(data)):
        write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
