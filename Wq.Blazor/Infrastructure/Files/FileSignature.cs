namespace Wq.Blazor.Infrastructure.Files;

/// <summary>Recognises the three accepted file types by their magic bytes.</summary>
public static class FileSignature
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.Length >= 8 && head[..8].SequenceEqual(PngMagic)) return Png;
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8)) return Pdf;
        return null;
    }

    public static bool ExtensionMatches(string fileName, string contentType)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return contentType switch
        {
            Jpeg => ext is ".jpg" or ".jpeg",
            Png => ext == ".png",
            Pdf => ext == ".pdf",
            _ => false,
        };
    }

    public static string ExtensionFor(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        Pdf => ".pdf",
        _ => ".bin",
    };
}
