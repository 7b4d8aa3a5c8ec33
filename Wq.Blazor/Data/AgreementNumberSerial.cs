namespace Wq.Blazor.Data;

/// <summary>The last 6-digit serial handed out per school and graduation year (协议书编号, SPEC §2).</summary>
public class AgreementNumberSerial
{
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public int LastSerial { get; set; }
}
