using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsTracker.Cli.Evaluation;

// The short hash of the commit checked out in a folder (`git rev-parse --short HEAD`), or "unknown" when git
// is missing, the folder is not in a repository, or git does not answer within a few seconds.
internal static partial class GitRevision
{
    public const string Unknown = "unknown";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static async Task<string> ReadShortHashAsync(string directory, CancellationToken ct)
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return Unknown;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Patience);
            try
            {
                var output = await git.StandardOutput.ReadToEndAsync(timeout.Token);
                await git.WaitForExitAsync(timeout.Token);
                return git.ExitCode == 0 ? Parse(output) : Unknown;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                git.Kill(entireProcessTree: true);
                return Unknown;
            }
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return Unknown;
        }
    }

    // Only a plain hex hash goes into the history table.
    internal static string Parse(string output)
    {
        var hash = output.Trim();
        return ShortHash().IsMatch(hash) ? hash : Unknown;
    }

    [GeneratedRegex("^[0-9a-f]{4,40}$", RegexOptions.NonBacktracking)]
    private static partial Regex ShortHash();
}
