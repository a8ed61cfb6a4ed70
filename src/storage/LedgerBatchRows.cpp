// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerBatchRows.h"

#include "CodeColumns.h"
#include "SqlValues.h"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace simfleet::sqlite {

namespace {

// Rows per statement: enough that starting one costs nothing, few enough to stay small.
constexpr std::size_t kRowsPerStatement = 8192;

} // namespace

LedgerBatchRows::LedgerBatchRows(BulkCardInsert& bulk) : m_bulk(bulk) {}

std::string_view LedgerBatchRows::digits(std::size_t slot, std::int64_t value)
{
    std::array<char, 24>& buffer = m_digits.at(slot);
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), static_cast<std::size_t>(written.ptr - buffer.data())};
}

std::int64_t LedgerBatchRows::insert(const LedgerBatch& batch, std::int64_t firstId,
                                     const std::string& who, const std::string& when,
                                     LedgerSealer* seal)
{
    m_order.resize(batch.size());
    std::iota(m_order.begin(), m_order.end(), std::uint32_t{0});
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return batch.cardId(a) < batch.cardId(b);
    });
    std::int64_t id = firstId;
    for (std::size_t from = 0; from < m_order.size(); from += kRowsPerStatement) {
        const std::size_t to = std::min(m_order.size(), from + kRowsPerStatement);
        m_rows.clear();
        for (std::size_t at = from; at < to; ++at) {
            const std::uint32_t i = m_order[at];
            const std::string_view kind(codeText(batch.kind(i)));
            m_rows.addInt(id);
            m_rows.addInt(batch.cardId(i));
            m_rows.addText(kind);
            m_rows.addInt(batch.amount(i).fen());
            const QDate date = batch.date(i);
            if (date.isValid()) {
                writeDateText(m_date, date);
                m_rows.addText(std::string_view(m_date));
            } else {
                m_date.clear();
                m_rows.addNull(); // refused by the column's NOT NULL, as postLedgerEntry's would be
            }
            m_rows.addText(batch.reference(i));
            m_rows.addText(std::string_view(who));
            m_rows.addText(std::string_view(when));
            // The texts just bound, as SQLite will hold them (its digits for an integer).
            if (seal != nullptr)
                seal->add(StoredLedgerEntry{digits(0, id), digits(1, batch.cardId(i)), kind,
                                            digits(2, batch.amount(i).fen()), m_date,
                                            batch.reference(i), who, when});
            ++id;
        }
        m_bulk.insertLedgerEntries(m_rows);
    }
    return id;
}

} // namespace simfleet::sqlite
