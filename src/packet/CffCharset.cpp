// SPDX-License-Identifier: GPL-3.0-or-later
#include "CffCharset.h"

#include <map>

namespace simfleet::packet {

namespace {

// Bounds-checked big-endian reads: a read past the end fails the whole parse.
struct Cursor {
    const QByteArray& bytes;
    qsizetype at{0};
    bool ok{true};

    quint32 read(int size)
    {
        if (at < 0 || at + size > bytes.size()) {
            ok = false;
            return 0;
        }
        quint32 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | quint8(bytes[at + i]);
        at += size;
        return value;
    }
};

// An INDEX: the [begin, end) byte range of each item. The cursor ends after the INDEX.
std::vector<std::pair<qsizetype, qsizetype>> readIndex(Cursor& in)
{
    std::vector<std::pair<qsizetype, qsizetype>> items;
    const quint32 count = in.read(2);
    if (count == 0 || !in.ok)
        return items;
    const auto offSize = int(in.read(1));
    if (offSize < 1 || offSize > 4)
        in.ok = false;
    std::vector<quint32> offsets;
    for (quint32 i = 0; i <= count && in.ok; ++i)
        offsets.push_back(in.read(offSize));
    if (!in.ok)
        return {};
    const qsizetype data = in.at - 1; // offsets count from 1
    for (quint32 i = 0; i < count; ++i)
        items.emplace_back(data + offsets[i], data + offsets[i + 1]);
    in.at = data + offsets[count];
    if (in.at > in.bytes.size())
        in.ok = false;
    return items;
}

// The Top DICT's operators (12 x as 1200 + x) with their integer operands.
std::map<int, std::vector<qint64>> readDict(const QByteArray& bytes, qsizetype begin, qsizetype end)
{
    std::map<int, std::vector<qint64>> dict;
    std::vector<qint64> operands;
    Cursor in{bytes, begin};
    while (in.ok && in.at < end) {
        const quint32 b0 = in.read(1);
        if (b0 <= 21) {
            const int op = b0 == 12 ? 1200 + int(in.read(1)) : int(b0);
            dict[op] = operands;
            operands.clear();
        } else if (b0 == 28) {
            operands.push_back(qint16(in.read(2)));
        } else if (b0 == 29) {
            operands.push_back(qint32(in.read(4)));
        } else if (b0 == 30) { // a real: nibbles up to 0xf, read as 0 (no offset is a real)
            for (quint32 byte = in.read(1); in.ok; byte = in.read(1)) {
                if ((byte & 0x0f) == 0x0f || (byte >> 4) == 0x0f)
                    break;
            }
            operands.push_back(0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.push_back(qint64(b0) - 139);
        } else if (b0 >= 247 && b0 <= 250) {
            operands.push_back((qint64(b0) - 247) * 256 + in.read(1) + 108);
        } else if (b0 >= 251 && b0 <= 254) {
            operands.push_back(-(qint64(b0) - 251) * 256 - in.read(1) - 108);
        } else {
            in.ok = false;
        }
    }
    if (!in.ok)
        return {};
    return dict;
}

constexpr int kCharset = 15;
constexpr int kCharStrings = 17;
constexpr int kRos = 1230;

} // namespace

std::optional<std::vector<quint16>> cffGlyphCids(const QByteArray& cff)
{
    Cursor in{cff};
    in.read(2);         // version
    in.at = in.read(1); // header size
    readIndex(in);      // names
    const auto topDicts = readIndex(in);
    if (!in.ok || topDicts.empty())
        return std::nullopt;
    auto top = readDict(cff, topDicts.front().first, topDicts.front().second);
    if (!top.contains(kRos) || top[kCharset].size() != 1 || top[kCharStrings].size() != 1)
        return std::nullopt;
    Cursor charStrings{cff, qsizetype(top[kCharStrings].front())};
    const std::size_t glyphs = readIndex(charStrings).size();
    if (!charStrings.ok || glyphs == 0)
        return std::nullopt;

    std::vector<quint16> cids{0}; // .notdef
    Cursor charset{cff, qsizetype(top[kCharset].front())};
    const quint32 format = charset.read(1);
    while (charset.ok && cids.size() < glyphs) {
        if (format == 0) {
            cids.push_back(quint16(charset.read(2)));
            continue;
        }
        if (format != 1 && format != 2)
            return std::nullopt;
        const quint32 first = charset.read(2);
        const quint32 left = charset.read(format == 1 ? 1 : 2);
        for (quint32 cid = first; cid <= first + left && cids.size() < glyphs; ++cid)
            cids.push_back(quint16(cid));
    }
    if (!charset.ok)
        return std::nullopt;
    return cids;
}

} // namespace simfleet::packet
