using System.Text;

namespace NewsTracker.Testing;

// The hostile inputs issue 3 names, defined once: the robustness tests guard them and the benchmarks
// time them, so both must mean the same text. Compiled into both projects as a linked file.
internal static class HostileInput
{
    public static string Prose(int length) =>
        Repeat("“We will not retreat,” the minister said. The U.S. said that talks would resume. ", length);

    public static string UnmatchedMarks(string unit = "“word ") => string.Concat(Enumerable.Repeat(unit, 10_000));

    public static string NoSpaces() => new string('a', 500_000) + "“" + new string('b', 500_000);

    public static string RightToLeft() =>
        Repeat("قال الوزير إن «المحادثات ستستأنف» الأسبوع المقبل. אמר השר כי \"השיחות יימשכו\". ", 500_000);

    // Random UTF-16 with a fixed seed: lone surrogates, controls and unassigned code points, the same every run.
    public static string Junk(int length)
    {
        var random = new Random(20261127);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        return new string(chars);
    }

    public static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
