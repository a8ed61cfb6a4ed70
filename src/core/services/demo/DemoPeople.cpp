// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoPeople.h"

#include "services/demo/DemoIdentifiers.h"
#include "services/demo/DemoNumbers.h"

#include <QSet>
#include <algorithm>
#include <array>

namespace simfleet::demo {

namespace {

// Common surnames, roughly by frequency.
constexpr auto kSurnames = std::to_array<QStringView>({
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
    u"马", u"朱", u"胡", u"郭", u"何", u"林", u"高", u"罗", u"郑", u"梁", u"谢", u"宋",
    u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"萧", u"田", u"董", u"潘",
});
constexpr auto kSurnameWeights = std::to_array<int>({
    72, 72, 70, 54, 46, 32, 19, 19, 18, 17, 15, 13, 12, 12, 11, 11, 10, 10,
    10, 9,  9,  9,  8,  8,  7,  7,  7,  6,  6,  6,  6,  6,  5,  5,  5,  5,
});

constexpr auto kGivenNames = std::to_array<QStringView>({
    u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"丽",   u"强",   u"磊",   u"军",
    u"洋",   u"勇",   u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",   u"霞",
    u"平",   u"刚",   u"晨",   u"浩",   u"宇",   u"婷",   u"秀英", u"桂英", u"建华",
    u"志强", u"欣怡", u"子涵", u"梓轩", u"雨桐", u"思远", u"嘉怡", u"俊杰", u"佳琪",
    u"文博", u"晓东", u"海燕", u"春梅", u"丽华", u"国庆", u"雪梅", u"慧敏", u"一鸣",
    u"天宇", u"诗涵", u"鹏飞", u"建国", u"玉兰", u"晓燕", u"家豪", u"宇航", u"梦琪",
});

constexpr auto kPlans = std::to_array<DemoPlan>({
    {u"电销专享套餐", Money::fromFen(5800)},
    {u"企业畅聊", Money::fromFen(8800)},
    {u"集团语音", Money::fromFen(12800)},
    {u"流量卡", Money::fromFen(3800)},
});

// Telemarketing teams mostly hold the cheap calling plan; the service desk and key accounts
// hold voice bundles; marketing uses data cards.
constexpr auto kDepartments = std::to_array<DemoDepartment>({
    {u"电销一部", 35, {70, 20, 0, 10}},
    {u"电销二部", 30, {70, 20, 0, 10}},
    {u"客服中心", 12, {0, 60, 40, 0}},
    {u"市场部", 8, {0, 50, 0, 50}},
    {u"大客户部", 15, {0, 30, 70, 0}},
});

constexpr int kTotalDepartmentWeight = [] {
    int total = 0;
    for (const DemoDepartment& department : kDepartments)
        total += department.weight;
    return total;
}();
static_assert(kTotalDepartmentWeight > 0);

QString drawName(DemoRandom& random)
{
    return kSurnames[random.weighted(kSurnameWeights)].toString() +
           random.pick(std::span<const QStringView>(kGivenNames)).toString();
}

std::vector<int> areaWeights()
{
    std::vector<int> weights;
    for (const DemoArea& area : demoAreas())
        weights.push_back(area.weight);
    return weights;
}

} // namespace

DemoCompany demoCompany()
{
    // 91 = enterprise registered with market regulation; 330106 = 杭州市西湖区.
    return {QStringLiteral("杭州示例电销服务有限公司"), completeUscc(u"91330106MA2H7Q3L")};
}

std::span<const DemoPlan> demoPlans()
{
    return kPlans;
}

std::span<const DemoDepartment> demoDepartments()
{
    return kDepartments;
}

std::vector<DemoEmployee> drawEmployees(DemoRandom& random, int count, QDate today)
{
    const std::vector<int> areas = areaWeights();

    std::vector<DemoEmployee> employees;
    QSet<QString> taken;
    for (std::size_t department = 0; department < kDepartments.size(); ++department) {
        // Staff in proportion to the department's lines, and someone in every department.
        const int staff =
            std::max(1, count * kDepartments[department].weight / kTotalDepartmentWeight);
        for (int hired = 0; hired < staff;) {
            QString name = drawName(random);
            // Two-character names collide often; a third character keeps them apart, as it
            // does in real offices.
            if (taken.contains(name))
                name += random.pick(std::span<const QStringView>(kGivenNames)).left(1);
            if (taken.contains(name))
                continue;
            taken.insert(name);

            const QDate birth =
                today.addYears(-random.between(22, 50)).addDays(-random.between(0, 364));
            const DemoArea& area = demoAreas()[random.weighted(areas)];
            employees.push_back({name, department, drawResidentId(random, area.division, birth)});
            ++hired;
        }
    }
    return employees;
}

} // namespace simfleet::demo
