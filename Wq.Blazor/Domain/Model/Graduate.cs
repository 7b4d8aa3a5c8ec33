namespace Wq.Blazor.Domain.Model;

public enum Gender { Male = 1, Female = 2 }

/// <summary>A roster entry (生源信息) imported by the school. An account binds to it on registration.</summary>
public class Graduate : IVersionedRecord
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public string StudentNo { get; set; } = "";
    public string Name { get; set; } = "";
    public Gender Gender { get; set; }
    public string IdNumber { get; set; } = "";
    public string Major { get; set; } = "";
    public EducationLevel Level { get; set; }
    public int GraduationYear { get; set; }
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    /// <summary>生源地.</summary>
    public string Origin { get; set; } = "";
    /// <summary>The Identity user bound to this entry, if the graduate has registered.</summary>
    public string? UserId { get; set; }
    /// <summary>When the graduate confirmed the roster data (guide §2); null until then.</summary>
    public DateTimeOffset? InfoConfirmedAt { get; set; }
    public int Version { get; private set; }
    public RecordRef Ref => new(RecordKind.Graduate, Id);
}

/// <summary>A graduate's 信息有误,申请更正 request, handled by the school.</summary>
public class CorrectionRequest
{
    public long Id { get; set; }
    public int GraduateId { get; set; }
    public Graduate? Graduate { get; set; }
    public string Description { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedByUserId { get; set; }
    public string? Resolution { get; set; }
    public bool IsOpen => ResolvedAt is null;
}
