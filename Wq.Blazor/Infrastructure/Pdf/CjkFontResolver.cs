using PdfSharp.Fonts;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>
/// Serves Noto Sans SC (glyf outlines, OFL) from this assembly's embedded resources, so PDFs
/// render identically on any machine without installed fonts and independent of the working
/// directory. CFF-flavoured CJK fonts make PDFsharp write broken PDFs; these TTFs do not.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    /// <summary>The one family name the renderer asks for.</summary>
    public const string FamilyName = "Noto Sans SC";

    internal const string RegularFace = "NotoSansSC-Regular";
    internal const string BoldFace = "NotoSansSC-Bold";
    const string ResourcePrefix = "Wq.Blazor.Infrastructure.Pdf.Fonts.";

    static readonly Lock RegistrationLock = new();

    // Each face is read once; PDFsharp caches the parsed font itself after GetFont.
    static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    /// <summary>
    /// Installs the resolver for the process. Safe to call any number of times from any thread.
    /// If another resolver was installed first, ours becomes the fallback so that resolver keeps
    /// its fonts and ours still answers for <see cref="FamilyName"/>.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (RegistrationLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is CjkFontResolver || GlobalFontSettings.FallbackFontResolver is CjkFontResolver)
                return;
            if (current is null)
                GlobalFontSettings.FontResolver = new CjkFontResolver();
            else
                GlobalFontSettings.FallbackFontResolver = new CjkFontResolver();
        }
    }

    /// <summary>
    /// Every family maps to Noto Sans SC: PDFsharp may ask for its own defaults, and a missing
    /// font must never turn a signed agreement into an exception. Bold is a real face; italic
    /// is simulated (CJK has no italic design).
    /// </summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    static byte[] Load(string face)
    {
        var name = ResourcePrefix + face + ".ttf";
        using var stream = typeof(CjkFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Embedded font '{name}' is missing; check the EmbeddedResource item in Wq.Blazor.csproj.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
