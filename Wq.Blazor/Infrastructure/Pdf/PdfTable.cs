using PdfSharp.Drawing;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>A table cell; labels are bold on a tinted background. <paramref name="Span"/> counts columns.</summary>
internal sealed record PdfCell(string? Text, bool IsLabel = false, int Span = 1)
{
    public static PdfCell L(string text, int span = 1) => new(text, IsLabel: true, span);
    public static PdfCell V(string? text, int span = 1) => new(text, IsLabel: false, span);
}

/// <summary>
/// A bordered grid drawn row by row at the canvas cursor. A row that does not fit moves to the
/// next page; a row taller than a whole page (a long 其他约定) is split between lines and
/// continues on the following pages, its label marked "(续)".
/// </summary>
internal sealed class PdfTable(PdfCanvas canvas, params double[] columnWidths)
{
    const int MinLinesBeforeSplit = 3;

    readonly PdfTheme _t = canvas.Theme;

    /// <summary>Column widths scaled so the table spans the content width exactly.</summary>
    readonly double[] _columns = Scale(columnWidths);

    public void Row(params PdfCell[] cells)
    {
        var layout = Layout(cells);
        var total = layout.Max(c => c.Lines.Count);

        if (Height(total) > canvas.Remaining && Height(total) <= PdfCanvas.PageCapacity)
            canvas.NewPage();

        for (var offset = 0; offset < total;)
        {
            var fit = (int)Math.Floor((canvas.Remaining - 2 * _t.CellPadding) / _t.BodyLineHeight);
            if (fit < Math.Min(MinLinesBeforeSplit, total - offset) && canvas.Y > PdfTheme.MarginTop)
            {
                canvas.NewPage();
                continue;
            }
            var count = Math.Clamp(fit, 1, total - offset);
            DrawSlice(layout, offset, count);
            offset += count;
            if (offset < total)
                canvas.NewPage();
        }
    }

    double Height(int lines) => lines * _t.BodyLineHeight + 2 * _t.CellPadding;

    List<(PdfCell Cell, double X, double Width, IReadOnlyList<string> Lines)> Layout(PdfCell[] cells)
    {
        var result = new List<(PdfCell, double, double, IReadOnlyList<string>)>();
        double x = PdfTheme.MarginX;
        var column = 0;
        foreach (var cell in cells)
        {
            var width = _columns.Skip(column).Take(cell.Span).Sum();
            // Trailing blank lines of free text would only make the cell taller.
            var lines = canvas.Wrap(cell.Text?.TrimEnd(), Font(cell), width - 2 * _t.CellPadding);
            result.Add((cell, x, width, lines));
            x += width;
            column += cell.Span;
        }
        if (column != _columns.Length)
            throw new ArgumentException($"Row spans {column} columns, table has {_columns.Length}.");
        return result;
    }

    void DrawSlice(List<(PdfCell Cell, double X, double Width, IReadOnlyList<string> Lines)> layout, int offset, int count)
    {
        var height = Height(count);
        foreach (var (cell, x, width, lines) in layout)
        {
            var rect = new XRect(x, canvas.Y, width, height);
            if (cell.IsLabel)
                canvas.Gfx.DrawRectangle(_t.LabelFill, rect);
            canvas.Gfx.DrawRectangle(_t.Border, rect);

            var shown = cell.IsLabel && offset > 0 && lines.Count > 0
                ? [lines[0] + "（续）"]
                : lines.Skip(offset).Take(count);
            var y = canvas.Y + _t.CellPadding;
            foreach (var line in shown)
            {
                canvas.DrawText(line, Font(cell), _t.Text, x + _t.CellPadding, y);
                y += _t.BodyLineHeight;
            }
        }
        canvas.Y += height;
    }

    XFont Font(PdfCell cell) => cell.IsLabel ? _t.Label : _t.Body;

    static double[] Scale(double[] widths)
    {
        var sum = widths.Sum();
        return widths.Select(w => w / sum * PdfTheme.ContentWidth).ToArray();
    }
}
