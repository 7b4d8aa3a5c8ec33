using S = Wq.Blazor.Domain.Model.CertificationState;
using T = Wq.Blazor.Domain.Workflows.CertificationTrigger;

namespace Wq.Blazor.Domain.Workflows;

public enum CertificationTrigger
{
    [StoredCode("Register")] Register,
    [StoredCode("Certify")] Certify,
    [StoredCode("RefuseCertification")] Refuse,
    [StoredCode("ResubmitCertification")] Resubmit,
}

/// <summary>单位认证 (SPEC §1): 待认证 → 已认证 / 认证不通过; after 认证不通过 the employer corrects and resubmits.</summary>
public static class CertificationWorkflow
{
    public static readonly WorkflowTable<S, T> Table = new(RecordKind.Employer,
    [
        new(S.None, T.Register, Actor.Employer, S.Pending),
        new(S.Pending, T.Certify, Actor.Admin, S.Certified),
        new(S.Pending, T.Refuse, Actor.Admin, S.Refused),
        new(S.Refused, T.Resubmit, Actor.Employer, S.Pending),
    ]);
}
