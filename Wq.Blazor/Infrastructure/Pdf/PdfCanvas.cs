using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// A top-to-bottom writing cursor over A4 pages: blocks ask for vertical space and get a new
/// page when the current one is full. Running headers and footers are drawn afterwards, once the
/// page count is known (see <see cref="AgreementPdfRenderer"/>).
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    readonly PdfDocument _document;
    readonly XGraphics _measure;
    readonly Dictionary<(XFont, string), double> _widths = [];

    public PdfCanvas(PdfDocument document, PdfTheme theme)
    {
        _document = document;
        Theme = theme;
        // A page-independent context, so measuring never depends on which page is open.
        _measure = XGraphics.CreateMeasureContext(
            new XSize(PdfTheme.PageWidth, PdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        NewPage();
    }

    public PdfTheme Theme { get; }
    public XGraphics Gfx { get; private set; } = null!;

    /// <summary>Top of the free space on the current page, in points from the top edge.</summary>
    public double Y { get; set; }

    public double Remaining => PdfTheme.ContentBottom - Y;

    /// <summary>Space available on a fresh page; anything taller has to be split.</summary>
    public static double PageCapacity => PdfTheme.ContentBottom - PdfTheme.MarginTop;

    public void NewPage()
    {
        Gfx?.Dispose(); // a page's content stream is complete once its XGraphics is disposed
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        Gfx = XGraphics.FromPdfPage(page);
        Y = PdfTheme.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining && Y > PdfTheme.MarginTop)
            NewPage();
    }

    /// <summary>Width of <paramref name="text"/>; memoised because the line breaker asks per character.</summary>
    public double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
            _widths[(font, text)] = width = _measure.MeasureString(text, font).Width;
        return width;
    }

    public IReadOnlyList<string> Wrap(string? text, XFont font, double width) =>
        CjkLineBreaker.Break(text, width, s => Measure(s, font));

    public void DrawText(string text, XFont font, XBrush brush, double x, double y) =>
        Gfx.DrawString(text, font, brush, new XPoint(x, y), XStringFormats.TopLeft);

    public void Dispose()
    {
        Gfx.Dispose();
        _measure.Dispose();
    }
}
