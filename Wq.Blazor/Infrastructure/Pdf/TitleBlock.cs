using PdfSharp.Drawing;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// The head of page 1: title, 协议书编号, channel, verification code, generation time, and the QR
/// code (pointing at the verification URL) in the top-right corner, where certificates carry it.
/// Keeping verification in the head lets a typical agreement fit on one page.
/// </summary>
internal sealed class TitleBlock(PdfCanvas canvas, AgreementDocument doc)
{
    // Side of the QR symbol without its quiet zone: 64 pt ≈ 22.6 mm, modules ≈ 0.6 mm for a
    // typical verify URL, which phone cameras read from paper and screen alike.
    const double QrSymbol = 64;
    const double QrGap = 16; // beyond the quiet zone, before the text on the left

    public void Write()
    {
        var t = canvas.Theme;
        var top = canvas.Y;

        var qr = QrCodeMatrix.Create(doc.VerificationUrl);
        var qrX = PdfTheme.PageWidth - PdfTheme.MarginX - QrSymbol;
        var qrY = top - 8;
        DrawQr(canvas.Gfx, qr, qrX, qrY, QrSymbol);
        const string caption = "扫码核验";
        canvas.DrawText(caption, t.Small, t.Muted, qrX + (QrSymbol - canvas.Measure(caption, t.Small)) / 2, qrY + QrSymbol + 3);

        var titleWidth = canvas.Measure(AgreementPdfRenderer.Title, t.Title);
        canvas.DrawText(AgreementPdfRenderer.Title, t.Title, t.Text, (PdfTheme.PageWidth - titleWidth) / 2, top - 4);

        var textRight = qrX - QrGap;
        var y = top + 30;
        Pair($"协议书编号：{doc.Number}", t.Number, $"签约方式：{doc.Channel}", textRight, ref y);
        y += 22;
        Pair($"验证码：{doc.VerificationCode}", t.Label,
            $"生成时间：{AgreementPdfRenderer.ChinaTime(doc.GeneratedAt)}", textRight, ref y);

        canvas.Y = Math.Max(y + 22, qrY + QrSymbol + 18); // clear of the caption and the QR quiet zone
        canvas.Gfx.DrawLine(t.Rule, PdfTheme.MarginX, canvas.Y, PdfTheme.PageWidth - PdfTheme.MarginX, canvas.Y);
        canvas.Y += 6;
    }

    // Left text at the margin, right text flush against the QR code, bottoms roughly aligned.
    // When a long value would make them collide, the right one moves to its own line.
    void Pair(string left, XFont leftFont, string right, double textRight, ref double y)
    {
        var t = canvas.Theme;
        canvas.DrawText(left, leftFont, t.Text, PdfTheme.MarginX, y);
        var rightWidth = canvas.Measure(right, t.Body);
        var rightY = y + (leftFont.Size - t.Body.Size);
        if (PdfTheme.MarginX + canvas.Measure(left, leftFont) + 12 + rightWidth > textRight)
            rightY = y += 18;
        canvas.DrawText(right, t.Body, t.Text, textRight - rightWidth, rightY);
    }

    /// <summary>
    /// Dark modules as one filled path of horizontal runs: fewer operators than one square per
    /// module, and a single fill avoids hairline seams between neighbouring squares in viewers.
    /// The quiet zone is simply left unpainted, so nothing else may be drawn within 4 modules.
    /// </summary>
    internal static void DrawQr(XGraphics gfx, QrCodeMatrix qr, double x, double y, double side)
    {
        var module = side / qr.Size;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < qr.Size; row++)
        {
            for (var col = 0; col < qr.Size;)
            {
                if (!qr.IsDark(row, col)) { col++; continue; }
                var start = col;
                while (col < qr.Size && qr.IsDark(row, col))
                    col++;
                path.AddRectangle(x + start * module, y + row * module, (col - start) * module, module);
            }
        }
        gfx.DrawPath(XBrushes.Black, path);
    }
}
