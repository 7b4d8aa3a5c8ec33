namespace Wq.Blazor.Workflows;

/// <summary>
/// Takes and releases what a table says a state holds (<see cref="Hold"/>). Called only by
/// <see cref="TransitionScope"/> when a move enters or leaves such a state.
/// </summary>
internal static class Holds
{
    public static Task TakeAsync(TransitionScope scope, Hold hold, IVersionedRecord record)
    {
        switch (hold)
        {
            case Hold.CurrentDestination:
                return CurrentDestination.TakeAsync(scope, (IDestinationRecord)record);
            case Hold.OpenTerminationSlot:
                var t = (Termination)record;
                scope.Db.Entry(t).Property(x => x.OpenAgreementId).CurrentValue = t.AgreementId;
                return Task.CompletedTask;
            case Hold.ReplacementSlot:
                return CurrentDestination.TakeReplacementSlotAsync(scope, (DestinationRegistration)record);
            default:
                throw new InvalidOperationException($"Unknown hold {hold}");
        }
    }

    public static Task ReleaseAsync(TransitionScope scope, Hold hold, IVersionedRecord record)
    {
        switch (hold)
        {
            case Hold.CurrentDestination:
                return CurrentDestination.ReleaseAsync(scope, (IDestinationRecord)record);
            case Hold.OpenTerminationSlot:
                scope.Db.Entry((Termination)record).Property(x => x.OpenAgreementId).CurrentValue = null;
                return Task.CompletedTask;
            case Hold.ReplacementSlot:
                scope.Db.Entry((DestinationRegistration)record).Property(x => x.OpenReplacementOf).CurrentValue = null;
                return Task.CompletedTask;
            default:
                throw new InvalidOperationException($"Unknown hold {hold}");
        }
    }
}
