using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// Renders the 电子就业协议书 (SPEC §6) as an A4 PDF with selectable Chinese text. Stateless and
/// thread-safe: every call builds its own document, fonts and pens, so one instance can be
/// registered as a singleton.
/// </summary>
/// <remarks>Not sealed, <see cref="Render"/> virtual: tests inject a failing renderer.</remarks>
public class AgreementPdfRenderer
{
    /// <summary>Document heading, also repeated in the running header of later pages.</summary>
    public const string Title = "毕业生就业协议书（电子版）";

    // China has had no daylight saving time since 1991, so a fixed offset is exact and does not
    // depend on the host's time-zone database.
    static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public AgreementPdfRenderer() => CjkFontResolver.EnsureRegistered();

    /// <summary>Renders <paramref name="doc"/> and returns the PDF file's bytes.</summary>
    public virtual byte[] Render(AgreementDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        CjkFontResolver.EnsureRegistered(); // cheap; covers use without the constructor having run first

        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        pdf.Info.Title = $"{Title} {doc.Number}";
        pdf.Info.Subject = "电子就业协议书";
        pdf.Info.Creator = "网上签约平台 (Wq)";

        var theme = new PdfTheme();
        using (var canvas = new PdfCanvas(pdf, theme))
            new AgreementSections(canvas, doc).WriteAll();
        DecoratePages(pdf, theme, doc);

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>UTC (or any offset) shown as China time, "yyyy-MM-dd HH:mm".</summary>
    public static string ChinaTime(DateTimeOffset at) =>
        at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The verification page without query or fragment, e.g. https://host/verify.</summary>
    public static string VerifyPage(string verificationUrl) =>
        Uri.TryCreate(verificationUrl, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Path)
            : verificationUrl.Split('?', '#')[0];

    // Second pass: page numbers need the final page count, so headers and footers are appended
    // to every page after the body has been laid out.
    static void DecoratePages(PdfDocument pdf, PdfTheme t, AgreementDocument doc)
    {
        var count = pdf.PageCount;
        var footer = $"可访问 {VerifyPage(doc.VerificationUrl)} 输入协议书编号和验证码核验";
        const double footerTop = PdfTheme.PageHeight - 48;
        const double right = PdfTheme.PageWidth - PdfTheme.MarginX;

        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            if (i > 0)
            {
                gfx.DrawString($"{Title}  协议书编号：{doc.Number}", t.Small, t.Muted,
                    new XPoint(PdfTheme.MarginX, 28), XStringFormats.TopLeft);
                gfx.DrawLine(t.Border, PdfTheme.MarginX, 42, right, 42);
            }

            gfx.DrawLine(t.Border, PdfTheme.MarginX, footerTop, right, footerTop);
            var pageLabel = count > 1 ? $"第 {i + 1} 页 共 {count} 页" : "";
            var labelWidth = pageLabel.Length > 0 ? gfx.MeasureString(pageLabel, t.Small).Width : 0;
            var y = footerTop + 6;
            foreach (var line in CjkLineBreaker.Break(footer, PdfTheme.ContentWidth - labelWidth - 12,
                         s => gfx.MeasureString(s, t.Small).Width))
            {
                gfx.DrawString(line, t.Small, t.Muted, new XPoint(PdfTheme.MarginX, y), XStringFormats.TopLeft);
                y += 11;
            }
            if (pageLabel.Length > 0)
                gfx.DrawString(pageLabel, t.Small, t.Muted, new XPoint(right - labelWidth, footerTop + 6),
                    XStringFormats.TopLeft);
        }
    }
}
