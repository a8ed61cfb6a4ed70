// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Masking.h"

#include <QList>
#include <algorithm>

namespace simfleet {

namespace {

constexpr char16_t kMaskChar = u'*';
constexpr qsizetype kFullHead = 6; // region code of a resident ID / USCC prefix
constexpr qsizetype kFullTail = 4;
constexpr qsizetype kFullLength = 18;

} // namespace

QString maskId(const QString& id)
{
    const qsizetype length = id.size();
    qsizetype head = kFullHead;
    qsizetype tail = kFullTail;
    if (length < kFullLength) {
        // Shorter values reveal at most half of their characters.
        const qsizetype shown = length / 2;
        tail = std::min(kFullTail, shown / 2);
        head = std::min(kFullHead, shown - tail);
    }
    QString masked = id.left(head);
    masked += QString(length - head - tail, QChar(kMaskChar));
    masked += id.right(tail);
    return masked;
}

QString maskName(const QString& name)
{
    // Code points, not UTF-16 units, so a rare character outside the BMP stays whole.
    const qsizetype points = name.toUcs4().size();
    if (points == 0) {
        return {};
    }
    if (points == 1) {
        return QString(1, QChar(kMaskChar));
    }
    const qsizetype firstUnits = name.front().isHighSurrogate() ? 2 : 1;
    return name.left(firstUnits) + QString(points - 1, QChar(kMaskChar));
}

} // namespace simfleet
