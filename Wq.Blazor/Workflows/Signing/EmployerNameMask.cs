namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// Data minimisation (issue 11 item 12): an employer learns a graduate's full name only once the
/// graduate has accepted its invitation. Before that, or when the graduate refused or the
/// invitation lapsed, the employer sees 张* — enough to recognise whom it invited, not more.
/// Everyone else (the graduate, reviewers) sees the name as stored.
/// </summary>
public static class EmployerNameMask
{
    public static bool GraduateAccepted(AgreementState state) =>
        state is not (AgreementState.Invited or AgreementState.Rejected or AgreementState.Expired or AgreementState.Withdrawn);

    public static string For(ActorContext actor, AgreementState state, string name) =>
        actor.IsEmployer && !GraduateAccepted(state) ? Masking.MaskName(name)! : name;
}
