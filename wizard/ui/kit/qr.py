"""A QR code as a pixmap, drawn module by module with QPainter from segno's matrix.

Whole device pixels per module and no smoothing, so a phone camera sees sharp edges; the
quiet zone (four modules, as the standard asks) is part of the picture. segno is imported
inside the function: only a confirmation page needs it, never the first paint.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
# "M" recovers from about 15 % damage: enough for a photo of a screen, and still a small symbol.
ERROR_LEVEL = "m"


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The symbol for `text` without its quiet zone: rows of modules, True for dark.

    UTF-8 in byte mode, announced by an ECI header: without it readers guess the character set, and
    "€" comes out as Shift JIS on some.
    """
    import segno

    code = segno.make(text, error=ERROR_LEVEL, micro=False, encoding="utf-8", eci=True)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def qr_pixmap(text: str, size_px: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A square pixmap of `size_px` (logical) pixels showing `text` as a QR code on white.

    The modules are as large as whole device pixels allow; the rest of the square is white
    around the centred symbol (more quiet zone, never less). ValueError when `size_px`
    cannot give each module (with the quiet zone) one device pixel.
    """
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    device = round(size_px * device_pixel_ratio)
    unit = device // modules
    if unit < 1:
        raise ValueError(f"{size_px} px cannot show a QR code of {modules} modules")
    offset = (device - unit * modules) // 2 + QUIET_ZONE * unit

    pixmap = QPixmap(device, device)
    pixmap.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    dark = QColor(Qt.GlobalColor.black)
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.fillRect(QRect(offset + start * unit, offset + y * unit, (x - start) * unit, unit), dark)
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
