using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsTracker.Testing.Engines;

// A fact (or one theory row) on one engine: the engine is in the name and the unique id, skipped with the reason
// when PostgreSQL is not configured (outside CI), and current while the test runs.
public sealed class EngineTestCase : XunitTestCase
{
    private TestEngine _engine;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTestCase()
    {
    }

    public EngineTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod,
        object[]? testMethodArguments, TestEngine engine)
        : base(diagnosticMessageSink, display, displayOptions, testMethod, testMethodArguments) => _engine = engine;

    public TestEngine Engine => _engine;

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        TestEngines.Current = _engine;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        EngineCase.Write(data, _engine);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _engine = EngineCase.Read(data);
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        EngineCase.DisplayName(base.GetDisplayName(factAttribute, displayName), _engine);

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        EngineCase.SkipReason(base.GetSkipReason(factAttribute), _engine)!;

    protected override string GetUniqueID() => EngineCase.UniqueId(base.GetUniqueID(), _engine);
}

// A theory whose rows are found at run time, on one engine.
public sealed class EngineTheoryTestCase : XunitTheoryTestCase
{
    private TestEngine _engine;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTheoryTestCase()
    {
    }

    public EngineTheoryTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, TestEngine engine)
        : base(diagnosticMessageSink, display, displayOptions, testMethod) => _engine = engine;

    public TestEngine Engine => _engine;

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        TestEngines.Current = _engine;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        EngineCase.Write(data, _engine);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _engine = EngineCase.Read(data);
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        EngineCase.DisplayName(base.GetDisplayName(factAttribute, displayName), _engine);

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        EngineCase.SkipReason(base.GetSkipReason(factAttribute), _engine)!;

    protected override string GetUniqueID() => EngineCase.UniqueId(base.GetUniqueID(), _engine);
}

// What both kinds of engine case add to xunit's own (they derive from different xunit classes, so they share it here):
// the engine in the name, the id and the serialised case, and PostgreSQL's skip reason when it is not configured.
internal static class EngineCase
{
    private const string Key = "Engine";

    public static void Write(IXunitSerializationInfo data, TestEngine engine) => data.AddValue(Key, engine.ToString());

    public static TestEngine Read(IXunitSerializationInfo data) => Enum.Parse<TestEngine>(data.GetValue<string>(Key));

    public static string DisplayName(string name, TestEngine engine) => $"{name} [{engine}]";

    public static string? SkipReason(string? declared, TestEngine engine) =>
        declared ?? (engine == TestEngine.Postgres ? PostgresTestServer.SkipReason : null);

    public static string UniqueId(string id, TestEngine engine) => $"{id}-{engine}";
}
