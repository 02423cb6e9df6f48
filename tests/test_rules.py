"""The rules the cleaner relies on, each on a small page written for it."""

from __future__ import annotations

import json
import sys
import textwrap
import unittest

from support import ROOT, CheckMixin, run

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable

PROSE = [
    (
        "The council met on a wet evening to decide whether the old bridge should be repaired or replaced, "
        "and the debate that followed was longer and louder than anyone in the room had expected it to be."
    ),
    (
        "Engineers told the members that the stone piers were sound but that the deck would need to be rebuilt "
        "within five years, at a cost that the town could only meet by borrowing from the regional fund."
    ),
    (
        "Several residents spoke against a new bridge, saying that the old one was part of the town's character "
        "and that a modern crossing would bring heavier traffic through the narrow streets of the centre."
    ),
    (
        "In the end the council voted to repair the deck and to ask the regional fund for a grant, with a final "
        "decision on the wider plan to be taken when the engineers report again in the spring of next year."
    ),
]


# A standings table, a row a line: the article itself on a results page.
ROWS = [
    f"{n} {name} {points} {wins} {poles} {top}"
    for n, (name, points, wins, poles, top) in enumerate(
        [
            ("Ann Driver", 5040, 5, 1, 17),
            ("Bo Racer", 5035, 7, 0, 15),
            ("Cy Wheeler", 5033, 4, 6, 15),
            ("Di Speed", 5027, 6, 3, 19),
            ("Ed Lapman", 2380, 2, 3, 12),
            ("Flo Pitt", 2339, 1, 1, 11),
            ("Gus Gear", 2318, 3, 3, 13),
            ("Hal Turn", 2290, 0, 1, 7),
            ("Ida Brake", 2275, 3, 4, 11),
            ("Jo Throttle", 2274, 0, 5, 5),
        ],
        1,
    )
]


def page(*head: str, tail: tuple[str, ...] = ("Most Popular", "Share this")) -> bytes:
    """A saved page: menu lines, the given head lines, four paragraphs, chrome after."""
    lines = ["Home", "News", "Sport", "Sign in", *head, *PROSE, *tail]
    return "\n\n".join(lines).encode("utf-8")


def with_break(line: str) -> bytes:
    """A page whose body has line standing between its second and third paragraphs."""
    lines = [
        "Home",
        "Council votes to repair",
        *PROSE[:2],
        line,
        *PROSE[2:],
        "Most Popular",
    ]
    return "\n\n".join(lines).encode()


def doc(data: bytes) -> dict[str, object]:
    result = run("--format", "json", "-", stdin=data)
    assert result.returncode == 0, result.stderr
    value = json.loads(result.stdout)
    assert isinstance(value, dict)
    return value


class TestStructure(CheckMixin):
    def test_body_is_the_prose_and_chrome_is_dropped(self) -> None:
        self.check(doc(page("Council votes to repair the old bridge"))["body"], PROSE)

    def test_headline_is_the_block_before_the_body(self) -> None:
        self.check(
            doc(page("Council votes to repair the old bridge"))["title"],
            "Council votes to repair the old bridge",
        )

    def test_window_title_loses_the_site_name(self) -> None:
        data = b"Council votes to repair the old bridge | The Town Gazette\n\n" + page(
            "Council votes to repair the old bridge"
        )
        self.check(doc(data)["title"], "Council votes to repair the old bridge")

    def test_standfirst_between_headline_and_byline(self) -> None:
        value = doc(
            page(
                "Council votes to repair",
                "Members chose the cheaper plan after a long debate.",
                "By Jamelle Bouie",
            )
        )
        self.check(
            value["subtitle"], "Members chose the cheaper plan after a long debate."
        )
        self.check(value["byline"], "Jamelle Bouie")

    def test_no_standfirst_gives_null(self) -> None:
        self.check(
            doc(page("Council votes to repair the old bridge"))["subtitle"], None
        )

    def test_date_forms(self) -> None:
        forms = {
            "November 20, 2019": "2019-11-20",
            "20 Nov 2019": "2019-11-20",
            "2019-11-20": "2019-11-20",
            "Updated : 19 November 2019, 09:01 AM": "2019-11-19",
            "Wednesday, Nov. 20, 2019 8:03 am ET": "2019-11-20",
            "20.11.2019": "2019-11-20",
        }
        for written, iso in forms.items():
            with self.subTest(written=written):
                self.check(
                    doc(page("Council votes to repair the old bridge", written))[
                        "date"
                    ],
                    iso,
                )

    def test_advertisement_inside_the_body_neither_stays_nor_splits(self) -> None:
        data = with_break("Advertisement")
        self.check(doc(data)["body"], PROSE)

    def test_related_after_end_marker_is_dropped(self) -> None:
        tail = (
            "Related stories",
            "A long teaser sentence about something else that happened in the town last week, with quotes.",
        )
        self.check(doc(page("Council votes to repair", tail=tail))["body"], PROSE)

    def test_subheading_inside_the_body_stays_its_own_paragraph(self) -> None:
        value = doc(with_break("What happens next"))
        self.check(
            value["body"], [PROSE[0], PROSE[1], "What happens next", PROSE[2], PROSE[3]]
        )

    def test_lynx_list_items_stay_items(self) -> None:
        def para(text: str) -> str:
            return "\n".join(
                textwrap.wrap(text, 76, initial_indent="   ", subsequent_indent="   ")
            )

        second = "second item of the list, which is long enough to wrap onto the next line as lynx does"
        wrapped = textwrap.wrap(
            second, 76, initial_indent="     * ", subsequent_indent="       "
        )
        items = "     * first item of the list\n" + "\n".join(wrapped)
        text = "\n\n".join(
            [para(PROSE[0]), para(PROSE[1]), items, para(PROSE[2]), para(PROSE[3])]
        )
        out = run("--format", "markdown", "-", stdin=text.encode()).stdout.decode()
        self.assertIn(
            "\n\n- first item of the list\n\n- " + second + "\n\n",
            out,
        )
        self.assertIn(PROSE[1] + "\n\n", out)

    def test_standings_table_is_the_article(self) -> None:
        value = doc(
            "\n".join(
                [
                    "Home",
                    "Sport",
                    "Final standings of the season after the last race",
                    *ROWS,
                    "Most Popular",
                    PROSE[0],
                ]
            ).encode()
        )
        self.check(value["body"], ROWS)
        explained = run("--explain", "-", stdin="\n".join(ROWS).encode())
        self.assertIn(b"table row", explained.stdout)

    def test_lynx_table_rows_stay_rows(self) -> None:
        def para(text: str) -> str:
            return "\n".join(
                textwrap.wrap(text, 76, initial_indent="   ", subsequent_indent="   ")
            )

        rows = []
        for row in ROWS:  # columns spaced out, as lynx lays out a table
            n, rest = row.split(" ", 1)
            name, *numbers = rest.rsplit(" ", 4)
            rows.append(f"   {n:<4} {name:<20}" + "".join(f"{x:>8}" for x in numbers))
        text = "\n\n".join([para(PROSE[0]), "\n".join(rows), para(PROSE[1])])
        out = run("-", stdin=text.encode()).stdout.decode()
        self.assertIn("\n\n".join(ROWS), out)


class TestCheckAndKeepAll(CheckMixin):
    def test_check_exit_status(self) -> None:
        yes = run("--check", "-", stdin=page("Council votes to repair"))
        self.check((yes.returncode, yes.stdout, yes.stderr), (0, b"", b""))
        no = run("--check", "-", stdin=b"Home\nNews\nSign in\n")
        self.check((no.returncode, no.stdout, no.stderr), (1, b"", b""))

    def test_no_article_error_names_keep_all(self) -> None:
        result = run("-", stdin=b"Home\nNews\nSign in\n")
        self.check(result.returncode, 1)
        self.check(
            result.stderr,
            b"show_article.py: error: no article text found in standard input (--keep-all prints everything)\n",
        )

    def test_keep_all_prints_everything(self) -> None:
        result = run("--keep-all", "-", stdin=b"Home\nNews\nSign in\n")
        self.check(result.stdout, b"Home\n\nNews\n\nSign in\n")


sys.path.insert(0, str(ROOT))
import show_article as sa


def weight_of(text: str, kind: str = "") -> float:
    """The weight classification gives one block."""
    return sa.weight(text, kind, sa.Features(text))


class TestBlockRules(CheckMixin):
    """Each rule of classification on its own, as (block, expected) tables."""

    def table(
        self, rule: Callable[[str], object], cases: list[tuple[str, object]]
    ) -> None:
        for text, expected in cases:
            with self.subTest(text=text):
                self.check(rule(text), expected)

    def test_timestamp_lines(self) -> None:
        self.table(
            lambda t: sa.timestamp(t, sa.Features(t)),
            [
                ("2 days ago at 07:47 am", True),
                ("Tuesday November 19, 2019", True),
                ("Nov. 19, 2019 8:03 am ET", True),
                ("— The Nigerian Senate (@NGRSenate) October 9, 2018", False),
                ("The vote is due on 19 November 2019.", False),
            ],
        )

    def test_small_print_and_captions(self) -> None:
        self.table(
            lambda t: sa.small_print(sa.Features(t)) or sa.caption(sa.Features(t)),
            [
                (
                    "© 2019 Example Media. All rights reserved. Use of this site constitutes acceptance.",
                    True,
                ),
                (
                    "A shopper looks at cords, Tuesday, Nov. 19, 2019, in Grass Valley, Calif.",
                    True,
                ),
                (
                    "1of4 A man walks past the burned store on the corner of the street.",
                    True,
                ),
                (
                    "The bridge was closed (Photo by A. Person / Agency) for repairs.",
                    True,
                ),
                (PROSE[0], False),
            ],
        )

    def test_doubled_caption(self) -> None:
        self.table(
            sa.doubled,
            [
                (
                    "Flags are seen as the ministers meet in Washington. Flags are seen as the ministers meet in Washington.",
                    True,
                ),
                (PROSE[1], False),
            ],
        )

    def test_glued_teaser(self) -> None:
        self.table(
            sa.glued_teaser,
            [
                (
                    "Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying.",
                    True,
                ),
                (
                    "DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan officers are seeking tips.",
                    True,
                ),
                (
                    "Wichita East's Hugh McPherson won first place in the 100 yard freestyle.",
                    False,
                ),
                (
                    "The New York State Attorney General is investigating WeWork and its founder.",
                    False,
                ),
                (
                    "Now the Agency's SciSpacE team has called in the design facility for a study.",
                    False,
                ),
            ],
        )

    def test_list_lines_with_numbers_are_near_neutral(self) -> None:
        self.check(weight_of("1 tsp ground ginger"), sa.LIST_LINE_WEIGHT)
        self.check(weight_of("Sport"), -0.4)

    def test_lynx_form_field_is_furniture(self) -> None:
        self.check(weight_of("From ____________________ To ____________"), -1.0)

    def test_end_marker_and_inline_link(self) -> None:
        self.check(weight_of("Most Popular"), sa.END_WEIGHT)
        self.assertGreater(
            weight_of("Related: Council closes the market for repairs"), sa.END_WEIGHT
        )

    def test_byline_names(self) -> None:
        self.table(
            sa.byline_name,
            [
                ("By Jamelle Bouie", "Jamelle Bouie"),
                (
                    "BY: Ann Writer and Bo Reporter | Updated",
                    "Ann Writer and Bo Reporter",
                ),
                ("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"),
                ("Saved by Firefighters", None),  # a headline, not a byline
                ("Prices fell by 3 percent", None),
            ],
        )

    def test_headline_shapes(self) -> None:
        self.table(
            lambda t: sa.headline_like(sa.Block(t)),
            [
                ("Council votes to repair the old bridge", True),
                ("The Town Gazette. town_gazette_logo", False),
                ("3 Cy Wheeler 5033 4 6 15", False),
                ("News > Local > Town council", False),
                ("By Ann Writer", False),
                ("Photo: Getty Images", False),
                ("The council met on a wet evening to decide.", False),
            ],
        )

    def test_comments_heading(self) -> None:
        self.table(
            lambda t: sa.comments_heading(sa.Features(t)),
            [
                ("Top Rated Comments", True),
                ("[ 167 comments ]", True),
                ("Kommentare (12)", True),
                ("10 thoughts on “Council votes to repair the old bridge”", True),
                ("Leave a comment", False),  # an end marker, not this rule
                ("The council heard comments from residents for an hour.", False),
            ],
        )
        self.check(weight_of("Top Rated Comments"), sa.COMMENTS_WEIGHT)

    def test_picture_reference_cut_from_lynx_text(self) -> None:
        self.table(
            sa.without_image,
            [
                (
                    "[bridge.jpg?w=640&h=480] The old bridge at dawn",
                    " The old bridge at dawn",
                ),
                ("[Defence] Secretary Austin", "[Defence] Secretary Austin"),
                (
                    "The old bridge at dawn [bridge.jpg] and at dusk",
                    "The old bridge at dawn  and at dusk",
                ),
                ("A list [1] of [notes]", "A list [1] of [notes]"),
            ],
        )

    def test_site_name_cut_from_window_title(self) -> None:
        self.table(
            sa.without_site,
            [
                (
                    "Council votes to repair the old bridge | The Town Gazette",
                    "Council votes to repair the old bridge",
                ),
                (
                    "The Gazette | Council votes to repair the old bridge",
                    "Council votes to repair the old bridge",
                ),
                (
                    "Plague in China – ‘The plague is coming’ as panic begins",
                    "Plague in China – ‘The plague is coming’ as panic begins",
                ),
                (
                    "Council votes to repair | Gazette | Sport | Weather | Jobs",
                    "Council votes to repair",
                ),
            ],
        )


class TestPageRules(CheckMixin):
    """The rules that weigh blocks against their neighbours, on whole pages."""

    def test_teaser_rail_before_the_article_is_dropped(self) -> None:
        rail = [
            "Police Arrest Two After Break In At The Old MillTwo men were arrested on Monday after a break-in at the mill.",
            "Market Reopens After Storm Damage To Roof And WallsTraders returned to the square on Tuesday morning.",
            "School Wins Award For Its Reading Programme This YearThe primary school was praised by inspectors.",
        ]
        self.check(
            doc(page(*rail, "Council votes to repair the old bridge"))["body"], PROSE
        )

    def test_date_lines_split_a_rail_of_summaries(self) -> None:
        rail = []
        for day in ("Monday November 18, 2019", "Tuesday November 19, 2019"):
            rail += ["A teaser headline", day, PROSE[0].replace("council", "committee")]
        value = doc(
            page("Council votes to repair the old bridge", tail=("Share this", *rail))
        )
        self.check(value["body"], PROSE)

    def test_inline_box_does_not_end_the_article(self) -> None:
        value = doc(
            with_break(
                "Related articles\n\nA link to another story\n\nAnother link to a story"
            )
        )
        self.check(value["body"], PROSE)

    def test_numbered_links_under_related_end_the_article(self) -> None:
        teasers = [
            (
                "1. The market hall will close for repairs in the spring, the town has "
                "said, and the traders who rent its stalls will move to the square"
            ),
            (
                "2. A new bus route to the station is to be tried out for the summer "
                "months, with a bus every half hour and a stop outside the hospital"
            ),
        ]
        data = "\n\n".join(
            ["Home", "Council votes to repair", *PROSE, "Related", *teasers]
        ).encode()
        self.check(doc(data)["body"], PROSE)

    def test_long_share_bar_inside_the_article_does_not_split_it(self) -> None:
        bar = [
            "Share",
            "Facebook",
            "Twitter",
            "Email",
            "Print",
            "Copy link",
            "Comment",
        ] * 2
        second = [p.replace("council", "committee") for p in PROSE]
        data = "\n\n".join(
            ["Council votes to repair", *PROSE, *bar, *second, "Most Popular"]
        )
        self.check(doc(data.encode())["body"], PROSE + second)

    def test_comments_that_outweigh_the_article_are_dropped(self) -> None:
        said = [
            p.replace("The council", "I think the council").replace("Engineers", "We")
            for p in PROSE
        ]
        comments = [part for p in said for part in ("A reader", "2 days ago", p, p)]
        value = doc(page(tail=("Top Rated Comments", *comments)))
        self.check(value["body"], PROSE)

    def test_headline_copy_of_window_title_after_teasers(self) -> None:
        teasers = [p.replace("council", "club") for p in PROSE[:3]]
        data = "\n\n".join(
            [
                "Council votes to repair the old bridge - The Town Gazette",
                "Home",
                *teasers,
                "Council votes to repair the old bridge",
                "November 19, 2019",
                *PROSE,
                "Most Popular",
            ]
        ).encode()
        value = doc(data)
        self.check(value["title"], "Council votes to repair the old bridge")
        self.check(value["body"], PROSE)

    def test_headline_with_its_byline_under_it(self) -> None:
        value = doc(
            page(
                "Weather",
                "Council votes to repair the old bridge",
                "By Ann Writer",
                "Updated: a moment ago",
            )
        )
        self.check(value["title"], "Council votes to repair the old bridge")

    def test_headline_shown_twice_beats_the_lead_under_it(self) -> None:
        value = doc(
            page(
                "Up next:",
                "Council votes to repair the old bridge after a long debate",
                "Council votes to repair the old bridge after a long debate",
                "Members chose the cheaper of two plans for the town",
            )
        )
        self.check(
            value["title"], "Council votes to repair the old bridge after a long debate"
        )

    def test_first_line_is_the_window_title_only_with_a_site_name(self) -> None:
        data = "\n\n".join(
            [
                "Skip Navigation",
                "Home",
                "Council votes to repair",
                *PROSE,
                "Most Popular",
            ]
        ).encode()
        self.check(doc(data)["title"], "Council votes to repair")

    def test_breadcrumb_trail_is_no_headline(self) -> None:
        value = doc(page("Council votes to repair", "News > Local > Town council"))
        self.check(value["title"], "Council votes to repair")

    def test_headline_that_says_something_beats_a_name_under_it(self) -> None:
        value = doc(
            page(
                "Council votes to repair the old bridge after a long debate",
                "Ann Writer Senior Reporter",
            )
        )
        self.check(
            value["title"], "Council votes to repair the old bridge after a long debate"
        )

    def test_lead_paragraph_under_the_headline_is_no_headline(self) -> None:
        lead = (
            "Members chose the cheaper of the two plans for the town after a debate "
            "that ran late into the night and left the question of a new bridge open"
        )
        value = doc(page("Council votes to repair the old bridge", lead))
        self.check(value["title"], "Council votes to repair the old bridge")

    def test_text_that_opens_on_its_headline(self) -> None:
        lead = "The council voted on Tuesday to repair the old bridge, not replace it."
        for title in (
            "Council votes to repair the old bridge",
            "Bridge repair approved",
        ):
            with self.subTest(title):
                data = "\n\n".join([title, lead, *PROSE]).encode()
                self.check(doc(data)["title"], title)

    def test_lynx_heading_flush_left_is_the_headline(self) -> None:
        def para(text: str) -> str:
            return "\n".join(
                textwrap.wrap(text, 76, initial_indent="   ", subsequent_indent="   ")
            )

        text = "\n\n".join(
            [
                "   * Home",
                "   * News",
                "Council votes to repair the old bridge",
                *map(para, PROSE),
            ]
        )
        self.check(
            doc(text.encode())["title"], "Council votes to repair the old bridge"
        )

    def test_standfirst_is_never_a_newsletter_box(self) -> None:
        value = doc(
            page(
                "Council votes to repair",
                "Want more news? Join the Gazette newsletter today.",
                "By Ann Writer",
            )
        )
        self.check(value["subtitle"], None)


if __name__ == "__main__":
    unittest.main()
