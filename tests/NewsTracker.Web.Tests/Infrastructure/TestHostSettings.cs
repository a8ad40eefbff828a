using System.Runtime.CompilerServices;

namespace NewsTracker.Web.Tests.Infrastructure;

// Before any test host starts: hosts do not watch their appsettings files for changes. Each watcher is an inotify
// instance, and a test run starts a hundred hosts or more (every web test class, on both engines); Linux allows a
// user 128, and hosts past the limit failed to start or answered 500.
internal static class TestHostSettings
{
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
