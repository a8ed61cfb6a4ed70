// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the fleet view: UTF-8 with a BOM, the filter applied, holder data masked.

#include "FleetCsv.h"
#include "FleetTestDatabase.h"
#include "rules/Masking.h"

#include <QBuffer>

using namespace simfleet;
using namespace simfleet::exports;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

TEST_CASE("the fleet export is masked UTF-8 CSV with a byte-order mark", "[export]")
{
    FleetTestDatabase db;
    db.insertCards(5, [](Card& card, int n) {
        card.lost = n % 2 == 0;
        card.plan = n == 1 ? QStringLiteral("套餐, \"大\"") : card.plan;
    });

    QBuffer all;
    REQUIRE(all.open(QIODevice::WriteOnly));
    const auto written = exportFleetCsv(db.store(), {}, all);
    REQUIRE(written.ok());
    CHECK(*written == 5);
    const QByteArray bytes = all.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.front() == fleetCsvHeader().join(QLatin1Char(',')));
    const Card sample = FleetTestDatabase::makeCard(0);
    CHECK_FALSE(text.contains(sample.holderId));
    CHECK_FALSE(text.contains(sample.holderName));
    CHECK(text.contains(maskId(sample.holderId)));
    CHECK(text.contains(QStringLiteral("\"套餐, \"\"大\"\"\"")));

    CardFilter lost;
    lost.lostOnly = true;
    QBuffer some;
    REQUIRE(some.open(QIODevice::WriteOnly));
    const auto lostWritten = exportFleetCsv(db.store(), lost, some);
    REQUIRE(lostWritten.ok());
    CHECK(*lostWritten == 3);
}
