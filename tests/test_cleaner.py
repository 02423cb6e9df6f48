"""The cleaner's promises, on pages written for them: the article kept and
the page around it dropped, in every saving style, whatever the fitted
weights are.

Each page is a clear case (a story of six long paragraphs in the chrome of a
news site), so that what is asserted holds for any reasonable refit of the
model: no test here looks at a score.
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
import unittest
from typing import Any, Callable, ClassVar

import pages
from pages import (
    AUTHOR,
    CHROME,
    DATE,
    HEADLINE,
    ISO_DATE,
    ITEMS,
    LEAD_IN,
    PARAGRAPHS,
    STANDFIRST,
    STYLES,
    part,
    story,
    wrap,
)
from support import FIXTURES, CheckMixin, run

NO_ARTICLE = (
    b"show_article.py: error: no article text found in standard input"
    b" (--keep-all prints everything)\n"
)
# The story as the text format prints it, from any saving style.
ARTICLE = "\n\n".join([HEADLINE, STANDFIRST, *PARAGRAPHS]) + "\n"
# A list item's bullet, as the text format prints it or the page wrote it.
BULLET = re.compile(r"^(?:[*•+-]|\d+\.) ")


@functools.lru_cache(maxsize=None)
def text_of(page: str, *args: str) -> str:
    """What the script prints for page (a run that must work)."""
    result = run(*args, "-", stdin=page.encode())
    assert result.returncode == 0 and not result.stderr, result.stderr.decode()
    return result.stdout.decode()


def json_of(page: str) -> dict[str, Any]:
    """The --format json object for page."""
    doc = json.loads(text_of(page, "--format", "json"))
    assert isinstance(doc, dict)
    return doc


def paragraphs(doc: dict[str, Any]) -> list[str]:
    """The JSON body without the standfirst, which it starts with when the
    standfirst is also the article's first paragraph."""
    body = list(doc["body"])
    return body[1:] if doc["subtitle"] and body[:1] == [doc["subtitle"]] else body


def lines(*texts: str) -> str:
    """A page saved a block a line."""
    return "\n".join(texts) + "\n"


def blocks(*texts: str) -> str:
    """A page saved with blank lines between its blocks."""
    return "\n\n".join(texts) + "\n"


def markdown_before_residents(text: str) -> str:
    """The story in html2text's Markdown with text set right before its
    paragraph "Several residents …"."""
    return pages.markdown(story()).replace(
        "Several residents", text + "Several residents"
    )


def with_paragraph(save: Callable[[list[pages.Part]], str], said: str) -> str:
    """The story saved by save with one more paragraph, said, in it."""
    return save(story(inside=(part("paragraph", said),)))


class TestSavingStyles(CheckMixin):
    """The same story saved any way gives the same article."""

    def test_text_output_is_the_article_in_every_style(self) -> None:
        for name, save in STYLES.items():
            with self.subTest(name):
                self.check(text_of(save(story())), ARTICLE)

    def test_headline_standfirst_date_and_byline_in_every_style(self) -> None:
        for name, save in STYLES.items():
            with self.subTest(name):
                doc = json_of(save(story()))
                self.check(
                    (doc["title"], doc["subtitle"], doc["date"], doc["byline"]),
                    (HEADLINE, STANDFIRST, ISO_DATE, AUTHOR),
                )

    def test_every_piece_of_chrome_is_removed_in_every_style(self) -> None:
        for name, save in STYLES.items():
            with self.subTest(name):
                doc = json_of(save(story()))
                self.check([c for c in CHROME if c not in doc["removed"]], [])
                self.check(paragraphs(doc), list(PARAGRAPHS))


class TestDumpsLineBreaks(CheckMixin):
    """Where lynx and w3m break a line without a space (in an address too
    long for a line), or after a space (a suspended hyphen), or w3m before
    a link's full stop, the words read as the page has them; w3m's names
    for pictures are not words."""

    def broken(
        self, save: Callable[[list[pages.Part]], str], said: str, at: str
    ) -> str:
        """The page save gives for a story with said (its "{}" filled with
        enough words) the first way that breaks a line right after at."""
        for n in range(120):  # every length: "so " and "that " mixed
            text = said.format("so " * (n % 5) + "that " * (n // 5))
            page = with_paragraph(save, text)
            if at + "\n" in page:
                return page
        raise AssertionError(f"no line ends with {at!r}")

    def test_links_empty_items_before_a_line_show_no_bullets(self) -> None:
        # links -dump writes empty list items (a share bar's) on the line
        # of the text after them: "* * Several residents"
        page = pages.links_dump(story())
        at = page.index("   Several residents")
        page = page[:at] + "     * * " + page[at + 3 :]
        starts = [said[:23] for said in json_of(page)["body"]]
        self.assertIn("Several residents spoke", starts)
        self.assertIn("\n\n• Several residents spoke", text_of(page))

    def test_a_suspended_hyphen_keeps_its_space(self) -> None:
        said = "The members heard {}the Press- und Hammerwerk was sold on Friday."
        for save in (pages.lynx, pages.w3m):
            with self.subTest(save.__name__):
                page = self.broken(save, said, "Press-")
                self.assertIn(" the Press- und Hammerwerk was sold", text_of(page))

    def test_an_address_broken_by_w3m_is_whole(self) -> None:
        # w3m breaks an address after its "/" and after "https:", no space
        for at, written in (
            ("example/", "https://gazette.example/ news/bridge-report.html"),
            ("https:", "https: //gazette.example/news/bridge-report.html"),
            ("wiki/", "https://gazette.example/wiki/ News/bridge-report.html"),
        ):
            with self.subTest(at):
                said = "The members heard {}the report at " + written + " on Friday."
                page = self.broken(pages.w3m, said, at)
                whole = "".join(written.split(" "))
                self.assertIn(f"the report at {whole} on Friday.", text_of(page))

    def test_w3ms_name_for_a_picture_without_words_goes(self) -> None:
        # w3m writes a picture without alt text as its file's name, cut at 10
        said = "The deck [a7edbb0f-8] is [1] to be [sic] rebuilt [blank_1x1] soon."
        page = with_paragraph(pages.w3m, said)
        shown = "The deck is [1] to be [sic] rebuilt soon."
        self.assertIn(shown, json_of(page)["body"])

    def test_a_space_before_a_colon_stays(self) -> None:
        said = "Le maire a dit {}ce matin : que le pont est sûr, et voilà !"
        for save in (pages.lynx, pages.w3m):
            with self.subTest(save.__name__):
                page = self.broken(save, said, "matin")
                self.assertIn(" ce matin : que le pont", text_of(page))

    def test_an_address_that_ends_a_line_before_a_capital_is_whole(self) -> None:
        said = (
            "The members heard {}the report at https://gazette.example/ Host: the town."
        )
        page = self.broken(pages.w3m, said, "example/")
        self.assertIn(" https://gazette.example/ Host: the town.", text_of(page))

    def test_a_full_stop_w3m_puts_on_the_next_line_is_glued(self) -> None:
        said = "The members heard {}the report of the surveyors . It was long."
        page = self.broken(pages.w3m, said, "surveyors")
        self.assertIn("\n. It was long.", page)
        self.assertIn(" of the surveyors. It was long.", text_of(page))
        said = "The members heard {}the report (of the surveyors ) at last."
        page = self.broken(pages.w3m, said, "surveyors")
        self.assertIn(" (of the surveyors) at last.", text_of(page))

    def test_a_first_line_set_in_further_opens_the_paragraph(self) -> None:
        # a paragraph typed with spaces before it (or one lynx shows after a
        # nested list, its number lost) sets its first line in further
        said = PARAGRAPHS[1]
        for name, lead, width in (("lynx", "   ", 76), ("w3m", "", 80)):
            with self.subTest(name):
                page = STYLES["lynx -dump -nolist" if lead else "w3m -dump"](story())
                first = wrap(said, width, lead)
                self.assertIn(first, page)
                set_in = textwrap.fill(
                    said,
                    width,
                    initial_indent=lead + "  ",
                    subsequent_indent=lead,
                    break_on_hyphens=False,
                )
                self.assertIn(said, json_of(page.replace(first, set_in))["body"])

    def test_a_term_under_a_set_in_description_stays_apart(self) -> None:
        # w3m's <dl>: a term flush left under its description's last line
        terms = (
            "The deck\n    The flat part of the crossing that carries the road"
            " over the water below.\nThe piers\n    The stone columns.\n"
            "The deck, the piers and the stones of the crossing over the water\n"
            "    What the engineers saw when they looked at the old crossing once more now.\n"
            "The arch that the town rebuilt in the winter after the great flood\n"
            "    The span."
        )
        first = wrap(PARAGRAPHS[1], 80)
        page = pages.w3m(story()).replace(first, f"{first}\n\n{terms}")
        shown = run("--keep-all", stdin=page.encode()).stdout.decode()
        blocks = shown.split("\n\n")
        self.assertIn("The piers", blocks)
        self.assertIn(
            "The arch that the town rebuilt in the winter after the great flood", blocks
        )

    def test_a_c1_control_reads_as_windows_1252(self) -> None:
        # lynx passes on "&#133;" and "&#132;...&#147;" as U+0085, U+0084 and
        # U+0093: "…" (not a line break that parts the paragraph), "„", "“"
        said = "The members heard the words (\x85), as the \x84old\x93 rule has it."
        page = with_paragraph(pages.lynx, said)
        shown = " ".join(json_of(page)["body"])
        self.assertIn(" the words (…), as the „old“ rule has it.", shown)
        cr = " ".join(
            json_of(with_paragraph(pages.lynx, said).replace("\n", "\r"))["body"]
        )
        self.assertIn(" the words (…), as the „old“ rule has it.", cr)  # (Mac's CR)
        # but U+0085 breaks the lines of a text with no other (NEL: EBCDIC's)
        nel = "\x85\x85".join(PARAGRAPHS)
        self.assertEqual(json_of(nel)["body"], list(PARAGRAPHS))


class TestPandocPlain(CheckMixin):
    """pandoc -t plain: a list's items as "-   ", their lines under the text."""

    def test_an_items_wrapped_lines_are_one_item(self) -> None:
        deck = "The deck of the old bridge is to be rebuilt within five years, in"
        piers = "The stone piers were found sound by the engineers, who will report"
        items = (
            deck + " sections so that one lane stays open throughout the work.",
            piers + " again to the council in the spring of next year.",
        )
        page = pages.w3m(story(inside=(part("list", *items),)))
        for item in items:
            written = textwrap.fill(
                item, 72, initial_indent="-   ", subsequent_indent="    "
            )
            page = page.replace("  • " + item, written)
        self.assertIn("\n    sections so that", page)
        self.check(
            [f"• {i}" for i in items],
            [p for p in text_of(page).split("\n\n") if p[:1] == "•"],
        )


class TestScrapersTextNodes(CheckMixin):
    """A scraper that writes each text node on a line breaks a sentence
    around its links: the sentence is whole again."""

    def test_a_sentence_broken_around_its_links_is_whole(self) -> None:
        page = pages.select_all_copy(story())
        broken = {  # the link's text on a line of its own, then the rest
            PARAGRAPHS[1]: ("borrowing from the ", "regional fund", "."),
            PARAGRAPHS[3]: ("from the ", "market square", " said that"),
        }
        for paragraph, (before, link, after) in broken.items():
            self.assertIn(paragraph, page)
            split = f"{before.rstrip()}\n{link}\n{after.lstrip()}"
            page = page.replace(before + link + after, split, 1)
            self.assertIn(split, page)
        doc = json_of(page)
        self.check(paragraphs(doc), list(PARAGRAPHS))
        self.check(doc["title"], HEADLINE)

    def test_a_path_on_the_line_after_two_short_ones_is_no_sentences_end(self) -> None:
        # "./run.sh" opening a line is no "." that a link broke off
        code = "Save the loop in a file and run it\ndo\n./run.sh -s $line\ndone"
        page = pages.select_all_copy(story()).replace(
            PARAGRAPHS[3], PARAGRAPHS[3] + "\n\n" + code, 1
        )
        out = text_of(page, "--keep-all")
        self.assertIn("\n\n./run.sh -s $line\n\n", out)
        self.assertNotIn("do./run.sh", out)


class TestLynxLinkNumbers(CheckMixin):
    """lynx -dump without -nolist: its [12] link numbers and its References
    list are not the page's text."""

    def test_link_numbers_and_references_are_gone(self) -> None:
        page = pages.lynx(story())
        self.assertRegex(page, r"\[\d+\]regional fund")  # the fixture has them
        for args in ((), ("--format", "json"), ("--format", "markdown")):
            with self.subTest(args=args):
                out = text_of(page, *args)
                self.assertNotRegex(out, r"\[\d+\]")
                for gone in ("References", "Visible links", "https://"):
                    self.assertNotIn(gone, out)
        self.assertIn("from the regional fund.", text_of(page))

    def test_brackets_that_are_not_link_numbers_stay(self) -> None:
        said = "The [Defence] Secretary said the bridge [sic] was safe to cross today."
        page = with_paragraph(pages.lynx, said)
        self.assertIn("\n\n" + said + "\n\n", text_of(page))

    def test_brackets_of_words_with_a_pictures_marks_stay(self) -> None:
        # "?" and "=" mark a picture's address ("[a.jpg?w=640]"), not words
        said = (
            "The report [which one?] was late, the formula [x = 2y] held, and"
            " [bridge.jpg?w=640] the engineer [who?] signed [resize?w=640] it"
            " [n=48] and [really?!]."
        )
        page = with_paragraph(pages.lynx, said)
        shown = (
            "The report [which one?] was late, the formula [x = 2y] held, and"
            " the engineer [who?] signed it [n=48] and [really?!]."
        )
        self.assertIn(shown, json_of(page)["body"])

    def test_a_rule_of_w3m_is_no_paragraph(self) -> None:
        # w3m draws <hr> and a table's borders with box-drawing characters
        page = pages.w3m(story())
        first = PARAGRAPHS[1].split(" ", 3)[:3]
        for rule in ("━" * 40, "┌────┬────┐"):
            with self.subTest(rule):
                ruled = page.replace(
                    " ".join(first), rule + "\n\n" + " ".join(first), 1
                )
                self.assertIn(rule, ruled)
                self.check(paragraphs(json_of(ruled)), list(PARAGRAPHS))

    def test_a_bordered_tables_row_reads_cell_by_cell(self) -> None:
        # w3m wraps each cell's text in its column, between rules
        said = PARAGRAPHS[1]
        lines = textwrap.wrap(said, 44)
        cells = [
            f"│{'Engineers' if n == 1 else '':<12}│{line:<44}│"
            for n, line in enumerate(lines)
        ]
        rule = "─" * 12, "─" * 44
        table = "\n".join(["┌{}┬{}┐".format(*rule), *cells, "└{}┴{}┘".format(*rule)])
        page = pages.w3m(story()).replace(wrap(said, 80), table)
        self.assertIn(table, page)
        self.assertIn("Engineers " + said, json_of(page)["body"])

    def test_a_nested_tables_lines_keep_their_order(self) -> None:
        # a row whose lines part into more cells than its others is read line
        # by line, box-drawing gone but for shapes ("▲")
        nested = [
            "│Costs ▲│┌────┬────┐│",
            "│       ││Deck│1.2m││",
            "│Later  │          │",
        ]
        table = "\n".join(["┌──┐", *nested, "└──┘"])
        page = pages.w3m(story()).replace(wrap(PARAGRAPHS[1], 80), table)
        shown = run("--keep-all", stdin=page.encode()).stdout.decode()
        self.assertIn("Costs ▲\n\nDeck 1.2m\n\nLater", shown)

    def test_a_paragraph_that_left_its_line_short_stays_apart(self) -> None:
        # a <div>'s or <br>'s lines under the line before: had the line gone
        # on, its next word would have fitted
        for save in (pages.lynx, pages.w3m):
            with self.subTest(save.__name__):
                page = save(story())
                end = PARAGRAPHS[0].rpartition(" ")[2] + "\n"
                page = page.replace(end + "\n", end, 1)
                self.check(paragraphs(json_of(page)), list(PARAGRAPHS))
                # but not after an abbreviation ("Dr."), nor before what a
                # no-break space may have tied to a short word ("« Nous")
                for said in (" said Dr.", " said: «") * (save is pages.lynx):
                    ended = page.replace(end, end[:-1] + said + "\n", 1)
                    whole = PARAGRAPHS[0] + said + " " + PARAGRAPHS[1]
                    self.assertIn(whole, json_of(ended)["body"])

    def test_a_footnotes_number_after_its_link_number_stays(self) -> None:
        # lynx writes a footnote's <sup><a>[1]</a></sup> as "^[41][1]": its
        # link's number, then the link's text
        said = "The bridge was declared safe to cross today.^[41][1] It opens soon."
        page = with_paragraph(pages.lynx, said)
        self.assertIn("cross today.^[1] It opens soon.", text_of(page))
        self.assertNotIn("[41]", text_of(page))

    def test_a_formulas_mathml_tags_go_and_its_text_stays(self) -> None:
        # lynx shows a <math> element's MathML tags as text between its marks
        said = (
            "The span holds while [MATH: <mi> L </mi> <mo> < </mo> <mrow"
            ' data-x="a b"> <mn> 40 </mn> </mrow> :MATH] metres, the survey said.'
        )
        shown = "The span holds while L < 40 metres, the survey said."
        self.assertIn(shown, text_of(with_paragraph(pages.lynx, said)))

    def test_a_formula_on_lines_of_its_own_stays_in_its_sentence(self) -> None:
        # lynx breaks the line before a <math> element and after it
        lines = (
            "   The span holds while\n   [MATH: <mi> L </mi> :MATH]\n   stays short."
        )
        page = with_paragraph(pages.lynx, "SPAN").replace("   SPAN", lines)
        self.assertIn("\nThe span holds while L stays short.\n", text_of(page))

    def test_a_struck_words_marks_go_and_the_word_stays(self) -> None:
        # lynx marks a <del> element's text, w3m a <del>'s and an <s>'s
        said = "The survey put the cost at {} million, the engineers said."
        shown = said.format("twelve fifteen")
        for save, marks in (
            (pages.lynx, "[DEL: twelve :DEL]"),
            (pages.w3m, "[S:twelve:S]"),
        ):
            with self.subTest(save.__name__):
                page = with_paragraph(save, said.format(marks + " fifteen"))
                self.assertIn(shown, text_of(page))

    def test_an_adverts_empty_insert_marks_go(self) -> None:
        slots = (
            part("paragraph", "[INS: :INS]"),
            part("paragraph", "[INS: :INS] [INS:"),
        )
        page = pages.lynx(story(inside=(*slots, part("paragraph", ":INS]"))))
        self.assertEqual(text_of(page), ARTICLE)

    def test_an_embeds_mark_goes(self) -> None:
        # lynx writes an <embed> element (a player) as "[EMBED]"
        said = "Listen to the debate in full.[EMBED] It lasts two hours."
        shown = "Listen to the debate in full. It lasts two hours."
        self.assertIn(shown, text_of(with_paragraph(pages.lynx, said)))

    def test_a_tables_caption_mark_goes(self) -> None:
        # lynx writes a table's <caption> after "CAPTION: "
        said = "Table 2. The cost of each stage of the repair, in thousands."
        page = with_paragraph(pages.lynx, "CAPTION: " + said)
        self.assertIn("\n" + said + "\n", text_of(page, "--keep-all"))

    def test_a_word_cut_at_the_lines_end_is_whole_again(self) -> None:
        # lynx cuts a word longer than its line (an address) at its width,
        # which the lines of this page fill up to 75 columns
        url = "https://council.example/planning/2024/" + "stageonefinalreport" * 3
        said = "The full plans for the repair are at " + url + " for all to read."
        page = with_paragraph(pages.lynx, said).replace(
            url + "\n   for", url[:72] + "\n   " + url[72:] + " for"
        )
        self.assertIn(said, text_of(page))

    def test_a_rule_under_a_full_line_is_no_words_of_its_paragraph(self) -> None:
        # lynx centres a <hr>'s "_" under a paragraph: as if under a full line
        said = "The deck is rebuilt in stages, so one lane stays open all summer."
        line = "   " + said + "\n"
        page = with_paragraph(pages.lynx, said).replace(
            line, line + "     " + "_" * 62 + "\n"
        )
        self.assertIn("\n" + said + "\n", text_of(page))


class TestMarkdown(CheckMixin):
    """Markdown from html2text: the text a reader sees, not its markup."""

    PAGE = pages.markdown(story())

    def test_links_keep_their_text_and_lose_their_targets(self) -> None:
        self.assertIn("[regional\nfund](https://", self.PAGE)
        out = text_of(self.PAGE)
        self.assertIn("borrowing from the regional fund.", out)
        self.assertNotIn("](", out)
        self.assertNotIn("gazette.example", out)

    def test_parentheses_and_brackets_inside_a_link(self) -> None:
        # pairs in an address (Wikipedia's) or a title, as CommonMark
        # allows, an address in <>, and brackets paired in a link's text
        said = (
            "The [piers](https://w.example/wiki/Pier_(bridge)) were sound,"
            ' said [the report](/r_(final).pdf "Final (v2)") of the'
            " [Survey [2024]](/s) and [the memo](</a b.pdf>) [for all](/m 'Part 1) of 2')."
        )
        page = with_paragraph(pages.markdown, said)
        shown = (
            "The piers were sound, said the report of the Survey [2024] and the memo"
            " for all."
        )
        self.assertIn(shown, json_of(page)["body"])
        written = (
            "The [piers](https://w.example/wiki/Pier_%28bridge%29) were sound,"
            " said [the report](/r_%28final%29.pdf) of the [Survey \\[2024\\]](/s)"
            " and [the memo](/a%20b.pdf) [for all](/m)."
        )
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_full_width_words_keep_their_space_across_lines(self) -> None:
        # full-width Latin is written with spaces, unlike CJK, at a line's end too
        said = "The sign read ＮＥＷＳ ＷＥＢ ＥＡＳＹ over the door of the old bridge office."
        page = with_paragraph(pages.markdown, said).replace(
            "ＷＥＢ ＥＡＳＹ", "ＷＥＢ\nＥＡＳＹ"
        )
        self.assertIn("ＷＥＢ\nＥＡＳＹ", page)
        self.assertIn(said, json_of(page)["body"])

    def test_a_code_spans_backslashes_are_its_text(self) -> None:
        # CommonMark reads no escape inside a code span; outside, "\*" is "*"
        said = r"The survey matched `\.txt$` and `C:\Bridge\*` but not \*this\*."
        page = with_paragraph(pages.markdown, said)
        shown = r"The survey matched `\.txt$` and `C:\Bridge\*` but not *this*."
        self.assertIn(shown, json_of(page)["body"])
        self.assertIn(shown, text_of(page))
        written = r"The survey matched `\.txt$` and `C:\Bridge\*` but not \*this\*."
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_a_code_span_may_end_in_a_backslash(self) -> None:
        # "`C:\`" closes at its second backtick (no escape inside a span);
        # outside one, "\`" is a backtick that opens none
        said = r"Type `C:\` then `dir *.txt`, not \`cd`, at the bridge office."
        page = with_paragraph(pages.markdown, said)
        shown = r"Type `C:\` then `dir *.txt`, not `cd`, at the bridge office."
        self.assertIn(shown, json_of(page)["body"])
        written = r"Type `C:\` then `dir *.txt`, not \`cd\`, at the bridge office."
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_stars_alone_leave_the_paragraphs_links_and_styles(self) -> None:
        # "**" between spaces opens and closes nothing (it goes, as before)
        said = "Costs rose 10 ** 2 times, the [report](/r) says, in **bold** type."
        page = with_paragraph(pages.markdown, said)
        self.assertIn("Costs rose 10 2 times, the report says,", text_of(page))
        shown = "Costs rose 10 2 times, the [report](/r) says, in **bold** type."
        self.assertIn(shown, text_of(page, "--format", "markdown"))

    def test_a_pipe_table_is_a_table(self) -> None:
        table = (
            "| Item | Paid by |\n| :--- | ---: |\n| Transport | [Museum](/m) |\n"
            "| Insurance | **Trust** \\| *Government* |"
        )
        page = pages.markdown(story()).replace(
            "A shopkeeper", table + "\n\nA shopkeeper"
        )
        self.assertIn(table, page)
        rows = (  # lined up, the escaped "|" in its cell
            "| Item      | Paid by            |\n"
            "| Transport | Museum             |\n"
            "| Insurance | Trust | Government |"
        )
        out = text_of(page).split("\n\n")
        self.check(out[5:7], [rows, PARAGRAPHS[3]])
        written = (  # its links kept, as a paragraph's
            "| Item | Paid by |\n| --- | --- |\n| Transport | [Museum](/m) |\n"
            "| Insurance | **Trust** \\| *Government* |\n\n"
        )
        self.assertIn(written, text_of(page, "--format", "markdown"))
        # and its emphasis at the link text's edge (as a paragraph's)
        edged = page.replace("[Museum](/m)", "[The *Museum*](/m)")
        shown = text_of(edged, "--format", "markdown")
        self.assertIn("\n| Transport | [The *Museum*](/m) |\n", shown)

    def test_a_tables_code_cells_line_up_as_its_text_shows_them(self) -> None:
        table = "| Command | Does |\n| --- | --- |\n| `ls -l` | lists files |\n"
        page = pages.markdown(story()).replace(
            "A shopkeeper", table + "| `cd` | moves |\n\nA shopkeeper"
        )
        rows = "| Command | Does        |\n| `ls -l` | lists files |\n| `cd`    | moves       |"
        self.assertIn(f"\n\n{rows}\n\n", text_of(page))

    def test_an_escaped_pipe_in_a_cells_code_is_a_pipe(self) -> None:
        # as GitHub reads it: "\\|" is "|" in a cell, in its code too
        table = "| Pattern | Means |\n| --- | --- |\n| `a\\|b` | a or b |"
        page = pages.markdown(story()).replace(
            "A shopkeeper", table + "\n\nA shopkeeper"
        )
        self.assertRegex(text_of(page), r"\n\| `a\|b` +\| a or b")
        written = "\n| `a\\|b` | a or b |\n"  # not "a\\\\|b", two cells
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_a_rows_empty_last_cells_leave_no_trailing_space(self) -> None:
        table = (
            "| Item | Paid by | Note |\n| --- | --- | --- |\n"
            "| Transport | Museum | |\n| Insurance | Trust | late |"
        )
        page = pages.markdown(story()).replace(
            "A shopkeeper", table + "\n\nA shopkeeper"
        )
        out = text_of(page)
        self.assertIn("\n| Transport | Museum  |      |\n", out)
        self.assertIn("Transport | Museum", json_of(page)["body"])
        self.assertNotRegex(out, " \n")
        written = "| Transport | Museum |  |\n| Insurance | Trust | late |\n"
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_a_table_without_end_pipes_is_a_table(self) -> None:
        # as html2text writes one: its rule tells its header, its rows follow
        table = (
            "Item| Paid by  \n---|---  \nTransport| [Museum](/m)  \nInsurance| Trust"
        )
        page = pages.markdown(story()).replace(
            "A shopkeeper", table + "\n\nA shopkeeper"
        )
        rows = [
            "| Item      | Paid by |",
            "| Transport | Museum  |",
            "| Insurance | Trust   |",
        ]
        self.check(text_of(page).split("\n\n")[5:7], ["\n".join(rows), PARAGRAPHS[3]])
        # a fence ends it, as a blank line would: a line after it is no row
        code = "\n```\nsort a | uniq\n```\nA line | not of it"
        fenced = page.replace(table, table + code)
        self.assertIn("\n\nA line | not of it\n\n", text_of(fenced))
        written = (
            "| Item | Paid by |\n| --- | --- |\n| Transport | [Museum](/m) |\n"
            "| Insurance | Trust |\n\n"
        )
        self.assertIn(written, text_of(page, "--format", "markdown"))
        # html2text wraps a long header row: its lines are the row
        wrapped = page.replace("Item| Paid by  \n", "Item| Paid by the\nmuseum  \n")
        rows = [
            "| Item      | Paid by the museum |",
            "| Transport | Museum             |",
            "| Insurance | Trust              |",
        ]
        self.check(
            text_of(wrapped).split("\n\n")[5:7], ["\n".join(rows), PARAGRAPHS[3]]
        )

    def test_an_autolink_shows_its_address(self) -> None:
        extra = "The engineers' report is at <https://gazette.example/report?id=7>."
        mail = "Send questions to <desk@gazette.example> before Friday."
        inside = (part("paragraph", extra), part("paragraph", mail))
        body = json_of(pages.markdown(story(inside=inside)))["body"]
        self.assertIn(
            "The engineers' report is at https://gazette.example/report?id=7.", body
        )
        self.assertIn("Send questions to desk@gazette.example before Friday.", body)

    def test_emphasis_markers_go(self) -> None:
        out = text_of(self.PAGE)
        self.assertIn(" the stone piers were ", out)
        self.assertIn(" that a modern crossing would ", out)
        self.assertIn(" bring heavier traffic through ", out)  # __strong__
        self.assertNotIn("*", out)
        self.assertNotIn("_", out)

    def test_emphasis_inside_quotes_and_brackets_goes(self) -> None:
        said = (
            'The film (_The Old Bridge_) and _Ann Writer_\'s book, "_Piers_"'
            " and «_ponts_», were „_frei_“ on the night in '*.txt' (*$5*)."
        )
        page = with_paragraph(pages.markdown, said)
        shown = (
            'The film (The Old Bridge) and Ann Writer\'s book, "Piers"'
            " and «ponts», were „frei“ on the night in '*.txt' ($5)."
        )
        self.assertIn(shown, json_of(page)["body"])
        written = (
            'The film (*The Old Bridge*) and *Ann Writer*\'s book, "*Piers*"'
            " and «*ponts*», were „*frei*“ on the night in '\\*.txt' (*$5*)."
        )
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_a_list_over_the_headline_keeps_its_last_item(self) -> None:
        # no headline on top: a subheading under a list is the headline, and
        # the list's last item over it, though short, no kicker to drop
        items = ("Eggs", "Milk", "Two lemons")
        inside = (part("list", *items), part("heading", "How the vote went that night"))
        parts = [p for p in story(standfirst=False, inside=inside, at=2)]
        page = pages.markdown([p for p in parts if p.kind != "headline"])
        doc = json_of(page)
        self.check(
            (doc["title"], [b for b in doc["body"] if b in items]),
            ("How the vote went that night", list(items)),
        )

    def test_a_heading_in_a_list_item_loses_its_hashes(self) -> None:
        items = ("### The deck is to be rebuilt", "### The piers are sound")
        page = pages.markdown(story(inside=(part("list", *items),)))
        self.assertIn("\n  * ### The piers are sound\n", page)
        out = text_of(page)
        self.assertIn("\n• The deck is to be rebuilt\n\n• The piers are sound\n", out)
        self.assertNotIn("#", out)

    def test_struck_text_is_struck_in_markdown_and_plain_in_text(self) -> None:
        said = "The deck will cost ~~five~~ six million, not `~~x~~` nor ~~ y ~~."
        page = with_paragraph(pages.markdown, said)
        shown = "The deck will cost five six million, not `~~x~~` nor ~~ y ~~."
        self.assertIn(shown, json_of(page)["body"])
        written = (
            "The deck will cost ~~five~~ six million, not `~~x~~` nor \\~\\~ y \\~\\~."
        )
        self.assertIn(written, text_of(page, "--format", "markdown"))
        alone = "The deck ~~was~~ is sound ~~~~ now."  # no other mark in it
        page = pages.markdown(story(inside=(part("paragraph", alone),)))
        self.assertIn("The deck was is sound ~~~~ now.", json_of(page)["body"])
        written = "The deck ~~was~~ is sound \\~\\~\\~\\~ now."
        self.assertIn(written, text_of(page, "--format", "markdown"))

    def test_heading_is_the_headline_without_its_hashes(self) -> None:
        self.assertIn("\n# " + HEADLINE + "\n", self.PAGE)
        self.check(json_of(self.PAGE)["title"], HEADLINE)
        self.assertNotIn("#", text_of(self.PAGE))

    def test_picture_keeps_its_text_not_its_source(self) -> None:
        self.assertIn("![The old bridge at dawn](", self.PAGE)
        removed = json_of(self.PAGE)["removed"]
        self.assertIn("The old bridge at dawn", removed)
        self.assertNotIn("bridge.jpg", json.dumps(removed))


class TestConverterMarkup(CheckMixin):
    """What other converters leave in Markdown shows nothing of itself."""

    def test_pandoc_markup_goes(self) -> None:
        page = pages.pandoc_markdown(story())
        item = next(line for line in page.split("\n") if line.startswith("-   ["))
        # a fenced div an item's first line opens (pandoc's of a caption)
        page = page.replace(item, f"-   ::: {{.item}}\n    {item[4:]}\n    :::", 1)
        for mark in (":::", "{.", "{#", "\\'", "]{"):
            self.assertIn(mark, page)  # the fixture has them
        doc = json_of(page)
        shown = [doc["title"], *doc["body"], *doc["removed"]]
        markdown = text_of(page, "--format", "markdown")  # its emphasis its own
        for out in (text_of(page), markdown, *shown):
            for mark in (":::", "{", "}", "\\", "*"):
                if mark != "*" or out is not markdown:
                    self.assertNotIn(mark, out)
        self.assertIn(" **stone piers** ", markdown)

    def test_a_small_page_with_a_line_before_its_heading_is_markdown(self) -> None:
        # pandoc's Markdown of a page with one link, its site's name first
        body = "\n\n".join(wrap(p, 72, "") for p in PARAGRAPHS[:3])
        for first, other in (
            ("[Town Gazette](/)", ""),
            ("Town Gazette", "## Costs\n\n"),
        ):
            with self.subTest(first=first):
                page = f"{first}\n\n# {HEADLINE}\n\n{other}{body.replace('the', '**the**', 1)}\n"
                doc = json_of(page)
                self.check(doc["title"], HEADLINE)
                self.assertNotIn("**", json.dumps(doc))

    def test_the_headline_keeps_its_code_and_emphasis(self) -> None:
        # as a subheading does; its link's text alone; text and JSON plain
        body = "\n\n".join(PARAGRAPHS[:3])
        page = (
            f"# [Call](/x) `f(x)` *twice*\n\n{body}\n\n## Why `g(y)` *not*\n\n{body}\n"
        )
        shown = text_of(page, "--format", "markdown")
        self.assertTrue(shown.startswith("# Call `f(x)` *twice*\n\n"), shown[:80])
        self.assertIn("\n\n## Why `g(y)` *not*\n\n", shown)
        self.check(json_of(page)["title"], "Call `f(x)` twice")

    def test_braces_and_private_characters_in_running_text_stay(self) -> None:
        # pandoc's attributes stand after a link, a span or a code span, or
        # end a heading: "{#name}" in a sentence is text; and the page's own
        # characters of the plane where escaped ones wait stay themselves
        said = PARAGRAPHS[4]
        added = said[:-1] + ", {#name} and {.total} as \U000f002a\U000f005b said."
        page = pages.markdown(story()).replace(wrap(said, 78, ""), added)
        self.assertIn(added, page)  # the fixture has it
        self.assertIn(added, text_of(page))

    def test_a_block_quote_is_one_paragraph(self) -> None:
        # as html2text and pandoc write one: each wrapped line opens with ">"
        said = PARAGRAPHS[4]  # (no link, no emphasis)
        quote = "\n".join("> " + line for line in wrap(said, 60).split("\n"))
        page = pages.markdown(story()).replace(wrap(said, 78, ""), quote + "\n>")
        self.assertIn(quote, page)
        self.assertGreater(quote.count("\n> "), 1)
        doc = json_of(page)
        self.check(paragraphs(doc), list(PARAGRAPHS))
        self.assertIn(f"\n\n> {said}\n\n", text_of(page))
        self.assertIn(f"\n\n> {said}\n\n", text_of(page, "--format", "markdown"))

    def test_a_fence_in_a_block_quote_ends_in_it(self) -> None:
        fenced = "> Quoted:\n> ```\n> code\n> ```\n> Its end."
        quote = "\n".join("> " + line for line in wrap(PARAGRAPHS[4], 60).split("\n"))
        page = pages.markdown(story())
        page = page.replace(wrap(PARAGRAPHS[4], 78, ""), fenced + "\n\n" + quote)
        self.assertIn(fenced, page)
        self.assertIn(quote, page)
        # the next quote is read as one: no code block runs on past the first
        self.assertIn(f"\n\n> {PARAGRAPHS[4]}\n\n", text_of(page, "--keep-all"))

    def test_html2text_underlines_no_address_or_constant(self) -> None:
        extra = (
            "The engineers keep their figures in /srv/bridge_data, take questions"
            " at ann_lee@gazette.example and cap the load at MAX_LOAD tonnes."
        )
        page = pages.html2text_debian(story(inside=(part("paragraph", extra),)))
        body = json_of(page)["body"]
        self.assertIn(extra, body)
        self.assertIn(PARAGRAPHS[1], body)  # its "regional_fund" parted

    def test_an_svg_pictures_xml_declaration_goes(self) -> None:
        # html2text prints an inline SVG's declaration, glued to a link's words
        page = pages.html2text_debian(story()).replace(
            "******", '<?xml_version="1.0"_encoding="UTF-8"?>_Contact\n******', 1
        )
        self.assertIn("<?xml", page)
        self.assertNotIn("<?xml", text_of(page, "--keep-all"))
        self.check(text_of(page), ARTICLE)
        # text that writes one is kept as written
        about = 'The file opens with <?xml version="1.0"?> and its <?xml-stylesheet?>.'
        page = pages.w3m(story(inside=(part("paragraph", about),)))
        self.assertIn(about, text_of(page, "--keep-all"))

    def test_a_scripts_code_left_in_the_text_goes(self) -> None:
        # html2text and scrapers print a script's or a style sheet's text
        # where it stood, here between the article's paragraphs
        script = (
            "var slots=window.adSlots||[];if(window.innerWidth>768){slots.push("
            "{id:'ad-1',size:[300,250]});}document.addEventListener('load',"
            "function(){loadAds(slots);});"
        )
        style = (
            ".share-bar { float: left; width: 20px; height: 20px; } .promo"
            " { display: none; margin: 0 auto; }"
        )
        said = wrap(PARAGRAPHS[4], 78, "")  # (no link, no emphasis)
        page = pages.markdown(story())
        page = page.replace(said, f"{said}\n\n{script}\n\n{style}", 1)
        self.assertIn(script, page)
        self.assertIn(style, page)
        self.check(text_of(page), ARTICLE)
        # a code block's is the article's, as is prose of a statement or two
        code = f"```\n{script}\n```"
        prose = "The sign reads: no carts; no cattle. The rule stood for years."
        page = page.replace(f"{script}\n\n{style}", f"{prose}\n\n{code}", 1)
        body = json_of(page)["body"]
        self.assertIn(prose, body)
        self.assertIn(script, body)

    def test_prose_with_semicolons_is_no_script(self) -> None:
        # Greek asks with ";" and citations are parted by it (no "{", "}" or
        # "="), and a dump or a copy of a programming article leaves its
        # code unfenced: a sentence of words around a statement is prose
        asked = (
            "Πού πήγες; Τι είδες; Ποιον συνάντησες; Γιατί δεν μας το είπες"
            " νωρίτερα; Αυτά ρωτούσαν όλοι."
        )
        cited = (
            "The effect is well documented (Smith 2001; Jones 2003; Lee 2005;"
            " Kim 2008; Ng 2010)."
        )
        looped = (
            "To sum the array, write for (int i = 0; i < n; i++) { total += a[i]; }"
            " and the compiler will unroll the loop for you."
        )
        styled = (
            "Add .box { margin: 0; padding: 0; border: none; } to the style sheet,"
            " and the box sits flush with the edge of its column."
        )
        for said in (asked, cited, looped, styled):
            with self.subTest(said=said):
                page = pages.w3m(story(inside=(part("paragraph", said),)))
                self.assertIn(said, json_of(page)["body"])
                self.assertIn(said, text_of(page, "--keep-all"))

    def test_a_number_that_wrapping_put_first_carries_the_line_on(self) -> None:
        extra = (
            "Since the bridge opened, the committee has met in the old town hall"
            " each year on 11. and 12. May to hear the engineers, the carters and"
            " the people of the district."
        )
        page = pages.w3m(story(inside=(part("paragraph", extra),)))
        self.assertIn("\n11. and 12. May", page)
        self.assertIn(extra, json_of(page)["body"])
        # but a list's first item, an item after a sentence and a dateline
        # stay apart
        head = "Since the bridge opened, the committee has met in the town hall on"
        for line, kept in (
            ("1. the first day of May", "1. the first day of May"),
            (
                "12. May 2024, at ten in the morning",
                "12. May 2024, at ten in the morning",
            ),
        ):
            with self.subTest(line):
                lines = pages.w3m(story()).replace(
                    "Share this", f"{head}\n{line}\n\nShare this", 1
                )
                self.assertIn(kept, text_of(lines, "--keep-all").split("\n\n"))
        lines = pages.w3m(story()).replace(
            "Share this", f"{head} May.\n12. the next day\n\nShare this", 1
        )
        self.assertIn("12. the next day", text_of(lines, "--keep-all").split("\n\n"))

    def test_long_attributes_go_too(self) -> None:
        # as pandoc writes a picture's sources or a long title, over lines
        sources = ", ".join(f"/bridge-{w}.jpg {w}w" for w in range(300, 2500, 100))
        note = "a note on the stone and the iron of the piers " * 12
        page = pages.pandoc_markdown(story()).replace(
            "stone piers",
            f'stone [piers]{{.term title="{note}"}}'
            f' ![The piers](/bridge.jpg){{.wp-image-9 srcset="{sources}"}}',
        )
        self.assertGreater(len(sources), 400)
        body = json_of(page)["body"]
        self.assertIn("the stone piers The piers were sound", body[2])
        for mark in ("{", "}", "srcset", "note on the stone"):
            self.assertNotIn(mark, "\n".join(body))

    def test_a_lazy_pictures_stand_in_is_read_once(self) -> None:
        # a lazy-loading page's data: stand-in, then the picture itself,
        # both with the alt text, as converters write them side by side
        stand_in = "![The piers](data:image/gif;base64,R0lGODlhAQABAAAAACw=)"
        page = pages.pandoc_markdown(story()).replace(
            "stone piers", f"stone piers {stand_in}![The piers](/bridge.jpg)"
        )
        body = json_of(page)["body"]
        self.assertIn("the stone piers The piers were sound", body[2])
        self.assertNotIn("The piersThe piers", body[2])
        alone = pages.pandoc_markdown(story()).replace(
            "stone piers", f"stone piers {stand_in}"
        )  # with nothing after it, a stand-in is all the page has
        self.assertIn("the stone piers The piers were sound", json_of(alone)["body"][2])

    def test_a_hard_break_ends_a_line(self) -> None:
        end = "put her out of\nbusiness."
        page = pages.pandoc_markdown(story())
        self.assertIn(end + "\n", page)
        page = page.replace(end, end + "\\\nThe date of the work is not yet known.")
        out = text_of(page)
        self.assertIn("business.\nThe date of the work is not yet known.\n", out)
        self.assertNotIn("\\", out)

    def test_a_hard_break_inside_a_links_text_is_a_space(self) -> None:
        # html2text writes a <br> in a link's text as a hard break
        end = "put her out of\nbusiness."
        page = pages.pandoc_markdown(story()).replace(
            end, "put her out of [the  \nmarket](/market) for good.\nbusiness."
        )
        out = text_of(page)
        self.assertIn("put her out of the market for good. business.\n", out)
        self.assertNotIn("](", out)

    def test_a_hard_break_after_a_picture_in_a_links_text_is_a_space(self) -> None:
        # html2text's logo link: its picture, a <br>, its name, the address
        # broken over lines at a hyphen
        end = "put her out of\nbusiness."
        link = "[ ![](/logo.png)  \n**the market** ](https://m.example/market-\nsquare)"
        page = pages.pandoc_markdown(story()).replace(
            end, f"put her out of\n{link} for good.\nbusiness."
        )
        out = text_of(page)
        self.assertIn("put her out of the market for good. business.\n", out)
        self.assertNotIn("example", out)

    def test_a_links_end_after_a_blank_line_in_its_text_shows_no_address(
        self,
    ) -> None:
        # markdownify keeps a link's paragraphs: its "[" and picture, a
        # blank line, then its caption and "](address "title")"
        link = (
            "[![The bridge at dusk.](/dusk.jpg)\n\n"
            'The bridge at dusk. | Photo: Agency](/photos/dusk "/photos/dusk")'
        )
        page = markdown_before_residents(link + "\n\n")
        out = text_of(page, "--keep-all")
        self.assertIn("\n\nThe bridge at dusk. | Photo: Agency\n\n", out)
        self.assertNotIn("/photos", out)
        self.assertIn("\n\nSeveral residents spoke", text_of(page))

    def test_html2texts_definitions_set_in_are_text_not_code(self) -> None:
        # a <dl>: html2text sets each <dd> in four columns under its <dt>
        # and a blank line, the next <dt> right under it
        terms = (
            "Span:\n\n    [Three arches](https://m.example/arches) of stone\n"
            "Built:\n\n    In _1890_\n\n"
        )
        page = markdown_before_residents(terms)
        out = text_of(page, "--keep-all")
        self.assertIn("\n\nThree arches of stone\n\nBuilt:\n\nIn 1890\n\n", out)
        shown = text_of(page, "--keep-all", "--format", "markdown")
        self.assertIn("\n\nIn *1890*\n\n", shown)
        self.assertNotIn("```", shown)

    def test_html2texts_empty_italics_among_words_go(self) -> None:
        # an icon font's empty <i>, which html2text writes "__"
        page = pages.markdown(story()).replace(
            "Several residents spoke", "__ Several residents __ spoke"
        )
        for out in (text_of(page), *json_of(page)["body"]):
            self.assertNotIn("__", out)
        self.assertIn("\n\nSeveral residents spoke against", text_of(page))

    def test_the_space_html2text_puts_after_emphasis_goes_before_a_comma(self) -> None:
        # "<b>piers</b>, said" is "**piers** , said"; "<i>x</i>:" "_x_ :"
        page = pages.markdown(story()).replace(
            "**stone piers** were sound",
            '**stone piers** , "_sound_ "; _all_ : **桥墩** 很好 were _Ann_ \'s sound',
        )
        expected = 'the stone piers, "sound"; all: 桥墩很好 were Ann\'s sound'
        self.assertIn(expected, text_of(page))
        self.assertIn(expected, json_of(page)["body"][2])

    def test_a_picture_and_its_caption_html2text_glued_are_apart(self) -> None:
        # a <figure>'s picture, then its <figcaption>, with no space between
        page = markdown_before_residents(
            "![Piers](https://m.example/p.jpg)Piers at low tide, in 1890.\n\n"
        )
        self.assertIn(
            "\n\nPiers Piers at low tide, in 1890.\n\n", text_of(page, "--keep-all")
        )

    def test_html2texts_abbreviations_list_shows_nothing(self) -> None:
        # the <abbr> titles html2text lists at the page's end
        page = pages.markdown(story()) + "\n  *[AGM]: Annual general meeting\n"
        self.assertNotIn("AGM", text_of(page, "--keep-all"))

    def test_hard_breaks_in_a_row_of_links_texts_are_spaces(self) -> None:
        # html2text's row of logo links, each "[ ![](logo)  ⏎ **Name** ](…)":
        # a break's last lines may close the link before its own opened
        links = " ".join(
            f"[ ![](/{name}.png)  \n**{name}** ](https://m.example/{name}-\nco)"
            for name in ("Alpha", "Beta", "Gamma", "Delta")
        )
        page = markdown_before_residents(f"{links}\n\n")
        out = text_of(page, "--keep-all")
        self.assertIn("\n\nAlpha Beta Gamma Delta\n\n", out)
        self.assertNotIn("example", out)

    def test_html2texts_strike_around_paragraphs_shows_nothing(self) -> None:
        # a <del> around paragraphs: its "~~" on lines of their own
        page = markdown_before_residents("~~\n\n")
        page = page.replace("the centre.", "the centre.\n\n~~")
        for args in ((), ("--keep-all",), ("--format", "markdown")):
            self.assertNotIn("~", text_of(page, *args))

    def test_html2texts_markers_inside_a_word_next_to_a_mark_go(self) -> None:
        # "<i>Update, 9 am:</i><i>Engineers</i>": an emphasis closed and one
        # opened with no space between; a name's underscores stay
        page = pages.markdown(story()).replace(
            "Engineers told the members",
            "_Update, 9 am:__Engineers_ told the_members",
        )
        self.assertIn("\nUpdate, 9 am:Engineers told the_members", text_of(page))

    def test_a_list_mark_in_a_links_wrapped_text_or_title_opens_no_item(self) -> None:
        # html2text wraps a link's text and its title at 78 columns
        page = pages.markdown(story()).replace(
            "Several residents spoke",
            'See [the piers\n- old and new](https://m.example/p "Piers, seen on\n'
            '1. May") and [more\n+ photos](https://m.example/q).\n\nSeveral residents spoke',
        )
        out = text_of(page, "--keep-all")
        self.assertIn("\n\nSee the piers - old and new and more + photos.\n\n", out)

    def test_a_links_address_html2text_left_spaces_in_is_kept_whole(self) -> None:
        # html2text writes an href's spaces as they are: no title after them
        page = pages.markdown(story()).replace(
            "stone piers** were sound",
            'stone piers** ([plan](/docs/pier plan v2.pdf), [map](/m.pdf "Map (v2)"))'
            " were sound",
        )
        shown = text_of(page, "--format", "markdown")
        self.assertIn("([plan](/docs/pier%20plan%20v2.pdf), [map](/m.pdf)) were", shown)

    def test_a_link_in_a_links_text_is_one_link(self) -> None:
        # html2text's nested <a> (a page's invalid markup): the inner link
        page = pages.markdown(story()).replace(
            "stone piers** were sound", "stone piers** [were [sound](/s) and](/w) dry"
        )
        shown = text_of(page, "--format", "markdown")
        self.assertIn("**stone piers** were [sound](/s) and dry", shown)
        self.assertFalse(re.search("[\ufdd0-\ufdef]", shown))

    def test_a_word_in_angle_brackets_is_text_and_a_tag_is_not(self) -> None:
        # html2text leaves a page's "&lt;module&gt;" as it shows it
        page = pages.markdown(story()).replace(
            "stone piers** were sound",
            "stone piers** (<code-name> <level>) <em>were</em> sound",
        )
        self.assertIn("stone piers (<code-name> <level>) were sound", text_of(page))
        shown = text_of(page, "--format", "markdown")
        self.assertIn("(\\<code-name> \\<level>) were sound", shown)

    def test_tags_go_and_references_are_read(self) -> None:
        page = pages.github_markdown(story()).replace(
            "stone piers", "stone&nbsp;piers <em>(1890)</em>&#x202e;&#x1b;]0;x&#7;"
        )
        doc = json_of(page)
        self.check(doc["title"], HEADLINE)
        self.assertIn("the stone piers (1890)", doc["body"][2])
        self.assertIn("© 2024 The Town Gazette. All rights reserved.", doc["removed"])
        text = json.dumps(doc, ensure_ascii=False)
        for char in "\u202e\x1b\x07<>":
            self.assertNotIn(char, text)

    def test_code_comparisons_and_rules_stay_as_written(self) -> None:
        extra = (
            "A method that returns `List<String>` cannot return `List<Object>`,"
            " and `{{.Title}}` prints the title when x<y and y>z hold for both."
        )
        page = pages.pandoc_markdown(story(inside=(part("paragraph", extra),)))
        page = page.replace(
            "Members chose",
            "```\n./configure --prefix=/usr \\\n::: not a fence\n=====\n```\n\nMembers chose",
        )
        self.assertIn("\n" + extra + "\n", text_of(page))
        shown = json.dumps(json_of(page), ensure_ascii=False)
        for kept in ("--prefix=/usr \\\\", "::: not a fence", "====="):
            self.assertIn(kept, shown)

    def test_references_spell_text_not_markup(self) -> None:
        page = pages.pandoc_markdown(story()).replace(
            "stone piers", "stone&#10;# piers &#42;and&#42; &#91;a&#93;&#40;b&#41;"
        )
        body = json_of(page)["body"]
        self.assertIn("the stone # piers *and* [a](b) were sound", body[2])

    def test_two_marks_in_prose_frame_nothing(self) -> None:
        lines = (
            "In C the test that the manual gives for two values is a ==",
            "** b, which compares only the values and never the names of",
            "the two variables that hold them.",
        )
        page = blocks(*(wrap(p, 60) for p in PARAGRAPHS[:3]), "\n".join(lines))
        doc = json_of(page + "\n" + blocks(*(wrap(p, 60) for p in PARAGRAPHS[3:])))
        self.check((doc["title"], doc["body"][3]), (None, " ".join(lines)))

    def test_framed_heading_is_a_heading(self) -> None:
        for frame in ("******", "==", "#####"):
            with self.subTest(frame=frame):
                page = pages.html2text_debian(story()).replace("******", frame)
                self.check(json_of(page)["title"], HEADLINE)


class TestCleanText(CheckMixin):
    """Text that is the article alone already (an extractor's output) is
    kept whole: no paragraph is taken for the page's."""

    def test_the_articles_last_paragraph_stays(self) -> None:
        # the article alone, a caption in it: its short last paragraph, the
        # kind that tells where to read on, is the article's still
        last = (
            "Work on the bridge is expected to take about five months. The council"
            " will hold two public meetings in April; details are on its transport page."
        )
        caption = "The old bridge at dusk. (Photo: Ann Writer / Gazette)"
        page = blocks(HEADLINE, STANDFIRST, caption, *PARAGRAPHS, last)
        self.check(paragraphs(json_of(page))[-2:], [PARAGRAPHS[-1], last])

    def test_a_short_line_among_its_paragraphs_stays(self) -> None:
        # nine blocks in ten read as the article's and the first does: a
        # subheading stays, and so does the credit line that ends it, which
        # on a saved page would be taken for what follows an article
        texts = [
            STANDFIRST,
            *PARAGRAPHS[:3],
            "What comes next",
            *PARAGRAPHS[3:],
            "Reporting by Ann Writer",
        ]
        doc = json_of(blocks(HEADLINE, *texts))
        self.check((doc["title"], doc["body"]), (HEADLINE, texts))

    def test_a_short_article_under_its_headline_stays_whole(self) -> None:
        # nine in ten of its blocks under the headline pass (the headline,
        # a title line, need not): a short one in any language is all kept
        texts = [
            (
                "El ayuntamiento aprobó el martes la construcción de un nuevo puente"
                " sobre el río, dijo el alcalde después de la reunión."
            ),
            (
                "La votación fue de 31 votos contra 12, y el puente abrirá en 2027,"
                " según informó la ciudad en un comunicado."
            ),
        ]
        doc = json_of(blocks("Nuevo puente para la ciudad", *texts))
        self.check((doc["title"], doc["body"]), ("Nuevo puente para la ciudad", texts))

    def test_a_byline_or_date_under_the_headline_keeps_the_article_whole(self) -> None:
        # dates and bylines are metadata, which need not pass: the short
        # last paragraph stays, from text and from an HTML fragment
        texts = [
            *PARAGRAPHS[:3],
            "The mayor said the library would get more next year.",
        ]
        html = "".join(f"<p>{t}</p>" for t in ["12 March 2024", *texts])
        for name, page in (
            ("text", blocks(HEADLINE, "By Ann Writer", *texts)),
            ("html", f"<article><h1>{HEADLINE}</h1>{html}</article>"),
        ):
            with self.subTest(name):
                doc = json_of(page)
                self.check((doc["title"], doc["body"]), (HEADLINE, texts))

    def test_a_subheading_of_an_article_without_its_title_stays_in_place(self) -> None:
        # an extractor's output may leave the title out: a subheading or a
        # list item after its first paragraph is not moved up as one
        texts = [*PARAGRAPHS[:2], "What comes next", PARAGRAPHS[2], *PARAGRAPHS[3:]]
        for items in ([], ["A playground for children", "A garden with forty plots"]):
            with self.subTest(items=bool(items)):
                doc = json_of(blocks(*texts[:4], *items, *texts[4:]))
                self.check(
                    (doc["title"], doc["body"]),
                    (None, [*texts[:4], *items, *texts[4:]]),
                )

    def test_every_paragraph_stays_and_none_is_a_headline(self) -> None:
        texts = [
            *PARAGRAPHS,
            "Members will vote again in March, after the engineers report.",
        ]
        for name, page in (("lines", lines(*texts)), ("blocks", blocks(*texts))):
            with self.subTest(name):
                doc = json_of(page)
                self.check((doc["title"], doc["body"]), (None, texts))


# The styles whose lists show no bullets (a text extractor's, a browser's copy).
BARE_LISTS = ("page text", "select-all copy")


class TestListsInsideTheArticle(CheckMixin):
    """A list inside the article is part of it: its items and the paragraphs
    after it stay (issue 8)."""

    EXPECTED = (HEADLINE, STANDFIRST, *PARAGRAPHS[:3], LEAD_IN, *ITEMS, *PARAGRAPHS[3:])

    def shown(self, page: str) -> list[str]:
        """The paragraphs printed for page, without list bullets."""
        out = text_of(page).rstrip("\n").split("\n\n")
        return [BULLET.sub("", p) for p in out]

    def test_bulleted_and_numbered_lists_in_every_style(self) -> None:
        for mark in ("list", "numbered"):
            for name, save in STYLES.items():
                with self.subTest(name, list=mark):
                    page = save(story(inside=pages.with_list(mark)))
                    self.check(self.shown(page), list(self.EXPECTED))

    def test_json_keeps_a_numbered_items_number_not_a_bullet(self) -> None:
        # Markdown may number every item "1." (the pandoc page does): it counts on
        numbers = [f"{n}. {item}" for n, item in enumerate(ITEMS, 1)]
        for mark, expected in (("list", list(ITEMS)), ("numbered", numbers)):
            for name, save in STYLES.items():
                if name == "markdownify" and mark == "numbered":
                    continue  # it bullets every list, as the tool did
                with self.subTest(name, list=mark):
                    page = save(story(inside=pages.with_list(mark)))
                    body = paragraphs(json_of(page))
                    self.check(body[4:7], expected)

    def test_markdown_lists_parted_count_apart(self) -> None:
        # by a line between their items, or by a quote's edge, as CommonMark
        steps = ("Download the files", "Build the tool", "Run the tool", "Check it")
        lists = {
            "1. {}\n1. {}\n\n<!-- -->\n\n1. {}\n1. {}": ["1.", "2.", "1.", "2."],
            "> 1. {}\n> 1. {}\n\n1. {}\n1. {}": ["> 1.", "> 2.", "1.", "2."],
            "1. {}\n1. {}\n\n1. {}\n1. {}": ["1.", "2.", "3.", "4."],
        }
        for written, numbers in lists.items():
            with self.subTest(written):
                page = pages.markdown(story()).replace(
                    "A shopkeeper", written.format(*steps) + "\n\nA shopkeeper"
                )
                out = text_of(page).split("\n\n")
                shown = [p for p in out if any(s in p for s in steps)]
                self.check(shown, [f"{n} {s}" for n, s in zip(numbers, steps)])

    def test_any_bullet_in_page_text(self) -> None:
        for mark in ("* ", "- ", "+ ", "• ", "1. "):
            with self.subTest(bullet=mark):
                items = [part("paragraph", mark + item) for item in ITEMS]
                page = pages.page_text(story(inside=(part("line", LEAD_IN), *items)))
                self.check(self.shown(page), list(self.EXPECTED))

    def test_a_list_led_in_is_kept_however_short_its_items(self) -> None:
        # names alone score as a menu's, but the line before leads them in
        names = ("Northbridge", "Eastfield", "Lower Valley")
        lead = "Schools in three districts were closed:"
        marked = [part("paragraph", "- " + n) for n in names]  # typed so
        for name, save in STYLES.items():
            with self.subTest(name):
                # a page's text and a browser's copy show no bullets: as typed
                items = marked if name in BARE_LISTS else [part("list", *names)]
                page = save(story(inside=(part("line", lead), *items)))
                self.check(self.shown(page)[5:9], [lead, *names])


class TestOneParagraph(CheckMixin):
    """A text that is one paragraph, however long or repetitive, is an
    article: it is printed (issue 8)."""

    def test_long_or_repetitive_paragraph_is_printed_whole(self) -> None:
        sentence = "The council met on a wet evening to decide about the bridge."
        cases = {
            "5 MB": " ".join(PARAGRAPHS * (5_000_000 // len(" ".join(PARAGRAPHS)))),
            "300 repeats": " ".join([sentence] * 300),
        }
        for name, text in cases.items():
            with self.subTest(name):
                result = run("-", stdin=text.encode())
                self.assertClean(result)
                out = result.stdout
                self.assertTrue(out == text.encode() + b"\n", f"{len(out)} bytes")

    # The script takes the one line for the window title and prints it twice,
    def test_short_paragraph_is_printed_once(self) -> None:
        self.check(text_of(PARAGRAPHS[0]), PARAGRAPHS[0] + "\n")


class TestNoArticle(CheckMixin):
    """A text of nothing but page chrome holds no article: exit 1, one line."""

    PAGES: ClassVar[dict[str, str]] = {
        "page text": lines(
            "Skip to content", *pages.MENU, "Sign in", "Subscribe", "Search",
            "Share this article", *pages.SHARE, "Most Popular", "Privacy policy",
            "Cookie settings", "Terms of use", "Contact us", pages.FOOTER,
        ),
        "lynx -dump": blocks(
            "   [1]Skip to content", "     * [2]Home\n     * [3]News\n     * [4]Sport",
            "   (BUTTON) Search", "   ____________________ Search",
            "References\n\n   1. https://gazette.example/\n   2. https://gazette.example/news",
        ),
        "w3m -dump": blocks(
            "Skip to content", "  • Home\n  • News\n  • Sport\n  • Weather",
            "[                    ] [Search]", "Sign in", pages.FOOTER,
        ),
    }  # fmt: skip

    def test_only_chrome_says_no_article(self) -> None:
        for name, page in self.PAGES.items():
            with self.subTest(name):
                result = run("-", stdin=page.encode())
                self.check((result.returncode, result.stdout), (1, b""))
                self.check(result.stderr, NO_ARTICLE)

    def test_check_exits_1_quietly(self) -> None:
        for name, page in self.PAGES.items():
            with self.subTest(name):
                result = run("--check", "-", stdin=page.encode())
                self.check(
                    (result.returncode, result.stdout, result.stderr), (1, b"", b"")
                )

    def test_keep_all_still_prints_everything(self) -> None:
        result = run("--keep-all", "-", stdin=self.PAGES["page text"].encode())
        self.assertClean(result)
        self.check(
            result.stdout.decode().split("\n\n")[:3],
            ["Skip to content", "Home", "News"],
        )


# The story in three languages whose words the stopword lists do not hold.
CJK = {
    "Chinese": (
        "市议会投票决定修复老桥",
        ("首页", "新闻", "体育", "登录"),
        ("分享到微信", "热门文章", "版权所有 © 2024 城镇公报"),
        (
            "市议会周二晚上开会讨论老桥是修复还是重建，辩论持续了很长时间，比会场里任何人预想的都要激烈。议长在会议开始时提醒大家，这座桥已经有一百五十多年的历史，是小镇最重要的通道之一。",
            "工程师告诉议员们，石墩依然坚固，但桥面需要在五年内重建，费用只能通过向地区基金借款来支付。他们还说，如果现在不采取行动，桥面的损坏会越来越严重，将来的维修费用也会更高。",
            "几位居民反对修建新桥，他们说老桥是小镇特色的一部分，而现代化的桥梁会给狭窄的街道带来更多车流。一位退休教师说，她每天早上都会走过这座桥，无法想象小镇没有它会是什么样子。",
            "市场广场的一位店主说，去年冬天桥梁关闭期间，她的营业额下降了三分之一，如果再关闭同样长的时间，她就得关门。她希望议会能够找到一种在施工期间保持桥梁开放的办法。",
            "议会领导人表示，没有人希望看到桥梁关闭的时间超过必要的长度，维修工作可以分阶段进行，这样在整个施工期间都能保持一条车道开放。他说，具体的施工计划将在夏天之前公布。",
            "最后，市议会投票决定修复桥面，并向地区基金申请拨款，更大范围的计划将在明年春天工程师再次报告后决定。投票结果为九票赞成，两票反对，一票弃权。",
        ),
    ),
    "Japanese": (
        "市議会、古い橋の修理を決定",
        ("ホーム", "ニュース", "スポーツ", "ログイン"),
        ("この記事をシェア", "人気記事", "© 2024 タウン・ガゼット"),
        (
            "市議会は火曜日の夜に会合を開き、古い橋を修理するか架け替えるかを話し合ったが、議論は誰もが予想していたよりも長く激しいものになった。議長は冒頭で、この橋が百五十年以上の歴史を持つ町で最も重要な通り道であることを強調した。",
            "技術者は議員たちに対し、石の橋脚は健全だが、橋の床版は五年以内に作り直す必要があり、その費用は地域基金から借りなければ賄えないと説明した。今のうちに手を打たなければ、傷みはさらに進み、将来の費用も膨らむという。",
            "何人かの住民は新しい橋に反対し、古い橋は町の個性の一部であり、近代的な橋は狭い中心街の通りにより多くの車を呼び込むと述べた。退職した教師の女性は、毎朝この橋を渡っており、橋のない町は想像できないと話した。",
            "市場広場の店主は、昨年の冬に橋が閉鎖されていた間、売り上げが三分の一減ったと話し、同じ期間の閉鎖がもう一度あれば店を畳むしかないと語った。工事の間も橋を通れるようにする方法を議会が見つけてほしいという。",
            "議会の代表は、必要以上に長く橋を閉鎖したい人は誰もいないと述べ、工事を段階的に進めれば、工事期間中も一車線は通行できると説明した。具体的な工事計画は夏までに公表するという。",
            "最終的に市議会は床版を修理し、地域基金に補助金を申請することを決め、より大きな計画については来年春に技術者が再び報告した後で決めることにした。採決は賛成九、反対二、棄権一だった。",
        ),
    ),
    "Korean": (
        "시의회, 오래된 다리 보수 결정",
        ("홈", "뉴스", "스포츠", "로그인"),
        ("공유하기", "많이 본 뉴스", "© 2024 타운 가제트. 무단 전재 및 재배포 금지"),
        (
            "시의회는 화요일 저녁 회의를 열고 오래된 다리를 보수할지 새로 지을지를 두고 오랜 시간 토론을 벌였으며, 논쟁은 예상보다 훨씬 길고 격렬했다. 의장은 회의를 시작하면서 이 다리가 150년이 넘은 마을의 가장 중요한 통로라는 점을 상기시켰다.",
            "기술자들은 의원들에게 돌로 된 교각은 튼튼하지만 상판은 5년 안에 다시 지어야 하며, 그 비용은 지역 기금에서 빌려야만 감당할 수 있다고 말했다. 그들은 지금 조치하지 않으면 손상이 더 심해지고 나중에 드는 비용도 더 커질 것이라고 덧붙였다.",
            "몇몇 주민들은 새 다리 건설에 반대하며, 오래된 다리는 마을의 특색이고 현대식 다리는 좁은 도심 거리에 더 많은 교통량을 불러올 것이라고 말했다. 한 은퇴한 교사는 매일 아침 그 다리를 건넌다며 다리가 없는 마을은 상상할 수 없다고 말했다.",
            "시장 광장의 한 상인은 지난겨울 다리가 폐쇄된 동안 매출이 3분의 1로 줄었으며, 같은 기간 다시 폐쇄되면 가게를 닫아야 할 것이라고 말했다. 그는 공사 기간에도 다리를 열어 둘 방법을 의회가 찾아 주기를 바란다고 했다.",
            "의회 지도자는 누구도 다리가 필요 이상으로 오래 닫히기를 원하지 않는다며, 공사를 단계적으로 진행해 공사 기간 내내 한 차로는 열어 둘 수 있다고 말했다. 그는 구체적인 공사 계획을 여름 전에 발표하겠다고 밝혔다.",
            "결국 시의회는 상판을 보수하고 지역 기금에 보조금을 신청하기로 의결했으며, 더 큰 계획은 내년 봄 기술자들의 보고 이후에 결정하기로 했다. 표결 결과는 찬성 9표, 반대 2표, 기권 1표였다.",
        ),
    ),
}


def cjk_page(language: str) -> tuple[str, str, tuple[str, ...]]:
    """A page of the story in language, saved as page text: the page, its
    headline and its paragraphs."""
    headline, before, after, paras = CJK[language]
    return (
        blocks(headline + " | Gazette", *before, headline, *paras, *after),
        headline,
        paras,
    )


def cjk_dump(headline: str, dumped: list[str], width: int, indent: str) -> str:
    """A dump of the story's paragraphs (as dumped) under a menu and its
    headline, with a heading and an English footer of this width after."""
    footer = textwrap.fill(
        "The Town Gazette is published every weekday by the Gazette Press."
        " Letters to the editor are welcome and may be edited for length.",
        width,
        initial_indent=indent,
        subsequent_indent=indent,
    )
    return "\n\n".join(["首页", "新闻", headline, *dumped, "热门文章", footer]) + "\n"


class TestOtherScripts(CheckMixin):
    """Prose in Chinese, Japanese or Korean is an article too."""

    def test_cjk_and_korean_prose_is_found(self) -> None:
        for language in CJK:
            with self.subTest(language):
                page, _, paras = cjk_page(language)
                body = json_of(page)["body"]
                self.check([p for p in paras[:3] if p not in body], [])

    def test_cjk_and_korean_article_exactly(self) -> None:
        for language in CJK:
            with self.subTest(language):
                page, headline, paras = cjk_page(language)
                doc = json_of(page)
                self.check((doc["title"], paragraphs(doc)), (headline, list(paras)))

    def test_lynx_keeps_short_cjk_lines_of_an_english_page_apart(self) -> None:
        # lynx counts characters: its CJK paragraph's lines of 74 run to
        # 148 columns, so its lines of 35 (70 columns) under English of 77
        # are not full, and a <br> parts them
        _, _, paras = cjk_page("Chinese")
        verse = [paras[i][:34] + "。" for i in range(3)]
        wrapped = textwrap.wrap(paras[3] + paras[4], 74)[:2]
        english = [
            textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ")
            for p in PARAGRAPHS * 3  # (enough lines that 148 is a rare length)
        ]
        page = "\n\n".join(
            [
                *english[:3],
                "\n".join("   " + line for line in wrapped),
                "\n".join("   " + v for v in verse),
                *english[3:],
            ]
        )
        shown = text_of(page + "\n", "--keep-all")
        self.check([v for v in verse if f"\n\n{v}\n\n" not in shown], [])

    def test_w3m_keeps_cjk_lines_of_an_english_page_with_emoji_joined(self) -> None:
        # w3m fills 79 columns of 80, an emoji one (the width, where most
        # lines crowd, is 78): the few lines with wide characters that run
        # a column or three past it are not lynx's, which run twice past it
        _, _, paras = cjk_page("Chinese")
        quoted = ["\n".join(textwrap.wrap(p, 39)) for p in paras[:2]]
        cheered = " ".join(
            word + (" \U0001f389\U0001f389\U0001f389" if i % 6 == 5 else "")
            for i, word in enumerate(PARAGRAPHS[0].split())
        )
        english = [textwrap.fill(p, 79) for p in [*PARAGRAPHS, cheered, *PARAGRAPHS]]
        page = "\n\n".join([*english[:3], *quoted, *english[3:]])
        body = json_of(page + "\n")["body"]
        self.check([p for p in paras[:2] if p not in body], [])

    def test_short_cjk_paragraphs_that_say_share_or_comment_stay(self) -> None:
        # a short CJK paragraph is as short as a menu: only a whole label
        # ("分享到", "この記事をシェア") is page furniture, not the word
        for language, said in (
            ("Chinese", "她说：“我愿意分享我的经验。”"),
            ("Japanese", "官房長官は「状況を注視する」とコメントした。"),
            ("Japanese", "彼は毎晩ブログにコメントを書く。"),
        ):
            with self.subTest(said):
                headline, before, after, paras = CJK[language]
                story = [*paras[:2], said, *paras[2:]]
                page = blocks(
                    headline + " | Gazette", *before, headline, *story, *after
                )
                self.check(paragraphs(json_of(page)), story)

    def test_a_korean_share_bar_of_spaced_words_goes(self) -> None:
        # six words, a menu's few: Hangul is spaced into words, and its
        # characters are not counted again as two CJK characters a word
        headline, before, _, paras = CJK["Korean"]
        bar = "공유하기 페이스북 트위터 카카오톡 링크 복사"
        page = blocks(headline + " | Gazette", *before, headline, *paras, bar)
        self.check(paragraphs(json_of(page)), list(paras))

    def test_wrapped_cjk_lines_are_joined_without_spaces(self) -> None:
        _, headline, paras = cjk_page("Chinese")
        wrapped = [
            "\n".join(p[i : i + 40] for i in range(0, len(p), 40)) for p in paras
        ]
        page = blocks("首页", "新闻", "体育", headline, *wrapped, "热门文章")
        self.check(paragraphs(json_of(page)), list(paras))

    def test_w3m_wraps_cjk_by_columns(self) -> None:
        # w3m counts a wide character as two columns: a line of 39 fills
        # its 78, as an English line of 78 letters does on the same page
        _, headline, paras = cjk_page("Chinese")
        dumped = ["\n".join(textwrap.wrap("\u3000\u3000" + p, 39)) for p in paras]
        body = json_of(cjk_dump(headline, dumped, 78, ""))["body"]
        self.check([p for p in paras if p not in body], [])

    def test_lynx_wraps_cjk_by_characters(self) -> None:
        # lynx counts a wide character as one: 70 of them on a line of 77
        _, headline, paras = cjk_page("Chinese")
        dumped = [
            textwrap.fill(p, 73, initial_indent="   ", subsequent_indent="   ")
            for p in paras
        ]
        body = json_of(cjk_dump(headline, dumped, 77, "   "))["body"]
        self.check([p for p in paras if p not in body], [])

    def test_wrapped_korean_lines_keep_their_spaces(self) -> None:
        # lynx and html2text break Korean lines at its spaces
        _, headline, paras = cjk_page("Korean")
        wrapped = [
            textwrap.fill(p, 40, initial_indent="   ", subsequent_indent="   ")
            for p in paras
        ]
        page = "\n\n".join([headline, *wrapped, "   많이 본 뉴스"]) + "\n"
        body = json_of(page)["body"]
        self.check([p for p in paras if p not in body], [])


class TestReadersComments(CheckMixin):
    """Readers' comments under a short article are not the article, however
    much prose they hold."""

    COMMENTS = (
        ("Margaret Hill", "I have walked over that bridge every day for forty years and I am glad that the council has finally listened to the people who actually use it rather than the consultants."),
        ("Tom B", "Repairing the deck is just kicking the can down the road, and in five years we will be having exactly the same argument again, only the bill will be twice as large as it is now."),
        ("riverside_resident", "Does anyone know whether the footpath on the east side will stay open while the work is being done? My children walk to school that way every morning and there is no other safe route."),
        ("Jean Porter", "The shopkeepers in the square have been hit hard enough already, so I hope the council keeps its promise to leave one lane open for the whole time that the work is going on."),
        ("Old Engineer", "Stone piers of that age are usually in far better condition than people think, and a well built deck on top of them could easily last another hundred years if it is looked after."),
    )  # fmt: skip

    def test_comments_after_a_short_article_are_dropped(self) -> None:
        for heading in ("5 Comments", "Join the conversation"):
            with self.subTest(heading):
                thread = [heading]
                for hours, (name, said) in enumerate(self.COMMENTS, 2):
                    thread += [name, f"{hours} hours ago", said, "Reply", "Report"]
                page = lines(
                    HEADLINE + " | " + pages.SITE, *pages.MENU, HEADLINE,
                    "By " + AUTHOR, DATE, *PARAGRAPHS[:3], "Share this article",
                    *thread, "Load more comments", pages.FOOTER,
                )  # fmt: skip
                doc = json_of(page)
                self.check(
                    (doc["title"], doc["body"]), (HEADLINE, list(PARAGRAPHS[:3]))
                )


class TestHeadline(CheckMixin):
    """The headline is the article's, with or without a window title."""

    def test_a_heading_centred_on_the_screen_over_narrower_text(self) -> None:
        # lynx -nolist centres an <h1> on its 80 columns while it wraps the
        # paragraphs at 73: the heading under the breadcrumb, not the "What
        # you need" that lynx sets flush left further down
        page = (FIXTURES / "lynx-centred-heading.txt").read_text(encoding="utf-8")
        self.check(json_of(page)["title"], "How to brew better coffee at home")

    def test_a_long_headline_centred_over_two_lines_is_whole(self) -> None:
        # lynx, links and elinks centre a heading: a long one fills its
        # first line, and the rest is centred under it
        long = HEADLINE + " that split the town for three years"
        first, rest = pages.wrap(long, 76).split("\n")
        two = first + "\n" + rest.center(len(first)).rstrip()
        for save in (pages.lynx, pages.links_dump):
            with self.subTest(save.__name__):
                page = save(story()).replace(HEADLINE.center(80).rstrip(), HEADLINE)
                self.assertIn("\n" + HEADLINE + "\n", page)  # the fixture has it
                self.check(json_of(page.replace(HEADLINE, two, 1))["title"], long)

    def test_window_title_loses_the_site_name(self) -> None:
        for title in (HEADLINE + " | The Town Gazette", "Gazette :: " + HEADLINE):
            with self.subTest(title):
                page = lines(title, *pages.MENU, *PARAGRAPHS, *CHROME[-6:])
                self.check(json_of(page)["title"], HEADLINE)

    def test_heading_held_by_a_longer_window_title(self) -> None:
        # A question site's window title: a tag, the question, the site. The
        # question stands on the page under the site's own blurb.
        question = "How deep should tulip bulbs be planted in autumn"
        page = blocks(
            f"gardening - {question} - Garden Answers",
            lines("Skip to main content", "Garden Answers", "Questions", "Tags"),
            "Garden Answers is a question and answer site for people who grow "
            "things in their gardens, on their balconies and in their "
            "allotments. It only takes a minute to sign up and join the "
            "community of gardeners here.",
            "Sign up to join this community",
            "Anybody can ask a question, and anybody can answer it. The best "
            "answers are voted up and rise to the top of the page, where "
            "everyone can find them.",
            question,
            "Asked 3 years ago Viewed 2k times",
            *PARAGRAPHS,
            lines("Share", "Improve this question", "Follow"),
        )
        self.check(json_of(page)["title"], question)

    def test_text_that_opens_on_its_headline(self) -> None:
        page = blocks(HEADLINE, *PARAGRAPHS)
        doc = json_of(page)
        self.check((doc["title"], paragraphs(doc)), (HEADLINE, list(PARAGRAPHS)))

    def test_name_under_the_headline_is_no_headline(self) -> None:
        page = lines(*pages.MENU, HEADLINE, AUTHOR + " Senior Reporter", *PARAGRAPHS)
        self.check(json_of(page)["title"], HEADLINE)

    # The first line of text saved a block a line is taken for the window
    # title; a block that repeats it (the site's name as logo and link, a
    # menu item) is "similar" and the "same" as it, and still no headline.
    def test_first_line_shown_again_is_no_headline(self) -> None:
        parts = story()
        parts.insert(1, part("line", pages.SITE))
        for first in ("Home", pages.SITE):
            with self.subTest(first):
                page = first + "\n" + pages.select_all_copy(parts)
                self.check(json_of(page)["title"], HEADLINE)

    def test_a_pictures_words_in_brackets_are_no_headline(self) -> None:
        # pandoc's plain text, w3m and links write a picture as "[its alt]"
        alt = "[The old bridge at dusk, seen from the harbour]"
        for save in (pages.w3m, pages.lynx, pages.select_all_copy):
            with self.subTest(save.__name__):
                page = save(story()).replace(HEADLINE, alt)
                self.assertNotEqual(json_of(page)["title"], alt)
                # a headline between tags in brackets is one still
                tagged = f"[Update] {HEADLINE} [Video]"
                page = save(story()).replace(HEADLINE, tagged)
                self.check(json_of(page)["title"], tagged)

    def test_menu_items_and_a_teaser_cut_short_are_no_headline(self) -> None:
        menu = "\n".join(f"  • {w}" for w in ("Council", "Bridge", "Town"))
        teaser = HEADLINE.rsplit(" ", 3)[0] + "..."
        for opening in (menu, teaser, f"{menu}\n\n{teaser}"):
            with self.subTest(opening):
                page = blocks(opening, HEADLINE, *PARAGRAPHS)
                self.check(json_of(page)["title"], HEADLINE)

    def test_w3m_headline_wrapped_onto_two_lines(self) -> None:
        # w3m marks no heading: it sets one apart between blank lines, and a
        # headline longer than its 80 columns wraps onto a second line.
        long = HEADLINE + ", and the ferry that stood in for it sails for the last time"
        parts = [part("headline", long) if p.kind == "headline" else p for p in story()]
        page = pages.w3m(parts)
        self.assertNotIn(long, page)  # wrapped, as the dump has it
        self.check(json_of(page)["title"], long)

    def test_paragraphs_alone_are_all_body(self) -> None:
        for name, save in STYLES.items():
            with self.subTest(name):
                page = save([part("paragraph", p) for p in PARAGRAPHS])
                if name == "page text":
                    page = page.split("\n\n", 1)[1]  # no window title either
                # Without a heading framed by "*", html2text's underlined
                # links are words joined by "_" as a program's names are:
                # they stay as they are.
                expected = list(PARAGRAPHS)
                for words in pages.LINKS if name == "html2text (Debian)" else ():
                    joined = words.replace(" ", "_")
                    expected = [p.replace(words, joined, 1) for p in expected]
                self.check(paragraphs(json_of(page)), expected)

    def test_breadcrumb_and_caption_around_it_are_no_headline(self) -> None:
        crumb = "Home » News » " + HEADLINE
        caption = "The old bridge over the river at dawn. Photo: Ann Writer"
        page = blocks(*pages.MENU, crumb, HEADLINE, DATE, caption, *PARAGRAPHS)
        self.check(json_of(page)["title"], HEADLINE)

    # NYT's pages glue the section to the headline over the article
    # ("Business|Headline"), and a line saying to read on comes right over it.
    def test_section_glued_to_the_headline_is_no_headline(self) -> None:
        before = tuple(
            part("line", text)
            for text in (f"Local|{HEADLINE}", "Advertisement", "Continue reading")
        )
        for name, save in STYLES.items():
            with self.subTest(name):
                page = save(story(before=before))
                self.check(json_of(page)["title"], HEADLINE)

    def test_headline_shown_twice_is_printed_once(self) -> None:
        page = lines(*pages.MENU, HEADLINE, HEADLINE, STANDFIRST, *PARAGRAPHS)
        out = text_of(page)
        self.check(out.count(HEADLINE), 1)


class TestStandfirst(CheckMixin):
    """The standfirst: a short lead that stands apart under the headline."""

    def test_json_body_starts_with_the_standfirst_that_leads_the_article(self) -> None:
        doc = json_of(pages.page_text(story()))
        self.check(doc["subtitle"], STANDFIRST)
        self.check(doc["body"], [STANDFIRST, *PARAGRAPHS])

    def test_text_and_markdown_show_it_once(self) -> None:
        page = pages.page_text(story())
        self.check(text_of(page).count(STANDFIRST), 1)
        markdown = text_of(page, "--format", "markdown")
        self.check(markdown.count(STANDFIRST), 1)
        self.assertIn("\n\n_" + STANDFIRST + "_\n\n", markdown)

    # standfirst() takes any sentence of at most STANDFIRST_MAX characters
    def test_first_paragraph_is_no_standfirst(self) -> None:
        doc = json_of(pages.page_text(story(standfirst=False)))
        self.check((doc["subtitle"], doc["body"]), (None, list(PARAGRAPHS)))

    def test_standfirst_over_a_byline_the_article_begins_after(self) -> None:
        lead = "The vote ends ten years of debate over the crossing."  # a short one
        page = "Home\nLocal\nWorld\n\n" + blocks(
            HEADLINE, lead, "By Ann Writer", *PARAGRAPHS[:3]
        )
        doc = json_of(page)
        self.check((doc["title"], doc["subtitle"]), (HEADLINE, lead))
        self.check(doc["byline"], "Ann Writer")
        self.check(text_of(page).split("\n\n")[:3], [HEADLINE, lead, PARAGRAPHS[0]])

    def test_standfirst_over_a_byline_and_share_buttons(self) -> None:
        lead = "The vote ends ten years of debate over the crossing."
        lines = ["Home", "Local", "World", HEADLINE, lead, "By Ann Writer", DATE]
        lines += ["Share", "Tweet", "Email", *PARAGRAPHS[:3], "Most read"]
        page = "\n".join(lines) + "\n"
        doc = json_of(page)
        self.check((doc["title"], doc["subtitle"]), (HEADLINE, lead))
        self.check(text_of(page).split("\n\n")[:3], [HEADLINE, lead, PARAGRAPHS[0]])

    def test_newsletter_box_is_no_standfirst(self) -> None:
        box = part("line", "Want more news? Join the Gazette newsletter today.")
        parts = story(standfirst=False)
        at = parts.index(part("headline", HEADLINE)) + 1
        doc = json_of(pages.page_text(parts[:at] + [box] + parts[at:]))
        self.check(doc["subtitle"], None)


# A story in Spanish, whose slash dates put the day first.
SPANISH = (
    (
        "El consejo se reunió el martes por la noche para decidir si el puente viejo "
        "debía repararse o sustituirse, y el debate duró mucho más de lo que nadie "
        "en la sala había esperado."
    ),
    (
        "Los ingenieros dijeron a los concejales que los pilares de piedra estaban "
        "sanos, pero que el tablero tendría que reconstruirse en cinco años, con un "
        "coste que el pueblo solo podría pagar con un préstamo del fondo regional."
    ),
    (
        "Varios vecinos hablaron en contra de un puente nuevo, porque el viejo es "
        "parte del carácter del pueblo y uno moderno traería más tráfico por las "
        "calles estrechas del centro."
    ),
    (
        "Al final el consejo votó reparar el tablero y pedir una subvención al fondo "
        "regional, y dejó para la primavera la decisión sobre el plan más amplio."
    ),
)


class TestMetadata(CheckMixin):
    """Date, byline and section come from the lines around the headline."""

    def page(self, *head: str) -> str:
        """The story's page with head for its byline and date lines."""
        parts = story()
        at = parts.index(part("headline", HEADLINE))
        return pages.page_text(
            parts[:at] + [part("line", line) for line in head] + parts[at + 3 :]
        )

    def test_date_forms(self) -> None:
        forms = {
            "November 20, 2019": "2019-11-20",
            "20 Nov 2019": "2019-11-20",
            "2019-11-20": "2019-11-20",
            "Updated : 19 November 2019, 09:01 AM": "2019-11-19",
            "Wednesday, Nov. 20, 2019 8:03 am ET": "2019-11-20",
            "20.11.2019": "2019-11-20",
            "Published 20 November 2019": "2019-11-20",
            "20 de noviembre de 2019": "2019-11-20",
            "20. November 2019": "2019-11-20",  # "20." no list's number
            "20.11.19 / 3 comments": "2019-11-20",
            "By Ann Writer • 11/20/19 5:19pm": "2019-11-20",
            "20.11.2019 - 07:18 | Source: agencies | Reading time about 4 min. | Listen": "2019-11-20",
            "Avatar Ann Writer20. November 2019": "2019-11-20",  # glued on
        }
        for written, iso in forms.items():
            with self.subTest(written):
                doc = json_of(self.page(HEADLINE, "By " + AUTHOR, written))
                self.check(doc["date"], iso)

    def test_a_date_in_code_dates_no_page(self) -> None:
        page = pages.markdown(story()).replace(DATE, "today")  # its date gone
        at = page.index("\n\n" + PARAGRAPHS[2][:20])
        code = "\n\n```\nmake_bridge --close 2024-04-02\n```"
        doc = json_of(page[:at] + code + page[at:])
        self.assertIn("make_bridge --close 2024-04-02", doc["body"])
        self.check(doc["date"], None)
        markup = (
            f"<article><h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]}</p>"
            f"<pre>make_bridge --close 2024-04-02</pre><p>{PARAGRAPHS[1]}</p></article>"
        )
        self.check(json_of(markup)["date"], None)

    def test_slash_date_is_month_first_in_english_only(self) -> None:
        doc = json_of(self.page(HEADLINE, "By " + AUTHOR, "Updated 08/05/2022 10:14"))
        self.check(doc["date"], "2022-08-05")
        spanish = blocks(
            "Inicio", "Noticias", "El consejo vota reparar el puente viejo",
            "Actualizado el 08/05/2022 02:14",
            *SPANISH, "Lo más leído", "Aviso legal",
        )  # fmt: skip
        self.check(json_of(spanish)["date"], "2022-05-08")

    def test_no_date_is_null(self) -> None:
        doc = json_of(self.page(HEADLINE, "By " + AUTHOR))
        self.check((doc["date"], doc["byline"]), (None, AUTHOR))

    def test_no_day_of_the_calendar_is_no_date(self) -> None:
        for written, iso in {
            "31 April 2021": None,
            "29 February 2023": None,
            "29.02.2023": None,
            "29 February 2024": "2024-02-29",  # a leap year
        }.items():
            with self.subTest(written):
                doc = json_of(self.page(HEADLINE, "By " + AUTHOR, written))
                self.check(doc["date"], iso)

    def test_breadcrumb_trail_gives_the_section(self) -> None:
        trails = (
            "Home › News › Local",
            "Home > News > Local",
            "HomeNewsLocal",
            "You are here: Home > News > Local",  # a label before it goes
            "You are here: Home | News | Local",  # and says it is a trail
        )
        for trail in trails:
            with self.subTest(trail):
                doc = json_of(self.page(trail, HEADLINE, "By " + AUTHOR, DATE))
                self.check(
                    (doc["section"], doc["title"]), (["News", "Local"], HEADLINE)
                )

    def test_the_trails_last_name_that_is_the_headline_is_no_section(self) -> None:
        """A trail's last name that is the headline after a kicker, or a
        part of the headline, is the page's own, no section."""
        trail = "Home › News › After a long debate"
        doc = json_of(self.page(trail, HEADLINE, "By " + AUTHOR, DATE))
        self.check((doc["section"], doc["title"]), (["News"], HEADLINE))
        for name in ("After a long debate", "Press release: " + HEADLINE):
            with self.subTest(name):
                ld = (
                    '{"@type": "BreadcrumbList", "itemListElement": ['
                    '{"name": "Home", "item": "https://example.org/"},'
                    '{"name": "News", "item": "https://example.org/news/"},'
                    f'{{"name": "{name}"}}]}}'
                )
                markup = (
                    f'<head><script type="application/ld+json">{ld}</script></head>'
                    f"<article><h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]}</p>"
                    f"<p>{PARAGRAPHS[1]}</p></article>"
                )
                self.check(json_of(markup)["section"], ["News"])

    def test_a_trails_name_before_its_last_is_a_section(self) -> None:
        """Only a trail's last name may be the headline: one before it is a
        section, though the headline starts with it or a heading names it."""
        cut = "Home › Council votes › " + HEADLINE[:30] + "…"
        doc = json_of(self.page(cut, HEADLINE, "By " + AUTHOR, DATE))
        ld = (
            '{"@type": "BreadcrumbList", "itemListElement": ['
            '{"name": "Home", "item": "https://example.org/"},'
            '{"name": "News", "item": "https://example.org/news/"},'
            f'{{"name": "{HEADLINE}"}}]}}'
        )
        markup = (
            f'<head><script type="application/ld+json">{ld}</script></head>'
            f"<header><h1>News</h1></header><article><h1>{HEADLINE}</h1>"
            f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>"
        )
        short = markup.replace(HEADLINE, "Contact").replace("Article", "Contact")
        self.check(
            (doc["section"], json_of(markup)["section"], json_of(short)["section"]),
            (["Council votes"], ["News"], ["News"]),
        )

    def test_a_menu_between_bars_is_no_trail(self) -> None:
        menu = json_of(self.page("Home | Recipes | About", HEADLINE, DATE))
        cut = "Home | News | " + HEADLINE[:24] + "…"  # the headline cut short
        trail = json_of(self.page(cut, HEADLINE, DATE))
        self.check([menu["section"], trail["section"]], [[], ["News"]])

    def test_date_under_the_standfirst_and_byline(self) -> None:
        doc = json_of(self.page(HEADLINE, STANDFIRST, "By " + AUTHOR, DATE))
        self.check((doc["date"], doc["byline"]), (ISO_DATE, AUTHOR))

    def test_a_sentence_that_names_someone_after_by_is_no_byline(self) -> None:
        """ "Analysis by Ann Writer" is a byline; a sentence that goes on
        after the name ("Photos by Ann Writer are below") is none."""
        for line, byline in {
            "Analysis by " + AUTHOR: AUTHOR,
            "Analysis by " + AUTHOR + ", Gazette": AUTHOR,
            "Photos by " + AUTHOR + " are below": None,
            "Bilder von " + AUTHOR + " finden Sie unten": None,
        }.items():
            with self.subTest(line):
                self.check(json_of(self.page(HEADLINE, line, DATE))["byline"], byline)
        markup = (
            f"<article><h1>{HEADLINE}</h1><p>Photos by {AUTHOR} are below</p>"
            f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>"
        )
        self.check(json_of(markup)["byline"], None)

    def test_a_byline_by_the_headline_over_an_author_that_is_no_person(self) -> None:
        """Markup whose author is the site ("gazette.example") or one word
        gives way to the byline by the headline; a person's name does not,
        and with no byline shown the site's stays."""
        for author, line, byline in (
            ("gazette.example", f"By {AUTHOR}", AUTHOR),
            ("Gazette", f"By {AUTHOR}", AUTHOR),
            ("Bo Reporter", f"By {AUTHOR}", "Bo Reporter"),
            ("gazette.example", "", "gazette.example"),
        ):
            with self.subTest(author=author, line=line):
                markup = (
                    f'<head><meta name="author" content="{author}"></head>'
                    f"<article><h1>{HEADLINE}</h1><p>{line}</p><p>{PARAGRAPHS[0]}</p>"
                    f"<p>{PARAGRAPHS[1]}</p></article>"
                )
                self.check(json_of(markup)["byline"], byline)

    def test_marks_before_by_open_a_byline(self) -> None:
        """A byline may open with marks ("// By Ann Writer"), but marks
        before another word do not make a byline of it ("© Provided by")."""
        for line, byline in {
            f"// By {AUTHOR} • {DATE}": AUTHOR,
            f"— by {AUTHOR}": AUTHOR,
            "© Provided by Gazette Media Photograph: Bo Snapper": None,
        }.items():
            with self.subTest(line):
                self.check(json_of(self.page(HEADLINE, line, DATE))["byline"], byline)

    def test_date_under_the_article(self) -> None:
        """A page that dates its story only under it, however long it is."""
        after = (part("line", "Published 20 November 2019"),)
        parts = [p for p in story(after=after) if p != part("line", DATE)]
        doc = json_of(pages.page_text(parts))
        self.check(doc["date"], "2019-11-20")

    def test_date_nearest_the_article(self) -> None:
        """Of two dates, the one nearer the article's top: the story's own,
        not a comment's under it."""
        after = (part("line", "Comment posted 2 December 2019"),)
        doc = json_of(pages.page_text(story(after=after)))
        self.check(doc["date"], ISO_DATE)


class TestInsideTheArticle(CheckMixin):
    """What stands between the article's paragraphs neither stays as text
    nor splits the article."""

    def body(self, *inside: str) -> list[str]:
        parts = story(inside=tuple(part("line", text) for text in inside))
        return paragraphs(json_of(pages.page_text(parts)))

    def test_subheading_stays_its_own_paragraph(self) -> None:
        self.check(
            self.body("What happens next"),
            [*PARAGRAPHS[:3], "What happens next", *PARAGRAPHS[3:]],
        )

    def test_advertisement_share_bar_and_newsletter_box_are_dropped(self) -> None:
        boxes = {
            "advertisement": ["Advertisement"],
            "share bar": ["Share", "Facebook", "Twitter", "Email", "Print", "Copy link"],
            "newsletter": ["Sign up to our daily newsletter", "Enter your email address", "Subscribe"],
        }  # fmt: skip
        for name, box in boxes.items():
            with self.subTest(name):
                self.check(self.body(*box), list(PARAGRAPHS))

    def test_a_one_sentence_quote_stays(self) -> None:
        quote = "“We cannot let the town be cut in two again,” the leader said."
        self.check(self.body(quote), [*PARAGRAPHS[:3], quote, *PARAGRAPHS[3:]])

    def test_a_pictures_description_over_its_caption_is_shown_once(self) -> None:
        described = "Workers lift the last span of the old deck onto a barge"
        caption = "Workers lift the last span of the old deck onto a barge on Monday."
        for name in ("page text", "lynx -dump", "w3m -dump", "markdown"):
            with self.subTest(name):
                parts = story(inside=(part("line", described), part("line", caption)))
                self.check(
                    paragraphs(json_of(STYLES[name](parts))),
                    [*PARAGRAPHS[:3], caption, *PARAGRAPHS[3:]],
                )

    def test_two_lines_that_share_some_words_stay(self) -> None:
        said = (
            "The old deck of the bridge is lifted onto a barge on Monday",
            "The new deck of the bridge arrives by road from the works in May",
        )
        self.check(self.body(*said), [*PARAGRAPHS[:3], *said, *PARAGRAPHS[3:]])

    def test_related_links_box_does_not_split_the_article(self) -> None:
        box = ["Related articles", *pages.POPULAR[1:]]
        self.check(self.body(*box), list(PARAGRAPHS))

    def test_table_keeps_all_its_rows(self) -> None:
        rows = [
            "1 Ann Driver 5040 5 1 17",
            "2 Bo Racer 5035 7 0 15",
            "3 Cy Wheeler 5033 4 6 15",
            "4 Di Speed 5027 6 3 19",
            "5 Ed Lapman 2380 2 3 12",
            "6 Flo Pitt 2339 1 1 11",
        ]
        self.check(self.body(*rows), [*PARAGRAPHS[:3], *rows, *PARAGRAPHS[3:]])


class TestAroundTheArticle(CheckMixin):
    """Teasers and links before and after the article are not the article."""

    TEASERS = (
        part("heading", "Top stories"),
        part("line", "Police arrest two after break-in at the old mill"),
        part("paragraph", "Two men were arrested on Monday night after a break-in at the old mill on the river, police said."),
        part("line", "Market reopens after storm damage"),
        part("paragraph", "Traders returned to the square on Tuesday morning after the roof of the market hall was repaired."),
        part("line", "School wins award for reading"),
        part("paragraph", "The primary school on Church Lane was praised by inspectors for the way it teaches children to read."),
    )  # fmt: skip

    def test_teasers_after_the_article_are_dropped(self) -> None:
        page = pages.page_text(story(after=self.TEASERS))
        self.check(paragraphs(json_of(page)), list(PARAGRAPHS))

    def test_teasers_before_the_headline_are_dropped(self) -> None:
        doc = json_of(pages.page_text(story(before=self.TEASERS)))
        self.check((doc["title"], paragraphs(doc)), (HEADLINE, list(PARAGRAPHS)))

    def test_lynx_feed_links_title_the_article(self) -> None:
        """lynx's first paragraph, the titles of the page's feed links, names
        the article: it begins under its headline, and the line goes."""
        site = pages.SITE
        links = f"#{site} » Feed {site} » Comments Feed {site} » {HEADLINE}"
        for refs, width in ((False, 76), (True, 76), (False, 1000)):
            with self.subTest(refs=refs, width=width):
                feeds = wrap(links + " Comments Feed alternate", width, "   ")
                saved = pages.lynx(story(before=self.TEASERS), refs, width)
                page = feeds + "\n\n" + saved
                doc = json_of(page)
                self.check(
                    (doc["title"], paragraphs(doc)), (HEADLINE, list(PARAGRAPHS))
                )
                self.assertNotIn("Feed", text_of(page))


class TestExplain(CheckMixin):
    """--explain: every input line, with its block's verdict and score."""

    def test_every_line_of_a_wrapped_page(self) -> None:
        page = pages.lynx(story())
        lines = page.split("\n")[:-1]  # none after the last line break
        rows = text_of(page, "--explain").split("\n")[:-1]
        self.check(len(rows), len(lines))
        row = re.compile(r"^ *\d+  (title|standfirst|body|dropped) +([+-]\d+\.\d)? ")
        references = lines.index("References")
        verdicts: dict[str, set[str]] = {}
        for n, (line, shown) in enumerate(zip(lines, rows)):
            with self.subTest(line=line):
                self.assertTrue(shown.startswith(f"{n + 1:>2}"), shown)
                if not line.strip():
                    self.assertRegex(shown, r"^ *\d+$")
                    continue
                self.assertTrue(shown.endswith(line.strip()), shown)
                match = row.match(shown)
                assert match is not None, shown
                verdicts.setdefault(match.group(1), set()).add(line.strip())
                if n < references:  # the References list is no block: no score
                    self.assertIsNotNone(match.group(2), "no score")
        self.check(verdicts["title"], {HEADLINE})
        standfirst = pages.wrap(STANDFIRST, 76, "   ").split("\n")
        self.check(verdicts["standfirst"], {line.strip() for line in standfirst})
        self.assertIn(
            "evening to decide whether the old bridge should",
            " ".join(verdicts["body"]),
        )
        self.assertIn("References", verdicts["dropped"])
        self.assertIn("* [1]Home", verdicts["dropped"])

    def test_rows_keep_the_files_numbers_past_a_long_run_of_blank_lines(self) -> None:
        # The cleaner reads eight blank lines in a row at most; the rows after
        # a longer run still carry the file's numbers (sed -n 40p shows row
        # 40's line), the run's lines past the eighth having no row.
        page = pages.page_text(story())
        run_of = "\n" * 6 + "  \n" * 7 + "\n"  # a line break, then 13 blank lines
        page = run_of[1:] + page.replace("\n\n", run_of, 4)  # one opening it too
        lines = page.split("\n")[:-1]
        rows = {}
        for row in text_of(page, "--explain").split("\n")[:-1]:
            number, _, rest = row.strip().partition(" ")
            rows[int(number)] = rest
        self.check(max(rows), len(lines))
        for n, line in enumerate(lines, 1):
            if line.strip():
                with self.subTest(line=n):
                    self.assertTrue(rows[n].endswith(line.strip()), rows[n])
                    verdict = rows[n].split()[0]
                    if line in PARAGRAPHS:
                        self.check(verdict, "body")
                    elif line == HEADLINE:
                        self.check(verdict, "title")

    def test_a_row_a_line_however_the_text_ends(self) -> None:
        cases = {"Home\nNews\nSport\n": 3, "Home\nNews\nSport": 3, "Home\n\n": 2}
        for page, count in cases.items():
            with self.subTest(page=page):
                result = run("--explain", "-", stdin=page.encode())
                self.assertClean(result)
                rows = result.stdout.decode().split("\n")[:-1]
                self.check(
                    [row.split()[0] for row in rows],
                    [str(n) for n in range(1, count + 1)],
                )


class TestCheckAndKeepAll(CheckMixin):
    def test_check_exit_status(self) -> None:
        yes = run("--check", "-", stdin=pages.page_text(story()).encode())
        self.check((yes.returncode, yes.stdout, yes.stderr), (0, b"", b""))
        no = run("--check", "-", stdin=b"Home\nNews\nSign in\n")
        self.check((no.returncode, no.stdout, no.stderr), (1, b"", b""))
        # as grep -q: a file that cannot be read is no "no"
        for args, stdin in (((".",), b""), (("-",), b"\x89PNG\r\n\x1a\n\x00\x00")):
            with self.subTest(args=args):
                trouble = run("--check", *args, stdin=stdin)
                self.check((trouble.returncode, trouble.stdout), (2, b""))
                self.assertIn(b"show_article.py: error: ", trouble.stderr)

    def test_keep_all_prints_everything(self) -> None:
        result = run("--keep-all", "-", stdin=b"Home\nNews\nSign in\n")
        self.check(result.stdout, b"Home\n\nNews\n\nSign in\n")


if __name__ == "__main__":
    unittest.main()
