// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterPdfWriter.h"

#include "LetterFonts.h"
#include "LetterLayout.h"

#include <cmath>

namespace simfleet::packet {

namespace {

// Object numbers: the catalogue, the page tree and the information first, then the fonts (the
// same in every PDF), then each page and its content.
constexpr int kCatalog = 1;
constexpr int kPages = 2;
constexpr int kInfo = 3;
constexpr int kFirstFont = 4;
constexpr int kObjectsPerFace = 5;
constexpr int kFirstPage = kFirstFont + 2 * kObjectsPerFace;

// A number with at most two decimals, as PDF operands are written.
void appendNumber(QByteArray& out, qreal value)
{
    qint64 hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += QByteArray::number(hundredths / 100);
    if (const qint64 fraction = hundredths % 100; fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

void appendColor(QByteArray& out, QRgb color, const char* op)
{
    appendNumber(out, qRed(color) / 255.0);
    out += ' ';
    appendNumber(out, qGreen(color) / 255.0);
    out += ' ';
    appendNumber(out, qBlue(color) / 255.0);
    out += op;
}

void appendRect(QByteArray& out, const QRectF& rect)
{
    appendNumber(out, rect.left());
    out += ' ';
    appendNumber(out, kPageHeight - rect.bottom());
    out += ' ';
    appendNumber(out, rect.width());
    out += ' ';
    appendNumber(out, rect.height());
    out += " re";
}

void appendHex(QByteArray& out, const std::vector<quint16>& cids)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    out += '<';
    for (const quint16 cid : cids) {
        const char hex[4] = {kDigits[cid >> 12], kDigits[(cid >> 8) & 15], kDigits[(cid >> 4) & 15],
                             kDigits[cid & 15]};
        out.append(hex, 4);
    }
    out += '>';
}

QByteArray contentOf(const LetterPage& page)
{
    QByteArray out;
    out.reserve(4096 + qsizetype(page.text.size()) * 80);
    for (const FilledRect& fill : page.fills) {
        appendColor(out, fill.color, " rg ");
        appendRect(out, fill.rect);
        out += " f\n";
    }
    for (const StrokedRect& stroke : page.strokes) {
        appendColor(out, stroke.color, " RG ");
        appendNumber(out, stroke.width);
        out += " w ";
        appendRect(out, stroke.rect);
        out += " S\n";
    }
    out += "BT\n";
    QRgb color = qRgb(0, 0, 0);
    out += "0 g\n";
    for (const GlyphRun& run : page.text) {
        if (run.color != color) {
            color = run.color;
            appendColor(out, color, " rg\n");
        }
        out += run.bold ? "/F2 " : "/F1 ";
        appendNumber(out, run.size);
        out += " Tf 1 0 0 1 ";
        appendNumber(out, run.x);
        out += ' ';
        appendNumber(out, kPageHeight - run.y);
        out += " Tm ";
        appendHex(out, run.cids);
        out += " Tj\n";
    }
    out += "ET\n";
    return out;
}

QByteArray deflated(const QByteArray& bytes)
{
    return qCompress(bytes, 6).mid(4); // qCompress puts the length before a zlib stream
}

QByteArray streamObject(int number, const QByteArray& dictionary, const QByteArray& data)
{
    return QByteArray::number(number) + " 0 obj\n<< " + dictionary +
           " /Filter /FlateDecode /Length " + QByteArray::number(data.size()) + " >>\nstream\n" +
           data + "\nendstream\nendobj\n";
}

QByteArray object(int number, const QByteArray& body)
{
    return QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

// A text string of the information dictionary: UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QList<QByteArray> faceObjects(const LetterFace& face, int first)
{
    const int type0 = first;
    const int cidFont = first + 1;
    const int descriptor = first + 2;
    const int file = first + 3;
    const int toUnicode = first + 4;
    const QByteArray name = '/' + face.pdfName();
    return {
        object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont " + name +
                          " /Encoding /Identity-H /DescendantFonts [" + ref(cidFont) +
                          "] /ToUnicode " + ref(toUnicode) + " >>"),
        object(cidFont, "<< /Type /Font /Subtype /CIDFontType0 /BaseFont " + name +
                            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                            "/Supplement 0 >> /FontDescriptor " +
                            ref(descriptor) + " /DW 1000 /W " + face.widths() + " >>"),
        object(descriptor, "<< /Type /FontDescriptor /FontName " + name + " /Flags 6 /FontBBox [" +
                               face.boundingBox() + "] /ItalicAngle 0 /Ascent " +
                               QByteArray::number(face.ascender()) + " /Descent " +
                               QByteArray::number(-face.descender()) + " /CapHeight " +
                               QByteArray::number(face.ascender()) + " /StemV 80 /FontFile3 " +
                               ref(file) + " >>"),
        streamObject(file, "/Subtype /CIDFontType0C", face.deflatedCff()),
        streamObject(toUnicode, {}, face.deflatedToUnicode()),
    };
}

} // namespace

PdfFontObjects pdfFontObjects(const LetterFonts& fonts)
{
    PdfFontObjects objects;
    for (const QByteArray& one : faceObjects(fonts.regular, kFirstFont) +
                                     faceObjects(fonts.bold, kFirstFont + kObjectsPerFace)) {
        objects.offsets.push_back(objects.bytes.size());
        objects.bytes += one;
    }
    return objects;
}

QByteArray letterPdf(const LetterLayout& layout, const PdfFontObjects& fonts, const QString& title,
                     const QDateTime& created)
{
    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    std::vector<qsizetype> offsets; // by object number - 1
    auto add = [&](const QByteArray& bytes) {
        offsets.push_back(pdf.size());
        pdf += bytes;
    };
    const int pages = int(layout.pages.size());
    QByteArray kids;
    for (int page = 0; page < pages; ++page)
        kids += ref(kFirstPage + 2 * page) + ' ';
    add(object(kCatalog, "<< /Type /Catalog /Pages " + ref(kPages) + " >>"));
    add(object(kPages,
               "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>"));
    add(object(kInfo, "<< /Title " + textString(title) +
                          " /Creator (SimFleet) /Producer (SimFleet) /CreationDate (D:" +
                          created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
                          "Z) >>"));
    const qsizetype fontsAt = pdf.size();
    for (const qsizetype offset : fonts.offsets)
        offsets.push_back(fontsAt + offset);
    pdf += fonts.bytes;
    QByteArray mediaBox;
    appendNumber(mediaBox, kPageWidth);
    mediaBox += ' ';
    appendNumber(mediaBox, kPageHeight);
    for (int page = 0; page < pages; ++page) {
        const int number = kFirstPage + 2 * page;
        add(object(number, "<< /Type /Page /Parent " + ref(kPages) + " /MediaBox [0 0 " + mediaBox +
                               "] /Resources << /Font << /F1 " + ref(kFirstFont) + " /F2 " +
                               ref(kFirstFont + kObjectsPerFace) + " >> >> /Contents " +
                               ref(number + 1) + " >>"));
        add(streamObject(number + 1, {}, deflated(contentOf(layout.pages[std::size_t(page)]))));
    }
    const qsizetype xref = pdf.size();
    pdf +=
        "xref\n0 " + QByteArray::number(qsizetype(offsets.size()) + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size()) + 1) + " /Root " +
           ref(kCatalog) + " /Info " + ref(kInfo) + " >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace simfleet::packet
