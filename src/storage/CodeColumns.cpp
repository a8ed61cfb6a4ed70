// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeColumns.h"

#include "ports/StoreError.h"

#include <SQLiteCpp/Column.h>
#include <array>
#include <string_view>

namespace simfleet::sqlite {

namespace {

// The core's code for every value of an enum, as UTF-8, made once. Rows are matched against it
// byte for byte: a stored code is exactly one of these (the CHECK constraints see to that), and
// a million-row report should not run the core's lenient, case-folding parsers per row.
template <class Enum, std::size_t Count> class CodeTable {
public:
    template <class CodeOf> explicit CodeTable(CodeOf codeOf)
    {
        for (std::size_t i = 0; i < Count; ++i)
            m_texts[i] = codeOf(static_cast<Enum>(i)).toStdString();
    }

    const std::string& text(Enum value) const
    {
        return m_texts.at(static_cast<std::size_t>(value));
    }

    Enum at(const SQLite::Statement& row, int column) const
    {
        const SQLite::Column value = row.getColumn(column);
        const char* text = value.getText();
        return of(std::string_view(text, static_cast<std::size_t>(value.getBytes())));
    }

    Enum of(std::string_view code) const
    {
        for (std::size_t i = 0; i < Count; ++i) {
            if (m_texts[i] == code)
                return static_cast<Enum>(i);
        }
        throw StoreError(
            Error{ErrorCode::StorageFailure,
                  QStringLiteral("unknown code in database: ") +
                      QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())),
                  0});
    }

private:
    std::array<std::string, Count> m_texts;
};

const auto& carriers()
{
    static const CodeTable<Carrier, kAllCarriers.size()> table(carrierCode);
    return table;
}

const auto& states()
{
    static const CodeTable<CardState, kAllStates.size()> table(stateCode);
    return table;
}

const auto& entryKinds()
{
    static const CodeTable<EntryKind, static_cast<std::size_t>(EntryKind::Adjustment) + 1> table(
        entryKindCode);
    return table;
}

const auto& auditActions()
{
    static const CodeTable<AuditAction, static_cast<std::size_t>(AuditAction::LedgerImported) + 1>
        table(auditActionCode);
    return table;
}

} // namespace

Carrier carrierAt(const SQLite::Statement& row, int column)
{
    return carriers().at(row, column);
}

CardState stateAt(const SQLite::Statement& row, int column)
{
    return states().at(row, column);
}

std::optional<CardState> optionalStateAt(const SQLite::Statement& row, int column)
{
    if (row.isColumnNull(column))
        return std::nullopt;
    return stateAt(row, column);
}

EntryKind entryKindAt(const SQLite::Statement& row, int column)
{
    return entryKinds().at(row, column);
}

AuditAction auditActionAt(const SQLite::Statement& row, int column)
{
    return auditActions().at(row, column);
}

CardState stateOf(std::string_view code)
{
    return states().of(code);
}

AuditAction auditActionOf(std::string_view code)
{
    return auditActions().of(code);
}

const std::string& codeText(Carrier carrier)
{
    return carriers().text(carrier);
}

const std::string& codeText(CardState state)
{
    return states().text(state);
}

const std::string& codeText(EntryKind kind)
{
    return entryKinds().text(kind);
}

const std::string& codeText(AuditAction action)
{
    return auditActions().text(action);
}

} // namespace simfleet::sqlite
