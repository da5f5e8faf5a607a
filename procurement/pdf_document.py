"""Shared parts of the tender PDFs: an embedded TTF (umlauts, ß, €), styles, "Page X of Y".

DejaVu Sans from the system (Debian's fonts-dejavu-core) where it exists,
otherwise Bitstream Vera, which reportlab ships; either is embedded in the PDF.
User text is escaped before it goes into a ``Paragraph``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.tables import CellStyle

FONT = "NiroSans"
FONT_BOLD = "NiroSans-Bold"
_SYSTEM = Path("/usr/share/fonts/truetype/dejavu")
_VERA = Path(reportlab.__file__).parent / "fonts"

_GREY = colors.HexColor("#555555")  # header and footer text
_RULE = colors.HexColor("#c8ced8")  # the header's rule, the tables' row lines

PAGE_WORDS = {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"}


class _MeasuredFont(TTFont):
    """A TTF font that remembers the widths it measured.

    Without reportlab's C accelerator a width is summed glyph by glyph in Python;
    long tables right-align (and wrap) the same amounts and units again and again.
    """

    @lru_cache(maxsize=8192)  # noqa: B019 - two instances, registered once per process
    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        return super().stringWidth(text, size, encoding)


def register_fonts() -> None:
    """Register the two fonts once per process (later calls return at once)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = _SYSTEM / "DejaVuSans.ttf", _SYSTEM / "DejaVuSans-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        regular, bold = _VERA / "Vera.ttf", _VERA / "VeraBd.ttf"
    pdfmetrics.registerFont(_MeasuredFont(FONT, str(regular)))
    pdfmetrics.registerFont(_MeasuredFont(FONT_BOLD, str(bold)))


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
    }


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """User text as a paragraph, escaped (``<`` and ``&`` are no markup)."""
    return Paragraph(escape(str(value)).replace("\n", "<br/>"), style)


@lru_cache(maxsize=4096)
def number(value: Decimal | int, language: str, places: int | None = None) -> str:
    """Like ``formatting.format_number`` (German or English grouping), without babel's cost.

    ``places`` None: up to three decimals, trailing zeros dropped (babel's default).
    Long PDF tables format thousands of numbers; babel needs ~0.2 ms for each.
    """
    if places is None:
        value = Decimal(value).quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN)
        text = f"{value:,.3f}".rstrip("0").rstrip(".")
    else:
        quantum = Decimal(1).scaleb(-places)
        text = f"{Decimal(value).quantize(quantum, rounding=ROUND_HALF_EVEN):,.{places}f}"
    if language == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def money(amount: Decimal | None, language: str) -> str:
    """``1.234,56 €`` / ``€1,234.56`` as ``formatting.format_money``, fast (see ``number``)."""
    if amount is None:
        return ""
    text = number(abs(amount), language, 2)
    sign = "-" if amount < 0 else ""
    return f"{sign}{text}\u00a0€" if language == "de" else f"{sign}€{text}"


@lru_cache(maxsize=4096)
def wrapped(value: str, font: str, size: float, width: float) -> str:
    """``value`` broken into lines that fit ``width`` points; over-long words are cut."""
    if "\n" not in value and stringWidth(value, font, size) <= width:
        return value
    lines: list[str] = []
    for paragraph in value.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return "\n".join(lines)


def table(
    rows: list[list[Any]],
    widths: list[float],
    highlight: tuple[int, ...] = (),
    header: bool = True,
    right: tuple[int, ...] = (),
    bold_last: bool = False,
    fast: bool = False,
) -> Table:
    """A table with a repeated bold header row; ``highlight`` rows get a green background.

    Plain strings become escaped paragraphs, so long words wrap inside their column;
    in the ``right`` columns (numbers) they stay plain strings, right-aligned, which
    is much faster for long tables. ``bold_last``: a totals row. ``fast``: text cells
    too stay plain strings, broken into lines that fit their column (``wrapped``),
    the header row as well (it is drawn again on every page): several times faster
    than paragraphs for tables of hundreds of rows.
    """
    style = styles()
    head = ParagraphStyle("head", parent=style["cell"], fontName=FONT_BOLD)
    last = len(rows) - 1
    total = ParagraphStyle("total", parent=style["cell"], fontName=FONT_BOLD)

    def cell(r: int, c: int, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if header and r == 0:
            if fast:  # drawn on every page: a paragraph would be laid out again each time
                return wrapped(value, FONT_BOLD, 8.5, widths[c] - 12)
            return text(value, head)
        if c in right:
            return value
        bold = bold_last and r == last
        if fast:
            return wrapped(value, FONT_BOLD if bold else FONT, 8.5, widths[c] - 12)
        return text(value, total if bold else style["cell"])

    rows = [[cell(r, c, value) for c, value in enumerate(row)] for r, row in enumerate(rows)]
    cell_styles = _cell_styles(len(rows), len(widths), header, right, bold_last, fast)
    if fast and all(isinstance(value, str) for row in rows for value in row):
        result: Table = _TextTable(
            rows,
            colWidths=widths,
            rowHeights=_text_heights(rows, cell_styles),
            repeatRows=1 if header else 0,
            cellStyles=cell_styles,
            normalizedData=1,  # only strings: reportlab's normalising would change nothing
        )
    else:
        result = Table(
            rows, colWidths=widths, repeatRows=1 if header else 0, cellStyles=cell_styles
        )
    commands: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, colors.HexColor("#c8ced8")),
    ]
    if bold_last:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#8090a8")))
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#8090a8")),
        ]
    commands.extend(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dff3e4")) for r in highlight)
    result.setStyle(TableStyle(commands))
    return result


class _TextTable(Table):
    """A table of plain strings that draws nothing for an empty cell.

    reportlab would put an empty text object on the page for each of them (the
    name cell of a participant's second item, the missing amounts): the same
    page, less work.
    """

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: Any, size: Any) -> None:
        if cellval == "":
            return
        super()._drawCell(cellval, cellstyle, pos, size)


def _text_heights(rows: list[list[str]], cell_styles: list[list[CellStyle]]) -> list[float]:
    """The row heights reportlab's ``Table._calc_height`` gives rows of plain strings.

    Lines × leading plus the vertical padding of the tallest cell, computed in the
    same order (the same floats). Given up front, reportlab does not measure the
    remaining rows again after every page break.
    """
    heights = []
    for row, styles_of_row in zip(rows, cell_styles, strict=True):
        height: float = 0
        for value, style in zip(row, styles_of_row, strict=True):
            lines = value.count("\n") + 1
            cell = (style.leading or 1.2 * style.fontsize) * lines
            cell += style.bottomPadding + style.topPadding
            if cell > height:
                height = cell
        heights.append(height)
    return heights


def _cell_styles(
    count: int,
    columns: int,
    header: bool,
    right: tuple[int, ...],
    bold_last: bool,
    fast: bool,
) -> list[list[CellStyle]]:
    """The cells' font, leading and alignment: one shared style per row kind and column.

    The same as the commands FONT 8.5/10.5, VALIGN TOP, ALIGN RIGHT in the ``right``
    columns below the header, a bold last row (leading 10.2, reportlab's default for
    FONT without one) and, in ``fast`` tables, a bold header row (10.5); but without a
    style object per cell and a pass over every cell for every command, which took
    longer than drawing a table of hundreds of rows.
    """

    def kind(bold: bool, leading: float, aligned: bool) -> list[CellStyle]:
        result = []
        for column in range(columns):
            style = CellStyle(f"{bold}-{column}")
            style.fontname, style.fontsize, style.leading = (
                (FONT_BOLD if bold else FONT),
                8.5,
                leading,
            )
            style.valign = "TOP"
            if aligned and column in right:
                style.alignment = "RIGHT"
            result.append(style)
        return result

    body = kind(False, 10.5, True)
    grid = [body] * count
    if bold_last and count:
        grid[-1] = kind(True, 8.5 * 1.2, True)
    if header and count:
        grid[0] = kind(fast, 10.5, False)
    return [list(row) for row in grid]


MARGIN = 18 * mm
#: the width of the text frame of ``build``: every table must fit into it
CONTENT_WIDTH = A4[0] - 2 * MARGIN

#: draws on a page once the page count is known: (canvas, page, pages)
PageDecoration = Callable[[Canvas, int, int], None]


def printed_on(language: str) -> str:
    return dt.date.today().strftime("%d.%m.%Y" if language == "de" else "%d/%m/%Y")


def numbered_canvas(
    footer_left: str,
    language: str,
    decorate: PageDecoration | None = None,
    footer_margin: float = MARGIN,
) -> type[Canvas]:
    """A canvas class that adds "Page X of Y" (and ``decorate``) to every page in ``save()``."""
    words = PAGE_WORDS.get(language, PAGE_WORDS["en"])

    class NumberedCanvas(Canvas):
        """Draws the footers in ``save()``, when the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # no Helvetica in the PDF at all
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if decorate is not None:
                    self.saveState()
                    decorate(self, self._pageNumber, pages)
                    self.restoreState()
                self.setFont(FONT, 7.5)
                self.setFillColor(_GREY)
                self.drawString(footer_margin, 10 * mm, footer_left)
                self.drawRightString(
                    A4[0] - MARGIN,
                    10 * mm,
                    words.format(page=self._pageNumber, pages=pages),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def running_header(left: str, right: str) -> PageDecoration:
    """A grey line of text above the frame on every page, with a rule below it."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(_GREY)
        top = A4[1] - 10 * mm
        canvas.drawString(MARGIN, top, left)
        canvas.drawRightString(A4[0] - MARGIN, top, right)
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)

    return draw


def build(
    path: Path | BinaryIO,
    story: list[Any],
    title: str,
    language: str,
    header: tuple[str, str] | None = None,
) -> None:
    """Write ``story`` to ``path`` as A4 with the title and "Page X of Y" in the footer.

    ``header``: (left, right) text drawn above the frame on every page.
    """
    register_fonts()
    decorate = running_header(*header) if header else None
    document = SimpleDocTemplate(
        path if not isinstance(path, Path) else str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=(20 if header else 16) * mm,
        bottomMargin=18 * mm,
        title=title,
        author="NIRO Desk",
    )
    document.build(
        story,
        canvasmaker=numbered_canvas(f"{title} · {printed_on(language)}", language, decorate),
    )
