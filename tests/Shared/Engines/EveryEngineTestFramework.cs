using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsTracker.Testing.Engines;

// xunit as usual, except that every test of a database test class is discovered once per engine: "Name [Sqlite]"
// and "Name [Postgres]". A database test class is one marked IRunsOnEveryEngine, or one whose class fixture follows
// the engine (IFollowsTestEngine: the web app's factory; not when NEWSTRACKER_TEST_POSTGRES_WEB=false), unless it
// is [SqliteOnly] or [OneEngine]. Tests need no
// attribute of their own, so a new database test runs on both engines without anyone remembering to ask. A class's
// cases run engine by engine, each with class fixtures of its own made while that engine is current. Each test
// project names it in an assembly attribute (TestFramework).
public sealed class EveryEngineTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new EveryEngineDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new EveryEngineExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
}

// Marks a test class whose tests each need a database: they run once on every engine.
public interface IRunsOnEveryEngine
{
}

// Marks a class fixture that sets itself up on the current engine: its test classes run once on every engine.
public interface IFollowsTestEngine
{
}

// A test class on one engine only though its fixture follows the engine, with the reason.
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class OneEngineAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

internal sealed class EveryEngineExecutor(AssemblyName assemblyName, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkExecutor(assemblyName, sourceProvider, diagnosticMessageSink)
{
    protected override async void RunTestCases(
        IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
    {
        using var runner = new EveryEngineAssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
        await runner.RunAsync();
    }
}

internal sealed class EveryEngineAssemblyRunner(
    ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink,
    ITestFrameworkExecutionOptions executionOptions)
    : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
{
    protected override Task<RunSummary> RunTestCollectionAsync(
        IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource) =>
        new EveryEngineCollectionRunner(
            testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource)
            .RunAsync();
}

// Runs a class's cases engine by engine, so its class fixtures (a web app on a database) are made per engine.
internal sealed class EveryEngineCollectionRunner(
    ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus,
    ITestCaseOrderer testCaseOrderer, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTestCollectionRunner(testCollection, testCases, diagnosticMessageSink, messageBus, testCaseOrderer, aggregator, cancellationTokenSource)
{
    protected override async Task<RunSummary> RunTestClassAsync(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases)
    {
        var summary = new RunSummary();
        foreach (var engine in testCases.GroupBy(EngineOf).OrderBy(g => g.Key))
        {
            TestEngines.Current = engine.Key;
            summary.Aggregate(await base.RunTestClassAsync(testClass, @class, engine));
        }

        return summary;
    }

    private static TestEngine EngineOf(IXunitTestCase testCase) => testCase switch
    {
        EngineTestCase one => one.Engine,
        EngineTheoryTestCase theory => theory.Engine,
        _ => TestEngine.Sqlite,
    };
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
        type is not null
        && (typeof(IRunsOnEveryEngine).IsAssignableFrom(type) || (FixturesFollowEngine && HasFixtureFollowingEngine(type)))
        && type.GetCustomAttribute<SqliteOnlyAttribute>() is null
        && type.GetCustomAttribute<OneEngineAttribute>() is null;

    // Web tests on PostgreSQL too, unless a run opts out with "false" (a machine short of cores for twice the hosts).
    public const string FixturesFollowEngineVariable = "NEWSTRACKER_TEST_POSTGRES_WEB";

    private static bool FixturesFollowEngine =>
        !string.Equals(Environment.GetEnvironmentVariable(FixturesFollowEngineVariable), "false", StringComparison.OrdinalIgnoreCase);

    private static bool HasFixtureFollowingEngine(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType
            && i.GetGenericTypeDefinition() == typeof(Xunit.IClassFixture<>)
            && typeof(IFollowsTestEngine).IsAssignableFrom(i.GetGenericArguments()[0]));

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
