// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteErrors.h"

#include <QString>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

Error uniqueClash(const QString& message)
{
    // SQLite names the column: "UNIQUE constraint failed: cards.iccid".
    if (message.contains(QLatin1String("cards.iccid")))
        return Error{ErrorCode::DuplicateIccid, {}, 0};
    if (message.contains(QLatin1String("cards.msisdn")))
        return Error{ErrorCode::DuplicateMsisdn, {}, 0};
    return Error{ErrorCode::StorageFailure, message, 0};
}

} // namespace

Error errorFrom(const SQLite::Exception& failure)
{
    const QString message = QString::fromUtf8(failure.what());
    switch (failure.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::StorageLocked, message, 0};
    case SQLITE_NOTADB:
        return Error{ErrorCode::StorageNotADatabase, message, 0};
    case SQLITE_CORRUPT:
        return Error{ErrorCode::StorageDamaged, message, 0};
    case SQLITE_READONLY:
        // "attempt to write a readonly database": the file or its folder is write-protected.
        return Error{ErrorCode::StorageReadOnly, {}, 0};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error{ErrorCode::StorageCannotOpen, message, 0};
    case SQLITE_CONSTRAINT:
        if (failure.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
            return uniqueClash(message);
        return Error{ErrorCode::StorageFailure, message, 0};
    default:
        return Error{ErrorCode::StorageFailure, message, 0};
    }
}

} // namespace simfleet::sqlite
