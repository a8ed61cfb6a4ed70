// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMessages.h"

#include "SqliteStore.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QDir>

namespace simfleet::cli {

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::StoreMessages)
};

// The file first, then what is wrong with it, then the way back.
QString damaged(const Error& error, const QString& databasePath)
{
    const QString message = StoreText::tr("%1: %2; nothing was changed.")
                                .arg(QDir::toNativeSeparators(databasePath), describe(error));
    return message + QLatin1Char(' ') + restoreAdvice(newestBackupOf(databasePath));
}

} // namespace

QString storeErrorMessage(const Error& error, const QString& databasePath)
{
    switch (error.code) {
    case ErrorCode::StorageMissing:
        // One sentence, so a translation can place the hint as its language wants.
        return StoreText::tr("%1 (create it with `simfleet-cli init`)").arg(describe(error));
    case ErrorCode::StorageDamaged:
        return damaged(error, databasePath);
    default:
        return describe(error);
    }
}

} // namespace simfleet::cli
