# Chromium's PDF backend embeds only TrueType-outline fonts as real fonts: the CFF outlines of
# Debian's Noto Sans CJK come out as Type 3 glyph drawings without a font name. This writes a
# TrueType-outline copy of one face of the collection, subset to the characters Japanese documents
# use (CP932, Latin-1 and the usual symbol blocks), keeping its names (NotoSansCJKjp-Regular).
# Usage: python3 noto-truetype.py SOURCE.ttc INDEX OUT.ttf   (needs python3-fonttools)
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

source, index, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
font = TTCollection(source).fonts[index] if source.lower().endswith((".ttc", ".otc")) else TTFont(source)

chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
for cp in range(0x80, 0x10000):
    try:
        chr(cp).encode("cp932")
        chars.add(cp)
    except UnicodeEncodeError:
        pass
for start, end in [(0x2000, 0x2070), (0x2100, 0x2200), (0x2190, 0x2400), (0x2460, 0x2500), (0x25A0, 0x2700),
                   (0x3000, 0x3100), (0x3200, 0x3400), (0xFF00, 0xFFF0)]:
    chars |= set(range(start, end))

options = subset.Options()
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.name_languages = ["*"]
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=chars)
subsetter.subset(font)

order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font["glyf"] = glyf
font["loca"] = newTable("loca")
maxp = font["maxp"]
maxp.tableVersion = 0x00010000
for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints", "maxContours",
              "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
    setattr(maxp, field, 0)
maxp.maxZones = 1
for table in ("CFF ", "VORG"):
    if table in font:
        del font[table]
font["head"].glyphDataFormat = 0
post = font["post"]
post.formatType = 2.0
post.extraNames = []
post.mapping = {}
post.glyphOrder = order
font.sfntVersion = "\x00\x01\x00\x00"
font.save(out)
