using Wq.Blazor.Workflows.Signing;
using S = Wq.Blazor.Domain.Workflows.AgreementState;

namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// The school's two gates of 线下签约 (guide §5.2 协议审核, §5.4 签约审核): 通过, 退回修改 or 不通过 (已作废).
/// Approving the agreement issues the printable PDF, with its number and verification code, that
/// the employer stamps; approving the signing makes that same document valid on /verify.
/// </summary>
public sealed class OfflineSigningReview(AgreementIssuer issuer) : IReviewHandler
{
    public string Kind => ReviewKinds.OfflineSigning;

    public IReadOnlyList<ReviewDecision> Decisions { get; } = [ReviewDecision.Approve, ReviewDecision.Return, ReviewDecision.Fail];

    public async Task DecideAsync(TransitionScope scope, ReviewCommand command)
    {
        var (a, to, opinion) = await ChannelReviewQueries.DecideAsync(scope, command, AgreementChannel.Offline);
        var level = scope.Actor.IsDepartmentReviewer ? "院系" : "学校";
        var (title, body) = to switch
        {
            S.AgreementApproved => ("就业协议审核通过", "请下载打印就业协议书,签名并请用人单位盖章后,本人回传协议书或请用人单位协助回传。"),
            S.AgreementReturned => ("协议退回修改", $"{level}退回修改:{opinion}。请修改协议信息后重新提交。"),
            S.PendingAgreementSchoolReview => ("协议院系审核已通过", "你的线下签约申请已通过院系审核,等待学校审核。"),
            S.PendingSigningSchoolReview => ("签约院系审核已通过", "回传的协议书已通过院系审核,等待学校审核。"),
            S.SigningReturned => ("回传退回修改", $"{level}退回修改:{opinion}。请重新回传协议书。"),
            S.Signed => ("签约成功", $"你与{a.EmployerInfo.Name}的线下签约已审核通过,签约成功。"),
            _ => ("线下签约已作废", $"{level}审核不通过:{opinion}。该申请已作废,如需签约请重新填写协议信息提交。"),
        };
        if (to == S.AgreementApproved) await issuer.QueueAsync(scope, a);
        await AgreementNotifier.NotifyGraduateAsync(scope, a, title, body);
        AgreementNotifier.Publish(scope, a);
    }
}
