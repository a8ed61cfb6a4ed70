// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/CsvText.h"

#include <array>
#include <charconv>

namespace simfleet::grown {

namespace {

constexpr std::size_t kFlushAt = std::size_t{1} << 20;

void appendNumber(std::string& out, std::int64_t value, int width)
{
    std::array<char, 24> digits{};
    const auto [end, error] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    const auto length = static_cast<int>(end - digits.data());
    for (int pad = length; pad < width; ++pad)
        out += '0';
    out.append(digits.data(), end);
}

} // namespace

void appendYuan(std::string& out, std::int64_t fen)
{
    if (fen < 0) {
        out += '-';
        fen = -fen;
    }
    appendNumber(out, fen / 100, 1);
    out += '.';
    appendNumber(out, fen % 100, 2);
}

void appendDate(std::string& out, QDate date)
{
    appendNumber(out, date.year(), 4);
    out += '-';
    appendNumber(out, date.month(), 2);
    out += '-';
    appendNumber(out, date.day(), 2);
}

void appendText(std::string& out, const QString& text)
{
    out += text.toStdString();
}

CsvOut::CsvOut(const QString& path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        m_ok = false;
    m_buffer.reserve(kFlushAt + 4096);
}

void CsvOut::endLine()
{
    m_buffer += '\n';
    if (m_buffer.size() >= kFlushAt) {
        m_ok = m_ok && m_file.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) ==
                           static_cast<qint64>(m_buffer.size());
        m_buffer.clear();
    }
}

bool CsvOut::finish()
{
    m_ok = m_ok && m_file.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) ==
                       static_cast<qint64>(m_buffer.size());
    m_buffer.clear();
    m_file.close();
    return m_ok && m_file.error() == QFileDevice::NoError;
}

} // namespace simfleet::grown
