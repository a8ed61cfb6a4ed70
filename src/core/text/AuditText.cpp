// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/AuditText.h"

#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/LedgerEntry.h"
#include "domain/Money.h"
#include "text/Labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <limits>

namespace simfleet {

namespace {

struct AuditText {
    Q_DECLARE_TR_FUNCTIONS(simfleet::AuditText)
};

// What the details hold, read once, and which keys the sentence has used.
class Details {
public:
    explicit Details(const QJsonObject& details) : m_details(details) {}

    QString text(const char* key)
    {
        m_used.insert(QLatin1String(key));
        const QJsonValue value = m_details.value(QLatin1String(key));
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    }
    qint64 number(const char* key)
    {
        m_used.insert(QLatin1String(key));
        return m_details.value(QLatin1String(key)).toInteger();
    }
    // Recorded for the machine, not the reader: the instant a move took effect repeats the row's
    // time, and a card's creation names where it came from in its own sentence.
    void skip(const char* key) { m_used.insert(QLatin1String(key)); }

    QString rest() const
    {
        QStringList parts;
        for (auto it = m_details.begin(); it != m_details.end(); ++it) {
            if (!m_used.contains(it.key()))
                parts << QStringLiteral("%1: %2").arg(it.key(), plain(it.value()));
        }
        return parts.join(QStringLiteral(" · "));
    }

private:
    static QString plain(const QJsonValue& value)
    {
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue& item : value.toArray())
                items << plain(item);
            return items.join(QStringLiteral(", "));
        }
        return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    }

    const QJsonObject& m_details;
    QSet<QString> m_used;
};

QString fieldValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return AuditText::tr("(none)");
    if (field == u"carrier") {
        if (const Result<Carrier> carrier = parseCarrier(value))
            return carrierLabel(*carrier);
    }
    if (field == u"monthly_fee") {
        if (const Result<Money> money = Money::parse(value))
            return money->toDisplayString();
    }
    return value;
}

// One side ("from" or "to") of a change. A home area nobody declared is the number's.
QString changeSide(const QString& field, const QJsonObject& change, const char* side,
                   const char* numberSide)
{
    const QString value = change.value(QLatin1String(side)).toString();
    if (field == u"home_area" && value.isEmpty()) {
        const QString number = change.value(QLatin1String(numberSide)).toString();
        if (!number.isEmpty())
            return AuditText::tr("%1 (from the number)").arg(number);
    }
    return fieldValue(field, value);
}

QString created(Details& details)
{
    const QString source = details.text("source");
    if (source == u"import")
        return AuditText::tr("Card added from an imported file");
    if (source == u"demo")
        return AuditText::tr("Card added to the demo fleet");
    return AuditText::tr("Card added");
}

QString edited(Details& details, const QJsonObject& raw)
{
    const QJsonObject changes = raw.value(QLatin1String("changes")).toObject();
    details.skip("changes");
    details.skip("fields");
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts << AuditText::tr("%1 %2 → %3")
                     .arg(fieldLabel(it.key()), changeSide(it.key(), change, "from", "from_number"),
                          changeSide(it.key(), change, "to", "to_number"));
    }
    const bool imported = details.text("source") == u"import";
    const QString what = parts.join(AuditText::tr(", "));
    return imported ? AuditText::tr("Edited by an imported file: %1").arg(what)
                    : AuditText::tr("Edited: %1").arg(what);
}

QString posted(Details& details)
{
    const Result<EntryKind> kind = parseEntryKind(details.text("kind"));
    const QString amount = Money::fromFen(details.number("amount_fen")).toDisplayString();
    const QString date = details.text("date");
    const QString reference = details.text("reference");
    if (!kind)
        return AuditText::tr("Ledger entry %1 dated %2").arg(amount, date);
    QString sentence;
    switch (*kind) {
    case EntryKind::Payment:
        sentence = AuditText::tr("Payment %1 dated %2").arg(amount, date);
        if (!reference.isEmpty())
            sentence += AuditText::tr(", receipt %1").arg(reference);
        return sentence;
    case EntryKind::Charge:
        sentence = AuditText::tr("Charge %1 dated %2").arg(amount, date);
        break;
    case EntryKind::Adjustment:
        sentence = AuditText::tr("Adjustment %1 dated %2").arg(amount, date);
        break;
    }
    if (!reference.isEmpty())
        sentence += AuditText::tr(", reference %1").arg(reference);
    return sentence;
}

QString stateChanged(const AuditEvent& event, Details& details)
{
    details.skip("effective_at");
    const QString reason = details.text("reason");
    const QString reference = details.text("reference");
    if (!event.toState)
        return auditActionLabel(event.action);
    switch (*event.toState) {
    case CardState::Active:
        details.skip("entry_id");
        if (!details.text("trigger").isEmpty())
            return reference.isEmpty()
                       ? AuditText::tr("Back in service: a new charge arrived")
                       : AuditText::tr("Back in service: a new charge arrived (%1)").arg(reference);
        return reason.isEmpty() ? AuditText::tr("Back in service")
                                : AuditText::tr("Cancellation dropped: %1").arg(reason);
    case CardState::ArrearsCleared:
        if (event.fromState == CardState::CancellationRequested)
            return reason.isEmpty()
                       ? AuditText::tr("The carrier rejected the cancellation")
                       : AuditText::tr("The carrier rejected the cancellation: %1").arg(reason);
        return AuditText::tr("Marked arrears cleared");
    case CardState::CancellationRequested: {
        const Result<Channel> channel = parseChannel(details.text("channel"));
        details.skip("checklist");
        return channel ? AuditText::tr("Cancellation requested: %1").arg(channelLabel(*channel))
                       : AuditText::tr("Cancellation requested");
    }
    case CardState::CarrierConfirmed:
        return reference.isEmpty()
                   ? AuditText::tr("The carrier confirmed the cancellation")
                   : AuditText::tr("The carrier confirmed the cancellation, receipt %1")
                         .arg(reference);
    case CardState::Void:
        return AuditText::tr("Voided: the number is gone, the record is kept");
    }
    return auditActionLabel(event.action);
}

QString lostFlag(const AuditEvent& event, Details& details)
{
    const QString note = details.text("note");
    if (event.action == AuditAction::LostFlagSet)
        return note.isEmpty() ? AuditText::tr("Reported lost or stolen")
                              : AuditText::tr("Reported lost or stolen: %1").arg(note);
    return note.isEmpty() ? AuditText::tr("Found again: the lost flag is cleared")
                          : AuditText::tr("Found again: the lost flag is cleared (%1)").arg(note);
}

// "Imported 7,399,526 ledger entries from ledger.csv (charges ¥…, payments ¥…), entries 1 to
// 7,399,526". The digest is for `audit verify`, not the reader.
QString ledgerImported(Details& details)
{
    const qint64 entries = details.number("entries");
    const QString file = details.text("file");
    const QString charges = Money::fromFen(details.number("charges_fen")).toDisplayString();
    const QString payments = Money::fromFen(details.number("payments_fen")).toDisplayString();
    const Money adjustments = Money::fromFen(details.number("adjustments_fen"));
    const qint64 first = details.number("first_entry_id");
    const qint64 last = details.number("last_entry_id");
    details.skip("entries_sha256");
    const int count = static_cast<int>(std::min<qint64>(entries, std::numeric_limits<int>::max()));
    const QString totals = adjustments.isZero()
                               ? AuditText::tr("charges %1, payments %2").arg(charges, payments)
                               : AuditText::tr("charges %1, payments %2, adjustments %3")
                                     .arg(charges, payments, adjustments.toDisplayString());
    return AuditText::tr("Imported %Ln ledger entries from %1 (%2), entries %3 to %4", nullptr,
                         count)
        .arg(file, totals, QLocale().toString(first), QLocale().toString(last));
}

QString sentenceFor(const AuditEvent& event, Details& details)
{
    switch (event.action) {
    case AuditAction::CardCreated:
        return created(details);
    case AuditAction::CardEdited:
        return edited(details, event.details);
    case AuditAction::LedgerEntryPosted:
        return posted(details);
    case AuditAction::StateChanged:
        return stateChanged(event, details);
    case AuditAction::LostFlagSet:
    case AuditAction::LostFlagCleared:
        return lostFlag(event, details);
    case AuditAction::HolderUnmasked:
        details.skip("field");
        return AuditText::tr("The holder's ID number was shown in full");
    case AuditAction::PacketIncluded:
        return AuditText::tr("Included in submission packet %1").arg(details.number("packet_id"));
    case AuditAction::LedgerImported:
        return ledgerImported(details);
    }
    return auditActionLabel(event.action);
}

} // namespace

QString describeAuditEvent(const AuditEvent& event)
{
    Details details(event.details);
    const QString sentence = sentenceFor(event, details);
    const QString rest = details.rest();
    return rest.isEmpty() ? sentence : sentence + QStringLiteral(" · ") + rest;
}

} // namespace simfleet
