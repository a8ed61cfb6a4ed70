// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ChecklistPage.h"

#include "text/Labels.h"
#include "wizard/CardsById.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace simfleet::gui {
namespace {

// The union of the carriers' materials, each with the carriers that ask for it, keeping what
// the operator had already ticked.
std::vector<MaterialItem> materialsFor(const std::vector<CarrierProfile>& profiles,
                                       const std::vector<MaterialItem>& previous)
{
    std::vector<MaterialItem> items;
    for (const CarrierProfile& profile : profiles) {
        for (const QString& material : profile.materials) {
            auto item = std::find_if(items.begin(), items.end(),
                                     [&](const MaterialItem& i) { return i.material == material; });
            if (item == items.end()) {
                items.push_back({material, {}, false});
                item = std::prev(items.end());
            }
            item->carriers.push_back(profile.carrier);
        }
    }
    for (MaterialItem& item : items) {
        const auto before =
            std::find_if(previous.begin(), previous.end(), [&](const MaterialItem& p) {
                return p.material == item.material && p.carriers == item.carriers;
            });
        item.prepared = before != previous.end() && before->prepared;
    }
    return items;
}

} // namespace

ChecklistPage::ChecklistPage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft),
      m_backup(new QCheckBox(tr("The &data on every card is backed up (contacts, messages, "
                                "anything the company still needs)"),
                             this)),
      m_materialsBox(new QGroupBox(tr("Materials prepared for the carrier"), this)),
      m_materialsLayout(new QVBoxLayout(m_materialsBox)),
      m_noMaterials(new QLabel(tr("The carrier profiles list no materials: ask the carrier "
                                  "what it needs."),
                               m_materialsBox)),
      m_policy(new QCheckBox(tr("I have read the carrier's cancellation &policy and processing "
                                "time"),
                             this))
{
    setTitle(tr("Checklist"));
    setSubTitle(tr("Tick each item once it is done. The request cannot go out before every "
                   "item is ticked."));
    m_backup->setObjectName(QStringLiteral("checkBackup"));
    m_policy->setObjectName(QStringLiteral("checkPolicy"));
    m_noMaterials->setWordWrap(true);
    m_materialsLayout->addWidget(m_noMaterials);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_backup);
    layout->addWidget(m_materialsBox);
    layout->addWidget(m_policy);
    layout->addStretch();

    connect(m_backup, &QCheckBox::toggled, this, [this](bool on) {
        m_draft.dataBackedUp = on;
        Q_EMIT completeChanged();
    });
    connect(m_policy, &QCheckBox::toggled, this, [this](bool on) {
        m_draft.policyRead = on;
        Q_EMIT completeChanged();
    });
}

void ChecklistPage::initializePage()
{
    rebuildMaterials();
    m_backup->setChecked(m_draft.dataBackedUp);
    m_policy->setChecked(m_draft.policyRead);
    Q_EMIT completeChanged();
}

void ChecklistPage::rebuildMaterials()
{
    std::vector<CarrierProfile> profiles;
    for (const Carrier carrier : carriersOf(loadCards(m_session.store(), m_draft.cards)))
        profiles.push_back(m_session.store().carrierProfile(carrier));
    m_draft.materials = materialsFor(profiles, m_draft.materials);

    for (QCheckBox* box : m_materialBoxes)
        delete box;
    m_materialBoxes.clear();
    const bool severalCarriers = profiles.size() > 1;
    for (std::size_t index = 0; index < m_draft.materials.size(); ++index) {
        const MaterialItem& item = m_draft.materials[index];
        QString text = item.material;
        if (severalCarriers) {
            QStringList carriers;
            for (const Carrier carrier : item.carriers)
                carriers << carrierLabel(carrier);
            text = tr("%1 (%2)").arg(item.material, carriers.join(QStringLiteral(", ")));
        }
        auto* box = new QCheckBox(text, m_materialsBox);
        box->setObjectName(QStringLiteral("checkMaterial%1").arg(index));
        box->setChecked(item.prepared);
        connect(box, &QCheckBox::toggled, this, [this, index](bool on) {
            m_draft.materials[index].prepared = on;
            Q_EMIT completeChanged();
        });
        m_materialsLayout->addWidget(box);
        m_materialBoxes.push_back(box);
    }
    m_noMaterials->setVisible(m_draft.materials.empty());
}

bool ChecklistPage::isComplete() const
{
    return m_draft.checklistConfirmed();
}

} // namespace simfleet::gui
