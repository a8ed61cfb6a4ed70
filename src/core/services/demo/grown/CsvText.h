// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFile>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>

namespace simfleet::grown {

// Appends yuan with two decimals ("58.00", "-12.50") from integer fen.
void appendYuan(std::string& out, std::int64_t fen);

// Appends YYYY-MM-DD.
void appendDate(std::string& out, QDate date);

void appendText(std::string& out, const QString& text);

// A CSV written in large pieces; write() reports whether every byte so far reached the file.
class CsvOut {
public:
    explicit CsvOut(const QString& path);
    bool isOpen() const { return m_file.isOpen(); }
    std::string& line() { return m_buffer; }
    // Call after each complete line: flushes now and then.
    void endLine();
    bool finish();

private:
    QFile m_file;
    std::string m_buffer;
    bool m_ok{true};
};

} // namespace simfleet::grown
