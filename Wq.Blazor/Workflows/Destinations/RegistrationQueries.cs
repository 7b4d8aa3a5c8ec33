using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Domain.Destinations;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>Reads of registrations, always through the one scope rule; out of scope is null and logged.</summary>
public sealed class RegistrationQueries(IDbContextFactory<WqDbContext> dbFactory, TimeProvider clock, ILogger<RegistrationQueries> log)
{
    public async Task<RegistrationView?> GetAsync(ActorContext actor, long id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.DestinationRegistrations.AsNoTracking().Visible(actor).Where(r => r.Id == id)
            .Select(r => new { R = r, r.Graduate!.Name, r.Graduate.StudentNo, Dept = r.Graduate.Department!.Name, r.Graduate.GraduationYear })
            .FirstOrDefaultAsync();
        var record = new RecordRef(RecordKind.DestinationRegistration, id);
        if (row is null)
        {
            log.OutOfScope(actor, record);
            return null;
        }
        var r = row.R;
        var owner = record.ToString();
        var proofs = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerRef == owner && a.Kind == AttachmentKind.DestinationProof).OrderBy(a => a.Id)
            .Select(a => new ProofView(a.Id, a.FileName, a.ContentType)).ToListAsync();
        var kind = StoredCode.Of(RecordKind.DestinationRegistration);
        var key = id.ToString();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == kind && e.RecordId == key).OrderBy(e => e.Id).ToListAsync();
        var mode = await ReviewModes.OfSchoolAsync(db, r.SchoolId);
        var role = await ReviewerGate.TableActorAsync(db, actor, RegistrationWorkflow.ReviewLevelOf(r.State), r.DepartmentId, clock.GetUtcNow());
        var values = RegistrationInput.ReadValues(r.FieldsJson);
        var type = DestinationTypes.Find(r.DestinationCode);
        return new RegistrationView(r.Id, r.Version, r.DestinationCode, type?.Name ?? r.DestinationCode, r.Group.Label(), r.State,
            RegistrationWorkflow.Label(r.State), Display(r, values), values, proofs, r.LastOpinion, r.ReplacesId, r.SubmittedAt, r.ApprovedAt,
            row.Name, row.StudentNo, row.Dept, row.GraduationYear,
            [.. audit.Select(RegistrationTimeline.Describe)],
            role is { } a ? [.. RegistrationWorkflow.Table.Allowed(r.State, a, mode)] : []);
    }

    /// <summary>The graduate's own registrations, newest first.</summary>
    public async Task<IReadOnlyList<RegistrationSummary>> ListOwnAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await db.DestinationRegistrations.AsNoTracking().Visible(actor).OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.DestinationCode, r.OrganisationName, r.State, r.SubmittedAt, r.CreatedAt }).ToListAsync();
        return [.. rows.Select(r => new RegistrationSummary(r.Id, r.DestinationCode, DestinationTypes.Find(r.DestinationCode)?.Name ?? "",
            r.OrganisationName, RegistrationWorkflow.Label(r.State), r.SubmittedAt ?? r.CreatedAt))];
    }

    /// <summary>Whether the graduate may register now (SPEC §3 rule 4), as the service will decide.</summary>
    public async Task<RegistrationSlot> SlotAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return new(null, OpResult.NotFoundMessage);
        await using var db = await dbFactory.CreateDbContextAsync();
        var (replaces, blocker) = await CurrentDestination.RegistrationSlotAsync(db, actor.GraduateId!.Value);
        return new(replaces, blocker);
    }

    public async Task<int> GraduationYearAsync(ActorContext actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Graduates.Where(g => g.Id == actor.GraduateId).Select(g => g.GraduationYear).FirstAsync();
    }

    // Fields in the form's order; older rows (the demo's) without JSON fall back to their columns.
    private static List<FieldView> Display(DestinationRegistration r, Dictionary<string, string?> values)
    {
        var form = DestinationForms.For(r.DestinationCode);
        if (form is null || values.Count == 0)
            return [new(DestinationForms.Organisation, "单位或院校", r.OrganisationName), new("details", "说明", r.Details ?? "")];
        return [.. form.ShownFields(values).Where(f => !string.IsNullOrEmpty(values.GetValueOrDefault(f.Key)))
            .Select(f => new FieldView(f.Key, f.Label, f.Kind == FieldKind.Region
                ? Regions.All.NameOf(values[f.Key]) ?? values[f.Key]! : values[f.Key]!))];
    }
}
