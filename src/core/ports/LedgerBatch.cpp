// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/LedgerBatch.h"

#include <stdexcept>

namespace simfleet {

LedgerBatch::LedgerBatch(QString operatorName, QDateTime recordedAt)
    : m_operator(std::move(operatorName)), m_recordedAt(std::move(recordedAt))
{}

void LedgerBatch::appendUtf8(QStringView text)
{
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    const std::size_t before = m_texts.size();
    // ICCIDs and most references are ASCII: copied without an encoder.
    m_texts.resize(before + static_cast<std::size_t>(text.size()));
    char* out = m_texts.data() + before;
    for (; unit != end && *unit < 0x80; ++unit)
        *out++ = static_cast<char>(*unit);
    if (unit == end)
        return;
    // What QString::toUtf8 makes of the rest, as the store writes any other text.
    const QByteArray rest = QStringView(unit, end).toUtf8();
    m_texts.resize(static_cast<std::size_t>(out - m_texts.data()));
    m_texts.append(rest.constData(), static_cast<std::size_t>(rest.size()));
}

void LedgerBatch::add(CardId cardId, QStringView iccid, EntryKind kind, Money amount, QDate date,
                      QStringView reference)
{
    Entry entry;
    entry.cardId = cardId;
    entry.fen = amount.fen();
    entry.julianDay = date.toJulianDay();
    entry.kind = kind;
    const std::size_t start = m_texts.size();
    if (start > UINT32_MAX)
        throw std::length_error("LedgerBatch: too much text for one batch");
    entry.text = static_cast<std::uint32_t>(start);
    appendUtf8(iccid);
    entry.iccidBytes = static_cast<std::uint32_t>(m_texts.size() - start);
    appendUtf8(reference);
    entry.referenceBytes = static_cast<std::uint32_t>(m_texts.size() - start - entry.iccidBytes);
    m_entries.push_back(entry);
}

void LedgerBatch::reserve(std::size_t entries)
{
    m_entries.reserve(entries);
    m_texts.reserve(entries * 40); // an ICCID and a short reference
}

void LedgerBatch::clear()
{
    m_entries.clear();
    m_texts.clear();
}

std::string_view LedgerBatch::iccid(std::size_t i) const
{
    const Entry& entry = m_entries[i];
    return std::string_view(m_texts).substr(entry.text, entry.iccidBytes);
}

std::string_view LedgerBatch::reference(std::size_t i) const
{
    const Entry& entry = m_entries[i];
    return std::string_view(m_texts).substr(entry.text + entry.iccidBytes, entry.referenceBytes);
}

LedgerEntry LedgerBatch::entry(std::size_t i) const
{
    LedgerEntry entry;
    entry.cardId = cardId(i);
    entry.kind = kind(i);
    entry.amount = amount(i);
    entry.date = date(i);
    const std::string_view text = reference(i);
    entry.reference = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    entry.operatorName = m_operator;
    entry.recordedAt = m_recordedAt;
    return entry;
}

} // namespace simfleet
