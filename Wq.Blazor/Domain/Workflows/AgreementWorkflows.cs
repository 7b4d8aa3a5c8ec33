namespace Wq.Blazor.Domain.Workflows;

/// <summary>An agreement's table follows its channel; one record type, three workflows (SPEC §2).</summary>
public static class AgreementWorkflows
{
    public static WorkflowTable<AgreementState, AgreementTrigger> For(AgreementChannel channel) => channel switch
    {
        AgreementChannel.Online => OnlineSigningWorkflow.Table,
        AgreementChannel.Offline => OfflineSigningWorkflow.Table,
        AgreementChannel.PaperRegistration => PaperRegistrationWorkflow.Table,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
