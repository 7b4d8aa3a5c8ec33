using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// Fonts, sizes and colours of one render. A new instance per document keeps rendering free of
/// shared mutable state (XFont is cheap once PDFsharp has cached the face).
/// </summary>
internal sealed class PdfTheme
{
    // A4 in points; margins leave room for the running header and the footer.
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginX = 50;
    public const double MarginTop = 52;
    public const double MarginBottom = 60;
    public const double ContentWidth = PageWidth - 2 * MarginX;
    public const double ContentBottom = PageHeight - MarginBottom;

    // Unicode encoding writes CID glyphs plus a ToUnicode map, which is what makes the
    // Chinese text selectable and extractable; the font is subset-embedded.
    static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(18, bold: true);
    public XFont Number { get; } = Font(12, bold: true);
    public XFont Section { get; } = Font(11.5, bold: true);
    public XFont Label { get; } = Font(9.5, bold: true);
    public XFont Body { get; } = Font(9.5, bold: false);
    public XFont Small { get; } = Font(8, bold: false);

    public double BodyLineHeight => 13;
    public double CellPadding => 3;

    public XPen Border { get; } = new(XColor.FromArgb(90, 90, 90), 0.6);
    public XBrush LabelFill { get; } = new XSolidBrush(XColor.FromArgb(238, 241, 245));
    public XBrush Text { get; } = XBrushes.Black;
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    public XPen Rule { get; } = new(XColor.FromArgb(150, 30, 30), 1.2);

    static XFont Font(double size, bool bold) =>
        new(CjkFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
