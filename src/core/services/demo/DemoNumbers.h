// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Carrier.h"
#include "services/demo/DemoRandom.h"

#include <QString>
#include <QStringView>
#include <span>

namespace simfleet::demo {

// A city where the demo company holds lines. Its number blocks are real H-code ranges
// (the four digits after the mobile prefix) that libphonenumber's geocoder places there.
struct DemoArea {
    QStringView name;        // as the geocoder names it, e.g. "浙江省杭州市"
    QStringView receiptCode; // two letters the carrier's receipts start with, e.g. "HZ"
    QStringView division;    // a 6-digit administrative division, for residents' IDs
    int weight{0};           // share of the fleet's lines
};

std::span<const DemoArea> demoAreas();

// The mobile prefixes each carrier issues (before number portability).
std::span<const int> mobilePrefixes(Carrier carrier);

// An 11-digit number with the given prefix, in the area's number blocks when the prefix has
// blocks there (prefixes without geocoder data, such as 192 and 199, get any H code).
QString drawMsisdn(DemoRandom& random, int prefix, std::size_t areaIndex);

} // namespace simfleet::demo
