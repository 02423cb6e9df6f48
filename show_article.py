#!/usr/bin/env python3
# /// script
# requires-python = ">=3.8"
# dependencies = []
# ///
"""Show the article in a saved web page, without the page around it.

Reads a news page as it was saved, as HTML (curl, wget, a browser's Save
Page As; gzip-compressed too) or as text (select-all-copy, lynx -dump,
w3m -dump, Markdown from a converter, a scraper's text), and prints the
headline, the standfirst and the body paragraphs, with the menus, banners,
share buttons, related links and footers gone:

    curl -sL URL | show_article.py | less
"""

import sys

try:  # built in: operator, which only wraps it, would cost 0.3 ms to import
    from _operator import mul
except ImportError:  # a Python without it
    from operator import mul

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import (
        IO,
        Any,
        Callable,
        Iterator,
        Match,
        MutableSequence,
        NoReturn,
        Sequence,
    )

__version__ = "2.0.0"

# -- Constants ---------------------------------------------------------------
#
# Word lists are written as text, a word or phrase to a line: a string costs
# the compiler, which runs at every start, one token.


def phrases(text: str) -> "tuple[str, ...]":
    """The lines of text, stripped, without blank ones: a list of phrases,
    shortest first (so that a search can stop at the text's length)."""
    return tuple(sorted(filter(None, map(str.strip, text.split("\n"))), key=len))


def word_set(text: str) -> "frozenset[str]":
    """The words of text as a set: a word list written as running text."""
    return frozenset(text.split())


def code_points(text: str) -> "tuple[int, ...]":
    """The code points that text lists in hex, one by one or as ranges with
    both ends ("2000-200A")."""
    ends = [[int(end, 16) for end in span.split("-")] for span in text.split()]
    return tuple(c for e in ends for c in range(e[0], e[-1] + 1))


def word_list(text: str) -> "list[str]":
    """The words of text in their order, written as running text."""
    return text.split()


# Local scores are clipped to this for the context features: past it a
# block is sure either way, and one flood paragraph must not swamp a window.
SCORE_CLIP = 6.0
# The blocks on each side whose scores make a block's neighbourhood.
NEAR_BLOCKS = 3
# The local score of sure prose, whose words say what the article is
# about, and the distance from it that counts as far.
CORE_SCORE = 1.0
NEAR_FAR = 10
# Words shorter than this say little of what a text is about.
CONTENT_WORD = 4
# The share of the page's prose that must come before a heading for it to
# end the article: "Comments" in a menu at the top ends nothing.
ENDED_PROSE = 0.2
# Words past which a block is long: a paragraph rather than a line.
LONG_WORDS = 12
# How far before the article's top its byline and breadcrumb may stand.
HEADLINE_REACH = 40
# The blocks from so many before the article's first block to so many
# after it are candidates for its headline: a w3m or lynx dump can hold a
# hundred menu lines between the two, and a caption or teaser that the
# article was taken to start with can stand before it (the fitted ranker
# weighs the place; on tune, wider nets find more headlines up to these).
HEADLINE_BEFORE = 100
HEADLINE_AFTER = 20
# The article's first blocks, whose words say what its headline is about,
# and the most of a page's own titles (HTML's title tags) weighed.
TOPIC_BLOCKS = 12
TITLE_CANDIDATES = 6
# The fewest words whose share says a candidate's topic or repetition ("more"
# is in every teaser and may be in the article: one word says little).
TOPIC_WORDS = 3
# A candidate's words and the article's are compared by so many first
# letters, a hyphenated compound's parts apart: a crude stem in any
# language that spells words apart ("Bahnhofs-Umbau", "Umbauten").
# On tune's text styles, headline right out of fold: 0.755 by whole words,
# 0.756 with compounds apart, 0.760 at 4 letters, 0.762 at 5, 0.766 at 6,
# 0.755 at 7.
TOPIC_STEM = 6
# How far past the headline the byline and section are looked for.
META_REACH = 3
# How many blocks under a headline its date or byline stand in (a picture
# between), and so how far below it the article's first block may begin
# for that block to be its standfirst.
BYLINE_REACH = 3
# And how many more blocks that fail their keep score (share buttons: "Share",
# "Tweet", "Email"…) may stand between a standfirst and the article.
BUTTONS_REACH = 6
# The most words of a kicker over a headline, a section's name or a label
# ("Consumer", "Learn more"), kept with the article and dropped.
KICKER_WORDS = 3
# Characters past which a block is no title, nor a copy of one.
TITLE_LENGTH = 300
# A standfirst is a short lead in one or two sentences, of this share at
# most of the mean length of the paragraphs after it.
STANDFIRST_MAX = 320
STANDFIRST_SHARE = 0.8
# How many of the article's first blocks a copy of its headline is looked
# for in (a page that shows its headline twice).
COPY_REACH = 3
# A picture's description that a text dump shows over its caption, which
# says it again: a body block is dropped when a body block at most
# TWIN_REACH blocks after it (the picture's credit between) shares
# TWIN_SHARE of the words of the longer of the two, both of TWIN_WORDS
# words or more (a short line says little). Chosen on tune (reach 1-3,
# words 3-8 the same; a share of 0.5, 0.6 or 0.8 less).
TWIN_REACH = 2
TWIN_SHARE = 0.7
TWIN_WORDS = 5
# Words past which a block reads as a lead paragraph, not a headline.
HEAD_WORDS = 25
# A page with no block of more words than this has no article: nothing but
# menu items and buttons. When no block of the article's stretch passes its
# keep score, those within FALLBACK_MARGIN of the best are taken (of the
# whole page, if the stretch holds no block of more words than this).
ARTICLE_WORDS = 10
FALLBACK_MARGIN = 1.0
# An extractor's output (the article alone, as trafilatura gives it) is kept
# whole: a text whose opening block (past a window title) passes the keep
# score, and CLEAN_SHARE of its blocks (a window title that fails not
# counted: trafilatura's output scores check snippets 0.879 -> 0.882). A
# saved page opens with its site's chrome: at nine in ten, one of the 1,195
# text pages of the corpus's
# tune half passes both (its figures unchanged), and 118 of trafilatura's
# 239 outputs of its pages; at eight in ten, eight tune pages, mostly
# article, passed and lost a little.
CLEAN_SHARE = 0.9
# Text a block a line with so many indented list items is a browser's dump
# (lynx's or w3m's, unwrapped), which shows no window title first: on tune,
# 232 and 233 of w3m's and lynx's 239, one of 239 scrapers' texts and none
# of html-text's.
DUMP_ITEMS = 3

# A w3m heading is a block of at most this many lines between blank lines:
# a headline longer than the dump's 80 columns wraps onto a second line
# (check w3m headline 0.605 -> 0.624 against one line).
SET_APART_LINES = 2
# How far a centred line's margins may differ (links and elinks centre a
# heading on the screen, which is a column or two wider than their text).
CENTRE_SLACK = 4
# The mark lynx draws a rule (<hr>, centred, so under a full line as if
# centred too) and an empty text field with: a line of it alone carries on
# no paragraph's words.
LYNX_RULE = "_"
# The screen that dumps centre on when their text is wrapped narrower: the
# terminal's 80 columns, lynx's and links's default.
SCREEN = 80
# and by how much more than the page's paragraphs a centred line is
# indented at least (not a full line of a paragraph).
CENTRE_LEAD = 3
# A paragraph's first line may stand this many columns further in than
# the lines it wraps onto: typed spaces (two ideographic ones open a CJK
# paragraph; lynx's list numbers past a nested list are lost so).
FIRST_INDENT = 4
# A dump's list item (lynx's, w3m's) whose text begins this many columns
# further in than its list's first item's, or more, nests under the item
# before (lynx's "+" under "*"); one column is a ragged list. Markdown's
# nest as CommonMark nests them, by their marks.
NESTED_COLUMNS = 2
# The marks that frame a heading on both sides ("== Title =="), and how
# long a run must be to end a wrapped line's paragraph or open one (a run
# of two opens or ends a line of prose too: "** for two").
FRAMES = "*=#~"
FRAME_BREAK = 3

# How much lower a list's mean keep score may be when the article goes on
# both sides of it (its items are short lines, but the article's).
LIST_MARGIN = 1.0
# A table's rows in text (lynx's, a copy's: short lines with digits) are
# kept or dropped together, as a list's items, when so many stand between
# the article's paragraphs (check text body F1 0.892 -> 0.896, snippets
# 0.877 -> 0.878; without the digit, snippets fell to 0.873).
ROW_RUN = 3
WORDS_SAMPLE = 1000  # characters of a block its words are counted in
# Blocks up to this many words may be menu items or headings of page parts.
MENU_WORDS = 12
# Words between a date's day, month and year ("6 de mayo de 2022").
DATE_FILLERS = word_set("de del do da of")
# The longest block a date is looked for in, and a time line's most words.
DATE_LENGTH = 80
TIME_WORDS_MAX = 8
# English's commonest words that other languages do not share, and the
# share of a text's words they make at least in English (a sixth of its
# prose, a twentieth at most of German's or Spanish's on tune): a slash
# date is month first in English only.
ENGLISH_WORDS = word_set("the and of to is that was for on with")
ENGLISH_SHARE = 0.06
# But English of a region a page declares (<html lang="en-GB">) puts the
# day first, except the United States' (and Canada's and the Philippines',
# which write both ways: there the text decides).
MONTH_FIRST_REGIONS = word_set("us ca ph")
# Characters of a block its features are measured on: far more than any
# paragraph, few enough that a one-paragraph flood is not measured whole.
FEATURE_SAMPLE = 4000
# A block's text is measured once however often a page repeats it (menu
# items, "Share"), and short ones kept in memory once, for as many
# different texts as this: a page of unique lines gains nothing.
REPEATS_KEPT = 4096
# A lynx link number ("[12]") stands for a link of about this many characters.
LINK_MARKER_CHARS = 12
# Inline links ("](") in the first SNIFF_BYTES that make text Markdown.
MARKDOWN_LINKS = 3
MARKDOWN_TAG_LINES = 5  # lines of bare HTML tags: Markdown's raw HTML
# Different words joined by "_" ("Forgot_password?") in the first
# SNIFF_BYTES of text whose headings are framed by "*": html2text (the C++
# one of Debian) draws a link's underline so; their words are parted again,
# as link text. An address ("a_b@c.org", "/a_b/") or a constant in capitals
# ("MAX_SIZE") is no link's.
UNDERLINED_LINKS = 3
UNDERLINE = r"(?<=[^\s_])_(?=[^\s_])"
# A scraper that writes each text node on a line of its own breaks a
# sentence around its links ("according to the" / "Herald" / ", the paper
# said."): a line of FRAGMENT_WORDS or more that ends mid-sentence, one of
# at most LINK_WORDS (the link's text), and one that carries the sentence
# on (a mark of CARRIED first, or a small letter and the sentence's end or
# TAIL_WORDS: not a list's short items) are one line again.
FRAGMENT_WORDS = 4
LINK_WORDS = 8
TAIL_WORDS = 8
CARRIED = ",.;:)"
# A picture inside a link inside a link is as deep as Markdown links go.
LINK_NESTING = 3
# A hard break is inside a link's text when a "[" is left open in the
# block's last this many lines up to it (html2text's "[![logo](a.png)  ⏎
# **Name** ](…)": wrapped at 78 columns, the picture's address may take
# lines of its own).
LINK_LINES = 4
# The longest link text or address with brackets or parentheses paired in
# it that is looked for (longer are read as the nearest pair delimits them).
TARGET_REACH = 2000
# and the deepest parentheses in an address (CommonMark's parsers stop at 32)
TARGET_DEPTH = 32
# A lazy picture's data: stand-in and the picture itself stand side by side,
# or a line break and an indent apart, at most so many characters.
PLACEHOLDER_GAP = 10
# Lines in hard-wrapped text are joined when the next word would not have
# fitted on the line, within this share of the wrap width.
WRAP_SLACK = 0.80
# A paragraph's end inside such a join (broke()): a sentence's end, not
# after an abbreviation (a capital's word this short, or such parts with
# dots: "Dr.", "U.S."), where the next word had room on the line.
BROKE_ENDS = ".!?…"
BROKE_LETTERS = 2
# A word so long at a dump's line end was broken at its hyphen for the line
# (an address, a file's name); a shorter one ending in "-" had a space after.
WORD_BREAK = 30
# The words a suspended hyphen stands before ("Press- und Hammerwerk",
# "low- to middle-income", "pré- ou post-")
SUSPENDED = word_set(
    "und oder bzw. sowie bis and or to nor versus et ou y o e i en och og"
)
# Text is hard-wrapped when almost no line is longer than this (in
# characters or in columns, as its saver counts: CJK and Hangul, from WIDE
# on, wrap between any two); its start (so many characters) tells.
WRAP_WIDTH_MAX = 100
# Lines are measured in columns (a CJK character two) only when no more
# than one in this many lines with CJK runs past that width: w3m breaks
# CJK anywhere to fit it; lynx counts characters, and so runs past it
# (but a URL too long to break).
WRAP_OVERRUN = 10
WRAP_SAMPLE = 262144
# The width is where the long lines (half the length of the longest but the
# longest hundredth or more: a table's rows are few) crowd: the length that
# this many in a hundred of them reach, when they are as many as WRAP_LINES
# (fewer: the longest, which a short wrapped text's own lines reach).
WRAP_LONGEST = 99
WRAP_CROWD = 95
WRAP_LINES = 20
WIDE = "\u2e80"
# Where the wide feature counts characters from: CJK punctuation, kana,
# ideographs and Hangul, but not CJK's radicals, which the models were
# fitted without (a sentence is rarely made of them).
WIDE_FEATURE = "\u3000"
# A site's name, cut from a window title ("Headline - The Daily Example").
SITE_NAME_WORDS = 4
# What separates a headline from a site's name in a window title, and those
# a site's name may come before the headline with ("Gazette | Headline").
TITLE_SEPARATORS = tuple(f" {mark} " for mark in word_list("| - – — :: · »"))
SITE_FIRST = " | ", " :: ", " » "
# A heading that is a declared title and more ("Kicker Headline"): the
# title has two words or more (one is a section's name), the rest two or
# more (one ends the headline: "... in Tennessee").
GLUED_WORDS = 2
GLUED_REST = 2
# What a kicker may end with before the headline in a heading ("Kicker:
# Headline", "Kicker : Headline"): a colon, as a title sets a kicker apart.
KICKER_ENDS = ":"
# The feeds lynx names before the article's own in the titles of a page's
# links: the site's, and its comments' (whose name the article's ends with)
FEEDS = 2
INFINITY = float("inf")

# Block flags: lynx prints headings flush left, w3m sets them apart
# between blank lines; HTML blocks carry the bits of HTML_LOCAL from bit 1
# on (HTML_BIT), and one more for <h1>.
FLUSH = 1
# The oldest Python the script runs on (its PEP 723 block's, tested in CI).
OLDEST_PYTHON = 3, 8
# Symlinks followed from the script to the directory of its article.txt
# (as many as the kernel follows).
SYMLINK_HOPS = 40
# A file's type in its mode, and a regular file's (stat's S_IFMT and
# S_IFREG, the same on every system: importing stat costs a start).
FILE_TYPE, REGULAR_FILE = 0o170000, 0o100000
# The terminal width past which lines stop being comfortable to read.
READING_WIDTH = 80
# The most digits a width in columns is read with (--width, COLUMNS): more
# is no screen's, and past 4,300 Python refuses to read a number.
WIDTH_DIGITS = 9
# What makes a $PAGER a shell command, as git tells one (run-command.c);
# and the statuses of a shell that could not run it: a syntax error, a
# command that cannot be run, none found.
SHELL_CHARS = "|&;<>()$`\\\"' \t\n*?[#~=%"
SHELL_FAILED = 2, 126, 127
# An escape sequence, removed whole with its ESC:
# - CSI, "[": at most 64 parameter bytes and one final byte, or up to a byte
#   no sequence has; "[" alone when neither comes (ESC [ 3 1 m -> "");
# - an escape string (OSC, DCS, SOS, PM, APC: "]", "P", "X", "^", "_"): up
#   to and with BEL, or up to the next ESC (its ST, "ESC \\", is a short
#   sequence of its own), on its line, looked for in 4095 characters so that
#   a flood of ESC ] stays linear; its opener alone if it ends on neither
#   (a stray byte 0x9D of a Windows-1252 page takes no text with it), or
#   if html_page's marks come first (they are kept);
# - else at most 8 intermediate bytes and a final byte (ESC ( B -> "").
ESCAPE_SEQUENCE = (
    r"\x1b(?:\[(?:[ -?]{0,64}(?:[@-~]|(?=[^\x1b -~])))?"
    r"|[]PX^_](?:[^\x07\n\x1b\ufdd0-\ufdd6]{0,4094}(?:\x07|(?=\x1b)))?"
    r"|[ -/]{0,8}[0-~]?)"
)
# A control character (C0) written as a character reference ("&#x1b;",
# "&#7;"): html.unescape drops all but tab and the line breaks, ESC and BEL
# too, which would leave the rest of their sequence ("[1m") as text; read
# as themselves, sanitise() removes the sequence whole.
CONTROL_REFERENCE = (
    r"&#(?:[xX]0*(1?[0-9a-fA-F])(?![0-9a-fA-F])|0*(3[01]|[12]?[0-9])(?![0-9]));?"
)
# A decimal character reference of eight digits or more ("&#00000065;",
# "&#99999999;"), read by control() as html.unescape reads it: its int()
# refuses more than 4,300 digits (since Python 3.11 and 3.8.14), and past
# seven digits, zeros aside, it is beyond U+10FFFF, which it makes U+FFFD.
LONG_REFERENCE = r"&#(?=[0-9]{8})0*([0-9]+);?"
# Bytes of input sniffed for binary content, and the shares of NUL bytes and
# of other control bytes (never in text, unlike tab, FF, VT, ESC) above which
# it is not text at all: a stray NUL passes, random bytes (10% such controls)
# and PNG, gzip or executables do not.
SNIFF_BYTES = 65536
# UTF-16 without a BOM: NUL bytes in more than this share of one half of the
# bytes (the high bytes of Latin text, of spaces and of digits in any text)
# and in less than the other share of the other half (a NUL there is rare).
UTF16_NULS = 0.4
UTF16_CLEAN = 0.05
NUL_SHARE = 0.005
BINARY_SHARE = 0.05
BINARY_CONTROLS = bytes(range(0x20)).translate(None, b"\t\n\x0b\x0c\r\x1b")
# Signatures at the start of common binary formats (PNG, GIF, JPEG, PDF, ZIP,
# ELF, bzip2, xz, Ogg, RIFF, MP3, ICO, EXE), none with a space in it.
BINARY_MAGIC = tuple(
    b"\x89PNG GIF8 \xff\xd8\xff %PDF PK\x03\x04 \x7fELF BZh \xfd7zXZ OggS RIFF ID3"
    b" \x00\x00\x01\x00 MZ".split()
)
# The most input may be, read or inflated from gzip: far past any page,
# short of /dev/zero or a gzip bomb.
INPUT_LIMIT = 256 << 20
# Input is read, and gzip inflated from, this many bytes at a time: a page
# in one read, and no gzip member copying all the rest of the input.
INPUT_CHUNK = 1 << 20
# A gzip member is fed to zlib from this many bytes, doubling up to
# INPUT_CHUNK: what follows its end is copied (unused_data), and a million
# empty members each copying a megabyte took 26 s.
GZIP_STEP = 4096
# The blocks of a page read at most, text or HTML: a page has hundreds, and
# each costs its features (a few hundred bytes), so that 20 MB of two-letter
# lines would take gigabytes; the rest of such a flood is not read.
BLOCKS_MAX = 100_000
# A script's or a style sheet's code that a converter or scraper left in
# the text ("var a=b;if(c){d();}", "#popup { display: block; }") is no
# block: never taken for the article, never parting the one it stands in.
# It is SCRIPT_CHARS long or more, with SCRIPT_STATEMENTS ";" or more (not
# a character's "&#x0443;") and one of SCRIPT_MARKS at least (";" alone is
# prose's: Greek's question mark, citations "Smith 2001; Lee 2005"), the
# two making SCRIPT_SHARE of it, and fewer than SCRIPT_PROSE of its words
# are function words (a sentence around a statement, "write for (i = 0;
# i < n; i++) { … } and the compiler unrolls it", has 0.17 and more). On
# tune's pages in their 15 saving styles the 75 blocks so read are all
# code (0.11 function words at most); a code block's code is not looked at.
SCRIPT_CHARS = 80
SCRIPT_STATEMENTS = 3
SCRIPT_SHARE = 0.04
SCRIPT_PROSE = 0.15
SCRIPT_MARKS = "{}="
# What gzip data opens with.
GZIP_MAGIC = b"\x1f\x8b"
# A web archive (MHTML) opens with a mail's header (Chrome's: "From: <Saved
# by Blink>", then its page's address, title, date), which a field of these
# opens. A MIME or HTTP header is looked for within HEADER_MAX bytes: a long
# address or a content security policy can pass 4 kB.
HEADER_MAX = 65536
MIME_OPENERS = tuple(b"from: mime-version: content-type: subject: date:".split())
MIME_OPENER = max(map(len, MIME_OPENERS))
UNQUOTED = b" \t\"'<>"  # what would end an attribute's value unquoted
BOMS = b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"  # UTF-8's, UTF-16's (and 32's)
# Safari's web archive is a binary property list (plistlib reads it), or
# one written as XML (plutil -convert xml1), its main resource's key first.
PLIST_MAGIC = b"bplist00"
PLIST_XML = b"<?xml", b"<!DOCTYPE plist", b"<plist"  # what it opens with
PLIST_KEY = b"<key>WebMainResource</key>"
PLIST_HEAD = 1024  # bytes that hold an XML property list's first key
# curl follows 50 redirects at most (--max-redirs), each response's header
# shown over the page with -i.
HTTP_RESPONSES = 51
HTTP_MAGIC = b"HTTP/"  # a response's status line (its body sniffed apart)
# A file that opens with a magic number is another format's when a control
# byte follows within this many bytes ("MZ" is an executable's, or a word).
MAGIC_SPAN = 64

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
# English first, then the other languages of STOPWORDS, Polish, Chinese,
# Japanese and Korean (labels whole: a short CJK paragraph is as short as
# a menu, and "share" or "comment" alone is a word of its sentences).
FURNITURE = phrases(
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
    mehr zum thema
    lesen sie auch
    weiterlesen
    auch interessant
    jetzt teilen
    teilen mit
    anzeige
    abonnieren
    kommentare
    kommentieren
    datenschutz
    werbung
    lire aussi
    lire la suite
    voir aussi
    partager
    publicité
    abonnez-vous
    commentaires
    leer más
    lee también
    te puede interesar
    compartir
    publicidad
    suscríbete
    comentarios
    ver más
    leia mais
    leia também
    compartilhe
    publicidade
    comentários
    leggi anche
    condividi
    pubblicità
    commenti
    lees ook
    lees meer
    advertentie
    reacties
    baca juga
    bagikan
    czytaj też
    czytaj także
    czytaj więcej
    zobacz też
    zobacz także
    udostępnij
    reklama
    komentarze
    читайте также
    подробнее
    поделиться
    реклама
    комментарии
    分享到
    热门文章
    热门新闻
    相关阅读
    相关新闻
    相关文章
    この記事をシェア
    人気記事
    関連記事
    공유하기
    많이 본
    많이본
    관련 기사
    관련기사
    댓글쓰기
    댓글 쓰기
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
    leave a comment
    post a comment
    share this
    trending
    what to read next
    latest news
    top stories
    """
)
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

# What tells a bracketed picture reference in lynx output from text, and the
# longest one looked for.
IMAGE_REF_MAX = 500
IMAGE_CHUNK = 65536  # characters of a flood of brackets gone through at once
IMAGE_MARKS = tuple(word_list(".jpg .jpeg .png .gif .webp .svg base64"))
# and an address's query ("[resize?w=640]"; not a question, "[who?]"), or
# "=" in one with a sign of an address or as long as IMAGE_WORD (a
# shortcode's: "[box class=…]"; not "[n=48]", "[debug=true]")
IMAGE_QUERY = "?"
IMAGE_ADDRESS = "&/."
# and a picture's address or file name is one word, or its lines a word as
# long as this at least (a dump broke it); not "[which one?]", "[x = 2y]"
IMAGE_WORD = 16
# w3m writes a picture without words as its file's name this long at most
W3M_NAME = 10
# The marks lynx and w3m set around the text of an <ins> element (an
# advert's slot, mostly empty: "[INS: :INS]"), a <del> and (w3m) an <s>:
# the text between them is the page's; and lynx's for an <embed> (a player,
# a picture), which shows no words.
ELEMENT_MARKS = "[INS:", ":INS]", "[DEL:", ":DEL]", "[S:", ":S]", "[EMBED]"
# The marks lynx sets around a <math> element, between which it shows
# MathML's tags as text ("[MATH: <mi> x </mi> <mo> = </mo> … :MATH]").
FORMULA = "[MATH:", ":MATH]"
# The mark lynx sets before a table's caption.
LYNX_CAPTION = "CAPTION: "

# What a quotation may open with.
QUOTES = "\"'“”‘’«»„‚"

# Words a date or time line is made of, besides numbers and month names.
TIME_WORDS = word_set(
    """
    ago at on am pm a.m p.m et est edt gmt utc bst cet updated published posted
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    sun today yesterday minutes hours days weeks months hour day week month min mins
    hrs
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
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    januari februari maart april mei juni juli augustus september oktober november december
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
    styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
    ledna února března dubna května června července srpna září října listopadu prosince
    januari februari mars april maj juni juli augusti september oktober november december
    januar februar marts april maj juni juli august september oktober november december
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    janv févr mars avr mai juin juil août sept oct nov déc
    jän feb mär apr mai jun jul aug sep okt nov dez
    ene feb mar abr may jun jul ago sep oct nov dic
"""
MONTHS = {
    name: month
    for row in MONTH_NAMES.split("\n")
    for month, name in enumerate(row.split(), 1)
}
MONTHS["sept"] = 9

# Words that introduce a byline, in the languages of STOPWORDS, and how many
# words may come before them ("Analysis by", "Text and photos by").
BYLINE_LEAD = 3
# The most words of a byline, and of the names in it ("By Ann Writer, Bo
# Reporter and Cy Editor").
BYLINE_WORDS_MAX = 16
BYLINE_NAMES = 8
BYLINE_DATED = 8  # or how far, after a date ("Posted on June 3, 2023 by Ann")
BYLINE_WORDS = word_set("by von par por por: di door oleh")
# Of those, the ones that also join a name, before a capital ("Ferdinand von
# Schirach", "Ursula von der Leyen"), and the marks a name ends at in an
# author's element ("Tine · 2. Februar 2020", "Ann Lee | Reuters").
NAME_JOINS = word_set("von di")
NAME_MARKS = word_set("| / - – — · • »")

# Words of a picture's caption or credit (a headline under a picture is
# rare; a caption between the headline and the article common).
PICTURE_WORDS = phrases(
    """
    photo
    foto
    image
    getty
    reuters
    afp
    (file)
    ©
    credit
    """
)

# Separators of breadcrumb trails ("Home » World » Europe"), and the names
# of the home page that open one.
CRUMB_SEPARATORS = tuple(f" {mark} " for mark in word_list("» › > / | → • ·"))
# A menu's items stand between bars as a trail's names may.
MENU_BAR = " | "
HOME_WORDS = tuple(word_list("home start startseite accueil inicio início"))
# A section's name in a trail has at most this many words (a headline cut
# short may have more), and a trail's last name copies the headline only
# with more characters than this ("News" starts many a headline).
CRUMB_WORDS = 6
CRUMB_STEM = 10

# The kinds of block that are no list's item ("" too): a heading, a quote,
# and code (HTML's <pre>, a Markdown fence), whose lines stay as written. A
# table's row ("|") is an item too: a table is kept whole or not, as a list
# is, and a list's item next to it goes with it.
CODE = "`"
# Markdown's indented code: four columns past the text of the item it is in
# (or the page's edge), as CommonMark sets it.
MD_CODE = 4
UNLISTED = "#>" + CODE
# An item's paragraph past its first (HTML's <li><p>…</p><p>…</p>): set
# under the item's text, as CommonMark continues an item, with no mark.
MORE = "+"
UNNESTED = UNLISTED + "|"  # and a table's row: kinds no list nests under
# but an HTML list's item may hold code, quotes, tables and headings after
# its first block, set under its text as its paragraphs past the first
# (MORE) are
ITEM_HELD = CODE, ">", "|", "#"
# and a quote may hold code and headings besides its paragraphs (">"), each
# line of them marked as in it
QUOTE_HELD = CODE, "#"
# Lines a block may open with to be a list item; lynx marks items with
# "*", "+", "o" and "#" by nesting depth, w3m with "•", "□", "☆", "○", "■"
# and "★" (and "●" for type=disc, "◎").
BULLETS = tuple(f"{mark} " for mark in word_list("* + o # - • · – ◦ ▪ □ ☆ ○ ■ ★ ● ◎"))
# Those that open an item in Markdown: CommonMark's, and w3m's (a dump that
# reads as Markdown); not "o", "·" or "–", which a wrapped line may open with.
MD_BULLETS = "-+*•□☆○■★●◎"
# The HTML blocks that a Markdown page holds and no reader shows: their
# lines, up to the one with the end tag, are the page's code (CommonMark);
# and the characters that end tag must come within.
MD_UNSHOWN = r"(?m)^ {0,3}<(script|style)(?=[\s>]|$)"
UNSHOWN_CHARS = 20000
# The lines that open and close a static site's front matter (YAML, TOML),
# and the characters in which it must close.
FRONT_FENCES = ("---\n", "+++\n")
FRONT_MATTER_MAX = 8000
# The values that say a YAML field's text is on the lines under it.
YAML_BLOCKS = word_set("> >- >+ | |- |+")
# What ends a numbered item's number: "3. ", and in Markdown "3) " too (a
# page's "20) Title" is no list item's: a countdown's heading).
NUMBER_ENDS = (". ", ") ")

# Characters that end a sentence, and the closing marks that may follow.
SENTENCE_ENDS = ".!?…:;。！？"
CLOSERS = "\"'”’»)]"
# and the marks that open them, an emphasis's markers inside ("(_em_)")
MD_OPENERS = "\"'“‘„«¿¡([—"
# How a line cut short ends (a teaser, a long crumb).
CUT_SHORT = "...", "…"
# Marks counted as sentence ends inside a block, and what a word is
# stripped of before it is looked up in STOPWORDS.
SENTENCE_MARKS = ". ", "! ", "? ", "。", "！", "？"
PUNCTUATION = ",.;:!?\"'“”‘’()«»[]"
# Separators that part a window title ("Site - Headline | Section"), made
# spaces; a heading the title holds has this many words at least (one word
# is a site's or a section's name).
PARTED = str.maketrans(dict.fromkeys("|-–—:»›·", " "))
HELD_WORDS = 2
# Marks that part words even unspaced, in lines compared by their words
# ("Business|Headline", a section glued to the headline).
FOLD_MARKS = "|»›•·"
FOLD_BREAKS = str.maketrans(dict.fromkeys(FOLD_MARKS, " "))
# Deleting these tells how many symbols a text has.
SYMBOLS = str.maketrans("", "", "|/\\»«›‹•·<>=+#*@_~^{}[]()→←")
# What Markdown converters escape with a backslash, and where an escaped
# character waits while the markup around it is read.
MARKDOWN_ESCAPES = "\\!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~"  # all ASCII punctuation
# Markup that converters leave in Markdown and that shows nothing: raw HTML
# tags (a name, and attributes with "=") and comments (GitHub's flavour),
# pandoc's {#id .class key="value"} after a link, a [span], a heading (at
# its end) or a `code span` (at the next part's start; the span keeps its
# text), not "{#name}" in running text; an autolink (<https://…>,
# <ann@example.org>) keeps its address. Linear whatever the input: each
# scan stops at the next bracket, and a quoted value and the whole are
# bounded, at 4000 characters: as long as a picture's list of sources
# (srcset) runs.
MARKDOWN_MARKUP = r"""(?x)
    \[ ([^\[\]]*) \] (?:\{ (?:[^{}"]|"[^"]{0,4000}"){0,4000} \})
    | (?<=[)\]]) \{ (?:[^{}"]|"[^"]{0,4000}"){0,4000} \}
    | \A \{ [#.][^{}]{0,4000} \} | \s \{ [#.][^{}]{0,4000} \} \s*\Z
    | </?[A-Za-z][A-Za-z0-9-]* (?:\s[^<>=]*=[^<>]*>|\s*/?>) | <![^<>]*>
    | < ([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+) >
"""
# html2text's <i></i> or <em></em> with nothing in it: an icon font's mark,
# gone from among words; a block of nothing else stays as it was (emptied,
# such blocks shifted the cleaner's context: check body F1 0.910 -> 0.907).
EMPTY_ITALICS = "__"
# What html2text spaces off an emphasis closed before it ("_word_ ,"; all
# but an opening bracket, ".", "!" and "?"), where a space is the page's
# only in French (" :"): a comma, colon, semicolon, a quote mark that
# closes ("_word_ \"" ends a quote) or an apostrophe's "s", and CJK (WIDE)
# after CJK.
SPACED_OFF = ",;:"
QUOTE_ENDS = "\"'”’"
# How html2text sets a line of the <abbr> titles it lists at a page's end
# ("  *[HDA]: Harbour Development Agency"), PHP Markdown Extra's way: two
# columns in (as no writer sets a paragraph) and a star on the "[".
ABBREVIATED = 2, "*["
# Underscores inside a word between a letter or digit and a mark are
# markers (html2text's, which closes and opens emphasis with no space after
# a mark or before one: "ET:__Added" for "ET:</i><i>Added", "sein:_Let",
# "NDR_-Recherchen"), not between two letters ("snake_case"); its stars
# there are text ("Euro*,": html2text writes emphasis "_", strong "**").
MD_SEAM = r"(?<=[^\W_])_+(?=[^\w\s])|(?<=[^\w\s])_+(?=[^\W_])"
# What marks a Markdown block's links, code or emphasis.
MD_STYLED = ("](", "`", "*", "_", "~~")
# A line that defines a reference link's target ("[label]: https://…"), and
# a link (or picture) to one: [text][label], [label][], [label].
MD_DEFINITION = (  # (its target alone, or with a title: "[Update]: The council…"
    # is a paragraph; "[^1]: …" a footnote): its label, and target as written
    r"(?m)^ {0,3}\[([^\[\]\n^][^\[\]\n]{0,998})\]:[ \t]*((?:<[^<>\n]*>|[^\s<]+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?)[ \t]*$"
)
MD_REFERENCE = r"(!?)\[([^\[\]\n]{1,999})\](?:\[([^\[\]\n]{0,999})\]|(?![(:\[]))"
# A code span's brackets and line breaks, as a link to a label is looked for:
# none of a link's, though its text may hold the span ("[`f()`][f]").
CODE_UNBRACKETED = str.maketrans("[]\n", "   ")
ESCAPED = 0xF0000
UNESCAPED = {ESCAPED + ord(c): c for c in MARKDOWN_ESCAPES}
# The page's own characters of those code points wait meanwhile as a
# noncharacter (sanitise() drops them from the page) and one of the BMP's
# private use, which no markup reads.
SPARED_MARK, SPARED = "\ufdd7", 0xE000
SPARING = {
    ESCAPED + ord(c): f"{SPARED_MARK}{chr(SPARED + ord(c))}" for c in MARKDOWN_ESCAPES
}

# Characters that drive or confuse a terminal, mapped to None (dropped) or
# to a plain space: C0 and C1 controls, bidi marks, embeddings, overrides
# and isolates (Trojan Source), zero-width and invisible characters, soft
# hyphens, Unicode tag characters, lone surrogates (from a JSON "\\ud800" or
# a codec a page names), noncharacters (FDD0-FDEF, which this uses to mark
# links and to set characters aside, and the last two of each plane). The zero-width joiner and
# non-joiner stay: Persian, Indic scripts and emoji sequences need them.
# Code points in hex.
DROPPED_CHARS = code_points(
    "0-8 C-1F 7F-9F AD 61C 180E 200B 200E 200F 202A-202E 2060-206F D800-DFFF FDD0-FDEF"
    " FEFF FFF9-FFFB FFFE-FFFF E0000-E007F"
    + "".join(f" {plane:X}FFFE-{plane:X}FFFF" for plane in range(1, 17))
)
TAB_STOPS = 8  # columns apart, as terminals set them
MD_TAB_STOPS = 4  # and as CommonMark sets them
SPACE_CHARS = code_points("9 B A0 1680 2000-200A 202F 205F 3000")
# What sanitise respells, in this order: line breaks in all their forms as
# "\n", and the C1 controls that open and end escape sequences (CSI, OSC,
# DCS, ST) as ESC and a character, for ESCAPE_SEQUENCE to remove.
RESPELLED = {
    **dict.fromkeys(["\r\n", *"\r\x0c\x1c\x1d\x1e\x85\u2028\u2029"], "\n"),
    "\x9b": "\x1b[",
    "\x9d": "\x1b]",
    "\x90": "\x1bP",
    "\x9c": "\x1b\\",
}
# The characters w3m draws rules and tables' borders with (box drawing,
# block elements, geometric shapes: "━", "├", "□"): a block of them alone
# shows no text.
FRAMES_GONE = dict.fromkeys(range(0x2500, 0x2600))
BOX_FRAME = dict.fromkeys(range(0x2500, 0x2580))  # box-drawing alone: not "▲"
# The lines of a bordered table's row read at once: a row so long is no
# table's, and holding it whole would hold any flood of "││" lines.
BOX_ROW_LINES = 200
# The side of a table's box that w3m draws between its cells, and the
# corners its rules begin with: at the top, between two rows, at the bottom.
BOX_SIDE = "\u2502"
BOX_RULES = "\u250c\u251c\u2514"  # ┌ ├ └
# The lines of a row of pandoc's grid table that are read as one line of
# its cells; a longer row (a page laid out in a table) is read a column at
# a time, so many cells at most (the rest a row of its own): a page of a
# few thousand lines in one cell, not a flood of "| |" held whole.
GRID_SHORT = 4
GRID_CELLS = 20000
GRID_COLUMNS = 4  # a page's layout has few: more are a table's, read a line a time
GRID_DEPTH = 3  # tables in tables read: a page's layout, its tables in it
# Blank lines in a row that a text keeps: reading each costs as much as a
# line of text, what more say is nothing, and a small gzip of millions
# would hold the reader for minutes.
BLANK_LINES = 8
# A run of them that fewer() may cut (one class: a repeated group would
# stack a state a line).
BLANK_RUN = f"\n[ \n]{{{BLANK_LINES},}}\n"
# The characters of text that sanitise() splits into lines at a time.
SANITISE_STRETCH = 65536

# The C1 controls that stand for Windows-1252's characters in text: a dump
# (lynx, html-text, html2text) passes on a numeric reference "&#133;" as
# U+0085, which browsers show as "…" (and a line break would cut a
# paragraph there). Not the five bytes Windows-1252 leaves undefined, nor
# 0x9B and 0x9C, which sanitise() reads as a terminal's CSI and ST. (The
# characters as written here, not from the codec: its import costs a start.)
WINDOWS_C1 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ"  # 0x80-0x9F
C1_READ = {
    code: char
    for code, char in enumerate(WINDOWS_C1, 0x80)
    if char != "\ufffd" and code not in (0x9B, 0x9C)
}
C1_SET = frozenset(map(chr, C1_READ))
# The characters that UTF-8 lead bytes (0xC2-0xF4) become when read as
# Windows-1252: mojibake always has one.
MOJIBAKE_LEADS = frozenset(map(chr, range(0xC2, 0xF5)))
# What a Latin word undone so may not end on: IPA, combining marks and the
# scripts up to Vietnamese's Latin (the "É”" of "CAFÉ”" reads as IPA),
# marks letting it go on; nor hold anywhere: Thaana and N'Ko, what "ß" and
# "Þ" before a quote read as.
MOJIBAKE_ODD = "\u0250", "\u1e00"
MOJIBAKE_MARKS = "\u0300", "\u0370"
MOJIBAKE_RARE = "\u0780", "\u0800"

# Characters that show nothing alone (marks, joiners, variation selectors):
# their Unicode categories.
ASCII_UNSHOWN = ("Mn", "Me", "Cf")
# What adds to the picture before it: a joined emoji, a skin tone, a flag's
# second regional letter.
ASCII_JOINED = (
    "\u200d[\u2190-\u2bff\U0001f000-\U0001faff]|[\U0001f3fb-\U0001f3ff]"
    "|([\U0001f1e6-\U0001f1ff])[\U0001f1e6-\U0001f1ff]"  # (the first kept)
)
# What --ascii (or an output that cannot show the text) writes for typography,
# common signs (as iconv's //TRANSLIT writes them) and the letters that do
# not decompose into an ASCII letter and accents, as pairs; other accented
# letters lose their accents, the rest become "?".
ASCII_FOLD = """
    ‘ '  ’ '  ‚ '  ‛ '  ′ '  ‹ '  › '  “ "  ” "  „ "  ‟ "  ″ "  « "  » "
    … ...  — --  – -  ‐ -  ‑ -  ‒ -  − -  • *  · *  × x  € EUR  £ GBP
    ß ss  æ ae  Æ AE  œ oe  Œ OE  ø o  Ø O  ł l  Ł L  đ d  Đ D  ð d  Ð D
    þ th  Þ Th  ı i  © (C)  ® (R)  ± +-  µ u  ≥ >=  ≤ <=  ≠ !=  → ->  ← <-
    ÷ /  ¢ c  ¥ JPY  ₹ INR  ¿ ?  ¡ !  ≈ ~
"""

# Terminal styles (SGR): bold headline, italic standfirst, dim metadata.
BOLD, ITALIC, DIM, RESET = "\x1b[1m", "\x1b[3m", "\x1b[2m", "\x1b[0m"

# -- Fitted weights ----------------------------------------------------------
#
# Written by tools/fit.py from the tune half of the corpus: each model is
# "section: name weight ..." for the features of LOCAL (and HTML_LOCAL),
# CONTEXT (in, after, keep, start, end) and HEADLINE, a feature left out
# weighing 0, and the settings of sequence() (decode). LEXICON weighs words
# that mark page furniture (positive) or prose (negative). The comment over
# each says how and when it was fitted, with its figures.

# fitted: begin
# TEXT_MODEL: tools/fit.py --kind text --quick, 2026-12-04 (cd77b5d), tune's
#   239 pages, lambda 3; no cross-validation (its settings are those the last
#   one chose, at 0.885 body F1, 0.850 snippets, 0.748 headline); headline refit
#   by tools/fit.py --kind text --headline, 2026-12-05, tune's 239 pages, 0.7636
#   right out of fold
TEXT_MODEL = """
local: bias -2.907 chars 1.785 stop -0.628 lower -0.1959 capital -1.208
sentence 0.984 stops 0.8537 commas 1.703 digits -0.3641 wide 1.089
symbols -1.882 wordlen 0.506 menu -1.356 small -1.884 date -1.637
byline 0.001599 end -0.1296 few 0.2334 some -0.3476 listed 0.9177
shout 0.5819 quoted 0.6562 address 0.2755 vocab -0.6 worst -1.49
best -0.3659 item -0.5209 heading 0.2968 link -1.998 lines -0.3136
wrapped -0.2687 marked 0.3324
in: bias 1.495 own 0.2063 before -0.005972 after 0.003566 before2 0.006954
after2 -0.02003 around 0.8195 best 0.006232 place 1.316 ended -3.012
closed 3.314 cohesion 0.1685 prior 5.403 behind -0.4052 ahead 0.2471
last 0.06236 next -0.06101 shorts -0.9451 items -0.1108 dates 0.02864
after: bias -3.111 own 0.0763 before -0.03135 after 0.007327
before2 -0.00519 after2 -0.005494 around 0.2799 best -0.007537 place 2.434
ended -0.5632 closed 1.963 cohesion -0.4322 prior 8.887 behind 0.2117
ahead 0.07637 last 0.08238 next -0.2943 shorts -0.9789 items -0.7213
dates 1.297
keep: bias 0.8186 own 0.605 before 0.06098 after 0.08431 before2 0.02213
after2 0.001738 around 0.07877 best -0.002253 place 0.9651 ended -0.8078
closed 0.5428 cohesion 0.7355 prior 0.2339 behind 0.957 ahead 1.17
last 0.04059 next 0.1526 shorts -1.265 items 0.3447 dates -0.1089
start: bias -6.403 own 0.6973 before -0.1708 after 0.2262 before2 -0.1426
after2 0.1921 around -0.103 best 0.203 place 1.322 ended -0.3638
closed -0.7112 cohesion 0.3432 prior -4.782 behind 2.729 ahead -0.2254
last -0.2073 next -0.09953 shorts -1.426 items -1.447 dates 0.3718
end: bias -7.073 own 0.6015 before 0.1472 after -0.3215 before2 0.1378
after2 -0.1787 around -0.06011 best 0.4565 place -0.8128 ended -1.263
closed -0.3332 cohesion -0.3004 prior 1.535 behind -0.02788 ahead 2.251
last 0.01174 next -0.1147 shorts -1.423 items -0.9906 dates -0.3318
headline: window 0.1811 first -0.1976 near 0.8606 close 0.6088 far -0.4325
inside -0.8393 heading 3.535 tiny -0.7596 terse -0.9077 long -0.477
endless -0.8546 capital -0.8155 period -1.162 similar 2.827 same 0.4947
dated -0.3623 twice 0.9999 own 1.388 meta 0.05135 topic 1.814 rank 0.1811
agree 0.7361 item -0.5011 letters 1.903 commas -0.6932 overlap 1.397
deep -1.575 crumb -0.8464 within 1.511 under 1.129 lead 0.7756 prev -1.996
stated -1.206 picture -0.08022 agreed 1.59
decode: keep 1 shift 0.5 boundary 0.5
"""
# HTML_MODEL: tools/fit.py --kind html --quick, 2026-12-04 (cd77b5d), tune's
#   239 pages, lambda 3; no cross-validation (its settings are those the last
#   one chose, at 0.963 body F1, 0.895 snippets, 0.905 headline); headline refit
#   by tools/fit.py --kind html --headline, 2026-12-05, tune's 239 pages, 0.8955
#   right out of fold
HTML_MODEL = """
local: bias -2.437 chars 0.6505 stop -0.9841 lower -0.6577 capital -0.709
sentence 0.4354 stops -0.2493 commas 0.3898 digits -0.9039 wide 0.7143
symbols 0.3973 wordlen 0.08115 menu -0.9379 small -1.149 date -1.687
byline 0.01858 end -0.1007 few 0.2377 some -0.008157 listed 0.402
shout 0.04603 quoted 0.2671 address 0.5142 vocab -0.5196 worst -1.041
best -0.52 item -0.7863 heading 0.1135 link -1.936 in_nav -1.226
in_header -1.176 in_footer -2.259 in_aside -1.812 in_form -1.606
in_figure -0.8374 in_article 0.7315 in_main 0.1383 in_list -0.6531
in_table 1.97 in_quote 1.899 in_pre 1.319 is_heading 0.8318 is_p 0.9292
is_item 2.566 is_cell 0.2756 is_caption 0.3227 hint_comment -2.387
hint_share -0.3718 hint_related -1.116 hint_sidebar -0.6043 hint_ad -0.3351
hint_nav -0.98 hint_footer -1.961 hint_header -0.6119 hint_byline -0.5664
hint_date 0.4448 hint_caption 0.5088 hint_content 1.337 hint_title -1.194
in: bias -1.683 own 0.171 before 0.04361 after 0.04407 before2 0.009271
after2 0.006359 around 0.1485 best 0.1557 place 0.7569 ended -1.356
closed 1.741 cohesion 0.2644 prior 4.762 behind 1.183 ahead 1.144
last 0.2689 next 0.002446 shorts -1.224 items 0.4679 dates 0.2699 held 2.823
after: bias -4.84 own 0.07522 before -0.002967 after 0.07349
before2 -0.03289 after2 0.03691 around -0.04847 best 0.111 place 2.983
ended 0.5214 closed 0.4089 cohesion 0.05167 prior 6.75 behind 1.052
ahead 1.426 last 0.3659 next -0.2118 shorts 0.04919 items -0.3023
dates 0.1589 held 1.847
keep: bias -0.1553 own 0.686 before 0.05842 after 0.1191 before2 -0.08382
after2 -0.09978 around -0.09322 best 0.02257 place 1.067 ended -0.6328
closed 0.2349 cohesion 1.151 prior -0.01744 behind 1.367 ahead 0.4052
last 0.08603 next 0.0111 shorts 0.2142 items 0.6663 dates -0.7401 held 1.323
start: bias -6.732 own 0.4888 before -0.06044 after 0.2309 before2 -0.01874
after2 0.2738 around -0.6397 best 0.1057 place 0.5703 ended -0.5358
closed -0.1422 cohesion 0.9576 prior -2.723 behind 1.641 ahead -0.369
last -0.2834 next -0.002598 shorts -1.481 items -0.9805 dates 0.3444
held 0.927
end: bias -7.636 own 0.6088 before 0.1117 after -0.1804 before2 0.139
after2 -0.0521 around -0.4225 best 0.1925 place -0.3126 ended -0.6116
closed -0.01628 cohesion 0.08348 prior 1.063 behind -0.265 ahead 1.311
last -0.04068 next -0.2597 shorts -1.156 items -0.9182 dates 0.4019
held 1.859
headline: window 0.7815 first 0.5744 near 0.3004 close -0.01561 far -0.01489
inside -0.8442 heading 1.335 tiny -0.5658 terse -0.06122 long 0.04344
endless -0.09701 capital -0.3389 period -0.04685 similar 1.109 same 0.8498
dated -0.1041 twice 0.4214 own 0.9048 meta -0.116 topic 0.7954 rank 0.2536
agree 0.9049 item -0.9209 letters 0.07524 commas -0.0007373 overlap 0.8446
deep -0.6701 crumb -0.16 within 0.3457 under 0.08095 lead 0.4169
prev -0.05104 stated -0.3222 picture -0.2617 agreed 1.74
decode: keep 1.2 shift 0.5 boundary 0.5
"""
# LEXICON: tools/fit.py --kind text --quick, 2026-12-04 (cd77b5d), tune's 239
#   pages, lambda 3; no cross-validation (its settings are those the last one
#   chose, at 0.885 body F1, 0.850 snippets, 0.748 headline)
LEXICON = """
cookies 2.95 subscribe 2.78 rss 2.14 newsletters 2.12 antworten 2.09
abo 2.02 advertise 1.96 impressum 1.87 startseite 1.86 faq 1.81 archiv 1.79
abonnieren 1.76 magazin 1.73 kontakt 1.72 advertisement 1.68 kommentar 1.66
login 1.63 newsletter 1.63 fitness 1.62 suche 1.59 abmelden 1.55
datenschutzerklärung 1.53 datenschutz 1.52 privacy 1.49 kategorien 1.48
passwort 1.48 pressemitteilungen 1.45 beiträge 1.43 rechte 1.43
editorial 1.41 musik 1.41 publikationen 1.37 cookie 1.35 donate 1.29
edition 1.26 kultur 1.26 ablehnen 1.24 einwilligung 1.24 club 1.19
interessieren 1.19 anmelden 1.17 sitemap 1.15 careers 1.09 mediadaten 1.09
seite 1.09 dezember 1.07 termine 1.04 article -1 editor -1 environment -1
limited -1 organisation -1 zwei -1 special -1.01 und -1.01 aktiv -1.02
computer -1.02 conditions -1.02 details -1.02 july -1.02 justice -1.02
watch -1.02 events -1.03 marketing -1.03 sehen -1.03 updated -1.03
address -1.04 erreicht -1.04 field -1.04 jan -1.04 keine -1.04 medical -1.04
politische -1.04 theme -1.04 washington -1.04 wer -1.04 alles -1.05
bleibt -1.05 credit -1.05 download -1.05 hier -1.05 press -1.05 sie -1.05
alltag -1.06 beachten -1.06 copy -1.06 erreichen -1.06 france -1.06
ganzen -1.06 gedanken -1.06 gute -1.06 haus -1.06 kein -1.06 wednesday -1.06
erfahren -1.07 john -1.07 zum -1.07 andrew -1.08 box -1.08 schnelle -1.08
stellt -1.08 tip -1.08 alte -1.09 eben -1.09 eigene -1.09 front -1.09
steve -1.09 tax -1.09 baby -1.1 finden -1.1 nutzung -1.1 options -1.1
unterwegs -1.1 hat -1.11 ich -1.11 june -1.11 link -1.11 local -1.11
material -1.11 steht -1.11 ukraine -1.11 auf -1.12 aus -1.12 bei -1.12
euro -1.12 october -1.12 social -1.12 ohne -1.13 wissen -1.13 mir -1.14
von -1.14 anders -1.16 anfang -1.16 bisschen -1.16 canada -1.16 car -1.16
choices -1.16 dein -1.16 denen -1.16 erklären -1.16 friday -1.16 gab -1.16
ihn -1.16 japan -1.16 jedem -1.16 keinen -1.16 league -1.16 mitte -1.16
private -1.16 schreiben -1.16 star -1.16 thank -1.16 topics -1.16
unbedingt -1.16 verwenden -1.16 york -1.16 geht -1.17 habe -1.17
published -1.18 dieser -1.19 erste -1.19 für -1.19 international -1.19
leave -1.19 personal -1.19 weiter -1.19 bad -1.2 bin -1.2 hintergrund -1.2
living -1.2 police -1.2 windows -1.2 bank -1.21 christian -1.21
informiert -1.21 neuen -1.21 wir -1.21 zusammenarbeit -1.21 card -1.22
hotel -1.22 probleme -1.22 releases -1.22 setzt -1.22 unterstützt -1.22
updates -1.22 brand -1.23 immer -1.23 liegen -1.23 läuft -1.23 natural -1.23
treffen -1.23 ziel -1.23 dark -1.24 der -1.24 forschung -1.24 sicht -1.24
smart -1.24 tools -1.24 unternehmen -1.24 wall -1.24 free -1.25 ihm -1.25
land -1.25 market -1.25 max -1.25 mich -1.25 nun -1.25 direkt -1.26
internationale -1.26 license -1.26 pdf -1.26 richtig -1.26
verschiedene -1.26 hätte -1.27 ihren -1.27 notice -1.27 weiteren -1.27
wäre -1.27 beitrag -1.28 content -1.28 die -1.28 energy -1.28 games -1.28
learn -1.28 live -1.28 michael -1.28 start -1.28 bild -1.29 city -1.29
december -1.29 inzwischen -1.29 senior -1.29 stay -1.29 buy -1.3 seien -1.3
chris -1.31 fall -1.31 our -1.31 reply -1.31 soll -1.31 dann -1.32
mehr -1.32 mit -1.32 nation -1.32 network -1.32 required -1.32 sagen -1.32
wirklich -1.32 diesem -1.33 seiner -1.33 wenn -1.33 alten -1.34 author -1.34
communications -1.34 damit -1.34 deiner -1.34 ganze -1.34 gestalten -1.34
klar -1.34 sharing -1.34 shot -1.34 tun -1.34 wegen -1.34 weiterhin -1.34
ideas -1.35 world -1.35 zur -1.35 angebot -1.36 annual -1.36 bisher -1.36
digitale -1.36 straße -1.36 das -1.37 nutzen -1.37 vom -1.37 diesen -1.38
fans -1.38 kannst -1.38 leider -1.38 llc -1.38 settings -1.38 bietet -1.39
blick -1.39 financial -1.39 gegenüber -1.39 ins -1.39 research -1.39
stand -1.39 werden -1.39 andere -1.4 einzelnen -1.4 erhalten -1.4 liste -1.4
management -1.4 name -1.4 position -1.4 seinem -1.4 show -1.4 south -1.4
dank -1.41 essen -1.41 geworden -1.41 ihrem -1.41 man -1.41 meinem -1.41
morning -1.41 subject -1.41 vielleicht -1.41 wie -1.41 den -1.42
israel -1.42 jahre -1.42 leben -1.42 save -1.42 west -1.42 family -1.43
machen -1.43 technology -1.43 waren -1.43 großen -1.44 grund -1.44
ihres -1.44 initiative -1.44 jeweiligen -1.44 picture -1.44 points -1.44
road -1.44 transfer -1.44 nach -1.45 general -1.46 ist -1.46 unter -1.46
vor -1.46 web -1.46 art -1.47 hatte -1.47 stellen -1.47 folge -1.48
geld -1.48 house -1.48 kids -1.48 nicht -1.48 tag -1.48 true -1.48
wort -1.48 einzige -1.49 help -1.49 jahres -1.49 miss -1.49 policies -1.49
seine -1.49 seit -1.49 shopping -1.49 solchen -1.49 verantwortung -1.49
aktuell -1.5 ein -1.5 future -1.5 genau -1.5 gerne -1.5 jeden -1.5 per -1.5
zwischen -1.5 amazon -1.51 care -1.51 erklärt -1.51 fand -1.51 heißt -1.51
mann -1.51 movies -1.51 als -1.52 dies -1.52 gilt -1.52 kommt -1.52
rund -1.52 services -1.52 allein -1.53 angaben -1.53 deutschen -1.53
fest -1.53 parties -1.53 sea -1.53 tim -1.53 dabei -1.54 denn -1.54
dieses -1.54 einen -1.54 fünf -1.54 gemacht -1.54 laut -1.54 meinen -1.54
tuesday -1.54 bis -1.55 einer -1.55 nichts -1.55 products -1.55 teil -1.55
wird -1.55 claims -1.56 connect -1.56 conversation -1.56 earn -1.56
entfernt -1.56 fire -1.56 hin -1.56 lange -1.56 property -1.56 shows -1.56
street -1.56 sei -1.57 dass -1.58 dem -1.58 euch -1.58 europe -1.58
got -1.58 mission -1.58 sein -1.58 today -1.58 training -1.58 trump -1.58
des -1.59 gut -1.59 kann -1.59 macht -1.59 tests -1.59 welt -1.59
conference -1.6 kostenlose -1.6 offen -1.6 selbst -1.6 stelle -1.6 war -1.6
wollen -1.6 zudem -1.6 core -1.61 features -1.61 information -1.61
können -1.61 sind -1.61 support -1.61 nur -1.62 text -1.62 your -1.62
zeit -1.62 all -1.63 bieten -1.63 druck -1.63 especially -1.63 wieder -1.63
buch -1.64 build -1.64 halten -1.64 jeder -1.64 job -1.64 verfügung -1.64
wurden -1.64 dessen -1.65 earth -1.65 may -1.65 muss -1.65 seiten -1.65
sollte -1.65 wenig -1.65 aber -1.66 anderen -1.66 ihr -1.66 sagte -1.66
team -1.66 alter -1.67 innerhalb -1.67 schon -1.67 sechs -1.67 woman -1.67
worth -1.67 about -1.68 chance -1.68 china -1.68 french -1.68 inside -1.68
lead -1.68 menschen -1.68 noch -1.68 purchase -1.68 sprache -1.68
allerdings -1.69 display -1.69 erst -1.69 how -1.69 next -1.69 oder -1.69
seinen -1.69 eine -1.7 kommen -1.7 military -1.7 plans -1.7 relevant -1.7
richtige -1.7 sites -1.7 wasser -1.7 bleiben -1.71 darüber -1.71 kaum -1.71
office -1.71 thomas -1.71 blood -1.72 bzw -1.72 changing -1.72 covered -1.72
ganz -1.72 half -1.72 ihrer -1.72 message -1.72 pocket -1.72 rein -1.72
voll -1.72 weil -1.72 winter -1.72 wochen -1.72 arm -1.73 auch -1.73
authorities -1.73 einige -1.73 experts -1.73 express -1.73 gehören -1.73
gibt -1.73 open -1.73 tage -1.73 dafür -1.74 european -1.74 get -1.74
kleinen -1.74 müssen -1.74 personen -1.74 price -1.74 story -1.74
under -1.74 viel -1.74 white -1.74 accept -1.75 bringen -1.75 daran -1.75
fight -1.75 findet -1.75 gehört -1.75 ging -1.75 hinter -1.75 life -1.75
matters -1.75 ort -1.75 report -1.75 sich -1.75 window -1.75 beyond -1.76
darum -1.76 find -1.76 freie -1.76 geben -1.76 groups -1.76 liegt -1.76
möglich -1.76 überhaupt -1.76 haben -1.77 tatsächlich -1.77 einem -1.78
gas -1.78 getting -1.78 low -1.78 magic -1.78 results -1.78 werde -1.78
worden -1.78 closed -1.79 continue -1.79 drei -1.79 heute -1.79 les -1.79
monday -1.79 neben -1.79 wurde -1.79 new -1.8 offer -1.8 more -1.81
space -1.81 einfach -1.82 hours -1.82 jahren -1.82 see -1.82 sehr -1.82
sondern -1.82 dazu -1.83 design -1.83 sowie -1.83 actions -1.85
analysis -1.85 anbieten -1.85 bekannt -1.85 bereit -1.85 besser -1.85
bringt -1.85 complete -1.85 consider -1.85 darauf -1.85 darf -1.85
detail -1.85 dort -1.85 ebenfalls -1.85 entwicklung -1.85 favorite -1.85
fit -1.85 folgenden -1.85 frank -1.85 frau -1.85 frauen -1.85 gesamte -1.85
groß -1.85 großer -1.85 intelligence -1.85 lang -1.85 letzten -1.85
light -1.85 love -1.85 lässt -1.85 middle -1.85 moment -1.85 natur -1.85
needs -1.85 otherwise -1.85 paying -1.85 plus -1.85 pop -1.85
professional -1.85 provided -1.85 questions -1.85 rahmen -1.85
remember -1.85 safety -1.85 security -1.85 sogar -1.85 state -1.85
strategy -1.85 targeted -1.85 thanks -1.85 track -1.85 verschiedenen -1.85
zeigt -1.85 doch -1.87 you -1.87 nie -1.88 allem -1.9 black -1.9 del -1.9
money -1.9 quality -1.9 date -1.91 eigenen -1.91 robert -1.91 welche -1.91
action -1.92 days -1.92 falls -1.92 feature -1.92 focus -1.92 peter -1.92
scientists -1.92 staff -1.92 want -1.92 direct -1.93 game -1.93
percent -1.93 platz -1.93 aktuellen -1.94 eye -1.94 gesagt -1.94
interest -1.94 kleine -1.94 page -1.94 sales -1.94 cost -1.95 cut -1.95
data -1.95 insbesondere -1.95 success -1.95 ahead -1.96 capital -1.96
con -1.96 election -1.96 event -1.96 gives -1.96 hatten -1.96 markus -1.96
near -1.96 premier -1.96 professor -1.96 sicher -1.96 supported -1.96
trotzdem -1.96 vielen -1.96 agreement -1.97 campaign -1.97 dadurch -1.97
daher -1.97 ergebnis -1.97 fields -1.97 gerade -1.97 launched -1.97
monate -1.97 option -1.97 phone -1.97 play -1.97 remains -1.97 call -1.98
crisis -1.98 essential -1.98 real -1.98 review -1.98 richard -1.98
children -1.99 einmal -1.99 las -1.99 turn -1.99 chaos -2 eher -2
erkennen -2 foreign -2 früher -2 hundreds -2 minimum -2 nimmt -2 use -2
durch -2.01 chinese -2.02 east -2.02 former -2.02 good -2.02 johnson -2.02
aufgrund -2.03 foundation -2.03 image -2.03 perfect -2.03 power -2.03
sommer -2.03 third -2.03 update -2.04 vier -2.04 anderem -2.05 become -2.05
deutlich -2.05 doctor -2.05 insgesamt -2.05 jede -2.05 running -2.05
times -2.05 viele -2.05 great -2.06 lassen -2.06 los -2.06 oft -2.06
storage -2.06 tweet -2.06 wichtig -2.06 council -2.07 decisions -2.07
erscheint -2.07 hinaus -2.07 industry -2.07 kurz -2.07 law -2.07 names -2.07
season -2.07 written -2.07 während -2.07 recent -2.08 work -2.08 aller -2.09
devices -2.09 große -2.09 paar -2.09 person -2.09 word -2.09 access -2.1
basis -2.1 erfolgt -2.1 leading -2.1 legal -2.1 lust -2.1 mittlerweile -2.1
pay -2.1 serious -2.1 wichtige -2.1 keep -2.11 london -2.11 protection -2.11
zuletzt -2.11 ceo -2.12 eines -2.12 here -2.12 systems -2.12 button -2.14
caught -2.14 criminal -2.14 ende -2.14 improve -2.14 leaders -2.14
million -2.14 mind -2.14 modern -2.14 möchte -2.14 necessary -2.14
push -2.14 russian -2.14 six -2.14 thread -2.14 unabhängig -2.14
unless -2.14 prime -2.15 bereits -2.16 list -2.16 nehmen -2.16 united -2.16
additional -2.17 back -2.17 employees -2.17 finally -2.17 meisten -2.17
notes -2.17 nächsten -2.17 standard -2.17 technical -2.17 zusätzlich -2.17
eigentlich -2.18 experience -2.18 map -2.18 off -2.18 software -2.18
this -2.18 besteht -2.19 held -2.19 hoch -2.19 issues -2.19 machine -2.19
ready -2.19 reports -2.19 return -2.19 using -2.19 week -2.19
alternative -2.21 durchaus -2.21 gave -2.21 give -2.21 mark -2.21
monitor -2.21 process -2.21 reading -2.21 taken -2.21 union -2.21 area -2.22
behind -2.22 director -2.22 engineering -2.22 for -2.22 schnell -2.22
davon -2.23 fast -2.24 public -2.24 release -2.24 son -2.24 una -2.24
why -2.24 after -2.25 building -2.26 chief -2.26 contributed -2.26
cover -2.26 dead -2.26 deren -2.26 deshalb -2.26 heart -2.26 para -2.26
secret -2.26 secure -2.26 solche -2.26 spielt -2.26 tagen -2.26 teams -2.26
thinking -2.26 wollte -2.26 zweiten -2.26 the -2.27 says -2.28 study -2.28
sollten -2.29 will -2.29 beispiel -2.3 below -2.3 collection -2.3
designed -2.3 frei -2.3 jahr -2.3 leicht -2.3 manager -2.3 most -2.3
out -2.3 trotz -2.3 virtual -2.3 ersten -2.31 never -2.31 result -2.31
size -2.31 effective -2.32 ensure -2.32 explained -2.32 ideal -2.32
institutions -2.32 jedes -2.32 leaving -2.32 school -2.32 try -2.32
weise -2.32 democratic -2.34 dinge -2.34 endlich -2.34 mehrere -2.34
pages -2.34 previous -2.34 reality -2.34 remove -2.34 sort -2.34 trade -2.34
uses -2.34 works -2.34 history -2.35 major -2.35 need -2.35 point -2.35
achieve -2.36 besonders -2.36 blue -2.36 hit -2.36 like -2.36 lost -2.36
maßnahmen -2.36 model -2.36 rate -2.36 schaffen -2.36 wish -2.36
important -2.37 first -2.38 letter -2.38 plan -2.38 product -2.38
statement -2.38 air -2.39 british -2.39 continues -2.39 etwas -2.39
full -2.39 lower -2.39 months -2.39 möglichst -2.39 order -2.39 paris -2.39
situation -2.39 starting -2.39 talks -2.39 weit -2.39 wrong -2.39 with -2.4
allen -2.41 big -2.41 completely -2.41 knowledge -2.41 members -2.41
small -2.41 zunächst -2.41 coming -2.42 außerdem -2.43 kam -2.43
konnte -2.43 project -2.43 rules -2.43 slow -2.43 fact -2.44 jedoch -2.44
sent -2.44 täglich -2.44 ziehen -2.44 minister -2.45 que -2.45 was -2.45
what -2.45 and -2.46 create -2.46 expected -2.46 fill -2.46 führt -2.46
happy -2.46 know -2.46 now -2.46 provide -2.46 relationships -2.46
version -2.46 went -2.46 development -2.47 etwa -2.47 extra -2.47 form -2.47
helped -2.47 made -2.47 make -2.47 yes -2.47 zumindest -2.47
department -2.48 drive -2.48 night -2.48 reduce -2.48 announced -2.49
book -2.49 party -2.49 problem -2.49 store -2.49 university -2.49 total -2.5
from -2.51 key -2.51 user -2.51 case -2.52 long -2.52 red -2.52 appear -2.54
beginning -2.54 choose -2.54 commission -2.54 cool -2.54 country -2.54
darin -2.54 demand -2.54 developers -2.54 ebenso -2.54 einigen -2.54
ever -2.54 everyone -2.54 her -2.54 keeps -2.54 largest -2.54 left -2.54
not -2.54 noted -2.54 ones -2.54 probably -2.54 rise -2.54 screen -2.54
seems -2.54 set -2.54 shared -2.54 sick -2.54 stage -2.54 started -2.54
student -2.54 stunden -2.54 taking -2.54 toward -2.54 type -2.54
understand -2.54 warning -2.54 words -2.54 zwar -2.54 available -2.56
other -2.57 own -2.57 according -2.58 festival -2.58 political -2.58
change -2.59 economic -2.59 far -2.59 stop -2.59 are -2.6 bring -2.6
during -2.6 note -2.6 others -2.6 thought -2.6 better -2.61 officials -2.61
president -2.61 weniger -2.61 years -2.61 believe -2.62 calls -2.62
choice -2.62 down -2.62 found -2.62 höhe -2.62 move -2.62 rare -2.62
similar -2.62 term -2.62 wrote -2.62 think -2.63 directly -2.64 does -2.64
early -2.64 everything -2.64 independent -2.64 items -2.64 later -2.64
must -2.64 operations -2.64 really -2.64 thousands -2.64 always -2.65
day -2.65 mean -2.65 above -2.66 gets -2.66 high -2.66 hope -2.66 just -2.66
large -2.66 over -2.66 people -2.66 production -2.66 saw -2.66 setting -2.66
states -2.66 asked -2.67 company -2.67 last -2.67 part -2.67 critical -2.68
feel -2.68 single -2.68 natürlich -2.69 allow -2.7 among -2.7 control -2.7
easy -2.7 five -2.7 series -2.7 smaller -2.7 end -2.71 head -2.71
impact -2.71 old -2.71 touch -2.71 against -2.72 seen -2.72 begin -2.73
eyes -2.73 matter -2.73 month -2.73 rule -2.73 significant -2.73 tiny -2.73
where -2.73 along -2.74 cases -2.74 death -2.74 going -2.74 question -2.74
activity -2.77 again -2.77 amount -2.77 became -2.77 changes -2.77 did -2.77
goes -2.77 happened -2.77 human -2.77 individual -2.77 little -2.77
nor -2.77 previously -2.77 group -2.78 who -2.78 also -2.79 come -2.79
line -2.79 longer -2.79 place -2.79 right -2.79 around -2.8 bar -2.81
efforts -2.81 final -2.81 growth -2.81 helps -2.81 möglichkeit -2.81
said -2.81 selten -2.81 take -2.81 worked -2.81 government -2.82
without -2.82 addition -2.83 idea -2.83 involved -2.83 issue -2.83
outside -2.83 record -2.83 been -2.84 has -2.84 year -2.84 one -2.85
companies -2.86 fully -2.86 gebe -2.86 number -2.86 original -2.86
pretty -2.86 sorgen -2.86 thing -2.87 common -2.88 film -2.88
particular -2.88 past -2.88 seven -2.88 wants -2.88 water -2.88 whole -2.88
minute -2.89 potential -2.89 progress -2.89 run -2.89 sense -2.89
several -2.89 created -2.91 she -2.91 yet -2.91 american -2.92 every -2.93
avoid -2.95 bit -2.95 condition -2.95 court -2.95 effort -2.95 else -2.95
evidence -2.95 external -2.95 hard -2.95 looks -2.95 opportunity -2.95
prozent -2.95 role -2.95 room -2.95 status -2.95 still -2.95 sure -2.95
understanding -2.95 ways -2.95 write -2.95 even -2.96 have -2.97 say -2.97
second -2.98 working -2.98 administration -3 took -3 cause -3.01
countries -3.01 friends -3.01 including -3.01 its -3.01 parts -3.01
released -3.01 rest -3.01 any -3.02 face -3.02 three -3.02 built -3.03
continued -3.03 course -3.03 hold -3.03 reason -3.03 regular -3.03
takes -3.03 tell -3.03 testing -3.03 deal -3.04 possible -3.04 short -3.04
source -3.04 another -3.05 certainly -3.05 creating -3.05 easier -3.05
immediately -3.05 include -3.05 moving -3.05 should -3.06 through -3.06
anyone -3.07 attention -3.07 increase -3.07 led -3.07 only -3.07
reported -3.07 turned -3.07 were -3.07 code -3.08 problems -3.08
current -3.09 than -3.09 began -3.1 changed -3.1 doing -3.1 easily -3.1
following -3.1 needed -3.1 risk -3.1 soon -3.1 their -3.1 writing -3.1
those -3.11 due -3.12 look -3.12 since -3.13 time -3.13 users -3.13
makes -3.14 brought -3.15 cannot -3.15 correct -3.15 giving -3.15
least -3.15 making -3.15 massive -3.15 overall -3.15 fix -3.16 into -3.16
meeting -3.17 approach -3.18 could -3.18 currently -3.18 some -3.18
away -3.19 came -3.19 multiple -3.19 nothing -3.19 sources -3.19 there -3.19
value -3.19 means -3.2 two -3.21 him -3.22 level -3.22 add -3.24
because -3.24 body -3.24 but -3.24 entire -3.24 guten -3.24 meaning -3.24
physical -3.24 rolle -3.24 showed -3.24 system -3.24 would -3.25 done -3.27
let -3.28 being -3.29 age -3.3 quickly -3.3 successful -3.3 these -3.3
few -3.31 decision -3.32 minutes -3.32 sofort -3.32 until -3.33
already -3.35 before -3.35 lot -3.35 many -3.35 normal -3.35 server -3.35
whose -3.35 when -3.36 which -3.36 simply -3.38 that -3.38 together -3.38
average -3.39 couple -3.39 includes -3.39 can -3.4 his -3.41 recently -3.41
tool -3.41 consumer -3.43 example -3.43 hand -3.43 well -3.44 appears -3.46
complex -3.46 looking -3.46 period -3.46 population -3.46 saying -3.46
used -3.46 anything -3.5 either -3.51 certain -3.52 effect -3.52
internal -3.52 prevent -3.52 them -3.52 between -3.54 put -3.54 serve -3.55
slightly -3.55 they -3.55 despite -3.58 levels -3.58 different -3.59
added -3.6 clear -3.61 kind -3.61 less -3.61 four -3.64 having -3.64
likely -3.64 rather -3.64 side -3.64 things -3.64 both -3.67 enough -3.67
way -3.69 ability -3.7 across -3.7 businesses -3.7 might -3.7 able -3.71
very -3.71 though -3.75 known -3.76 while -3.76 often -3.77 instead -3.8
whether -3.8 had -3.81 once -3.82 something -3.82 allowed -3.86 green -3.86
simple -3.86 much -3.89 named -3.89 weeks -3.91 earlier -3.93 provides -3.93
scale -3.93 further -3.99 themselves -3.99 too -4.05 within -4.07
trying -4.08 actually -4.1 told -4.13 almost -4.15 called -4.18
present -4.25 although -4.29 each -4.29 such -4.32 figure -4.33
relatively -4.33 performance -4.4 existing -4.41 then -4.44 based -4.46
task -4.5 given -4.65 same -4.82 itself -4.94 however -5.03
"""
# fitted: end
VOCABULARY = {  # "word weight" by twos, split once (a third of the time)
    word: float(weight) for word, weight in zip(*[iter(LEXICON.split())] * 2)
}


# -- Plain data --------------------------------------------------------------


class Tag(str):
    """A verdict or a reason: one of the named constants of Verdict and
    Reason, compared by identity. (An enumeration without the enum module,
    whose import would cost a text page's run 1.3 ms on Python 3.8 and 4 to
    6 ms on 3.11, where it imports more.)"""

    __slots__ = ()


class Verdict:
    """What the cleaner decided a block is."""

    TITLE = Tag("title")
    STANDFIRST = Tag("standfirst")
    BODY = Tag("body")
    DROPPED = Tag("dropped")


class Reason:
    """Why a block got its verdict, as --explain shows it."""

    ARTICLE = Tag("in the article")
    BEFORE = Tag("before the article")
    AFTER = Tag("after the article")
    GAP = Tag("page furniture inside")
    HEADLINE = Tag("headline")
    STANDFIRST = Tag("standfirst")
    METADATA = Tag("date or byline")
    KICKER = Tag("kicker over headline")
    TWIN = Tag("said again under it")
    KEPT = Tag("kept (--keep-all)")


class Block:
    """One paragraph of the article as rendering sees it.

    kind is "" for prose, a bullet ("•", "1.") for a list item, MORE for
    its paragraph past the first, "#" for a subheading; markdown is the text
    with its links, where HTML gave them; indent is the columns a nested
    list's item stands under its parent's text (an item's paragraph, code
    or quote past its first block: the column its item's text begins at);
    quoted is True for a list's item inside a quote, and for its paragraphs,
    code and quotes; quote is the number of the quote it stands in (a
    quote's paragraphs share it, -1 for none), so that Markdown shows one
    quote of them, not a quote each; lang is code's language, as its page
    named it ("python"), for its Markdown fence, a subheading's marks past
    an <h2>'s level ("###"), or ""; rule is True for a block of the article
    after an <hr> (not its first), at the page's edge: a break shown.
    """

    __slots__ = word_list("indent kind lang markdown quote quoted rule text")

    def __init__(
        self,
        text: str,
        kind: str,
        markdown: str,
        indent: int = 0,
        quoted: bool = False,
        quote: int = -1,
        lang: str = "",
    ) -> None:
        self.text = text
        self.kind = kind
        self.markdown = markdown or text
        self.indent = indent
        self.quoted = quoted
        self.quote = quote
        self.lang = lang
        self.rule = False


class Page:
    """All the blocks of a saved page, column by column.

    A page of 300,000 one-word lines must stay within a few dozen bytes a
    block, so blocks are rows of these columns, not objects; Block views
    are made only for the few that structure and rendering look at.
    style is "lines" (a block a line), "wrapped" (hard-wrapped text, as
    lynx and w3m print), "markdown" or "html".
    """

    __slots__ = word_list(
        "boxes broken flags holders indents kinds langs links markdown meta parts quoted"
        " quotes refs rule_lines rules shared spans style texts titled owner"
    )

    def __init__(self, style: str) -> None:
        self.style = style
        self.titled = False  # its first block is the window title (page_of())
        self.texts: list[str] = []
        self.kinds: list[str] = []
        self.flags: list[int] = []  # FLUSH, and for HTML the element's context
        self.links = bytearray()  # the share of the block's text in links, %
        self.spans = bytearray()  # first and last line, two unsigned ints
        self.shared: dict[str, str] = {}  # one copy of each repeated menu item
        self.markdown: dict[int, str] = {}  # HTML: blocks whose links show
        self.indents: dict[int, int] = {}  # nested lists' items, by columns
        self.quoted: set[int] = set()  # Block.quoted's blocks
        # the blocks in a quote, and its number (Block.quote): HTML's outermost
        # <blockquote>'s box (one in it is in it: a quote), Markdown's first line
        self.quotes: dict[int, int] = {}
        self.langs: dict[int, str] = {}  # Block.lang: code's language, "###"
        # HTML: prose blocks of paragraphs ("one<br><br>two"), scored whole and
        # shown as those: each one's text and its Markdown (or "": its text)
        self.parts: dict[int, list[tuple[str, str]]] = {}
        # HTML: the blocks of a list's item past its first (MORE, code,
        # quotes), and the block of the item each goes under
        self.owner: dict[int, int] = {}
        self.rules: set[int] = set()  # HTML: the blocks an <hr> stands before
        # Markdown: the blocks of a rule's line ("* * *", "---"), scored as
        # read, shown as a rule before the next block shown
        self.rule_lines: set[int] = set()
        # Markdown: the blocks that a hard break ("  ") parted from the one
        # before, scored apart but shown as one paragraph with it, the line broken
        self.broken: set[int] = set()
        self.meta = Meta()
        self.refs = False  # lynx's link numbers were in the text
        # HTML: the innermost block element holding each block, and each
        # block element's parent and last descendant (by number, in order).
        self.holders: list[int] = []
        self.boxes: list[tuple[int, int]] = []

    def add(self, text: str, kind: str, flags: int, linked: int, lines: int) -> None:
        """Append a block of text, linked of its characters in links."""
        # a menu item, likely repeated: one copy of it
        if len(text) <= 24 and (text in self.shared or len(self.shared) < REPEATS_KEPT):
            text = self.shared.setdefault(text, text)
        self.texts.append(text)
        self.kinds.append(kind)
        self.flags.append(flags)
        self.links.append(min(100, 100 * linked // max(1, len(text))))
        self.spans += lines.to_bytes(8, sys.byteorder)

    def lines(self) -> "list[tuple[int, int]]":
        """The first and last line of every block."""
        with memoryview(self.spans) as raw, raw.cast("Q") as numbers:
            packed = numbers.tolist()
        return [(n & 0xFFFFFFFF, n >> 32) for n in packed]


class Meta:
    """What a page says of itself in its markup: HTML's head, or nothing."""

    __slots__ = word_list("agreed base byline date lang section summaries titles")

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.base = ""  # the page's own address, for its relative links
        # the <h1> that its og:title or the like says, by block (Markdown:
        # the page's only "# " heading)
        self.agreed = -1
        self.date = self.byline = ""
        self.lang = ""  # the language an HTML page declares ("en-GB")
        self.section: list[str] = []
        # its descriptions (og:description, JSON-LD's), folded: a standfirst's
        self.summaries: list[str] = []


class Article:
    """The structured result: headline, standfirst, metadata and body, and
    the verdict, reason and score of every block."""

    __slots__ = word_list(
        "body byline date headed joins lead marked page reasons removed score section"
        " subtitle title verdicts"
    )

    def __init__(
        self,
        page: "Page",
        verdicts: "list[Tag]",
        reasons: "list[Tag]",
        score: "Sequence[float]",
    ) -> None:
        self.page = page
        self.verdicts = verdicts
        self.reasons = reasons
        self.score = score
        self.title: str | None = None
        self.headed = ""  # the headline's text with its links, code... marked
        self.subtitle: str | None = None
        self.lead = False  # the standfirst is the article's first paragraph too
        self.marked = ""  # the standfirst's text with its links marked (HTML)
        self.date: str | None = None
        self.byline: str | None = None
        self.section: list[str] = []
        self.body: list[Block] = []
        self.joins: set[int] = set()  # the body's blocks shown on the one before's
        self.removed: list[str] = []

    def settle(self) -> "Article":
        """The article with its body and removed blocks taken from the verdicts."""
        page = self.page
        self.body = []
        room = 0  # the column the text of the item shown last begins at
        # each list shown, by its indent: its column, and its last item's text's
        shown: dict[int, tuple[int, int]] = {}
        after = False  # a Markdown rule's block came before, no text
        self.joins = set()
        shown_last = -1  # the block shown last
        for i in (i for i, v in enumerate(self.verdicts) if v is Verdict.BODY):
            if i in page.rule_lines:
                after = True
                continue
            if page.style == "markdown" and md_rule(page.texts[i]):
                continue  # a table's rule no row was read above: no text
            kind, wanted = page.kinds[i], page.indents.get(i, 0)
            quote = page.quotes.get(i, -1)
            item = page.owner.get(i, -1)
            home = page.indents.get(item, 0)  # where its item's list was wanted
            if item >= 0 and self.verdicts[item] is Verdict.BODY and home in shown:
                indent = room = shown[home][1]  # under its item's text
                shown = {w: c for w, c in shown.items() if w <= home}
            elif kind == MORE or not listed(kind):  # prose, a heading, code,
                kind = "" if kind == MORE else kind  # a table: lists end
                indent = room = 0
                shown.clear()
            else:
                # where its list was shown; deeper than every list shown, under
                # the item before's text (HTML_INDENT at most: the deepest
                # stays); else no deeper than that: one whose parent was
                # dropped, or after code, would be code to Markdown four in
                deepest = next(reversed(shown), -1)
                if wanted in shown:
                    indent = shown[wanted][0]
                elif 0 <= deepest < wanted:
                    indent = room if room <= HTML_INDENT else shown[deepest][0]
                else:
                    indent = min(wanted, room)
                shown = {w: c for w, c in shown.items() if w < wanted}
                room = indent + len(kind) + 1
                shown[wanted] = indent, room
            ruled = (after or i in page.rules) and len(self.body)  # a rule in it
            if i in page.broken and shown_last == i - 1 and not ruled:
                self.joins.add(len(self.body))
            after, shown_last = False, i
            self.body += (
                Block(
                    text,
                    kind,
                    markdown,
                    indent,
                    i in page.quoted,
                    quote,
                    page.langs.get(i, ""),
                )
                for text, markdown in page.parts.get(i)
                or [(page.texts[i], page.markdown.get(i, ""))]
            )
            if ruled:
                block = self.body[ruled]
                block.rule = not (block.indent or block.quoted or block.quote >= 0)
        self.removed = [
            t for t, v in zip(page.texts, self.verdicts) if v is Verdict.DROPPED
        ]
        return self


# -- Read and decode ---------------------------------------------------------


def read_input(path: str, writing: bool = True) -> bytes:
    """The bytes of the file at path, or of standard input for "-" (not the
    file standard output is, when writing)."""
    data = bytearray()  # read(INPUT_LIMIT) would reserve all of it at once
    buffer = bytearray(INPUT_CHUNK)  # each read lands here: a pipe that
    view = memoryview(buffer)  # trickles costs no allocation a read
    # Unbuffered: each read is one of the system's, so that one Ctrl-D ends
    # what a terminal types (a buffered read waits for a second to fill).
    with open(0 if path == "-" else path, "rb", 0, closefd=path != "-") as stream:
        refused = refusal(stream.fileno(), writing)  # (told before it is read)
        if refused:
            raise ValueError(refused)
        while len(data) <= INPUT_LIMIT:
            size = stream.readinto(buffer)
            if size is None:  # non-blocking, and nothing came yet: wait for it
                waited(stream)
                continue
            data += view[:size]
            # Binary is told by the first SNIFF_BYTES once they are in (or
            # all of a shorter input), not at its end; gzip by them inflated.
            if (
                len(data) - size < SNIFF_BYTES  # not told by an earlier read
                and (len(data) >= SNIFF_BYTES or not size)
                and not data.startswith((GZIP_MAGIC, PLIST_MAGIC, HTTP_MAGIC))
                and looks_binary(bytes(data[:SNIFF_BYTES]))
            ):
                raise Binary
            if not size:
                return bytes(data)
    raise ValueError(f"more than {INPUT_LIMIT >> 20} MB, far past any page")


def refusal(descriptor: int, writing: bool) -> str:
    """Why the file at descriptor is not read, or "": it is the regular file
    standard output writes to, when writing (as cat refuses it: "cmd page >>
    page" grows), or a regular file with more than INPUT_LIMIT bytes left
    to read (standard input may be one read part-way)."""
    try:
        from posix import fstat, lseek  # built in and loaded: os would cost 1 ms
    except ImportError:  # not a POSIX system
        from os import fstat, lseek

    info = fstat(descriptor)
    if info.st_mode & FILE_TYPE != REGULAR_FILE:
        return ""
    try:  # (descriptor 1: standard output was closed, the input took its place)
        out = fstat(1) if writing and descriptor != 1 else None
    except OSError:  # no standard output: told when it is written
        out = None
    if out is not None and (out.st_dev, out.st_ino) == (info.st_dev, info.st_ino):
        return "input file is output file"
    if info.st_size - lseek(descriptor, 0, 1) > INPUT_LIMIT:  # 1: from here
        return f"more than {INPUT_LIMIT >> 20} MB, far past any page"
    return ""


def waited(stream: "IO[bytes]", writing: bool = False) -> None:
    """Once stream (a non-blocking pipe's, as a parent may leave one) is
    ready to read, or to write. POSIX's select: only there does a read or a
    write of a pipe come back with nothing done."""
    import select

    ready = [stream]
    select.select([] if writing else ready, ready if writing else [], [])


class Binary(ValueError):
    """Input that is no text (looks_binary), found as it is read."""


def gunzipped(data: bytes) -> bytes:
    """data decompressed when it is gzip (by its magic bytes), as a page
    saved by curl --compressed or a server may be; every member of it, as
    gzip >> appends them (bytes after the last, a tape's padding, go)."""
    if not data.startswith(GZIP_MAGIC):
        return data
    import zlib

    parts, left, at, view = [], INPUT_LIMIT, 0, memoryview(data)
    try:  # binary (a bomb of zeros) is told by its start, not inflated whole
        head = zlib.decompressobj(31).decompress(view[:INPUT_CHUNK], SNIFF_BYTES)
    except zlib.error:
        head = b""  # (told below)
    if looks_binary(head):
        raise Binary
    while data.startswith(GZIP_MAGIC, at):
        inflater = zlib.decompressobj(31)  # 31: a gzip header and trailer
        step = GZIP_STEP
        while not inflater.eof and at < len(data):
            chunk = view[at : at + step]
            step = min(2 * step, INPUT_CHUNK)
            try:
                part = inflater.decompress(chunk, left + 1)  # (0 would be no limit)
            except zlib.error as problem:  # "Error -3 while ...: invalid distance"
                said = str(problem).rpartition(": ")[2]
                raise ValueError(f"broken gzip data ({said})") from None
            if len(part) > left:
                raise ValueError(f"gzip data inflating past {INPUT_LIMIT >> 20} MB")
            parts.append(part)
            left -= len(part)
            at += len(chunk) - len(inflater.unused_data)
        if not inflater.eof:
            raise ValueError("truncated gzip data (it ends before its end)")
    return b"".join(parts)


def unwrapped(data: bytes) -> bytes:
    """The page inside what may wrap it: HTTP response headers (http_body),
    a web archive (unarchived); other data as it is."""
    body, kind = http_body(data)  # (no headers, no kind)
    charset = parameter(kind, b"charset=")
    if kind.startswith(b"text/html"):
        return declared(body, charset, b"")
    if kind.startswith(b"text/") and charset:  # its bytes read as it says
        codec = browser_codec(charset.translate(None, UNQUOTED))
        bom = body.startswith(BOMS)  # (which a browser reads first)
        return body if bom or not codec else body.decode(codec, "replace").encode()
    return unarchived(body)


def http_body(data: bytes) -> "tuple[bytes, bytes]":
    """What the HTTP response headers at the start of data are over (curl
    -i, -D -: each response's, up to HTTP_RESPONSES), inflated if gzip and
    sniffed as read_input() sniffs a file, and the last one's content type
    (lowercase); data itself and nothing when it opens with none."""
    at, kind = 0, b""
    for _ in range(HTTP_RESPONSES):
        if not data.startswith(HTTP_MAGIC, at):  # (most input: at once)
            break
        head = data[at : at + HEADER_MAX]
        end = header_end(head)
        if end < 0:
            break
        status, *fields = unfolded(head[:end]).split(b"\n")
        if not status_line(status) or not all(b":" in f for f in fields):
            break
        kind = mime_field(b"\n".join(fields), b"content-type:").lower()
        at += end
    if not at:  # what read_input() spared its sniff for opening as one
        if data.startswith(HTTP_MAGIC) and looks_binary(data):
            raise Binary
        return data, b""
    body = gunzipped(data[at:])
    if not body.startswith(PLIST_MAGIC) and looks_binary(body):
        raise Binary
    return body, kind


def status_line(line: bytes) -> bool:
    """True for an HTTP response's status line ("HTTP/2 200", "HTTP/1.1 301
    Moved Permanently"), not a line of text about HTTP/2."""
    words = line.split(None, 2)
    return (
        len(words) > 1
        and words[0].startswith(HTTP_MAGIC)
        and len(words[1]) == 3
        and words[1].isdigit()
    )


def unarchived(data: bytes) -> bytes:
    """The page of a web archive, as browsers save a page in one file:
    Safari's, binary or XML (safari_page), or MHTML (mhtml_page); other
    data as it is."""
    head = data[:PLIST_HEAD]
    xml = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(PLIST_XML)
    if data.startswith(PLIST_MAGIC) or xml and PLIST_KEY in head:
        return safari_page(data)
    return mhtml_page(data)


def mhtml_page(data: bytes) -> bytes:
    """The page of MHTML, a MIME message of a page and what it shows
    (Chrome's "Webpage, Single File", IE's .mht): its first HTML part,
    undone from its transfer encoding, with the charset and the address
    its header gives declared in it; other data as it is."""
    if not data[:MIME_OPENER].lower().startswith(MIME_OPENERS):  # (most input)
        return data
    head = mime_parts(data[:HEADER_MAX])[0]
    kind = mime_field(head, b"content-type:")
    boundary = parameter(kind, b"boundary=")
    if not (kind.lower().startswith(b"multipart/related") and boundary):
        return data
    delimiter = b"--" + boundary
    at = data.find(delimiter)
    while at >= 0:  # each part's header read, the page's part alone copied
        start = at + len(delimiter)
        at = data.find(delimiter, start)
        end = at if at >= 0 else len(data)
        head = data[start : min(end, start + HEADER_MAX)].lstrip(b" \t\r\n")
        header = mime_parts(head)[0]
        kind = mime_field(header, b"content-type:").lower()
        if kind.startswith(b"text/html"):
            part = data[start:end]
            body = transfer_decoded(mime_parts(part.lstrip(b" \t\r\n"))[1], header)
            address = mime_field(header, b"content-location:")
            return declared(body, parameter(kind, b"charset="), address)
    return data


def transfer_decoded(body: bytes, header: bytes) -> bytes:
    """A MIME part's body undone from the transfer encoding its header
    names: quoted-printable, base64, or none."""
    import binascii

    coding = mime_field(header, b"content-transfer-encoding:").lower()
    if coding == b"quoted-printable":
        return binascii.a2b_qp(body)
    if coding != b"base64":
        return body
    try:
        return binascii.a2b_base64(body)
    except binascii.Error as problem:
        raise ValueError(f"broken base64 in a web archive ({problem})") from None


def safari_page(data: bytes) -> bytes:
    """The page of Safari's web archive (a property list): its main
    resource, an HTML one with the encoding and address it names declared
    in it."""
    import plistlib

    try:
        main = plistlib.loads(data)["WebMainResource"]
        body, kind = main["WebResourceData"], main.get("WebResourceMIMEType", "")
        charset = main.get("WebResourceTextEncodingName", "").encode()
        address = main.get("WebResourceURL", "").encode()
        if not isinstance(body, bytes) or not isinstance(kind, str):
            raise TypeError
    except Exception:  # noqa: BLE001  (any property list may come)
        raise ValueError("a property list that is no web archive") from None
    return declared(body, charset, address) if "html" in kind else body


def declared(body: bytes, charset: bytes, address: bytes) -> bytes:
    """An archived page's HTML with the charset and the address its archive
    gives declared first (the first <meta charset> and canonical <link> of
    a page are those read), unless its bytes say their encoding (a BOM,
    UTF-16), which nothing may come before."""
    if body.startswith(BOMS) or utf16_order(body[:SNIFF_BYTES]):
        return body
    charset, address = (x.translate(None, UNQUOTED) for x in (charset, address))
    if address:
        body = b"<link rel=canonical href=%s>" % address + body
    return b"<meta charset=%s>" % charset + body if charset else body


def parameter(value: bytes, name: bytes) -> bytes:
    """A parameter of a MIME field's value (its name lowercase, with its
    "="), unquoted, or nothing."""
    at = value.lower().find(name)
    return value[at + len(name) :].split(b";")[0].strip(b'" \t') if at >= 0 else b""


def mime_field(header: bytes, name: bytes) -> bytes:
    """The value of a field of a MIME header (its name lowercase, with its
    colon), or nothing."""
    for line in header.split(b"\n"):
        if line[: len(name)].lower() == name:
            return line[len(name) :].strip()
    return b""


def mime_parts(data: bytes) -> "tuple[bytes, bytes]":
    """The header of a MIME message or part (its lines unfolded and ended
    by newlines alone) and its body (none without a blank line)."""
    end = header_end(data)
    end = end if end >= 0 else len(data)
    return unfolded(data[:end]), data[end:]


def unfolded(header: bytes) -> bytes:
    """A MIME or HTTP header's lines unfolded and ended by newlines alone."""
    header = header.rstrip(b"\r\n").replace(b"\r\n", b"\n")
    return header.replace(b"\n ", b" ").replace(b"\n\t", b" ")


def header_end(data: bytes) -> int:
    """Where the body under a MIME or HTTP header begins: past its blank
    line (lines ended by CRLF or LF alone), or -1 for none."""
    crlf, lf = data.find(b"\r\n\r\n"), data.find(b"\n\n")
    if crlf >= 0 and not 0 <= lf < crlf:
        return crlf + 4
    return lf + 2 if lf >= 0 else -1


def piped() -> bool:
    """Whether standard input is a pipe, a socket (what Node and other
    launchers give as a pipe) or a file, which a run without FILE reads, as
    ripgrep does (not a terminal, /dev/null or closed)."""
    try:
        from posix import fstat  # built in and loaded: os would cost 1 ms
    except ImportError:  # not a POSIX system
        from os import fstat
    try:
        return fstat(0).st_mode >> 12 in (0o01, 0o10, 0o14)  # FIFO, REG, SOCK
    except OSError:  # closed
        return False


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding this reads; only
    the first SNIFF_BYTES of them count."""
    head, start = data[:SNIFF_BYTES], data[:MAGIC_SPAN]
    if data.startswith(BINARY_MAGIC) and (
        start.startswith(b"%PDF-") or start.translate(None, BINARY_CONTROLS) != start
    ):
        return True
    if not head or data.startswith(BOMS) or utf16_order(head):
        return False
    controls = len(head) - len(head.translate(None, BINARY_CONTROLS))
    return head.count(0) / len(head) > NUL_SHARE or controls / len(head) > BINARY_SHARE


def utf16_order(head: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" for BOM-less UTF-16 text, else ""."""
    if len(head) < 4:
        return ""
    even, odd = (head[i::2].count(0) / len(head[i::2]) for i in (0, 1))
    if odd > UTF16_NULS and even < UTF16_CLEAN:
        return "utf-16-le"
    return "utf-16-be" if even > UTF16_NULS and odd < UTF16_CLEAN else ""


def decode(data: bytes) -> str:
    """The text of data: UTF-8, UTF-16/32 by BOM, UTF-16 by its NULs (no
    BOM), else Windows-1252 bytes."""
    for bom, codec in {
        b"\xef\xbb\xbf": "utf-8",
        b"\xff\xfe\x00\x00": "utf-32-le",
        b"\x00\x00\xfe\xff": "utf-32-be",
        b"\xff\xfe": "utf-16-le",
        b"\xfe\xff": "utf-16-be",
    }.items():
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
        # surrogateescape reads byte b as U+DC00 + b.
        return data.decode("utf-8", "surrogateescape").translate(cp1252_table(0xDC00))


def cp1252_table(offset: int) -> "dict[int, str]":
    """Map offset+byte for bytes 0x80-0xFF to their Windows-1252 characters;
    the five bytes it leaves undefined to the code points of the same number."""
    return {
        offset + byte: bytes([byte]).decode("cp1252", "ignore") or chr(byte)
        for byte in range(0x80, 0x100)
    }


def c1_read(text: str) -> str:
    """text with its C1 controls read as Windows-1252's characters, as
    browsers read references to them ("(\x85)" -> "(…)"); but not in a text
    of no "\n" nor "\r", whose U+0085 is its line break (NEL, EBCDIC's)."""
    if text.isascii() or C1_SET.isdisjoint(text) or not ("\n" in text or "\r" in text):
        return text
    return text.translate(C1_READ)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as Windows-1252 ("donâ€™t" -> "don’t")."""
    if text.isascii() or MOJIBAKE_LEADS.isdisjoint(text):
        return text
    bytes_of = {ord(c): chr(byte) for byte, c in cp1252_table(0).items()}
    # A byte Windows-1252 leaves undefined may have become U+FFFD; in
    # mojibake it is nearly always the 0x9D of a closing quote (”).
    bytes_of[0xFFFD] = "\x9d"
    return "\n".join(
        " ".join(w if w.isascii() else unmangle(w, bytes_of) for w in line.split(" "))
        for line in text.split("\n")
    )


def unmangle(word: str, bytes_of: "dict[int, str]") -> str:
    """word re-read as UTF-8 when it is UTF-8 bytes shown as Windows-1252
    (bytes_of maps each character to the byte it was, as a code point). A
    word with a character past ASCII that reads so is always shorter."""
    try:
        fixed = word.translate(bytes_of).encode("latin-1").decode("utf-8")
    except UnicodeError:  # a character that was no byte, or no UTF-8
        return word
    # not a Latin word's "ß" or capital before a quote, a no-break space or
    # a letter of Windows-1252's ("ließ“", "CAFÉ”.", "Úžice" read so are
    # N'Ko, IPA, Arabic): no Thaana or N'Ko, no other script's letter beside
    # a Latin one, no mark between two, nothing of IPA's ending a Latin word
    # ("IT-компании", "Azərbaycan", "Hawaiʻi" are mended)
    for at, c in enumerate(fixed):
        if MOJIBAKE_ODD[0] <= c < MOJIBAKE_ODD[1]:
            before, after = fixed[at - 1 : at], fixed[at + 1 : at + 2]
            latin = "a" <= before.lower() <= "z", "a" <= after.lower() <= "z"
            ends = (
                not after.isalnum()
                and not MOJIBAKE_MARKS[0] <= after < MOJIBAKE_MARKS[1]
            )
            if (
                MOJIBAKE_RARE[0] <= c < MOJIBAKE_RARE[1]
                or c >= MOJIBAKE_MARKS[1]
                and any(latin)  # ("Úžice": Arabic)
                or c >= MOJIBAKE_MARKS[0]
                and all(latin)  # ("NÍŽE": a mark)
                or latin[0]
                and ends  # ("CAFÉ”.": IPA)
            ):
                return word
    return fixed


# -- Sanitise ----------------------------------------------------------------


# The translation tables of sanitise (by the characters it keeps) and of
# to_ascii (by ASCII_FOLD), each made when first needed: the error handler
# of an encoding that cannot show a text calls to_ascii for every run of
# characters it cannot write, html_page sanitise for every linked block.
TABLES: "dict[str, dict[int, str | None]]" = {}


def sanitise(text: str, keep: str = "") -> str:
    """text with one kind of line break, no terminal controls, plain spaces;
    the characters of keep stay (the marks of html_page; HTML's tabs, which
    in a <pre> count columns from its own start)."""
    for old, new in RESPELLED.items():
        text = text.replace(old, new)
    if "\x1b" in text:
        import re

        text = re.sub(ESCAPE_SEQUENCE, "", text)
    # to the next tab stop, as a terminal shows it: code's
    if "\t" in text and "\t" not in keep:  # (its columns start at each "\n")
        text = text.expandtabs(TAB_STOPS)
    text = text.replace("\xa0", " ")  # the common one: replacing beats translating
    if text.replace("\n", "").isprintable():
        return text  # nothing to drop or plain out: skip the slow translation
    table = TABLES.get(keep)
    if table is None:
        table = {**dict.fromkeys(DROPPED_CHARS), **dict.fromkeys(SPACE_CHARS, " ")}
        for char in keep:
            del table[ord(char)]
        TABLES[keep] = table
    # Only the lines that have one (each character of table is unprintable),
    # split a stretch at a time: a list of all of them outweighs the text.
    parts, start = [], 0
    while start < len(text):
        end = text.find("\n", start + SANITISE_STRETCH) + 1 or len(text)
        parts.append(
            "\n".join(
                t if t.isprintable() else t.translate(table)
                for t in text[start:end].split("\n")
            )
        )
        start = end
    return "".join(parts)


# -- Recognisers -------------------------------------------------------------


def scripted(text: str) -> bool:
    """True for a block of a script's or a style sheet's code, not prose."""
    statements = text.count(";") - text.count("&#")
    if len(text) < SCRIPT_CHARS or statements < SCRIPT_STATEMENTS:
        return False
    marks = sum(map(text.count, SCRIPT_MARKS))  # none: ";" alone, as prose has it
    if not marks or statements + marks < SCRIPT_SHARE * len(text):
        return False
    words = [w.strip(PUNCTUATION) for w in text.lower().split()]
    return sum(map(STOPWORDS.__contains__, words)) < SCRIPT_PROSE * len(words)


def ends_sentence(text: str) -> bool:
    """True when text ends as a sentence does."""
    end = text.rstrip(CLOSERS)
    return bool(end) and end[-1] in SENTENCE_ENDS and not text.endswith("...")


def has_phrase(lower: str, phrases: "Sequence[str]") -> bool:
    """True when lower holds one of phrases (listed shortest first)."""
    for phrase in phrases:
        if len(phrase) > len(lower):
            return False  # the rest are longer than the text
        if phrase in lower:
            return True
    return False


def commented(lower: str) -> bool:
    """True for the heading over readers' comments ("[ 167 comments ]")."""
    words = lower.split(None, 3)
    return (
        len(words) > 3 and words[0].isdigit() and " ".join(words[1:3]) in COMMENT_COUNTS
    ) or any(word.strip("[]():.|") in COMMENT_WORDS for word in words)


def timestamp(lower: str) -> bool:
    """True for a block that is only a date or a time ("2 days ago at 07:47 am")."""
    words = lower.replace(",", " ").split(None, TIME_WORDS_MAX)
    if len(words) > TIME_WORDS_MAX or not any(map(str.isdigit, lower)):
        return False
    other = 0  # words neither of time nor a number: one at most
    for word in words:
        bare = word.strip(".:()|-–—")
        if bare not in TIME_WORDS and bare not in MONTHS:
            other += not any(map(str.isdigit, word))
            if other > 1:
                return False
    return bool(find_date(lower)) or "ago" in words or ":" in lower


def find_date(text: str, day_first: bool = False) -> "str | None":
    """The ISO 8601 date a short block states ("November 20, 2019" ->
    "2019-11-20"; day_first: a slash puts the day first)."""
    if len(text) > DATE_LENGTH or not any(map(str.isdigit, text)):
        return None
    words = (t.strip(".,()[]|:") for t in unglued(text.replace(",", " ")).split())
    tokens = [t for t in words if t.lower() not in DATE_FILLERS]
    for i, token in enumerate(tokens):
        iso = iso_date(token, day_first)
        if iso:
            return iso
        month = MONTHS.get(token.lower().rstrip("."))
        for day_at, year_at in (i - 1, i + 1), (i + 1, i + 2):
            if month and day_at >= 0 and year_at < len(tokens):  # day_at < year_at
                year = number(tokens[year_at], 1900, 2099)
                ordinal = tokens[day_at].rstrip("stndrh").rstrip(".")
                day = number(ordinal, 1, month_days(month, year))
                if day and year:
                    return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def unglued(text: str) -> str:
    """text with a space put back between a word (of two letters or more:
    not "F13") and the number glued to its end, as a copy glues a name to
    its date ("Ann Writer22. May 2020")."""
    out = []
    for word in text.split():
        for i in range(2, len(word)):
            if word[i].isdigit() and word[i - 1].isalpha():
                word = f"{word[:i]} {word[i:]}"
                break
        out.append(word)
    return " ".join(out)


def iso_date(token: str, day_first: bool = False) -> "str | None":
    """token as an ISO date when it is one: "2019-11-20", "20.11.2019",
    "20.11.19", "11/20/2019" (a slash puts the month first, as in the US,
    unless day_first or that cannot be; a dot the day; two-digit years are
    this century's)."""
    sep = next((c for c in "-./" if c in token[:5]), "")
    parts = token[:10].split(sep) if sep else []
    if len(parts) != 3:  # (number() below takes digits only)
        return None
    year_first = len(parts[0]) == 4
    year, first, second = parts if year_first else [parts[2], *parts[:2]]
    if len(year) == 2:  # "28.01.22": this century's
        year = "20" + year
    orders = (second, first), (first, second)  # (month, day): day first, else
    month_first = year_first or sep == "/" and not day_first
    full = number(year, 1900, 2099)
    for month, day in orders[::-1] if month_first else orders:
        moon = number(month, 1, 12)  # 0 for no month
        if moon and full and number(day, 1, month_days(moon, full)):
            return f"{full:04d}-{moon:02d}-{int(day):02d}"  # "02019": 2019
    return None


def month_days(month: int, year: int) -> int:
    """The days of a month of a year (February's 29 in a leap year)."""
    if month == 2:
        return 28 + (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
    return 30 + (month + month // 8) % 2


def ascii_digits(text: str) -> bool:
    """True for text of ASCII digits only: a whole number ("²" and "٣" are
    digits too, for str.isdigit)."""
    return text.isdigit() and text.isascii()


def number(token: str, low: int, high: int) -> int:
    """token as a whole number within [low, high], or 0."""
    if not ascii_digits(token):
        return 0
    value = int(token)
    return value if low <= value <= high else 0


def byline_name(text: str, told: bool = False) -> "str | None":
    """The author in a byline ("By Jamelle Bouie" -> "Jamelle Bouie"), also
    after a word for the piece ("Analysis by Chris Cillizza, CNN"); told:
    the article's, so not one that a sentence runs on after ("Photos by
    Ann Lee are here"), and also past marks ("// By Ann Lee")."""
    words = text.split(None, BYLINE_WORDS_MAX)  # a flood is not split
    if told and words:  # past marks before "By" ("// By Ann Lee", "— By Ann")
        marks = next((i for i, w in enumerate(words) if any(map(str.isalnum, w))), 0)
        if words[marks].lower().rstrip(":") in BYLINE_WORDS:
            words = words[marks:]
    if not 2 <= len(words) <= BYLINE_WORDS_MAX:
        return None
    lead = [w.lower().rstrip(":") in BYLINE_WORDS for w in words[:BYLINE_DATED]]
    at = lead.index(True) if True in lead else -1
    dated = at > 0 and find_date(" ".join(words[:at])) is not None
    if at < 0 or not dated and (at > BYLINE_LEAD or at and not words[0][:1].isupper()):
        return None
    name, runs_on = [], False
    for word in words[at + 1 :]:
        bare = word.rstrip(",|")
        lower = bare.lower().rstrip(".:")
        if (
            word in ("|", "-", "–", "—")
            or not (bare[:1].isupper() or bare in ("and", "&"))
            or lower in MONTHS
            or lower in TIME_WORDS
        ):
            runs_on = word[:1].islower() and lower not in TIME_WORDS
            break
        name.append(bare)
        if bare != word:
            break
    while name and name[-1] in ("and", "&"):
        name.pop()
    least = 2 if at and not dated else 1  # "Analysis by Chris Cillizza": two
    if least > 1 and runs_on and told:
        return None
    return " ".join(name) if least <= len(name) <= BYLINE_NAMES else None


def byline_line(text: str) -> str:
    """A block's text up to its first line break after a word other than a
    byline's: the line that names its author ("Written by Ann Lee<br>Edited
    by Bo Ek": "Written by Ann Lee"; "Article by<br>Ann Lee" whole)."""
    line, *more = text.split("\n", BYLINE_WORDS_MAX)
    for rest in more:
        last = line.rsplit(None, 1)[-1:]
        if last and last[0].lower().rstrip(":") not in BYLINE_WORDS:
            break
        line += " " + rest
    return line


def signed_name(text: str) -> "str | None":
    """The author that the text of an element a class calls an author or a
    byline names: byline_name()'s, else the words of its line, in any case
    ("gizzmo"), after a byline's word or a label ("Veröffentlicht am 12. Juni
    2017 von gizzmo", "Autor: Ann Lee") up to a date, a time word or a mark
    ("Tine 2. Februar 2020": "Tine", "19.10.2019 11:36 telebasel":
    "telebasel"); None for a date alone."""
    line = byline_line(text)
    found = byline_name(line)
    if found:
        return found
    words = line.split(None, BYLINE_WORDS_MAX)
    start = 0
    for at, word in enumerate(words[:BYLINE_DATED]):
        capital = any(w[:1].isupper() for w in words[at + 1 : at + 3])  # "der Leyen"
        joins = at > 0 and capital and word.lower() in NAME_JOINS
        if word.endswith(":") or word.lower() in BYLINE_WORDS and not joins:
            start = at + 1
    name: list[str] = []
    dated = False  # past a date: words between it and another are the date's
    words = words[start:]
    for at, word in enumerate(words):  # ("6 de mayo de 2022")
        bare = word.rstrip(",|")
        if word in NAME_MARKS or bare[:1].isdigit() or dating(words, at):
            if name and (not dated or word in NAME_MARKS):
                break
            name, dated = [], True
            continue
        digit = next((i for i, c in enumerate(bare) if c.isdigit()), 0)
        rest = bare[digit:]
        day = rest.rstrip(".").isdigit() and (rest[-1] == "." or bare[digit - 1] == "·")
        if digit and day:
            name.append(bare[:digit].rstrip("·"))  # a date glued on
            break  # ("Collignon22.", "Ерофеева·24"; not "r23", "user5105")
        name.append(bare)
        if bare != word:  # (a title, a place or an agency after a comma)
            break
    return " ".join(name) if 0 < len(name) <= BYLINE_NAMES else None


def dating(words: "list[str]", at: int) -> bool:
    """True when the word at at is a month's or a time's beside a number or
    another such word ("2. Februar 2020", "3 hours ago"), not a name's
    ("April Ryan", "Jan Böhmermann")."""

    def timely(word: str) -> bool:
        lower = word.lower().rstrip(".,:")
        return lower in MONTHS or lower in TIME_WORDS

    near = words[max(0, at - 1) : at] + words[at + 1 : at + 2]
    return timely(words[at]) and any(w[:1].isdigit() or timely(w) for w in near)


def breadcrumb(text: str, title: "str | None", marked: str = "") -> "list[str]":
    """The section names of a breadcrumb trail, without Home or the headline,
    nor a last name that is no link when others are (marked: the trail's
    links marked, as Page.markdown holds them): the page's own."""
    if len(text) > TITLE_LENGTH:  # a trail is no longer than a title
        return []
    crumbs = []
    for sep in CRUMB_SEPARATORS:
        if sep in text:
            crumbs = [one_line(c) for c in text.split(sep)]
            break
    else:
        if text[:4].lower() == "home" and text[4:5].isupper():
            crumbs = camel_parts(text)
    labelled = bool(crumbs) and ":" in crumbs[0]
    if labelled:  # a label before it ("You are here: Home")
        crumbs[0] = crumbs[0].rpartition(":")[2].strip()
        crumbs = crumbs[not crumbs[0] :]
    if len(crumbs) < 2 or any(
        not c or len(c.split()) > CRUMB_WORDS and not c.endswith(CUT_SHORT)
        for c in crumbs
    ):
        return []
    homely = crumbs[0].lower() in HOME_WORDS
    titles = [title or ""]
    copy = headline_copy(crumbs[-1], titles)
    # (a menu's items stand between bars too: "Home | Recipes | About" is
    # a trail only when it ends on the headline, or a label says it is one;
    # one that opens on it is the headline: "Kicker | Headline", "Headline | Site")
    if not (homely and (sep != MENU_BAR or labelled) or copy) or headline_copy(
        crumbs[0], titles
    ):
        return []
    own = "\ufdd0" in marked and "\ufdd0" not in marked.rpartition(sep)[2]
    return crumbs[homely : len(crumbs) - (copy or own)]  # no Home, no headline


def headline_copy(name: str, titles: "Sequence[str]") -> bool:
    """True when a trail's last name is the page's own, a headline of titles,
    not a section's: cut short ("…"), or of more than CRUMB_STEM characters
    and the start of a title (maybe cut mid-word), a part of one, or one
    after a kicker ("Press release: Headline")."""
    stem = fold(name.rstrip(".… "))
    return (
        name.endswith(CUT_SHORT)
        or len(stem) > CRUMB_STEM
        and any(
            title.startswith(stem)
            or f" {stem} " in f" {title} "
            or (len(title.split()) > 1 and f" {title} " in f" {stem} ")
            for title in map(fold, titles)
        )
    )


def camel_parts(text: str) -> "list[str]":
    """Words glued by a page's text copy ("HomeWorldAsia") pulled apart."""
    parts, start = [], 0
    for i in range(1, len(text)):
        if text[i].isupper() and text[i - 1].islower():
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    return parts


def framed_only(text: str) -> bool:
    """True for a block of nothing but FRAMES_GONE's characters ("━━━━", "├──┼──")."""
    return not text.replace(" ", "").translate(FRAMES_GONE)


def paragraph(text: str) -> bool:
    """True for a block that reads as a paragraph, not a title: a sentence
    of more than HEAD_WORDS words, or several."""
    return ends_sentence(text) and (words_in(text) > HEAD_WORDS or ". " in text)


def fold(text: str) -> str:
    """text reduced to its lowercase words, for comparing copies of a line."""
    lower = text.lower()
    if any(mark in lower for mark in FOLD_MARKS):  # (a copy only then)
        lower = lower.translate(FOLD_BREAKS)
    return " ".join(filter(None, (w.strip(PUNCTUATION) for w in lower.split())))


def name_like(text: str) -> bool:
    """True for words that may be a site's name: not in small letters first,
    unless a domain's ("results by state" is none, "dw.com" is)."""
    return not text[:1].islower() or "." in text


def named(text: str) -> "set[str]":
    """The words of text, folded, but marks ("-", "|")."""
    return {word for word in fold(text).split() if any(map(str.isalnum, word))}


def without_site(text: str, site: "set[str] | None" = None) -> str:
    """A window title without the site's name ("Headline - Site" -> "Headline");
    with site (a declared title's: og:title), a part that reads on as the
    headline does is no name and stays ("Election 2024 - results by state":
    small letters first, no domain, not site's words)."""

    def name(part: str) -> bool:
        return site is None or name_like(part.strip()) or named(part) <= site

    for sep in TITLE_SEPARATORS:
        if sep in SITE_FIRST and text.count(sep) >= 2:
            # "Headline | Site | Section | Menu": the longest part is the headline
            text = max(text.split(sep), key=lambda part: len(part.split()))
            continue
        head, found, tail = text.rpartition(sep)
        if found and head and len(tail.split()) <= SITE_NAME_WORDS and name(tail):
            text = head
        head, found, tail = text.partition(sep)
        if (
            sep in SITE_FIRST
            and found
            and len(head.split()) <= SITE_NAME_WORDS < len(tail.split())
            and name(head)
        ):
            text = tail
    return text


# -- Blocks from text --------------------------------------------------------


def lines_of(text: str) -> "Iterator[str]":
    """The lines of text one at a time, never all of them in memory at once."""
    start, end = 0, text.find("\n")
    while end >= 0:
        yield text[start:end]
        start, end = end + 1, text.find("\n", end + 1)
    if start < len(text):
        yield text[start:]


def text_page(text: str, markdown: bool = False) -> "Page":
    """The paragraphs of saved text: lines, or hard-wrapped lines joined back;
    Markdown's when markdown (a static site's, its front matter read), or
    when it looks it."""
    layout = TextLayout(text, markdown)
    return TextReader(layout).read(text_lines(layout))


def looks_like_markdown(sample: str) -> bool:
    """True for text that looks like Markdown: inline links and images, as
    converters write them, a "# " heading on its first line (as this script
    writes it) or further down with a link or a "## " heading besides (a
    small page), or lines of bare HTML tags (GitHub's Markdown keeps as tags
    what it cannot write)."""
    return (
        sample.count("](") >= MARKDOWN_LINKS
        or sample.lstrip().startswith("# ")
        or "\n# " in sample
        and ("](" in sample or "\n## " in sample)
        or sum(map(tag_line, sample.split("\n"))) >= MARKDOWN_TAG_LINES
    )


class TextLayout:
    """A saved text, as read whole before its lines are: the settings the
    reading of every line goes by, and text, its tabs set to their stops.
    style is its Page's: "markdown", "wrapped" (hard-wrapped at width) or
    "lines"."""

    __slots__ = word_list(
        "breaks dashes flat hidden indented labels lettered lists markdown measure"
        " paragraphs refs spaced style text underlining width"
    )

    def __init__(self, text: str, markdown: bool) -> None:
        # lynx's link numbers are in it: the list of their targets goes
        text, self.refs = without_references(text)
        sample = text[:SNIFF_BYTES]
        self.markdown = markdown = markdown or looks_like_markdown(sample)
        # the labels that reference links' targets are defined by, and those
        self.labels = md_definitions(text) if markdown and "]:" in text else {}
        if "\t" in text:  # to its stops: Markdown's (CommonMark's), or a terminal's
            text = text.expandtabs(MD_TAB_STOPS if markdown else TAB_STOPS)
        self.text = text
        width, columns = wrap_width(text)
        self.width = width  # the columns its lines are wrapped at, or 0
        # a line's length, as width is
        self.measure: Callable[[str], int] = dump_width if columns else len
        indents = indented_text(text)
        # its paragraphs are indented (lynx's), the common lead of their lines
        self.indented = indented = (bool(width) or not markdown) and indents
        self.paragraphs = common_lead(text) if indented else 0
        # where its saver breaks lines but at spaces (see join_lines): a dump's
        # by its indent, lynx's or w3m's; Markdown's and other text's as
        # html2text does
        self.breaks = ("" if indented else "/") if width and not markdown else "-"
        # Markdown's indented code and pandoc's simple tables, in Markdown that
        # leaves most lines flush (not a dump that links make look like it)
        self.flat = markdown and not indents
        # any bullet opens an item, and in a dump "a. " too
        self.lists = lists = bool(width) or markdown or indented
        self.lettered = lists and not markdown
        self.underlining = not markdown and underlined_links(sample)  # html2text's
        self.style = "markdown" if markdown else "wrapped" if width else "lines"
        # w3m marks no heading, but sets one apart: up to SET_APART_LINES lines
        # alone between blank lines, flush left (lynx indents all but headings
        # instead; w3m indents a quote)
        self.spaced = self.style == "wrapped" and not indented
        # the lines of Markdown's <script> and <style> (unshown_lines()), and
        # a dump's list items typed with dashes (dashed_lines())
        self.hidden = (
            unshown_lines(text) if markdown and "</s" in text.lower() else set()
        )
        self.dashes = set() if markdown or not width else dashed_lines(text)


def browsed(sample: str) -> bool:
    """True for a browser's dump: DUMP_ITEMS list items or more indented
    ("  • Sport", "     * Sport"), which scrapers and html-text never indent."""
    items = 0
    for line in sample.split("\n"):
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) >= 2 and stripped[:2] in BULLETS:
            items += 1
            if items >= DUMP_ITEMS:
                return True
    return False


def text_lines(layout: "TextLayout") -> "Iterator[tuple[int, str]]":
    """The lines of a text numbered from 1, as its layout reads them: the
    rows of its tables as lines, and lines a saver cut rejoined (rejoined())."""
    text = layout.text
    read: Iterator[tuple[int, str]] = enumerate(lines_of(text), 1)
    if layout.markdown and "+-" in text:
        read = grid_tables(read)
    if layout.flat:
        read = simple_tables(read)
    elif not layout.markdown and BOX_SIDE in text:
        read = boxed_tables(read)
    return rejoined(read) if layout.style == "lines" else read


class TextReader:
    """Reads a text's lines one by one into the blocks of its page, as its
    layout says: a line goes on the block being read (a paragraph's next
    line, code's) or ends it and opens another (an item, a heading, a
    quote, a table's row, a paragraph). Its attributes but layout and page
    are the reading's state between lines."""

    __slots__ = word_list(
        "base code column counted counts defined first hard indent items kind language"
        " layout level levels opened owner owners page parts piped previous quote quoted"
        " quoting ruler set_in started top tops words"
    )

    def __init__(self, layout: "TextLayout") -> None:
        self.layout = layout
        self.page = Page(layout.style)
        self.page.refs = layout.refs
        self.words: set[str] = set()  # the text's, once a line ends in "-"
        # The block being read: its lines, each with its joint, the number of
        # its first line, its kind (a list's mark, "#", ">", "|", CODE, or ""
        # for prose) and the column its text stands at (past an item's mark).
        self.parts: list[str] = []
        self.first = self.indent = 0
        self.kind = ""
        self.previous = ""  # the line before, as read
        # How deep a list's item stands: in Markdown, in each item before whose
        # text its mark is as far in as (CommonMark's rule: "10. " and "9. " are
        # one list), the columns of their texts kept; in a dump by its text's
        # column against its list's first item's (lynx and w3m right-align
        # numbers).
        self.column = 0  # of the mark of the block being read
        self.levels: list[int] = []
        self.base = -1  # (the dump's first item's)
        # Markdown numbers a list from its first item ("1." "1." "1." is 1, 2,
        # 3): the number of the item before at each level of the items open,
        # and where that item ended and whether in a quote (a line between two
        # items, "<!-- -->", or a quote's edge parts two lists)
        self.counts: list[str] = []
        self.counted = -1, False
        self.code = ""  # the fence of the Markdown code block the line is in
        self.language = ""  # the open fence's code's, as its info string names it
        # or the columns of indent that Markdown's indented code block (four
        # past the item it is in) stands in, and the text columns of the items
        # open around the line
        self.set_in = 0
        self.defined = -1  # the line that ended a <dd> html2text set in as code
        self.items: list[int] = []
        # and the blocks of those items, and the item the block being read is
        # in, past its first block (a paragraph, code, a quote), or -1
        self.owners: list[int] = []
        self.owner = -1
        self.piped = False  # in a table whose rows need no pipe at their ends ("a | b")
        self.quoted = False  # the line is of a Markdown block quote ("> ")
        self.quoting = False  # and so was the first line of the block being read
        # the first line of the quote that line is in, and of the block's (a lazy
        # line, no mark, goes on a quote's paragraph: the quote goes on past it)
        self.quote = self.started = -1
        self.opened = True  # the block began after a blank line
        self.top = False  # the block is a Markdown level-1 heading ("# ")
        self.tops: list[int] = []  # and the blocks that were
        self.level = 0  # the "#" marks of the block's heading, a Markdown "###"'s
        self.hard = False  # the block goes on the one before past a hard break
        self.ruler = 0  # the number of the last line that was a Markdown rule ("* * *")

    def read(self, lines: "Iterator[tuple[int, str]]") -> "Page":
        """The page of the blocks of lines, numbered."""
        page, read_line = self.page, self.read_line
        number = 0
        for number, line in lines:
            if len(page.texts) >= BLOCKS_MAX:
                break  # a flood of lines: the rest is not read
            read_line(number, line)
        self.add(number, True)
        if len(self.tops) == 1:  # the page's only level-1 heading: its headline's
            page.meta.agreed = self.tops[0]
        return page

    def read_line(self, number: int, line: str) -> None:
        """Read line number: it goes on the block being read, or ends that
        and opens one."""
        layout = self.layout
        markdown = layout.markdown
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        code = self.code
        if number in layout.hidden and not code and not self.set_in:
            self.cut(number)  # (it breaks off a paragraph, as a fence does)
            return
        self.piped = self.piped and "|" in stripped  # (a fence or a blank line ends it)
        after_quote = self.quoted
        # columns past the text of the item the line is in (pandoc's "-   "
        # sets it 4 in): a quote or a fence may be indented as far and 3 more
        inner = lead - (self.items[-1] if self.items else 0)
        quoted = markdown and not code and inner < 4 and stripped[:1] == ">"
        self.quoted = quoted
        if quoted:  # its marks go ("> > " too); its lines join as a paragraph's
            if not after_quote and not (self.quoting and self.parts):
                self.quote = number  # a quote begins
            line, lead = unquoted(line, lead)
            stripped = line.strip()
        fenced_by = markdown and not quoted and inner < 4 and fence_of(stripped, code)
        if markdown and not code and inner < 4 and thematic(stripped):
            self.ruler = number
        if fenced_by:
            self.fence(number, lead, stripped, fenced_by)
            return
        if code:  # its lines as written, less the fence's indent
            self.parts.append(line[min(lead, self.indent) :] + "\n")
            return
        row = heading = False
        if markdown:
            if self.set_code(number, line, lead, stripped):
                return
            parts = self.parts
            if (
                parts
                and not self.kind
                and lead < 4
                and not underline(parts[0])
                and underline(stripped)
            ):
                # the line above is a heading, underlined ("Title\n=====")
                self.kind, self.top, self.previous = "#", stripped[0] == "=", ""
                return
            line, stripped = md_line(line, lead, stripped, layout.labels)
            # A table's row ("| a | b |"), or its rule ("| --- | :-: |"); under a
            # line of cells, a rule without end pipes ("---|---", as html2text
            # writes it) makes that line a header and the lines after it rows.
            # (html2text wraps a long header row: its lines are the row)
            if md_rule(stripped) and not self.kind and parts and "|" in parts[0]:
                self.kind = "|"
                self.piped = True
            row = lead < 4 and (stripped[:1] == "|" or self.piped)
            if row and not stripped.strip("|:- "):
                line = stripped = ""  # (its rule, no row)
                row = False
            heading = atx(stripped)
        if row or heading:
            mark = "|" if row else ""
        else:  # a list's, when the line opens an item (not "p. 80")
            mark = bullet(stripped, layout.lists, layout.lettered, markdown)
            mark = mark and self.item(mark, lead)
        at = -1  # the column the block goes on at with the line, or -1: it ends
        if self.parts and stripped:
            at = self.goes_on_at(number, lead, stripped, mark, quoted > after_quote)
        if at >= 0:
            self.indent = at
            self.join(stripped)
        else:
            self.open(number, lead, stripped, mark, heading, quoted != after_quote)
        self.previous = line if markdown else line.rstrip()

    def cut(self, number: int, kind: str = "") -> None:
        """End the block being read at line number, a block's fence (or a
        line not shown): the next block, of kind, opens past it."""
        self.add(number - 1, True)
        self.first, self.kind, self.parts, self.previous = number + 1, kind, [], ""

    def fence(self, number: int, lead: int, stripped: str, fence: str) -> None:
        """Open or close Markdown's fenced code block at line number: a block
        of its own."""
        self.cut(number, "" if self.code else CODE)
        items = self.items
        while items and lead < items[-1] and not self.code:
            items.pop()  # (one less indented than an item's text ends it)
            self.owners.pop()
        self.owner = self.owners[-1] if items and not self.code else -1
        self.code = code = "" if self.code else fence
        self.language = fence_language(stripped[len(code) :]) if code else ""
        self.indent = lead

    def set_code(self, number: int, line: str, lead: int, stripped: str) -> bool:
        """True when line number is of Markdown's indented code, which no
        paragraph's line carries on, read so; else the code it ends is a
        block of its own, and the items it is less indented than end."""
        set_in = self.set_in  # (sanitise set tabs to their stops: lead is columns)
        if set_in and (lead >= set_in or not stripped):
            self.parts.append(" " * (lead - set_in) + line[lead:] + "\n")
            return True
        if set_in:  # the indented code ends: a block of its own
            parts = self.parts
            if sum(1 for part in parts if part.strip()) == 1 and (
                len(parts) == 1 or self.first - 2 == self.defined >= 0
            ):
                # html2text's <dd>: one line set in four columns under its
                # <dt> and a blank line, the next <dt> right under it (no
                # writer's code ends so); the list's last (a blank line
                # after it) known by the <dd> before its <dt>: text
                self.kind, self.parts = "", [parts[0].strip()]
                self.defined = number if len(parts) == 1 else -1
            self.add(number - 1, True)
            self.set_in, self.kind, self.parts, self.previous = 0, "", [], ""
        items = self.items
        while items and lead < items[-1] and stripped:
            items.pop()  # out of the item: less indented than its text
            self.owners.pop()
        set_in = MD_CODE + (items[-1] if items else 0)
        if not (
            self.layout.flat
            and lead >= set_in
            and stripped
            and not self.previous.strip()
            and not self.quoted
            and not bullet(stripped, self.layout.lists)  # html2text's nested list
        ):
            return False
        self.add(number - 1, True)
        self.set_in = set_in
        self.owner = self.owners[-1] if items else -1
        self.first, self.kind, self.indent = number, CODE, 0
        self.parts = [" " * (lead - set_in) + line[lead:] + "\n"]
        self.previous = line
        return True

    def item(self, mark: str, lead: int) -> str:
        """The list mark that opens the line ("•", "1.", a dump's "b."), if
        it opens an item there, else ""."""
        kind = self.kind
        if mark[:1].isalpha() and not letter_next(mark, kind, self.previous):
            return ""  # "p. 80", "a. M.": a wrapped line's start, no item
        if self.layout.markdown and self.parts and in_link(self.parts):
            return ""  # a link's text or title, wrapped
        if (
            self.layout.markdown
            and self.parts
            and (self.quoted or kind != ">")
            and lead >= self.indent
        ):
            # only "1." opens a list inside a paragraph (CommonMark), an
            # item's too; not the item's own line after a hard break
            lazy = (
                not self.indent
                and bool(self.counts)
                and self.first - self.counted[0] <= 1
            )
            return "" if numbered(mark) not in (-1, 1) and not lazy else mark
        return mark

    def goes_on_at(
        self, number: int, lead: int, stripped: str, mark: str, new_quote: bool
    ) -> int:
        """The column the text of the block being read goes on at when line
        number carries it on (Markdown's next line of a paragraph or heading,
        not a new quote's; a dump's hard-wrapped next line), else -1."""
        layout, kind, previous = self.layout, self.kind, self.previous
        # the block's first line alone, set in a little further than this
        # one's words: a paragraph's first-line indent, if it was full
        hung = (
            len(self.parts) == 1
            and not kind
            and lead < self.indent <= lead + FIRST_INDENT
            and (stripped[:1].isalnum() or stripped[:1] >= WIDE)
            # (a line of a paragraph, not a term)
            and layout.measure(stripped) * 2 >= layout.width
            and not ends_sentence(previous)
        )
        at = lead if hung else self.indent  # (its lines go on at its second's)
        if layout.markdown:
            on = not mark and joined(previous, stripped, self.parts) and not new_quote
        else:
            on = (
                (
                    not mark
                    or numbered_on(mark, kind, previous, stripped)
                    or dashed_on(mark, kind, previous, stripped)
                    and number not in layout.dashes
                )
                and continues(
                    previous, stripped, lead, at, layout.width, layout.measure
                )
                and not parted(previous.strip(), stripped)
            )
        return at if on else -1

    def join(self, stripped: str) -> None:
        """Add the line to the block being read, joined to the one before as
        its saver broke it (join_lines())."""
        layout, parts, previous = self.layout, self.parts, self.previous
        if not (layout.breaks or stripped.strip(LYNX_RULE)):
            return  # (lynx's rule under a paragraph)
        if (
            not layout.breaks
            and len(previous) == layout.width
            and " " not in previous.lstrip()
        ):
            parts.append(stripped)  # a word too long for a line, lynx cut at its width
            return
        if parts[-1].endswith("-") and not self.words:
            self.words.update(layout.text.lower().split())
        parts[-1], joint = join_lines(parts[-1], stripped, self.words, layout.breaks)
        if joint and not layout.markdown:
            # lynx's room less a quote's margin (not w3m's)
            past = len(previous) - len(previous.lstrip()) - layout.paragraphs
            if broke(previous, stripped, layout.width - max(0, past) * layout.indented):
                joint = HTML_GAP  # a paragraph's end, shown so (Page.parts)
        parts.append(joint + stripped)

    def open(
        self,
        number: int,
        lead: int,
        stripped: str,
        mark: str,
        heading: bool,
        edge: bool,
    ) -> None:
        """End the block being read, and open one at line number, of mark
        (a list's) or a heading's; edge: the line opens or ends a quote."""
        markdown, previous, quoted = self.layout.markdown, self.previous, self.quoted
        self.add(number - 1, not stripped)
        self.hard = (
            markdown
            and bool(stripped)
            and not (mark or heading or edge)
            and previous.endswith("  ")
            and bool(previous.strip())
            and self.kind not in (CODE, "#", "|")
        )
        self.opened = not previous.strip()
        self.quoting, self.column, self.started = quoted, lead, self.quote
        self.first, self.kind, self.indent = number, mark, lead
        parts = [stripped] if stripped else []
        items = self.items
        self.owner = self.owners[-1] if items and not listed(mark) else -1
        if mark and mark != "|":  # (a row keeps its pipes for md_cells)
            body = stripped[2 if mark == "•" else len(mark) + 1 :].lstrip()
            while not markdown and body[:2] in BULLETS and not body[0].isalpha():
                after = body[2:].lstrip()  # an empty item's (links': "* * x")
                if not (after[:1].isalnum() or after[:1] == "["):
                    break  # ("* — note": a footnote's mark)
                body = after
            self.indent = indent = lead + len(stripped) - len(body)
            parts = [atx_text(body) if markdown and atx(body) else body]
            if markdown and body[:3] == ":::" and div_fence(body):
                parts = [""]  # "-   ::: {.caption}": a fenced div's fence
            items += [indent] * markdown  # ("- ## Heading": its text)
            self.owners += [len(self.page.texts)] * markdown
        elif heading:
            self.kind, parts = "#", [atx_text(stripped)]
        elif quoted:
            self.kind = ">"
        self.parts = parts
        self.top = heading and stripped[:2] == "# " and not quoted
        self.level = len(stripped) - len(stripped.lstrip("#")) if heading else 0

    def add(self, last: int, closed: bool) -> None:
        """Append the block of lines first to last, its markup read: lynx's
        link numbers (refs), Markdown; nothing when nothing is left of it,
        nor past BLOCKS_MAX."""
        held, self.hard = self.hard, False
        page, kind = self.page, self.kind
        at = len(page.texts)  # the block's number
        if not self.parts or at >= BLOCKS_MAX:
            return
        block, linked, cells, rich = block_read("".join(self.parts), kind, self.layout)
        laid = block.split(HTML_GAP) if HTML_GAP in block else []
        if laid:  # the paragraphs the block shows (broke())
            block = " ".join(laid)
        if not block or kind != CODE and scripted(block):
            return
        heading = framed(block) if not self.layout.markdown else ""
        lines = self.first | last << 32
        page.add(
            heading or block, "#" if heading else kind, self.flag(closed), linked, lines
        )
        if self.top:
            self.tops.append(at)
        if kind == "#" and self.level > 2:  # its marks, as an <h3>'s are kept
            page.langs[at] = "#" * self.level
        if laid and not kind and not heading:
            page.parts[at] = [(part, "") for part in map(str.strip, laid) if part]
        inside = self.nest(at, last)
        if self.quoting and listed(kind):
            page.quoted.add(at)
        if self.quoting:
            page.quotes[at] = self.started
        if kind == CODE and self.language:
            page.langs[at] = self.language
        if rich:
            page.markdown[at] = rich
        if self.first == last == self.ruler:  # a rule's line alone
            page.rule_lines.add(at)
        if held and at:
            page.broken.add(at)
        if inside:
            page.owner[at] = self.owner  # shown under its item's text
        if cells:  # written as a table again, its first row marked
            opens = page.kinds[-2:-1] != ["|"]
            page.markdown[at] = HTML_FIRST * opens + "".join(
                HTML_CELL + cell for cell in cells
            )

    def flag(self, closed: bool) -> int:
        """FLUSH for the block being read, ending (closed: at a blank line),
        if it is set as a heading: apart and flush (w3m's), flush among a
        dump's indented paragraphs (lynx's), or apart and centred; else 0."""
        layout, parts, indent = self.layout, self.parts, self.indent
        apart = (
            self.opened and closed and len(parts) <= SET_APART_LINES and not self.kind
        )
        if not layout.indented:
            return FLUSH if layout.spaced and apart and not indent else 0
        # links and elinks centre a heading's line on the screen, a few
        # columns wider than the text
        centred = (
            apart
            and indent >= layout.paragraphs + CENTRE_LEAD
            and min(abs(2 * indent + len(parts[0]) - w) for w in (layout.width, SCREEN))
            <= CENTRE_SLACK
        )
        return FLUSH if not indent or centred else 0

    def nest(self, at: int, last: int) -> bool:
        """Place block at, lines to last, in its list: as an item's paragraph,
        code or quote past its first block (True), or its list's item at its
        level; the list ends at any other block."""
        kind = self.kind
        inside = (
            0 <= self.owner < at
            and not listed(kind)
            and listed(self.page.kinds[self.owner])
        )
        if inside:  # its list goes on
            self.counted = last, self.counted[1]
        elif not listed(kind):
            self.base = -1
            self.levels.clear()
            self.counts.clear()
        elif self.layout.markdown:
            self.count(at, last)
        elif self.base < 0 or self.indent < self.base:
            self.base = self.indent
        elif self.indent >= self.base + NESTED_COLUMNS:  # nested: under the item before
            self.page.indents[at] = self.indent - self.base
        return inside

    def count(self, at: int, last: int) -> None:
        """Set Markdown's item at, lines to last, in each item whose text its
        mark is as far in as, numbered on from the item before at its level."""
        levels, counts, counted = self.levels, self.counts, self.counted
        while levels and self.column < levels[-1]:
            levels.pop()
        if levels:
            self.page.indents[at] = len(levels)
        if counted[1] != self.quoting or self.first - counted[0] > 2:
            counts.clear()  # not right after the item before: a list of its own
        self.counted = last, self.quoting
        before = counts[len(levels)] if len(counts) > len(levels) else ""
        mark = self.kind
        if numbered(mark) >= 0 and before[-1:] == mark[-1:]:
            mark = self.page.kinds[-1] = f"{numbered(before) + 1}{mark[-1]}"
        del counts[len(levels) :]
        counts.append(mark)
        levels.append(self.indent)


def block_read(
    block: str, kind: str, layout: "TextLayout"
) -> "tuple[str, int, list[str], str]":
    """A block's text, its markup read as its layout says (lynx's link
    numbers, html2text's underlined links, Markdown), and how many of its
    characters are links; a Markdown table row's cells, marked; and its text
    with its links marked, as html_page marks them (or "")."""
    linked = 0
    if layout.refs:
        block, markers = without_markers(block)
        linked = markers * LINK_MARKER_CHARS
    if layout.underlining and "_" in block:
        block, links = without_underlines(block)
        linked += links
    markdown, labels = layout.markdown, layout.labels
    cells: list[str] = []
    rich = ""
    if kind == CODE:
        block = as_written(block)
    elif kind == "|":  # a Markdown table's row: its cells' text, and marked
        styling = markdown and md_styled(block, labels)
        texts, linked, cells = md_cells(block, labels, styling)
        filled = len(texts)  # the text of its cells up to its last filled one
        while filled and not texts[filled - 1]:
            filled -= 1
        block = " | ".join(texts[:filled])
    else:
        urls: list[str] = []  # a Markdown block's links' targets
        marking = markdown and md_styled(block, labels)
        if marking:  # its links, code and emphasis marked as html_page marks them
            marked = shown_block(unmarked(block, labels, urls)[0], layout)
        if markdown:
            block, linked = unmarked(block, labels)
        block = shown_block(block, layout)
        if marking and reads_as(marked, block):  # (as text shows it)
            rich = linked_to(marked, urls)
    return block, linked, cells, rich


def shown_block(block: str, layout: "TextLayout") -> str:
    """A block's text as the page shows it: no lynx [INS: :INS] or the like,
    no "CAPTION: " (lynx's) before a table's caption, no formula's MathML
    tags, no picture's file, single-spaced, no SVG's declaration."""
    if "[" in block or "]" in block:  # (as every mark has)
        for mark in ELEMENT_MARKS:
            if mark in block:
                block = block.replace(mark, " ")
    if not layout.breaks and block.startswith(LYNX_CAPTION):
        block = block[len(LYNX_CAPTION) :]
    if "MATH:" in block:
        block = formula_text(block)
    block = single_spaced(without_image(block, layout.breaks == "/"))
    if layout.underlining and "<?xml" in block:  # html2text's
        block = without_declaration(block)
    return block


def formula_text(block: str) -> str:
    """A block without lynx's [MATH: :MATH] marks and the MathML tags it
    shows between them: the formula's own text ("x = 2") stays, in place
    (a formula begun in the block before, or ended in the next, too)."""
    pieces = block.split(FORMULA[0])
    out = []
    for k, piece in enumerate(pieces):
        formula, end, rest = piece.partition(FORMULA[1])
        if not end and not k:  # the text before the block's first formula
            formula, rest = "", piece
        out.append(untagged(formula) + " " + rest)
    return " ".join(out)


def untagged(text: str) -> str:
    """text without the tags it shows ("<mi>", "</mo>", "<mrow a='b'>"); a
    "<" that opens none (x < y) stays."""
    pieces = text.split("<")
    out = [pieces[0]]
    for piece in pieces[1:]:
        name, closed, rest = piece.partition(">")
        tag = closed and (name[:1].isalpha() or name[:1] == "/")
        out.append(" " + rest if tag else "<" + piece)
    return "".join(out)


def unquoted(line: str, lead: int) -> "tuple[str, int]":
    """A line of a Markdown quote, and its indent, without the quote's marks
    ("> > " too): past each mark and the space after it, the rest's indent
    stays (a nested list's, in the quote)."""
    line = line.lstrip()
    at = 0
    while line[at : at + 1] == ">":
        at += 1 + (line[at + 1 : at + 2] == " ")
    line = line[at:]
    lead += len(line) - len(line.lstrip())
    return " " * lead + line.lstrip(), lead


def md_line(
    line: str, lead: int, stripped: str, labels: "dict[str, str]"
) -> "tuple[str, str]":
    """A line of Markdown and its stripped text as read: nothing of a fenced
    div's fence (pandoc's) or of a reference link's target ("[1]: https://…");
    a hard break written "\\" as two spaces."""
    if stripped[:3] == ":::" and div_fence(stripped):
        return "", ""
    if labels and stripped[:1] == "[" and lead < 4 and definition(stripped):
        return "", ""
    if lead == ABBREVIATED[0] and stripped[:2] == ABBREVIATED[1] and "]: " in stripped:
        return "", ""  # html2text's list of the page's <abbr> titles, at its end
    if stripped[-1:] == "\\" != stripped[-2:-1]:
        return line.rstrip()[:-1] + "  ", stripped[:-1].rstrip()
    return line, stripped


def md_rule(stripped: str) -> bool:
    """True for a Markdown table's rule ("---|---", "| :-- | --: |")."""
    return "|" in stripped and "-" in stripped and not stripped.strip("|:- ")


def thematic(stripped: str) -> bool:
    """True for a Markdown rule's line (an <hr>): three or more "*", "-" or
    "_", the same, with spaces between them or not."""
    marks = stripped.replace(" ", "")
    return len(marks) >= 3 and marks[0] in "*-_" and not marks.strip(marks[0])


def atx(stripped: str) -> bool:
    """True for a Markdown heading's line: one to six "#" and a space or the
    line's end (CommonMark: "#hashtag" and "#######" are a paragraph's)."""
    marks = len(stripped) - len(stripped.lstrip("#"))
    return 0 < marks <= 6 and stripped[marks : marks + 1] in ("", " ", "\t")


def atx_text(stripped: str) -> str:
    """A Markdown heading's text: without its "#" marks, nor the closing
    ones after a space ("## Title ##": "Title"; "# C#" stays "C#")."""
    text = stripped.lstrip("#").strip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare[-1:] in ("", " ", "\t") else text


def simple_tables(lines: "Iterator[tuple[int, str]]") -> "Iterator[tuple[int, str]]":
    """The numbered lines of Markdown with each of pandoc's simple tables (a
    header, a rule of dashes under each column, rows up to a blank line) a
    pipe table: its cells cut where the rule's columns begin; not in code
    (fenced, or indented as code is: "pip list" prints such a table)."""
    before = ""  # the line before the last, blank or not
    held: tuple[int, str] | None = None  # the last line, a header maybe
    starts: list[int] = []  # the columns of the table being read
    code = ""  # the fence of the code block the line is in
    for number, line in lines:
        if starts and line.strip():
            yield number, cut_row(line, starts)
            continue
        rule = line.split() if "---" in line else []
        starts = []
        fence = fence_of(line.strip(), code)
        code = ("" if code else fence) if fence else code
        if (
            held
            and held[1].strip()
            and held[1][:4].strip()
            and not before.strip()
            and not code
            and len(rule) >= 2
            and all(len(r) >= 3 and not r.strip("-") for r in rule)
        ):  # a rule under a header: the table's columns
            at = 0
            for r in rule:
                at = line.index(r, at)
                starts.append(at)
                at += len(r)
            yield held[0], cut_row(held[1], starts)
            yield number, "|" + "---|" * len(starts)
            held = None
            continue
        if held:
            before = held[1]
            yield held
        held = number, line
    if held:
        yield held


def boxed_tables(lines: "Iterator[tuple[int, str]]") -> "Iterator[tuple[int, str]]":
    """The numbered lines of a dump with each table w3m draws with borders
    read: a row's lines (between two rules, BOX_ROW_LINES at most) one line
    of its cells' text, each cell's lines joined (a box of one column line
    by line), and its rules blank lines."""
    row: list[tuple[int, list[str]]] = []  # the lines of the row being read
    for number, line in lines:
        stripped = line.strip()
        if len(stripped) > 1 and stripped[0] == stripped[-1] == BOX_SIDE:
            row.append((number, stripped[1:-1].split(BOX_SIDE)))
            if len(row) < BOX_ROW_LINES:
                continue
            line = stripped = ""  # (read so far, the rest a row of its own)
        yield from box_row(row)
        row = []
        ruled = stripped[:1] in BOX_RULES and framed_only(stripped)
        yield number, "" if ruled else line
    yield from box_row(row)


def grid_tables(
    lines: "Iterator[tuple[int, str]]", depth: int = GRID_DEPTH
) -> "Iterator[tuple[int, str]]":
    """The numbered lines of Markdown with each of pandoc's grid tables
    ("+---+---+" rules, "|" between cells) read: its rules blank lines, a
    row of GRID_SHORT lines or fewer one line of its cells, a longer one
    (a page laid out in a table) its cells' lines a column after another;
    a table in a cell read so as well, depth tables deep; not in fenced
    code (a diagram of boxes)."""
    cuts: list[int] = []  # where the last rule's "+" stand
    row: list[tuple[int, str]] = []
    code = ""  # the fence of the code block the line is in
    for number, line in lines:
        stripped = line.strip()
        fence = fence_of(stripped, code)  # (a row opens with "|": none)
        code = ("" if code else fence) if fence else code
        rule = not code and len(stripped) > 2 and stripped[0] == stripped[-1] == "+"
        rule = rule and stripped[1] in "-=:" and not stripped.strip("+-=: ")
        # (its last "|" where the rule's last "+" stands but for wide characters)
        inside = bool(cuts) and line[cuts[0] : cuts[0] + 1] == stripped[-1:] == "|"
        inside = inside and not rule
        if row and (not inside or len(row) * len(cuts) >= GRID_CELLS):
            read = grid_row(row, cuts)
            nested = depth > 1 and any("+-" in line[1:] for _, line in row)
            yield from grid_tables(read, depth - 1) if nested else read
            row = []
        if inside:
            row.append((number, line))
        elif rule:
            cuts = [i for i, c in enumerate(line) if c == "+"]
            yield number, ""
        else:
            cuts = []
            yield number, line
    if row:
        yield from grid_row(row, cuts)


def grid_row(
    row: "list[tuple[int, str]]", cuts: "list[int]"
) -> "Iterator[tuple[int, str]]":
    """The numbered lines a row of a grid table is read as (grid_tables):
    its cells cut where its rule's "+" stand (or at its "|" if they stand
    elsewhere: wide characters), each cell's lines in a column; a long row
    of more than GRID_COLUMNS cells (no page's layout) line by line."""
    columns: list[list[tuple[int, str]]] = []
    for number, line in row:
        if all(line[i : i + 1] == "|" for i in cuts):
            cells = [line[a + 2 : b] for a, b in zip(cuts, cuts[1:])]
        else:
            cells = line.strip()[1:-1].split("|")
        columns += [[] for _ in cells[len(columns) :]]
        for column, cell in zip(columns, cells):
            column.append((number, cell.rstrip()))
    if len(row) <= GRID_SHORT:
        cells = [one_line(" ".join(c for _, c in column)) for column in columns]
        yield row[0][0], " ".join(cells)
    elif len(columns) > GRID_COLUMNS:
        for number, line in row:
            yield number, one_line(line.strip().strip("|").replace("|", " "))
    else:
        for column in columns:
            if any(cell for _, cell in column):
                yield from column
                yield column[-1][0], ""


def box_row(row: "list[tuple[int, list[str]]]") -> "Iterator[tuple[int, str]]":
    """The numbered lines a row of a bordered table is read as (boxed_tables):
    one, its cells' lines joined column by column; but a box of one column,
    and a row whose lines part into more cells than others (a nested
    table's, a cell spanning rows), line by line, frames gone. (A table
    typed so that rules no row from the next, as psql's, is read as one
    row: told apart by its cells set off by a space, w3m's centred cells
    went too, and check w3m body F1 fell 0.886 -> 0.884.)"""
    if len({len(cells) for _, cells in row}) > 1 or all(
        len(cells) == 1 for _, cells in row
    ):
        for number, cells in row:
            yield number, one_line(" ".join(cells).translate(BOX_FRAME))
        return
    columns: list[list[str]] = [[] for _ in row[0][1]]  # (row: not empty here)
    for _, cells in row:  # each cell's lines, in one pass
        for column, cell in zip(columns, cells):
            column.append(cell)
    yield row[0][0], one_line(" ".join(" ".join(column) for column in columns))


def cut_row(line: str, starts: "Sequence[int]") -> str:
    """A line of a simple table as a pipe table's row, its cells cut at starts."""
    ends = [*starts[1:], len(line)]
    cells = [line[a:b].strip() if a else line[:b].strip() for a, b in zip(starts, ends)]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def rejoined(lines: "Iterator[tuple[int, str]]") -> "Iterator[tuple[int, str]]":
    """The numbered lines of text saved a block a line, with each sentence
    that a scraper broke around a link one line again (see FRAGMENT_WORDS);
    a joined line has the number of its first. Linear: a joined line is
    kept in pieces, with its words counted, until it is given out."""
    held: list[tuple[int, list[str], int]] = []  # three lines at most
    for number, line in lines:
        # its words, counted as far as the thresholds need (no list of all)
        held.append((number, [line], len(line.split(None, LINK_WORDS + TAIL_WORDS))))
        if len(held) < 3:
            continue
        (first, pieces, words), (_, [link], linked), (_, [tail], more) = held
        end, link, tail = pieces[-1].strip(), link.strip(), tail.strip()
        # (not a path's "./" or a word's: "./run.sh", ".NET")
        after = tail[1:2]
        carried = tail[:1] != "" and tail[0] in CARRIED
        carried = carried and not (after.isalnum() or after in ("/", "\\"))
        if (
            words >= FRAGMENT_WORDS
            and not ends_sentence(end)
            and 0 < linked <= LINK_WORDS
            and (
                carried
                or tail[:1].islower()
                and (more >= TAIL_WORDS or ends_sentence(tail))
            )
        ):
            pieces[-1] = end if len(pieces) == 1 else pieces[-1]
            pieces += " ", link, "" if carried else " ", tail
            held = [(first, pieces, words + linked + more)]
        else:
            number, pieces, _ = held.pop(0)
            yield number, "".join(pieces)
    for number, pieces, _ in held:
        yield number, "".join(pieces)


def tag_line(line: str) -> bool:
    """True for a line that is an HTML tag ("<div class=…>", "</div>")."""
    line = line.strip()
    name = line[2:] if line[1:2] == "/" else line[1:]
    after = name.lstrip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
    )
    return (
        line[-1:] == ">"
        and line[:1] == "<"
        and name[:1].isascii()
        and name[:1].isalpha()
        and after[:1] in (" ", "/", ">")  # a name, then its end: no <a@b.org>
        and line.count("<") == 1  # one tag a line, as converters write them
    )


def fence_of(stripped: str, open_fence: str) -> str:
    """The fence a Markdown line is (three or more backticks or tildes, a
    backtick fence with no backtick after it), or ""; in a block that
    open_fence opened, only one that closes it (as long, nothing after)."""
    mark = stripped[:1]
    size = len(stripped) - len(stripped.lstrip(mark)) if mark and mark in "`~" else 0
    if open_fence:
        closes = mark == open_fence[0] and size >= len(open_fence)
        return stripped if closes and not stripped[size:].strip() else ""
    if size < 3 or mark == "`" and "`" in stripped[size:]:
        return ""
    return mark * size


def fence_language(info: str) -> str:
    """The language a Markdown fence's info string names ("python" of
    "```python title=a.py"), a plain word (plain_language()), or ""."""
    return plain_language(info.split(None, 1)[0] if info.strip() else "")


def plain_language(word: str) -> str:
    """word when it is a plain language's name, ASCII letters, digits and
    "+-#." ("c++", "c#", "objective-c", "vb.net"), which Markdown output
    writes after its fence; else "" ("{{lang}}", "py`x" would break the
    fence's line)."""
    plain = all(c.isalnum() and c.isascii() or c in "+-#." for c in word)
    return word if word and plain else ""


def as_written(code: str) -> str:
    """Code as it was written: its lines, tabs to the next tab stop, with no
    space at their ends and no blank line around them."""
    lines = (line.expandtabs(TAB_STOPS).rstrip() for line in code.split("\n"))
    return "\n".join(lines).strip("\n")


# lynx -dump's heading of its link targets at its end, and the characters
# after it that its numbered list begins in (past "Visible links", "Hidden
# links:").
REFERENCES = "\nReferences\n"
REFERENCES_REACH = 388


def without_references(text: str) -> "tuple[str, bool]":
    """text without the numbered list of link targets that lynx -dump prints
    at its end, and whether there was one (its [12] markers then go too)."""
    at = text.rfind(REFERENCES)
    start = at + len(REFERENCES)
    rest = text[start : start + REFERENCES_REACH].split()[:5]  # its list's first
    if at < 0 or not any(
        number[:-1].isdigit() and number.endswith(".") and ":" in address
        for number, address in zip(rest, rest[1:])
    ):  # "1. https://…": no "References" heading over a list of the article's
        return text, False
    return text[:at], True


def wrap_width(text: str) -> "tuple[int, bool]":
    """The width text was hard-wrapped at, or 0 when it was not wrapped, and
    whether in columns, a wide (CJK) character two (w3m's, elinks'), not
    in characters (lynx's): the measure that more of its lines fill, if
    its lines with wide characters keep within it (WRAP_OVERRUN)."""
    lines = [  # lines of words, or of CJK, which wraps anywhere
        line.rstrip()
        for line in lines_of(text[:WRAP_SAMPLE])
        if " " in line.strip() or max(line, default="") >= WIDE
    ]
    width, full = filled(sorted(map(len, lines)))
    wide = [i for i, line in enumerate(lines) if max(line, default="") >= WIDE]
    if not wide:
        return width, False
    spans = list(map(dump_width, lines))
    columns, more = filled(sorted(spans))
    # past it by more than a wide character (the width is where most lines
    # crowd, and some of w3m's run a column or two past that; lynx's, twice)
    over = sum(spans[i] > columns + 2 for i in wide)
    kept = over * WRAP_OVERRUN <= len(wide)
    return (columns, True) if more > full and kept else (width, False)


def filled(lengths: "list[int]") -> "tuple[int, int]":
    """The width lines of these sorted lengths were wrapped at (0: they were
    not) and how many fill it."""
    if len(lengths) < 3:
        return 0, 0
    # Wrapped lines crowd just under the width; short lines (menus, the
    # last line of each paragraph) and rare long ones (tables) do not count.
    cutoff = lengths[len(lengths) * WRAP_LONGEST // 100] // 2
    long = [n for n in lengths if n >= cutoff]
    many = len(long) >= WRAP_LINES
    width = long[len(long) * WRAP_CROWD // 100 - 1 if many else -1]
    if width > WRAP_WIDTH_MAX:
        return 0, 0
    full = sum(n >= width * WRAP_SLACK for n in lengths)
    return (width, full) if full * 4 >= len(lengths) or full >= 3 else (0, 0)


def indented_text(text: str) -> bool:
    """True when most lines but list items are indented, as lynx indents
    all but headings (w3m indents only lists)."""
    lines = [
        line
        for line in text[:SNIFF_BYTES].split("\n")
        if line.strip() and not bullet(line.strip(), True)
    ]
    return sum(line.startswith(" ") for line in lines) * 2 > len(lines)


def common_lead(text: str) -> int:
    """How far most lines of text are indented (lynx's paragraphs: 3)."""
    leads: dict[int, int] = {}
    for line in text[:SNIFF_BYTES].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip(" "))
            leads[lead] = leads.get(lead, 0) + 1
    return max(leads, key=leads.__getitem__, default=0)


def bullet(
    stripped: str, lists: bool, letters: bool = False, parens: bool = False
) -> str:
    """The list marker that opens a line ("•", "3."; with letters, a dump's
    lettered item's, "b."; with parens, CommonMark's "3)" and the bullets
    of MD_BULLETS), or ""."""
    if stripped[:2] in BULLETS and (
        stripped[0] in MD_BULLETS if parens else lists or stripped[0] in "-•·–◦▪"
    ):
        return "•"
    if letters and stripped[1:3] == ". " and "a" <= stripped[0] <= "z" and stripped[3:]:
        return stripped[:2]  # (<ol type="a">: lynx and w3m letter its items)
    for end in NUMBER_ENDS[: 1 + parens]:
        head, found, rest = stripped.partition(end)
        if found and head.isdigit() and len(head) <= 3 and rest:
            return head + end[0]
    return ""


def letter_next(mark: str, kind: str, previous: str) -> bool:
    """True when a dump's lettered line ("b.") is a list's item: "a." under
    an item or a line that leads into a list (":"), or the next letter after
    the item before ("b." after "a.")."""
    if mark == "a.":
        return listed(kind) or previous.rstrip().endswith(":")
    return kind[:1].isalpha() and kind[1:] == "." and ord(mark[0]) == ord(kind[0]) + 1


def unshown_lines(text: str) -> "set[int]":
    """The lines (from 1) of Markdown text's <script> and <style> blocks that
    end within UNSHOWN_CHARS, with no fence between: code, which no reader
    shows (CommonMark). A tag with no end tag as near is text: a page's
    about HTML. Linear: each end tag and fence is found once."""
    import re
    from bisect import bisect_left

    lower = text.lower()
    ends = {
        name: [m.start() for m in re.finditer(f"</{name}", lower)]
        for name in ("script", "style")
    }
    fences = [m.start() for m in re.finditer(r"\n {0,3}(?:```|~~~)", lower)]
    lines: set[int] = set()
    at = line = last = 0  # where the line count stands, and the last block's end
    for found in re.finditer(MD_UNSHOWN, lower):
        start = found.start()
        if start < last:
            continue  # in the block before
        near = ends[found[1]]
        k = bisect_left(near, start)
        end = near[k] if k < len(near) else -1
        fence = bisect_left(fences, start)
        if (
            end < 0
            or end - start > UNSHOWN_CHARS
            or (fence < len(fences) and fences[fence] < end)
        ):
            continue  # no end tag near, or a fence between: text
        line += lower.count("\n", at, start)
        first = line
        line += lower.count("\n", start, end)
        at = last = end
        lines.update(range(first + 1, line + 2))
    return lines


def numbered_on(mark: str, kind: str, previous: str, stripped: str) -> bool:
    """True when a numbered line (not "1.", which CommonMark lets open a
    list there) carries on a paragraph whose line did not end a sentence, as
    wrapping leaves "12. Mai"; not a line that states a date (a dateline)."""
    return (
        mark[:1].isdigit()
        and numbered(mark) != 1
        and not kind
        and not ends_sentence(previous)
        and not find_date(stripped)
    )


def dashed_lines(text: str) -> "set[int]":
    """The lines (from 1) of text that open with a dash as the line before
    or after does, at the same column: a list's items, typed as such (but
    for a line that leads in to them with ":"). Only dash lines are read
    (found after a line break: the fast search)."""
    import re
    from itertools import chain

    line = r"([^\S\n]*)([-–]) [^\n]*"
    found = chain(filter(None, [re.match(line, text)]), re.finditer("\n" + line, text))
    lines: set[int] = set()
    number, at = 1, 0  # the line at which text[at] stands
    last = 0, ""  # the last dash line's number and mark, unless it ends in ":"
    for dash in found:
        number += text.count("\n", at, dash.start(1))
        at = dash.start(1)
        written = text[at : dash.end()].rstrip()
        if len(written) - len(dash[1]) < 3:
            continue  # a dash and a space alone: no item
        mark = dash[2] + str(len(dash[1]))
        if last == (number - 1, mark):
            lines.update((number - 1, number))
        last = (0, "") if written.endswith(":") else (number, mark)
    return lines


def dashed_on(mark: str, kind: str, previous: str, stripped: str) -> bool:
    """True when a line that opens with a dash ("– that's not") carries on a
    paragraph whose line did not end a sentence: wrapping left the dash
    there; a list's dash follows a line that ends (or leads in with ":")."""
    return (
        mark == "•"
        and stripped[0] in "-–"
        and not kind
        and not ends_sentence(previous)
        and not previous.rstrip().endswith(":")
    )


def continues(
    previous: str,
    stripped: str,
    lead: int,
    indent: int,
    width: int,
    measure: "Callable[[str], int]",
) -> bool:
    """True when a line carries on the hard-wrapped line before it (width:
    as measure measures a line, in columns or in characters)."""
    if (
        not width
        # a line centred under the one before carries it on: lynx, links and
        # elinks centre a heading's wrapped lines (the first may fill the line)
        or lead != indent
        and abs(middle(previous) - 2 * lead - len(stripped)) > CENTRE_SLACK
        # columns of a table row, which wrapping never spaces out
        or "   " in stripped
        or "   " in previous.strip().lstrip("-*+•").lstrip()  # (pandoc's "-   ")
        # rows of a table, whatever their length
        or (numeric(previous) and numeric(stripped))
    ):
        return False
    if stripped.startswith(FORMULA[0]) or previous.endswith(FORMULA[1]):
        return True  # lynx sets a formula on lines of its own, in its sentence
    word = stripped.partition(" ")[0]
    word = word[:1] if word[:1] >= WIDE else word  # CJK wraps between characters
    return measure(previous) + 1 + measure(word) > width * WRAP_SLACK


def dump_width(text: str) -> int:
    """The columns a line of a dump takes, as w3m and elinks count them: a
    character of the East Asian wide ranges from WIDE on (CJK, kana, Hangul,
    fullwidth forms) two, but not an emoji, halfwidth kana or the scripts
    between Yi and Hangul, which they count one (shown_width(), exact, is
    the output's: it reads the Unicode tables, which cost an import)."""
    if text.isascii() or max(text) < WIDE:
        return len(text)
    return len(text) + sum(
        WIDE <= c <= "\ua4cf"
        or "\uac00" <= c <= "\ud7a3"
        or "\uf900" <= c <= "\ufaff"
        or "\ufe30" <= c <= "\ufe6f"
        or "\uff00" <= c <= "\uff60"
        or "\uffe0" <= c <= "\uffe6"
        or "\U00020000" <= c <= "\U0003fffd"
        for c in text
    )


def broke(previous: str, stripped: str, room: int) -> bool:
    """True when a hard-wrapped line that a sentence ends was broken before
    the next line's first word would have filled it: a paragraph's end
    (lynx and w3m set a <div>'s or a <br>'s lines so), which the block,
    scored whole, shows apart. Sure of it only: a sentence's end but for an
    abbreviation's ("Dr. Lee", "U.S. Army" go on), no small letter next, a
    first word without letters taken with the next (a no-break space may
    have tied them: "« Nous", "350 g"), room on the line (for lynx the
    width less its indent past its paragraphs': a quote's right margin as
    wide), no wide characters (w3m counts them twice)."""
    words = stripped.split(" ", 2)
    tied = not any(map(str.isalpha, words[0]))  # ("«", "350", "10")
    word = " ".join(words[:2]) if tied else words[0]
    last = previous.rstrip(CLOSERS)
    ended = last.rpartition(" ")[2].rstrip(BROKE_ENDS)  # its last word
    parts = ended.split(".")
    short = all(0 < len(p) <= BROKE_LETTERS and p.isalpha() for p in parts) and (
        len(parts) > 1 or ended[:1].isupper()
    )  # ("Dr.", "U.S.", "e.g."; not "May.", "4.5%.")
    return (
        last[-1:] in BROKE_ENDS
        and not short
        and not stripped[:1].islower()
        and len(previous) + 1 + len(word) <= room
        and max(previous + word) < WIDE
    )


def middle(line: str) -> int:
    """Twice the column of the middle of a line's text."""
    return 2 * len(line) - len(line.lstrip())


def div_fence(stripped: str) -> bool:
    """True for pandoc's fence of a div (":::", "::: note", "::: {#id
    .class}"), not a line of words that opens with colons."""
    rest = stripped.strip(":").strip()
    return rest[:1] == "{" or " " not in rest


def underline(stripped: str) -> bool:
    """True for a Markdown heading's underline ("=====", "-----": setext;
    not one under a rule, as pandoc frames a table)."""
    return bool(stripped) and not (stripped.strip("=") and stripped.strip("-"))


def parted(previous: str, stripped: str) -> bool:
    """True when a framed heading ends the line before or opens this one
    (its lines are its own): a run of FRAME_BREAK marks or more at the
    edge, or a line framed whole."""
    opens, closes = frame(stripped, False), frame(previous, True)
    return (
        max(opens, closes) >= FRAME_BREAK
        or 0 < opens == frame(stripped, True)
        or 0 < closes == frame(previous, False)
    )


def framed(text: str) -> str:
    """The heading of a line framed by runs of one mark ("****** Title
    ******" from html2text, "== Title ==" from a wiki), else ""."""
    run = frame(text, False)
    return text[run:-run].strip() if run and frame(text, True) == run else ""


def frame(text: str, end: bool) -> int:
    """How long the run of one of FRAMES is that opens text (end: that
    closes it), set off from the rest by a space; 0 for none."""
    text = text[::-1] if end else text
    mark = text[:1]
    run = len(text) - len(text.lstrip(mark)) if mark and mark in FRAMES else 0
    return run if run >= 2 and text[run : run + 1] == " " else 0


def runs_of(blocks: "Sequence[int]", kinds: "Sequence[str]") -> "Iterator[list[int]]":
    """The blocks (in order) in runs: a list's items together, every other
    block alone."""
    run: list[int] = []
    for i in blocks:
        item = kinds[i] not in UNLISTED  # a list item
        if run and not (item and run[-1] == i - 1 and kinds[run[-1]] not in UNLISTED):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def words_in(text: str) -> int:
    """How many words text has, two CJK characters counting one (a sample
    of a long text says enough)."""
    sample = text[:WORDS_SAMPLE]
    wide = sum(c >= WIDE for c in sample) if not sample.isascii() else 0
    return len(sample.split()) + wide // 2


def joined(previous: str, stripped: str, parts: "list[str]") -> bool:
    """True when a line of Markdown carries on the one before: a paragraph's
    or a heading's lines are joined up to a blank line, the next heading or
    a hard break ("  "), but for one inside a link's text ("[a  ⏎ b](…)"),
    which the block's parts read so far have opened."""
    return (
        bool(previous)
        and (not previous.endswith("  ") or in_link(parts))
        and not atx(stripped)
        and not stripped.startswith((">", "|"))
    )


def in_link(parts: "list[str]") -> bool:
    """True when a block's last LINK_LINES lines (parts) leave a link's text
    open: a "[" that no "]" after it closes (read from their end: the first
    line may close a link opened before it, "…logo)  ⏎ **A** ](/a) [
    ![](b.png)  ⏎ **B** ](/b)"), or its target, its title wrapped
    ("](a.jpg "Photo: Ab ⏎ 1. März …")")."""
    import re

    text = "".join(parts[-LINK_LINES:])
    target = text.rfind("](")
    if target >= 0 and ")" not in text[target + 2 :]:
        return True
    depth = 0
    for bracket in reversed(re.findall(r"[\[\]]", text)):
        if bracket == "]":
            depth += 1
        elif not depth:
            return True
        else:
            depth -= 1
    return False


def numeric(text: str) -> bool:
    """True for a line made mostly of numbers: a table's row, not words."""
    words = text.split()
    return sum(map(str.isdigit, words)) * 2 >= len(words) > 0


def join_lines(
    head: str, tail: str, words: "set[str]", breaks: str = "-"
) -> "tuple[str, str]":
    """The end of a line and the joint before the next one ("" or " "), in
    text whose saver breaks lines after the characters breaks as well as at
    spaces: after "-" (html2text's), after "/" (w3m's), or neither (lynx's,
    but in a word too long for its line, as all break an address).

    A hyphen at a line break stays (four-hour, Tu-160) unless the text
    also spells the word whole elsewhere; where breaks has none, it was
    followed by a space ("Press- und"), and so where it has "/" before a
    word that SUSPENDED lists (other tools wrap text so too). An address
    goes on whole ("https:" "//…", but not into a label: "…/ Host:"); a
    dump's full stop, comma or ")" on the next line (w3m's, after a link)
    is glued to the words before.
    """
    ends = head[-1:] + tail[:1]
    if (
        head[-1:] >= WIDE
        and tail[:1] >= WIDE
        and not fullwidth(ends)
        and ("/" in breaks or not hangul(ends))  # (w3m breaks Korean anywhere)
    ):
        return head, ""  # CJK: no spaces between words to put back
    last = head.rpartition(" ")[2]
    if last.endswith(":") and tail.startswith("//"):
        return head, ""
    word = tail.partition(" ")[0]
    if (
        head.endswith("-")
        and head[-2:-1].isalpha()
        and (tail[:1].islower() or "-" in breaks and tail[:1].isalnum())
    ):
        if tail[:1].islower() and (last[:-1] + word).lower() in words:
            return head[:-1], ""  # spelt whole elsewhere
        suspended = not breaks or word in SUSPENDED
        if (
            "-" not in breaks
            and suspended
            and len(last) < WORD_BREAK
            and "/" not in last
        ):
            return head, " "  # a suspended hyphen ("Press- und")
        return head, ""
    if (
        "/" in breaks
        and last[-1:] == "/"
        and last[:-1]
        and tail[:1].isalnum()
        and not word.endswith(":")  # ("…/" "Host: …")
    ):
        return head, ""  # "and/" "or", "https://a.example/" "news/…"
    if breaks != "-" and tail[:1] in ".,)" and tail[1:2] in ("", " "):
        return head, ""  # "the water table" ". But" (French spaces ":", "!")
    return head, " "


def hangul(text: str) -> bool:
    """True when text has a Hangul letter: Korean, unlike Chinese and
    Japanese, parts its words with spaces, and lynx and html2text break its
    lines at them."""
    return any("\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e" for c in text)


def fullwidth(text: str) -> bool:
    """True when text has a full-width Latin letter or digit ("ＮＥＷＳ"),
    whose words, as Latin ones, are parted by spaces."""
    return any("\uff10" <= c <= "\uff5a" for c in text)


def one_line(text: str) -> str:
    """text on one line, its runs of spaces and line breaks made one space."""
    return " ".join(text.split())


def single_spaced(text: str) -> str:
    """text with its runs of spaces made single, without splitting a long one."""
    text = text.strip()
    while "  " in text:  # halves every run of spaces: few passes, no word list
        text = text.replace("  ", " ")
    return text


def without_markers(text: str) -> "tuple[str, int]":
    """text without lynx's link numbers ("[12]Home"), and how many it had;
    the bracketed number right after one is its link's text ("^[26][4]": a
    footnote's)."""
    head, *pieces = text.split("[")
    out, found = [head], 0
    linked = False  # the piece before is a link number alone
    for piece in pieces:
        number, bracket, rest = piece.partition("]")
        if bracket and number.isdigit() and len(number) <= 6 and not linked:
            out.append(rest)
            found += 1
            linked = not rest
        else:
            out.append("[" + piece)
            linked = False
    return "".join(out), found


def underlined_links(sample: str) -> bool:
    """True for text whose links html2text underlined with "_" (see
    UNDERLINED_LINKS), which it shows with headings framed by "*"."""
    if "_" not in sample or not any(
        line[:1] == "*" and framed(line) for line in sample.split("\n")
    ):
        return False
    return len(set(filter(underlined, sample.split()))) >= UNDERLINED_LINKS


def underlined(word: str) -> bool:
    """True for a word that may be a link's words joined by "_"."""
    return (
        "_" in word.strip("_")
        and "__" not in word
        and "/" not in word
        and "@" not in word
        and not word.isupper()
    )


def without_underlines(text: str) -> "tuple[str, int]":
    """text with the words of its underlined links parted again, and how
    many characters they take."""
    import re

    linked = sum(len(w) for w in text.split() if underlined(w))

    def apart(word: "Match[str]") -> str:
        return re.sub(UNDERLINE, " ", word[0]) if underlined(word[0]) else word[0]

    return re.sub(r"\S+", apart, text), linked


def without_image(text: str, named: bool = False) -> str:
    """text without the "[photo.jpg?w=640]" that lynx puts for a picture
    (an address or a file's name: one word, or a line's broken in it), and
    with named the "[blank_1x1]" w3m puts for one without words (its file's
    name cut at W3M_NAME characters: no space, a digit, "_" or "-" with
    letters, as words in brackets have not: "[1]", "[sic]");
    a flood of brackets is gone through IMAGE_CHUNK characters at a time,
    cut where a bracket opens (a piece a bracket would cost fifty times the
    text's size)."""
    if "[" not in text or "]" not in text:
        return text
    out = []
    start = 0
    while start < len(text):
        cut = text.find("[", start + IMAGE_CHUNK)
        cut = len(text) if cut < 0 else cut
        head, *pieces = text[start:cut].split("[")
        kept = [head]
        for piece in pieces:
            end = piece.find("]", 0, IMAGE_REF_MAX)
            inside = piece[:end].lower()
            image = (
                end >= 0
                and (
                    any(mark in inside for mark in IMAGE_MARKS)
                    or IMAGE_QUERY in inside.rstrip("?!.")
                    or "=" in inside
                    and (
                        len(inside) >= IMAGE_WORD
                        or any(c in inside for c in IMAGE_ADDRESS)
                    )
                )
                and (
                    len(inside.split()) == 1
                    or max(map(len, inside.split())) >= IMAGE_WORD
                )
            )  # not words ("[which one?]"), but an address, wrapped or not
            image = image or named and w3m_name(piece[:end])
            kept.append(piece[end + 1 :] if image else "[" + piece)
        out.append("".join(kept))
        start = cut
    return "".join(out)


def w3m_name(inside: str) -> bool:
    """True for a bracket's inside that w3m writes for a picture: its file's
    name, cut short ("a7edbb0f-8", "blank_1x1", "Stephan-Gr")."""
    return (
        0 < len(inside) <= W3M_NAME
        and not any(c.isspace() for c in inside)
        and any(c.isalpha() for c in inside)
        and any(c.isdigit() or c in "_-" for c in inside)
    )


def without_declaration(text: str) -> str:
    """text without the '<?xml version="1.0"?>' declarations that SVG
    pictures leave in html2text's text (their spaces made "_" in a link)."""
    head, *pieces = text.split("<?xml")
    out = [head]
    for piece in pieces:
        rest = piece.lstrip(" _")
        end = rest.find("?>", 0, IMAGE_REF_MAX)
        declared = rest[:8] == "version=" and end >= 0 and piece[:1] in " _"
        out.append(rest[end + 2 :] if declared else "<?xml" + piece)
    return "".join(out)


def bracketed(text: str) -> bool:
    """True for a line wholly in brackets: a picture's words, as pandoc,
    w3m and links write them ("[Harbour at dusk]"), not "[Update] News"."""
    pieces = text.split("[")
    return text[:1] == "[" and all(
        "]" in p and not p.partition("]")[2].strip() for p in pieces[1:]
    )


def unmarked(
    text: str, labels: "dict[str, str] | None" = None, urls: "list[str] | None" = None
) -> "tuple[str, int]":
    """Markdown as the text it shows, and how many of its characters are
    links: [text](target) and ![alt](source) keep their text, as do
    reference links to the labels defined ([text][label], [label]), emphasis
    markers, backslash escapes and MARKDOWN_MARKUP go (what is escaped
    stays as it is), and character references are read ("&amp;"). With
    urls, links, code spans and emphasis are marked as html_page marks
    them (a link's target by its index in urls)."""
    spared = not text.isascii() and max(text) > chr(ESCAPED)
    if spared:
        text = text.translate(SPARING)
    text = set_aside(text)
    if "<" in text or "{" in text:
        import re

        text = "".join(  # a `code span` is shown as it is
            part if n % 2 else re.sub(MARKDOWN_MARKUP, markup_shown, part)
            for n, part in enumerate(code_spans(text))
        )
    linked = 0
    if labels and "]" in text:  # (a code span's "[x]" is shown as it is)
        text, linked = without_references_to(text, labels, urls)
    if "](" in text:
        text, more = without_targets(text, urls)
        linked += more
    if "_" in text or "*" in text or "~~" in text:
        text = without_emphasis(text, urls is not None)
    if urls is not None and "`" in text:  # code spans marked as html_page marks code
        parts = enumerate(code_spans(text))
        text = "".join(code_marked(part) if n % 2 else part for n, part in parts)
    if "&" in text:  # last: what references spell is text, not markup
        text = one_line(unescaped(text, "" if urls is None else HTML_MARKERS))
    if not text.isascii():
        text = text.translate(UNESCAPED)
    if spared:
        import re

        text = re.sub(SPARED_MARK + "(.)", unspared, text)
    return text, linked


def markup_shown(found: "Match[str]") -> str:
    """What a piece of MARKDOWN_MARKUP shows: an attributed span's text or an
    autolink's address; a space for a line break (<br>); RAISED for a
    <sup> that raises a number, or a link's (a footnote's), after a word or
    number ("10<sup>2</sup>": "10^2", as the HTML reader and lynx write
    it); else nothing."""
    tag = found[0][1:5].lower()
    if found[1] or found[2]:
        return found[1] or found[2]
    whole = found[0]  # (a bare tag: no attribute, no comment)
    bare = whole[:1] == "<" and whole[1:2] != "!" and "=" not in whole
    if bare and whole.strip("</>").split()[0].lower() not in HTML_NAMES:
        return whole  # no element's: text ("strings of the form <module>")
    if tag[:1] not in "bs":
        return ""
    if tag[:2] == "br" and not tag[2:3].isalnum():
        return " "
    text, start, end = found.string, found.start(), found.end()
    if tag[:3] == "sup" and not tag[3:4].isalnum():
        number = text[end : end + 2].lstrip("[")[:1]  # or a link's: a footnote's
        raised = text[start - 1 : start].isalnum() and number.isdigit()
        return RAISED if raised else ""
    return ""


def set_aside(text: str) -> str:
    """text with its escaped characters ("\\*") standing in a private-use
    plane (ESCAPED on), where no markup reads them; but in a code span,
    whose backslashes are themselves ("`C:\\`")."""
    if "\\" not in text:
        return text
    parts = code_spans(text) if "`" in text else [text]
    for char in MARKDOWN_ESCAPES:  # "\\" first: "\\\\" is one escape
        escape, aside = "\\" + char, chr(ESCAPED + ord(char))
        parts[::2] = [part.replace(escape, aside) for part in parts[::2]]
    return "".join(parts)


def unspared(found: "Match[str]") -> str:
    """The page's own character that SPARING set aside."""
    return chr(ord(found[1]) - SPARED + ESCAPED)


def md_cells(
    row: str, labels: "dict[str, str] | None" = None, marked: bool = False
) -> "tuple[list[str], int, list[str]]":
    """The text of a Markdown table row's cells ("| a | b \\| c |": "a",
    "b | c"), how many of its characters are links, and the cells marked
    (with marked: their links, code and emphasis, as html_page marks them,
    where they read as the text; else the text)."""
    import re

    cells = re.split(r"(?<!\\)\|", row.strip())
    cells = [cell.replace("\\|", "|") for cell in cells]  # in code too (GitHub's)
    cells = cells[cells[0] == "" : len(cells) - (len(cells) > 1 and cells[-1] == "")]
    read = [unmarked(cell, labels) for cell in cells]
    texts = [text.strip() for text, _ in read]
    styled = texts[:]
    urls: list[str] = []
    for n, cell in enumerate(cells if marked else ()):
        rich = unmarked(cell, labels, urls)[0].strip()
        if reads_as(rich, texts[n]):
            styled[n] = linked_to(rich, urls)
    return texts, sum(linked for _, linked in read), styled


def reads_as(marked: str, text: str) -> bool:
    """True when Markdown's marked text (as unmarked() marks it) shows
    text, but for code's backticks (which text shows): its marks read back
    as written."""
    import re

    bare = re.sub(f"{HTML_MARKS}|{HTML_STYLED}", "", marked).replace("`", "")
    return single_spaced(bare) == single_spaced(text.replace("`", ""))  # ("10 ** 2")


def definition(stripped: str) -> bool:
    """True for a Markdown line that defines a reference link's target."""
    import re

    return re.match(MD_DEFINITION, stripped) is not None


def md_definitions(text: str) -> "dict[str, str]":
    """The targets that Markdown text's definition lines give reference
    links, by label (md_label's), each as written after its "]:" (with its
    title: linked_to() reads the address out of it, as out of an inline
    link's) and its escapes as unmarked() reads a block's; a label's first
    definition is its, as CommonMark has it; none in fenced code (a page on
    Markdown's links shows one). A label and a target a line that defines
    one, however many links refer to it."""
    import re

    if "```" in text or "~~~" in text:  # fenced code's lines gone
        lines: list[str] = []
        code = ""  # the fence of the code block the line is in
        for line in text.split("\n"):
            fence = fence_of(line.strip(), code)
            if not code and not fence:
                lines.append(line)
            code = ("" if code else fence) if fence else code
        text = "\n".join(lines)
    targets: dict[str, str] = {}
    for found in re.finditer(MD_DEFINITION, text):
        label = md_label(found[1])
        if label not in targets:
            targets[label] = set_aside(found[2])  # as unmarked() holds them
    return targets


def md_label(label: str) -> str:
    """A reference link's label as CommonMark matches it: its case and its
    runs of spaces and line breaks aside ("[The  Site]" is "[the site]")."""
    return one_line(label).lower()


def md_styled(block: str, labels: "dict[str, str]") -> bool:
    """True when a Markdown block may hold links (inline, or to one of the
    labels defined), code or emphasis: what unmarked() marks."""
    return any(mark in block for mark in MD_STYLED) or bool(labels) and "]" in block


def without_references_to(
    text: str, labels: "dict[str, str]", urls: "list[str] | None" = None
) -> "tuple[str, int]":
    """text with every reference link to one of labels (md_label's) made
    its text ([text][label], [label][], [label]; a picture's ![alt][label]
    its alt), and the characters linked; others stay as written
    (CommonMark). With urls, a link's text is marked as without_targets()
    marks an inline link's, its target appended to urls. A code span's
    "[x]" is none, but a link's text may hold a code span ("[`f()`][f]")."""
    import re

    linked = 0
    spans = code_spans(text) if "`" in text else [text]
    looked = "".join(  # text, its code spans' brackets blanked (as long)
        p.translate(CODE_UNBRACKETED) if n % 2 else p for n, p in enumerate(spans)
    )

    def text_of(found: "Match[str]") -> str:
        """The link found in looked, read in text: its text, or as written."""
        nonlocal linked
        picture, words, label = (text[slice(*found.span(n))] for n in (1, 2, 3))
        target = labels.get(md_label(label or words))
        if target is None:
            return text[slice(*found.span())]
        linked += len(words)
        if urls is None or picture or not words.strip():
            return words
        urls.append(target)
        return f"\ufdd0{words}\ufdd1{len(urls) - 1}\ufdd2"

    out: list[str] = []
    done = 0
    for found in re.finditer(MD_REFERENCE, looked):
        out += text[done : found.start()], text_of(found)
        done = found.end()
    return "".join(out) + text[done:], linked


def without_targets(text: str, urls: "list[str] | None" = None) -> "tuple[str, int]":
    """text with every [text](target) made its text; the characters linked.
    With urls, a link's text is marked as html_page marks it, its target
    (appended to urls) by its index there.

    A picture inside a link ([![alt](src)](href)) takes a second pass.
    """
    linked = 0
    for _ in range(LINK_NESTING):
        out, start, close = [], 0, 0
        while True:
            middle = text.find("](", start)
            if close <= middle:  # found once for all the "](" before it
                close = text.find(")", middle)  # escaped ones are out of the way
                close = target_end(text, middle + 2, close)
            opening = link_start(text, start, middle)
            if middle < 0 or close < 0:
                break
            if opening < 0:
                if orphan(text, start, middle, close):  # its "[" a block before
                    out.append(text[start:middle])
                    linked += middle - start
                    start = close + 1
                else:
                    out.append(text[start : middle + 2])
                    start = middle + 2
                continue
            label = text[opening + 1 : middle]
            head = text[start:opening]
            picture = head.endswith("!")
            out.append(head[:-1] if picture else head)
            if picture and placeholder(text, middle + 2, close):
                pass  # a lazy picture's stand-in: its alt is the next one's
            elif urls is None or picture or not label.strip() or "\ufdd0" in label:
                out.append(label)  # (a link in a link's text: the inner one's)
                after = text[close + 1 : close + 3]
                if picture and (
                    after[:1].isalnum() or after[:1] == "[" or after == "!["
                ):
                    out.append(" ")  # html2text's <figcaption>: "![A](a.jpg)A by B"
            else:
                out.append(f"\ufdd0{label}\ufdd1{len(urls)}\ufdd2")
                urls.append(text[middle + 2 : close])
            linked += len(label)
            start = close + 1
        out.append(text[start:])
        text = "".join(out)
        if "](" not in text:
            break
    return text, linked


def orphan(text: str, start: int, middle: int, close: int) -> bool:
    """True for the end of a link whose "[" a blank line left in a block
    before (markdownify keeps a link's paragraphs: "[![A](a.jpg)⏎⏎A](/a)"):
    the first "](" of the block, no "[" before it, its target an address
    and the block's end."""
    return (
        start == 0
        and "[" not in text[:middle]
        and not text[close + 1 :].strip()
        and " " not in text[middle + 2 : close].partition(' "')[0]
    )


def target_end(text: str, at: int, close: int) -> int:
    """Where the link target that begins at at ends: its ")", close or a
    later one when the address holds pairs of parentheses, as CommonMark
    allows ("…/Mercury_(planet))"), or its title does ("a.pdf "(v2)")");
    past a "<…>" address's ">". Read within TARGET_REACH, else close."""
    written = text[at:close] if close >= 0 else ""
    if (
        not written.count("(")
        and written[:1] != "<"
        and not ' "' in written
        and not " '" in written
    ):
        return close  # (a title in quotes may hold the ")": "a.pdf 'x)y'")
    end = min(len(text), at + TARGET_REACH)
    i, depth = at, 0
    if text[at] == "<":
        i = text.find(">", at, end) + 1
        if not i:
            return close
    while i < end and not text[i].isspace():  # the address
        if text[i] == "(":
            depth += 1
            if depth > TARGET_DEPTH:
                return close
        elif text[i] == ")":
            if not depth:
                return i
            depth -= 1
        elif text[i] == "]" and text[i + 1 : i + 2] == "(":
            return close  # another link's: this one ended at close
        i += 1
    while i < end and text[i].isspace():
        i += 1
    quote = {'"': '"', "'": "'", "(": ")"}.get(text[i : i + 1])
    if quote:  # a title
        i = text.find(quote, i + 1, end) + 1
        if not i:
            return close
        while i < end and text[i].isspace():
            i += 1
    return i if text[i : i + 1] == ")" and i < end else close  # else no link's


def link_start(text: str, start: int, middle: int) -> int:
    """The "[" that opens the link text that ends at middle (its "]("), past
    start: the one its brackets pair with ("[Budget [2024]](…)"), within
    TARGET_REACH, else the nearest."""
    depth = 0
    for i in range(middle - 1, max(start, middle - TARGET_REACH) - 1, -1):
        if text[i] == "]":
            depth += 1
        elif text[i] == "[":
            if not depth:
                return i
            depth -= 1
    return text.rfind("[", start, middle)


def placeholder(text: str, source: int, close: int) -> bool:
    """True for a picture whose source (text[source:close]) is a data: URI
    and that another picture follows: a lazy-loading page's stand-in before
    the picture itself, both with one alt text ("![A](data:…)![A](a.jpg)")."""
    return (
        text[source : source + 5].lower() == "data:"
        and text[close + 1 : close + 1 + PLACEHOLDER_GAP].lstrip()[:2] == "!["
    )


def linked_to(marked: str, urls: "list[str]") -> str:
    """marked (as without_targets() marks links) with each link's target
    for its index in urls, as html_page marks links."""
    import re

    def target_of(found: "Match[str]") -> str:
        written = urls[int(found[1])].translate(UNESCAPED).strip()
        if written[:1] == "<":  # [text](<a b>): the address within
            return f"\ufdd1{written[1:].partition('>')[0]}\ufdd2"
        # less its title: past a space, a quote or bracket (html2text keeps
        # an href's own spaces)
        titled = [at for at in map(written.find, (' "', " '", " (")) if at >= 0]
        return f"\ufdd1{written[: min(titled, default=len(written))]}\ufdd2"

    return re.sub("\ufdd1([0-9]+)\ufdd2", target_of, marked)


def without_emphasis(text: str, marked: bool = False) -> str:
    """text without the _emphasis_ and *emphasis* markers Markdown
    converters write (they escape a star or an underscore that is text):
    "**" anywhere, others at a word's ends, and ~~struck~~ text's; but for a
    code span's (`**kw**`, ``*x*``, as CommonMark pairs backticks) and a web
    address's. With marked, each is html_page's mark of its style instead."""
    strike = STYLE_MARKS[3] if marked else ""

    def plain(part: str) -> str:
        """A part outside code spans without its markers."""
        if "_" in part or "*" in part:
            part = unemphasised(part, marked)
        return without_strikes(part, strike) if "~~" in part else part

    spans = enumerate(code_spans(text))
    return "".join(part if n % 2 else plain(part) for n, part in spans)


def without_strikes(text: str, mark: str) -> str:
    """text, no code span in it, with GitHub's ~~struck~~ text between two
    marks (a struck text's ends are no space nor "~": "~~~~" stays); a
    mark alone is html2text's of a <del> around paragraphs ("~~⏎⏎A.⏎⏎~~")."""
    if text.strip() == "~~":
        return ""
    pieces = text.split("~~")
    out, i = [pieces[0]], 1
    while i < len(pieces):
        inner = pieces[i]
        if i + 1 < len(pieces) and inner and inner.strip().strip("~") == inner:
            out += [mark, inner, mark, pieces[i + 1]]
            i += 2
        else:
            out += ["~~", inner]
            i += 1
    return "".join(out)


def unemphasised(text: str, marked: bool = False) -> str:
    """text, no code span in it, without its emphasis markers (with marked,
    each "**" or "__" html_page's strong mark, each "*" or "_" its
    emphasis mark)."""
    strong, em = (STYLE_MARKS[1], STYLE_MARKS[2]) if marked else ("", "")

    def styles(markers: str, opening: bool) -> str:
        """A run of markers as marks: four strong (html2text's "****x****"
        for a strong in a strong; its seam between two, "**a**** b**", ends
        the first), three at once both (emphasis around strong, as CommonMark
        nests "***x***"), two strong, one emphasis."""
        for four in ("****", "____"):
            markers = markers.replace(four, strong)
        both = em + strong if opening else strong + em
        for three in ("***", "___"):
            markers = markers.replace(three, both)
        for two in ("**", "__"):
            markers = markers.replace(two, strong)
        return markers.replace("_", em).replace("*", em)

    def unmarked_word(word: str) -> str:
        """A word without its markers ("_em_", "*em*", "**strong**"), also
        inside its opening marks ("(_em_)", "«_em_»") and before an
        apostrophe's "s" ("_Name_'s")."""
        if not word.strip("_*"):  # markers alone ("2 ** 10"): no style
            # html2text's "__" is an empty <i> (an icon's: "News __ Sport")
            return "" if word == EMPTY_ITALICS and worded else word.replace("**", "")
        opened = len(word) - len(word.lstrip(MD_OPENERS))
        after = word[opened:].lstrip("_*")  # a word after them, or a closing
        closed = after.rstrip(CLOSERS + "“.,;:!?")[-1:] in ("_", "*")  # ("'*.txt'")
        if word[opened : opened + 1] not in ("_", "*") or not (
            after[:1].isalnum() or closed
        ):
            opened = 0
        head, word = word[:opened], word[opened:]
        rest = word.lstrip("_*")
        if rest.replace("**", ""):  # _em_, *em*; not a rule "___"
            core = rest.rstrip(CLOSERS + "“.,;:!?")  # (German quotes close so)
            if core[-2:] in ("'s", "’s") and core[-3:-2] in ("_", "*"):
                core = core[:-2]  # (the "s" is no closer)
            body = core.rstrip("_*")
            word = styles(word[: len(word) - len(rest)], True)
            word += body.replace("**", strong)
            word += styles(core[len(body) :], False) + rest[len(core) :]
        word = head + word.replace("**", strong)
        if "_" in word:  # inside it, between a letter and a mark: markers
            word = re.sub(MD_SEAM, lambda found: styles(found[0], False), word)
        return word

    import re

    words = text.split(" ")
    worded = any(word.strip("_*") for word in words)
    # the words that html2text spaced off an emphasis closed before them
    spaced = {
        i
        for i, (word, after) in enumerate(zip(words, words[1:]), 1)
        if word[-1:] in ("_", "*")
        and word.strip("_*")
        and after
        and (
            after[0] in SPACED_OFF
            or after[0] in QUOTE_ENDS
            and after[1:].strip(".,;:!?") in ("", "s")  # ("_Name_ 's")
            or after[0] >= WIDE <= word.rstrip("_*")[-1]  # ("**周二** 晚上")
        )
    }
    for i, word in enumerate(words):
        if "://" in word or word.startswith("www."):
            continue  # a web address is not markup
        if marked and ("\ufdd0" in word or "\ufdd1" in word):
            # a link's text ends its words: "[_The Guardian_](…)"
            parts = re.split("(\ufdd0|\ufdd1[^\ufdd2]*\ufdd2)", word)
            for n in range(0, len(parts), 2):  # between them, the words' parts
                part = parts[n]
                if part.strip("_*"):
                    parts[n] = unmarked_word(part)
                elif part:  # markers alone: around the link ("_[x](…)_")
                    parts[n] = styles(part, parts[n + 1 : n + 2] == ["\ufdd0"])
            words[i] = "".join(parts)
        else:
            words[i] = unmarked_word(word)
    if spaced:
        words = [word if i in spaced else " " + word for i, word in enumerate(words)]
        return "".join(words)[1:]
    return " ".join(words)


def code_marked(span: str) -> str:
    """A Markdown code span ("`` a ` b ``") as html_page marks code: its
    text between code marks, its backticks gone, and one space at each end
    when it has both (CommonMark)."""
    text = span.strip("`")
    if text[:1] == text[-1:] == " " and text.strip(" "):
        text = text[1:-1]
    return f"{STYLE_MARKS[0]}{text}{STYLE_MARKS[0]}"


def code_spans(text: str) -> "list[str]":
    """text parted at its code spans, as CommonMark finds them: a run of
    backticks opens one that the next run as long closes (one that none
    closes is text), but for a backtick escaped ("\\`"), outside a span;
    the spans, their backticks with them, at odd places. Linear: the runs
    of each length are listed once, and walked once."""
    from array import array

    runs: dict[int, array[int]] = {}  # where each run of backticks starts, by length
    for at, size in backtick_runs(text):
        runs.setdefault(size, array("q")).append(at)  # (8 bytes a run)
    if not runs:
        return [text]
    taken = {size: 0 for size in runs}  # each length's runs passed
    parts: list[str] = []
    done = 0
    for at, size in backtick_runs(text):  # again, in order: none held
        if at < done:
            continue  # inside a span
        back = at  # the backslashes before it, which escape one another
        while back > done and text[back - 1] == "\\":
            back -= 1
        if (at - back) % 2:  # "\\`": a backtick, and a run one shorter
            at, size = at + 1, size - 1
            if size not in runs:
                continue
        ats, k = runs[size], taken[size]
        while k < len(ats) and ats[k] <= at:
            k += 1
        taken[size] = k
        if k < len(ats):  # closed: text, then the span
            parts += text[done:at], text[at : ats[k] + size]
            done = ats[k] + size
            taken[size] = k + 1
    return [*parts, text[done:]]


def backtick_runs(text: str) -> "Iterator[tuple[int, int]]":
    """Where each run of backticks in text starts, and how long."""
    at = text.find("`")
    while at >= 0:
        end = at + 1
        while end < len(text) and text[end] == "`":
            end += 1
        yield at, end - at
        at = text.find("`", end)


# -- Blocks from HTML --------------------------------------------------------
#
# Regular expressions are written as pattern strings and compiled on the
# first HTML page (re keeps them), so that a text page never imports re.

# What an HTML page opens with, after a BOM, spaces and comments: a doctype,
# "<?xml" or one of these elements (lowercase; a PHP warning opens a page
# with "<br />").
HTML_SURE = word_set(
    "<!doctype <?xml <html <head <body <meta <title <link <script <style <base"
)
# Elements that open text too (a saved page's stray <img>), so a page they
# open must also close an element near its start: a fragment, as a scraper
# gives it.
HTML_OPENERS = word_set(
    """p pre picture div span a aside address table ul ol h1 h2 h3 article
    section header nav main form img br"""
)
# and others, whose fragment must hold a paragraph too: a blog's export
# (WordPress opens a post with <figure>), not Markdown with a tag on top,
# nor text with "<b>Note</b>" on top
HTML_WITH_PARAGRAPHS = word_set(
    """dl li h4 h5 h6 footer hr figure blockquote iframe noscript center
    details b i u em strong small font"""
)
# A doctype opens a page under this many lines at most, blank ones too (a
# PHP notice, "Deprecated: … on line 7", printed before the page), none of
# them opening as Markdown's headings, fences, quotes and lists do.
HTML_LEAD_LINES = 3
MARKDOWN_LEADS = "#`~>-*+|"
# Lines that open Markdown's headings and lists of links, not HTML's.
MARKDOWN_LINES = "\n# ", "\n## ", "\n- [", "\n* ["
# How much of a page's start is looked through for that, and for a charset.
HTML_SNIFF = 4096
# and read past this many characters of spaces and comments before it at most
# (a licence, a build's notes: kilobytes; a flood of "<!---->" takes a loop each)
HTML_LEAD_MAX = 1 << 18
# Labels browsers read as another charset (WHATWG's Encoding standard), or
# that Python does not know, and the codec that reads them so.
HTML_LABELS = dict(
    pair.split(":")
    for pair in word_list("""windows-874:cp874 tis-620:cp874 iso-8859-11:cp874 x-sjis:cp932
    shift_jis:cp932 shift-jis:cp932 sjis:cp932 windows-31j:cp932 ms_kanji:cp932
    x-mac-cyrillic:mac-cyrillic x-mac-roman:mac-roman iso-8859-8-i:iso8859-8
    x-cp1250:cp1250 x-cp1251:cp1251 x-euc-jp:euc_jp x-gbk:gbk gb2312:gbk
    gb_2312-80:gbk euc-kr:cp949 ks_c_5601-1987:cp949 big5:big5hkscs""")
)
# A declared charset, in any case: <meta charset=...> or http-equiv's
# "content=...; charset=" (its value quoted, "&quot;" too).
HTML_CHARSET = rb"""(?i)<meta[^>]{1,512}?charset\s*=\s*(?:["']|&quot;)?\s*([\w.:-]+)"""
# looked for in the page's first HTML_SNIFF bytes and on to its head's end,
# this many bytes at most (a browser reads a <meta charset> after a long
# inline script too, and decodes the page again)
HTML_HEAD_BYTES = 65536
# Charsets (by the names codecs.lookup gives them) read as the script's
# decode() reads bytes that are not UTF-8, as Windows-1252: browsers read
# Latin-1 and ASCII so; UTF-16 or -32 declared in a page that is neither is
# UTF-8 or that; and no browser reads a page in UTF-7, Python's escapes or
# punycode (which give surrogates and warnings).
HTML_AS_1252 = word_set("""ascii iso8859-1 cp1252 utf-8 utf-8-sig utf-16 utf-16-le
    utf-16-be utf-32 utf-32-le utf-32-be utf-7 unicode-escape raw-unicode-escape
    punycode idna""")
HTML_PROBE = b'<meta charset="Aa09-_:;/">'  # what any page's codec reads as ASCII
# Markup: a tag (end slash, name, attributes: a quoted value may hold ">";
# at most 1,000 values, for a bounded match), a comment (to "-->" or the
# end: "." takes newlines too; "<!-->" and "<!--->" are empty ones, and
# "--!>" ends one, as browsers read them), or another "<!", "<?" or "</".
HTML_MARKUP = (
    r"""(?s)<(/?)([a-zA-Z][^\t\n\f\r />]*)([^>=]*(?:=\s*(?:"[^"]*"?|'[^']*'?)?[^>=]*){0,1000})>?"""
    r"|<!--(?:-?>|.*?(?:--!?>|\Z))|<[!?/][^>]*>?"
)
# An attribute: its name, then a double-quoted, single-quoted or bare value.
HTML_ATTRIBUTE = r"""([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?"""
# A link marked in a block's raw text, and the marks: \ufdd0 text \ufdd1 URL
# \ufdd2, three noncharacters (sanitise() drops them from the page, no
# reference makes them).
HTML_MARKS = "\ufdd0|\ufdd1[^\ufdd2]*\ufdd2"
# Where an <ol> says its numbers start: the first item's, less one (as
# Markdown can write it: no sign, nine digits).
HTML_START = r"""(?i)(?<![\w-])start\s*=\s*["']?\s*([0-9]{1,9})(?![0-9])"""
# and where an <li> says its own number ("<li value=10>"), the next counting on
HTML_VALUE = r"""(?i)(?<![\w-])value\s*=\s*["']?\s*([0-9]{1,9})(?![0-9])"""
# and the columns a cell spans ("<td colspan=2>"), at most as many as
# browsers let one span (the empty cells after it keep the next in its column).
HTML_COLSPAN = r"""(?i)(?<![\w-])colspan\s*=\s*["']?\s*([0-9]{1,4})(?![0-9])"""
HTML_COLSPAN_MAX = 1000
# and the rows it spans ("<td rowspan=2>"), at most as many as browsers let
# one span (0: the rest of its group's): the rows below it make an empty
# cell in each column it covers, as colspan's do beside it, up to the end of
# its table or row group (a table in a cell ends the spans around it).
HTML_ROWSPAN = r"""(?i)(?<![\w-])rowspan\s*=\s*["']?\s*([0-9]{1,9})(?![0-9])"""
HTML_ROWSPAN_MAX = 65534
HTML_ROW_GROUPS = word_set("table thead tbody tfoot")
# and the empty cells the spans of a page's cells add in all: a table's
# worth (a flood of wide cells would make a thousand cells of each)
HTML_SPANS_MAX = 10_000
# A <q>'s quotation marks, as browsers show them (a <q> in a <q> takes the
# single ones); and the mark before a number raised by <sup> right after a
# word or number, as lynx and w3m write it ("10^6", "m^2"): glued, it would
# read as another number ("106"). An ordinal's "st" stays glued ("1st");
# a word right after a raised number is apart from it, as the raised
# number shows it (a footnote's "<sup>2</sup>See": "2 See"), when it has
# NOTE_LETTERS letters at least: not a nuclide's symbol ("<sup>14</sup>C").
NOTE_LETTERS = 3
QUOTE_MARKS = tuple("“”‘’")  # (a str's character is a new string each time)
RAISED = "^"
RAISED_PIECES = 4  # of a <sup>'s text looked at: a number's is one or two
RAISED_CHARS = 500  # and characters: a footnote's link, its address too
# The most characters an emoji drawn as a picture has in its alternative
# text: a family's or a flag's (joiners, selectors, skin tones) fit.
EMOJI_CHARS = 16
# Where a <br> broke a line, marked with a fourth one until the block is
# single-spaced.
HTML_BREAK = "\ufdd3"
# Where a table's cell begins, marked with a fifth: " | " in text, a column
# of a table in Markdown.
HTML_CELL = "\ufdd4"
HTML_FIRST = "\ufdd5"  # and a sixth before a table's first row or a
# list's first item, where Markdown must part it from the one before
HTML_PARA = "\ufdd6"  # and a seventh where a paragraph in a cell ends or begins
# and an eighth where a second <br> in a row ends a line ("one<br><br>two"):
# a paragraph's end, as browsers show it. The block stays one for the model
# (parted, the article's last paragraphs or a box's short lines scored
# apart fell out of it or into it: check snippets 0.922 -> 0.919), and
# shows its paragraphs when kept (Page.parts).
HTML_GAP = "\ufdd8"
# Where an inline style begins and ends, for Markdown: code, strong, emphasis
# and struck text, marked with four more (each run of one style once, the
# outermost element's: "<b><b>x</b></b>" is "**x**").
STYLE_MARKS = "\ufdd9\ufdda\ufddb\ufddc"
STYLE_NAMES = ("code kbd samp tt", "b strong", "i em", "del s strike")
HTML_STYLES = {
    n: m for m, names in zip(STYLE_MARKS, STYLE_NAMES) for n in names.split()
}
HTML_STYLED = f"[{STYLE_MARKS}]"
# The elements that mark the text in them (a link, a quote, a cell...) or
# number a list's items (HtmlReader.marked()).
HTML_MARKING = word_set("a li ol q sup td th tr").union(HTML_STYLES)
# and what each is in Markdown (code's backticks as many as its text needs)
MD_STYLES = {"\ufdda": "**", "\ufddb": "*", "\ufddc": "~~"}
HTML_MARKERS = "\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4\ufdd5\ufdd6\ufdd8" + STYLE_MARKS

# Text longer than this is made single-spaced in place, not by splitting it
# into words (that take ten times its size).
HTML_BIG_TEXT = 65536
HTML_SPACES = str.maketrans("\t\n\r\f\v", "     ")
HTML_TAB = "\t"  # kept by sanitise() until a <pre>'s lines are known

# Elements that end the block before them and begin their own.
HTML_BLOCKS = word_set("""address article aside blockquote body caption center dd
    details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5
    h6 header hgroup hr html legend li main menu nav ol p pre section summary table
    tr ul""")
HTML_LISTS = word_set("ol ul menu dir")  # whose items are a list's (<dir>: HTML 3's)
# The open elements a start tag ends, as browsers end them when their end
# tag is left out ("<li>One<li>Two", "<td>1<td>2"), looked for from the
# innermost out to the first other block element; any other block element
# ends an open <p> alone, as a <p> does.
HTML_ENDED = {
    "p": word_set("p"),
    "li": word_set("li p"),
    "dt": word_set("dd dt p"),
    "dd": word_set("dd dt p"),
    "td": word_set("td th p"),
    "th": word_set("td th p"),
    "tr": word_set("tr td th p"),
}
# Elements with no content and no end tag.
HTML_VOID = word_set(
    "area base br col embed hr img input link meta param source track wbr"
)
# Elements whose content is raw text to their end tag: skipped, but a
# <title> and JSON-LD are kept for the metadata.
HTML_RAW = word_set("script style textarea title xmp iframe noembed noframes noscript")
# Elements dropped with all they hold: no text a reader sees.
HTML_DROPPED = word_set(
    "template svg object canvas select button datalist audio video rt rp"
)
# The elements whose bare tag in Markdown is raw HTML ("<em>", "</div>",
# "<br/>"); another word in angle brackets is text, as html2text leaves a
# page's "&lt;module&gt;".
HTML_NAMES = HTML_BLOCKS.union(
    HTML_VOID, HTML_RAW, HTML_DROPPED, HTML_MARKING, HTML_ROW_GROUPS
)
HTML_NAMES |= word_set("""abbr bdi bdo big cite colgroup data dfn font ins label
    mark picture ruby small span sub time u var""")
# The kind of the blocks in an element, where it sets one: none in a table
# (a row's cells make a block of kind "|"); an <ol> counts its items from 0.
HTML_LEVELS = ("h1", "h2", "h3", "h4", "h5", "h6")  # ("h3": "###" in Markdown)
HTML_KINDS = "ul:• ol:0. menu:• dir:• blockquote:> td: th: table: h1:# h2:# h3:# h4:# h5:# h6:# pre:`"
# A list inside a list's item is indented under the item's text, by its
# mark and a space ("- ", "12. "), as CommonMark nests it; by this many
# columns at most in all (ten lists nested in bullets' items, six in "1."
# items): deeper ones stay at the deepest, so that hostile nesting leaves a
# line of a terminal its text.
HTML_INDENT = 20
# A table's cell of more words than this is no data but a page's part (its
# article, laid out in a table as pages were): each cell is a block.
HTML_LAYOUT_WORDS = 60
# A paragraph, a division or a list inside a table's cell breaks the
# cell's line, not the row ("<td><p>Alice</p></td>"), while the cell so far
# has at most this many characters (HTML_LAYOUT_WORDS' worth): past them,
# it is a page laid out in a table, each paragraph a block.
HTML_IN_CELL = word_set("p div ul ol li dl dt dd")
HTML_CELL_CHARS = 360
# So do a table in such a cell and its rows and cells (its text is the
# cell's; the rows after it, the outer table's) when it ends, with no table
# in it, within this many characters of markup (HTML_CELL_CHARS' text in
# markup some five times its size): a longer one is a table of its own, a
# layout's or one of tables set side by side (on the tune pages, 7,000 on).
HTML_TABLE_PARTS = word_set("table tr td th")
HTML_TABLE_TAG = r"(?i)<(/?)table\b"  # its start or end tag
HTML_SMALL_TABLE = 2000

# HTML gives a block more to go by, each 0 or 1: what encloses it (in_),
# its element (is_) and words of its and its ancestors' classes and ids
# (hint_), in the order of the HTML_* bits.
HTML_LOCAL = """
in_nav in_header in_footer in_aside in_form in_figure in_article in_main
in_list in_table in_quote in_pre is_heading is_p is_item is_cell is_caption
hint_comment hint_share hint_related hint_sidebar hint_ad hint_nav
hint_footer hint_header hint_byline hint_date hint_caption hint_content
hint_title
"""
# The flag of each of HTML_LOCAL's names (the first one is bit 1), and those
# of the block's own element, not inherited from the elements around it.
HTML_BIT = {name: 2 << i for i, name in enumerate(HTML_LOCAL.split())}
HTML_BITS = 1 + len(HTML_BIT)  # the flags' bits: FLUSH's, then HTML_BIT's
HTML_H1 = 1 << HTML_BITS
HTML_OWN = HTML_H1 | sum(bit for name, bit in HTML_BIT.items() if name[:3] == "is_")
# The elements and ARIA roles that set HTML_LOCAL's in_ and is_ flags.
HTML_TAGS = """
    in_nav nav navigation
    in_header header banner
    in_footer footer contentinfo
    in_aside aside complementary
    in_form form search
    in_figure figure
    in_article article
    in_main main
    in_list ul ol dl menu
    in_table table
    in_quote blockquote
    in_pre pre
    is_heading h1 h2 h3 h4 h5 h6
    is_p p
    is_item li dt dd
    is_cell td th
    is_caption figcaption caption
"""
# The class, id, itemprop, aria-label and rel words that set the hint_
# flags: matched where a word begins (after a non-letter, or in camelCase)
# in any case, some also where it ends ("ad", not "address" or "adsense").
HTML_HINTS = r"""(?x) (?: (?<![a-zA-Z]) | (?<=[a-z])(?=[A-Z]) ) (?i:
    (?P<hint_comment> comment|disqus|respond|reply)
    | (?P<hint_share> share|sharing|social)
    | (?P<hint_related> related|recommend|more(?-i:(?![a-z]))|teaser|promo|popular|trending
        |outbrain|taboola)
    | (?P<hint_sidebar> sidebar|widget|rail(?-i:(?![a-z]))|aside)
    | (?P<hint_ad> (?:ad|ads|adv)(?-i:(?![a-z]))|advert|adsense|adsbygoogle|adslot|sponsor
        |banner|dfp|paywall|subscri|newsletter|signup)
    | (?P<hint_nav> nav|menu|paginat|pager|breadcrumb)
    | (?P<hint_footer> footer|copyright|colophon)
    | (?P<hint_header> header|masthead)
    | (?P<hint_byline> author|byline|writer)
    | (?P<hint_date> date|time(?-i:(?![a-z]))|timestamp|published|pubdate|posted)
    | (?P<hint_caption> caption|figcaption|credit|gallery|slideshow|carousel|lightbox)
    | (?P<hint_content> article|content|post(?-i:(?![a-z]))|entry|body(?-i:(?![a-z]))|story
        |text(?-i:(?![a-z]))|prose)
    | (?P<hint_title> title|headline)
)"""
HTML_HINTED = tuple(word_list("class id itemprop aria-label rel"))
# The hints of what is no article's text: under one of them, a content hint
# further out no longer holds (a related box inside the content).
HTML_AWAY = sum(HTML_BIT["hint_" + n] for n in word_list("comment share related ad"))
# A style that hides an element (as the attributes hidden and aria-hidden="true" do).
HTML_HIDDEN = r"(?i)display\s*:\s*none|visibility\s*:\s*hidden"
# Class names that hide an element's words from the screen for a screen
# reader's ("Opens a new window"), but for one a wider screen shows
# ("sr-only md:not-sr-only"). (A "hidden" class a script may take off.)
# (whose words are apart from the words around it, past this many marks)
HTML_MARKS_BEFORE = 4
HTML_HIDDEN_CLASSES = word_set(
    """sr-only visually-hidden visuallyhidden screen-reader-text
    screen-reader-only element-invisible"""
)
# HTML elements kept open (deeper ones are counted, so that 100,000 nested
# tags cost neither memory nor time; a block element still breaks blocks).
HTML_DEPTH = 256
# Element attributes whose reading is kept, for a page's repeated classes.
HTML_SEEN = 4096

# The attributes of what an AMP page shows only until, or unless, its
# element loads ("Advertisement", "See more"), as "hidden" is for others;
# its layout="nodisplay" (a menu, a cookie notice) shows nothing either.
HTML_AMP_UI = word_set("placeholder fallback overflow")
# The page's own metadata, each field's sources, most trusted first: <meta>
# names, properties and itemprops, JSON-LD keys, and "<window>" (<title>).
HTML_TITLES = "og:title twitter:title headline"
HTML_AUTHORS = """author ld:author article:author byl sailthru.author
    parsely-author dc.creator"""
# The page's summary of itself, which a standfirst that no full stop ends
# (or a subheading's) may say word for word.
HTML_SUMMARIES = "og:description twitter:description description"
# (and its publisher's names, which are no author's: "author" may give one)
HTML_PUBLISHERS = "publisher og:site_name dc.publisher"
# Dates: the publication's (above the dates near the headline), then others
# (below them; "time" is the first <time datetime>).
HTML_PUBLISHED = """article:published_time og:published_time datepublished
    datecreated schema:datecreated"""
HTML_DATED = "date dc.date dcterms.date pubdate publishdate sailthru.date time"
# Blocks before and after the first <h1> where its date and byline are looked for.
HTML_BEFORE = 2
HTML_AFTER = 10
# The characters of a block read for a date ("Published on 20.11.2019 at ...").
HTML_DATE_CHARS = 80
# The longest text of an element a class calls a byline taken as one whole
# ("Ann Writer, Science Editor"; a longer one is its author's biography).
HTML_BYLINE_CHARS = 60
# The most days a time zone moves a date by: markup's date this far from
# the one shown by the headline is the same moment, told in UTC.
ZONE_DAYS = 1
# The language an <html> element declares (its lang, or XHTML's xml:lang).
HTML_LANG = (
    r"""(?i)(?<![\w-])(?:xml:)?lang\s*=\s*["']?\s*([a-z]{2,3}(?:[-_][a-z0-9]{1,8})*)"""
)
# A date in a URL's path ("/2019/11/20/").
HTML_URL_DATE = r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/"
# A heading is a headline's candidate when it is an <h1>, or says title
# inside the article.
HTML_TITLED = HTML_BIT["hint_title"]
HTML_INSIDE = HTML_BIT["in_article"] | HTML_BIT["in_main"]
# An author's class in a reader's comment or a form (its "Name *" field)
# names no author of the page, nor does one in a footer outside the
# article or main part (a picture's credit).
HTML_UNSIGNED = HTML_BIT["hint_comment"] | HTML_BIT["in_form"]
# JSON-LD objects and names read at most.
HTML_LD_MAX = 1000
# What a class that names code's language opens with, as highlighters
# (Prism, highlight.js, prettify) ask it written ("language-python").
CODE_CLASSES = ("language-", "lang-")
# What a URL begins with: no name (an author's is often a link to a profile).
HTML_URLS = "/", "http"
# Markup a site left in a name or title it declares ("<a href=…>Ann Lee</a>").
HTML_LD_TAG = r"</?[a-zA-Z][^<>]*>"
# The kinds of address a Markdown link may go to ("" is a relative one on a
# page that does not say its own); others (javascript:, data:) run things.
LINK_SCHEMES = "", *word_list("http https mailto ftp tel")
# What Markdown would read in a link's address, written as a browser would
# send it: a backslash escapes, "<" opens another form, parentheses and a
# space end it, a backtick may open code around it.
LINK_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in "\\<>() `"})
# A web address in text, written in Markdown as an autolink: <…> (of the
# AUTOLINKED schemes alone: "javascript://" is text); and what ends a
# sentence after one, not the address.
WEB_ADDRESS = r"(?<![^\s(\[\"'“‘«])[A-Za-z][A-Za-z0-9+.-]{1,31}://[^\s<>]+"
ADDRESS_ENDS = ".,:;!?\"'”’»…。、，"
# A web address's wide characters (an IRI's "/wiki/日本") are prose when
# glued to a letter ("…jpをご覧"), when more than so many run on to the
# next space, or when a CJK sentence mark is among them ("…/seido/を参照
# してください。申請は…"): CJK puts no space after an address.
ADDRESS_WIDE = 24
CJK_STOPS = "。、，！？；："
AUTOLINKED = tuple(word_list("http https ftp"))  # the LINK_SCHEMES of "://"
# A "&" that stays itself in an attribute's value: one before letters or
# digits that no ";" ends ("?q=1&section=2&times=3"), where a browser reads
# no character reference, though text would ("&sect" is "§"); this keeps
# too the few a browser would read there ("&amp" last or before "/"), a
# slip no address makes.
BARE_AMPERSAND = r"&(?=[A-Za-z0-9]+(?![A-Za-z0-9;]))"


def looks_like_html(text: str) -> bool:
    """True for text that opens as HTML does (after spaces and comments): a
    document, or a fragment with more paragraph tags than Markdown's lines
    and links (GitHub's Markdown keeps as tags what it cannot write else);
    or a doctype under a few lines of text (a PHP notice printed as text)."""
    at = skipped(text)
    head = text[at : at + HTML_SNIFF].lower()
    if head.startswith(tuple(HTML_SURE)):
        return True
    doctype = head.find("\n<!doctype html")
    lead = head[:doctype].split("\n") if doctype > 0 else []  # (the lines over it)
    if (
        lead
        and len(lead) <= HTML_LEAD_LINES
        and not any(
            line.lstrip()[:1] in MARKDOWN_LEADS for line in lead if line.strip()
        )
    ):  # (not Markdown's code: "```html")
        return True
    tag = head[1:].partition(">")[0].split(None, 1)[:1] if head[:1] == "<" else []
    name = tag[0].rstrip("/") if tag else ""  # "<br/>", "<div\nclass=…>"
    if (
        name not in HTML_OPENERS
        and name not in HTML_WITH_PARAGRAPHS
        or "</" not in head
    ):
        return False
    sample = text[:SNIFF_BYTES]
    lower = sample.lower()
    paragraphs = lower.count("<p>") + lower.count("<p ")
    links = sample.count("](") if "<script" not in lower else 0  # not in code
    lines = sum(map(sample.count, MARKDOWN_LINES)) + links
    return lines <= paragraphs and (paragraphs > 0 or name in HTML_OPENERS)


def skipped(text: str) -> int:
    """Where the content of text begins: past a BOM, spaces and comments (a
    page may open with kilobytes of them), HTML_LEAD_MAX characters at most."""
    at = 0
    while at < HTML_LEAD_MAX:
        part = text[at : at + SNIFF_BYTES]  # a part at a time: no copy of all
        rest = part.lstrip("\ufeff \t\r\n")
        at += len(part) - len(rest)
        if at >= len(text) or rest and not text.startswith("<!--", at):
            return at
        if rest:  # a comment, to its end
            end = text.find("-->", at + 2)  # ("<!-->" is one too)
            end = len(text) if end < 0 else end + 3
            bang = text.find("--!>", at + 2, end)  # (no further than that end)
            at = end if bang < 0 else bang + 4
    return at


def decode_html(data: bytes) -> str:
    """The text of HTML bytes: by their BOM; UTF-8 (but for ISO-2022's
    escapes, which are ASCII); their declared charset; else Windows-1252
    (for bytes that are not UTF-8), as browsers read them."""
    try:  # as "utf-8-sig" reads it, without importing that codec (0.2 ms)
        read = data.decode()
        text: str | None = read[1:] if read.startswith("\ufeff") else read
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x1b" not in text:
        return text
    import re

    head = data[:HTML_HEAD_BYTES]
    end = re.search(rb"(?i)</head|<body", head)
    # (its first HTML_SNIFF bytes wherever the head ends, as browsers prescan)
    found = re.search(
        HTML_CHARSET, head[: max(HTML_SNIFF, end.start() if end else len(head))]
    )
    codec = browser_codec(found.group(1) if found else b"cp1252")
    if text is not None and not (codec or "").startswith("iso2022"):
        return text
    return data.decode(codec, "replace") if codec else decode(data)


def browser_codec(label: bytes) -> "str | None":
    """The codec that reads a charset's label as browsers read it, or None
    for one that no browser knows."""
    from codecs import lookup

    try:
        name = label.decode().lower()
        codec = lookup(HTML_LABELS.get(name, name)).name
        # a codec that reads markup as something else (EBCDIC's cp500) is
        # none a browser knows: the declaration was read in ASCII
        same = HTML_PROBE.decode(codec, "replace") == HTML_PROBE.decode()
    except (LookupError, ValueError):  # unknown, or no text codec
        return None
    return codec if codec not in HTML_AS_1252 and same else None


def raised_after(piece: str) -> bool:
    """True when the text before a <sup> ends in a letter or digit, or in a
    link whose words do ("<a>10</a><sup>6</sup>")."""
    return link_words(piece)[-1:].isalnum()


def link_words(piece: str) -> str:
    """A piece of a block without the address of a link it ends in."""
    return piece[: piece.rfind("\ufdd1")] if piece[-1:] == "\ufdd2" else piece


def last_break(pieces: "list[str]") -> int:
    """Where in the block read so far its last <br> stands, when only white
    space follows it (no-break spaces too: "<br>&nbsp;<br>"); else -1."""
    for at in range(len(pieces) - 1, -1, -1):
        piece = pieces[at]
        if "&" in piece:  # (references are read later, with the block)
            piece = piece.lower().replace("&nbsp;", "").replace("&#160;", "")
        if piece.strip(" \t\n\r\f\xa0" + STYLE_MARKS):
            return at if piece == HTML_BREAK else -1
    return -1


def word_before(pieces: "list[str]") -> bool:
    """True when the text read so far ends in a letter or digit, past the
    marks of styles and links (a link's words, not its address's end)."""
    for piece in reversed(pieces[-HTML_MARKS_BEFORE:]):
        text = link_words(piece).rstrip(STYLE_MARKS + "\ufdd0")
        if text:
            return text[-1].isalnum()
    return False


def code_language(classes: str) -> str:
    """The language that an element's classes name its code in
    ("language-python", "lang-js": CODE_CLASSES), the first that is a plain
    word (plain_language()), or ""."""
    for word in classes.split() if "lang" in classes else ():
        for opening in CODE_CLASSES:
            if word.startswith(opening) and plain_language(word[len(opening) :]):
                return word[len(opening) :]
    return ""


def hidden_class(classes: str) -> bool:
    """True for an element whose classes hide it (HTML_HIDDEN_CLASSES) on
    every screen."""
    names = classes.split()
    return not HTML_HIDDEN_CLASSES.isdisjoint(names) and ":" not in classes


def unlinked(marked: str) -> str:
    """marked (as html_page marks links) with its links' text alone."""
    if "\ufdd0" not in marked:
        return marked
    import re

    return re.sub(HTML_MARKS, "", marked)


def attribute_number(pattern: str, attributes: str) -> "int | None":
    """The number that an element's attributes give as pattern reads them
    (HTML_START's, HTML_COLSPAN's...), or None."""
    import re

    found = re.search(pattern, attributes)
    return int(found[1]) if found else None


def spaced_lines(text: str) -> str:
    """text single-spaced (a big one without splitting it into words),
    its <br>s line breaks, no line of it empty, no space at its ends."""
    text = text.replace(HTML_GAP, HTML_BREAK)
    text = (
        single_spaced(text.translate(HTML_SPACES))
        if len(text) > HTML_BIG_TEXT
        else one_line(text)
    ).strip(" ")
    if HTML_BREAK not in text:
        return text
    lines = (line.strip(" ") for line in text.split(HTML_BREAK))
    return "\n".join(filter(None, lines)).strip(" ")


def row_text(bare: str) -> str:
    """A table's row (its cells' marks in it, no other marks) as a block's
    text: its cells, an empty one before others too ("| 2019")."""
    before, *row = bare.split(HTML_CELL)
    row = [
        one_line(spaced_lines(c)) for c in ([before] if before.strip() else []) + row
    ]
    while row and not row[-1]:  # (a last one may go on in a block)
        row.pop()
    if sum(map(bool, row)) < 2:  # a layout's spacer beside its text
        row = list(filter(None, row))
    return "|".join(f" {cell} " if cell else " " for cell in row).strip()


def links_length(marked: str) -> int:
    """The characters of marked (as html_page marks links) in its links."""
    import re

    return sum(map(unstyled_length, re.findall("\ufdd0([^\ufdd1]*)\ufdd1", marked)))


def small_table(text: str, pos: int) -> bool:
    """True when the table whose start tag ends at pos in text ends within
    HTML_SMALL_TABLE characters, with no table in it."""
    import re

    ahead = re.compile(HTML_TABLE_TAG).search(text, pos, pos + HTML_SMALL_TABLE)
    return bool(ahead and ahead[1])


def counted_down(page: "Page", first: int, indent: int, top: int) -> None:
    """Number the items of an <ol reversed> from top (else their count)
    down, as browsers do, its blocks those of page from first."""
    items = [
        i
        for i in range(first, len(page.texts))
        if numbered(page.kinds[i]) >= 0 and page.indents.get(i, 0) == indent
    ]
    for n, i in enumerate(items):
        page.kinds[i] = f"{(len(items) if top < 0 else top) - n}."


def html_page(text: str) -> "Page":
    """The blocks of an HTML page, with what its markup says of it."""
    return HtmlReader().read(text)


class HtmlReader:
    """The reader of an HTML page (html_page()): the elements open and the
    block being read at each tag, in order; a method for each thing a tag
    does (start_tag, marked, close...), a block added by flush."""

    __slots__ = word_list(
        "apart below boxes celled column counting downward drop flags hinted hinting"
        " hiding href inner kinds language linked metas names noted opened overflow"
        " page parse parting pieces quotes raised rows ruled scripts seen shown"
        " spanned spans stack start styled styles table tags"
    )

    def __init__(self) -> None:
        import re

        self.page = Page("html")
        # (no list: a tag may hold millions)
        self.parse = re.compile(HTML_ATTRIBUTE).finditer
        self.hinted = re.compile(HTML_HINTS).finditer
        self.hiding = re.compile(HTML_HIDDEN).search
        # the flags that each element and role sets (HTML_TAGS)
        self.tags = {
            tag: HTML_BIT[flag]
            for flag, *elements in map(str.split, HTML_TAGS.strip().split("\n"))
            for tag in elements
        }
        self.tags["h1"] |= HTML_H1
        self.kinds = dict(pair.split(":") for pair in HTML_KINDS.split())
        # What an element's attributes say: its href, hint flags, whether it hides,
        # an emoji's alt text and the language its code is in (code_language()).
        self.seen: dict[str, tuple[str | None, int, int, str, str]] = {}
        # and the hint flags of its class and id words
        self.hinting: dict[str, int] = {}
        self.metas: dict[str, Any] = {}  # what the markup says (html_meta())
        self.scripts: list[str] = []  # and its JSON-LD
        self.names = [""]  # the open elements, outermost first, under a root
        # and their flags, the kind of the blocks in them and those items' indent
        self.stack = [(0, "", 0)]
        self.boxes = [0]  # and the innermost block element each is in (page.boxes)
        self.page.boxes.append((0, 0))  # the root
        self.overflow = 0  # and the elements open past HTML_DEPTH, only counted
        self.pieces: list[str] = []  # the raw text of the block being read
        self.flags = 0  # and the flags of the elements its text is in
        self.linked = 0  # and its characters in links
        self.table = False  # a table opened, whose first row is still to come
        self.counting = False  # and a list, whose first item is
        self.spanned = 0  # the columns the row's last cell spans past its own
        self.spans = HTML_SPANS_MAX  # and the empty cells still to make for spans
        # the rows begun (<tr>s), and the column of the row's next cell
        self.rows = self.column = 0
        # each column a cell spans down to: its last row
        self.below: dict[int, int] = {}
        self.celled = -1  # the characters of the cell being read, or -1 out of a row
        # and where in names a small table in it stands (HTML_SMALL_TABLE)
        self.inner = -1
        # each open <li>: its first block, -1 till it has one
        self.shown: list[int] = []
        self.quotes: list[int] = []  # each open <blockquote>'s box, outermost first
        # the open <pre>'s code's, as its class or its <code>'s names it
        self.language = ""
        # each open <ol reversed>: where it stands in names, its first block, its
        # items' indent and its start (-1: its items' count), to number it down
        self.downward: list[tuple[int, int, int, int]] = []
        self.drop = -1  # where in stack the element being dropped is
        # and whether it parts the words around it (a screen reader's ": " between
        # a kicker and a title), and whether one that does has just ended
        self.parting = self.apart = False
        self.noted = False  # a raised number just ended
        self.href: str | None = None  # the open link's URL
        self.start = 0  # and where in pieces its text begins
        self.raised: list[int] = []  # where each open <sup>'s text begins in pieces
        self.styles = dict.fromkeys(STYLE_MARKS, 0)  # the elements open of each style
        self.styled: set[int] = set()  # and where in names those that mark one stand
        self.opened = ""  # the styles open when the block before ended: the next's
        self.ruled = False  # an <hr> shown since the last block

    def read(self, text: str) -> "Page":
        """The page of text: its text between tags into the blocks, each tag
        read in turn, then what its markup says of it."""
        import re

        page, pieces, names, stack = self.page, self.pieces, self.names, self.stack
        search = re.compile(HTML_MARKUP).search
        pos = 0
        # (while True: Python 3.11 specialises the code of a function called once
        # at a loop's plain jump back, which a loop on a condition has not)
        while True:
            if len(page.texts) >= BLOCKS_MAX:
                break
            found = search(text, pos)
            piece = text[pos : found.start() if found else len(text)]
            if (
                piece
                and self.drop < 0
                and (pieces or not piece.isspace() or stack[-1][1] == CODE)
            ):
                noted = (
                    self.noted
                    and piece[:NOTE_LETTERS].isalpha()
                    and len(piece) >= NOTE_LETTERS
                )
                if (
                    (self.apart or noted)
                    and piece[:1].isalnum()
                    and word_before(pieces)
                ):
                    pieces.append(" ")
                self.apart = self.noted = False
                pieces.append(piece)
                self.flags |= stack[-1][0]
                if self.celled >= 0:  # (not the source's indentation)
                    self.celled += len(piece.strip())
            if not found:
                break
            pos = found.end()
            slash, name, attributes = found.groups()
            if not name:
                continue
            name = name.lower()
            if slash:
                if self.overflow:
                    self.overflow -= 1
                elif name in names:
                    self.close(len(names) - 1 - names[::-1].index(name))
            elif name in HTML_RAW:
                pos = self.raw_element(name, attributes, text, pos)
            else:
                self.start_tag(name, attributes, text, pos)
        self.close(1)
        self.flush()
        page.boxes[0] = 0, len(page.boxes) - 1
        page.meta = html_meta(page, self.metas, self.scripts)
        return page

    def raw_element(self, name: str, attributes: str, text: str, pos: int) -> int:
        """Where an element of raw text (HTML_RAW) that begins at pos ends,
        its text kept if it is the page's <title> or JSON-LD."""
        import re

        # Its end tag, or the end of the page (a search for the tag alone
        # is ten times quicker through a long script than one for either).
        close = re.compile(rf"(?i)</{name}\b[^>]*>?").search(text, pos)
        raw = text[pos : close.start() if close else len(text)]
        if name == "title" and self.drop < 0:
            self.metas.setdefault("<window>", one_line(unescaped(raw)))
        if "ld+json" in attributes:
            self.scripts.append(raw)
        return close.end() if close else len(text)

    def said(
        self, name: str, attributes: str
    ) -> "tuple[str | None, int, int, str, str]":
        """What an element's attributes say (seen's), the metadata they give
        kept in metas."""
        import re

        attrs = {
            found[1].lower(): found[2] or found[3] or found[4] or ""
            for found in self.parse(attributes)
        }
        key = (first_of(attrs, "property name itemprop rel") or name).lower()  # "time"
        value = first_of(attrs, "content datetime href")
        if key in HTML_AUTHORS.split() and value:  # each author's
            self.metas.setdefault(key, []).append(value)
        elif value:
            self.metas.setdefault(key, value)
        words = " ".join(attrs.get(k, "") for k in HTML_HINTED)
        hints = self.hinting.get(words, -1)
        if hints < 0:
            hints = sum({HTML_BIT[str(h.lastgroup)] for h in self.hinted(words)})
            if len(self.hinting) < HTML_SEEN:
                self.hinting[words] = hints
        hints |= self.tags.get(attrs.get("role", ""), 0) & ~HTML_OWN
        known = (
            attribute(
                re.sub(URL_BLANK_REFERENCES, "", attrs["href"]).translate(URL_BLANKS)
                if "href" in attrs
                else None
            ),
            hints,
            # 1 when hidden, 2 by its classes (the words around it apart)
            1
            if "hidden" in attrs
            or attrs.get("aria-hidden") == "true"
            or not HTML_AMP_UI.isdisjoint(attrs)
            or attrs.get("layout") == "nodisplay"
            or self.hiding(attrs.get("style", ""))
            else 2 * hidden_class(attrs.get("class", "")),
            emoji(attrs.get("alt", "")),
            code_language(attrs.get("class", "")),
        )
        if len(self.seen) < HTML_SEEN:
            self.seen[attributes] = known
        return known

    def void(self, name: str, hidden: int, alt: str) -> None:
        """Read an element with no content: a <br>, an emoji's <img>, an <hr>."""
        pieces = self.pieces
        at = last_break(pieces) if name == "br" and self.stack[-1][1] != CODE else -1
        if at >= 0:  # "one<br><br>two": a paragraph's end
            pieces[at] = HTML_GAP
        elif name == "br":
            pieces.append(HTML_BREAK)
        elif name == "img" and self.drop < 0 and alt and not hidden:  # an emoji's
            pieces.append(alt)
        elif name == "hr":
            self.flush()  # (shown, but not in an item:)
            self.ruled = self.ruled or self.drop < 0 and not hidden and not self.shown

    def start_tag(self, name: str, attributes: str, text: str, pos: int) -> None:
        """Read a start tag (its attributes; text past it from pos): the
        elements it ends closed, then, unless it is void or too deep, it
        opened: the block it begins, the flags, kind and indent of the
        blocks in it, what it marks in their text (marked())."""
        if name in ("html", "body"):  # its classes are the page's, no block's
            self.declared(name, attributes)
            attributes = ""
        known = self.seen.get(attributes) or self.said(name, attributes)
        url, hints, hidden, alt, named = known
        names, stack, pieces = self.names, self.stack, self.pieces
        if name == "pre" or name == "code" and stack[-1][1] == CODE and named:
            self.language = named  # (a <pre>'s own, or none: another's is not its)
        if name in HTML_VOID:
            self.void(name, hidden, alt)
            return
        ended = HTML_ENDED.get(name) or (HTML_ENDED["p"] if name in HTML_BLOCKS else ())
        # (not past a <template>, <button>, <select>... being dropped: what it
        # holds stays in it; a hidden <p> or <li> ends as a shown one does)
        drop = self.drop
        floor = drop if drop > 0 and names[drop] in HTML_DROPPED else 0
        for at in range(len(names) - 1, floor, -1) if ended else ():
            if names[at] in ended:  # "<p>One<p>Two": the first ends
                self.close(at)
            elif names[at] in HTML_BLOCKS:
                break
        if len(names) > HTML_DEPTH:
            self.overflow += 1
            if pieces and name in HTML_BLOCKS:  # still a block of its own
                self.flush()
            return
        if (
            self.drop < 0
            and (hidden or name in HTML_DROPPED)
            and attributes[-1:] != "/"
        ):
            self.drop, self.parting = len(stack), hidden == 2
        bits, kind, indent = stack[-1]
        if (
            name == "table"
            and self.inner < 0
            and bits & HTML_BIT["in_table"]
            and 0 <= self.celled <= HTML_CELL_CHARS
            and small_table(text, pos)
        ):
            self.inner = len(names)
        boxes = self.boxes
        if name in HTML_BLOCKS:
            if pieces:
                self.broken(name)
            bits &= ~HTML_OWN
            page = self.page
            boxes.append(len(page.boxes))
            page.boxes.append((boxes[-2], len(page.boxes)))
            if name == "blockquote":
                self.quotes.append(boxes[-1])
        else:
            boxes.append(boxes[-1])
        # in an item, after its text: an item holding only a list (or first)
        # shows no line of its own, its list none deeper, else it is shown
        # as the item shown before's
        nested = name in HTML_LISTS and listed(kind) and -1 not in self.shown[-1:]
        if nested and indent + len(kind) < HTML_INDENT:
            indent += len(kind) + 1  # under its text ("•" is "-" in Markdown)
        kind = self.kinds.get(name, kind)
        if name in HTML_ROW_GROUPS and self.inner < 0:  # (a span ends with its group)
            self.table = self.table or name == "table"
            self.below.clear()
        if name in HTML_LISTS:
            self.counting = True
        if name in HTML_MARKING:
            kind = self.marked(name, attributes, url, kind, indent)
        if hints & HTML_AWAY:  # "related" inside "content": the nearer says
            bits &= ~HTML_BIT["hint_content"]
        bits |= self.tags.get(name, 0) | hints
        names.append(name)
        stack.append((bits, kind, indent))

    def declared(self, name: str, attributes: str) -> None:
        """Keep the language that an <html> element declares."""
        import re

        lang = name == "html" and re.search(HTML_LANG, attributes)
        if lang:
            self.metas.setdefault("<lang>", lang[1])

    def marked(
        self, name: str, attributes: str, url: "str | None", kind: str, indent: int
    ) -> str:
        """The kind of the blocks in an element of HTML_MARKING, its items
        numbered; the mark it makes in the text (a cell, a link, a quote, a
        style, a raised number)."""
        if name == "ol" and "start" in attributes.lower():  # <ol start="5">
            begins = attribute_number(HTML_START, attributes)
            kind = f"{begins - 1}." if begins is not None else kind
        if name == "li" and kind[-1:] == ".":
            value = (
                attribute_number(HTML_VALUE, attributes)
                if "value" in attributes.lower()
                else None
            )
            kind = f"{value if value is not None else int(kind[:-1]) + 1}."
            self.stack[-1] = self.stack[-1][0], kind, indent
        elif name in ("td", "th") and self.inner >= 0:
            if self.pieces:  # a line of the cell its table is in
                self.broken(name)
        elif name == "tr" and self.inner < 0:
            self.rows, self.column = self.rows + 1, 0
        elif name in ("td", "th"):
            self.open_cell(attributes)
        elif name == "a":
            self.mark()
            self.href = url
        elif name == "q" and self.drop < 0:
            self.pieces.append(QUOTE_MARKS[self.names.count("q") % 2 * 2])
        elif name in HTML_STYLES and self.drop < 0 and kind != CODE:  # (code's: as is)
            self.open_style(name)
        elif name == "sup":
            self.raised.append(len(self.pieces))
        if name == "li":
            self.shown.append(-1)
        if name == "ol" and "reversed" in attributes.lower():
            top = attribute_number(HTML_START, attributes)
            top = -1 if top is None else top
            self.downward.append((len(self.names), len(self.page.texts), indent, top))
        return kind

    def open_cell(self, attributes: str) -> None:
        """Begin a cell of a table's row: its mark, past the empty cells of the
        spans before it, and the columns and rows it spans."""
        self.mark()  # a link around cells (a "card"): its text marked in each
        column, spans, below, rows = self.column, self.spans, self.below, self.rows
        gap = column  # past the columns that cells above span down to
        while spans > 0 and below.get(column, -1) >= rows:
            column, spans = column + 1, spans - 1
        self.pieces.append(HTML_CELL * (1 + self.spanned + column - gap))
        self.start = len(self.pieces)
        self.celled = 0  # (a row of long cells is data still)
        lower = attributes.lower()
        wide = (
            attribute_number(HTML_COLSPAN, attributes) if "colspan" in lower else None
        )
        spanned = max(0, min(wide or 1, HTML_COLSPAN_MAX, spans + 1) - 1)
        spans -= spanned
        tall = (
            attribute_number(HTML_ROWSPAN, attributes) if "rowspan" in lower else None
        )
        down = (
            min(tall or HTML_ROWSPAN_MAX, HTML_ROWSPAN_MAX) if tall is not None else 1
        )
        if down > 1:
            covered = range(column, column + 1 + spanned)
            below.update(dict.fromkeys(covered, rows + down - 1))
        self.column, self.spans, self.spanned = column + 1 + spanned, spans, spanned

    def open_style(self, name: str) -> None:
        """Open an element of a style (HTML_STYLES): its mark, unless one of
        it is open already; before the block's text, the next block's."""
        self.styled.add(len(self.names))
        style = HTML_STYLES[name]
        self.styles[style] += 1
        if self.styles[style] > 1:  # (an outer one of it is open)
            return
        if self.pieces or self.href is not None:  # (a link's)
            self.pieces.append(style)
        else:  # before the block's text: no text of it
            self.opened += style

    def close(self, at: int) -> None:
        """Close the open elements from the innermost to the one at index at."""
        names, boxes = self.names, self.boxes
        while len(names) > at:
            name = names[-1]
            if self.pieces and name in HTML_BLOCKS:
                self.broken(name)
            elif name == "a":
                self.mark()
                self.href = None
            elif len(names) - 1 in self.styled:
                self.close_style(name)
            elif name == "q" and not 0 <= self.drop < len(names):  # (not dropped)
                self.pieces.append(QUOTE_MARKS[names.count("q") % 2 * 2 - 1])
            elif name == "sup":
                self.close_sup()
            if name in HTML_LISTS:  # one that showed none
                self.counting = False
            if self.downward and self.downward[-1][0] == len(names) - 1:
                counted_down(self.page, *self.downward.pop()[1:])
            if name == "li":
                self.shown.pop()
            elif name == "blockquote":
                self.quotes.pop()
            if names.pop() == "table" and self.inner < 0:  # (a small one's: its cell's)
                self.below.clear()
            if len(names) <= self.inner:
                self.inner = -1
            self.stack.pop()
            box = boxes.pop()
            if box != boxes[-1]:  # a block element: its last descendant
                page_boxes = self.page.boxes
                page_boxes[box] = page_boxes[box][0], len(page_boxes) - 1
        if len(self.stack) <= self.drop:
            self.drop, self.apart = -1, self.parting

    def close_style(self, name: str) -> None:
        """Close an element of a style: its mark, unless one of it is still
        open further out; before the block's text, none."""
        self.styled.discard(len(self.names) - 1)
        style = HTML_STYLES[name]
        self.styles[style] -= 1
        if self.styles[style]:  # (an outer one of it is open still)
            return
        if not self.pieces and style in self.opened:
            self.opened = self.opened.replace(style, "")  # before the block's text
        else:
            self.pieces.append(style)

    def close_sup(self) -> None:
        """Close a <sup>: a number it raises right after a word or number
        gets a caret ("10^6"), and a word after a raised number is apart."""
        import re

        pieces = self.pieces
        raise_at = self.raised.pop()
        number = "".join(pieces[raise_at : raise_at + RAISED_PIECES])
        if len(number) <= RAISED_CHARS:  # a link's marks gone
            number = unlinked(number)
        number = re.sub(HTML_STYLED, "", number).strip().lstrip("-−")
        before = raise_at - 1  # the text before it, past a style's marks
        while 0 < before < len(pieces) and pieces[before] in STYLE_MARKS:
            before -= 1
        if 0 <= before < len(pieces) and raised_after(pieces[before]):
            pieces[raise_at - 1] += RAISED * number.isdigit()
        self.noted = number.isdigit()  # a note's number, then a word

    def mark(self) -> None:
        """Mark the open link's text in pieces (see HTML_MARKS)."""
        pieces, start = self.pieces, self.start
        raw = "".join(pieces[start:])
        words = raw.strip()
        if self.href is not None and words:
            pieces[start:] = [
                raw.replace(words, f"\ufdd0{words}\ufdd1{self.href}\ufdd2", 1)
            ]
            self.linked += unstyled_length(words)
        self.start = len(pieces)

    def broken(self, name: str) -> None:
        """End the block read so far at a block element's tag: a line of a
        table's cell, when it is a paragraph's in a row of data, else all."""
        part = name in HTML_IN_CELL or self.inner >= 0 and name in HTML_TABLE_PARTS
        if part and 0 <= self.celled <= HTML_CELL_CHARS:
            self.pieces.append(HTML_PARA)
        else:
            self.flush()

    def flush(self) -> None:
        """Add the block read so far to the page: a table's row, or each of
        its cells when one holds more than HTML_LAYOUT_WORDS words (a page
        set out in a table: a menu's cell, the article's)."""
        self.mark()
        # the styles open over blocks: ended in each, the next's opened again
        held = "".join(style for style, n in self.styles.items() if n)
        # (its marks kept, and a <pre>'s tabs, for as_written's lines)
        raw = unescaped(
            self.opened + "".join(self.pieces) + held, HTML_MARKERS + HTML_TAB
        )
        self.opened = held
        self.pieces.clear()
        if HTML_CELL in raw or HTML_PARA in raw or HTML_GAP in raw:
            raw = links_parted(raw)
        # a row: its text in cells, or a row begun though its text is all in paragraphs
        row = self.flags & HTML_BIT["is_cell"] or self.celled >= 0
        across = self.spanned > 0  # its last cell spans others: a table's, not a page's
        # (a long cell's table: a layout's)
        self.spanned, self.celled, self.inner = 0, -1, -1
        # text right in a list, in no item of it, is no item (as browsers
        # show it) but a paragraph, or one of the item the list is in
        shown = self.shown
        loose = self.names[-1] in HTML_LISTS and not (shown and shown[-1] >= 0)
        own = self.stack[-1][1]
        kind = "|" if row else "" if loose else own
        cells = raw.split(HTML_CELL) if kind == "|" else [raw]
        if len(cells) > 1 and max(len(c.split()) for c in cells) > HTML_LAYOUT_WORDS:
            parts, kind = (
                [part for cell in cells for part in cell.split(HTML_PARA)],
                own,
            )
        elif HTML_PARA not in raw:
            parts = [raw]
        elif len(cells) <= 2 and not across:  # one cell, a page's: paragraphs apart
            parts, kind = raw.split(HTML_PARA), own
        else:  # a row of data: its cells' paragraphs their lines
            parts = [raw.replace(HTML_PARA, HTML_BREAK)]
            self.flags |= HTML_BIT["is_cell"]
        # (once: parts[1:] for each part copied the rest, a row of N cells N²)
        parted = len(parts) > 1
        for part in parts:  # each part's characters in links, counted
            self.emit(part, kind, links_length(part) if parted else self.linked)
        self.flags = self.linked = self.start = 0

    def emit(self, raw: str, kind: str, linked: int) -> None:
        """Add a block of raw text (its marks in it) to the page."""
        bare, style = unlinked(raw), False
        if not raw.isascii():  # (as the marks of styles are not)
            import re

            style = re.search(HTML_STYLED, raw) is not None
            bare = re.sub(HTML_STYLED, "", bare) if style else bare
        cells = HTML_CELL in raw
        if cells:  # a row: its cells
            text = row_text(bare)
        elif kind == CODE:
            text = as_written(bare.replace(HTML_BREAK, "\n"))
        else:
            text = spaced_lines(bare)
        if not text:
            return
        page, shown, names = self.page, self.shown, self.names
        at = len(page.texts)
        item = shown[-1] if shown else -1  # the open item's first block
        inside = item >= 0 and kind in ITEM_HELD
        if listed(kind) and item >= 0:  # one more of its item's
            kind = MORE
        elif listed(kind) and shown:  # the item's first block
            shown[-1] = at
        page.add(text, kind, self.flags, linked, at)
        if self.ruled:
            page.rules.add(at)
            self.ruled = False
        if HTML_GAP in raw and not kind and not cells:  # prose: its paragraphs
            parts = zip(map(spaced_lines, bare.split(HTML_GAP)), raw.split(HTML_GAP))
            page.parts[at] = [
                (own, spaced_lines(part) if "\ufdd0" in part or style else "")
                for own, part in parts
                if own
            ]
        page.holders.append(self.boxes[-1])
        if self.quotes:  # (a quote in a quote is in it, as text shows it)
            page.quotes[at] = self.quotes[0]
        if kind == CODE and self.language:
            page.langs[at] = self.language
        elif kind == "#":  # a subheading's marks ("###"), past an <h2>'s
            level = next((n for n in reversed(names) if n in HTML_LEVELS), "h2")
            if level > "h2":
                page.langs[at] = "#" * int(level[1])
        if (
            listed(kind)
            and self.flags & HTML_BIT["in_quote"]
            or inside
            and item in page.quoted
        ):  # a list's item in a quote, its paragraphs, code and quotes
            page.quoted.add(at)
        if inside or kind == MORE:
            page.owner[at] = item
        indent = self.stack[-1][2]
        if indent and (listed(kind) or inside):  # a nested list's item
            page.indents[at] = indent
        # a list's first item
        first = self.counting and listed(kind) and kind != MORE
        self.counting = self.counting and not first
        # a term of a <dl> (<dt>) in bold, told from its definition after it
        term = names[-1] == "dt" and STYLE_MARKS[1] not in raw and not cells
        bold = STYLE_MARKS[1] * term
        if ("\ufdd0" in raw or cells or first or style or term) and kind != CODE:
            opens = cells and self.table or first  # a table's first row, a list's item
            self.table = self.table and not cells
            page.markdown[at] = HTML_FIRST * opens + bold + spaced_lines(raw) + bold


def html_meta(page: "Page", metas: "dict[str, Any]", scripts: "list[str]") -> "Meta":
    """What a page says of itself: its <meta>s, JSON-LD and headings."""
    ids = json_ld(scripts, metas)
    meta = Meta()

    def said(keys: str) -> "list[str]":
        """What the page's metadata says under keys, in their order."""
        return [n for key in keys.split() for n in ld_names(metas.get(key), ids)]

    meta.titles, meta.agreed = html_titles(page, metas, said)
    texts = page.texts
    at = next((i for i, f in enumerate(page.flags) if f & HTML_H1), 0)
    near = [  # not code's: "--since 2024-04-02" dates no page
        texts[i][:HTML_DATE_CHARS]
        for i in range(max(0, at - HTML_BEFORE), min(len(texts), at + HTML_AFTER))
        if page.kinds[i] != CODE
    ]
    meta.byline = html_byline(page, said, near, at)
    meta.summaries = list(filter(None, map(fold, said(HTML_SUMMARIES))))
    address = str(first_of(metas, "canonical og:url") or "")
    # og:url, then the canonical address read against it (it may be "/a/b"),
    # then <base href> (which may be relative itself: "/")
    for key in ("og:url", "canonical", "base"):
        if metas.get(key):
            from urllib.parse import urljoin

            try:
                meta.base = urljoin(meta.base, read_address(str(metas[key])))
            except ValueError:  # no address at all ("http://[")
                pass
    meta.lang = str(metas.get("<lang>", ""))  # (a JSON-LD key may spell it)
    meta.date = html_date(page, said, near, at, address, meta.lang)
    meta.section = html_section(metas, ids, meta.titles)
    return meta


def json_ld(scripts: "list[str]", metas: "dict[str, Any]") -> "dict[str, str]":
    """The names of the JSON-LD objects in scripts, by their @id; what those
    objects say added to metas, under keys a <meta>'s has not taken."""
    import re

    todo = []
    ids: dict[str, str] = {}  # the names of objects, by their @id
    for script in scripts:  # its objects, without CDATA, ";" and comments
        import json  # only for a page that has JSON-LD

        objects = f"[{script[script.find('{') : script.rfind('}') + 1]}]"
        for _ in range(2):  # and again without commas before a "}" or "]"
            try:  # (strict: a tab or line break in a string, as browsers take)
                todo.append(json.loads(objects, strict=False))
                break
            except (ValueError, RecursionError):
                objects = re.sub(r",(\s*[]}])", r"\1", objects)
    for item in todo:  # breadth first: what a page's top objects say first
        if isinstance(item, dict):
            if "BreadcrumbList" in str(item.get("@type")):
                metas.setdefault("trail", item.get("itemListElement"))
            for key, value in item.items():  # (its author beside a <meta>'s)
                metas.setdefault("ld:" * (key == "author") + key.lower(), value)
            if isinstance(item.get("@id"), str) and isinstance(item.get("name"), str):
                ids.setdefault(item["@id"], item["name"])
            item = list(item.values())
        if isinstance(item, list) and len(todo) < HTML_LD_MAX:
            todo += item
    return ids


def html_titles(
    page: "Page", metas: "dict[str, Any]", said: "Callable[[str], list[str]]"
) -> "tuple[list[str], int]":
    """The page's headlines, the likeliest first (Meta.titles), and the <h1>
    its metadata's titles agree with (Meta.agreed), -1 for none."""
    texts, flags = page.texts, page.flags
    heads = [
        (t, f)
        for t, f, k, link in zip(texts, flags, page.kinds, page.links)
        if k == "#"
        and (f & HTML_H1 and link < 100 or f & HTML_TITLED and f & HTML_INSIDE)
    ]
    stated = said(HTML_TITLES)
    told = [f" {fold(d)} " for d in stated]
    # a str, but for a JSON-LD key "<window>", which its escapes may spell
    window = sanitise(str(metas.get("<window>", "")))
    title = without_site(window)
    # the site's name, in words: what the window title's end or start says
    # besides its headline (all of one as short as a name), og:site_name's
    site = named(window) - named(title) or named(window)
    site = site if len(site) <= SITE_NAME_WORDS else set()
    site |= named(sanitise(str(metas.get("og:site_name", ""))))
    declared = [without_site(d, site) for d in stated]
    found = [glued(h, d) for d in [*declared, title] for h, f in heads if shared(h, d)]
    found += [h for h, f in heads if f & HTML_INSIDE and not declared]
    titles = list(filter(None, [*found[:1], *declared, title, *dict(heads)]))
    h1s = ((i, f" {fold(t)} ") for i, t in enumerate(texts) if flags[i] & HTML_H1)
    agreed = next((i for i, h in h1s if h.strip() and any(h in d for d in told)), -1)
    return titles, agreed


def html_byline(
    page: "Page", said: "Callable[[str], list[str]]", near: "list[str]", at: int
) -> str:
    """The page's byline: its metadata's authors, a "By …" line near the
    headline (near, the texts about its <h1> at), or a text marked as one."""
    # all the authors one key names, in order; but for the publisher's names
    # (the copyright's holder too: "Copyright (c) Condé Nast 2023") when a
    # key names another (a person's site is its author's); when none does,
    # a byline by the headline comes first ("tagesschau.de" is no author)
    published = {fold(n) for key in HTML_PUBLISHERS.split() for n in said(key)}
    owner = f" {fold(' '.join(said('copyright'))[:TITLE_LENGTH])} "
    authors = [list(map(unsigned, said(key))) for key in HTML_AUTHORS.split()]
    persons = [
        [n for n in names if fold(n) not in published and f" {fold(n)} " not in owner]
        for names in authors
    ]  # (a person's name is two words at least: not "admin")
    person = any(len(n.split()) > 1 for names in persons for n in names)
    bylines: list[str | None] = [
        *map(all_of, persons if person else []),
        *(byline_name(byline_line(t), True) for t in near),
        *map(all_of, [] if person else authors),
        *(
            signed_name(t)
            for i, (t, f) in enumerate(zip(page.texts, page.flags))
            if f & HTML_BIT["hint_byline"]
            and len(t) < HTML_BYLINE_CHARS
            # a comment's, a form's or a footer's only by the headline, when
            # it says "by …" (WordPress's entry meta holds a "comments-link")
            and (
                not f & HTML_UNSIGNED
                and (f & HTML_INSIDE or not f & HTML_BIT["in_footer"])
                or at - HTML_BEFORE <= i < at + HTML_AFTER
                and not BYLINE_WORDS.isdisjoint(t.lower().split()[:BYLINE_DATED])
            )
        ),
    ]
    return next(filter(None, bylines), "")


def html_date(
    page: "Page",
    said: "Callable[[str], list[str]]",
    near: "list[str]",
    at: int,
    address: str,
    lang: str,
) -> str:
    """The page's date: its metadata's, one near the headline (near, the
    texts about its <h1> at), one marked as a date, its address's, else the
    first nearest the headline; its zone the one near it says."""
    import re

    texts = page.texts
    url = re.search(HTML_URL_DATE, address)
    dates = [
        *said(HTML_PUBLISHED),
        *near,
        *(
            t[:HTML_DATE_CHARS]
            for t, f in zip(texts, page.flags)
            if f & HTML_BIT["hint_date"]
        ),
        *said(HTML_DATED),
        "-".join(url.groups()) if url else "",
        *(
            texts[i][:HTML_DATE_CHARS]
            for i in outward(at, len(texts))
            if page.kinds[i] != CODE
        ),
    ]
    by_day = day_first(
        lang,
        (texts[i] for i in range(at, len(texts)) if words_in(texts[i]) > ARTICLE_WORDS),
    )

    def read(texts: "list[str]") -> str:
        """The first date of texts (a colon glued on goes: "Datum:26. Mai 2020")."""
        found = (find_date(t.replace(":", " "), by_day) for t in texts)
        return next(filter(None, found), "")

    return zoned(read(dates), read(near))


def html_section(
    metas: "dict[str, Any]", ids: "dict[str, str]", titles: "list[str]"
) -> "list[str]":
    """The page's section, its JSON-LD trail's names (Meta.section), without
    the home page, nor its last when that is the page's own (one of titles)."""
    trail = [
        n for n in ld_names(homeless(metas.get("trail")), ids) if n.lower() != "home"
    ]
    # (its last name the headline, or one of the markup's titles whole)
    copy = bool(trail) and (trail[-1] in titles or headline_copy(trail[-1], titles))
    return trail[: len(trail) - copy]


def homeless(trail: "Any") -> "Any":
    """A JSON-LD trail's items without the first when it is the home page:
    its address the site's root, by whatever name (the site's), or its name
    a home's (HOME_WORDS: "Startseite"), at whatever address."""
    first = trail[0] if isinstance(trail, list) and trail else {}
    address = first.get("item") if isinstance(first, dict) else None
    name = first.get("name") if isinstance(first, dict) else None
    if isinstance(address, dict):  # {"@id": …, "name": …}
        name, address = name or address.get("name"), first_of(address, "@id url")
    if isinstance(name, str) and name.strip().lower() in HOME_WORDS:
        return trail[1:]
    if not isinstance(address, str) or not address.strip():
        return trail
    site, found, rest = address.strip().partition("://")
    path = rest.partition("/")[2] if found else site.lstrip("/")
    return trail if path.partition("?")[0].partition("#")[0] else trail[1:]


def zoned(declared: str, shown: str) -> str:
    """The date the page shows by its headline when its markup declares the
    day before or after: the markup's is often in another time zone (UTC),
    the page shows the publisher's own day."""
    if not shown or not declared or shown == declared:
        return declared
    from datetime import date

    apart = date.fromisoformat(shown) - date.fromisoformat(declared)
    return shown if abs(apart.days) <= ZONE_DAYS else declared


def read_address(value: str) -> str:
    """The address an attribute's value gives, read as a browser reads it
    there, sanitised."""
    return sanitise(unescaped(attribute(value) or "")).strip()


# What a browser takes out of a link's address: tabs and line breaks, and
# the character references that write them ("&#9;", "&#x0A;", "&Tab;").
URL_BLANKS = str.maketrans("", "", "\t\n")
URL_BLANK_REFERENCES = (
    r"&#0*(?:9|10|13)(?![0-9]);?|&#[xX]0*[9aAdD](?![0-9a-fA-F]);?|&(?:Tab|NewLine);"
)


def emoji(alt: str) -> str:
    """A picture's alternative text when it is an emoji's or a sign's, as
    sites draw them (<img class="emoji" alt="👍">), not words nor the "*"
    or "|" old pages draw bullets and bars with; else ""."""
    alt = sanitise(unescaped(alt)).strip() if len(alt) <= EMOJI_CHARS * 8 else ""
    shown = len(alt) <= EMOJI_CHARS and all(c > "\x7f" and not c.isalnum() for c in alt)
    return alt if shown else ""


def links_parted(raw: str) -> str:
    """raw with each marked link whose text runs across cells or paragraphs
    (HTML_CELL, HTML_PARA, HTML_GAP: "<a href=…><td>…") marked again in each of them:
    no cell or paragraph that a block is parted into holds half a link."""
    import re

    out, at = [], 0
    while True:
        start = raw.find("\ufdd0", at)
        end = raw.find("\ufdd2", start) if start >= 0 else -1
        if end < 0:
            break
        words, _, url = raw[start + 1 : end].partition("\ufdd1")
        out.append(raw[at:start])
        for i, part in enumerate(
            re.split(f"([{HTML_CELL}{HTML_PARA}{HTML_GAP}])", words)
        ):
            bare = part.strip() if i % 2 == 0 else ""  # (odd: a separator)
            out.append(
                part.replace(bare, f"\ufdd0{bare}\ufdd1{url}\ufdd2", 1)
                if bare
                else part
            )
        at = end + 1
    out.append(raw[at:])
    return "".join(out)


def attribute(value: "str | None") -> "str | None":
    """An attribute's value, its character references to be read as a
    browser reads them there: the BARE_AMPERSANDs written as "&amp;", for
    unescaped() to give back."""
    if value is None or "&" not in value:
        return value
    import re

    return re.sub(BARE_AMPERSAND, "&amp;", value)


def unescaped(text: str, keep: str = HTML_MARKERS) -> str:
    """text with its character references read ("&amp;" -> "&") and
    sanitised again, for what they spell ("&#x202e;", "&#x1b;[1m"), but for
    the characters of keep; html is imported for text that has one, not for
    every page (a millisecond)."""
    if "&" not in text:
        return text
    from html import unescape

    if "&#" in text:
        import re

        text = re.sub(
            LONG_REFERENCE, shortened, re.sub(CONTROL_REFERENCE, control, text)
        )
    return sanitise(unescape(text), keep)


def control(found: "Match[str]") -> str:
    """The C0 control character a CONTROL_REFERENCE found spells."""
    return chr(int(found[1], 16) if found[1] else int(found[2]))


def shortened(found: "Match[str]") -> str:
    """A LONG_REFERENCE without its leading zeros, or U+FFFD for one beyond
    Unicode."""
    return f"&#{found[1]};" if len(found[1]) < 8 else "\ufffd"


def shared(head: str, title: str) -> bool:
    """True when most of a heading's words are in a title, or all of its
    text (a script written without spaces)."""
    words, told = fold(head), fold(title)
    found = set(words.split()) & set(told.split())
    return len(found) * 2 > len(words.split()) or bool(words) and words in told


def glued(head: str, title: str) -> str:
    """The title a heading opens or ends with, when the rest is a kicker or a
    subtitle set in the heading with it ("Kicker Headline", "Headline
    Subtitle": GLUED_REST words or more, no stop between, but a kicker's
    KICKER_ENDS, and a capital after), else the heading."""
    words, told = fold(head).split(), fold(title).split()
    raw = head.translate(FOLD_BREAKS).split()  # as fold() parts its words
    n = len(told)
    if n < GLUED_WORDS or len(words) < n + GLUED_REST or len(raw) <= n:
        return head
    ends = ""  # a subtitle follows the headline with no stop
    if words[:n] == told:
        left, right = raw[n - 1], raw[n]
    elif words[-n:] == told:
        left, right = raw[-n - 1], raw[-n]
        ends = KICKER_ENDS
    else:
        return head
    parted = left[-1].isalnum() or left[-1] in ends
    return title if parted and right[0].isupper() else head


def unsigned(name: str) -> str:
    """An author's name as a page's metadata gives it, without a byline's
    word ("By Jo Smith", "Von Jo Smith", "Par Jo Smith": "Jo Smith"); but
    one that may open a name (NAME_JOINS: "Von der Leyen", "Di Stefano")
    goes only before two names or more, each with a capital."""
    first, *rest = name.split(None, 1) or [""]
    word = first.lower().rstrip(":")
    names = rest[0].split() if rest else []
    named = len(names) > 1 and all(n[:1].isupper() for n in names)  # Jo Smith
    if names and word in BYLINE_WORDS and (named or word not in NAME_JOINS):
        return rest[0]
    return name


def first_of(values: "dict[str, Any]", keys: str) -> "Any":
    """The value of the first of keys (a space between two) that values
    holds and that is not empty, else None."""
    return next(filter(None, map(values.get, keys.split())), None)


def all_of(names: "list[str]") -> str:
    """Names once each, in their order, parted by commas, or by semicolons
    when one holds a comma ("Doe, Jo; Day, Al")."""
    names = list(dict.fromkeys(names))
    return ("; " if any("," in n for n in names) else ", ").join(names)


def ld_names(value: "Any", ids: "dict[str, str] | None" = None) -> "list[str]":
    """The names in a <meta>'s content or a JSON-LD value: a string, or the
    name of a person, organisation or trail item, or a list of them, in
    their order (depth first: ["A", {"name": "B"}] is A, B); an object
    given by its @id alone has the name ids gives that @id."""
    todo, found = [value], []
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo += item[:HTML_LD_MAX][::-1]  # (popped from the end: in order)
        elif isinstance(item, dict):
            named = first_of(item, "name item @value")
            if named is None and ids and isinstance(item.get("@id"), str):
                named = ids.get(item["@id"])  # {"@id": …}: a reference
            todo.append(named)
        elif isinstance(item, str) and item.strip() and not item.startswith(HTML_URLS):
            # JSON's escapes may spell what sanitise() took from the page
            text = unescaped(item)
            if "<" in text:
                import re

                text = re.sub(HTML_LD_TAG, "", text)
            name = one_line(sanitise(text))
            if name:
                found.append(name)
    return found


def page_of(text: str) -> "Page":
    """The blocks of a saved page, HTML or text; the first line of text saved
    a block a line is its window title, unless it is a paragraph (a
    sentence of more than HEAD_WORDS words, or several) or longer than a
    title (TITLE_LENGTH), and lynx's feed links give a title too."""
    if looks_like_html(text):
        return html_page(text)
    text, fields = front_matter(text)
    text, titles = without_feeds(text)
    page = text_page(text, bool(fields))
    # a block a line opens with the window title (a scraper's, html-text's),
    # but a browser's dump (lynx, w3m on a wide screen) shows none, unless
    # lynx's feed links name it
    page.titled = page.style == "lines" and (
        bool(titles) or not browsed(text[:SNIFF_BYTES])
    )
    if fields:  # what a static site's Markdown says of itself
        titles = titles or ([fields["title"]] if fields.get("title") else [])
        page.meta.byline = fields.get("author", "")
        page.meta.date = find_date(fields.get("date", "")[:DATE_LENGTH]) or ""
    top = page.texts[0] if page.texts else ""
    if titles:
        page.meta.titles = titles
    elif page.titled and 0 < len(top) <= TITLE_LENGTH and not paragraph(top):
        page.meta.titles = [without_site(top)]
    return page


def front_matter(text: str) -> "tuple[str, dict[str, str]]":
    """text with the front matter that a static site's Markdown opens with
    (YAML between "---" lines, TOML between "+++" lines) as blank lines,
    and its fields of one line (keys lowercase, values unquoted); else text
    and {}. Lines that are not fields make it none: a rule over prose."""
    fence = text[:4]
    end = text.find(f"\n{fence}", 3, FRONT_MATTER_MAX) if fence in FRONT_FENCES else -1
    if end < 0:
        return text, {}
    fields = {}
    for line in text[4:end].split("\n"):
        key, found, value = line.partition(":" if fence == "---\n" else "=")
        if line[:1] in ("", " ", "\t", "-", "#", "["):
            continue  # blank, a list's or a mapping's line, a comment, a table
        if not found or not key.strip().replace("_", "").replace("-", "").isalnum():
            return text, {}
        value = one_line(value).strip("'\"")  # (a tab: a space)
        fields[key.strip().lower()] = "" if value in YAML_BLOCKS else value
    return "\n" * text.count("\n", 0, end + 5) + text[end + 5 :], fields


def without_feeds(text: str) -> "tuple[str, list[str]]":
    """Text less the paragraph in which lynx lists the titles of a page's
    links to its feeds ("#Site » Feed Site » Comments Feed Site » Title
    Comments Feed"), and the article's title that holds: the text before
    the longest of the site's feed names in the last feed's. Its lines are
    kept as blank lines, but for an unwrapped dump's one: the title, where
    a page's window title stands. Else text and []."""
    start = text[:SNIFF_BYTES]  # not a copy of all the text, on every run
    lead = len(start) - len(start.lstrip())
    if text[lead : lead + 1] != "#":
        return text, []
    links, _, rest = text[lead:].partition("\n\n")
    site, _, names = one_line(without_markers(links)[0]).partition(" » ")
    *feeds, last = names.split(f"{site[1:]} » ")
    found = sorted((len(n), last.find(f" {n}")) for n in map(str.strip, feeds))
    ends = [at for n, at in found if n and at > 0]  # the longest name's at the end
    if len(feeds) < FEEDS or not ends:
        return text, []
    title = last[: ends[-1]]
    lines = links.count("\n")  # unwrapped (-width=1000), the title is the first
    return text[:lead] + ("" if lines else title) + "\n" * (lines + 2) + rest, [title]


# -- Features ----------------------------------------------------------------
#
# What the model sees of a block, in two steps. LOCAL features measure the
# block alone, and a first fitted score (its log-odds of being the
# article's) comes from them. CONTEXT features then look at those scores in
# the blocks around it and at its place on the page, for the scores the
# sequence decision weighs. Every feature is a number of about unit range
# (one that is 1 or 0 may be a bool: weights multiply True as 1.0); the
# names are those of the fitted models' sections.

LOCAL = """
bias      1 for every block
chars     log2(1 + characters) / 10, a wide (CJK) character counting two,
          of the FEATURE_SAMPLE measured (a flood of menu lines joined into
          one block is no more an article for its length)
stop      share of the words that are function words (STOPWORDS)
lower     share of the words that begin with a lowercase letter: prose in
          any cased script, where menus and headlines capitalise
capital   share of the words that begin with a capital
sentence  1 when the block ends as a sentence does
stops     sentence ends (. ! ? 。) per word, at most 1
commas    commas per word, at most 1
digits    share of the characters that are digits
wide      share of the characters that are wide: CJK, kana, Hangul
symbols   share of the characters that are symbols or separators (| / » •)
wordlen   mean characters a word / 10, at most 1
menu      1 for a short block with page-furniture words (FURNITURE)
small     1 for small print: copyright, cookies, picture credits
date      1 for a block that is only a date or a time
byline    1 for a byline ("By Jane Doe")
end       1 for a heading that ends articles ("Most Popular", "Comments")
few       1 for four to seven words
some      1 for eight to fifteen words
listed    1 for a short line with a number: an ingredient, a table's row
shout     1 when its letters are all capitals
quoted    1 when it opens with a quotation mark
address   1 when it holds a web or mail address
vocab     the LEXICON weights of its words, summed / sqrt(their number) / 4
worst     the highest LEXICON weight of its words / 4 (page furniture's)
best      the lowest LEXICON weight of its words / 4 (prose's)
item      1 for a list item
heading   1 for a heading (Markdown #, HTML h1-h6, lynx flush left)
link      share of the block's characters in links
lines     1 for text saved a block a line (a page's text, select-all-copy)
wrapped   1 for hard-wrapped text (lynx, w3m)
marked    1 for Markdown, or lynx's link numbers
"""

# HTML_LOCAL, the features HTML gives a block more, is with HTML's blocks.

CONTEXT = """
bias      1 for every block
own       the block's local score, within SCORE_CLIP
before    the local score of the block before (-SCORE_CLIP at the start)
after     the local score of the block after (-SCORE_CLIP at the end)
before2   the local score two blocks before
after2    the local score two blocks after
around    mean local score of the blocks within NEAR_BLOCKS of it
best      the highest local score within NEAR_BLOCKS of it
place     where the block stands on the page, 0 at the top to 1
ended     1 once a heading that ends articles has passed, after
          ENDED_PROSE of the page's prose
closed    1 once readers' comments have begun (their heading after prose)
cohesion  share of its content words that the page's surest prose uses
prior     share of the page's prose that came before it
behind    blocks back to the nearest sure prose / NEAR_FAR, at most 1
ahead     blocks on to the nearest sure prose / NEAR_FAR, at most 1
last      the local score of the nearest long block before it
next      the local score of the nearest long block after it
shorts    log2 of the run of short blocks it stands in / 8, 0 when long
items     log2 of the run of list items it stands in / 8, 0 when none
dates     dates and bylines within 2 NEAR_BLOCKS of it / NEAR_BLOCKS
held      1 inside the innermost HTML element holding more than half of the
          page's prose (where its article is), 0 for text
"""

HEADLINE = """
bias      1 for every candidate
window    1 for the page's own title: the first line of text saved a block
          a line, the title of lynx's feed links (without_feeds), or the
          title an HTML page gives in its markup
first     1 for the article's first block
near      1 for one or two blocks before it
close     1 for three to five blocks before it
far       1 for six blocks or more before it
inside    1 for a block inside the article, past its first
heading   1 for a heading (Markdown #, HTML h1-h6, lynx flush left)
tiny      1 for one or two words
terse     1 for three to five words
long      1 for thirteen to twenty-five words
endless   1 for more than twenty-five words
capital   share of its words that begin with a capital
period    1 when it ends on a full stop
similar   share of words in common with the page's title, of the longer
same      1 when its words are the page's title
dated     1 for a date or a byline
twice     1 when the page shows it more than once
own       its local score / SCORE_CLIP
meta      dates and bylines between it and the article / 3
topic     share of its content words that the article's first blocks use,
          of TOPIC_WORDS at least (one common word says little); words
          are compared by their stems()
rank      1 / (1 + its place among the page's own titles), 0 for a block
agree     the share of the page's own titles that say the same
item      1 for a list item: a menu's, not a headline
letters   share of its characters that are letters (not rules, not symbols)
commas    commas per word, at most 1 (a list of tags)
overlap   content words it shares with the article's first blocks / 4, at
          most 1: one shared word says less than several (by stems())
deep      1 for a block more than two past the article's first: a
          subheading, unless the article was taken to start too early
crumb     1 when it holds a breadcrumb's separator ("News » World")
within    1 when its words, TOPIC_WORDS or more, are part of another
          candidate's: the headline repeated in a breadcrumb or a teaser
under     1 for a date or byline in the BYLINE_REACH blocks under it
lead      the local score of the next block but dates and bylines /
          SCORE_CLIP: a standfirst or the article under it
prev      the local score of the block before / SCORE_CLIP (-1 for none)
stated    1 when it states a date among other words
picture   1 when it or the block under it has PICTURE_WORDS: a caption
agreed    1 for the <h1> whose words run inside the page's og:title or the
          like: the publisher's title and heading agree
"""


def log2(x: float) -> float:
    """The base-2 logarithm of x >= 1, to within 0.09: its whole bits, and a
    straight line between (math would cost the start-up an import)."""
    whole = int(x).bit_length() - 1
    return whole + x / (1 << whole) - 1 if whole >= 0 else 0.0


def names(table: str) -> "list[str]":
    """The feature names of a table: the first word of each line that does
    not carry on the one before, or every word of a table of bare names."""
    if "  " not in table:
        return table.split()
    return [line.split()[0] for line in table.strip().split("\n") if line[:1] != " "]


LOCAL_AT = {name: i for i, name in enumerate(names(LOCAL))}
# Marks of a block that later features look at.
DATED_MARK, END_MARK, HEADING_MARK = 1, 2, 4


def shape(text: str) -> "tuple[float, ...]":
    """The LOCAL features of a block's text alone (chars to best)."""
    sample = text[:FEATURE_SAMPLE]
    size = len(sample)
    lower = sample.lower()
    words = lower.split()
    n = len(words) or 1  # (where 0 and 1 word differ in no feature below)
    wide = 0
    if not sample.isascii() and max(sample) >= WIDE_FEATURE:
        wide = sum(c >= WIDE_FEATURE for c in sample)
    count = n + wide // 2  # (no words: no wide characters)
    letters = [w[0] for w in sample.split() if w[0].isalpha()]
    capital = sum(map(str.isupper, letters))
    digits = sum(map(sample.count, "0123456789"))
    symbols = size - len(sample.translate(SYMBOLS))
    bare = [w.strip(PUNCTUATION) for w in words]
    # short as a menu: in words, or two CJK characters a word (a paragraph
    # of Chinese has no spaces; Korean has, between words of a few)
    menu = max(n, wide // 2) <= MENU_WORDS
    return (
        log2(1 + size + wide) / 10,
        sum(map(STOPWORDS.__contains__, bare)) / n,
        (len(letters) - capital) / n,
        capital / n,
        ends_sentence(text),
        min(1.0, sum(map(lower.count, SENTENCE_MARKS)) / count),
        min(1.0, sum(map(lower.count, ",，、")) / count),
        digits / size,
        wide / size,
        symbols / size,
        min(1.0, (size - wide) / n / 10),
        menu and has_phrase(lower, FURNITURE),
        has_phrase(lower, SMALL_PRINT),
        timestamp(lower),
        byline_name(sample) is not None,
        # a heading that opens what follows an article ("Most Popular",
        # "Comments", a blog's "10 thoughts on …")
        menu
        and (commented(lower) or lower.strip(" :.-–—|»›>").startswith(END_MARKERS)),
        4 <= n <= 7,
        8 <= n <= 15,
        menu and n >= 2 and digits > 0,
        sample.isupper(),
        sample[:1] in QUOTES,
        "http" in lower or "www." in lower or "@" in lower,
        *vocabulary_weights(bare),
    )


def vocabulary_weights(words: "Sequence[str]") -> "tuple[float, float, float]":
    """The vocab, worst and best features of a block's words (lowercase,
    stripped of punctuation)."""
    found = sorted(VOCABULARY[w] for w in VOCABULARY.keys() & words)  # summed
    if not found:  # in one order whatever the hash seed: the same figures
        return 0.0, 0.0, 0.0
    return sum(found) / len(found) ** 0.5 / 4, max(found) / 4, min(found) / 4


def local_rows(page: "Page") -> "Iterator[list[float]]":
    """The LOCAL (and for HTML, HTML_LOCAL) features of every block."""
    seen: dict[str, tuple[float, ...]] = {}  # each distinct text measured once
    bits = {}  # HTML_LOCAL of each distinct flags
    styles = [
        page.style == "lines",
        page.style == "wrapped",
        page.style == "markdown" or page.refs,
    ]
    for text, kind, flags, link in zip(page.texts, page.kinds, page.flags, page.links):
        measured = seen.get(text)
        if measured is None:
            measured = shape(text)
            if len(seen) < REPEATS_KEPT:
                seen[text] = measured
        row = [
            1.0,
            *measured,
            kind not in UNLISTED,
            kind == "#" or flags & FLUSH > 0,
            link / 100,
            *styles,
        ]
        if page.style == "html":
            if flags not in bits:
                bits[flags] = [float(flags >> bit & 1) for bit in range(1, HTML_BITS)]
            row += bits[flags]
        yield row


def context_rows(
    page: "Page", local: "Sequence[float]", marks: "Sequence[int]"
) -> "Iterator[list[float]]":
    """The CONTEXT features of every block, from the local scores and marks."""
    clipped = list(map(clip, local))
    padded = [-SCORE_CLIP] * NEAR_BLOCKS + clipped + [-SCORE_CLIP] * NEAR_BLOCKS
    window = sum(padded[: 2 * NEAR_BLOCKS + 1])
    words: dict[str, list[str]] = {}  # each distinct text's content words
    # The words of the page's surest prose: what its article is about.
    core = {
        word
        for text, score in zip(page.texts, clipped)
        if score >= CORE_SCORE
        for word in content_words(text, words)
    }
    prose = [max(0.0, s) for s in clipped]
    total = sum(prose) or 1.0
    ahead = distances(clipped[::-1])[::-1]
    behind = distances(clipped)
    long = [len(t.split(None, LONG_WORDS)) > LONG_WORDS for t in page.texts]
    last_long = nearest(clipped, long)
    next_long = nearest(clipped[::-1], long[::-1])[::-1]
    shorts = runs([not x for x in long])
    items = runs([k not in UNLISTED for k in page.kinds])  # list items
    dated = bytes(2 * NEAR_BLOCKS) + bytes(m & DATED_MARK > 0 for m in marks)
    held = holding(page, prose)
    ended = closed = seen = 0.0
    for i, text in enumerate(page.texts):
        j = i + NEAR_BLOCKS  # where block i is in padded
        if i:
            window += padded[j + NEAR_BLOCKS] - padded[j - NEAR_BLOCKS - 1]
        yield [
            1.0,
            clipped[i],
            padded[j - 1],
            padded[j + 1],
            padded[j - 2],
            padded[j + 2],
            (window - clipped[i]) / (2 * NEAR_BLOCKS),
            max(padded[j - NEAR_BLOCKS : j] + padded[j + 1 : j + NEAR_BLOCKS + 1]),
            i / max(1, len(local) - 1),
            ended,
            closed,
            cohesion(text, core, words),
            seen / total,
            behind[i],
            ahead[i],
            last_long[i],
            next_long[i],
            shorts[i],
            items[i],
            sum(dated[i : i + 4 * NEAR_BLOCKS + 1]) / NEAR_BLOCKS,
            held[i],
        ]
        seen += prose[i]
        if marks[i] & END_MARK and seen >= ENDED_PROSE * total:
            ended = 1.0
            closed = closed or commented(text.lower())


def holding(page: "Page", prose: "Sequence[float]") -> "list[float]":
    """For each block of an HTML page, 1.0 when it is inside the innermost
    element that holds more than half of the page's prose (the elements
    that do make a chain from the root), else 0.0; all 0.0 for text."""
    boxes = page.boxes
    if not boxes:
        return [0.0] * len(prose)
    held = [0.0] * len(boxes)
    for box, weight in zip(page.holders, prose):
        held[box] += weight
    for box in range(len(boxes) - 1, 0, -1):  # each element after its parent
        held[boxes[box][0]] += held[box]
    half = held[0] / 2
    box = max(b for b, weight in enumerate(held) if weight > half or not b)
    last = boxes[box][1]
    return [box <= b <= last for b in page.holders]


def clip(score: float) -> float:
    """A score within SCORE_CLIP of 0."""
    return max(-SCORE_CLIP, min(SCORE_CLIP, score))


def content_words(text: str, words: "dict[str, list[str]]") -> "list[str]":
    """The words of text long enough to say what it is about (remembered in
    words, for as many texts as REPEATS_KEPT)."""
    found = words.get(text)
    if found is None:
        bare = (w.strip(PUNCTUATION) for w in text[:FEATURE_SAMPLE].lower().split())
        found = [w for w in bare if len(w) >= CONTENT_WORD]
        if len(words) < REPEATS_KEPT:
            words[text] = found
    return found


def cohesion(text: str, core: "set[str]", words: "dict[str, list[str]]") -> float:
    """The share of a block's content words that the page's prose uses too."""
    found = content_words(text, words)
    return sum(map(core.__contains__, found)) / len(found) if found else 0.0


def nearest(score: "Sequence[float]", long: "Sequence[bool]") -> "list[float]":
    """The score of the nearest long block before each block."""
    out, last = [], -SCORE_CLIP
    for s, is_long in zip(score, long):
        out.append(last)
        if is_long:
            last = s
    return out


def runs(marked: "Sequence[bool]") -> "list[float]":
    """For each block, log2 of the run of marked blocks it stands in / 8."""
    out = [0.0] * len(marked)
    start = 0
    for i, on in enumerate([*marked, False]):
        if not on:
            out[start:i] = [log2(i - start) / 8] * (i - start)
            start = i + 1
    return out


def distances(score: "Sequence[float]") -> "list[float]":
    """How far back each block's nearest sure prose is, in NEAR_FAR units."""
    out, last = [], -NEAR_FAR
    for i, s in enumerate(score):
        out.append(min(1.0, (i - last) / NEAR_FAR))
        if s >= CORE_SCORE:
            last = i
    return out


def headline_rows(
    page: "Page",
    local: "Sequence[float]",
    marks: "Sequence[int]",
    kept: "Sequence[bool]",
) -> "Iterator[tuple[int, str, list[float]]]":
    """The candidates for the headline, with their HEADLINE features: the
    page's own titles (the first line of text saved a block a line, lynx's
    feed links', HTML's title tags), and the blocks from HEADLINE_BEFORE
    before the article's first block to HEADLINE_AFTER after it, but for
    paragraphs (long or the article's) that end as sentences do, lines cut
    short ("...") and lines wholly in brackets: (block, -1 for a title tag;
    text; row)."""
    texts = page.texts
    first = kept.index(True) if True in kept else len(kept)
    body = [t for t, k in zip(texts, kept) if k][:TOPIC_BLOCKS]
    cache: dict[str, list[str]] = {}  # each text's content words, found once
    topic = {stem for t in body for stem in stems(t, cache)}
    declared = page.meta.titles[:TITLE_CANDIDATES]
    titles = [fold(t) for t in declared]
    title = titles[0].split() if titles else []
    window = page.titled  # its first block is the window title
    low = max(int(window), first - HEADLINE_BEFORE)
    near = texts[low : first + HEADLINE_AFTER]
    lines = [f" {fold(t)} " for t in near if len(t) <= TITLE_LENGTH]
    own = [(0 if window else -1, t) for t in declared]
    for rank, (at, text) in enumerate(own + list(enumerate(near, low))):
        end = text.rstrip(CLOSERS)
        block = at >= 0  # not a title tag
        if (
            len(text) > TITLE_LENGTH
            or end.endswith(CUT_SHORT)
            or (block and (kept[at] or paragraph(text)) and ends_sentence(text))
            or bracketed(text)
            or block
            and page.markdown.get(at, "").count(HTML_CELL) > 1
        ):
            continue  # too long, a teaser cut short, a paragraph, a picture, a row
        mine = rank < len(own)
        words = text.split()
        count = len(words)
        folded = fold(text)
        bare = folded.split()
        gap = HEADLINE_REACH if mine else first - at
        mark = marks[at] if block else 0
        found = stems(text, cache)
        on_topic = sum(map(topic.__contains__, found))
        yield (
            at,
            text,
            [
                1.0,
                mine,
                gap == 0,
                1 <= gap <= 2,
                3 <= gap <= 5,
                gap >= 6,
                gap < 0,
                mark & HEADING_MARK > 0,
                count <= 2,
                3 <= count <= 5,
                13 <= count <= 25,
                count > 25,
                sum(w[:1].isupper() for w in words) / max(1, count),
                end[-1:] == ".",
                0.0
                if mine
                else len(set(bare) & set(title)) / max(len(bare), len(title), 1),
                not mine and bare == title,
                mark & DATED_MARK > 0,
                not mine and texts.count(text) > 1,
                0.0 if mine else clip(local[at]) / SCORE_CLIP,
                0.0
                if mine
                else sum(m & DATED_MARK > 0 for m in marks[at + 1 : first]) / 3,
                on_topic / max(len(found), TOPIC_WORDS),
                1 / (1 + rank) if mine else 0.0,
                titles.count(folded) / len(titles) if titles else 0.0,
                block and page.kinds[at] not in UNLISTED,
                sum(map(str.isalpha, text)) / max(1, len(text) - count + 1),
                min(1.0, text.count(",") / max(1, count)),
                min(1.0, on_topic / 4),
                gap < -2,
                *(placed(page, at, local, marks, lines) if block else UNPLACED),
                block and at == page.meta.agreed,
            ],
        )


def stems(text: str, words: "dict[str, list[str]]") -> "list[str]":
    """The stems of text's content words (words: as content_words() keeps
    them): their first TOPIC_STEM letters, a hyphenated word's parts
    apart."""
    return [
        part[:TOPIC_STEM]
        for word in content_words(text, words)
        for part in word.split("-")
        if len(part) >= CONTENT_WORD
    ]


# The placed() features of a page's own title, which stands nowhere.
UNPLACED = (0.0,) * 7


def placed(
    page: "Page",
    at: int,
    local: "Sequence[float]",
    marks: "Sequence[int]",
    lines: "Sequence[str]",
) -> "tuple[float, ...]":
    """The HEADLINE features of block at from crumb on: its separators and
    what stands around it (lines: the candidates' folded texts, spaced)."""
    texts = page.texts
    text = texts[at]
    folded = f" {fold(text)} "
    under = range(at + 1, min(len(texts), at + 1 + BYLINE_REACH))
    lead = next((i for i in under if not marks[i] & DATED_MARK), None)
    seen = " ".join(t[:TITLE_LENGTH] for t in texts[at : at + 2]).lower()
    return (
        any(sep in text for sep in CRUMB_SEPARATORS),
        len(folded.split()) >= TOPIC_WORDS
        and any(folded in x and x != folded for x in lines),
        any(marks[i] & DATED_MARK for i in under),
        0.0 if lead is None else clip(local[lead]) / SCORE_CLIP,
        clip(local[at - 1]) / SCORE_CLIP if at else -1.0,
        find_date(text[:DATE_LENGTH]) is not None,
        any(word in seen for word in PICTURE_WORDS),
    )


# -- Scores ------------------------------------------------------------------


def model(table: str) -> "dict[str, dict[str, float]]":
    """A fitted model: its sections ("local:", "in:"...), each of "name
    weight" pairs."""
    parts: dict[str, dict[str, float]] = {}
    section = {}
    words = iter(table.split())
    for word in words:
        if word.endswith(":"):
            section = parts.setdefault(word[:-1], {})
        else:
            section[word] = float(next(words))  # the name, then its weight
    return parts


def weights(fitted: "dict[str, float]", features: "Sequence[str]") -> "list[float]":
    """The weights of a model's section in the order of features (0 for
    those it leaves out)."""
    return [fitted.get(name, 0.0) for name in features]


def dot(row: "Sequence[float]", weight: "Sequence[float]") -> float:
    """The score of one row of features: its weighted sum."""
    total: float = sum(map(mul, row, weight))  # (mul is typed to return Any)
    return total


def block_marks(row: "Sequence[float]") -> int:
    """The marks (DATED_MARK, END_MARK, HEADING_MARK) of a LOCAL row."""
    return (
        DATED_MARK * bool(row[LOCAL_AT["date"]] or row[LOCAL_AT["byline"]])
        | END_MARK * bool(row[LOCAL_AT["end"]])
        | HEADING_MARK * bool(row[LOCAL_AT["heading"]])
    )


# The sections of a fitted model whose weights score every block's CONTEXT.
SCORED = tuple(word_list("in after keep start end"))


class Scores:
    """What the model says of every block: the log-odds of its standing in
    the article's stretch of the page (inside) and after it (after),
    against before it; of the article beginning (start) and ending (end)
    at it; and of its being the article's where it stands (keep). With
    them, the decoder's settings (decode) and the weights its headline's
    candidates are ranked by (headline), from the same fitted model."""

    __slots__ = word_list("after decode end headline inside keep local marks start")
    local: "Sequence[float]"  # (doubles(), or a test's or tools/fit.py's lists)
    inside: "Sequence[float]"
    after: "Sequence[float]"
    keep: "Sequence[float]"
    start: "Sequence[float]"
    end: "Sequence[float]"

    def __init__(self, page: "Page") -> None:
        html = page.style == "html"
        fitted = model(HTML_MODEL if html else TEXT_MODEL)
        self.decode = fitted["decode"]
        self.headline = weights(fitted["headline"], names(HEADLINE))
        weight = weights(
            fitted["local"], names(LOCAL) + (names(HTML_LOCAL) if html else [])
        )
        n = len(page.texts)
        self.local = local = doubles(n)
        self.marks = bytearray(n)  # DATED_MARK...
        for i, row in enumerate(local_rows(page)):
            local[i] = dot(row, weight)
            self.marks[i] = block_marks(row)
        tables = [weights(fitted[k], names(CONTEXT)) for k in SCORED]
        columns = [doubles(n) for _ in SCORED]
        for i, row in enumerate(context_rows(page, self.local, self.marks)):
            for column, weight in zip(columns, tables):
                column[i] = dot(row, weight)
        self.inside, self.after, self.keep, self.start, self.end = columns


def doubles(n: int) -> "MutableSequence[float]":
    """n zeros, 8 bytes each (32 as a list's floats), to be set by index: a
    bytearray's memory seen as doubles (the array module would cost every
    start 4 ms: it imports collections)."""
    view = memoryview(bytearray(8 * n)).cast("d")
    return view  # type: ignore[return-value]  # (typeshed: its items ints)


# -- Sequence ----------------------------------------------------------------


def sequence(scores: "Scores", page: "Page") -> "list[bool]":
    """Which blocks are the article.

    The article is one stretch of the page. A Viterbi pass over three
    states, before the article, in it and after it, finds the stretch that
    the blocks' inside scores (plus the model's "shift") and after scores,
    and the start and end scores of its ends (times its "boundary"), favour
    most; it begins after the page's own title where the text shows that
    again (the article's headline: what comes before it is the page's).
    The paragraphs right before and after it whose keep score passes join it.
    In it, the blocks whose keep score passes the model's "keep" are the
    article, the items of a list going by their mean (less LIST_MARGIN
    between two of its paragraphs, and all of it when the paragraph before
    leads it in with a colon), and so a table's rows in text between two of
    its blocks (text_rows()); if none does, those within
    FALLBACK_MARGIN of the best (of the page, if the stretch has no block
    of more than ARTICLE_WORDS words), unless no block of the page has
    that many (menus, buttons, no sentence: no article). An
    HTML heading over nothing kept goes (headed). The three settings are
    chosen with the weights, by cross-validation on tune.
    """
    n = len(scores.inside)
    region = stretch(scores, page)
    kept = [False] * n
    keep, least = scores.keep, scores.decode["keep"]

    def joins(i: int) -> bool:
        """True for the article's paragraph just before or after its stretch."""
        return keep[i] > least and paragraph(page.texts[i])

    if region:  # one stretch, found from its end: with the paragraphs by it
        top, bottom = region[-1], region[0] + 1
        while top and joins(top - 1):
            top -= 1
        while bottom < n and joins(bottom):
            bottom += 1
        region = list(range(top, bottom))
    together = []  # runs kept or dropped together, and whether each is a list
    for run in runs_of(region, page.kinds):  # a list is kept whole, or not
        mean = sum(keep[i] for i in run) / len(run)
        for i in run:
            kept[i] = mean > least
        if len(run) > 1:
            together.append((run, True))
    together += ((run, False) for run in text_rows(region, page))  # a table's rows
    for run, is_list in together:  # between paragraphs of the article: its
        if run[0] and run[-1] + 1 < n and kept[run[0] - 1] and kept[run[-1] + 1]:
            led = is_list and page.texts[run[0] - 1].endswith(":")  # "…were closed:"
            mean = sum(keep[i] for i in run) / len(run)
            for i in run:
                kept[i] = led or mean > least - LIST_MARGIN
    if page.style == "html":
        kept = headed(kept, region, page.kinds)
    if (
        region
        and True not in kept
        and any(words_in(text) > ARTICLE_WORDS for text in page.texts)
    ):  # none passes: those closest to passing, if the page has sentences
        if not any(words_in(page.texts[i]) > ARTICLE_WORDS for i in region):
            region = list(range(n))  # and the stretch has none: not the article
        least = max(keep[i] for i in region) - FALLBACK_MARGIN
        for i in region:
            kept[i] = keep[i] >= least
    return kept


def stretch(scores: "Scores", page: "Page") -> "list[int]":
    """The blocks of the stretch that sequence()'s Viterbi pass over three
    states (before the article, in it, after it) favours, from its last to
    its first; none when it found none."""
    inside, after, start, end = scores.inside, scores.after, scores.start, scores.end
    shift, boundary = scores.decode["shift"], scores.decode["boundary"]
    n = len(inside)
    best_in = best_after = -INFINITY  # best totals ending in each state (before: 0)
    trail = bytearray(n)  # bit 0: "in" came from "in"; bit 1: "after" from "in"
    anchor = anchored(page, scores.local)
    for i in range(n):
        enter = boundary * start[i] if i >= anchor else -INFINITY
        leave = best_in + boundary * end[i - 1] if i else -INFINITY
        trail[i] = (best_in >= enter) | (leave > best_after) << 1
        best_in, best_after = (
            max(best_in, enter) + inside[i] + shift,
            max(best_after, leave) + after[i],
        )
    state = 1 if best_in >= best_after else 2
    region = []
    for i in reversed(range(n)):
        if state == 1:
            region.append(i)
            state = trail[i] & 1
        elif state == 2:
            state = 1 if trail[i] & 2 else 2
        else:
            break
    return region


def text_rows(region: "list[int]", page: "Page") -> "Iterator[list[int]]":
    """The runs of ROW_RUN or more blocks in region (a stretch of the page)
    that read as a table's rows in text, a block on each side: short lines
    with a digit ("2 Bo Racer 5035 7"), no sentence, list item or heading.
    None in HTML, whose table's rows are marked ("|"): its short lines with
    a digit are pictures' credits ("©5 Studio") and captions."""
    if page.style == "html":
        return
    run: list[int] = []
    for i in [*region, -1]:
        text = page.texts[i]
        if (
            0 < i < len(page.texts) - 1
            and not page.kinds[i]
            and words_in(text) <= MENU_WORDS
            and not paragraph(text)
            and any(c.isdigit() for c in text)
        ):
            run.append(i)
            continue
        if len(run) >= ROW_RUN:
            yield run
        run = []


def anchored(page: "Page", local: "Sequence[float]") -> int:
    """The block after the first copy of a text page's window title (or the
    title of lynx's feed links) in its text, or after a Markdown page's only
    level-1 heading ("# "), when sure prose follows it; else 0 (and for
    HTML, whose article its markup shows)."""
    if page.style == "markdown" and page.meta.agreed >= 0:
        at = page.meta.agreed + 1
        return at if max(local[at:], default=0.0) >= CORE_SCORE else 0
    if page.style == "html" or not page.meta.titles:
        return 0
    title = fold(page.meta.titles[0])
    window = int(page.titled)  # the first block is the title
    for i, text in enumerate(page.texts[window:], window):
        if len(text) < TITLE_LENGTH and fold(text) == title:
            return i + 1 if max(local[i:]) >= CORE_SCORE else 0
    return 0


def headed(kept: "list[bool]", region: "list[int]", kinds: "list[str]") -> "list[bool]":
    """kept without the headings in region over nothing kept up to the next
    heading ("More on this" over teasers dropped), but for one right over a
    heading kept (a section's over its first subsection's) and the last
    (where the article ends, the sequence decided)."""
    kept = kept[:]
    follows = True  # a block kept between this heading and the next
    for i in reversed(region):
        if kinds[i] == "#":
            under = i + 1 < len(kept) and kinds[i + 1] == "#" and kept[i + 1]
            kept[i] = kept[i] and (follows or under)
            follows = False
        else:
            follows = follows or kept[i]
    return kept


# -- Structure ---------------------------------------------------------------


def extract(text: str, keep_all: bool = False) -> "Article":
    """The whole pipeline from clean text: blocks, scores, sequence, structure.
    Text that is the article alone already (extracted) is kept whole, its
    headline found before where the sequence has the article begin."""
    page = page_of(text)
    if keep_all or not page.texts:
        return structure(page, None, [keep_all] * len(page.texts))
    scores = Scores(page)
    kept = sequence(scores, page)
    if extracted(page, scores):  # all of it; its headline before the stretch
        start = kept.index(True) if True in kept else 0
        found = [i >= start for i in range(len(kept))]
        return structure(page, scores, [True] * len(kept), found)
    return structure(page, scores, kept)


def extracted(page: "Page", scores: "Scores") -> bool:
    """True for a page that is the article alone already (an extractor's
    output, a fragment of HTML): all its blocks pass the model's "keep" but
    a window title (a text's first line) and dates and bylines (metadata),
    or for text, its opening block and CLEAN_SHARE of them (an HTML page
    shows its chrome in its markup: all or nothing)."""
    least = scores.decode["keep"]
    passing = [k > least for k in scores.keep]
    head = int(page.titled and len(passing) > 1)  # a window title's first
    body = [
        p for p, m in zip(passing[head:], scores.marks[head:]) if not m & DATED_MARK
    ]
    if all(passing) or body and all(body):
        return True
    if page.style == "html":
        return False
    counted = len(passing) - (head and not passing[0])  # (a title need not pass)
    return passing[head] and sum(passing) >= CLEAN_SHARE * counted


def structure(
    page: "Page",
    scores: "Scores | None",
    kept: "list[bool]",
    found: "list[bool] | None" = None,
) -> "Article":
    """The article: headline, standfirst, metadata and body, from the blocks
    kept (scores None: every block kept, --keep-all), its headline found
    around those of found (by default, the same)."""
    n, texts, meta = len(kept), page.texts, page.meta
    if scores is not None:  # a frame is no text (w3m's rules and tables' borders)
        kept = [k and not framed_only(t) for k, t in zip(kept, texts)]
    verdicts = [Verdict.BODY if k else Verdict.DROPPED for k in kept]
    first = kept.index(True) if True in kept else n
    last = n - 1 - kept[::-1].index(True) if first < n else n
    reasons = [
        Reason.KEPT if scores is None
        else Reason.BEFORE if i < first
        else Reason.AFTER if i > last
        else Reason.ARTICLE if k
        else Reason.GAP
        for i, k in enumerate(kept)
    ]  # fmt: skip
    article = Article(page, verdicts, reasons, scores.keep if scores else [0.0] * n)
    if scores is None or first == n:  # what the page's markup says of itself
        article.date, article.byline = meta.date or None, meta.byline or None
        article.section = meta.section
        return article.settle()
    head, title = headline(page, scores, found or kept)
    if found and head > 0 and any(map(paragraph, texts[:head])):
        head, title = -1, None  # the article alone: a subheading stays where it is
    article.title = title and one_line(title)  # one line, whatever broke it
    if head >= 0 and title == texts[head]:  # its code and emphasis as marked
        article.headed = page.markdown.get(head, "")
    if head >= 0 and verdicts.count(Verdict.BODY) > (verdicts[head] is Verdict.BODY):
        verdicts[head], reasons[head] = Verdict.TITLE, Reason.HEADLINE
    elif head >= 0:  # the article's only block: no headline of its own
        head, article.title = -1, None
    kicker = head - 1  # a section's name or label over the headline ("Consumer"),
    if (  # not a list's item, a code block's or a table's row (the article's)
        head > 0
        and verdicts[kicker] is Verdict.BODY
        and page.kinds[kicker] in ("", "#")
        and len(texts[kicker].split()) <= KICKER_WORDS
        and not ends_sentence(texts[kicker])
    ):
        verdicts[kicker], reasons[kicker] = Verdict.DROPPED, Reason.KICKER
    copy = fold(article.title or "")
    for i in [i for i, v in enumerate(verdicts) if v is Verdict.BODY][:COPY_REACH]:
        if copy and fold(texts[i]) == copy:  # the headline shown twice
            verdicts[i], reasons[i] = Verdict.DROPPED, Reason.HEADLINE
    metadata(verdicts, reasons, scores.marks, range(first, last + 1))
    if page.style != "html":  # (HTML shows no picture's description)
        twins(texts, verdicts, reasons)
    window = head == 0 and page.titled  # the window title's line
    top = min(first, head) if head >= 0 and not window else first
    lead = standfirst(page, head, verdicts, scores)
    if lead is not None and fold(texts[lead]) in {
        fold(texts[i]) for i in range(lead + 1, last + 1) if verdicts[i] is Verdict.BODY
    }:  # a highlight, a copy of a paragraph after it: shown twice
        verdicts[lead], reasons[lead], lead = Verdict.DROPPED, Reason.STANDFIRST, None
    if lead is not None:
        article.lead = verdicts[lead] is Verdict.BODY
        verdicts[lead], reasons[lead] = Verdict.STANDFIRST, Reason.STANDFIRST
        article.subtitle = one_line(texts[lead])
        article.marked = one_line(page.markdown.get(lead, ""))
        metadata(verdicts, reasons, scores.marks, range(lead + 1, last + 1))
    article.date, article.byline, article.section = article_meta(
        page, kept, top, article.title
    )
    return article.settle()


def twins(texts: "Sequence[str]", verdicts: "list[Tag]", reasons: "list[Tag]") -> None:
    """Drop the body blocks that a body block close after them says again
    nearly word for word (TWIN_SHARE): a picture's description over its
    caption."""
    body = [i for i, v in enumerate(verdicts) if v is Verdict.BODY]
    for i, j in zip(body, body[1:]):
        one, other = set(fold(texts[i]).split()), set(fold(texts[j]).split())
        if (
            j - i <= TWIN_REACH
            and min(len(one), len(other)) >= TWIN_WORDS
            and len(one & other) >= TWIN_SHARE * max(len(one), len(other))
        ):
            verdicts[i], reasons[i] = Verdict.DROPPED, Reason.TWIN


def article_meta(
    page: "Page", kept: "list[bool]", top: int, title: "str | None"
) -> "tuple[str | None, str | None, list[str]]":
    """An article's date, byline and section (structure()'s): what the page's
    markup says (Page.meta), else the first its text says nearest its top
    block (top), of the article's headline title, its blocks those kept."""
    texts, meta = page.texts, page.meta
    low = max(0, top - HEADLINE_REACH)
    near = texts[low : top + META_REACH + 1]
    by_day = day_first(meta.lang, (t for t, k in zip(texts, kept) if k))
    dates = (  # "28." of "28. Januar 2022" was read as a list's number
        find_date(f"{page.kinds[i]} {texts[i]}"[:DATE_LENGTH], by_day)
        for i in outward(top, len(kept))
        if page.kinds[i] != CODE  # "--since 2024-04-02" dates no page
    )
    date = meta.date or next(filter(None, dates), None)
    told = (byline_name(t, True) for t in near)
    byline = meta.byline or next(filter(None, told), None)
    crumbs = (
        breadcrumb(texts[i], title, page.markdown.get(i, "")) for i in range(low, top)
    )
    return date, byline, meta.section or next(filter(None, crumbs), [])


def metadata(
    verdicts: "list[Tag]", reasons: "list[Tag]", marks: "Sequence[int]", at: "range"
) -> None:
    """Make the dates and bylines that open the article's blocks from at on
    (the article's first, or the standfirst's next) its metadata."""
    for i in at:
        if verdicts[i] is not Verdict.BODY:
            continue
        if not marks[i] & DATED_MARK:
            break
        verdicts[i], reasons[i] = Verdict.DROPPED, Reason.METADATA


def day_first(lang: str, texts: "Iterator[str]") -> bool:
    """True when a slash date puts the day first: in a page declared in
    English of a region that writes it so (MONTH_FIRST_REGIONS), or whose
    texts do not read as English."""
    language, *tags = lang.lower().replace("_", "-").split("-")
    region = next((tag for tag in tags if len(tag) == 2), "")  # ("en-Latn-GB")
    if language == "en" and region and region not in MONTH_FIRST_REGIONS:
        return True
    return not english(texts)


def english(texts: "Iterator[str]") -> bool:
    """True when the first TOPIC_BLOCKS of texts (the article's opening)
    read as English, the language that writes a slash date month first
    ("11/08/23" is 8 November); the others put the day first."""
    blocks = (t[:WORDS_SAMPLE] for _, t in zip(range(TOPIC_BLOCKS), texts))
    words = [w for t in blocks for w in t.lower().split()]  # (a sample says enough)
    return sum(map(ENGLISH_WORDS.__contains__, words)) >= len(words) * ENGLISH_SHARE


def outward(at: int, n: int) -> "Iterator[int]":
    """The blocks of a page of n, nearest to block at first (of two as near,
    the one before): a date is the one nearest the article's top, over or
    under it, however far (the page's own date line, or "Published" under
    the article)."""
    for step in range(max(at + 1, n - at)):
        if 0 <= at - step < n:
            yield at - step
        if step and at + step < n:
            yield at + step


def headline(
    page: "Page", scores: "Scores", kept: "list[bool]"
) -> "tuple[int, str | None]":
    """The headline's block (-1 when it is the page's own title) and text:
    the candidate the fitted HEADLINE weights favour, or the heading that a
    winning window title holds."""
    rows = [
        (dot(row, scores.headline), at, text)
        for at, text, row in headline_rows(page, scores.local, scores.marks, kept)
    ]
    _, head, title = max(rows, key=lambda row: row[0], default=(-INFINITY, -1, None))
    if title and head == 0 and page.titled:
        # The window title won: the heading on the page that it holds (the
        # title less a site's, section's or kicker's name) is the headline,
        # the longest if several are.
        told = f" {fold(title.translate(PARTED))} "
        held = [
            (len(part.split()), value, at, text)
            for value, at, text in rows
            if at > 0
            for part in [fold(text.translate(PARTED))]
            if len(part.split()) >= HELD_WORDS
            and f" {part} " in told
            and part != told.strip()
        ]
        if held:
            *_, head, title = max(held)
    if head >= 0 and title and page.style == "html" and page.meta.titles:
        title = glued(title, page.meta.titles[0])  # "Kicker Headline": "Headline"
    return head, title


def standfirst(
    page: "Page", head: int, verdicts: "list[Tag]", scores: "Scores"
) -> "int | None":
    """The standfirst's block: the article's first, when it is a short lead
    in a sentence or two right under the headline (its byline or date
    between), shorter than the paragraphs after it; or the one block but
    dates and bylines that the sequence left between the headline and the
    article, when it is so shaped and its keep score passes (the only one
    that passes, up to BUTTONS_REACH share buttons under it); or, of those,
    the one that says the page's description word for word (a subheading,
    or a lead that no full stop ends) while short, or an HTML subheading
    right under the headline that reads as a lead (dek())."""
    body = [i for i in range(head + 1, len(verdicts)) if verdicts[i] is Verdict.BODY]
    if (
        head < 0
        or (head == 0 and page.titled)
        or len(body) < 3
        or body[0] > head + BYLINE_REACH + 1 + BUTTONS_REACH
    ):
        return None
    marks, keep = scores.marks, scores.keep
    between = [i for i in range(head + 1, body[0]) if not marks[i] & DATED_MARK]
    near = body[0] <= head + BYLINE_REACH + 1  # no share buttons between
    after = [len(page.texts[i]) for i in body[1:4]]
    short = min(STANDFIRST_MAX, STANDFIRST_SHARE * sum(after) / len(after))
    for i in [*between, body[0]] if near else []:  # the page's description, word
        if (  # for word, though no full stop ends it or it is a subheading
            page.kinds[i] in ("", "#")
            and len(page.texts[i]) <= short
            and (fold(page.texts[i]) in page.meta.summaries or dek(page, i, head))
        ):
            return i
    passing = [i for i in between if keep[i] > scores.decode["keep"]]
    if (
        len(passing) == 1
        and passing[0] <= head + BYLINE_REACH
        and lead_like(page, passing[0], [len(page.texts[body[0]])])
    ):
        return passing[0]  # the sequence began after it, at its byline
    return body[0] if near and lead_like(page, body[0], after) else None


def dek(page: "Page", at: int, head: int) -> bool:
    """True for an HTML subheading right under the headline that reads as
    a lead, no full stop needed (<h2 class="dek">): six words or more, as a
    sentence has (lead_like), opening with a capital (past a quotation
    mark, as lead_like reads it); a section's heading
    there is shorter ("Background"), and a FAQ's first question is one of
    the questions that headings after it ask."""
    text = page.texts[at]
    return (
        at == head + 1
        and page.style == "html"
        and page.kinds[at] == "#"
        and len(text.split(None, 5)) >= 6
        and text.lstrip(MD_OPENERS + QUOTES)[:1].isupper()  # (past a quote's mark)
        and not (asks(text) and any(map(asks, headings(page, at + 1))))
    )


def asks(text: str) -> bool:
    """True for text that ends with a question mark (a FAQ's question)."""
    return text.rstrip()[-1:] in ("?", "\uff1f")


def headings(page: "Page", start: int) -> "Iterator[str]":
    """The texts of the page's headings from block start on."""
    return (t for t, k in zip(page.texts[start:], page.kinds[start:]) if k == "#")


def lead_like(page: "Page", at: int, after: "list[int]") -> bool:
    """True for a block shaped as a standfirst: a sentence or two, shorter
    than the paragraphs after it (their lengths)."""
    text = page.texts[at]
    return not (
        page.kinds[at]
        or len(text.split(None, 5)) < 6  # a sentence: six words or more,
        or not ends_sentence(text)  # an end and a capital (past the marks
        or not text.lstrip(MD_OPENERS + QUOTES)[:1].isupper()  # a quote opens)
        or len(text) > min(STANDFIRST_MAX, STANDFIRST_SHARE * sum(after) / len(after))
    )


# -- Render ------------------------------------------------------------------


def shown_body(article: "Article") -> "list[Block]":
    """The article's body as text and Markdown show it: a block that a hard
    break parted from the one before (Article.joins) one with it again,
    its line broken there (as a <br> breaks one). Linear: a run's lines are
    joined once."""
    if not article.joins:
        return article.body
    body: list[Block] = []
    run: list[Block] = []  # a block and those that go on it

    def shown() -> None:
        if len(run) > 1:  # (its first's kind, place and marks)
            b = run[0]
            text = "\n".join(r.text for r in run)
            markdown = "\n".join(r.markdown for r in run)
            lines = Block(text, b.kind, markdown, b.indent, b.quoted, b.quote, b.lang)
            lines.rule = b.rule
            run[:] = [lines]
        body.extend(run)

    for n, b in enumerate(article.body):
        if not (n in article.joins and run):
            shown()
            run = []
        run.append(b)
    shown()
    return body


def render_text(
    article: "Article",
    width: int,
    color: bool,
    terminal: bool,
    plain: bool = False,
    fold: "Callable[[str], str] | None" = None,
) -> str:
    """The article as plain text, wrapped at width (0: not at all); plain
    separates the metadata in ASCII, for --ascii (and when fold would change
    the separators: an encoding that cannot write them); each text folded by fold
    first, when given (so that the lines it makes longer are wrapped)."""
    show = fold or str  # (str: the text as it is)

    def styled(text: str, style: str, first: str = "") -> str:
        """text wrapped, its first line led by first and the others indented
        as far (half the width at most), a quote's marks in first on each of
        them; each line in style."""
        text = show(text)
        marks = "".join(c if c == ">" else " " for c in first)
        indent, lines = marks[: hanging(first, width)], []
        style = style if color else ""
        for n, part in enumerate(text.split("\n")):  # lines broken by <br>
            lead = indent if n else first
            lines += (
                wrap(part, width, lead, indent, style)
                if width
                else [style + lead + part + RESET if style else lead + part]
            )
        return "\n".join(lines)

    parts = []
    if article.title:
        line = meta_line(article, show, plain)
        dim = "\n" + styled(line, DIM) if terminal and line else ""
        parts.append(styled(article.title, BOLD) + dim)
    if article.subtitle:
        parts.append(styled(article.subtitle, ITALIC))
    hangs: dict[int, int] = {}  # where each item's text was set, by its column
    rows: list[Block] = []  # the table being read, shown whole at its end
    for b in shown_body(article):
        if rows and (b.kind != "|" or b.markdown[:1] == HTML_FIRST or b.rule):
            parts.append(text_table(rows, styled, show, width, hangs))
            rows = []
        if b.rule:  # an <hr>: a break in the article
            parts.append(RULE)
        if b.kind == "|":
            rows.append(b)
            continue
        pad = text_pad(b, width, hangs)
        if b.kind == "#":
            parts.append(styled(b.text, BOLD, pad))
        elif b.kind == CODE:  # code: as written, never wrapped
            code = show(b.text).split("\n")
            parts.append("\n".join(pad + c if c else pad.rstrip() for c in code))
        elif b.kind == MORE:
            parts.append(styled(b.text, "", pad))
        elif not listed(b.kind):  # prose, a quote (under an item's text, in one)
            parts.append(styled(b.text, "", pad + b.kind + " " if b.kind else pad))
        else:
            first = (
                "> " * b.quoted + " " * nested_indent(b.indent, width) + b.kind + " "
            )
            hangs[b.indent + len(b.kind) + 1] = hanging(first, width)
            parts.append(styled(b.text, "", first))
    if rows:
        parts.append(text_table(rows, styled, show, width, hangs))
    return "\n\n".join(parts) + "\n"


def meta_line(article: "Article", show: "Callable[[str], str]", plain: bool) -> str:
    """The article's section, date and byline on a line, for under its
    headline in a terminal; separated in ASCII when plain or when show
    (render_text()'s fold) would change the separators."""
    marks = plain or show(" › · ") != " › · "  # --ascii's
    crumb, between = (" > ", " | ") if marks else (" › ", " · ")
    return between.join(
        filter(None, [crumb.join(article.section), article.date, article.byline])
    )


def text_pad(b: "Block", width: int, hangs: "dict[int, int]") -> str:
    """What leads the lines of a block that is no list item: spaces, under an
    item's text (hangs: where each was set, by its column), and a quote's marks."""
    # under an item's text (its later paragraphs, code, quotes) as far
    # as that text was set, else as far as a nested item would be
    lead = hangs.get(b.indent, nested_indent(b.indent, width)) if b.indent else 0
    # in a quote, the quote's mark in its first two columns
    pad = "> " + " " * (lead - 2) if b.quoted and lead >= 2 else " " * lead
    if b.quote >= 0 and not b.quoted and b.kind in QUOTE_HELD:  # in one
        pad += "> "
    return pad


def text_table(
    rows: "list[Block]",
    styled: "Callable[[str, str, str], str]",
    show: "Callable[[str], str]",
    width: int,
    hangs: "dict[int, int]",
) -> str:
    """A table's rows a line each, their cells lined up in columns; where
    those are wider than the width, its rows wrapped, a row's later lines
    under its first's text, with no blank line between them (a row opens
    with "| "). A table of one column (a page laid out in a table) or
    one whose Markdown's cells are not its text's is as it was: its rows
    paragraphs (styled, render_text()'s)."""
    # under an item's text, where it is in one
    pad = " " * hangs.get(rows[0].indent, nested_indent(rows[0].indent, width))
    shown = (styled(row.text, "", pad + "| ") for row in rows)  # a paragraph each
    cells = [row_cells(row) for row in rows]
    if not all(cells) or max(map(len, cells)) < 2:
        return "\n\n".join(shown)
    folded = [list(map(show, row)) for row in cells]
    most = (width or TABLE_PIPED_WIDTH) - len(pad)
    lines = [pad + line for line in table_lines(folded, most)]
    return "\n".join(lines or shown)


def hanging(first: str, width: int) -> int:
    """The columns the lines after a first one led by first stand in:
    as far as it, on a screen narrower than twice it half the width."""
    return min(len(first), width // 2) if width else len(first)


def nested_indent(indent: int, width: int) -> int:
    """A nested item's indent, within NESTED_SHARE of the width."""
    return min(indent, width // NESTED_SHARE) if width else indent


# An <hr> in the article (a break between its parts), in text and Markdown.
RULE = "* * *"
# A piped table's lines are not wrapped, but one wider than this (a long
# cell pads every row to its width) is shown a row a line, unpadded.
TABLE_PIPED_WIDTH = 2 * READING_WIDTH


def row_cells(row: "Block") -> "list[str]":
    """A table row's cells, as its Markdown parts them: a "|" in its text
    may stand in a cell, and a cell of text beside an empty one (a layout's
    spacer, gone from its text) stands in its column. Their links' and
    styles' marks gone (code's a backtick, where its text shows Markdown
    input's code spans so), no empty one at its end nor before its first
    (the place of HTML's text beside them); none where they are not its
    text's words."""
    marked = row.markdown.lstrip(HTML_FIRST).split(HTML_CELL)
    marked = marked[not marked[0].strip() :]
    words = row.text.replace("|", " ").split()
    for code in ("", "`") if "`" in row.text else ("",):
        cells = [
            one_line(
                unlinked(cell).replace(STYLE_MARKS[0], code).translate(MARKERS_GONE)
            )
            for cell in marked
        ]
        while cells and not cells[-1]:
            cells.pop()
        if " ".join(cells).replace("|", " ").split() == words:
            return cells
    return []


MARKERS_GONE = dict.fromkeys(map(ord, HTML_MARKERS))  # for str.translate


def table_lines(rows: "list[list[str]]", most: int) -> "list[str]":
    """rows of cells as a table's lines ("| a   | b     |"), each cell padded
    to the widest of its column (shown_width), a short row's last ones empty;
    none where they would be wider than most columns (and no row of
    thousands of cells is padded to find it: the time is linear)."""
    count = max(map(len, rows))
    if 3 * count + 1 > most:  # (its cells' frames alone are wider)
        return []
    rows = [row + [""] * (count - len(row)) for row in rows]
    sizes = [list(map(shown_width, row)) for row in rows]
    widest = list(map(max, zip(*sizes)))
    if sum(widest) + 3 * count + 1 > most:
        return []
    return [
        "| "
        + " | ".join(c + " " * (w - n) for c, n, w in zip(row, size, widest))
        + " |"
        for row, size in zip(rows, sizes)
    ]


def shown_width(text: str) -> int:
    """The columns text takes in a terminal, a wide CJK character two
    (column_table's): where a table's columns line up."""
    if text.isascii():
        return len(text)
    wide = column_table(text)
    return sum(map(wide.__getitem__, text))


# Marks a line never opens with where a word is cut (CJK closing punctuation,
# small kana's lead: Japanese kinsoku), and the ASCII ones.
CLOSING = "。、，．）」』】〕》〉！？：；・ー…‥ゝゞヽヾぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)]!?:;"
NESTED_SHARE = 3  # of the width at most a nested item's indent takes: its words
CLOSING_RUN = 2  # marks looked back over ("。」"): a line still takes its share
WRAP_JOINED = 1024  # lines wrap() joins into one string


def wrap(
    text: str, width: int, first: str = "", indent: str = "", style: str = ""
) -> "list[str]":
    """text in lines of at most width columns, greedy by words, the first
    line led by first and the others by indent, each in style; a word wider
    than a line is cut where the line is full. Each character is measured
    once: the time is linear in the text, however long its words. The lines
    come joined by WRAP_JOINED: a paragraph of millions of words holds no
    string for each, nor for each line."""
    wide = None if text.isascii() else column_table(text)
    lines = []
    joined: list[str] = []  # the lines before, joined

    def add(line: str) -> None:
        lines.append(style + line + RESET if style else line)
        if len(lines) >= WRAP_JOINED:
            joined.append("\n".join(lines))
            lines.clear()

    words: list[str] = []  # on the line being filled, after its lead
    lead, used = first, len(first)
    for word in spaced(text):
        size = len(word) if wide is None else sum(map(wide.__getitem__, word))
        if words and used + 1 + size > width:  # the word starts the next line
            add(lead + " ".join(words))
            lead, used = indent, len(indent)
            words.clear()
        if not words and size and used + size > width:  # wider than a line: cut it
            from array import array
            from bisect import bisect_right
            from itertools import accumulate

            ends = (  # the columns up to each character, 8 bytes apiece
                range(1, size + 1)
                if wide is None
                else array("q", accumulate(map(wide.__getitem__, word)))
            )
            start = done = 0  # the characters and columns cut off
            joins = joining(word, wide)
            while used + size - done > width:
                cut = bisect_right(ends, max(done + width - used, ends[start]))
                if cut >= len(word):  # one character wider than the room
                    break
                for _ in range(CLOSING_RUN):  # no line opens on a closing mark
                    if word[cut] in CLOSING and cut - 1 > start:
                        cut -= 1  # (the character before it goes with it)
                # nor on a mark, nor inside a joined emoji: its base goes too,
                # or when that is the line's first, all of it stays on the line
                back = cut
                while back - 1 > start and shown_with(word, back, joins):
                    back -= 1
                while back < len(word) and shown_with(word, back, joins):
                    back += 1
                if back >= len(word):  # the rest is one: on this line, whole
                    break
                cut = back
                add(lead + word[start:cut])
                lead, used = indent, len(indent)
                start, done = cut, ends[cut - 1]
            word, size = word[start:], size - done
        used += size + 1 if words else size
        words.append(word)
    add(lead + " ".join(words))
    return joined + lines


def spaced(text: str) -> "Iterator[str]":
    """The pieces of text between its spaces, as text.split(" ") gives them,
    one at a time (no list of millions of words)."""
    start = 0
    end = text.find(" ")
    while end >= 0:
        yield text[start:end]
        start, end = end + 1, text.find(" ", end + 1)
    yield text[start:]


def joining(word: str, wide: "dict[str, int] | None") -> "set[str]":
    """The characters of word that a terminal shows with the one before:
    those of no column of their own (wide: column_table's), and the marks
    that take one (a Devanagari vowel's)."""
    if wide is None:
        return set()
    import unicodedata

    return {c for c in set(word) if not wide[c] or unicodedata.category(c) == "Mc"}


def shown_with(word: str, at: int, joins: "set[str]") -> bool:
    """True when the character at in word is shown with the one before: one
    of joins (joining()'s), or what a joiner joins."""
    return word[at] in joins or word[at - 1] == ZWJ


def column_table(text: str) -> "dict[str, int]":
    """The columns each character of text takes in a terminal: wide CJK two,
    marks (Thai vowels, accents, an emoji's variation, its skin tone, a
    decomposed Hangul syllable's vowel and final) and joiners none, the rest
    one."""
    import unicodedata

    return {
        c: 0
        if unicodedata.category(c) in ZERO_WIDTH
        or SKIN_TONES[0] <= c <= SKIN_TONES[1]
        or HANGUL_JOINED[0] <= c <= HANGUL_JOINED[1]
        else 1 + (unicodedata.east_asian_width(c) in "WF")
        for c in set(text)
    }


# The categories of characters a terminal gives no column of their own:
# marks that combine with the one before, and format characters (joiners).
ZERO_WIDTH = word_set("Mn Me Cf")
ZWJ = "\u200d"  # the joiner of an emoji's parts ("👨‍👩‍👧"), never cut after
SKIN_TONES = "\U0001f3fb\U0001f3ff"  # the first and last: each joins the emoji before
HANGUL_JOINED = "\u1160\u11ff"  # a decomposed syllable's vowels and finals


def render_markdown(
    article: "Article", fold: "Callable[[str], str] | None" = None
) -> str:
    """The article as Markdown: # headline, standfirst in italics, paragraphs;
    its text folded first by fold when given (so that no fold makes markup:
    "– " is no list item once "- " is escaped)."""

    def own(text: str) -> str:
        return refolded(text, fold) if fold else text

    base = article.page.meta.base
    parts: list[list[str]] = []  # each part's pieces, joined at the end
    rows: list[list[str]] = []  # of the table being read
    indent, kind, was_held, was_quoted = 0, "", False, False  # of the part before
    was_in = -1  # and the quote it showed in (Block.quote), or -1
    counted: dict[int, int] = {}  # the list's last number at each indent
    for b in shown_body(article):
        if b.rule:  # an <hr>: a break in the article, any list before ended
            if rows:
                parts.append([indented(md_table(rows), indent)])
                rows = []
            parts.append([RULE])
            kind, was_held = "", False  # (a list after it is another)
        if numbered(b.kind) > MD_NUMBER_MAX:  # no item for CommonMark: its text
            text = f"{b.kind} {b.markdown.lstrip(HTML_FIRST)}"
            b = Block(b.text, "", text, 0, b.quoted, b.quote)
        if HTML_CELL in b.markdown:  # a table's row: with the next ones
            if b.markdown[0] == HTML_FIRST and rows:  # the next table's first
                parts.append([indented(md_table(rows), indent)])
                rows = []
            cells = own(b.markdown).lstrip(HTML_FIRST).split(HTML_CELL)
            rows.append([linked(c, base) for c in cells])
            # under an item's text, in its item (a list after it goes on),
            # else no list item's: a list after it is its own
            indent, kind, was_held, was_quoted = b.indent, "|", b.indent > 0, False
            counted = counted if was_held else {}
            was_in = -1  # nor a quote: one after it is its own
            continue
        if rows:
            parts.append([indented(md_table(rows), indent)])
            rows = []
        first = b.markdown[:1] == HTML_FIRST  # an HTML list's first item
        part = md_block(b, first, own, base)
        number = numbered(b.kind)
        # a tight list, its items a line each; but a numbered list nested
        # from other than 1 would carry on its parent's line without a break
        opens = b.indent > indent and number not in (-1, 1)
        held = b.kind in ITEM_HELD and b.indent > 0  # code or a quote in an item
        shown_in = b.quote if b.kind in (">", *QUOTE_HELD) or b.quoted else -1
        if listed(b.kind) and (listed(kind) or was_held) and not opens:
            joint = md_item_joint(b, first, counted.get(b.indent, -2), kind, was_held)
            parts[-1] += (
                quoted_joint(joint) if b.quoted and was_quoted else joint,
                part,
            )
        else:
            if b.quoted and was_quoted:  # the quote's list goes on
                parts[-1] += (quoted_joint("\n\n"), part)
            elif 0 <= shown_in == was_in:  # its quote goes on: one, not a quote each
                parts[-1] += (quote_gap(parts[-1][-1], part), part)
            else:
                parts.append([part])
            if not (opens and listed(kind) or held):  # (an item's list goes on)
                counted = {}
        counted = {at: n for at, n in counted.items() if at < b.indent}
        counted[b.indent] = number if listed(b.kind) and b.kind != MORE else -2
        indent, kind, was_held, was_quoted = b.indent, b.kind, held, b.quoted
        was_in = shown_in
    if rows:
        parts.append([indented(md_table(rows), indent)])
    return "\n\n".join(map("".join, md_header(article, own, base) + parts)) + "\n"


# The Markdown marks of blocks' kinds; others' ("1.") as they are.
MD_MARKS = {"": "", MORE: "", "#": "## ", "•": "- "}


def md_block(b: "Block", first: bool, own: "Callable[[str], str]", base: str) -> str:
    """A block that is no table row as Markdown: its mark ("## ", "- ",
    "1. "; first: an HTML list's first item, its mark in its markdown), its
    text (own's, its links read against base), its lines in its quote."""
    markdown = b.markdown[first:]
    mark = MD_MARKS.get(b.kind, b.kind + " ")
    if b.kind == "#" and b.lang:  # a subheading past an <h2>'s level
        mark = b.lang + " "
    if b.kind[:1].isalpha():  # a lettered item, which CommonMark has not
        mark = "- " + mark
    # a <br> a hard break, the next line under the text (an item's, a
    # quote's), but in a heading, whose line it ends
    hang = " " * b.indent + ("> " if b.kind == ">" else " " * len(mark))
    part = (
        indented(fenced(own(b.text), b.lang), b.indent)
        if b.kind == CODE
        else " " * b.indent
        + mark
        + (md_heading if b.kind == "#" else str)(
            (" " if b.kind == "#" else "\\\n" + hang).join(
                map(
                    md_start,
                    filter(str.strip, linked(own(markdown), base).split("\n")),
                )
            )
        )
    )
    if b.quoted:  # a list's item in a quote, or its code: each of its lines
        part = "\n".join(f"> {line}".rstrip() for line in part.split("\n"))
    elif b.quote >= 0 and b.kind in QUOTE_HELD:  # code or a heading
        lead = " " * b.indent  # in a quote: its lines, in an item's past it
        part = "\n".join(
            f"{lead}> {line[b.indent :]}".rstrip() for line in part.split("\n")
        )
    return part


def md_item_joint(
    b: "Block", first: bool, before: int, kind: str, was_held: bool
) -> str:
    """What stands between a list's item b and the block before it (of kind;
    was_held: code or a quote in an item) in its list: a line break in a
    tight list, a blank line in a loose one, an empty comment where another
    list begins (first: an HTML list's first item; before: the number of the
    item before at its indent, -1 for a bullet, -2 for no item)."""
    number = numbered(b.kind)
    # a list beside the one before (at its indent, a nested list
    # between) that is bulleted too or counts again, or an item
    # numbered other than the next ("<li value=10>"), is another
    # list, which Markdown would run on (numbering it from its
    # first): an empty comment parts them
    again = (0 <= number and 0 <= before and (first or number != before + 1)) or (
        first and number == before == -1
    )  # a bulleted list after one
    parted = f"\n\n{' ' * b.indent}<!-- -->\n\n"  # in the item nesting it
    loose = MORE in (b.kind, kind) or was_held  # an item of paragraphs
    return parted if again else "\n\n" if loose else "\n"


def md_header(
    article: "Article", own: "Callable[[str], str]", base: str
) -> "list[list[str]]":
    """The Markdown's first parts: the headline as "# …" and the standfirst
    in italics, their text own's, their links read against base."""
    parts = []
    if article.title:
        # its code and emphasis, its links' text alone, not an item's or a
        # cell's marks; plain unless it reads as the title (a row of cells)
        headed = one_line(unlinked(article.headed).lstrip(HTML_FIRST + HTML_CELL))
        shown = headed if headed and reads_as(headed, article.title) else ""
        title = linked(own(shown), base) if shown else md_escape(own(article.title))
        parts.append(["# " + md_heading(title)])
    if article.subtitle:
        marked = article.marked  # its links as Markdown's
        lead = linked(own(marked), base) if marked else md_escape(own(article.subtitle))
        ends = unlinked(marked).strip().strip(STYLE_MARKS[1])  # (bold)
        italic = ends[:1] == STYLE_MARKS[2] == ends[-1:] and ends.count(ends[0]) == 2
        parts.append([lead if italic else "_" + lead + "_"])  # italics once
    return parts


def quoted_joint(joint: str) -> str:
    """The lines between two blocks in one quote ("\\n\\n": "\\n>\\n"): each
    begun with its mark."""
    lines = joint.split("\n")
    middle = [f"> {line}".rstrip() for line in lines[1:-1]]
    return "\n".join([lines[0], *middle, lines[-1]]) if middle else joint


def quote_gap(before: str, after: str) -> str:
    """The lines between two blocks of one quote, the part before and the
    next: a line of the quote marks the two share ("  >" in an item, ">"
    between a quote's paragraph and its list), which CommonMark reads as a
    blank line in the quote; a line left blank would end it, the next
    block a quote of its own."""
    last = before[before.rfind("\n") + 1 :]
    shared = ""
    for mine, theirs in zip(last, after):
        if mine != theirs or mine not in " >":
            break
        shared += mine
    return "\n" + shared[: shared.rfind(">") + 1] + "\n"


# The largest number a CommonMark list's item may have (nine digits).
MD_NUMBER_MAX = 999_999_999


def listed(kind: str) -> bool:
    """True for a list item's kind ("•", "1."), not prose's, a heading's,
    a quote's, code's or a table row's."""
    return bool(kind) and kind not in UNNESTED


def numbered(kind: str) -> int:
    """A numbered list item's number ("12." or "12)" is 12), -1 for any
    other kind."""
    return int(kind[:-1]) if kind[:-1].isdigit() and kind[-1:] in ".)" else -1


def refolded(marked: str, fold: "Callable[[str], str]") -> str:
    """marked text with fold applied to its words, not to html_page's marks
    nor to a link's address between them (FOLDABLE)."""
    import re

    def fold_words(found: "Match[str]") -> str:
        return found[0] if found[0][0] == "\ufdd1" else fold(found[0])

    return re.sub(FOLDABLE, fold_words, marked)


# A link's address with its marks, or a run of words without marks.
FOLDABLE = f"\ufdd1[^\ufdd2]*\ufdd2|[^{HTML_MARKERS}]+"


def md_table(rows: "list[list[str]]") -> str:
    """A table's rows of cells (Markdown, each row led by what stood before
    its first cell) as a GitHub Markdown table, the first row its header,
    as wide as the widest (a shorter row has the rest of its cells empty);
    a table of one column is paragraphs (a page laid out in a table)."""
    if not any(row[0].strip() for row in rows):
        rows = [row[1:] for row in rows]
    width = max(map(len, rows))
    if width == 1:  # one column: a page laid out in a table
        return "\n\n".join(
            "\\\n".join(map(md_start, row[0].strip().split("\n"))) for row in rows
        )
    rows[0] += [""] * (width - len(rows[0]))  # the rest may be shorter
    lines = [
        "| "
        + " | ".join(
            cell.strip().replace("|", "\\|").replace("\n", "<br>") for cell in row
        )
        + " |"
        for row in rows
    ]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def indented(text: str, columns: int) -> str:
    """text with each of its lines but blank ones indented by columns."""
    if not columns:
        return text
    return "\n".join(
        " " * columns + line if line else line for line in text.split("\n")
    )


def fenced(code: str, lang: str = "") -> str:
    """Code as a Markdown fence of backticks, one more than any of its lines
    opens with (three at least), its language (lang) after the first."""
    lines = [line.lstrip(" ") for line in code.split("\n")]
    longest = max(len(line) - len(line.lstrip("`")) for line in lines)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{code}\n{fence}"


def linked(marked: str, base: str) -> str:
    """Markdown of a block's text with its links, marked in it as html_page
    marks them (link text between U+FDD0 and U+FDD1, its URL up to U+FDD2),
    relative ones resolved against base; a link to a script or to data
    keeps its text only."""
    pieces = unstraddled(marked).split("\ufdd0")
    brackets = "[]" if len(pieces) > 1 else ""  # none pairs across a link
    out = [md_escape(pieces[0], brackets)]
    for piece in pieces[1:]:
        words, _, rest = piece.partition("\ufdd1")
        url, _, tail = rest.partition("\ufdd2")
        url = target(url, base)
        if url and out[-1][-1:] == "!":  # "!" and a link: a picture
            out[-1] = out[-1][:-1] + "\\!"
        glued = tail.split(None, 1)[0] if tail[:1].strip() else ""
        if glued.translate(MARKERS_GONE).strip(".,:?!)"):  # a word glued to it:
            url = f"<{url}>"  # pandoc's gfm runs "(url)'s" on as an address
        out += (
            f"[{md_escape(words, '[]', False)}]({url})"
            if url
            else md_escape(words, brackets),
            md_escape(tail, brackets),
        )
    return styled("".join(out))


def unstraddled(marked: str) -> str:
    """marked (as linked() takes it) without each pair of style marks of
    which one is in a link's text and the other out of it (or in another
    link's), and of code marks around a link: no Markdown could write them."""
    if marked.isascii() or "\ufdd0" not in marked:
        return marked
    seen: dict[str, list[tuple[int, int]]] = {mark: [] for mark in STYLE_MARKS}
    inside = 0  # just past where the link whose text it is starts, or 0
    for at, char in enumerate(marked):
        if char == "\ufdd0" or char == "\ufdd1":
            inside = at + 1 if char == "\ufdd0" else 0
        elif char in seen:
            seen[char].append((at, inside))
    gone: set[int] = set()
    for mark, marks in seen.items():
        for (one, here), (two, there) in zip(marks[::2], marks[1::2]):
            if here != there or mark == STYLE_MARKS[0] and "\ufdd0" in marked[one:two]:
                gone.update((one, two))  # (no code span holds a link)
    return (
        "".join(c for at, c in enumerate(marked) if at not in gone) if gone else marked
    )


def unstyled_length(text: str) -> int:
    """The characters of a link's stripped text but html_page's style marks
    (STYLE_MARKS), and the spaces they held in from its ends."""
    if not text.isascii():
        for mark in STYLE_MARKS:
            text = text.replace(mark, "")
    return len(text.strip())


def styled(escaped: str) -> str:
    """Escaped Markdown with html_page's style marks (HTML_STYLES) made its
    markup: code's text between enough backticks; each other style's marks
    paired in turn, spaces moved out of a pair ("** a**" is no emphasis),
    a pair that closes where one of its style opens joined to it; a pair
    around nothing, one left over, or one that CommonMark would show as
    written (a "**" between a letter and a quote mark) gone."""
    if escaped.isascii() or not any(mark in escaped for mark in STYLE_MARKS):
        return escaped
    import re

    tokens = [t for t in re.split(f"({HTML_STYLED})", escaped) if t]
    tokens = coded(tokens)
    for mark in STYLE_MARKS[1:]:  # each pair: its opening mark, then it twice
        at = [i for i, token in enumerate(tokens) if token == mark]
        for n, i in enumerate(at):
            tokens[i] = "" if n == len(at) - 1 and n % 2 == 0 else mark * (1 + n % 2)
    for _ in range(len(STYLE_MARKS) + 1):  # spaces out, marks with none inside out
        out: list[str] = []  # (a new list a pass: linear however many move)
        for token in tokens:
            last = out[-1] if out else ""
            if not token:
                continue
            if len(last) == 1 and last in STYLE_MARKS and token[:1].isspace():
                rest = token.lstrip()  # an opening mark's spaces: before it
                out[-1:] = [token[: len(token) - len(rest)], last]
                token = rest
            elif len(token) == 2 and token[0] in STYLE_MARKS and last[-1:].isspace():
                kept = last.rstrip()  # a closing mark's spaces: after it
                out[-1:] = [kept, token]
                token = last[len(kept) :]
            elif len(last) == 1 and token == last * 2 or token * 2 == last != "":
                out.pop()  # "**" with nothing inside; "**a****b**": one
                continue
            if token:
                out.append(token)
        tokens = out
    tokens = [t for t in tokens if t]
    unspaced(tokens)
    flanked(tokens)
    written = "".join(MD_STYLES.get(t[0], t) for t in tokens if t)
    return written.strip() if escaped == escaped.strip() else written  # (spaces out)


def unspaced(tokens: "list[str]") -> None:
    """Take from each token of text the spaces it opens with when the text
    before it ends with one: a mark's moved out of it ("said <em> hi</em>"
    is "said  *hi*" else), as HTML shows one."""
    spaced = False  # the text so far ends with a space
    for i, token in enumerate(tokens):
        if token[:1] in STYLE_MARKS or not token:
            continue
        if spaced:
            token = tokens[i] = token.lstrip(" ")
        if token:
            spaced = token[-1] == " "


def coded(tokens: "list[str]") -> "list[str]":
    """tokens (text and style marks) with each pair of code marks and what
    is between made one token: its text (no marks, a line break a space) in
    enough backticks, the spaces at its ends outside them; one left over
    gone."""
    import re

    code = STYLE_MARKS[0]
    at = [i for i, token in enumerate(tokens) if token == code]
    if len(at) % 2:
        tokens[at.pop()] = ""
    for n in range(1, len(at) - 1, 2):  # "<code>e</code><code>f</code>": one
        if at[n] + 1 == at[n + 1]:
            tokens[at[n]] = tokens[at[n + 1]] = ""
    at = [i for i in at if tokens[i]]
    for opening, closing in zip(at[::2], at[1::2]):
        inside = "".join(
            t for t in tokens[opening + 1 : closing] if t not in STYLE_MARKS
        )
        text = inside.replace("\n", " ").strip()
        tokens[opening + 1 : closing + 1] = [""] * (closing - opening)
        if text:
            fence = "`" * (1 + max(map(len, re.findall("`+", text)), default=0))
            pad = " " * (text[:1] == "`" or text[-1:] == "`")
            lead = inside[: len(inside) - len(inside.lstrip())].replace("\n", " ")
            trail = inside[len(inside.rstrip()) :].replace("\n", " ")
            tokens[opening] = f"{lead}{fence}{pad}{text}{pad}{fence}{trail}"
        else:
            tokens[opening] = inside
    return tokens


def flanked(tokens: "list[str]") -> None:
    """Drop from tokens each pair of style marks (an opening mark, its
    closing one doubled) that CommonMark would not read as markup: an
    opening one before a space, or before punctuation after a letter; a
    closing one after a space, or after punctuation before a letter."""
    import unicodedata

    def kind(char: str) -> str:
        if not char or char.isspace():
            return " "
        return "." if unicodedata.category(char)[0] in "PS" else "a"

    def near(i: int, step: int) -> str:
        while 0 <= i < len(tokens) and tokens[i][:1] in STYLE_MARKS and tokens[i]:
            i += step
        if not 0 <= i < len(tokens):
            return ""
        return tokens[i][-1:] if step < 0 else tokens[i][:1]

    for mark in STYLE_MARKS[1:]:
        opened = -1
        for i, token in enumerate(tokens):
            if token == mark:
                opened = i
            elif token == mark * 2 and opened >= 0:
                before, after = kind(near(opened - 1, -1)), kind(near(opened + 1, 1))
                left = after != " " and (after != "." or before != "a")
                before, after = kind(near(i - 1, -1)), kind(near(i + 1, 1))
                right = before != " " and (before != "." or after != "a")
                if not (left and right):
                    tokens[opened] = tokens[i] = ""
                opened = -1


def target(url: str, base: str) -> str:
    """A link's URL, resolved against base (the page's http(s) address) when
    relative, as Markdown must have it (LINK_ESCAPES, and "&" escaped
    where it could open a reference); "" for a link that runs something
    when followed (javascript:, data:) or for none."""
    from urllib.parse import urljoin, urlsplit

    url = url.strip()
    try:
        if base.startswith(("http://", "https://", "/")):  # "/": the site's
            url = urljoin(base, url)
    except ValueError:  # a base that is no address ("http://["): unresolved
        pass
    try:
        if urlsplit(url).scheme.lower() not in LINK_SCHEMES:
            return ""
    except ValueError:  # no URL at all
        return ""
    url = (url if url.isascii() else ascii_url(url)).translate(LINK_ESCAPES)
    return url.replace("&", "\\&") if ";" in url else url  # "&#58;" reads ":"


# Letters that Python's IDNA (2003) maps to others where browsers (IDNA
# 2008) keep them (faß.de is not fass.de): such a host is percent-encoded.
IDNA_DEVIATIONS = "ßς\u200c\u200d"


def ascii_url(url: str) -> str:
    """url as a browser sends it: its host's name in IDNA (punycode), every
    other character that is not ASCII percent-encoded in UTF-8."""
    import re
    from urllib.parse import quote, urlsplit

    try:
        host = urlsplit(url).netloc.rpartition("@")[2].partition(":")[0]
    except ValueError:  # no address urlsplit can part ("http://[é"): encoded whole
        host = ""
    if host and not host.isascii() and not any(c in host for c in IDNA_DEVIATIONS):
        try:
            url = url.replace(host, host.encode("idna").decode("ascii"), 1)
        except UnicodeError:  # no name IDNA can write: encoded as the rest
            pass
    return re.sub("[^\x00-\x7f]+", lambda found: quote(found[0]), url)


MD_JOINED = 4096  # characters md_escape() joins into one string


def md_escape(text: str, also: str = "", autolinks: bool = True) -> str:
    """text with a backslash before what Markdown would read as markup, and
    before the characters of also (a link's text: its brackets); a web
    address in it an autolink ("<https://…>", which every reader shows as
    written; one that is not ASCII a link to it as a browser sends it),
    unless it is a link's text; the text of
    html_page's code marks as it is (styled() sets it in backticks)."""
    bare = text.translate(MARKERS_GONE) if "]" in text and "[" not in also else ""
    if "](" in bare or "][" in bare or "]:" in bare:
        also += "["  # a link's brackets, though code or a style's mark part them
    code = STYLE_MARKS[0]
    if code in text:
        parts = text.split(code)
        if len(parts) % 2 == 0:  # one left over: the text it opens is text
            parts[-2:] = [parts[-2] + parts[-1]]
        return code.join(
            part if n % 2 else md_escape(part, also, autolinks)
            for n, part in enumerate(parts)
        )
    out, joined = [], []  # the characters, and those before joined
    markup = "\\`*" + also  # wherever it stands
    tildes = text.count("~") > 1  # two may strike through or subscript
    spans = web_addresses(text) if autolinks and "://" in text else {}
    kept = addressed(text) if tildes else b""  # a "~" in an address stays
    at = 0
    while at < len(text):
        if at in spans:
            url = text[at : spans[at]]
            if url.isascii():
                out.append(f"<{url}>")
            else:  # shown as written, sent as a browser sends it
                shown = md_escape(url, "[]", autolinks=False)
                out.append(f"[{shown}](<{ascii_url(url)}>)")
            at = spans[at]
            continue
        char, after = text[at], text[at + 1 : at + 2]
        if (
            char in markup
            or (char == "~" and tildes and not kept[at])
            or (char == "_" and not (text[at - 1 : at].isalnum() and after.isalnum()))
            or (char == "<" and (after.isalpha() or after in "/!?"))
            or (
                char == "&"
                and (after.isalnum() or after == "#")
                and ";" in text[at : at + 33]  # "&CounterClockwiseContourIntegral;"
            )
        ):
            out.append("\\")
        out.append(char)
        at += 1
        if len(out) >= MD_JOINED:  # no string held for each character
            joined.append("".join(out))
            out.clear()
    return md_start("".join(joined) + "".join(out))


def web_addresses(text: str) -> "dict[int, int]":
    """Where each web address in text starts, and ends: a scheme and "://"
    after a space, a bracket or a quote, up to the next space, less the
    punctuation that ends a sentence or closes what opened before it; of the
    AUTOLINKED schemes alone."""
    import re

    spans = {}
    for found in re.finditer(WEB_ADDRESS, text):
        url = found[0]
        if not url.isascii() and max(url) >= WIDE:
            url = url[: prose_after(url)]  # not the CJK prose after it
        unopened = {
            ")": url.count(")") - url.count("("),
            "]": url.count("]") - url.count("["),
        }
        end = len(url)
        while url[end - 1] in ADDRESS_ENDS or unopened.get(url[end - 1], 0) > 0:
            if url[end - 1] in unopened:
                unopened[url[end - 1]] -= 1
            end -= 1
        scheme = url.partition(":")[0].lower()
        if url[end - 3 : end] != "://" and scheme in AUTOLINKED:
            spans[found.start()] = found.start() + end
    return spans


def prose_after(url: str) -> int:
    """Where CJK prose that runs on after a web address with no space
    begins in url (its length if none does): the first run of wide
    characters, but for an IDN host's label (one after "://" or "."), that
    follows a letter or digit, or after which more than ADDRESS_WIDE wide
    characters or a CJK sentence mark follow (but for the marks that end
    it: they end a sentence)."""
    end = len(url.rstrip(ADDRESS_ENDS))
    stop = max(url.rfind(c, 0, end) for c in CJK_STOPS)
    wide = sum(c >= WIDE for c in url[:end])
    host = True  # no "/", "?" or "#" yet: the host's labels
    seen = 0  # wide characters before i
    i = url.find("://") + 3
    while i < end:
        if url[i] < WIDE:
            host = host and url[i] not in "/?#"
            i += 1
            continue
        run = i
        while run < end and url[run] >= WIDE:
            run += 1
        label = host and url[i - 1] in "./"
        glued = url[i - 1].isalnum()  # a particle after a word ("…jpをご覧")
        if not label and (glued or wide - seen > ADDRESS_WIDE or stop >= i):
            return i
        seen += run - i
        i = run
    return len(url)


def addressed(text: str) -> bytes:
    """1 for each character of text in a web address, which a Markdown
    reader links whole as it is ("www.e.org/~user"), else 0 (and for one
    of a scheme no reader links: "git://a~b~c" is text)."""
    import re

    marks = bytearray(len(text))
    for word in re.finditer(r"\S+", text):
        scheme, linked, _ = word[0].lower().partition("://")
        if linked and scheme.endswith(AUTOLINKED) or word[0].startswith("www."):
            marks[word.start() : word.end()] = b"\1" * len(word[0])
    return bytes(marks)


def md_heading(escaped: str) -> str:
    """An escaped heading's text with a backslash before the "#"s it ends
    on after a space, which Markdown would take for its closing marks."""
    text = escaped.rstrip("#")
    if text != escaped and text[-1:] in ("", " "):
        return text + "\\" + escaped[len(text) :]
    return escaped


# What opens a task list's item in GitHub's Markdown: a box, ticked or not.
TASK_BOXES = "[ ]", "[x]", "[X]"


def md_start(escaped: str) -> str:
    """An escaped line with a backslash before what would open a list, a
    heading, a quote, a rule, a heading's underline, a fenced block, a
    task's box or a table's rule ("|---|---", ":-: | :-:")."""
    head = escaped.partition(" ")[0]
    if head in ("-", "+") or escaped.startswith(("#", ">", "=", "--", "~~~")):
        return "\\" + escaped
    if "-" in escaped and not escaped.strip("|:- "):  # GitHub's table rule
        spaces = len(escaped) - len(escaped.lstrip(" "))  # ("\\ " is no escape)
        return escaped[:spaces] + "\\" + escaped[spaces:]
    if escaped[:3] in TASK_BOXES and escaped[3:4] in ("", " "):  # GitHub's
        return "\\" + escaped
    if head[:-1].isdigit() and head[-1:] in (".", ")") and len(head) <= 10:
        return head[:-1] + "\\" + escaped[len(head) - 1 :]
    return escaped


def render_json(article: "Article", ascii_only: bool) -> str:
    """The article as one JSON object; ascii_only escapes what is not ASCII."""
    import json

    doc = {
        "title": article.title,
        "subtitle": article.subtitle,
        "date": article.date,
        "byline": article.byline,
        "section": article.section,
        "body": [article.subtitle or ""] * article.lead
        + [
            f"{b.kind} {b.text}" if b.kind[:1].isalnum() else b.text  # "3.", "b."
            for b in article.body
        ],
        "removed": article.removed,
    }
    return json.dumps(doc, ensure_ascii=ascii_only, indent=2) + "\n"


def render_explain(text: str, article: "Article") -> str:
    """Every block (for text, every input line: text's, its runs of blank
    lines whole) with its verdict, score and why."""
    page = article.page
    rows = [
        f"{v:<10} {s:+5.1f} {r:<24}"
        for v, s, r in zip(article.verdicts, article.score, article.reasons)
    ]
    lines = [t.replace("\n", " ") for t in page.texts]
    lost = 0  # blank lines the page was read without
    if page.style != "html":  # a row for every line: in a block, markup or blank
        read = fewer_blanks(text)  # the lines it was read from
        lost = text.count("\n") - read.count("\n")
        lines = [line.expandtabs(TAB_STOPS).strip() for line in lines_of(read)]
        markup = f"{Verdict.DROPPED:<10} {'':5} {'markup':<24}"
        shown = [markup if line else " " * len(markup) for line in lines]
        for row, (first, last) in zip(rows, page.lines()):
            for n in range(first - 1, min(last, len(lines))):
                shown[n] = row
        rows = shown
    numbers = line_numbers(text, len(lines)) if lost else range(1, len(lines) + 1)
    digits = len(str(len(lines) + lost))
    return "".join(  # no block's text ends in a space: only blank lines have one
        f"{n:>{digits}}  {row} {line}".rstrip(" ") + "\n"
        for n, row, line in zip(numbers, rows, lines)
    )


def line_numbers(text: str, count: int) -> "Iterator[int]":
    """The numbers in text of the count lines fewer_blanks(text) keeps: the
    lines of a run of blank lines past BLANK_LINES have none."""
    import re

    done = cut = breaks = at = 0  # lines numbered, lines cut; text's breaks before at
    for run in re.finditer(BLANK_RUN, text):
        lost = run[0].count("\n") - BLANK_LINES - 1
        if lost > 0:  # (as fewer() cuts it)
            breaks += text.count("\n", at, run.end())
            at, after = run.end(), breaks - cut - lost  # the line after, kept
            yield from range(done + cut + 1, after + cut + 1)
            done, cut = after, cut + lost
    yield from range(done + cut + 1, count + cut + 1)


FOLDED = "show_article.folded"  # the name folded() is registered under


def to_ascii(text: str) -> str:
    """text in plain ASCII: straight quotes, "...", "--", accents dropped; a
    web address as a browser sends it (another spelled is another's)."""
    text = addresses_in(text, "ascii")
    table = TABLES.get(ASCII_FOLD)
    if table is None:
        pairs = iter(ASCII_FOLD.split())  # by twos
        table = TABLES[ASCII_FOLD] = {ord(k): v for k, v in zip(pairs, pairs)}
    text = text.translate(table)
    if text.isascii():
        return text
    import re
    import unicodedata

    text = re.sub("(?<=[0-9])(?=[\u00bc-\u00be\u2150-\u215e])", " ", text)  # 1½: 1 1/2
    # one picture of several: an emoji a joiner joins to the one before
    # (👨‍👩‍👧), a skin tone, a flag's second letter
    text = re.sub(ASCII_JOINED, r"\1", text)
    folded: dict[str, str] = {}

    def plain(c: str) -> str:
        """One character in ASCII: its letters without their marks (é: e,
        ½: 1/2, ℃: ?C), nothing for a mark or a format character alone, "?"
        for the rest, once for a syllable (한), not once a part."""
        parts = unicodedata.normalize("NFKD", c).replace("\u2044", "/")
        parts = "".join(p for p in parts if not unicodedata.combining(p))
        if parts.isascii():
            return parts
        if not any(p.isascii() and p.isalnum() for p in parts):  # ㈜, ﷺ
            return "" if unicodedata.category(c) in ASCII_UNSHOWN else "?"
        return "".join(p if p.isascii() else "?" for p in parts)

    return "".join(
        c
        if c.isascii()
        else folded[c]
        if c in folded
        else folded.setdefault(c, plain(c))
        for c in text
    )


# -- Command line ------------------------------------------------------------


class Options:
    """The parsed command line: FILE as path, an attribute per option, each
    at its default here until the command line sets it."""

    path: "str | None" = None
    told = ""  # what --help or --version prints, instead of an article
    format = "text"
    width: "int | None" = None
    color = "auto"
    pager = ascii = explain = check = keep_all = False

    def __init__(self, values: "dict[str, Any]") -> None:
        self.__dict__.update(values)


class Told(Exception):
    """What --help or --version prints, out of argparse's parsing."""


def width_value(text: str) -> int:
    """A --width value: a whole number of columns, 0 or more."""
    if not columns(text):
        from argparse import ArgumentTypeError

        raise ArgumentTypeError(
            f"invalid value {text if len(text) < 20 else text[:16] + '...'!r}:"
            f" columns, a whole number, 0 or more, of {WIDTH_DIGITS} digits at most"
        )
    return int(text.lstrip("0") or "0")  # (int() refuses 4,300 digits, zeros too)


def columns(text: str) -> bool:
    """True for a width in columns: ASCII digits, WIDTH_DIGITS at most
    after any leading zeros."""
    return ascii_digits(text) and len(text.lstrip("0")) <= WIDTH_DIGITS


# The options that take a value, as argparse takes them: the quick reader
# tells a number by its type, the others by their choices. The defaults are
# Options's.
OPTIONS: "dict[str, dict[str, Any]]" = {
    "--format": {"choices": ("text", "markdown", "json"), "help": "output format (default: text)"},
    "--width": {"type": width_value, "metavar": "N", "help": "wrap the text format at N columns, 0 for never; markdown, json and --explain are never wrapped (default: the terminal's width, at most 80; no wrapping in a pipe)"},
    "--color": {"choices": ("auto", "always", "never"), "help": "colour and bold in the text format's output (default: auto: when writing to a terminal, unless NO_COLOR is set or TERM is dumb or unset)"},
}  # fmt: skip
# The options that take none, and their help.
FLAGS = {
    "--pager": "show a terminal's output through $PAGER, as git does (default: less; LESS=FRX and LV=-c unless set)",
    "--ascii": "plain ASCII output: straight quotes, '...', '--', the metadata line as 'World > Americas | 2024-06-15'; letters ASCII cannot show are simplified (a-umlaut becomes a) or become '?', a web address written as a browser sends it; JSON gets \\u escapes instead and loses nothing. Without it, done only to what stdout's encoding cannot show",
    "--explain": "print every block of the page (a line of text, an element of HTML) with its verdict, score and reason",
    "--check": "print nothing; exit 0 if the text holds an article, 1 if not, 2 if it cannot be read or is binary",
    "--keep-all": "keep every block: normalise the text but drop nothing",
}  # fmt: skip

EXAMPLES = """\
examples:
  show_article.py                       the bundled article.txt
  show_article.py page.txt | wc -w      count the article's words
  curl -sL URL | show_article.py        a page's HTML, straight from the web
  show_article.py page.html.gz          a page saved from the browser, gzipped
  lynx -dump URL | show_article.py      a page as lynx prints it
  show_article.py < page.txt            standard input, when it is a pipe or a file
  show_article.py --format json page.txt | jq -r .title
  show_article.py --format markdown page.txt | pandoc -f gfm -o page.html
  show_article.py --explain page.txt    see what was cut, line by line

exit status: 0 done, 1 no article or a file that cannot be read or written,
2 a usage error (with --check: 1 no article, 2 a file problem); Ctrl-C and
a closed pipe end it as they end cat (130, 141)
"""


def clash(options: "Options") -> str:
    """Why these options cannot go together, or ""."""
    if options.check and (options.explain or options.keep_all):
        return "--check cannot be combined with --explain or --keep-all"
    if options.explain and options.format != "text":
        return f"--explain prints its own listing, not --format {options.format}"
    return ""


def quick_options(argv: "Sequence[str]") -> "Options | None":
    """The options, read without argparse when argv is plain; None if not.
    Options that clash are left to argparse too, to report."""
    values: dict[str, Any] = {}
    args = iter(argv)
    for arg in args:
        if arg == "-" or not arg.startswith("-"):
            if "path" in values:
                return None
            values["path"] = arg
            continue
        flag, eq, value = arg.partition("=")
        key = flag[2:].replace("-", "_")
        if arg in FLAGS:
            values[key] = True
            continue
        how = OPTIONS.get(flag, {})
        if not eq:
            value = next(args, "")
        if "type" in how and columns(value):
            values[key] = width_value(value)
        elif value in how.get("choices", ()):
            values[key] = value
        else:  # an unknown option, a flag given a value, a value argparse rejects
            return None
    return Options(values)


def parse_options(argv: "Sequence[str]") -> "Options":
    """The options in argv; usage errors exit 2 through argparse."""
    quick = quick_options(argv)
    if quick and not clash(quick):
        return quick
    import argparse

    class Parser(argparse.ArgumentParser):
        """argparse's parser, whose errors show arguments (file names) with
        what could drive a terminal as "?", as error() does."""

        def error(self, message: str) -> "NoReturn":
            super().error(shown(message))

    parser = Parser(
        prog=program(),  # (argparse's own would show a link's name as it is)
        description=__doc__,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        argument_default=argparse.SUPPRESS,  # what is not given: Options's default
        add_help=False,  # run() prints the help, so that a failed write is told
    )

    class Tell(argparse.Action):
        """--help and --version: what they print, raised as argparse meets
        them (as its own actions print it), for run() to write."""

        def __call__(
            self, parser: "Any", space: "Any", values: "Any", flag: "Any" = None
        ) -> None:
            raise Told(parser.format_help() if flag != "--version" else version)

    version = f"{parser.prog} {__version__}\n"
    parser.add_argument(
        "-h", "--help", action=Tell, nargs=0, help="show this help message and exit"
    )
    parser.add_argument(
        "path",
        nargs="?",
        metavar="FILE",
        help="the saved page, HTML or text, gzip-compressed or not; - reads standard input (default: standard input when it is a pipe, a socket or a file, else article.txt beside this script)",
    )
    for flag, how in OPTIONS.items():
        parser.add_argument(flag, **how)
    for flag, help_text in FLAGS.items():
        parser.add_argument(flag, action="store_true", help=help_text)
    parser.add_argument(
        "--version", action=Tell, nargs=0, help="show program's version number and exit"
    )
    try:
        options = Options(vars(parser.parse_args(argv)))
    except Told as told:
        return Options({"told": str(told)})
    problem = clash(options)
    if problem:
        parser.error(problem)
    return options


def default_path() -> str:
    """article.txt in the directory of this script, through symlinks to it."""
    try:
        from posix import readlink  # built in and loaded: os would cost 1 ms
    except ImportError:  # not a POSIX system
        import os

        return os.path.join(os.path.dirname(os.path.realpath(__file__)), "article.txt")
    path = __file__
    for _ in range(SYMLINK_HOPS):
        try:
            target = readlink(path)
        except OSError:  # not a symlink
            break
        path = (
            target if target.startswith("/") else path[: path.rfind("/") + 1] + target
        )
    return path[: path.rfind("/") + 1] + "article.txt"  # "" for no folder: "./"


def clean_text(data: bytes, few: bool = True) -> str:
    """Saved bytes as text fit to classify: decoded (HTML by its charset),
    repaired, sanitised; text's runs of blank lines cut short when few."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0  # (UTF-8's, decoded away)
    # what page_of() will sample, past any spaces and comments before it
    if looks_like_html(data[bom : HTML_LEAD_MAX + SNIFF_BYTES].decode("latin-1")):
        return sanitise(decode_html(data), HTML_TAB)
    # (tabs kept: Markdown's stops are not a terminal's, text_page() sets them)
    text = sanitise(fix_mojibake(c1_read(decode(data))), "\t")
    return fewer_blanks(text) if few else text


def fewer_blanks(text: str) -> str:
    """text with no more than BLANK_LINES blank lines in a row."""
    if "\n" * (BLANK_LINES + 1) not in text and " \n" not in text:
        return text  # (no run of them, nor a blank line of spaces)
    import re

    return re.sub(BLANK_RUN, fewer, text)


def fewer(found: "Match[str]") -> str:
    """A run of blank lines (from the line break before them), BLANK_LINES
    of them at most."""
    run = found[0]
    return run if run.count("\n") <= BLANK_LINES + 1 else "\n" * (BLANK_LINES + 1)


def output(article: "Article", text: str, options: "Options", terminal: bool) -> bytes:
    """The output as bytes: JSON in UTF-8, escaped to ASCII (losing nothing)
    for --ascii or when stdout's encoding is another; the rest in stdout's
    encoding, folded to ASCII for --ascii, or where it cannot show the text."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if options.format == "json":  # never with --explain: clash() sees to it
        import codecs

        escape = options.ascii or codecs.lookup(encoding).name != "utf-8"
        return render_json(article, escape).encode()

    def render(fold: "Callable[[str], str] | None") -> str:
        """The output in its format, its text folded (to_ascii: all of it)."""
        plain = fold is to_ascii
        if options.explain:
            out = render_explain(text, article)
        elif options.format == "markdown":
            out = render_markdown(article, fold)  # folded before it is escaped
        else:  # folded before it is wrapped
            width, color = text_style(options, terminal)
            out = render_text(article, width, color, terminal, plain, fold)
        return to_ascii(out) if plain else out

    if options.ascii:
        return render(to_ascii).encode(encoding, "replace")
    out = render(None)
    try:
        return out.encode(encoding)
    except UnicodeEncodeError:  # what the encoding cannot show, folded
        import codecs

        codecs.register_error(FOLDED, folded)
        if options.explain:  # (the rest is folded as it is rendered)
            out = addresses_in(out, encoding)
        else:
            out = render(
                lambda part: (
                    addresses_in(part, encoding)
                    .encode(encoding, FOLDED)
                    .decode(encoding)
                )
            )
        return out.encode(encoding, FOLDED)


def addresses_in(text: str, encoding: str) -> str:
    """text with the web addresses that encoding cannot write as a browser
    sends them (ascii_url), not folded into another's."""
    if "://" not in text:
        return text
    out: list[str] = []
    at = 0
    for start, end in sorted(web_addresses(text).items()):
        url = text[start:end]
        try:
            url.encode(encoding)
        except UnicodeEncodeError:
            url = ascii_url(url)
        out += text[at:start], url
        at = end
    return "".join(out) + text[at:]


def folded(problem: UnicodeError) -> "tuple[str, int]":
    """An encoding's error handler: what it cannot encode folded to ASCII."""
    assert isinstance(problem, UnicodeEncodeError)
    return to_ascii(problem.object[problem.start : problem.end]), problem.end


def text_style(options: "Options", terminal: bool) -> "tuple[int, bool]":
    """The wrap width and whether to colour, as --width and --color say; by
    default, in a terminal its width (COLUMNS, else what it says; at most
    READING_WIDTH) and colour unless NO_COLOR is set or TERM is dumb or
    unset (as git has it), in a pipe neither."""
    width, color = options.width or 0, options.color == "always"
    if terminal:
        import os

        if options.width is None:  # COLUMNS first, as ls and Python's shutil
            said = os.environ.get("COLUMNS", "")
            width = width_value(said) if columns(said) else 0
            if not width:
                try:
                    width = os.get_terminal_size(sys.stdout.fileno()).columns
                except OSError:  # a terminal that does not say
                    pass
            width = min(width or READING_WIDTH, READING_WIDTH)  # 0: none says
        if options.color == "auto":
            term = os.environ.get("TERM", "dumb")
            color = not os.environ.get("NO_COLOR") and term != "dumb"
    return width, color


def paged(data: bytes) -> bool:
    """Show data through $PAGER as git does; False when there is none to run.
    Ctrl-C is the pager's while it runs: this waits for it to end."""
    import os
    import signal
    import subprocess

    name = os.environ.get("PAGER", "less").strip()
    if name in ("", "cat"):  # no pager, as git takes these
        return False
    # Unless set: less quits on one screen, passes colours, leaves the
    # screen as it was; lv passes colours.
    env = {"LESS": "FRX", "LV": "-c", **os.environ}
    # A command with what a shell reads ("less -R", "~/bin/p") goes through
    # sh, as git runs it; a bare name is run itself.
    shell = not set(name).isdisjoint(SHELL_CHARS)
    command = ["sh", "-c", name] if shell else [name]
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError as problem:
        error(f"cannot run pager '{name}': {reason(problem)}", "warning")
        return False
    interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    pager.communicate(data)  # a pager that quits early ends the writing
    signal.signal(signal.SIGINT, interrupt)
    if shell and pager.returncode in SHELL_FAILED:  # after sh's own message
        error(
            f"cannot run pager '{name}': the shell could not run it"
            f" (exit status {pager.returncode}); showing the article here",
            "warning",
        )
        return False
    return True


def reason(problem: "Exception") -> str:
    """What went wrong, in the system's words when it has them."""
    return getattr(problem, "strerror", None) or str(problem)


def error(message: str, kind: str = "error") -> int:
    """Print a one-line error (or warning) naming the program, with anything
    in it that could drive a terminal (a file's name) shown as "?"; the exit
    status 1."""
    try:
        sys.stderr.write(shown(f"{program()}: {kind}: {message}") + "\n")
    except (AttributeError, OSError):  # standard error closed or full: the status says
        pass
    return 1


def program() -> str:
    """The name the script was run by (a link's, maybe), as shown()."""
    return shown(
        (sys.argv[0] or "show_article.py").replace("\\", "/").rpartition("/")[2]
    )


def shown(message: str) -> str:
    """message with anything in it that could drive a terminal as "?"."""
    return message.translate(dict.fromkeys([*range(0x20), *DROPPED_CHARS], "?"))


def main(argv: "Sequence[str] | None" = None) -> int:
    """Run the command line; the exit status."""
    if sys.version_info < OLDEST_PYTHON:  # one line, not a traceback
        return error("needs Python {}.{} or newer".format(*OLDEST_PYTHON))
    try:
        return run(parse_options(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:  # die of it, as cat does: a shell's loop stops
        import os
        import signal

        if os.name == "posix":
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        return 130
    except MemoryError:
        pass  # told below, once the frames that held the page are gone
    except OSError as problem:  # writing standard output
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing to flush at exit
        if isinstance(problem, BrokenPipeError):
            return 141
        return error(f"cannot write standard output: {reason(problem)}")
    return error("out of memory")


def run(options: "Options") -> int:
    """Read, clean and write one article as the options say."""
    if options.told:
        write(
            options.told.encode(
                getattr(sys.stdout, "encoding", None) or "utf-8", "replace"
            )
        )
        return 0
    path = options.path
    if path is None:
        path = "-" if piped() else default_path()
    label = "standard input" if path == "-" else f"'{path}'"
    failed = 2 if options.check else 1  # --check's 1 is "no article", as grep -q's
    data = None
    try:
        data = unwrapped(gunzipped(read_input(path, not options.check)))
    except MemoryError:
        pass  # told below, once what was read is gone
    except Binary:
        error(f"{label} looks like a binary file")
        return failed
    except (OSError, ValueError) as problem:
        unread = options.path is None and isinstance(problem, OSError)
        hint = " (give a FILE, or pipe a page in)" if unread else ""
        error(f"cannot read {label}: {reason(problem)}{hint}")
        return failed
    if data is None:
        error(f"out of memory reading {label}")
        return failed
    found = cleaned(data, options.keep_all)
    if found is None:
        del data
        error(f"out of memory cleaning {label}")
        return failed
    text, article = found
    if options.check:
        return 0 if article.body else 1
    if not text or text.isspace():  # (no copy) nothing for --explain either
        return error(f"{label} {'holds only white space' if data else 'is empty'}")
    if not article.body and not options.explain:
        return error(f"no article text found in {label} (--keep-all prints everything)")
    terminal = bool(sys.stdout) and sys.stdout.isatty()
    if options.explain and article.page.style != "html":  # numbered as the
        text = clean_text(data, False)  # file's lines: its blank lines all kept
    data = output(article, text, options, terminal)
    if not (options.pager and terminal and paged(data)):
        write(data)
    return 0


def cleaned(data: bytes, keep_all: bool) -> "tuple[str, Article] | None":
    """The clean text of data and its article; None when memory ran out
    (what the cleaning held is gone once this returns)."""
    try:
        text = clean_text(data)
        return text, extract(text, keep_all)
    except MemoryError:
        return None


def write(data: bytes) -> None:
    """Write data to standard output: to fd 1, so that a closed one fails as
    a full disk does, here, and nothing is left to flush at exit (all of
    it, when a parent left the pipe non-blocking)."""
    with open(1, "wb", 0, closefd=False) as out:
        view = memoryview(data)
        while view:
            done = out.write(view)  # a part, maybe; None: non-blocking and full
            if done is None:
                waited(out, writing=True)
            else:
                view = view[done:]


if __name__ == "__main__":
    sys.exit(main())
