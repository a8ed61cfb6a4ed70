// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportIssues.h"

#include <algorithm>

namespace simfleet {

IssueSink::IssueSink(int maxKept)
    // At least one is kept, so an empty issue list always means a clean file.
    : m_maxKept(static_cast<std::size_t>(std::max(1, maxKept)))
{}

void IssueSink::add(int line, const QString& column, Error error)
{
    ++m_count;
    if (m_issues.size() < m_maxKept)
        m_issues.push_back(ImportIssue{line, column, std::move(error)});
}

void IssueSink::absorb(IssueSink&& other)
{
    const std::int64_t notKept = other.m_count - static_cast<std::int64_t>(other.m_issues.size());
    for (ImportIssue& issue : other.m_issues)
        add(issue.line, issue.column, std::move(issue.error));
    m_count += notKept;
    other.m_issues.clear();
    other.m_count = 0;
}

std::vector<ImportIssue> IssueSink::take()
{
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
    return std::move(m_issues);
}

} // namespace simfleet
