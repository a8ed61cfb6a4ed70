// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterFont.h"

#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QStandardPaths>
#include <QtEndian>
#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace simfleet::packet {

namespace {

const QString kSource = QStringLiteral("Noto Serif CJK SC");
const QString kFamily = QStringLiteral("SimFleet Letter Serif SC");

// Reading big-endian numbers with bounds checks: a short or damaged file reads as zeros and the
// caller's checks refuse it.
struct Reader {
    const QByteArray& bytes;
    quint32 u32(qsizetype at) const
    {
        return at >= 0 && at + 4 <= bytes.size() ? qFromBigEndian<quint32>(bytes.constData() + at)
                                                 : 0;
    }
    quint16 u16(qsizetype at) const
    {
        return at >= 0 && at + 2 <= bytes.size() ? qFromBigEndian<quint16>(bytes.constData() + at)
                                                 : 0;
    }
};

struct Table {
    quint32 tag{0};
    QByteArray data;
};

quint32 tagOf(const char (&name)[5])
{
    return (quint32(quint8(name[0])) << 24) | (quint32(quint8(name[1])) << 16) |
           (quint32(quint8(name[2])) << 8) | quint32(quint8(name[3]));
}

void put16(QByteArray& out, quint32 value)
{
    const char bytes[2] = {char((value >> 8) & 0xff), char(value & 0xff)};
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, value >> 16);
    put16(out, value & 0xffff);
}

// The tables of the face whose directory starts at `at`.
std::vector<Table> tablesAt(const QByteArray& file, qsizetype at)
{
    const Reader read{file};
    std::vector<Table> tables;
    const quint16 count = read.u16(at + 4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = at + 12 + 16 * qsizetype(i);
        const quint32 offset = read.u32(record + 8);
        const quint32 length = read.u32(record + 12);
        if (qsizetype(offset) + qsizetype(length) > file.size())
            return {};
        tables.push_back({read.u32(record), file.mid(offset, length)});
    }
    return tables;
}

const Table* find(const std::vector<Table>& tables, quint32 tag)
{
    const auto it = std::find_if(tables.begin(), tables.end(),
                                 [tag](const Table& table) { return table.tag == tag; });
    return it == tables.end() ? nullptr : &*it;
}

// The family names (name IDs 1 and 16, Windows Unicode) of a face.
QStringList familiesOf(const std::vector<Table>& tables)
{
    const Table* name = find(tables, tagOf("name"));
    if (name == nullptr)
        return {};
    const Reader read{name->data};
    const quint16 count = read.u16(2);
    const quint16 strings = read.u16(4);
    QStringList families;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const quint16 platform = read.u16(record);
        const quint16 id = read.u16(record + 6);
        if (platform != 3 || (id != 1 && id != 16))
            continue;
        const quint16 length = read.u16(record + 8);
        const qsizetype offset = qsizetype(strings) + read.u16(record + 10);
        QString text;
        for (qsizetype c = 0; c + 1 < length; c += 2)
            text.append(QChar(read.u16(offset + c)));
        families << text;
    }
    return families;
}

// The code point to glyph map of the face's Unicode format 12 subtable.
std::map<quint32, quint32> unicodeMap(const Table& cmap)
{
    const Reader read{cmap.data};
    std::map<quint32, quint32> glyphs;
    const quint16 count = read.u16(2);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 4 + 8 * qsizetype(i);
        const quint16 platform = read.u16(record);
        const quint16 encoding = read.u16(record + 2);
        const qsizetype at = read.u32(record + 4);
        if (!((platform == 3 && encoding == 10) || (platform == 0 && encoding == 4)) ||
            read.u16(at) != 12)
            continue;
        const quint32 groups = read.u32(at + 12);
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype group = at + 16 + 12 * qsizetype(g);
            const quint32 first = read.u32(group);
            const quint32 last = read.u32(group + 4);
            const quint32 glyph = read.u32(group + 8);
            if (last < first || last - first > 0x10ffff)
                return {};
            for (quint32 cp = first; cp <= last; ++cp)
                glyphs[cp] = glyph + (cp - first);
        }
        return glyphs;
    }
    return glyphs;
}

bool isRadical(quint32 cp)
{
    return cp >= 0x2E80 && cp <= 0x2FDF; // CJK Radicals Supplement, Kangxi Radicals
}

bool isIdeograph(quint32 cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

// A cmap with one format 12 subtable, for Unicode (0, 4) and Windows (3, 10).
QByteArray cmapWithout(const std::map<quint32, quint32>& glyphs)
{
    std::set<quint32> ideographGlyphs;
    for (const auto& [cp, glyph] : glyphs) {
        if (isIdeograph(cp))
            ideographGlyphs.insert(glyph);
    }
    struct Group {
        quint32 first, last, glyph;
    };
    std::vector<Group> groups;
    for (const auto& [cp, glyph] : glyphs) {
        if (isRadical(cp) && ideographGlyphs.contains(glyph))
            continue;
        if (!groups.empty() && groups.back().last + 1 == cp &&
            groups.back().glyph + (cp - groups.back().first) == glyph)
            groups.back().last = cp;
        else
            groups.push_back({cp, cp, glyph});
    }
    QByteArray subtable;
    put16(subtable, 12);
    put16(subtable, 0);
    put32(subtable, quint32(16 + 12 * groups.size()));
    put32(subtable, 0);
    put32(subtable, quint32(groups.size()));
    for (const Group& group : groups) {
        put32(subtable, group.first);
        put32(subtable, group.last);
        put32(subtable, group.glyph);
    }
    QByteArray cmap;
    put16(cmap, 0);
    put16(cmap, 2);
    for (const quint32 platform : {0U, 3U}) {
        put16(cmap, platform);
        put16(cmap, platform == 0 ? 4 : 10);
        put32(cmap, 4 + 8 * 2);
    }
    return cmap + subtable;
}

QByteArray nameTable(const QString& family, const QString& style)
{
    const std::pair<quint16, QString> names[] = {
        {1, family},
        {2, style},
        {4, family + QLatin1Char(' ') + style},
        {6, QString(family).remove(QLatin1Char(' ')) + QLatin1Char('-') + style},
    };
    QByteArray strings;
    QByteArray table;
    put16(table, 0);
    put16(table, quint32(std::size(names)));
    put16(table, quint32(6 + 12 * std::size(names)));
    for (const auto& [id, text] : names) {
        QByteArray utf16;
        for (const QChar c : text)
            put16(utf16, c.unicode());
        put16(table, 3);
        put16(table, 1);
        put16(table, 0x0409);
        put16(table, id);
        put16(table, quint32(utf16.size()));
        put16(table, quint32(strings.size()));
        strings += utf16;
    }
    return table + strings;
}

quint32 checksum(const QByteArray& data)
{
    QByteArray padded = data;
    padded.append(QByteArray((4 - padded.size() % 4) % 4, '\0'));
    quint32 sum = 0;
    for (qsizetype at = 0; at < padded.size(); at += 4)
        sum += qFromBigEndian<quint32>(padded.constData() + at);
    return sum;
}

QByteArray sfnt(quint32 version, std::vector<Table> tables)
{
    std::sort(tables.begin(), tables.end(),
              [](const Table& a, const Table& b) { return a.tag < b.tag; });
    const auto count = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    put32(out, version);
    put16(out, count);
    put16(out, quint32(power) * 16);
    put16(out, log2);
    put16(out, (quint32(count) - quint32(power)) * 16);
    quint32 offset = 12 + 16 * quint32(count);
    for (const Table& table : tables) {
        put32(out, table.tag);
        put32(out, checksum(table.data));
        put32(out, offset);
        put32(out, quint32(table.data.size()));
        offset += quint32((table.data.size() + 3) / 4 * 4);
    }
    for (const Table& table : tables) {
        out += table.data;
        out.append(QByteArray((4 - table.data.size() % 4) % 4, '\0'));
    }
    return out;
}

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

bool registerStyle(const QString& fileName, const QString& style)
{
    QFile file(fontFile(fileName));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const std::optional<QByteArray> font =
        fontWithoutRadicals(file.readAll(), kSource, kFamily, style);
    return font && QFontDatabase::addApplicationFontFromData(*font) >= 0;
}

} // namespace

std::optional<QByteArray> fontWithoutRadicals(const QByteArray& file, const QString& wantedFamily,
                                              const QString& family, const QString& style)
{
    const Reader read{file};
    std::vector<qsizetype> faces;
    if (file.startsWith("ttcf")) {
        const quint32 count = read.u32(8);
        for (quint32 i = 0; i < count && i < 64; ++i)
            faces.push_back(read.u32(12 + 4 * qsizetype(i)));
    } else {
        faces.push_back(0);
    }
    for (const qsizetype at : faces) {
        std::vector<Table> tables = tablesAt(file, at);
        if (tables.empty() || !familiesOf(tables).contains(wantedFamily))
            continue;
        auto cmap = std::find_if(tables.begin(), tables.end(),
                                 [](const Table& table) { return table.tag == tagOf("cmap"); });
        auto name = std::find_if(tables.begin(), tables.end(),
                                 [](const Table& table) { return table.tag == tagOf("name"); });
        if (cmap == tables.end() || name == tables.end())
            return std::nullopt;
        const std::map<quint32, quint32> glyphs = unicodeMap(*cmap);
        if (glyphs.empty())
            return std::nullopt;
        cmap->data = cmapWithout(glyphs);
        name->data = nameTable(family, style);
        // Without glyph substitutions: HarfBuzz swaps digits set among Latin letters (a USCC,
        // "PAY-1") for alternates no code point maps to, which a PDF's text map cannot name, so
        // they would read back as nothing. Horizontal simplified Chinese needs none of them.
        std::erase_if(tables, [](const Table& table) { return table.tag == tagOf("GSUB"); });
        return sfnt(read.u32(at), std::move(tables));
    }
    return std::nullopt;
}

QStringList letterFontFamilies()
{
    // Once per process: the fonts stay registered. Bold is drawn from the Bold file, or
    // emboldened from the regular one when it is missing.
    static const bool registered =
        registerStyle(QStringLiteral("NotoSerifCJK-Regular.ttc"), QStringLiteral("Regular")) &&
        (registerStyle(QStringLiteral("NotoSerifCJK-Bold.ttc"), QStringLiteral("Bold")) || true);
    QStringList families;
    if (registered)
        families << kFamily;
    families << kSource << QStringLiteral("DejaVu Serif") << QStringLiteral("Droid Sans Fallback");
    return families;
}

QString letterFontFamily()
{
    return letterFontFamilies().constFirst();
}

} // namespace simfleet::packet
