// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "ports/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <utility>

namespace simfleet::sqlite {

// The engine's failure as the core's typed error: busy/locked -> StorageLocked, not a database ->
// StorageNotADatabase, a damaged file -> StorageDamaged, a write-protected one -> StorageReadOnly,
// cannot open -> StorageCannotOpen, a UNIQUE clash on iccid/msisdn ->
// DuplicateIccid/DuplicateMsisdn, anything else -> StorageFailure with the engine's text.
Error errorFrom(const SQLite::Exception& failure);

// Runs body, turning engine exceptions into StoreError (the Store interface's promise).
template <class Body> decltype(auto) guarded(Body&& body)
{
    try {
        return std::forward<Body>(body)();
    } catch (const SQLite::Exception& failure) {
        throw StoreError(errorFrom(failure));
    }
}

} // namespace simfleet::sqlite
