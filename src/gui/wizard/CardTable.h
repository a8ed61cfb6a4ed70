// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "ports/Clock.h"

#include <QTableWidget>
#include <vector>

namespace simfleet::gui {

enum class CardColumn {
    Iccid,
    Msisdn,
    Carrier,
    Department,
    Assignee,
    State,
    MonthlyFee,
    Balance,
    DaysInState,
    Lost,
    Note, // free text per row: why a card cannot proceed, a receipt number...
};

// The card lists of the wizards and the pipeline view: one row a card, chosen columns, sortable,
// lost cards highlighted. Optionally a tick box per row (in the first column) and an editable
// Note column.
class CardTable : public QTableWidget {
    Q_OBJECT

public:
    explicit CardTable(QWidget* parent = nullptr);

    void setColumns(std::vector<CardColumn> columns, const QString& noteHeader = {});
    void setCheckable(bool checkable) { m_checkable = checkable; }
    void setNoteEditable(bool editable) { m_noteEditable = editable; }

    void setCards(const std::vector<Card>& cards, const Clock& clock);

    int rowOf(CardId id) const;
    CardId cardAt(int row) const;
    std::vector<CardId> allCards() const;
    std::vector<CardId> selectedCards() const;

    std::vector<CardId> checkedCards() const;
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    void setAllChecked(bool checked);
    // A row that may not be ticked: unticked, greyed, with the reason as its tooltip.
    void setCheckDisabled(int row, const QString& reason);

    QString note(int row) const;
    void setNote(int row, const QString& text);

Q_SIGNALS:
    void checksChanged();
    void notesChanged();

protected:
    // Space ticks or unticks every selected row, as the first one's tick would flip.
    void keyPressEvent(QKeyEvent* event) override;

private:
    int columnOf(CardColumn column) const;

    std::vector<CardColumn> m_columns;
    bool m_checkable{false};
    bool m_noteEditable{false};
    bool m_filling{false};
};

} // namespace simfleet::gui
