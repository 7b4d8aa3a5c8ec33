using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Wq.Blazor.Components.Shared;
using Wq.Blazor.Workflows.Terminations;

namespace Wq.Blazor.Tests.Components;

/// <summary>The panel offers exactly the actions the termination table allows the viewer.</summary>
public sealed class TerminationPanelTests : MudTestContext
{
    private static readonly ActorContext Graduate = new("u1", "张三", Roles.Graduate, GraduateId: 1);

    public TerminationPanelTests()
    {
        // The service is never called in these tests; the panel only needs it injected.
        Services.AddSingleton(new TerminationService(null!));
    }

    private static TerminationView Request(TerminationState state, params TerminationTrigger[] allowed) =>
        new(9, 1, 7, state, TerminationWorkflow.Label(state), "用人单位", "双方协商一致", null, null, null, DateTimeOffset.UtcNow, [], allowed);

    [Fact]
    public void Counterparty_sees_agree_and_decline_but_no_new_application()
    {
        var cut = Render<TerminationPanel>(p => p
            .Add(x => x.AgreementId, 7).Add(x => x.CanApply, true).Add(x => x.Actor, Graduate)
            .Add(x => x.Requests, [Request(TerminationState.AwaitingCounterparty, TerminationTrigger.Agree, TerminationTrigger.Decline)]));
        Assert.Single(cut.FindAll("#termination-agree"));
        Assert.Single(cut.FindAll("#termination-decline"));
        Assert.Empty(cut.FindAll("#termination-cancel"));
        Assert.Empty(cut.FindAll("#termination-start"));
        Assert.Contains("待对方确认", cut.Find("#termination-open").TextContent);
    }

    [Fact]
    public void Initiator_may_only_cancel_while_waiting()
    {
        var cut = Render<TerminationPanel>(p => p
            .Add(x => x.AgreementId, 7).Add(x => x.CanApply, true).Add(x => x.Actor, Graduate)
            .Add(x => x.Requests, [Request(TerminationState.AwaitingCounterparty, TerminationTrigger.Cancel)]));
        Assert.Single(cut.FindAll("#termination-cancel"));
        Assert.Empty(cut.FindAll("#termination-agree"));
    }

    [Fact]
    public void A_closed_request_leaves_room_for_a_new_application()
    {
        var cut = Render<TerminationPanel>(p => p
            .Add(x => x.AgreementId, 7).Add(x => x.CanApply, true).Add(x => x.Actor, Graduate)
            .Add(x => x.Requests, [Request(TerminationState.Declined)]));
        Assert.Single(cut.FindAll("#termination-start"));
        Assert.Contains("对方不同意", cut.Markup);
    }
}
