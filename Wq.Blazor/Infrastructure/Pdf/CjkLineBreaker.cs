namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// Greedy line breaking for mixed Chinese/Latin text. PDFsharp's XTextFormatter only breaks at
/// spaces, which leaves a Chinese paragraph as one overflowing line. Here a line may break
/// before any CJK character, Latin words (and numbers, URLs) stay whole unless a single word is
/// wider than the line, '\n' always breaks, and closing punctuation never starts a line.
/// </summary>
public static class CjkLineBreaker
{
    // Punctuation that must stay at the end of the previous line (禁则: 行首禁则).
    const string NoLineStart = "，。、；：？！）】》」』”’,.;:?!)]}%·…—";

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>.</summary>
    /// <param name="measure">Width of a string in the same unit as <paramref name="maxWidth"/>.</param>
    public static IReadOnlyList<string> Break(string? text, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        var paragraphs = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var paragraph in paragraphs)
            BreakParagraph(paragraph, maxWidth, measure, lines);
        return lines;
    }

    static void BreakParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var line = new LineBuilder(lines, measure);
        foreach (var token in Tokenize(paragraph))
        {
            var w = measure(token);
            if (line.Width + w <= maxWidth)
            {
                line.Add(token, w);
                continue;
            }
            if (string.IsNullOrWhiteSpace(token))
            {
                line.Flush(); // a space at the break is the break itself
                continue;
            }

            // Closing punctuation pulls the previous character down with it rather than
            // starting the next line on its own.
            var carried = token.Length == 1 && NoLineStart.Contains(token[0]) ? line.TakeLastForCarry() : null;
            line.Flush();
            if (carried is not null)
                line.Add(carried, measure(carried));

            if (line.Width + w <= maxWidth)
                line.Add(token, w);
            else
                foreach (var ch in EnumerateTextElements(token)) // a word wider than a line, e.g. a URL
                {
                    var cw = measure(ch);
                    if (line.Width + cw > maxWidth)
                        line.Flush();
                    line.Add(ch, cw);
                }
        }
        line.Finish();
    }

    sealed class LineBuilder(List<string> lines, Func<string, double> measure)
    {
        readonly List<string> _tokens = [];
        public double Width { get; private set; }

        public void Add(string token, double width)
        {
            if (_tokens.Count == 0 && string.IsNullOrWhiteSpace(token))
                return; // wrapped lines never start with spaces
            _tokens.Add(token);
            Width += width;
        }

        /// <summary>Removes and returns the last token if moving it keeps this line non-empty.</summary>
        public string? TakeLastForCarry()
        {
            if (_tokens.Count < 2 || string.IsNullOrWhiteSpace(_tokens[^1]))
                return null;
            var last = _tokens[^1];
            _tokens.RemoveAt(_tokens.Count - 1);
            Width -= measure(last);
            return last;
        }

        bool _emitted;

        public void Flush()
        {
            while (_tokens.Count > 0 && string.IsNullOrWhiteSpace(_tokens[^1]))
                _tokens.RemoveAt(_tokens.Count - 1);
            if (_tokens.Count == 0)
                return;
            lines.Add(string.Concat(_tokens));
            _tokens.Clear();
            Width = 0;
            _emitted = true;
        }

        /// <summary>Ends the paragraph; an empty one still yields one blank line, as in the input.</summary>
        public void Finish()
        {
            Flush();
            if (!_emitted)
                lines.Add("");
        }
    }

    /// <summary>Each CJK character and each space is a token; runs of other characters form words.</summary>
    internal static IEnumerable<string> Tokenize(string paragraph)
    {
        var word = new System.Text.StringBuilder();
        foreach (var element in EnumerateTextElements(paragraph))
        {
            var breaksAround = element.Length > 0 && (char.IsWhiteSpace(element[0]) || IsCjk(element));
            if (!breaksAround)
            {
                word.Append(element);
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
            yield return element;
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    // Text elements keep surrogate pairs (rare CJK Extension B names) in one piece.
    static IEnumerable<string> EnumerateTextElements(string s)
    {
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
            yield return (string)e.Current;
    }

    internal static bool IsCjk(string element)
    {
        var cp = char.ConvertToUtf32(element, 0);
        return cp is >= 0x2E80 and <= 0x9FFF      // radicals, CJK punctuation, kana, unified ideographs
            or >= 0xAC00 and <= 0xD7AF            // Hangul syllables
            or >= 0xF900 and <= 0xFAFF            // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F            // vertical/compatibility forms
            or >= 0xFF00 and <= 0xFFEF            // full-width forms: ,:( etc.
            or >= 0x20000 and <= 0x3FFFF;         // extensions B and later
    }
}
