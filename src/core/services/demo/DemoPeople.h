// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "services/demo/DemoRandom.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <array>
#include <span>
#include <vector>

namespace simfleet::demo {

// The fictional company that holds the demo fleet under its USCC.
struct DemoCompany {
    QString name;
    QString uscc;
};
DemoCompany demoCompany();

struct DemoPlan {
    QStringView name;
    Money monthlyFee;
};
std::span<const DemoPlan> demoPlans();

struct DemoDepartment {
    QStringView name;
    int weight{0};                    // share of the fleet's lines
    std::array<int, 4> planWeights{}; // per entry of demoPlans()
};
std::span<const DemoDepartment> demoDepartments();

struct DemoEmployee {
    QString name;
    std::size_t department{0}; // index into demoDepartments()
    QString residentId;        // for lines registered under the employee's own ID
};

// About `count` distinct names, spread over the departments by their weights, born 22 to 50
// years before today in one of the demo areas.
std::vector<DemoEmployee> drawEmployees(DemoRandom& random, int count, QDate today);

} // namespace simfleet::demo
