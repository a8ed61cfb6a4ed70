// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

namespace simfleet::cli {

// The exit codes scripts rely on (issue 2's contract).
enum class ExitCode : int {
    Success = 0,
    Unexpected = 1,
    Usage = 2,
    Refused = 3, // invalid input or a lifecycle guard; nothing changed
    Storage = 4, // cannot open, not a database, newer schema, locked past the timeout
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

ExitCode exitCodeFor(ErrorCategory category);

} // namespace simfleet::cli
