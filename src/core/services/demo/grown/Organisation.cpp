// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/Organisation.h"

#include "services/demo/DemoIdentifiers.h"

#include <QSet>
#include <algorithm>
#include <array>

namespace simfleet::grown {

namespace {

constexpr std::int64_t kLinesPerEmployee = 40;
constexpr int kTeamsPerCity = 4;

constexpr auto kSurnames = std::to_array<QStringView>({
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马",
    u"朱", u"胡", u"郭", u"何", u"林", u"高", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许",
    u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"萧", u"田", u"董", u"潘", u"袁", u"蔡", u"蒋",
    u"余", u"于", u"杜", u"叶", u"程", u"魏", u"苏", u"吕", u"丁", u"任", u"卢", u"姚", u"沈",
});

constexpr auto kGivenNames = std::to_array<QStringView>({
    u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳",
    u"杰", u"娟", u"涛", u"明", u"超", u"霞", u"平", u"刚", u"晨", u"浩", u"宇", u"婷",
    u"秀", u"英", u"华", u"志", u"欣", u"怡", u"子", u"涵", u"梓", u"轩", u"雨", u"桐",
    u"思", u"远", u"嘉", u"俊", u"佳", u"琪", u"文", u"博", u"晓", u"东", u"海", u"燕",
    u"春", u"梅", u"国", u"庆", u"雪", u"慧", u"一", u"鸣", u"天", u"诗", u"鹏", u"飞",
});

// Districts (6-digit administrative divisions) where employees were born and entities registered.
constexpr auto kDivisions = std::to_array<QStringView>({
    u"110105", u"110108", u"310104", u"310115", u"440106", u"440305", u"330106", u"320106",
    u"510107", u"420106", u"500103", u"610113", u"370102", u"410105", u"430104", u"350203",
    u"210102", u"120101", u"340104", u"360102", u"130102", u"140105", u"530102", u"450103",
});

constexpr auto kTeamNumbers = std::to_array<QStringView>({u"一", u"二", u"三", u"四", u"五"});

constexpr auto kHeadOffice = std::to_array<QStringView>({
    u"客服中心",
    u"大客户部",
    u"市场部",
    u"催收组",
    u"质检部",
    u"渠道部",
});

const QString kCompanyName = QStringLiteral("星河信息科技有限公司");

template <class T, std::size_t N>
QString pick(demo::DemoRandom& random, const std::array<T, N>& items)
{
    return items.at(random.below(static_cast<std::uint32_t>(N))).toString();
}

QString usccIn(demo::DemoRandom& random, QStringView division)
{
    QString first16 = QStringLiteral("91") + division.toString();
    while (first16.size() < 16)
        first16 += QChar(random.digit());
    return demo::completeUscc(first16);
}

Person drawPerson(demo::DemoRandom& random, QSet<QString>& taken, QDate today)
{
    QString name;
    do {
        name = pick(random, kSurnames) + pick(random, kGivenNames);
        if (random.percent(60) || taken.contains(name))
            name += pick(random, kGivenNames);
    } while (taken.contains(name) && taken.size() < 200'000);
    taken.insert(name);
    const QDate birth = today.addYears(-random.between(20, 55)).addDays(-random.between(0, 364));
    return Person{name, demo::drawResidentId(random, pick(random, kDivisions), birth)};
}

} // namespace

QString shortCityName(const QString& area)
{
    QString name = area;
    for (const QStringView province : {QStringView(u"省"), QStringView(u"自治区")}) {
        const qsizetype at = name.indexOf(province);
        if (at >= 0 && at + province.size() < name.size())
            name = name.mid(at + province.size());
    }
    if (name.endsWith(u'市') && name.size() > 2)
        name.chop(1);
    return name;
}

Organisation::Organisation(demo::DemoRandom& random, const std::vector<QString>& cities,
                           std::int64_t lines, QDate today)
{
    m_companies.push_back(Company{kCompanyName, usccIn(random, kDivisions.front())});
    for (const QString& city : cities) {
        m_companies.push_back(Company{kCompanyName + shortCityName(city) + QStringLiteral("分公司"),
                                      usccIn(random, pick(random, kDivisions))});
        std::vector<std::size_t> teams;
        for (int team = 0; team < kTeamsPerCity; ++team) {
            teams.push_back(m_departments.size());
            m_departments.push_back(
                Department{shortCityName(city) + QStringLiteral("电销") +
                               kTeamNumbers.at(static_cast<std::size_t>(team)).toString() +
                               QStringLiteral("部"),
                           m_companies.size() - 1,
                           {}});
        }
        m_byCity.push_back(std::move(teams));
    }
    for (const QStringView name : kHeadOffice) {
        m_headOffice.push_back(m_departments.size());
        m_departments.push_back(Department{name.toString(), 0, {}});
    }
    const std::int64_t employees = std::max<std::int64_t>(
        static_cast<std::int64_t>(m_departments.size()) * 2, lines / kLinesPerEmployee);
    QSet<QString> taken;
    const auto perDepartment = employees / static_cast<std::int64_t>(m_departments.size());
    for (Department& department : m_departments) {
        // Teams differ in size: half to one and a half times the average.
        const std::int64_t staff =
            std::max<std::int64_t>(1, perDepartment * random.between(50, 150) / 100);
        for (std::int64_t i = 0; i < staff; ++i)
            department.staff.push_back(drawPerson(random, taken, today));
    }
}

const std::vector<std::size_t>& Organisation::departmentsIn(std::size_t city) const
{
    return m_byCity.at(city);
}

} // namespace simfleet::grown
