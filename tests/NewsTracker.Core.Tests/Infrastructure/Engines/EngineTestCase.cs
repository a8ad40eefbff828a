using System.ComponentModel;
using NewsTracker.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsTracker.Core.Tests.Infrastructure.Engines;

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

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        TestEngines.Current = _engine;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("Engine", _engine.ToString());
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _engine = Enum.Parse<TestEngine>(data.GetValue<string>("Engine"));
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{base.GetDisplayName(factAttribute, displayName)} [{_engine}]";

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? (_engine == TestEngine.Postgres ? PostgresTestServer.SkipReason : null)!;

    protected override string GetUniqueID() => $"{base.GetUniqueID()}-{_engine}";
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

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        TestEngines.Current = _engine;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("Engine", _engine.ToString());
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _engine = Enum.Parse<TestEngine>(data.GetValue<string>("Engine"));
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{base.GetDisplayName(factAttribute, displayName)} [{_engine}]";

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? (_engine == TestEngine.Postgres ? PostgresTestServer.SkipReason : null)!;

    protected override string GetUniqueID() => $"{base.GetUniqueID()}-{_engine}";
}
