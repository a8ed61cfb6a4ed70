// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonText.h"
#include "services/reports/ExposureReport.h"

#include <QIODevice>
#include <string>

namespace simfleet::cli {

// The exposure report's JSON, written to a device holder by holder as the report streams them:
// {"as_of", "holders": [{"card_count", "cards": [{"assignee", "carrier", "department",
// "iccid", "msisdn", "state"}], "holder_id", "holder_name"}], "total_cards",
// "unidentified_cards"}, holders masked. Byte for byte what QJsonDocument::toJson(Indented)
// makes of the same object (keys in its order), without 200,000 cards in a QJsonArray.
// Once the device refuses a write nothing more is written; ok() then says so.
class ExposureJsonWriter final : public ExposureSink {
public:
    explicit ExposureJsonWriter(QIODevice& device);

    void begin(const ExposureTotals& totals) override;
    void holder(const ExposureHolder& holder) override;
    // Closes the document and writes what is left; false when the device refused any of it.
    [[nodiscard]] bool finish();
    bool ok() const { return m_ok; }

private:
    void flushWhenFull();
    void flush();

    void appendCard(const ExposedCard& card);

    QIODevice& m_device;
    std::string m_buffer;
    JsonStrings m_repeated;
    ExposureTotals m_totals;
    bool m_firstHolder{true};
    bool m_ok{true};
};

} // namespace simfleet::cli
