// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCode.h"

namespace simfleet::cli {

ExitCode exitCodeFor(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Refused:
        return ExitCode::Refused;
    case ErrorCategory::Storage:
        return ExitCode::Storage;
    case ErrorCategory::Unexpected:
        break;
    }
    return ExitCode::Unexpected;
}

} // namespace simfleet::cli
