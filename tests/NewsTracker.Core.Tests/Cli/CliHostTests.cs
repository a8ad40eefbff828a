using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Cli;

namespace NewsTracker.Core.Tests.Cli;

// A command's host reads its settings files once: a file watcher per host is an inotify instance, and Linux allows
// a user 128, which tests running many commands side by side (and any script that does) would run out of.
public sealed class CliHostTests
{
    [Fact]
    public void A_commands_host_does_not_watch_its_settings_files()
    {
        using var host = CliHost.Build(new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, []), connectionOverride: null);

        var files = ((IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().ToList();

        files.Should().NotBeEmpty("appsettings.json is read");
        files.Should().OnlyContain(f => !f.Source.ReloadOnChange);
    }
}
