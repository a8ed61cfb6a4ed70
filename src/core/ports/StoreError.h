// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <stdexcept>

namespace simfleet {

// Thrown by a store when the storage itself fails (locked, I/O, corrupt, version conflict).
// Store::write catches it, rolls back and returns the Error; readers let it reach the front end,
// which reports it (the CLI exits 4).
class StoreError : public std::runtime_error {
public:
    explicit StoreError(Error error)
        : std::runtime_error(error.detail.toStdString()), m_error(std::move(error))
    {}
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

} // namespace simfleet
