"""Build DejaVuSans-Stamp.ttf, the font of the signature stamps, from DejaVuSans.ttf.

pyHanko writes glyph widths in font units, which PDF reads as thousandths of an em: right only
for fonts of 1000 units per em. DejaVu has 2048, so its stamps came out with letters twice as
far apart. This keeps the Latin characters French text needs and rescales them to 1000 units
per em (fontTools), once, here rather than at every signature. Same licence as DejaVu.

Run: .venv/bin/python resources/fonts/make_stamp_font.py
"""

from pathlib import Path

from fontTools import subset, ttLib
from fontTools.ttLib.scaleUpem import scale_upem

HERE = Path(__file__).parent
# Basic Latin, Latin-1, Latin Extended-A, and the punctuation and signs of French text.
UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x180), 0x2013, 0x2014, 0x2019, 0x201C, 0x201D,
            0x2022, 0x2026, 0x202F, 0x20AC]  # fmt: skip


def main() -> None:
    font = ttLib.TTFont(str(HERE / "DejaVuSans.ttf"))
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the copyright and licence names
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    scale_upem(font, 1000)
    font.save(str(HERE / "DejaVuSans-Stamp.ttf"))


if __name__ == "__main__":
    main()
