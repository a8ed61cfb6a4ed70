// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringEncoder>
#include <QStringView>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace simfleet::sqlite {

// Rows of values made in C++ that SQLite reads as the table-valued function simfleet_rows(?), so
// "INSERT INTO t (...) SELECT c0, c1, ... FROM simfleet_rows(?)" stores a whole batch with one
// statement. Row by row, a million-card import spent a third of its storing time starting and
// finishing statements (opening five b-tree cursors and seeking from the root each time); one
// statement per thousand rows keeps the cursors open and appends where the last row went.
class RowBatch {
public:
    static constexpr int kMaxColumns = 17;

    explicit RowBatch(int columns);

    // Values go in row by row, column by column.
    void addNull();
    void addInt(std::int64_t value);
    void addText(std::string_view utf8);
    void addText(QStringView text);
    // NULL for empty text (UNIQUE columns, where "unknown" must not collide).
    void addTextOrNull(QStringView text);
    void addBlob(std::string_view bytes);
    void clear();

    int columns() const { return m_columns; }
    std::size_t rows() const { return m_cells.size() / static_cast<std::size_t>(m_columns); }

    enum class Kind : std::uint8_t { Null, Int, Text, Blob };
    struct Cell {
        Kind kind{Kind::Null};
        std::uint32_t length{0}; // of the text or blob
        std::int64_t value{0};   // the integer, or where the text or blob starts
    };
    const Cell& cell(std::size_t row, int column) const
    {
        return m_cells[row * static_cast<std::size_t>(m_columns) +
                       static_cast<std::size_t>(column)];
    }
    const char* text(const Cell& cell) const { return m_text.data() + cell.value; }

private:
    // Grows without zero-filling what it adds, as std::string::resize would: for the short
    // texts of a card that cost more than encoding them.
    class Bytes {
    public:
        Bytes() = default;
        Bytes(Bytes&& other) noexcept;
        Bytes& operator=(Bytes&& other) noexcept;
        Bytes(const Bytes&) = delete;
        Bytes& operator=(const Bytes&) = delete;
        ~Bytes() = default;

        std::size_t size() const { return m_size; }
        const char* data() const { return m_data.get(); }
        // Room for count more bytes after the end; commit() as many as were written.
        char* room(std::size_t count);
        void commit(std::size_t count) { m_size += count; }
        void append(std::string_view bytes);
        void clear() { m_size = 0; }

    private:
        std::unique_ptr<char[]> m_data;
        std::size_t m_size{0};
        std::size_t m_capacity{0};
    };

    int m_columns;
    std::vector<Cell> m_cells;
    Bytes m_text; // every text and blob value, one after another
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

// Makes simfleet_rows available on the connection.
void registerRowBatchFunction(sqlite3* db);

// Binds batch as the statement's parameter index (the simfleet_rows argument). The batch must
// outlive the statement's execution.
int bindRowBatch(sqlite3_stmt* statement, int index, const RowBatch& batch);

} // namespace simfleet::sqlite
