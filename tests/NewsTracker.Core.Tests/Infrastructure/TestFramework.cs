// Every database test once per engine (tests/Shared/Engines).
[assembly: Xunit.TestFramework("NewsTracker.Testing.Engines.EveryEngineTestFramework", "NewsTracker.Core.Tests")]
