namespace Wq.Blazor.Domain.Workflows;

/// <summary>A reviewer's three answers (SPEC §4): 通过, 退回修改, 不通过.</summary>
public enum ReviewDecision { Approve, Return, Fail }

public static class ReviewDecisionLabels
{
    public static string Label(this ReviewDecision d) => d switch
    {
        ReviewDecision.Approve => "通过",
        ReviewDecision.Return => "退回修改",
        ReviewDecision.Fail => "不通过",
        _ => d.ToString(),
    };
}
