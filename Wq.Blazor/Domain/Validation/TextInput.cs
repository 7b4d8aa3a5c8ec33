using System.Globalization;
using System.Text;

namespace Wq.Blazor.Domain.Validation;

/// <summary>
/// Cleans free text before it is stored: control characters and the Unicode bidi controls are
/// removed (a U+202E in a company name would make the PDF and the review list display text in a
/// different order than it was typed), and the result is trimmed. Length limits match the columns.
/// </summary>
public static class TextInput
{
    /// <summary>Names and one-line fields: every control character goes, tabs and newlines included.</summary>
    public static string CleanLine(string? value) => Clean(value, keepNewlines: false);

    /// <summary>Multi-line free text: newlines stay (normalised to \n), other controls go.</summary>
    public static string CleanMultiline(string? value) => Clean(value, keepNewlines: true);

    /// <summary>"{label}不能超过{max}字" when too long, else null. Counts characters as typed.</summary>
    public static string? TooLong(string? value, int max, string label) =>
        (value?.Length ?? 0) > max ? $"{label}不能超过{max}字" : null;

    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Clean(string? value, bool keepNewlines)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var text = keepNewlines ? value.Replace("\r\n", "\n").Replace('\r', '\n') : value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (keepNewlines && c == '\n') { sb.Append(c); continue; }
            if (char.IsControl(c) || IsBidiControl(c)) continue;
            // Line and paragraph separators act as newlines in some renderers.
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
