namespace NewsTracker.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    // Stopped by Ctrl-C (128 + SIGINT, as a shell reports it) after keeping what was finished.
    public const int Stopped = 130;
}
