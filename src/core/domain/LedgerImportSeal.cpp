// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LedgerImportSeal.h"

#include <QJsonValue>
#include <charconv>

namespace simfleet {

namespace {

// Hashed in pieces of about this many bytes: a few thousand entries at a time.
constexpr std::size_t kFormBytes = std::size_t{1} << 18;

constexpr const char* kFile = "file";
constexpr const char* kFirst = "first_entry_id";
constexpr const char* kLast = "last_entry_id";
constexpr const char* kEntries = "entries";
constexpr const char* kCharges = "charges_fen";
constexpr const char* kPayments = "payments_fen";
constexpr const char* kAdjustments = "adjustments_fen";
constexpr const char* kSha256 = "entries_sha256";

std::uint64_t fenOf(std::string_view text)
{
    std::int64_t fen = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), fen);
    if (error != std::errc() || end != text.data() + text.size())
        return 0; // not an integer: the digest tells
    return static_cast<std::uint64_t>(fen);
}

std::optional<std::int64_t> integerOf(const QJsonObject& details, const char* key)
{
    const QJsonValue value = details.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

LedgerSealer::LedgerSealer(std::int64_t firstId, std::int64_t lastId)
{
    m_seal.firstId = firstId;
    m_seal.lastId = lastId;
}

void LedgerSealer::add(const StoredLedgerEntry& entry)
{
    ++m_seal.entries;
    const std::uint64_t fen = fenOf(entry.amountFen);
    if (entry.kind == "charge")
        m_charges += fen;
    else if (entry.kind == "payment")
        m_payments += fen;
    else if (entry.kind == "adjustment")
        m_adjustments += fen;
    if (m_form.capacity() < kFormBytes) // not before the first: most sealers see one entry
        m_form.reserve(kFormBytes + 4096);
    appendLedgerEntryCanonical(m_form, entry);
    if (m_form.size() >= kFormBytes)
        flush();
}

void LedgerSealer::flush()
{
    m_sha.add(QByteArrayView(m_form.data(), static_cast<qsizetype>(m_form.size())));
    m_form.clear();
}

LedgerImportSeal LedgerSealer::finish()
{
    flush();
    m_seal.charges = Money::fromFen(static_cast<std::int64_t>(m_charges));
    m_seal.payments = Money::fromFen(static_cast<std::int64_t>(m_payments));
    m_seal.adjustments = Money::fromFen(static_cast<std::int64_t>(m_adjustments));
    m_seal.entriesSha256 = hexOf(m_sha.finish());
    return m_seal;
}

QJsonObject ledgerImportDetails(const QString& fileName, const LedgerImportSeal& seal)
{
    return QJsonObject{
        {QLatin1String(kFile), fileName},
        {QLatin1String(kFirst), static_cast<qint64>(seal.firstId)},
        {QLatin1String(kLast), static_cast<qint64>(seal.lastId)},
        {QLatin1String(kEntries), static_cast<qint64>(seal.entries)},
        {QLatin1String(kCharges), static_cast<qint64>(seal.charges.fen())},
        {QLatin1String(kPayments), static_cast<qint64>(seal.payments.fen())},
        {QLatin1String(kAdjustments), static_cast<qint64>(seal.adjustments.fen())},
        {QLatin1String(kSha256), QString::fromLatin1(seal.entriesSha256)},
    };
}

std::optional<LedgerImportSeal> ledgerImportSealOf(const QJsonObject& details)
{
    const auto first = integerOf(details, kFirst);
    const auto last = integerOf(details, kLast);
    const auto entries = integerOf(details, kEntries);
    const auto charges = integerOf(details, kCharges);
    const auto payments = integerOf(details, kPayments);
    const auto adjustments = integerOf(details, kAdjustments);
    const QJsonValue sha = details.value(QLatin1String(kSha256));
    if (!first || !last || !entries || !charges || !payments || !adjustments || !sha.isString())
        return std::nullopt;
    return LedgerImportSeal{*first,
                            *last,
                            *entries,
                            Money::fromFen(*charges),
                            Money::fromFen(*payments),
                            Money::fromFen(*adjustments),
                            sha.toString().toLatin1()};
}

QString ledgerImportFileOf(const QJsonObject& details)
{
    return details.value(QLatin1String(kFile)).toString();
}

} // namespace simfleet
