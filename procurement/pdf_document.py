"""Shared parts of the tender PDFs: an embedded TTF (umlauts, ß, €), styles, "Page X of Y".

DejaVu Sans from the system (Debian's fonts-dejavu-core) where it exists,
otherwise Bitstream Vera, which reportlab ships; either is embedded in the PDF.
User text is escaped before it goes into a ``Paragraph``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "NiroSans"
FONT_BOLD = "NiroSans-Bold"
_SYSTEM = Path("/usr/share/fonts/truetype/dejavu")
_VERA = Path(reportlab.__file__).parent / "fonts"

PAGE_WORDS = {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"}


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = _SYSTEM / "DejaVuSans.ttf", _SYSTEM / "DejaVuSans-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        regular, bold = _VERA / "Vera.ttf", _VERA / "VeraBd.ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))


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


def table(
    rows: list[list[Any]],
    widths: list[float],
    highlight: tuple[int, ...] = (),
    header: bool = True,
) -> Table:
    """A table with a repeated bold header row; ``highlight`` rows get a green background.

    Plain strings become escaped paragraphs, so long words wrap inside their column.
    """
    style = styles()
    head = ParagraphStyle("head", parent=style["cell"], fontName=FONT_BOLD)
    rows = [
        [
            text(value, head if header and r == 0 else style["cell"])
            if isinstance(value, str)
            else value
            for value in row
        ]
        for r, row in enumerate(rows)
    ]
    result = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, colors.HexColor("#c8ced8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#8090a8")),
        ]
    commands.extend(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dff3e4")) for r in highlight)
    result.setStyle(TableStyle(commands))
    return result


def build(path: Path, story: list[Any], title: str, language: str) -> None:
    """Write ``story`` to ``path`` as A4 with the title and "Page X of Y" in the footer."""
    register_fonts()
    printed = dt.date.today().strftime("%d.%m.%Y" if language == "de" else "%d/%m/%Y")
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
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(18 * mm, 10 * mm, f"{title} · {printed}")
                self.drawRightString(
                    A4[0] - 18 * mm,
                    10 * mm,
                    words.format(page=self._pageNumber, pages=len(self._pages)),
                )
                super().showPage()
            super().save()

    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="NIRO Desk",
    )
    document.build(story, canvasmaker=NumberedCanvas)
