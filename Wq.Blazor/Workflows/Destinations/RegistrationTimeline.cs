using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>A registration's history from its audit rows, in the guide's words.</summary>
internal static class RegistrationTimeline
{
    public static TimelineEntry Describe(AuditEvent e)
    {
        StoredCode.TryParse<RegistrationState>(e.FromState, out var from);
        var level = RegistrationWorkflow.ReviewLevelOf(from) == ReviewLevel.School ? "学校" : "院系";
        var text = !StoredCode.TryParse<RegistrationTrigger>(e.Action, out var trigger) ? $"{Roles.Label(e.ActorRole)} {e.Action}" : trigger switch
        {
            RegistrationTrigger.Submit => "毕业生提交毕业去向登记",
            RegistrationTrigger.SubmitChange => "毕业生提交去向变更",
            RegistrationTrigger.Resubmit => "毕业生修改后重新提交",
            RegistrationTrigger.Withdraw => "毕业生撤销登记",
            RegistrationTrigger.Approve => $"{level}审核通过({e.ActorName})",
            RegistrationTrigger.Return => $"{level}退回修改({e.ActorName})",
            RegistrationTrigger.Fail => $"{level}审核不通过({e.ActorName}),登记已作废",
            RegistrationTrigger.VoidBySigning => "毕业生开始签约,登记自动作废",
            RegistrationTrigger.Supersede => "去向变更审核通过,本登记作废",
            _ => e.Action,
        };
        return new TimelineEntry(e.At, text, e.Reason);
    }
}
