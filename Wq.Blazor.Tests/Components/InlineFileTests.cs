using Bunit;
using Wq.Blazor.Components.Shared;

namespace Wq.Blazor.Tests.Components;

/// <summary>
/// Scans and proofs preview in place under the production CSP (object-src 'none', frame-src 'self'):
/// a PDF goes in a frame, never an &lt;embed&gt; or &lt;object&gt;, which the browser would block.
/// </summary>
public sealed class InlineFileTests : MudTestContext
{
    [Fact]
    public void A_pdf_is_framed_from_the_scoped_inline_endpoint()
    {
        var cut = Render<InlineFile>(p => p.Add(x => x.Id, 42).Add(x => x.FileName, "解约函.pdf").Add(x => x.IsPdf, true));
        var frame = cut.Find("iframe.wq-file-pdf");
        Assert.Equal("/files/42/inline", frame.GetAttribute("src"));
        Assert.Equal("解约函.pdf", frame.GetAttribute("title"));
        Assert.Empty(cut.FindAll("embed, object, img"));
    }

    [Fact]
    public void An_image_is_shown_with_its_name_as_alt_text()
    {
        var cut = Render<InlineFile>(p => p.Add(x => x.Id, 7).Add(x => x.FileName, "协议书.jpg").Add(x => x.IsPdf, false));
        var img = cut.Find("img.wq-file-image");
        Assert.Equal(("/files/7/inline", "协议书.jpg"), (img.GetAttribute("src"), img.GetAttribute("alt")));
        Assert.Empty(cut.FindAll("iframe"));
    }
}
