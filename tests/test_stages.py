"""The pure stages of the cleaner, as (input, expected) tables: the
recognisers, the block splitting of saved text, and the sequence decision
on hand-made scores (no fitted weight is looked at)."""

from __future__ import annotations

import sys
import textwrap
import unittest
from typing import Callable, Sequence

from support import ROOT, CheckMixin

sys.path.insert(0, str(ROOT))
import show_article as sa


class TableMixin(CheckMixin):
    def table(
        self, stage: Callable[[str], object], cases: Sequence[tuple[str, object]]
    ) -> None:
        """Each case's input through stage gives its expected value."""
        for given, expected in cases:
            with self.subTest(given=given):
                self.check(stage(given), expected)


class TestOutward(CheckMixin):
    """outward: a page's blocks, nearest to one first (where a date is
    looked for, from the article's top)."""

    def test_orders(self) -> None:
        cases = [
            ((2, 5), [2, 1, 3, 0, 4]),
            ((0, 3), [0, 1, 2]),
            ((3, 4), [3, 2, 1, 0]),
            ((1, 6), [1, 0, 2, 3, 4, 5]),
            ((0, 0), []),
        ]
        for (at, n), expected in cases:
            with self.subTest(at=at, n=n):
                self.check(list(sa.outward(at, n)), expected)


class TestFindDate(TableMixin):
    """find_date: the ISO date a short block states."""

    def test_dates_written_many_ways(self) -> None:
        self.table(
            sa.find_date,
            [
                ("November 20, 2019", "2019-11-20"),
                ("20 Nov 2019", "2019-11-20"),
                ("Nov. 20, 2019", "2019-11-20"),
                ("2019-11-20", "2019-11-20"),
                ("2019-11-20T08:03:00Z", "2019-11-20"),
                ("Updated : 19 November 2019, 09:01 AM", "2019-11-19"),
                ("Wednesday, Nov. 20, 2019 8:03 am ET", "2019-11-20"),
                ("Posted on June 1st, 2024", "2024-06-01"),
                ("20.11.2019", "2019-11-20"),
                ("15. Juni 2024", "2024-06-15"),
                ("15 juin 2024", "2024-06-15"),
            ],
        )

    def test_no_date(self) -> None:
        self.table(
            sa.find_date,
            [
                ("1.2.3", None),  # a version number
                ("June 2024", None),  # no day
                ("Published 3 hours ago", None),
                ("The 2019 report was published", None),
                ("Page 2 of 12", None),
                ("32 May 2019", None),
                ("May 5, 1850", None),  # no news page is that old
                (
                    "Council votes on November 20, 2019 " + "to repair the bridge " * 4,
                    None,
                ),
            ],
        )


class TestIsoDate(TableMixin):
    """iso_date: a numeric date token in ISO 8601."""

    def test_numeric_orders(self) -> None:
        self.table(
            sa.iso_date,
            [
                ("2019-11-20", "2019-11-20"),
                ("2019/11/20", "2019-11-20"),
                ("20.11.2019", "2019-11-20"),  # a dot: the day first
                ("20-11-2019", "2019-11-20"),
                ("11/20/2019", "2019-11-20"),  # a slash: the month first, as in the US
                ("20/11/2019", "2019-11-20"),  # unless that cannot be
                ("13/13/2019", None),
                ("2019-13-40", None),
                ("1899-01-01", None),
                ("12345", None),
                ("Nov", None),
            ],
        )

    def test_impossible_day_of_month_is_no_date(self) -> None:
        self.table(sa.iso_date, [("2024-02-30", None), ("31.04.2024", None)])


class TestBylineName(TableMixin):
    """byline_name: the author's name in a byline."""

    def test_names(self) -> None:
        self.table(
            sa.byline_name,
            [
                ("By Jamelle Bouie", "Jamelle Bouie"),
                (
                    "BY: Ann Writer and Bo Reporter | Updated",
                    "Ann Writer and Bo Reporter",
                ),
                ("By Ann Writer, Political Correspondent", "Ann Writer"),
                ("Analysis by Chris Carter, Gazette Editor-at-large", "Chris Carter"),
                ("Von Anna Schmidt", "Anna Schmidt"),
                ("Par Jean Dupont", "Jean Dupont"),
                ("Por María López", "María López"),
                ("By Ann Writer 2 hours ago", "Ann Writer"),
                ("Posted on June 3, 2023 by Jane", "Jane"),  # after a date
                ("Updated 3 May 2021, 10:20 by Ann Lee", "Ann Lee"),
                ("3 May 2021, 10:20 by Ann Lee", "Ann Lee"),
            ],
        )

    def test_no_byline(self) -> None:
        self.table(
            sa.byline_name,
            [
                ("Saved by Firefighters", None),  # a headline, not a byline
                ("Prices fell by 3 percent", None),
                ("By", None),
                ("The council said by Tuesday it would decide about the bridge.", None),
                ("On 3 May 2021 the team went by bus to see Mr Smith", None),
                ("Prices fell on 3 May 2021 by 3 percent", None),
            ],
        )

    def test_a_date_after_the_name_is_not_part_of_it(self) -> None:
        self.table(
            sa.byline_name,
            [
                ("By Ann Writer June 15, 2024", "Ann Writer"),
                ("By Bo Reporter Updated Nov 13, 2019, 9:15am EST", "Bo Reporter"),
            ],
        )


class TestBreadcrumb(CheckMixin):
    """breadcrumb: the section names of a trail, without Home or the headline."""

    def test_trails(self) -> None:
        title = "Kim Jong Un tours Putin's military arsenal"
        cases = [
            ("HomeWorldAmericasKim Jong Un tours Putin's military...", ["World", "Americas"]),
            ("Home » World » Americas", ["World", "Americas"]),
            ("Home › News › Local", ["News", "Local"]),
            ("Start > Politik > Ausland", ["Politik", "Ausland"]),
            ("News > Americas > Kim Jong Un tours Putin's...", ["News", "Americas"]),
            ("HomeNewsSport", ["News", "Sport"]),
            ("Home", []),
            ("Homework is a burden for children", []),
            ("News > Local > Town council", []),  # neither Home nor the headline
            ("The council met on a wet evening » and voted", []),
        ]  # fmt: skip
        for text, expected in cases:
            with self.subTest(text=text):
                self.check(sa.breadcrumb(text, title), expected)


class TestWithoutSite(TableMixin):
    """without_site: a window title without the site's name."""

    def test_site_names_cut(self) -> None:
        headline = "Council votes to repair the old bridge"
        self.table(
            sa.without_site,
            [
                (headline + " | The Town Gazette", headline),
                (headline + " - BBC News", headline),
                (headline + " — The Town Gazette", headline),
                ("The Gazette | " + headline, headline),
                ("Gazette :: " + headline, headline),
                ("Gazette » Blog Archive » " + headline, headline),
                (headline + " » Gazette", headline),
                (headline + " | Gazette | Sport | Weather | Jobs", headline),
                (headline, headline),
                (  # a dash inside the headline is not a site's name
                    "Bridge to close – ‘The deck is unsafe’ as repairs begin",
                    "Bridge to close – ‘The deck is unsafe’ as repairs begin",
                ),
            ],
        )


class TestMarkdownText(TableMixin):
    """unmarked: Markdown as the text it shows, and how much of it is links."""

    def test_links_and_pictures_keep_their_text(self) -> None:
        self.table(
            sa.unmarked,
            [
                ("[Home](/)", ("Home", 4)),
                (
                    "Read [the report](https://x.example/r.pdf) today",
                    ("Read the report today", 10),
                ),
                ("![A bridge](/img/b.jpg) The bridge", ("A bridge The bridge", 8)),
                ("[![logo](/l.png)](/)", ("logo", 8)),
                ("[a](x) and [b](y)", ("a and b", 2)),
                ("a [picture](/f\\(1\\).jpg) here", ("a picture here", 7)),
                ("[not a link] here", ("[not a link] here", 0)),
            ],
        )

    def test_emphasis_and_escapes_go(self) -> None:
        self.table(
            sa.unmarked,
            [
                ("**Bold** and _italic_ words", ("Bold and italic words", 0)),
                ("a snake_case_name stays", ("a snake_case_name stays", 0)),
                # a code span's stars stay (backticks paired as CommonMark
                # pairs them), and a web address's
                ("*a* `**kw**` ``*x*`` **b**", ("a `**kw**` ``*x*`` b", 0)),
                ("didn`t say *why* **Name:**Text", ("didn`t say why Name:Text", 0)),
                ("see http://e.org/_a_/*b* _c_", ("see http://e.org/_a_/*b* c", 0)),
                ("2\\. Quirk of fate", ("2. Quirk of fate", 0)),
                ("an escaped \\* star", ("an escaped * star", 0)),
                ("C:\\\\Windows", ("C:\\Windows", 0)),
            ],
        )

    def test_escaped_underscore_keeps_the_underscore(self) -> None:
        self.table(
            sa.unmarked, [("an escaped \\_ underscore", ("an escaped _ underscore", 0))]
        )

    def test_without_targets(self) -> None:
        self.table(
            sa.without_targets,
            [
                ("[Home](/)[News](/news)", ("HomeNews", 8)),
                ("**[Home](/)**", ("**Home**", 4)),
                ("no links", ("no links", 0)),
            ],
        )


class TestLynxLinks(TableMixin):
    """without_markers, without_references: lynx -dump's link numbers and
    its list of their targets."""

    def test_link_numbers_go(self) -> None:
        self.table(
            sa.without_markers,
            [
                ("[12]Home", ("Home", 1)),
                ("Read the [3]report today", ("Read the report today", 1)),
                ("a[1]b[22]c", ("abc", 2)),
                ("[Defence] Secretary", ("[Defence] Secretary", 0)),
                ("Footnote [a]", ("Footnote [a]", 0)),
                ("[1234567]x", ("[1234567]x", 0)),  # longer than any link count
                ("safe.^[26][4] It", ("safe.^[4] It", 1)),  # a footnote's link
                ("[7][8]", ("[8]", 1)),
            ],
        )

    def test_references_list_goes(self) -> None:
        refs = "\n\nReferences\n\n   1. https://a.example/\n   2. https://b.example/\n"
        visible = "\n\nReferences\n\n   Visible links:\n   1. https://a.example/\n"
        self.table(
            sa.without_references,
            [
                ("The text." + refs, ("The text.\n", True)),
                ("The text." + visible, ("The text.\n", True)),
                ("The text.\n", ("The text.\n", False)),
                (  # a heading of the article, not lynx's list
                    "The text.\n\nReferences\n\nSmith, J. (2019). A book.\n",
                    ("The text.\n\nReferences\n\nSmith, J. (2019). A book.\n", False),
                ),
            ],
        )

    def test_numbers_stay_without_a_references_list(self) -> None:
        self.check(
            blocks("A claim.[12] Another one.[13]\n"),
            [("A claim.[12] Another one.[13]", "")],
        )
        refs = (
            "A claim.[12] Another one.[13]\n\nReferences\n\n   12. https://a.example/\n"
        )
        self.check(blocks(refs), [("A claim. Another one.", "")])

    def test_picture_references_go(self) -> None:
        self.table(
            sa.without_image,
            [
                ("[bridge.jpg?w=640&h=480] The old bridge", " The old bridge"),
                ("The old bridge [bridge.png] at dusk", "The old bridge  at dusk"),
                ("[Defence] Secretary Austin", "[Defence] Secretary Austin"),
                ("A list [1] of [notes]", "A list [1] of [notes]"),
            ],
        )


def blocks(text: str) -> list[tuple[str, str]]:
    """The blocks text_page makes of text: (text, kind) pairs."""
    page = sa.text_page(text)
    return list(zip(page.texts, page.kinds))


PARAGRAPH = """\
   The council met on a wet evening to decide whether the old bridge should
   be repaired or replaced, and the debate that followed was longer and
   louder than anyone in the room had expected it to be."""
JOINED = (
    "The council met on a wet evening to decide whether the old bridge should be "
    "repaired or replaced, and the debate that followed was longer and louder than "
    "anyone in the room had expected it to be."
)


class TestBlocks(CheckMixin):
    """text_page: saved text split into the page's blocks."""

    def test_a_block_a_line(self) -> None:
        self.check(
            blocks("Home\nNews\n\nThe council met.\n"),
            [("Home", ""), ("News", ""), ("The council met.", "")],
        )

    def test_hard_wrapped_lines_are_joined(self) -> None:
        for indent in ("   ", ""):
            with self.subTest(indent=indent):
                text = (
                    PARAGRAPH.replace("   ", indent)
                    + "\n\n"
                    + PARAGRAPH.replace("   ", indent)
                )
                self.check(blocks(text), [(JOINED, ""), (JOINED, "")])

    def test_hyphen_at_a_line_break(self) -> None:
        # lynx and w3m break no word at its hyphen: one at a line's end had a
        # space after it ("Press- und"); html2text's Markdown breaks there
        dump = (
            "   The talks between the two leaders went on for most of the day, at the Press-\n"
            "   und Hammerwerk by the end of the week, said the officials who had watched\n"
            "   from the side of the room, while the deck of the old bridge is to be repa-\n"
            "   ired in the spring, when a repaired bridge is what the whole town wants to see.\n"
        )
        markdown = "# The talks\n\n" + dump.replace("   ", "").replace(
            "Press-\nund Hammerwerk", "four-\nhour sessions"
        )
        for text, kept in (
            (dump, " the Press- und Hammerwerk "),
            (markdown, " four-hour "),
        ):
            with self.subTest(kept):
                *_, (block, _) = blocks(text)
                self.assertIn(kept, block)
                self.assertIn("The talks between", block)
                # a word spelt whole elsewhere loses its hyphen
                self.assertIn(" to be repaired in the spring", block)

    def test_hyphen_at_a_flush_line_break(self) -> None:
        # text wrapped flush, w3m's or a tool's that breaks at hyphens: only
        # before "und", "or"… had a hyphen a space after it
        said = (
            "The talks between the two leaders went on for most of the day at"
            " the Press- und Hammerwerk, where the state-of-the-art machines of"
            " the works were shown to the officials who had come from the town."
        )
        for broken in ("Press-\nund", "state-\nof"):
            with self.subTest(broken):
                text = next(
                    t
                    for t in (textwrap.fill(said, w) + "\n" for w in range(50, 80))
                    if broken in t
                )
                (block, _), *_ = blocks(text + "\n" + text)
                self.assertEqual(block, said)

    def test_list_items(self) -> None:
        text = (
            PARAGRAPH
            + "\n\n     * a new deck of reinforced concrete, laid in sections so that one lane of\n"
            "       the bridge stays open\n     * lighting under the arches\n\n"
            "    1. first, the deck\n    2. then the railings\n\n"
            "  • a w3m bullet\n\n" + PARAGRAPH
        )
        self.check(
            blocks(text),
            [
                (JOINED, ""),
                ("a new deck of reinforced concrete, laid in sections so that one lane of the bridge stays open", "•"),
                ("lighting under the arches", "•"),
                ("first, the deck", "1."),
                ("then the railings", "2."),
                ("a w3m bullet", "•"),
                (JOINED, ""),
            ],
        )  # fmt: skip

    def test_table_rows_are_never_joined(self) -> None:
        rows = (
            "   Option                 Cost      Years\n"
            "   Repair the deck        2.1m         25\n"
            "   New bridge             9.8m        100\n"
            "   1 Ann Driver 5040 5 1 17\n"
            "   2 Bo Racer 5035 7 0 15"
        )
        self.check(
            blocks(PARAGRAPH + "\n\n" + rows + "\n\n" + PARAGRAPH),
            [
                (JOINED, ""),
                ("Option Cost Years", ""),
                ("Repair the deck 2.1m 25", ""),
                ("New bridge 9.8m 100", ""),
                ("1 Ann Driver 5040 5 1 17", ""),
                ("2 Bo Racer 5035 7 0 15", ""),
                (JOINED, ""),
            ],
        )

    def test_markdown(self) -> None:
        text = (
            "# Council votes to repair\nthe old bridge\n\n"
            "The council met on a [wet evening](https://x.example/a) to decide whether\n"
            "the [old\nbridge](https://x.example/b) should be repaired, and the **debate** was _long_.\n\n"
            "  * [Home](https://x.example/)\n  * [News](https://x.example/news)\n\n"
            "## Most Popular\n"
        )
        self.check(
            blocks(text),
            [
                ("Council votes to repair the old bridge", "#"),
                ("The council met on a wet evening to decide whether the old bridge should be repaired, and the debate was long.", ""),
                ("Home", "•"),
                ("News", "•"),
                ("Most Popular", "#"),
            ],
        )  # fmt: skip

    def test_markdown_only_level_one_heading(self) -> None:
        # The page's only "# " heading is noted (the article is anchored
        # under it); "##" is no level-1 heading, and of two none is the one.
        head = "".join(f"  * [{w}](https://x.example/{w})\n" for w in "abc") + "\n"
        for text, agreed in [
            (head + "## Menu\n\n# Council votes\n\n" + PARAGRAPH, 4),
            (head + "# Menu\n\n# Council votes\n\n" + PARAGRAPH, -1),
            (head + "## Council votes\n\n" + PARAGRAPH, -1),
        ]:
            with self.subTest(text=text):
                page = sa.text_page(text)
                self.check((page.style, page.meta.agreed), ("markdown", agreed))


def scores(
    inside: Sequence[float],
    after: Sequence[float],
    keep: Sequence[float] | None = None,
    start: Sequence[float] | None = None,
    end: Sequence[float] | None = None,
    boundary: float = 0.0,
    least: float = 0.0,
) -> sa.Scores:
    """Scores made by hand: every block kept that the stretch holds (keep 1)
    unless keep says otherwise; decode settings of our own, not the fitted."""
    n = len(inside)
    made = sa.Scores.__new__(sa.Scores)
    made.inside = list(inside)
    made.after = list(after)
    made.keep = list(keep) if keep is not None else [1.0] * n
    made.start = list(start) if start is not None else [0.0] * n
    made.end = list(end) if end is not None else [0.0] * n
    made.decode = {"shift": 0.0, "boundary": boundary, "keep": least}
    made.local = [0.0] * n
    made.marks = bytearray(n)
    return made


LONG = "a paragraph of the article that goes on for many more words than any menu item"


def sequence(
    made: sa.Scores, texts: Sequence[str] | None = None, kinds: str = ""
) -> list[int]:
    """The blocks sequence() keeps, by number, on a page of texts (each
    kinds letter "i" a list item)."""
    page = sa.Page("lines")
    for i, text in enumerate(texts or [LONG] * len(made.inside)):
        page.add(text, "•" if kinds[i : i + 1] == "i" else "", 0, 0, i)
    kept = sa.sequence(made, page)
    return [i for i, k in enumerate(kept) if k]


class TestSequence(CheckMixin):
    """sequence: the article is one stretch of the page, picked from the
    blocks' scores."""

    def test_the_stretch_the_scores_favour(self) -> None:
        made = scores(inside=[-3, -3, 3, 3, 3, -3, -3], after=[-9] * 5 + [3, 3])
        self.check(sequence(made), [2, 3, 4])

    def test_blocks_outside_the_stretch_are_never_kept(self) -> None:
        made = scores(inside=[-3, 3, 3, -3], after=[-9, -9, -9, 3], keep=[9, 1, 1, 9])
        self.check(sequence(made), [1, 2])

    def test_a_weak_block_inside_is_dropped_without_splitting_the_article(self) -> None:
        made = scores(inside=[3, 3, -1, 3, 3], after=[-9] * 5, keep=[1, 1, -1, 1, 1])
        self.check(sequence(made), [0, 1, 3, 4])

    def test_what_favours_after_ends_the_article(self) -> None:
        made = scores(inside=[3, 3, -5, -5, -5], after=[-9, -9, 3, 3, 3])
        self.check(sequence(made), [0, 1])

    def test_start_and_end_scores_place_its_ends(self) -> None:
        made = scores(
            inside=[0.5] * 6,
            after=[0.4] * 6,
            start=[-20, -20, 10, -20, -20, -20],
            end=[-20, -20, -20, -20, 10, -20],
            boundary=1.0,
        )
        self.check(sequence(made), [2, 3, 4])

    def test_when_nothing_passes_keep_those_closest_to_passing(self) -> None:
        made = scores(inside=[3, 3, 3], after=[-9] * 3, keep=[-3, -1, -1.5])
        self.check(sequence(made, [LONG] * 3), [1, 2])

    def test_a_list_is_kept_whole_by_its_mean(self) -> None:
        made = scores(inside=[3] * 5, after=[-9] * 5, keep=[1, 1, 1, -0.5, 1])
        self.check(sequence(made, kinds="-iii-"), [0, 1, 2, 3, 4])
        made = scores(inside=[3] * 5, after=[-9] * 5, keep=[1, -2, -2, -1, 1])
        self.check(sequence(made, kinds="-iii-"), [0, 4])

    def test_a_list_between_paragraphs_may_score_lower(self) -> None:
        made = scores(inside=[3] * 5, after=[-9] * 5, keep=[1, -0.5, -0.5, -0.5, 1])
        self.check(sequence(made, kinds="-iii-"), [0, 1, 2, 3, 4])
        made = scores(inside=[3] * 4, after=[-9] * 4, keep=[1, -0.5, -0.5, -0.5])
        self.check(sequence(made, kinds="-iii"), [0])

    def test_when_nothing_passes_keep_a_menu_item_is_no_article(self) -> None:
        made = scores(inside=[3, 3, 3], after=[-9] * 3, keep=[-3, -1, -2])
        self.check(sequence(made, ["Home", "Sign in", "Subscribe"]), [])


class TestWindowTitle(TableMixin):
    """A text saved a block a line opens with its window title (html-text's,
    a scraper's), but not a browser's unwrapped dump, whose indented list
    items show it (lynx -width=1000 and w3m -cols 1000 print no title);
    lynx's feed links name the title in its first line."""

    def test_first_line_is_the_window_title(self) -> None:
        prose = "The council met on a wet evening to decide what to do next.\n"
        menu = "".join(f"  • {w}\n" for w in ("Home", "News", "Sport"))
        feeds = (
            "#Courier » Feed Courier » Comments Feed Courier » Bridge repair"
            " Comments Feed\n\n"
        )
        self.table(
            lambda text: sa.page_of(text).titled,
            [
                ("Bridge repair - Courier\nHome\nNews\nSport\n" + prose, True),
                ("Skip to content\n\n" + menu + "\n" + prose, False),
                (
                    "Skip to content\n\n" + menu.replace("•", "   *") + "\n" + prose,
                    False,
                ),
                (feeds + menu.replace("•", "   *") + "\n" + prose, True),
            ],
        )


if __name__ == "__main__":
    unittest.main()
