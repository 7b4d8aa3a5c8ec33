using UglyToad.PdfPig;
using Wq.Blazor.Infrastructure.Pdf;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

/// <summary>
/// Decodes QR codes the way a phone would see them: modules painted as grey pixels with a white
/// quiet zone, then located and read by ZXing (no "pure barcode" shortcut).
/// </summary>
internal static class QrDecoder
{
    public static string? Decode(bool[,] dark, int scale = 4)
    {
        var size = dark.GetLength(0);
        var side = (size + 2 * QrCodeMatrix.QuietZone) * scale;
        var pixels = new byte[side * side];
        Array.Fill(pixels, (byte)255);
        for (var row = 0; row < size; row++)
            for (var col = 0; col < size; col++)
                if (dark[row, col])
                    for (var dy = 0; dy < scale; dy++)
                        Array.Fill(pixels, (byte)0,
                            ((row + QrCodeMatrix.QuietZone) * scale + dy) * side + (col + QrCodeMatrix.QuietZone) * scale, scale);

        var source = new RGBLuminanceSource(pixels, side, side, RGBLuminanceSource.BitmapFormat.Gray8);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)))?.Text;
    }

    public static bool[,] ToArray(QrCodeMatrix qr)
    {
        var dark = new bool[qr.Size, qr.Size];
        for (var row = 0; row < qr.Size; row++)
            for (var col = 0; col < qr.Size; col++)
                dark[row, col] = qr.IsDark(row, col);
        return dark;
    }

    /// <summary>
    /// Rebuilds the module grid from the vector QR drawn on the PDF's first page: the filled path
    /// with the most sub-paths, each sub-path a horizontal run exactly one module high.
    /// </summary>
    public static bool[,] FromPdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var path = document.GetPage(1).Paths
            .Where(p => p.IsFilled)
            .MaxBy(p => p.Count) ?? throw new InvalidOperationException("no filled path on page 1");

        var runs = path.Select(s => s.GetBoundingRectangle()!.Value).ToList();
        var module = runs.Min(r => r.Height);
        var left = runs.Min(r => r.Left);
        var top = runs.Max(r => r.Top); // PDF space: y grows upwards
        var size = (int)Math.Round((runs.Max(r => r.Right) - left) / module);

        var dark = new bool[size, size];
        foreach (var run in runs)
        {
            var row = (int)Math.Round((top - run.Top) / module);
            var start = (int)Math.Round((run.Left - left) / module);
            var length = (int)Math.Round(run.Width / module);
            for (var col = start; col < start + length; col++)
                dark[row, col] = true;
        }
        return dark;
    }
}
