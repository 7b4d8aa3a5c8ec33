using PdfSharp.Fonts;
using UglyToad.PdfPig;
using Wq.Blazor.Infrastructure.Pdf;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

public class CjkFontResolverTests
{
    [Fact]
    public void Registering_again_is_harmless()
    {
        CjkFontResolver.EnsureRegistered();
        CjkFontResolver.EnsureRegistered();

        Assert.True(GlobalFontSettings.FontResolver is CjkFontResolver
                    || GlobalFontSettings.FallbackFontResolver is CjkFontResolver);
        _ = new AgreementPdfRenderer().Render(SampleAgreement.Create());
        CjkFontResolver.EnsureRegistered();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serves_embedded_TrueType_outline_fonts(bool bold)
    {
        var resolver = new CjkFontResolver();

        var info = resolver.ResolveTypeface(CjkFontResolver.FamilyName, bold, italic: false);
        var font = resolver.GetFont(info.FaceName);

        Assert.NotNull(font);
        // sfnt version 0x00010000 means glyf outlines; CFF fonts ("OTTO") break PDFsharp's output.
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, font[..4]);
        Assert.Contains("glyf"u8.ToArray(), Chunks(font[..512]));
    }

    [Fact]
    public void Pdf_embeds_Noto_Sans_SC_regular_and_bold()
    {
        using var pdf = PdfDocument.Open(new AgreementPdfRenderer().Render(SampleAgreement.Create()));

        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        Assert.Contains(fonts, f => f is not null && f.Contains("Noto Sans SC") && f.Contains("Bold"));
        Assert.Contains(fonts, f => f is not null && f.Contains("Noto Sans SC") && !f.Contains("Bold"));
    }

    // The table directory lists 4-byte tags; compare them as byte arrays.
    static IEnumerable<byte[]> Chunks(byte[] header)
    {
        for (var i = 0; i + 4 <= header.Length; i++)
            yield return header[i..(i + 4)];
    }
}
