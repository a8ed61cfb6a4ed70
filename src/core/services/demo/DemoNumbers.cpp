// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoNumbers.h"

#include <array>

namespace simfleet::demo {

namespace {

// A block's area is the index into this table.
constexpr auto kAreas = std::to_array<DemoArea>({
    {u"浙江省杭州市", u"HZ", u"330106", 35},
    {u"上海市", u"SH", u"310115", 15},
    {u"广东省深圳市", u"SZ", u"440305", 12},
    {u"江苏省南京市", u"NJ", u"320106", 10},
    {u"北京市", u"BJ", u"110105", 10},
    {u"四川省成都市", u"CD", u"510107", 10},
    {u"湖北省武汉市", u"WH", u"420106", 8},
});

struct NumberBlock {
    std::size_t area;
    int prefix;
    int firstH;
    int lastH;
};

// H-code ranges checked against libphonenumber 8.12's geocoder (one or two per prefix and city).
constexpr auto kBlocks = std::to_array<NumberBlock>({
    {0, 138, 5710, 5719}, {0, 138, 5800, 5819}, {0, 139, 5710, 5719}, {0, 139, 5800, 5819},
    {0, 135, 8800, 8849}, {0, 130, 6770, 6799}, {0, 131, 7500, 7514}, {0, 186, 6800, 6824},
    {0, 133, 3600, 3619}, {0, 189, 6800, 6819}, {0, 189, 6900, 6919}, {1, 138, 1600, 1899},
    {1, 139, 1600, 1899}, {1, 135, 2400, 2499}, {1, 130, 5200, 5259}, {1, 131, 6200, 6299},
    {1, 186, 1600, 1699}, {1, 133, 8150, 8199}, {1, 189, 1600, 1899}, {2, 138, 2350, 2379},
    {2, 139, 2370, 2389}, {2, 135, 3000, 3099}, {2, 130, 4880, 4899}, {2, 131, 4380, 4399},
    {2, 186, 8200, 8249}, {2, 133, 1680, 1699}, {2, 189, 2640, 2659}, {3, 138, 1380, 1419},
    {3, 139, 1380, 1399}, {3, 135, 8510, 8520}, {3, 130, 5750, 5769}, {3, 131, 8280, 8299},
    {3, 186, 5200, 5209}, {3, 133, 8200, 8209}, {3, 189, 5160, 5209}, {4, 138, 1000, 1199},
    {4, 139, 1000, 1199}, {4, 135, 2000, 2299}, {4, 130, 5100, 5199}, {4, 131, 4600, 4699},
    {4, 186, 1800, 1999}, {4, 133, 6600, 6699}, {4, 189, 1000, 1199}, {5, 138, 8000, 8099},
    {5, 139, 8040, 8099}, {5, 135, 4000, 4049}, {5, 130, 7600, 7609}, {5, 131, 9850, 9859},
    {5, 186, 2800, 2839}, {5, 133, 4880, 4899}, {5, 189, 8040, 8099}, {6, 138, 7100, 7159},
    {6, 139, 7100, 7169}, {6, 135, 5400, 5454}, {6, 130, 9880, 9889}, {6, 131, 6320, 6339},
    {6, 186, 2770, 2799}, {6, 133, 8750, 8766}, {6, 189, 7100, 7169}, {0, 186, 5710, 5719},
    {1, 186, 2100, 2199}, {4, 186, 1000, 1299},
});

QString fourDigits(int value)
{
    return QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'));
}

} // namespace

std::span<const DemoArea> demoAreas()
{
    return kAreas;
}

std::span<const int> mobilePrefixes(Carrier carrier)
{
    static constexpr std::array<int, 3> cmcc{138, 139, 135};
    static constexpr std::array<int, 3> cucc{130, 131, 186};
    static constexpr std::array<int, 3> ctcc{133, 189, 199};
    static constexpr std::array<int, 1> cbn{192};
    switch (carrier) {
    case Carrier::Cmcc:
        return cmcc;
    case Carrier::Cucc:
        return cucc;
    case Carrier::Ctcc:
        return ctcc;
    case Carrier::Cbn:
        return cbn;
    }
    return cmcc;
}

QString drawMsisdn(DemoRandom& random, int prefix, std::size_t areaIndex)
{
    std::array<const NumberBlock*, kBlocks.size()> candidates{};
    std::size_t count = 0;
    for (const NumberBlock& block : kBlocks) {
        if (block.area == areaIndex && block.prefix == prefix)
            candidates[count++] = &block;
    }
    int hCode = static_cast<int>(random.below(10000));
    if (count > 0) {
        const NumberBlock& block = *candidates[random.below(static_cast<std::uint32_t>(count))];
        hCode = random.between(block.firstH, block.lastH);
    }
    return QString::number(prefix) + fourDigits(hCode) +
           fourDigits(static_cast<int>(random.below(10000)));
}

} // namespace simfleet::demo
