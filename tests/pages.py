"""Pages written for the tests: a short news story in the page around it,
saved the ways a user saves a page (page text, lynx, w3m, Markdown).

A page is a list of parts (a menu, the headline, a paragraph, a list...);
each saving style prints every kind of part as that tool prints it, so
that one story can be fed to the script in every style and the same
article expected back.
"""

from __future__ import annotations

import textwrap
from typing import Callable, NamedTuple

HEADLINE = "Council votes to repair the old bridge after a long debate"
SITE = "The Town Gazette"
STANDFIRST = (
    "Members chose the cheaper of two plans, but the question of a new "
    "crossing is still open."
)
AUTHOR = "Ann Writer"
DATE = "June 15, 2024"
ISO_DATE = "2024-06-15"
# Six paragraphs of about the same length, none of them a lead that stands apart.
PARAGRAPHS = (
    (
        "The council met on a wet evening to decide whether the old bridge should be "
        "repaired or replaced, and the debate that followed was longer and louder "
        "than anyone in the room had expected it to be."
    ),
    (
        "Engineers told the members that the stone piers were sound but that the deck "
        "would need to be rebuilt within five years, at a cost that the town could "
        "only meet by borrowing from the regional fund."
    ),
    (
        "Several residents spoke against a new bridge, saying that the old one was "
        "part of the town's character and that a modern crossing would bring heavier "
        "traffic through the narrow streets of the centre."
    ),
    (
        "A shopkeeper from the market square said that her takings had fallen by a "
        "third while the bridge was closed last winter, and that another closure of "
        "the same length would put her out of business."
    ),
    (
        "The leader of the council said that nobody wanted to see the bridge shut for "
        "longer than it had to be, and that the repair could be done in stages so "
        "that one lane stayed open throughout the work."
    ),
    (
        "In the end the council voted to repair the deck and to ask the regional fund "
        "for a grant, with a final decision on the wider plan to be taken when the "
        "engineers report again in the spring of next year."
    ),
)
# Words of the paragraphs that are links, and how Markdown emphasises others.
LINKS = ("regional fund", "market square")
EMPHASIS = (
    ("stone piers", "**stone piers**"),
    ("a modern crossing", "_a modern crossing_"),
    ("heavier traffic", "__heavier traffic__"),
)
# A list the article may hold, after a lead-in line.
LEAD_IN = "The work will include:"
ITEMS = (
    "a new deck of reinforced concrete",
    "new railings along both footpaths",
    "lighting under the arches",
)
MENU = ("Home", "News", "Sport", "Weather", "Opinion")
SHARE = ("Facebook", "Twitter", "Email")
POPULAR = (
    "Police arrest two after break-in at the old mill",
    "Market reopens after storm damage",
    "School wins award for its reading programme",
)
FOOTER = "© 2024 The Town Gazette. All rights reserved."
# Every piece of page furniture the story's page has.
CHROME = (
    "Skip to content",
    *MENU,
    "Sign in",
    "Share this article",
    *SHARE,
    "Most Popular",
    *POPULAR,
    FOOTER,
)


class Part(NamedTuple):
    """One thing on a page: its kind and its text (a list's items)."""

    kind: str  # menu, headline, line, paragraph, list, numbered, heading, links
    texts: tuple[str, ...]


def part(kind: str, *texts: str) -> Part:
    return Part(kind, texts)


def story(
    standfirst: bool = True,
    inside: tuple[Part, ...] = (),
    before: tuple[Part, ...] = (),
    after: tuple[Part, ...] = (),
    at: int = 3,
) -> list[Part]:
    """The story's page: menus, the headline, byline, date and standfirst,
    the paragraphs (inside standing after the first at of them), share
    buttons, Most Popular links and the footer; before and after go just
    before the headline and just after the last paragraph."""
    paragraphs = [part("paragraph", p) for p in PARAGRAPHS]
    return [
        part("line", "Skip to content"),
        part("menu", *MENU),
        part("line", "Sign in"),
        *before,
        part("headline", HEADLINE),
        part("line", "By " + AUTHOR),
        part("line", DATE),
        *([part("paragraph", STANDFIRST)] if standfirst else []),
        *paragraphs[:at],
        *inside,
        *paragraphs[at:],
        *after,
        part("line", "Share this article"),
        part("menu", *SHARE),
        part("heading", "Most Popular"),
        part("links", *POPULAR),
        part("line", FOOTER),
    ]


def with_list(mark: str = "list") -> tuple[Part, ...]:
    """The lead-in and the list of ITEMS, for story(inside=...)."""
    return (part("paragraph", LEAD_IN), part(mark, *ITEMS))


# -- Saving styles -------------------------------------------------------------


def page_text(parts: list[Part], window: bool = True, blank: bool = True) -> str:
    """As html-text and browsers' text copies save a page: the window title
    first (window), a block a line, blank lines between blocks (blank)."""
    lines = [HEADLINE + " | " + SITE] if window else []
    for p in parts:
        if p.kind == "numbered":
            lines += [f"{n}. {t}" for n, t in enumerate(p.texts, 1)]
        else:
            lines += list(p.texts)
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def select_all_copy(parts: list[Part]) -> str:
    """As a browser's select-all and copy saves a page: no window title, a
    block a line."""
    return page_text(parts, window=False, blank=False)


def lynx(parts: list[Part], refs: bool = True, width: int = 76) -> str:
    """As lynx -dump prints a page (-nolist without refs): wrapped at 76
    (or width: -width=1000 leaves every paragraph on one line),
    text indented three columns, headings flush left, a [12] before every
    link and the References list at the end (refs)."""
    targets: list[str] = []

    def link(text: str) -> str:
        if not refs:
            return text
        targets.append(text)
        return f"[{len(targets)}]{text}"

    def items(texts: tuple[str, ...], bullet: str, linked: bool) -> str:
        lines = []
        for n, text in enumerate(texts, 1):
            lead = f"{n:>5}. " if bullet == "#" else "     * "
            lines += textwrap.wrap(
                link(text) if linked else text,
                width,
                initial_indent=lead,
                subsequent_indent=" " * len(lead),
                break_on_hyphens=False,
            )
        return "\n".join(lines)

    blocks = []
    for p in parts:
        if p.kind in ("menu", "links"):
            blocks.append(items(p.texts, "*", True))
        elif p.kind in ("list", "numbered"):
            blocks.append(items(p.texts, "#" if p.kind == "numbered" else "*", False))
        elif p.kind in ("headline", "heading"):
            blocks.append(wrap(p.texts[0], width, ""))
        else:
            text = p.texts[0]
            for words in LINKS:
                if words in text:
                    text = text.replace(words, link(words), 1)
            blocks.append(wrap(text, width, "   "))
    text = "\n\n".join(blocks) + "\n"
    if refs:
        text += "\nReferences\n\n   Visible links:\n"
        text += "".join(
            f"{n:>4}. https://gazette.example/{n}\n" for n in range(1, len(targets) + 1)
        )
    return text


def w3m(parts: list[Part]) -> str:
    """As w3m -dump prints a page: wrapped at 80 without indentation, lists
    with • bullets."""
    blocks = []
    for p in parts:
        if p.kind in ("menu", "links", "list"):
            blocks.append("\n".join("  • " + t for t in p.texts))
        elif p.kind == "numbered":
            blocks.append("\n".join(f" {n}. {t}" for n, t in enumerate(p.texts, 1)))
        else:
            blocks.append(wrap(p.texts[0], 80, ""))
    return "\n\n".join(blocks) + "\n"


def markdown(parts: list[Part]) -> str:
    """As html2text writes a page: # headings, * lists, [text](target) links,
    ![alt](source) pictures, **bold** and _italics_, wrapped at 78."""

    def url(text: str) -> str:
        return "https://gazette.example/" + text.lower().replace(" ", "-")

    blocks = []
    for p in parts:
        if p.kind in ("menu", "links"):
            blocks.append("\n".join(f"  * [{t}]({url(t)})" for t in p.texts))
        elif p.kind == "list":
            blocks.append("\n".join("  * " + t for t in p.texts))
        elif p.kind == "numbered":
            blocks.append("\n".join(f"  {n}. {t}" for n, t in enumerate(p.texts, 1)))
        elif p.kind == "headline":
            blocks.append("# " + p.texts[0])
        elif p.texts[0] == DATE:  # a picture under the date
            blocks.append(DATE)
            blocks.append(f"![The old bridge at dawn]({url('bridge')}.jpg)")
        elif p.kind == "heading":
            blocks.append("## " + p.texts[0])
        else:
            text = p.texts[0]
            for words in LINKS:
                text = text.replace(words, f"[{words}]({url(words)})", 1)
            for words, marked in EMPHASIS:
                text = text.replace(words, marked, 1)
            blocks.append(wrap(text, 78, ""))
    return "\n\n".join(blocks) + "\n"


def markdownify(parts: list[Part]) -> str:
    """As markdownify writes a page: headings underlined ("Title\n====="),
    * lists, **bold** and *italics*, links, lines unwrapped."""
    blocks = []
    for p in parts:
        if p.kind in ("menu", "links"):
            blocks.append("\n".join(f"* [{t}](/{t.lower()})" for t in p.texts))
        elif p.kind in ("list", "numbered"):
            blocks.append("\n".join("* " + t for t in p.texts))
        elif p.kind in ("headline", "heading"):
            text = p.texts[0]
            blocks.append(
                text + "\n" + ("=" if p.kind == "headline" else "-") * len(text)
            )
        else:
            text = p.texts[0]
            for words in LINKS:
                text = text.replace(words, f"[{words}](/{words[:4]})", 1)
            for words, marked in EMPHASIS:
                text = text.replace(words, marked.replace("_", "*"), 1)
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def pandoc_markdown(parts: list[Part]) -> str:
    """As pandoc -t markdown writes a page: ::: fences around its divs,
    {#id .class} after headings, links and [spans], backslashes before
    quotes, *emphasis*, wrapped at 72."""

    def escaped(text: str) -> str:
        return text.replace("'", "\\'").replace('"', '\\"')

    blocks = ["::: {#page .site data-layout=\"{'wide': true}\"}"]
    for p in parts:
        if p.kind in ("menu", "links"):
            blocks.append(
                "\n".join(f"-   [{t}](/{t.lower()}){{.nav-link}}" for t in p.texts)
            )
        elif p.kind in ("list", "numbered"):
            mark = "1." if p.kind == "numbered" else "-"
            blocks.append("\n".join(f"{mark:<4}{t}" for t in p.texts))
        elif p.kind == "headline":
            blocks.append(f"::: story\n# [{p.texts[0]}]{{.headline}} {{#title}}")
        elif p.kind == "heading":
            blocks.append(f":::\n\n## {p.texts[0]} {{#popular .heading}}")
        elif p.texts[0] == DATE:
            blocks.append(f"[{DATE}]{{.date}}")
        else:
            text = escaped(p.texts[0])
            for words in LINKS:
                text = text.replace(words, f"[{words}](/{words[:4]}){{.inline}}", 1)
            for words, marked in EMPHASIS:
                text = text.replace(words, marked.replace("_", "*"), 1)
            blocks.append(wrap(text, 72, ""))
    return "\n\n".join(blocks) + "\n:::\n"


def github_markdown(parts: list[Part]) -> str:
    """As pandoc -t gfm writes a page: Markdown, and what it cannot write
    so kept as HTML tags (a page that opens with a <div>), references and
    all."""
    blocks = ['<div id="page" class="site">', '<div class="masthead">']
    for p in parts:
        if p.kind in ("menu", "links"):
            blocks.append("\n".join(f"- [{t}](/{t.lower()})" for t in p.texts))
        elif p.kind == "list":
            blocks.append("\n".join("- " + t for t in p.texts))
        elif p.kind == "numbered":
            blocks.append("\n".join(f"{n}. {t}" for n, t in enumerate(p.texts, 1)))
        elif p.kind == "headline":
            blocks.append(
                '</div>\n\n# <span class="headline">' + p.texts[0] + "</span>"
            )
        elif p.kind == "heading":
            blocks.append("## " + p.texts[0])
        elif p.texts[0] == FOOTER:
            blocks.append('<div class="footer">\n\n' + FOOTER.replace("©", "&copy;"))
        else:
            text = p.texts[0]
            for words in LINKS:
                text = text.replace(words, f"[{words}](/{words[:4]})", 1)
            blocks.append(wrap(text, 72, ""))
    return "\n\n".join(blocks) + "\n\n</div>\n\n</div>\n"


def html2text_debian(parts: list[Part]) -> str:
    """As Debian's html2text prints a page: the headline between runs of
    six stars, headings of five, lists with * bullets, paragraphs wrapped at
    79 with no blank line between them, a link's words underlined ("_")."""
    lines = []
    for p in parts:
        if p.kind in ("menu", "links"):
            lines += ["    * " + t.replace(" ", "_") for t in p.texts]
        elif p.kind == "list":
            lines += ["    * " + t for t in p.texts]
        elif p.kind == "numbered":
            lines += [f"   {n}. {t}" for n, t in enumerate(p.texts, 1)]
        elif p.kind in ("headline", "heading"):
            stars = "******" if p.kind == "headline" else "*****"
            lines.append(f"{stars} {p.texts[0]} {stars}")
        else:
            text = p.texts[0]
            for words in LINKS:
                text = text.replace(words, words.replace(" ", "_"), 1)
            lines.append(wrap(text, 79, ""))
    return "\n".join(lines) + "\n"


def links_dump(parts: list[Part]) -> str:
    """As links -dump prints a page: text indented three columns and
    wrapped at 77, the headline centred on the screen's 80, other headings
    flush left."""
    blocks = []
    for p in parts:
        if p.kind in ("menu", "links", "list"):
            blocks.append("\n".join("     * " + t for t in p.texts))
        elif p.kind == "numbered":
            blocks.append("\n".join(f"    {n}. {t}" for n, t in enumerate(p.texts, 1)))
        elif p.kind == "headline":
            blocks.append(p.texts[0].center(80).rstrip())
        elif p.kind == "heading":
            blocks.append(p.texts[0])
        else:
            blocks.append(wrap(p.texts[0], 77, "   "))
    return "\n\n".join(blocks) + "\n"


def wrap(text: str, width: int, indent: str = "") -> str:
    """text hard-wrapped at width, every line indented: as a text browser
    prints a paragraph (long words are not broken)."""
    return "\n".join(
        textwrap.wrap(
            text,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


# Every saving style, by name: how a page of parts is saved in it.
STYLES: dict[str, Callable[[list[Part]], str]] = {
    "page text": page_text,
    "select-all copy": select_all_copy,
    "lynx -dump": lynx,
    "lynx -dump -nolist": lambda parts: lynx(parts, refs=False),
    "lynx -dump -nolist -width=1000": lambda parts: lynx(parts, False, 1000),
    "w3m -dump": w3m,
    "markdown": markdown,
    "markdownify": markdownify,
    "pandoc markdown": pandoc_markdown,
    "github markdown": github_markdown,
    "html2text (Debian)": html2text_debian,
    "links -dump": links_dump,
}
