// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace simfleet::gui {

// Settings > Company: the profile that heads every submission packet. The USCC and the agent's
// resident ID are checked by the core when saved; the agent's ID is shown masked until the
// field is edited (typing replaces it).
class CompanyForm : public QWidget {
    Q_OBJECT

public:
    CompanyForm(Session& session, QWidget* parent = nullptr);

    // Validates and stores the form; false (with the problem shown) when refused.
    bool save();
    void load();
    // Puts the cursor in the first field a packet needs that is still empty (else the name).
    void focusFirstMissing();
    // The user typed into a field since the form was loaded or saved.
    bool isModified() const { return m_modified; }

private:
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_uscc;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_agentName;
    QLineEdit* m_agentId;
    QLabel* m_problem;
    QString m_storedAgentId; // kept while the masked field is untouched
    bool m_modified{false};
};

} // namespace simfleet::gui
