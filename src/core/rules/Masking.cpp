// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Masking.h"

#include <QList>
#include <QRegularExpression>
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

QString shownAssignee(const QString& assignee, const QString& holderName)
{
    const QString trimmed = assignee.trimmed();
    if (!trimmed.isEmpty() && trimmed == holderName.trimmed())
        return maskName(assignee);
    return assignee;
}

QString maskIdNumbersIn(QStringView text)
{
    static const QRegularExpression idLike(QStringLiteral(
        "(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10})"
        "(?![0-9A-Za-z])"));
    QString result = text.toString();
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch match = idLike.match(result, from);
        if (!match.hasMatch())
            break;
        const QString masked = maskId(match.captured());
        result.replace(match.capturedStart(), match.capturedLength(), masked);
        from = match.capturedStart() + masked.size();
    }
    return result;
}

} // namespace simfleet
