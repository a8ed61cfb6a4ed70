// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <SQLiteCpp/Statement.h>
#include <string>

namespace simfleet::sqlite {

// How Qt values travel to and from SQLite columns. Text is UTF-8; a date is "YYYY-MM-DD"; an
// instant is UTC "YYYY-MM-DDTHH:MM:SS.zzzZ" (fixed width, so text order is time order). Null
// dates and instants are SQL NULL.

std::string utf8(const QString& text);
std::string dateText(QDate date);
std::string instantText(const QDateTime& instant);
// The same into an existing buffer (its capacity is re-used). The dates must be valid.
void writeDateText(std::string& out, QDate date);
void writeInstantText(std::string& out, const QDateTime& instant);

// For occasional statements; the write path uses TextBinder.
void bindText(SQLite::Statement& statement, int index, const QString& text);

QString textAt(const SQLite::Statement& statement, int column);
QByteArray bytesAt(const SQLite::Statement& statement, int column);
QDate dateAt(const SQLite::Statement& statement, int column);
QDateTime instantAt(const SQLite::Statement& statement, int column);
// The instant a non-null column's text stands for (instantAt reads it so).
QDateTime instantFromText(const char* text, int size);

} // namespace simfleet::sqlite
