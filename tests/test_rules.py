"""The rules the cleaner relies on, each on a small page written for it."""

from __future__ import annotations

import json
import textwrap
import unittest

from support import CheckMixin, run

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


if __name__ == "__main__":
    unittest.main()
