// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <string>
#include <vector>

namespace simfleet::cli {

// A JSON string, quotes included, appended to out exactly as QJsonDocument writes it: UTF-8,
// with '"', '\' and control characters escaped. For output written piece by piece that must read
// byte for byte like the document it replaces.
void appendJsonString(std::string& out, QStringView text);

// The same for texts that repeat (a department, an assignee on many cards): each is encoded once
// and then copied, found by where its characters are, as a shared QString keeps them. The cache
// holds a copy of each string it remembers, so those characters cannot be freed and the place
// taken by another text while the entry stands.
class JsonStrings {
public:
    void append(std::string& out, const QString& text);

private:
    struct Encoded {
        QString text;
        std::string json;
    };
    std::vector<Encoded> m_encoded = std::vector<Encoded>(4096);
};

} // namespace simfleet::cli
