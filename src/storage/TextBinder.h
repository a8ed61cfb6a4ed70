// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QStringEncoder>
#include <QStringView>
#include <SQLiteCpp/Statement.h>
#include <deque>
#include <string>

namespace simfleet::sqlite {

// Binds text to one statement's parameters without a heap allocation per value: each parameter
// owns a UTF-8 buffer that is re-used from row to row and handed to SQLite without a copy
// (SQLITE_STATIC). In a million-card import the two copies per text field (QString to
// std::string, then SQLite's own) were a tenth of the work. A binder serves one statement and
// must outlive each execution; every parameter is re-bound before the statement runs again.
class TextBinder {
public:
    void bind(SQLite::Statement& statement, int index, QStringView text);
    // Empty text binds NULL (for UNIQUE columns where "unknown" must not collide).
    void bindOrNull(SQLite::Statement& statement, int index, QStringView text);
    void bindUtf8(SQLite::Statement& statement, int index, QByteArrayView utf8);
    // Text that outlives the statement's execution (static codes, the transaction's time).
    static void bindStatic(SQLite::Statement& statement, int index, const std::string& utf8);
    // "YYYY-MM-DD" / UTC "YYYY-MM-DDTHH:MM:SS.zzzZ"; null binds NULL.
    void bindDate(SQLite::Statement& statement, int index, QDate date);
    void bindInstant(SQLite::Statement& statement, int index, const QDateTime& instant);

private:
    std::string& slot(int index);

    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    // A deque: growing it never moves the buffers SQLite already points at.
    std::deque<std::string> m_slots;
};

} // namespace simfleet::sqlite
