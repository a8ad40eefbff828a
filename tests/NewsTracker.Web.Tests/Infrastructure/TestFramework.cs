// Every test whose app factory follows the engine once per engine (tests/Shared/Engines).
[assembly: Xunit.TestFramework("NewsTracker.Testing.Engines.EveryEngineTestFramework", "NewsTracker.Web.Tests")]
