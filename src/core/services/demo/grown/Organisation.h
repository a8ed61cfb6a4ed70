// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/demo/DemoRandom.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet::grown {

struct Person {
    QString name;
    QString residentId;
};

// A legal entity that holds lines under its USCC: the company and its branches.
struct Company {
    QString name;
    QString uscc;
};

struct Department {
    QString name;
    std::size_t company{0};    // the entity its lines are registered to
    std::vector<Person> staff; // the assignees, some holding lines under their own IDs
};

// The company behind the fleet: call centres in a dozen cities, each with a few telesales teams,
// plus head-office departments; about one employee for every forty lines.
class Organisation {
public:
    // `cities`: the call centres' home areas, e.g. "广东省深圳市".
    Organisation(demo::DemoRandom& random, const std::vector<QString>& cities, std::int64_t lines,
                 QDate today);

    const std::vector<Company>& companies() const { return m_companies; }
    const std::vector<Department>& departments() const { return m_departments; }
    // The departments of the call centre in cities[city].
    const std::vector<std::size_t>& departmentsIn(std::size_t city) const;
    const std::vector<std::size_t>& headOffice() const { return m_headOffice; }

private:
    std::vector<Company> m_companies;
    std::vector<Department> m_departments;
    std::vector<std::vector<std::size_t>> m_byCity;
    std::vector<std::size_t> m_headOffice;
};

// "深圳" from "广东省深圳市", "北京" from "北京市".
QString shortCityName(const QString& area);

} // namespace simfleet::grown
