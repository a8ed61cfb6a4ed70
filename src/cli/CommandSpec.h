// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <stdexcept>
#include <vector>

namespace simfleet::cli {

class CommandEnv;

struct OptionSpec {
    QString name;      // without the dashes: "format"
    QString valueName; // "FORMAT"; empty for a flag
    QString help;
    bool takesValue() const { return !valueName.isEmpty(); }
};

// What the parser found for one command.
class ParsedArgs {
public:
    QStringList positionals;

    bool has(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    void set(const QString& option, const QString& value) { m_values.insert(option, value); }

private:
    QHash<QString, QString> m_values; // a flag maps to an empty string; the last value wins
};

// What a command does with the database, which decides how it is opened.
enum class StoreUse {
    // Only reads: a database this user may not write (a read-only file or folder) is read
    // without being written.
    Reads,
    // Writes: a database this user may not write is refused plainly (exit 4).
    Writes,
    // Writes many rows at once: the database's integrity check runs first, so an import never
    // pours into a damaged file.
    BulkWrites,
    // Writes many cards in one batch (an import): the same check, run beside the batch's
    // reading and checking; the batch commits only once it has found the file sound.
    BatchWrites,
    // Changes many stored cards in one batch (a transition): as BatchWrites, checking what such
    // a batch rewrites in place instead of the whole file (SoundCheckScope::CardChanges).
    CardChanges,
};

struct CommandSpec {
    QStringList path;  // {"import", "cards"}
    QString arguments; // the positionals in the synopsis: "KEY AMOUNT", "[KEY]", "KEY..."
    QString summary;   // one line for the command list
    QString details;   // more lines for --help, may be empty
    std::vector<OptionSpec> options;
    int minPositionals{0};
    int maxPositionals{0}; // -1: any number
    // Only init, demo and the imports make a database where there is none; every other command
    // refuses a missing or empty file (StorageMissing) rather than show an empty fleet.
    bool createsDatabase{false};
    StoreUse storeUse{StoreUse::Writes};
    std::function<int(CommandEnv&, const ParsedArgs&)> run;

    QString name() const { return path.join(QLatin1Char(' ')); }
    const OptionSpec* option(const QString& optionName) const;
};

// Thrown for anything the user typed wrong; the top level prints it on one line and exits 2.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(QString message)
        : std::runtime_error(message.toStdString()), m_message(std::move(message))
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace simfleet::cli
