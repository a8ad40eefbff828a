namespace NewsTracker.Core.Common;

// A size limit as a message states it: whole megabytes, or kilobytes below one (a configured cap of 200,000 bytes
// is "195 KB", not "0 MB").
public static class ByteSize
{
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
