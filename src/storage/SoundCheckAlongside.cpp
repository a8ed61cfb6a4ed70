// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoundCheckAlongside.h"

#include "DatabaseFile.h"

namespace simfleet::sqlite {

SoundCheckAlongside::SoundCheckAlongside(std::unique_ptr<SQLite::Database> reader,
                                         SoundCheckScope scope)
    : m_running(
          std::async(std::launch::async, [db = std::move(reader), scope]() -> std::optional<Error> {
              if (QString report = damageReport(*db, scope); !report.isEmpty())
                  return Error{ErrorCode::StorageDamaged, std::move(report), 0};
              return std::nullopt;
          }))
{}

SoundCheckAlongside::~SoundCheckAlongside()
{
    if (m_running.valid())
        m_running.wait();
}

std::optional<Error> SoundCheckAlongside::verdict()
{
    if (!m_verdict)
        m_verdict = m_running.get();
    return *m_verdict;
}

} // namespace simfleet::sqlite
