// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV writer and the fleet list made with it: what a spreadsheet would run is neutralised
// in every field a user or a file gave us, our own numbers stay numbers, holders stay masked.
#include "FleetCsv.h"

#include "CsvWriter.h"
#include "rules/Masking.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::exports;

namespace {

Card hostileCard()
{
    Card card;
    card.iccid = QStringLiteral("89860012345678901234");
    card.msisdn = QStringLiteral("13800138000");
    card.carrier = Carrier::Cmcc;
    card.plan = QStringLiteral("=HYPERLINK(\"http://x.example\",\"看这里\")");
    card.monthlyFee = Money::fromFen(5800);
    card.holderName = QStringLiteral("张三丰");
    card.holderId = QStringLiteral("11010519491231002X");
    card.department = QStringLiteral("+1+1");
    card.assignee = QStringLiteral("@SUM(1)");
    card.activatedOn = QDate(2025, 3, 1);
    card.numberHomeArea = QStringLiteral("-2+3");
    card.state = CardState::Active;
    card.stateSince = QDateTime(QDate(2025, 3, 1), QTime(1, 2, 3), Qt::UTC);
    card.balance = Money::fromFen(-1250);
    return card;
}

} // namespace

TEST_CASE("CSV writer: formula starts get a quote mark, our numbers do not")
{
    for (const QString& formula :
         {QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1"),
          QStringLiteral("@SUM(A1)"), QStringLiteral("\tTAB"), QStringLiteral("\rCR")}) {
        INFO(formula.toStdString());
        CHECK(neutralisedCsvText(formula) == QLatin1Char('\'') + formula);
    }
    CHECK(neutralisedCsvText(QStringLiteral("电销一部")) == QStringLiteral("电销一部"));
    CHECK(neutralisedCsvText(QString()).isEmpty());
    CHECK(csvRecord({csvNumber(QStringLiteral("-12.50")), csvText(QStringLiteral("-12.50"))}) ==
          QStringLiteral("-12.50,'-12.50\r\n"));
}

TEST_CASE("CSV writer: RFC 4180 quoting, CRLF after every record")
{
    CHECK(csvTextRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                         QStringLiteral("two\nlines"), QStringLiteral(" edge "),
                         QStringLiteral("plain")}) ==
          QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge \",plain\r\n"));
    CHECK(csvTextRecord({QString(), QString()}) == QStringLiteral(",\r\n"));
}

TEST_CASE("Fleet CSV: every text field neutralised, holders masked, numbers plain")
{
    const Card card = hostileCard();
    const QString record = fleetCsvRecord(card);
    CHECK(record.endsWith(QStringLiteral("\r\n")));
    CHECK(record.contains(
        QStringLiteral(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"看这里\"\")\",")));
    CHECK(record.contains(QStringLiteral(",'+1+1,'@SUM(1),")));
    CHECK(record.contains(QStringLiteral(",'-2+3,")));
    CHECK(record.contains(QStringLiteral(",58.00,")));
    CHECK(record.endsWith(QStringLiteral(",-12.50\r\n")));
    CHECK_FALSE(record.contains(card.holderName));
    CHECK_FALSE(record.contains(card.holderId));
    CHECK(record.contains(maskId(card.holderId)));
    CHECK(record.contains(maskName(card.holderName)));
    CHECK(fleetCsvHeader().size() ==
          QString(record)
                  .remove(QRegularExpression(QStringLiteral("\"[^\"]*(\"\"[^\"]*)*\"")))
                  .count(QLatin1Char(',')) +
              1);
}
