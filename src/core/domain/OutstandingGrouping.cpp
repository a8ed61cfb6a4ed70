// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/OutstandingGrouping.h"

#include "domain/Error.h"

namespace simfleet {

QString groupingCode(OutstandingGrouping grouping)
{
    switch (grouping) {
    case OutstandingGrouping::Carrier:
        return QStringLiteral("carrier");
    case OutstandingGrouping::Department:
        return QStringLiteral("department");
    case OutstandingGrouping::Assignee:
        return QStringLiteral("assignee");
    case OutstandingGrouping::HomeArea:
        return QStringLiteral("home-area");
    }
    return {};
}

Result<OutstandingGrouping> parseGrouping(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const OutstandingGrouping grouping : kAllGroupings) {
        if (trimmed.compare(groupingCode(grouping), Qt::CaseInsensitive) == 0)
            return grouping;
    }
    // No error code of its own: a grouping is a required choice among four.
    return Error{ErrorCode::FieldRequired, code.toString(), 0};
}

} // namespace simfleet
