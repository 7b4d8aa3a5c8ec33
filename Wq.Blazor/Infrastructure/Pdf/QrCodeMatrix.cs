using QRCoder;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// The modules of a QR code, without the quiet zone. The PDF draws them as vector squares
/// (sharp at any zoom, no image codec involved), and tests can paint them to pixels and decode.
/// </summary>
public sealed class QrCodeMatrix
{
    /// <summary>White border, in modules, that scanners need around the symbol (ISO/IEC 18004).</summary>
    public const int QuietZone = 4;

    readonly bool[,] _dark;

    QrCodeMatrix(bool[,] dark) => _dark = dark;

    /// <summary>Modules per side, quiet zone excluded.</summary>
    public int Size => _dark.GetLength(0);

    /// <summary>True when the module at (<paramref name="row"/>, <paramref name="column"/>) is dark.</summary>
    public bool IsDark(int row, int column) => _dark[row, column];

    /// <summary>
    /// Encodes <paramref name="text"/> at error-correction level M (15 %): enough to survive a
    /// smudged printout while keeping a typical verify URL at a small, easily scanned version.
    /// </summary>
    public static QrCodeMatrix Create(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);

        // QRCoder's matrix includes its own 4-module quiet zone; strip it so callers decide.
        var full = data.ModuleMatrix;
        var size = full.Count - 2 * QuietZone;
        var dark = new bool[size, size];
        for (var r = 0; r < size; r++)
            for (var c = 0; c < size; c++)
                dark[r, c] = full[r + QuietZone][c + QuietZone];
        return new QrCodeMatrix(dark);
    }
}
