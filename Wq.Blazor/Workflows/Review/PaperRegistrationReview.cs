using Wq.Blazor.Workflows.Signing;
using S = Wq.Blazor.Domain.Workflows.AgreementState;

namespace Wq.Blazor.Workflows.Review;

/// <summary>The school's 登记审核 of a signed paper agreement (guide §7.2): 通过 → 登记成功, 退回修改, 不通过 → 已作废.</summary>
public sealed class PaperRegistrationReview : IReviewHandler
{
    public string Kind => ReviewKinds.PaperRegistration;

    public IReadOnlyList<ReviewDecision> Decisions { get; } = [ReviewDecision.Approve, ReviewDecision.Return, ReviewDecision.Fail];

    public async Task DecideAsync(TransitionScope scope, ReviewCommand command)
    {
        var (a, to, opinion) = await ChannelReviewQueries.DecideAsync(scope, command, AgreementChannel.PaperRegistration);
        var level = scope.Actor.IsDepartmentReviewer ? "院系" : "学校";
        var (title, body) = to switch
        {
            S.Signed => ("登记成功", $"你与{a.EmployerInfo.Name}的就业协议登记已审核通过。"),
            S.PendingSchoolReview => ("登记院系审核已通过", "你的就业协议登记已通过院系审核,等待学校审核。"),
            S.Returned => ("登记退回修改", $"{level}退回修改:{opinion}。请修改登记信息后重新提交。"),
            _ => ("登记已作废", $"{level}审核不通过:{opinion}。登记信息已作废,如需登记请重新填写协议书内容并上传图片。"),
        };
        await AgreementNotifier.NotifyGraduateAsync(scope, a, title, body);
        AgreementNotifier.Publish(scope, a);
    }
}
