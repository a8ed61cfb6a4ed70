// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/LedgerCsv.h"

#include "services/demo/DemoRandom.h"
#include "services/demo/grown/CsvText.h"

#include <QFileInfo>
#include <algorithm>
#include <numeric>

namespace simfleet::grown {

namespace {

enum class Payer { Settles, PaysPart, NeverPays, Prepays };
constexpr auto kPayerWeights = std::to_array<int>({50, 22, 16, 12});
// How often a payer settles: after every third bill, every sixth, or once after the last.
constexpr auto kCadences = std::to_array<int>({3, 6, 12});
constexpr auto kCadenceWeights = std::to_array<int>({30, 35, 35});
constexpr int kUsagePercent = 20;     // bills with usage beyond the plan
constexpr int kAdjustmentPercent = 2; // cards with a correction during the year

enum class Kind : std::uint32_t { Charge, Payment, Adjustment };

// Sixteen bytes: about 7.4 million of them are held and sorted before the file is written, and
// with 64-bit amounts they made the demo's largest fleet peak above 300 MB. A generated amount is
// a month's bill or a payment of a year's bills at most, far inside 32 bits.
struct Row {
    Row(std::int32_t cardIndex, std::int32_t julianDay, std::int64_t amountFen,
        std::uint32_t reference, Kind rowKind)
        : card(cardIndex), day(julianDay), fen(static_cast<std::int32_t>(amountFen)),
          serial(reference & kSerialMask), kind(rowKind)
    {
        Q_ASSERT(fen == amountFen && serial == reference);
    }

    static constexpr std::uint32_t kSerialMask = (1U << 30) - 1;

    std::int32_t card;
    std::int32_t day;          // Julian day
    std::int32_t fen;          // positive for charges and payments, signed for adjustments
    std::uint32_t serial : 30; // payments' and adjustments' reference numbers
    Kind kind : 2;
};
static_assert(sizeof(Row) == 16);

class Generator {
public:
    Generator(const LedgerShape& shape, const Fleet& fleet)
        : m_shape(shape), m_fleet(fleet), m_random(shape.seed, 2)
    {
        const QDate thisMonth(shape.today.year(), shape.today.month(), 1);
        for (int m = shape.months; m >= 1; --m)
            m_billDays.push_back(
                static_cast<std::int32_t>(thisMonth.addMonths(-m + 1).toJulianDay() - 1));
        m_lastDay = static_cast<std::int32_t>(shape.today.toJulianDay() - 1);
    }

    std::vector<Row> rows(LedgerStats& stats)
    {
        std::vector<Row> rows;
        rows.reserve(m_fleet.size() * 8);
        stats.balanceFen.assign(m_fleet.size(), 0);
        std::vector<Row> card;
        for (std::size_t i = 0; i < m_fleet.size(); ++i) {
            card.clear();
            cardRows(static_cast<std::int32_t>(i), card);
            std::int64_t balance = 0;
            bool paid = false;
            for (const Row& row : card) {
                balance += row.kind == Kind::Payment ? -row.fen : row.fen;
                paid = paid || row.kind == Kind::Payment;
            }
            stats.balanceFen[i] = balance;
            if (card.empty())
                ++stats.unbilled;
            else if (balance == 0)
                ++stats.settled;
            else if (balance < 0)
                ++stats.inCredit;
            else if (paid)
                ++stats.partPaid;
            else
                ++stats.unpaid;
            rows.insert(rows.end(), card.begin(), card.end());
        }
        return rows;
    }

    Result<LedgerStats> write(const QString& path, std::vector<Row>& rows, LedgerStats stats)
    {
        // Exports come a month at a time, each in the carrier's account order (by number).
        std::vector<std::int32_t> accountOrder(m_fleet.size());
        {
            std::vector<std::int32_t> byNumber(m_fleet.size());
            std::iota(byNumber.begin(), byNumber.end(), 0);
            std::sort(byNumber.begin(), byNumber.end(), [&](std::int32_t a, std::int32_t b) {
                const CardFacts& x = m_fleet[static_cast<std::size_t>(a)];
                const CardFacts& y = m_fleet[static_cast<std::size_t>(b)];
                return std::tie(x.carrier, x.msisdn) < std::tie(y.carrier, y.msisdn);
            });
            for (std::size_t rank = 0; rank < byNumber.size(); ++rank)
                accountOrder[static_cast<std::size_t>(byNumber[rank])] =
                    static_cast<std::int32_t>(rank);
        }
        std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
            const auto rankA = accountOrder[static_cast<std::size_t>(a.card)];
            const auto rankB = accountOrder[static_cast<std::size_t>(b.card)];
            return std::tie(a.day, a.kind, rankA, a.serial) <
                   std::tie(b.day, b.kind, rankB, b.serial);
        });

        CsvOut out(path);
        if (!out.isOpen())
            return Error{ErrorCode::FileUnwritable, path, 0};
        out.line() += "iccid,kind,amount,date,reference";
        out.endLine();
        std::int32_t day = -1;
        std::string date;
        std::string billReference;
        for (const Row& row : rows) {
            if (row.day != day) {
                day = row.day;
                const QDate qdate = QDate::fromJulianDay(day);
                date.clear();
                appendDate(date, qdate);
                billReference = date.substr(0, 7) + " 月租";
            }
            std::string& line = out.line();
            const CardFacts& card = m_fleet[static_cast<std::size_t>(row.card)];
            line.append(card.iccid.data(), card.iccid.size());
            switch (row.kind) {
            case Kind::Charge:
                line += ",charge,";
                break;
            case Kind::Payment:
                line += ",payment,";
                break;
            case Kind::Adjustment:
                line += ",adjustment,";
                break;
            }
            appendYuan(line, row.fen);
            line += ',';
            line += date;
            line += ',';
            switch (row.kind) {
            case Kind::Charge:
                line += billReference;
                break;
            case Kind::Payment: // a bank transfer's serial
                line += "YH";
                line.append(date, 0, 4);
                line.append(date, 5, 2);
                line.append(date, 8, 2);
                line += std::to_string(10'000'000 + row.serial);
                break;
            case Kind::Adjustment:
                line += "调账 GD";
                line += std::to_string(100'000 + row.serial);
                break;
            }
            out.endLine();
            switch (row.kind) {
            case Kind::Charge:
                ++stats.charges;
                break;
            case Kind::Payment:
                ++stats.payments;
                break;
            case Kind::Adjustment:
                ++stats.adjustments;
                break;
            }
        }
        if (!out.finish())
            return Error{ErrorCode::FileUnwritable, path, 0};
        stats.rows = static_cast<std::int64_t>(rows.size());
        stats.firstBill = QDate::fromJulianDay(m_billDays.front());
        stats.lastBill = QDate::fromJulianDay(m_billDays.back());
        stats.bytes = QFileInfo(path).size();
        return stats;
    }

private:
    void cardRows(std::int32_t index, std::vector<Row>& rows)
    {
        const CardFacts& card = m_fleet[static_cast<std::size_t>(index)];
        // The bills: one for each month whose last day finds the card active.
        std::vector<std::size_t> billed;
        for (std::size_t m = 0; m < m_billDays.size(); ++m) {
            const std::int32_t billDay = m_billDays[m];
            if (card.activatedOn > billDay)
                continue;
            const QDate end = QDate::fromJulianDay(billDay);
            std::int64_t fen = card.monthlyFeeFen;
            if (card.activatedOn > billDay - end.day()) { // activated this month: pro rata
                const auto days = billDay - card.activatedOn + 1;
                fen = fen * days / end.day();
            }
            if (m_random.percent(kUsagePercent))
                fen += m_random.between(100, 6000);
            if (fen <= 0)
                continue;
            rows.push_back(Row{index, billDay, fen, 0, Kind::Charge});
            billed.push_back(m);
        }
        if (billed.empty())
            return;
        if (m_random.percent(kAdjustmentPercent)) {
            // A waiver after a dispute, now and then a correction upward; never after the
            // last bill, so a payer that settles still ends at zero.
            const std::size_t m =
                billed.at(m_random.below(static_cast<std::uint32_t>(billed.size())));
            const std::int32_t day =
                std::min(m_billDays[m] + m_random.between(1, 20), m_billDays.back());
            const std::int64_t fen =
                m_random.percent(75) ? -m_random.between(500, 8000) : m_random.between(100, 3000);
            rows.push_back(Row{index, day, fen, ++m_serial, Kind::Adjustment});
        }
        payments(index, billed, rows);
    }

    void payments(std::int32_t index, const std::vector<std::size_t>& billed,
                  std::vector<Row>& rows)
    {
        const auto payer = static_cast<Payer>(m_random.weighted(kPayerWeights));
        if (payer == Payer::NeverPays)
            return;
        const int cadence = kCadences.at(m_random.weighted(kCadenceWeights));
        // The bills after which this payer pays: the cadence's, and the last one.
        std::vector<std::size_t> settleAfter;
        for (const std::size_t m : billed) {
            if ((m + 1) % static_cast<std::size_t>(cadence) == 0 || m == billed.back())
                settleAfter.push_back(m);
        }
        if (payer == Payer::PaysPart && settleAfter.size() > 1 && m_random.percent(50))
            settleAfter.resize(m_random.below(static_cast<std::uint32_t>(settleAfter.size())) + 1);
        const bool roundsDown = payer == Payer::PaysPart;
        const std::size_t charges = rows.size();
        for (const std::size_t m : settleAfter) {
            const std::int32_t day = std::min(m_billDays[m] + m_random.between(3, 25), m_lastDay);
            std::int64_t owed = 0;
            for (std::size_t r = 0; r < charges; ++r) {
                if (rows[r].day <= day)
                    owed += rows[r].fen;
            }
            for (std::size_t r = charges; r < rows.size(); ++r)
                owed -= rows[r].fen;
            std::int64_t fen = roundsDown ? owed - owed % 1000 - 1000 : owed;
            if (payer == Payer::Prepays && m == settleAfter.back())
                fen += m_random.between(5, 50) * 1000; // 预存: tens to hundreds of yuan ahead
            if (fen > 0)
                rows.push_back(Row{index, day, fen, ++m_serial, Kind::Payment});
        }
    }

    const LedgerShape& m_shape;
    const Fleet& m_fleet;
    demo::DemoRandom m_random;
    std::vector<std::int32_t> m_billDays; // the last day of each billed month, oldest first
    std::int32_t m_lastDay{0};            // payments come no later than this
    std::uint32_t m_serial{0};
};

} // namespace

Result<LedgerStats> writeLedgerCsv(const QString& path, const LedgerShape& shape,
                                   const Fleet& fleet)
{
    Generator generator(shape, fleet);
    LedgerStats stats;
    std::vector<Row> rows = generator.rows(stats);
    return generator.write(path, rows, std::move(stats));
}

} // namespace simfleet::grown
