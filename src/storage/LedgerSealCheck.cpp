// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSealCheck.h"

#include "LedgerSealReads.h"

#include <QJsonDocument>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>

namespace simfleet::sqlite {

namespace {

// Whether the import's seal holds on db: the core's judgement, over the store's reading.
bool holds(SQLite::Database& db, const AuditImportRow& row)
{
    AuditEvent event;
    event.action = AuditAction::LedgerImported;
    event.details = QJsonDocument::fromJson(row.details).object();
    return sealHolds(event, [&db](std::int64_t first, std::int64_t last) {
        return sealLedgerRange(db.getHandle(), first, last);
    });
}

// Which imports hold, checked by whichever thread is free, each once.
class SealWork {
public:
    explicit SealWork(const std::vector<PlacedImportRow>& imports)
        : m_imports(imports), m_held(imports.size(), 1), m_failures(imports.size())
    {}

    void run(SQLite::Database& db)
    {
        for (;;) {
            const std::size_t index = m_next.fetch_add(1);
            // An import after one that failed cannot change the verdict.
            if (index >= m_imports.size() || index > m_firstFailed.load())
                return;
            try {
                m_held[index] = holds(db, m_imports[index].row) ? 1 : 0;
            } catch (...) {
                m_failures[index] = std::current_exception();
            }
            if (m_held[index] == 0 || m_failures[index])
                lowerFirstFailed(index);
        }
    }

    std::optional<AuditVerification> verdict() const
    {
        for (std::size_t i = 0; i < m_imports.size(); ++i) {
            if (m_failures[i])
                std::rethrow_exception(m_failures[i]);
            if (m_held[i] == 0) {
                const PlacedImportRow& placed = m_imports[i];
                return AuditVerification{
                    placed.rowsBefore + 1,
                    AuditBreak{placed.row.seq, AuditBreak::Kind::LedgerSealMismatch},
                    placed.row.headBefore};
            }
        }
        return std::nullopt;
    }

private:
    void lowerFirstFailed(std::size_t index)
    {
        std::size_t current = m_firstFailed.load();
        while (index < current && !m_firstFailed.compare_exchange_weak(current, index)) {
        }
    }

    const std::vector<PlacedImportRow>& m_imports;
    std::vector<char> m_held; // each written by the one thread that took it
    std::vector<std::exception_ptr> m_failures;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_firstFailed{SIZE_MAX};
};

} // namespace

std::optional<AuditVerification>
firstBrokenSeal(SQLite::Database& db, const std::vector<std::unique_ptr<SQLite::Database>>& readers,
                const std::vector<PlacedImportRow>& imports)
{
    if (imports.empty())
        return std::nullopt;
    SealWork work(imports);
    std::vector<std::thread> helpers;
    helpers.reserve(readers.size());
    for (std::size_t i = 0; i < readers.size() && i + 1 < imports.size(); ++i) {
        try {
            helpers.emplace_back([&work, &connection = *readers[i]] { work.run(connection); });
        } catch (const std::system_error&) {
            break; // no more threads to be had: the others take its share
        }
    }
    work.run(db);
    for (std::thread& helper : helpers)
        helper.join();
    return work.verdict();
}

} // namespace simfleet::sqlite
