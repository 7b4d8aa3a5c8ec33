using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

/// <summary>Reads a rendered PDF back the way a user copying its text would.</summary>
internal static partial class PdfText
{
    public static string[] Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToArray();
    }

    /// <summary>All text without whitespace: layout decides where spaces and line breaks fall.</summary>
    public static string Compact(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
