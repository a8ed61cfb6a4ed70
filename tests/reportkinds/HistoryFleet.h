// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace simfleet::reportkinds {

// Three people's resident IDs (valid check characters, computed in the fixture) and a company.
enum class Holder { Zhang, Li, Wang, Company, Nobody };

// A small fleet whose whole history runs through the services on a fixed clock, 10:00 China
// time on each day below, so every report can be worked out by hand (see HistoryFleet.cpp for
// the timeline and the expected figures in the tests).
//
//   card carrier fee    holder   history
//   A    cmcc    58.00  Zhang    charge 58.00 (01-10); lost 02-01; charge 58.00 (03-25)
//   B    cmcc    38.00  Zhang    cleared 01-12; requested 03-03; confirmed 03-22
//   C    cucc   100.00  Li       cleared 01-12; requested 03-10; charge 12.34 (03-15)
//   D    cmcc    20.00  Li       cleared 01-12; requested 01-13; confirmed 01-20; void 02-05
//   E    ctcc    30.00  Li       cleared 01-12; requested 01-13; confirmed 03-05
//   F    cmcc    45.00  Wang     cleared 01-12; charge 9.99 (02-10) reopens it; paid 02-11
//   G    cucc    66.00  (none)   cleared 01-12; abandoned 02-15; lost 02-16; found 03-18
//   H    cbn     10.00  Company  cleared 03-19
//   I    cmcc    25.00  Zhang    imported 03-25
// Cards A-H are imported on 2025-01-10. Typical processing days: cmcc 5, cucc 10.
class HistoryFleet {
public:
    HistoryFleet();

    StoreReader& store() { return *m_store; }
    CardId id(char card) const { return m_ids.at(card); }
    QString iccid(char card) const;
    QString msisdn(char card) const;
    static QString residentId(Holder holder);

private:
    ServiceContext at(QDate day);
    void importCards(QDate day, const QString& cards);
    void charge(QDate day, char card, std::int64_t fen);
    void pay(QDate day, char card, std::int64_t fen);
    void move(QDate day, const QString& cards, CardState to, const QString& reasonOrReference = {});
    void setLost(QDate day, char card, bool lost);
    void setTypicalDays(Carrier carrier, int days);

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Store> m_store;
    std::map<char, CardId> m_ids;
};

// Built once per run: the reports only read it.
HistoryFleet& historyFleet();

} // namespace simfleet::reportkinds
