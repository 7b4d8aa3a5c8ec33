namespace Wq.Blazor.Hosting.Cli;

/// <summary>
/// The operator's commands, run instead of the web server:
/// <c>admin create --account NAME</c> (password on standard input), <c>backup DIR</c> and
/// <c>audit verify</c>.
/// Arguments after the command's own go to the host as usual (e.g. <c>--Wq:DataDirectory /srv/wq</c>).
/// </summary>
public sealed record CliCommand(string Name, IReadOnlyDictionary<string, string> Options, string[] HostArgs)
{
    public const string Usage = """
        Usage:
          Wq.Blazor admin create --account NAME   (reads the password from standard input)
          Wq.Blazor backup DIR                     (online copy of the database and the files)
          Wq.Blazor audit verify                   (checks the audit chain against its anchor)
        """;

    /// <summary>Null when the arguments do not start with a command: serve the web app.</summary>
    public static CliCommand? Parse(string[] args)
    {
        if (args.Length == 0) return null;
        switch (args[0])
        {
            case "admin":
                if (args.Length >= 4 && args[1] == "create" && args[2] == "--account" && !args[3].StartsWith('-'))
                    return new("admin create", new Dictionary<string, string> { ["account"] = args[3] }, args[4..]);
                return Invalid();
            case "backup":
                if (args.Length >= 2 && !args[1].StartsWith('-'))
                    return new("backup", new Dictionary<string, string> { ["dir"] = args[1] }, args[2..]);
                return Invalid();
            case "audit":
                if (args.Length >= 2 && args[1] == "verify")
                    return new("audit verify", new Dictionary<string, string>(), args[2..]);
                return Invalid();
            case "drill":
                // Test drill only (DrillCommand); deliberately absent from the operator's usage text.
                if (args.Length >= 8 && args[1] == "corrections" && args[2] == "--graduate" && args[4] == "--reviewer" && args[6] == "--count")
                    return new("drill corrections", new Dictionary<string, string>
                    { ["graduate"] = args[3], ["reviewer"] = args[5], ["count"] = args[7] }, args[8..]);
                return Invalid();
            default:
                return null;
        }
    }

    private static CliCommand Invalid() => new("usage", new Dictionary<string, string>(), []);

    /// <summary>Runs the command against the built (not started) app; returns the exit code.</summary>
    public Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, TextWriter error) => Name switch
    {
        "admin create" => AdminCreateCommand.RunAsync(services, Options["account"], input, output, error),
        "backup" => BackupCommand.RunAsync(services, Options["dir"], output, error),
        "audit verify" => AuditVerifyCommand.RunAsync(services, output, error),
        "drill corrections" => DrillCommand.RunAsync(services, Options, output, error),
        _ => UsageAsync(error),
    };

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync(Usage);
        return 2;
    }
}
