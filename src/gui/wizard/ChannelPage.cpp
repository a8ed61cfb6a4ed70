// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ChannelPage.h"

#include "text/Labels.h"
#include "ui_WizardChannelPage.h"
#include "wizard/CardsById.h"

#include <QButtonGroup>
#include <algorithm>

namespace simfleet::gui {
namespace {

QString hintFor(Channel channel)
{
    switch (channel) {
    case Channel::SelfOnline:
        return ChannelPage::tr("Log in to the carrier's website or app and follow its "
                               "cancellation steps.");
    case Channel::SelfHotline:
        return ChannelPage::tr("Call the carrier's customer-service hotline and ask for the "
                               "lines to be cancelled.");
    case Channel::CarrierHall:
        return ChannelPage::tr("Bring the cards, the materials and the agent's ID to a business "
                               "hall. Group lines are often cancelled only at a carrier-owned "
                               "hall in the numbers' home area.");
    case Channel::CarrierHotline:
        return ChannelPage::tr("Call the carrier's hotline: an agent handles the cancellation "
                               "and says what to send.");
    }
    return {};
}

bool offers(const CarrierProfile& profile, Channel channel)
{
    // A profile that lists no channels has not been filled in: it rules nothing out.
    return profile.channels.empty() || std::find(profile.channels.begin(), profile.channels.end(),
                                                 channel) != profile.channels.end();
}

} // namespace

ChannelPage::ChannelPage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft),
      m_ui(std::make_unique<Ui::WizardChannelPage>()), m_group(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    for (const Channel channel : kAllChannels) {
        QRadioButton* radio = radioFor(channel);
        radio->setText(channelLabel(channel));
        m_group->addButton(radio, static_cast<int>(channel));
    }
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<Channel>(id)); });
    showHint();
}

ChannelPage::~ChannelPage() = default;

QRadioButton* ChannelPage::radioFor(Channel channel) const
{
    switch (channel) {
    case Channel::SelfOnline:
        return m_ui->channelSelfOnline;
    case Channel::SelfHotline:
        return m_ui->channelSelfHotline;
    case Channel::CarrierHall:
        return m_ui->channelCarrierHall;
    case Channel::CarrierHotline:
        return m_ui->channelCarrierHotline;
    }
    return m_ui->channelSelfOnline;
}

void ChannelPage::initializePage()
{
    std::vector<CarrierProfile> profiles;
    for (const Carrier carrier : carriersOf(loadCards(m_session.store(), m_draft.cards)))
        profiles.push_back(m_session.store().carrierProfile(carrier));

    for (const Channel channel : kAllChannels) {
        QStringList without;
        for (const CarrierProfile& profile : profiles) {
            if (!offers(profile, channel))
                without << carrierLabel(profile.carrier);
        }
        QRadioButton* radio = radioFor(channel);
        radio->setEnabled(without.isEmpty());
        radio->setToolTip(without.isEmpty()
                              ? hintFor(channel)
                              : tr("Not offered by %1").arg(without.join(QStringLiteral(", "))));
        if (!without.isEmpty() && m_draft.channel == channel)
            m_draft.channel.reset();
    }
    if (m_draft.channel) {
        radioFor(*m_draft.channel)->setChecked(true);
    } else if (QAbstractButton* checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    showProfiles(profiles);
    showHint();
    Q_EMIT completeChanged();
}

bool ChannelPage::isComplete() const
{
    return m_draft.channel.has_value();
}

void ChannelPage::choose(Channel channel)
{
    m_draft.channel = channel;
    showHint();
    Q_EMIT completeChanged();
}

void ChannelPage::showHint()
{
    m_ui->channelHint->setText(m_draft.channel ? hintFor(*m_draft.channel)
                                               : tr("Choose a channel."));
}

void ChannelPage::showProfiles(const std::vector<CarrierProfile>& profiles)
{
    QString html;
    for (const CarrierProfile& profile : profiles) {
        const QString name = profile.name.isEmpty() ? carrierLabel(profile.carrier) : profile.name;
        html += QStringLiteral("<h3>%1</h3>").arg(name.toHtmlEscaped());
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Hotline: %1").arg(profile.hotline.toHtmlEscaped()),
                         tr("Typical processing time: %n day(s)", nullptr,
                            profile.typicalProcessingDays));
        if (profile.materials.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("No materials recorded: ask the carrier what it needs.")
                                 .toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Required materials:").toHtmlEscaped());
        for (const QString& material : profile.materials)
            html += QStringLiteral("<li>%1</li>").arg(material.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_ui->carrierProfile->setHtml(html);
}

} // namespace simfleet::gui
