// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBinder.h"

#include "SqlValues.h"

namespace simfleet::sqlite {

std::string& TextBinder::slot(int index)
{
    const auto position = static_cast<std::size_t>(index);
    if (m_slots.size() <= position)
        m_slots.resize(position + 1);
    return m_slots[position];
}

void TextBinder::bind(SQLite::Statement& statement, int index, QStringView text)
{
    std::string& buffer = slot(index);
    buffer.resize(static_cast<std::size_t>(m_encoder.requiredSpace(text.size())));
    char* end = m_encoder.appendToBuffer(buffer.data(), text);
    buffer.resize(static_cast<std::size_t>(end - buffer.data()));
    statement.bindNoCopy(index, buffer);
}

void TextBinder::bindOrNull(SQLite::Statement& statement, int index, QStringView text)
{
    if (text.isEmpty())
        statement.bind(index);
    else
        bind(statement, index, text);
}

void TextBinder::bindUtf8(SQLite::Statement& statement, int index, QByteArrayView utf8)
{
    std::string& buffer = slot(index);
    buffer.assign(utf8.data(), static_cast<std::size_t>(utf8.size()));
    statement.bindNoCopy(index, buffer);
}

void TextBinder::bindStatic(SQLite::Statement& statement, int index, const std::string& utf8)
{
    statement.bindNoCopy(index, utf8);
}

void TextBinder::bindDate(SQLite::Statement& statement, int index, QDate date)
{
    if (!date.isValid()) {
        statement.bind(index);
        return;
    }
    std::string& buffer = slot(index);
    writeDateText(buffer, date);
    statement.bindNoCopy(index, buffer);
}

void TextBinder::bindInstant(SQLite::Statement& statement, int index, const QDateTime& instant)
{
    if (!instant.isValid()) {
        statement.bind(index);
        return;
    }
    std::string& buffer = slot(index);
    writeInstantText(buffer, instant);
    statement.bindNoCopy(index, buffer);
}

} // namespace simfleet::sqlite
