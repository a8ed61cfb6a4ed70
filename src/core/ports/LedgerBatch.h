// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace simfleet {

// Ledger entries to post together (StoreWriter::postLedgerBatch), kept in two flat arrays
// instead of a LedgerEntry, an audit draft and their strings each: a bill import hands the
// store a hundred thousand entries at a time. Texts are kept in UTF-8, as the store keeps them.
class LedgerBatch {
public:
    // Every entry was recorded by operatorName at recordedAt (UTC); the store stamps its own
    // operator and instant when these are empty or invalid, as postLedgerEntry does.
    explicit LedgerBatch(QString operatorName = {}, QDateTime recordedAt = {});

    // An entry for the card with this id and ICCID (which its audit row names).
    void add(CardId cardId, QStringView iccid, EntryKind kind, Money amount, QDate date,
             QStringView reference);
    void reserve(std::size_t entries);
    void clear();

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const QString& operatorName() const { return m_operator; }
    const QDateTime& recordedAt() const { return m_recordedAt; }

    CardId cardId(std::size_t i) const { return m_entries[i].cardId; }
    EntryKind kind(std::size_t i) const { return m_entries[i].kind; }
    Money amount(std::size_t i) const { return Money::fromFen(m_entries[i].fen); }
    QDate date(std::size_t i) const { return QDate::fromJulianDay(m_entries[i].julianDay); }
    std::string_view iccid(std::size_t i) const;
    std::string_view reference(std::size_t i) const;
    // The entry as postLedgerEntry takes it, operator and instant included.
    LedgerEntry entry(std::size_t i) const;

private:
    void appendUtf8(QStringView text);

    struct Entry {
        CardId cardId{0};
        std::int64_t fen{0};
        std::int64_t julianDay{0};
        std::uint32_t text{0}; // where the ICCID starts in m_texts; the reference follows it
        std::uint32_t iccidBytes{0};
        std::uint32_t referenceBytes{0};
        EntryKind kind{EntryKind::Charge};
    };
    QString m_operator;
    QDateTime m_recordedAt;
    std::vector<Entry> m_entries;
    std::string m_texts;
};

} // namespace simfleet
