// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetCsv.h"

#include "CsvWriter.h"
#include "ports/StoreError.h"
#include "rules/Masking.h"

#include <QDir>
#include <QFileDevice>

namespace simfleet::exports {

QStringList fleetCsvHeader()
{
    return {QStringLiteral("iccid"),       QStringLiteral("msisdn"),
            QStringLiteral("carrier"),     QStringLiteral("plan"),
            QStringLiteral("monthly_fee"), QStringLiteral("holder_name"),
            QStringLiteral("holder_id"),   QStringLiteral("department"),
            QStringLiteral("assignee"),    QStringLiteral("activated_on"),
            QStringLiteral("home_area"),   QStringLiteral("state"),
            QStringLiteral("state_since"), QStringLiteral("lost"),
            QStringLiteral("balance")};
}

QString fleetCsvRecord(const Card& card)
{
    return csvRecord(
        {csvText(card.iccid), csvText(card.msisdn), csvText(carrierCode(card.carrier)),
         csvText(card.plan), csvNumber(card.monthlyFee.toPlainString()),
         csvText(maskName(card.holderName)), csvText(maskId(card.holderId)),
         csvText(card.department), csvText(shownAssignee(card.assignee, card.holderName)),
         csvText(card.activatedOn.toString(Qt::ISODate)), csvText(card.homeArea()),
         csvText(stateCode(card.state)), csvText(card.stateSince.toUTC().toString(Qt::ISODate)),
         csvText(card.lost ? QStringLiteral("true") : QStringLiteral("false")),
         csvNumber(card.balance.toPlainString())});
}

Result<qint64> writeFleetCsv(StoreReader& store, const CardFilter& filter,
                             const std::function<bool(const QString& records)>& write)
{
    const Error unwritable{ErrorCode::FileUnwritable, QString(), 0};
    if (!write(csvTextRecord(fleetCsvHeader())))
        return unwritable;
    qint64 written = 0;
    bool failed = false;
    // Records go out in chunks: one write per card costs more than the card's formatting.
    QString chunk;
    const auto flush = [&] {
        failed = failed || (!chunk.isEmpty() && !write(chunk));
        chunk.clear();
    };
    try {
        store.forEachCard(filter, [&](const Card& card) {
            if (failed)
                return;
            chunk += fleetCsvRecord(card);
            ++written;
            if (chunk.size() >= 64 * 1024)
                flush();
        });
    } catch (const StoreError& error) {
        return error.error();
    }
    flush();
    if (failed)
        return unwritable;
    return written;
}

Result<qint64> exportFleetCsv(StoreReader& store, const CardFilter& filter, QIODevice& out)
{
    const auto* file = qobject_cast<const QFileDevice*>(&out);
    const Error unwritable{ErrorCode::FileUnwritable,
                           file ? QDir::toNativeSeparators(file->fileName()) : QString(), 0};
    if (out.write(kUtf8ByteOrderMark) < 0)
        return unwritable;
    Result<qint64> written = writeFleetCsv(
        store, filter, [&out](const QString& records) { return out.write(records.toUtf8()) >= 0; });
    if (!written && written.error().code == ErrorCode::FileUnwritable)
        return unwritable;
    return written;
}

} // namespace simfleet::exports
