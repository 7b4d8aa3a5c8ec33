using Wq.Blazor.Domain.Model;
using S = Wq.Blazor.Domain.Workflows.RegistrationState;
using T = Wq.Blazor.Domain.Workflows.RegistrationTrigger;

namespace Wq.Blazor.Domain.Workflows;

public enum RegistrationState
{
    PendingDepartmentReview = 1,
    PendingSchoolReview = 2,
    Returned = 3,
    Approved = 4,
    ReviewFailed = 5,
    Voided = 6,
}

public enum RegistrationTrigger { Approve, Return, Fail, Resubmit, VoidBySigning }

/// <summary>其他毕业去向登记 (SPEC §4.6) as one table.</summary>
public static class RegistrationWorkflow
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new("DestinationRegistration",
    [
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingSchoolReview, Two),
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.Approved, Dept),
        new(S.PendingDepartmentReview, T.Return, Actor.DepartmentReviewer, S.Returned, Dept, Two),
        new(S.PendingDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.ReviewFailed, Dept, Two),
        new(S.PendingSchoolReview, T.Approve, Actor.SchoolReviewer, S.Approved, School, Two),
        new(S.PendingSchoolReview, T.Return, Actor.SchoolReviewer, S.Returned, School, Two),
        new(S.PendingSchoolReview, T.Fail, Actor.SchoolReviewer, S.ReviewFailed, School, Two),
        new(S.Returned, T.Resubmit, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.Returned, T.Resubmit, Actor.Graduate, S.PendingSchoolReview, School),
        // SPEC §3 rule 3: starting any agreement voids a current registration.
        new(S.PendingDepartmentReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.PendingSchoolReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Returned, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Approved, T.VoidBySigning, Actor.System, S.Voided),
    ]);

    public static bool IsCurrent(S s) => s is S.PendingDepartmentReview or S.PendingSchoolReview or S.Returned or S.Approved;

    public static string Label(S s) => s switch
    {
        S.PendingDepartmentReview => "待院系审核",
        S.PendingSchoolReview => "待学校审核",
        S.Returned => "退回修改",
        S.Approved => "审核通过",
        S.ReviewFailed => "审核不通过",
        S.Voided => "已作废",
        _ => s.ToString(),
    };
}
