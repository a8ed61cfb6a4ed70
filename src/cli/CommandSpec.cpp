// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSpec.h"

namespace simfleet::cli {

const OptionSpec* CommandSpec::option(const QString& optionName) const
{
    for (const OptionSpec& candidate : options) {
        if (candidate.name == optionName)
            return &candidate;
    }
    return nullptr;
}

} // namespace simfleet::cli
