// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/FleetFiles.h"

#include "services/demo/grown/AreaMap.h"

#include <QDir>
#include <QLocale>

namespace simfleet::grown {

namespace {

QString count(std::int64_t value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(value));
}

QString share(std::int64_t part, std::int64_t whole)
{
    return QStringLiteral("%1%").arg(
        whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0, 0, 'f',
        0);
}

} // namespace

Result<FleetFiles> writeFleetFiles(const QString& dir, std::int64_t cards, std::uint32_t seed,
                                   QDate today)
{
    const QDir folder(dir);
    FleetFiles files;
    files.cardsCsv = folder.filePath(QStringLiteral("cards.csv"));
    files.ledgerCsv = folder.filePath(QStringLiteral("ledger.csv"));
    const AreaMap map = AreaMap::scan(kWantedAreas);
    files.mappedAreas = map.areas().size();
    Fleet fleet;
    Result<CardsStats> cardStats =
        writeCardsCsv(files.cardsCsv, CardsShape{cards, seed, today}, map, fleet);
    if (!cardStats)
        return cardStats.error();
    files.cards = std::move(cardStats).value();
    Result<LedgerStats> ledgerStats =
        writeLedgerCsv(files.ledgerCsv, LedgerShape{seed, today, 12}, fleet);
    if (!ledgerStats)
        return ledgerStats.error();
    files.ledger = std::move(ledgerStats).value();
    Result<KeySets> keys =
        writeKeySets(dir, fleet, files.ledger.balanceFen, keySizesFor(cards), seed);
    if (!keys)
        return keys.error();
    files.keys = std::move(keys).value();
    files.ledger.balanceFen = {};
    return files;
}

QString describeFleet(const FleetFiles& files)
{
    const CardsStats& c = files.cards;
    const LedgerStats& l = files.ledger;
    const std::int64_t total = c.blockCards + c.singles;
    QStringList lines;
    lines << QStringLiteral("cards.csv: %1 cards (%2 MB), activated %3 to %4")
                 .arg(count(total))
                 .arg(static_cast<double>(c.bytes) / 1e6, 0, 'f', 0)
                 .arg(c.firstActivation.toString(Qt::ISODate),
                      QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    lines << QStringLiteral("  %1 blocks of 2 to %2 consecutive numbers (%3 cards), %4 single "
                            "numbers (%5 ported)")
                 .arg(count(c.blocks), count(c.largestBlock), count(c.blockCards), count(c.singles),
                      count(c.ported));
    lines << QStringLiteral("  cmcc %1, cucc %2, ctcc %3, cbn %4; %5 home areas (of %6 mapped); "
                            "%7 held under employees' own IDs")
                 .arg(count(c.byCarrier[0]), count(c.byCarrier[1]), count(c.byCarrier[2]),
                      count(c.byCarrier[3]), count(static_cast<std::int64_t>(c.areas)),
                      count(static_cast<std::int64_t>(files.mappedAreas)), count(c.personal));
    lines << QStringLiteral("ledger.csv: %1 rows (%2 MB): %3 charges, %4 payments, %5 "
                            "adjustments; bills %6 to %7")
                 .arg(count(l.rows))
                 .arg(static_cast<double>(l.bytes) / 1e6, 0, 'f', 0)
                 .arg(count(l.charges), count(l.payments), count(l.adjustments),
                      l.firstBill.toString(Qt::ISODate), l.lastBill.toString(Qt::ISODate));
    lines << QStringLiteral("  cards settled %1, part paid %2, never paid %3, in credit %4, "
                            "not billed yet %5")
                 .arg(share(l.settled, total), share(l.partPaid, total), share(l.unpaid, total),
                      share(l.inCredit, total), share(l.unbilled, total));
    lines << QStringLiteral("keys: %1 to move in one batch; %2 China Mobile cards to request "
                            "over %3 home areas; %4 to confirm (%5 then void)")
                 .arg(count(files.keys.transitionCount), count(files.keys.requestedCount),
                      count(static_cast<std::int64_t>(files.keys.requestedAreas)),
                      count(files.keys.confirmedCount), count(files.keys.voidCount));
    return lines.join(u'\n');
}

QStringList shapeProblems(const FleetFiles& files, std::int64_t cards)
{
    const CardsStats& c = files.cards;
    const LedgerStats& l = files.ledger;
    QStringList problems;
    const auto expect = [&](bool holds, const QString& what) {
        if (!holds)
            problems << what;
    };
    expect(c.blockCards + c.singles == cards, QStringLiteral("the card count is off"));
    for (std::size_t i = 0; i < c.byCarrier.size(); ++i)
        expect(c.byCarrier[i] > 0, QStringLiteral("a carrier has no cards"));
    expect(c.blocks > 0 && c.singles > 0 && c.ported > 0,
           QStringLiteral("blocks, single numbers or ported numbers are missing"));
    expect(files.mappedAreas >= 300, QStringLiteral("fewer than 300 home areas to draw from"));
    expect(c.areas >=
               std::min<std::size_t>(files.mappedAreas, static_cast<std::size_t>(cards / 20)),
           QStringLiteral("the cards cover too few home areas"));
    expect(l.settled > 0 && l.partPaid > 0 && l.unpaid > 0 && l.inCredit > 0,
           QStringLiteral("a kind of payer is missing"));
    expect(l.adjustments > 0, QStringLiteral("no adjustments"));
    expect(l.charges + l.payments + l.adjustments == l.rows,
           QStringLiteral("the ledger's rows do not add up"));
    const double perCard = static_cast<double>(l.rows) / static_cast<double>(cards);
    expect(perCard > 6.4 && perCard < 8.4,
           QStringLiteral("%1 ledger rows a card, not about 7.4").arg(perCard, 0, 'f', 2));
    const KeySizes sizes = keySizesFor(cards);
    expect(files.keys.transitionCount == sizes.transition &&
               files.keys.requestedCount == sizes.requested &&
               files.keys.confirmedCount == sizes.confirmed,
           QStringLiteral("not enough cards that owe nothing for the key sets"));
    return problems;
}

} // namespace simfleet::grown
