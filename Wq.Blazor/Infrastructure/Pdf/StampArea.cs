using PdfSharp.Drawing;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// Signature and stamp boxes of the printed copy (线下签约): the graduate signs, the employer and
/// the school stamp on paper, and the scan comes back through the platform. The three boxes
/// always stay together on one page.
/// </summary>
internal sealed class StampArea(PdfCanvas canvas)
{
    const double BoxHeight = 150; // a 42 mm company seal is about 119 pt across
    const double Gap = 12;

    static readonly string[] Parties = ["甲方（毕业生）签名", "乙方（用人单位）盖章", "丙方（学校就业部门）盖章"];

    public void Write(Action<string> heading)
    {
        var t = canvas.Theme;
        canvas.EnsureSpace(AgreementSections.HeadingHeight + 20 + BoxHeight + 10);
        heading("签字盖章");

        canvas.DrawText("请毕业生本人签名、用人单位加盖公章后，通过平台回传本协议书扫描件。", t.Body, t.Muted,
            PdfTheme.MarginX, canvas.Y);
        canvas.Y += 20;

        var width = (PdfTheme.ContentWidth - 2 * Gap) / 3;
        for (var i = 0; i < Parties.Length; i++)
        {
            var x = PdfTheme.MarginX + i * (width + Gap);
            canvas.Gfx.DrawRectangle(t.Border, new XRect(x, canvas.Y, width, BoxHeight));
            canvas.DrawText(Parties[i], t.Label, t.Text, x + 6, canvas.Y + 6);
            // Left blank on purpose: the seal and handwriting go here. Ideographic spaces (U+3000)
            // keep the blanks for the handwritten date as wide as the characters around them.
            canvas.DrawText("日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日", t.Body, t.Text, x + 6, canvas.Y + BoxHeight - 22);
        }
        canvas.Y += BoxHeight + 10;
    }
}
