using Wq.Blazor.Infrastructure.Pdf;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

public class QrCodeMatrixTests
{
    [Fact]
    public void Encodes_the_verification_url_so_a_scanner_reads_it_back()
    {
        var qr = QrCodeMatrix.Create(SampleAgreement.VerificationUrl);

        Assert.Equal(SampleAgreement.VerificationUrl, QrDecoder.Decode(QrDecoder.ToArray(qr)));
    }

    [Fact]
    public void Matrix_excludes_the_quiet_zone()
    {
        // Version 1 is 21 modules; a finder pattern's dark corner sits at (0, 0).
        var qr = QrCodeMatrix.Create("1");

        Assert.Equal(21, qr.Size);
        Assert.True(qr.IsDark(0, 0));
        Assert.True(qr.IsDark(qr.Size - 1, 0));
    }

    [Fact]
    public void Pdf_carries_a_qr_code_that_decodes_to_the_verification_url()
    {
        var pdf = new AgreementPdfRenderer().Render(SampleAgreement.Create());

        Assert.Equal(SampleAgreement.VerificationUrl, QrDecoder.Decode(QrDecoder.FromPdf(pdf)));
    }
}
