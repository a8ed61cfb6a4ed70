// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>
#include <QString>
#include <initializer_list>

namespace simfleet::cli {

// table and text are for people; csv and json for scripts and spreadsheets.
enum class OutputFormat { Table, Text, Csv, Json };

class OutputFormats {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::OutputFormats)

public:
    // The --format option, listing the allowed values.
    static OptionSpec option(std::initializer_list<OutputFormat> allowed);
    // The --format value (or the first allowed one when absent). Throws UsageError.
    static OutputFormat parse(const ParsedArgs& args, std::initializer_list<OutputFormat> allowed);
    static QString code(OutputFormat format);
};

} // namespace simfleet::cli
