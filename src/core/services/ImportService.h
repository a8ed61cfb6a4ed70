// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvReader.h"
#include "services/ServiceContext.h"

#include <atomic>
#include <functional>
#include <vector>

namespace simfleet {

// One bad cell: printed as FILE:LINE: column: message.
struct ImportIssue {
    int line{0};    // the header is line 1
    QString column; // the column's header as written in the file (or the canonical name)
    Error error;
};

struct ImportSummary {
    TextEncoding encoding{TextEncoding::Utf8};
    QStringList headers;          // as written in the file
    QStringList canonicalColumns; // what each header was mapped to ("" when ignored)
    std::int64_t rows{0};
    std::int64_t imported{0};
    std::int64_t updated{0};
    std::int64_t unchanged{0};
    std::vector<ImportIssue> issues; // non-empty means nothing was written
    std::int64_t issuesFound{0};     // every issue, also those beyond ImportOptions::maxIssues
    bool cancelled{false};           // cancelled means nothing was written
    bool dryRun{false};
    bool ok() const { return issues.empty() && !cancelled; }
};

struct ImportOptions {
    bool dryRun{false};
    // Called now and then with bytes done and total; may run on a worker thread.
    std::function<void(qint64 done, qint64 total)> progress;
    // Set from another thread to stop; nothing is written.
    const std::atomic_bool* cancel{nullptr};
    // Issues beyond this many are counted but not kept.
    int maxIssues{1000};
};

// Card lists and bills from CSV, all-or-nothing, in one transaction with their audit rows. A file
// is read once, validated (on a second thread for a card file or a large bill file) while its
// rows are written, and rolled back if any row is refused.
class ImportService {
public:
    explicit ImportService(ServiceContext context) : m_ctx(std::move(context)) {}

    // Columns (any order, case-insensitive, English or Chinese): iccid/ICCID, msisdn/手机号/号码,
    // carrier/运营商, plan/套餐, monthly_fee/月租, holder_name/机主姓名, holder_id/证件号码,
    // department/部门, assignee/使用人, activated_on/开卡日期. iccid, msisdn, carrier required.
    // An existing ICCID has its changed fields updated; a void card is never changed.
    // A file that cannot be read or has no required column is the Result's error.
    Result<ImportSummary> importCards(const QString& path, const ImportOptions& options = {});

    // Columns: iccid or msisdn/phone, kind (charge|payment|adjustment), amount (yuan),
    // date (YYYY-MM-DD), reference.
    Result<ImportSummary> importLedger(const QString& path, const ImportOptions& options = {});

private:
    ServiceContext m_ctx;
};

} // namespace simfleet
