// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"

#include <cstdint>
#include <vector>

namespace simfleet {

// Collects a file's issues: keeps the first few (ImportOptions::maxIssues), counts them all.
class IssueSink {
public:
    explicit IssueSink(int maxKept);

    void add(int line, const QString& column, Error error);
    // Adds another sink's issues (kept as this sink's limit allows) and its whole count.
    void absorb(IssueSink&& other);
    bool empty() const { return m_count == 0; }
    std::int64_t count() const { return m_count; }
    // The kept issues in line order (issues found later, such as duplicates, slot in).
    std::vector<ImportIssue> take();

private:
    std::size_t m_maxKept;
    std::int64_t m_count{0};
    std::vector<ImportIssue> m_issues;
};

} // namespace simfleet
