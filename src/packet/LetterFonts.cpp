// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterFonts.h"

#include "CffCharset.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QtEndian>
#include <algorithm>
#include <hb-subset.h>
#include <hb.h>
#include <map>
#include <set>

namespace simfleet::packet {

namespace {

const QString kRegularFile = QStringLiteral("NotoSerifCJK-Regular.ttc");
const QString kBoldFile = QStringLiteral("NotoSerifCJK-Bold.ttc");
const QByteArray kRegularName = QByteArrayLiteral("NotoSerifCJKsc-Regular");
const QByteArray kBoldName = QByteArrayLiteral("NotoSerifCJKsc-Bold");

// Every face of the export carries these: the page footer (第 N 页 / 共 M 页) and any ASCII.
QString alwaysIncluded()
{
    QString text = QStringLiteral("第页共/0123456789 ");
    for (char c = 0x20; c < 0x7f; ++c)
        text += QLatin1Char(c);
    return text;
}

struct BlobDeleter {
    void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
    void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct FontDeleter {
    void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
struct InputDeleter {
    void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDeleter>;
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;
using Font = std::unique_ptr<hb_font_t, FontDeleter>;
using Input = std::unique_ptr<hb_subset_input_t, InputDeleter>;

// fonts-noto-cjk's files (Debian: /usr/share/fonts/opentype/noto), wherever fonts are kept.
QString fontFile(const QString& name)
{
    QStringList roots =
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("fonts"),
                                  QStandardPaths::LocateDirectory);
    roots << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts");
    for (const QString& root : roots) {
        QDirIterator it(root, {name}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            return it.next();
    }
    return {};
}

QByteArray postScriptName(hb_face_t* face)
{
    char name[128];
    unsigned int length = sizeof name;
    length = hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length,
                                 name);
    return QByteArray(name, int(std::min<unsigned>(length, sizeof name - 1)));
}

// The face named `name` (PostScript) of a font collection file.
Face openFace(const QString& fileName, const QByteArray& name)
{
    const QString path = fontFile(fileName);
    if (path.isEmpty())
        return {};
    const Blob blob(hb_blob_create_from_file_or_fail(QFile::encodeName(path).constData()));
    if (!blob)
        return {};
    const unsigned int faces = hb_face_count(blob.get());
    for (unsigned int index = 0; index < faces; ++index) {
        Face face(hb_face_create(blob.get(), index));
        if (postScriptName(face.get()) == name)
            return face;
    }
    return {};
}

QByteArray deflated(const QByteArray& bytes)
{
    return qCompress(bytes, 9).mid(4); // qCompress puts the length before a zlib stream
}

QByteArray tableOf(hb_face_t* face, hb_tag_t tag)
{
    const Blob blob(hb_face_reference_table(face, tag));
    unsigned int length = 0;
    const char* data = hb_blob_get_data(blob.get(), &length);
    return QByteArray(data, int(length));
}

// A subset's name: six capitals from its bytes, then the face's PostScript name (PDF 9.6.4).
QByteArray subsetName(const QByteArray& cff, const QByteArray& name)
{
    QByteArray tag;
    size_t hash = qHash(cff, 0x5f3759df);
    for (int i = 0; i < 6; ++i, hash /= 26)
        tag += char('A' + hash % 26);
    return tag + '+' + name;
}

bool isRadicalOrCompatibility(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x2F800 && cp <= 0x2FA1F);
}

QByteArray hex4(quint32 value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

QByteArray toUnicodeCMap(const std::map<quint16, char32_t>& text)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto it = text.begin();
    while (it != text.end()) {
        const auto count = std::min<std::size_t>(100, std::size_t(std::distance(it, text.end())));
        cmap += QByteArray::number(qulonglong(count)) + " beginbfchar\n";
        for (std::size_t i = 0; i < count; ++i, ++it) {
            QByteArray utf16;
            const char32_t cp = it->second;
            if (cp > 0xffff)
                utf16 = hex4(0xD800 + ((cp - 0x10000) >> 10)) + hex4(0xDC00 + (cp & 0x3ff));
            else
                utf16 = hex4(cp);
            cmap += '<' + hex4(it->first) + "> <" + utf16 + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// [cid [w ...] ...] for the glyphs whose advance is not the default 1000.
QByteArray widthArray(const std::map<quint16, quint16>& advances)
{
    QByteArray array = "[";
    int last = -2;
    for (const auto& [cid, advance] : advances) {
        if (advance == 1000)
            continue;
        if (int(cid) != last + 1) {
            if (last >= 0)
                array += "]";
            array += ' ' + QByteArray::number(cid) + " [";
        } else {
            array += ' ';
        }
        array += QByteArray::number(advance);
        last = cid;
    }
    if (last >= 0)
        array += "]";
    return array + " ]";
}

} // namespace

class LetterFontsBuilder {
public:
    // The subset of `face` for the characters of `text`; false when hb-subset fails or the
    // result is not the CID-keyed CFF font expected.
    static bool make(hb_face_t* face, const QByteArray& name, const QString& text, LetterFace& out)
    {
        std::set<char32_t> characters;
        for (const char32_t cp : (text + alwaysIncluded()).toUcs4())
            characters.insert(cp);
        const Input input(hb_subset_input_create_or_fail());
        if (!input)
            return false;
        hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
        for (const char32_t cp : characters)
            hb_set_add(unicodes, cp);
        // Unshaped horizontal text needs neither the layout tables nor vertical metrics; plain
        // charstrings (no subroutines) come out smaller for a few hundred glyphs.
        hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx"})
            hb_set_add(drop, hb_tag_from_string(tag, 4));
        hb_subset_input_set_flags(input.get(),
                                  HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
        const Face subset(hb_subset_or_fail(face, input.get()));
        if (!subset)
            return false;
        const QByteArray cff = tableOf(subset.get(), HB_TAG('C', 'F', 'F', ' '));
        const std::optional<std::vector<quint16>> cids = cffGlyphCids(cff);
        if (!cids)
            return false;
        const Font font(hb_font_create(subset.get()));
        const auto em = int(hb_face_get_upem(subset.get()));
        auto perMille = [em](hb_position_t units) {
            return int(qint64(units) * 1000 / em);
        };

        std::map<quint16, char32_t> text2;
        std::map<quint16, quint16> advances;
        for (const char32_t cp : characters) {
            hb_codepoint_t glyph = 0;
            if (!hb_font_get_nominal_glyph(font.get(), cp, &glyph) || glyph >= cids->size())
                continue;
            const LetterGlyph made{
                (*cids)[glyph], quint16(perMille(hb_font_get_glyph_h_advance(font.get(), glyph)))};
            if (cp < out.m_bmp.size())
                out.m_bmp[cp] = made;
            else
                out.m_astral[cp] = made;
            advances[made.cid] = made.advance;
            // Two characters drawn alike (大 and the radical ⼤): the text reads as the ideograph.
            const auto [at, added] = text2.emplace(made.cid, cp);
            if (!added && isRadicalOrCompatibility(at->second))
                at->second = cp;
        }
        hb_font_extents_t extents{};
        hb_font_get_h_extents(font.get(), &extents);
        out.m_ascender = perMille(extents.ascender);
        out.m_descender = -perMille(extents.descender);
        const QByteArray head = tableOf(subset.get(), HB_TAG('h', 'e', 'a', 'd'));
        if (head.size() >= 44) {
            for (int i = 0; i < 4; ++i)
                out.m_bbox += (i ? " " : "") + QByteArray::number(perMille(qFromBigEndian<qint16>(
                                                   head.constData() + 36 + 2 * i)));
        } else {
            out.m_bbox = "-1000 -1000 2000 2000";
        }
        out.m_pdfName = subsetName(cff, name);
        out.m_deflatedCff = deflated(cff);
        out.m_widths = widthArray(advances);
        out.m_toUnicode = deflated(toUnicodeCMap(text2));
        return true;
    }
};

std::vector<char32_t> LetterFace::characters() const
{
    std::vector<char32_t> all;
    for (std::size_t cp = 0; cp < m_bmp.size(); ++cp) {
        if (m_bmp[cp].cid != 0)
            all.push_back(char32_t(cp));
    }
    for (const auto& [cp, glyph] : m_astral)
        all.push_back(cp);
    std::sort(all.begin(), all.end());
    return all;
}

Result<std::shared_ptr<const LetterFonts>> LetterFonts::make(const QString& regularText,
                                                             const QString& boldText)
{
    auto fonts = std::make_shared<LetterFonts>();
    const Face regular = openFace(kRegularFile, kRegularName);
    if (!regular ||
        !LetterFontsBuilder::make(regular.get(), kRegularName, regularText, fonts->regular))
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("%1 (fonts-noto-cjk)").arg(kRegularFile), 0};
    const Face bold = openFace(kBoldFile, kBoldName);
    if (!bold || !LetterFontsBuilder::make(bold.get(), kBoldName, boldText, fonts->bold))
        fonts->bold = fonts->regular;
    return std::shared_ptr<const LetterFonts>(std::move(fonts));
}

} // namespace simfleet::packet
