// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowBatch.h"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <cstring>
#include <new>
#include <sqlite3.h>
#include <stdexcept>
#include <utility>

namespace simfleet::sqlite {

namespace {

// sqlite3_bind_pointer's type tag: only a pointer bound with this tag is ever read as a batch.
constexpr const char* kPointerType = "simfleet-row-batch";
// The hidden column that receives the function's argument.
constexpr int kBatchColumn = RowBatch::kMaxColumns;

struct Cursor {
    sqlite3_vtab_cursor base{};
    const RowBatch* batch{nullptr};
    std::size_t row{0};
};

int connect(sqlite3* db, void* /*aux*/, int /*argc*/, const char* const* /*argv*/,
            sqlite3_vtab** table, char** /*error*/)
{
    const int declared = sqlite3_declare_vtab(
        db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15,"
            " c16, batch HIDDEN)");
    if (declared != SQLITE_OK)
        return declared;
    *table = new (std::nothrow) sqlite3_vtab{};
    return *table == nullptr ? SQLITE_NOMEM : SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    delete table;
    return SQLITE_OK;
}

// Only a scan of a bound batch is possible: "simfleet_rows(?)" is "WHERE batch = ?".
int bestIndex(sqlite3_vtab* /*table*/, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn != kBatchColumn || constraint.op != SQLITE_INDEX_CONSTRAINT_EQ)
            continue;
        if (constraint.usable == 0)
            return SQLITE_CONSTRAINT;
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 1000;
        info->estimatedRows = 1000;
        return SQLITE_OK;
    }
    return SQLITE_CONSTRAINT; // without its batch there is nothing to read
}

int open(sqlite3_vtab* /*table*/, sqlite3_vtab_cursor** cursor)
{
    auto* created = new (std::nothrow) Cursor{};
    if (created == nullptr)
        return SQLITE_NOMEM;
    *cursor = &created->base;
    return SQLITE_OK;
}

Cursor& cursorOf(sqlite3_vtab_cursor* cursor)
{
    // base is Cursor's first member, so the two addresses are the same.
    return *reinterpret_cast<Cursor*>(cursor);
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete &cursorOf(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int /*indexNumber*/, const char* /*indexText*/, int argc,
           sqlite3_value** argv)
{
    Cursor& state = cursorOf(cursor);
    state.batch = argc > 0
                      ? static_cast<const RowBatch*>(sqlite3_value_pointer(argv[0], kPointerType))
                      : nullptr;
    state.row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    ++cursorOf(cursor).row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const Cursor& state = cursorOf(cursor);
    return state.batch == nullptr || state.row >= state.batch->rows() ? 1 : 0;
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    const Cursor& state = cursorOf(cursor);
    if (index >= state.batch->columns()) {
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    const RowBatch::Cell& cell = state.batch->cell(state.row, index);
    switch (cell.kind) {
    case RowBatch::Kind::Null:
        sqlite3_result_null(context);
        break;
    case RowBatch::Kind::Int:
        sqlite3_result_int64(context, cell.value);
        break;
    // The batch outlives the statement, so SQLite need not copy.
    case RowBatch::Kind::Text:
        sqlite3_result_text(context, state.batch->text(cell), static_cast<int>(cell.length),
                            SQLITE_STATIC);
        break;
    case RowBatch::Kind::Blob:
        sqlite3_result_blob(context, state.batch->text(cell), static_cast<int>(cell.length),
                            SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = static_cast<sqlite3_int64>(cursorOf(cursor).row);
    return SQLITE_OK;
}

// Eponymous only (no xCreate): the function exists on every connection it is registered on and
// can never be made a table of the database file.
const sqlite3_module kModule = {
    .iVersion = 0,
    .xCreate = nullptr,
    .xConnect = connect,
    .xBestIndex = bestIndex,
    .xDisconnect = disconnect,
    .xDestroy = nullptr,
    .xOpen = open,
    .xClose = close,
    .xFilter = filter,
    .xNext = next,
    .xEof = eof,
    .xColumn = column,
    .xRowid = rowid,
    .xUpdate = nullptr,
    .xBegin = nullptr,
    .xSync = nullptr,
    .xCommit = nullptr,
    .xRollback = nullptr,
    .xFindFunction = nullptr,
    .xRename = nullptr,
    .xSavepoint = nullptr,
    .xRelease = nullptr,
    .xRollbackTo = nullptr,
    .xShadowName = nullptr,
};

} // namespace

RowBatch::RowBatch(int columns) : m_columns(columns)
{
    if (columns < 1 || columns > kMaxColumns)
        throw std::invalid_argument("RowBatch: 1 to 16 columns");
}

RowBatch::Bytes::Bytes(Bytes&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

RowBatch::Bytes& RowBatch::Bytes::operator=(Bytes&& other) noexcept
{
    m_data = std::move(other.m_data);
    m_size = std::exchange(other.m_size, 0);
    m_capacity = std::exchange(other.m_capacity, 0);
    return *this;
}

char* RowBatch::Bytes::room(std::size_t count)
{
    if (m_size + count > m_capacity) {
        const std::size_t capacity = std::max(2 * m_capacity, m_size + count);
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (m_size > 0)
            std::memcpy(grown.get(), m_data.get(), m_size);
        m_data = std::move(grown);
        m_capacity = capacity;
    }
    return m_data.get() + m_size;
}

void RowBatch::Bytes::append(std::string_view bytes)
{
    if (!bytes.empty())
        std::memcpy(room(bytes.size()), bytes.data(), bytes.size());
    commit(bytes.size());
}

void RowBatch::addNull()
{
    m_cells.push_back(Cell{});
}

void RowBatch::addInt(std::int64_t value)
{
    m_cells.push_back(Cell{Kind::Int, 0, value});
}

void RowBatch::addText(std::string_view utf8)
{
    m_cells.push_back(Cell{Kind::Text, static_cast<std::uint32_t>(utf8.size()),
                           static_cast<std::int64_t>(m_text.size())});
    m_text.append(utf8);
}

void RowBatch::addBlob(std::string_view bytes)
{
    m_cells.push_back(Cell{Kind::Blob, static_cast<std::uint32_t>(bytes.size()),
                           static_cast<std::int64_t>(m_text.size())});
    m_text.append(bytes);
}

void RowBatch::addText(QStringView text)
{
    const std::size_t start = m_text.size();
    // ICCIDs, numbers, IDs and codes are ASCII: copied a byte a character, without the
    // encoder's call and its room for three bytes a character.
    const auto length = static_cast<std::size_t>(text.size());
    char* ascii = m_text.room(length);
    const char16_t* chars = text.utf16();
    std::size_t done = 0;
    while (done < length && chars[done] < 0x80) {
        ascii[done] = static_cast<char>(chars[done]);
        ++done;
    }
    if (done == length) {
        m_text.commit(length);
        m_cells.push_back(
            Cell{Kind::Text, static_cast<std::uint32_t>(length), static_cast<std::int64_t>(start)});
        return;
    }
    char* begin = m_text.room(static_cast<std::size_t>(m_encoder.requiredSpace(text.size())));
    const char* end = m_encoder.appendToBuffer(begin, text);
    const auto encoded = static_cast<std::size_t>(end - begin);
    m_text.commit(encoded);
    m_cells.push_back(
        Cell{Kind::Text, static_cast<std::uint32_t>(encoded), static_cast<std::int64_t>(start)});
}

void RowBatch::addTextOrNull(QStringView text)
{
    if (text.isEmpty())
        addNull();
    else
        addText(text);
}

void RowBatch::clear()
{
    m_cells.clear();
    m_text.clear();
}

void registerRowBatchFunction(sqlite3* db)
{
    const int registered =
        sqlite3_create_module_v2(db, "simfleet_rows", &kModule, nullptr, nullptr);
    if (registered != SQLITE_OK)
        throw SQLite::Exception(db, registered);
}

int bindRowBatch(sqlite3_stmt* statement, int index, const RowBatch& batch)
{
    // SQLite only hands the pointer back to this module; it never writes through it.
    return sqlite3_bind_pointer(statement, index, const_cast<RowBatch*>(&batch), kPointerType,
                                nullptr);
}

} // namespace simfleet::sqlite
