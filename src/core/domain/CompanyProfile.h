// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet {

// The company that holds the fleet, as its carrier paperwork names it. One per database.
struct CompanyProfile {
    QString name; // 公司名称, as on the business licence
    QString uscc; // 统一社会信用代码
    QString address;
    QString phone;     // contact phone for the carrier
    QString agentName; // 经办人
    QString agentId;   // the agent's resident ID: personal data, masked except on the
                       // authorization letter the carrier checks it against

    friend bool operator==(const CompanyProfile&, const CompanyProfile&) = default;
};

} // namespace simfleet
