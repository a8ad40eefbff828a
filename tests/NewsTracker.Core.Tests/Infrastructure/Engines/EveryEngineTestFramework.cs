using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("NewsTracker.Core.Tests.Infrastructure.Engines.EveryEngineTestFramework", "NewsTracker.Core.Tests")]

namespace NewsTracker.Core.Tests.Infrastructure.Engines;

// xunit as usual, except that every test of a database test class (IRunsOnEveryEngine, not [SqliteOnly]) is
// discovered once per engine: "Name [Sqlite]" and "Name [Postgres]". Tests need no attribute of their own, so a
// new database test runs on both engines without anyone remembering to ask.
public sealed class EveryEngineTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new EveryEngineDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}

// Marks a test class whose tests each need a database: they run once on every engine.
public interface IRunsOnEveryEngine
{
}

internal sealed class EveryEngineDiscoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
{
    protected override bool FindTestsForMethod(
        ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        if (!RunsOnEveryEngine(testMethod.TestClass.Class.ToRuntimeType()))
        {
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }

        using var found = new FoundTestCases();
        var carryOn = base.FindTestsForMethod(testMethod, includeSourceInformation, found, discoveryOptions);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        foreach (var testCase in found.TestCases)
        {
            foreach (var each in PerEngine(testCase, display, displayOptions))
            {
                carryOn &= ReportDiscoveredTestCase(each, includeSourceInformation, messageBus);
            }
        }

        return carryOn;
    }

    private static bool RunsOnEveryEngine(Type? type) =>
        type is not null && typeof(IRunsOnEveryEngine).IsAssignableFrom(type) && type.GetCustomAttribute<SqliteOnlyAttribute>() is null;

    // Facts and pre-enumerated theory rows become one case per engine, theories enumerated at run time one theory
    // case per engine; anything else (a skipped row, a discovery error) is reported once, as xunit made it.
    private IEnumerable<ITestCase> PerEngine(ITestCase testCase, TestMethodDisplay display, TestMethodDisplayOptions displayOptions) => testCase switch
    {
        XunitTheoryTestCase theory => Enum.GetValues<TestEngine>().Select(engine =>
            (ITestCase)new EngineTheoryTestCase(DiagnosticMessageSink, display, displayOptions, theory.TestMethod, engine)),
        XunitTestCase fact when fact.GetType() == typeof(XunitTestCase) => Enum.GetValues<TestEngine>().Select(engine =>
            (ITestCase)new EngineTestCase(DiagnosticMessageSink, display, displayOptions, fact.TestMethod, fact.TestMethodArguments, engine)),
        _ => [testCase],
    };

    private sealed class FoundTestCases : IMessageBus
    {
        public List<ITestCase> TestCases { get; } = [];

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestCaseDiscoveryMessage discovered)
            {
                TestCases.Add(discovered.TestCase);
            }

            return true;
        }

        public void Dispose()
        {
        }
    }
}
