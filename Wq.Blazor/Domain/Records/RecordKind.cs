namespace Wq.Blazor.Domain.Records;

/// <summary>
/// The kinds of record the app keeps. The stored code names the record in audit rows, attachment
/// owners and live topics; it never changes.
/// </summary>
public enum RecordKind
{
    [StoredCode("Agreement")] Agreement = 1,
    [StoredCode("Termination")] Termination = 2,
    [StoredCode("DestinationRegistration")] DestinationRegistration = 3,
    [StoredCode("Employer")] Employer = 4,
    [StoredCode("Graduate")] Graduate = 5,
    [StoredCode("School")] School = 6,
    [StoredCode("Department")] Department = 7,
    [StoredCode("User")] User = 8,
    [StoredCode("CorrectionRequest")] CorrectionRequest = 9,
    [StoredCode("Notification")] Notification = 10,
}

/// <summary>One record: its kind and id. Printed as "Agreement:12" where a string is stored.</summary>
public readonly record struct RecordRef(RecordKind Kind, long Id)
{
    public override string ToString() => $"{StoredCode.Of(Kind)}:{Id}";

    public static bool TryParse(string? text, out RecordRef value)
    {
        value = default;
        var i = text?.IndexOf(':') ?? -1;
        if (i < 0 || !StoredCode.TryParse<RecordKind>(text![..i], out var kind) || !long.TryParse(text[(i + 1)..], out var id))
            return false;
        value = new RecordRef(kind, id);
        return true;
    }
}
