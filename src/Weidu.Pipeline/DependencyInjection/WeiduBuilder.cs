using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline;

/// <summary>
/// Composes the pipeline inside <c>services.AddWeidu(…)</c>: each <c>Add…</c> registers a library (through its
/// own service registration) and the built-in stage that wraps it, or a user stage.
/// </summary>
public sealed class WeiduBuilder
{
    internal WeiduBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the pipeline is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds yearbook segmentation.</summary>
    public WeiduBuilder AddYearbookSegmentation(Action<YearbookSegmenterOptions>? configure = null)
    {
        Services.AddYearbookSegmentation(configure);
        return AddBuiltIn(static provider => CorpusStages.YearbookSegmentation(provider.GetRequiredService<IOptions<YearbookSegmenterOptions>>().Value), "segmentation");
    }

    /// <summary>Adds the Chinese tokenizer.</summary>
    public WeiduBuilder AddChineseTokenizer(Action<ChineseTokenizerOptions>? configure = null)
    {
        Services.AddChineseTokenizer(configure);
        return AddBuiltIn(static provider => CorpusStages.ChineseTokenizer(provider.GetRequiredService<ChineseTokenizer>()), "tokenizer");
    }

    /// <summary>Adds the temporal normaliser.</summary>
    public WeiduBuilder AddTemporalNormalizer(Action<TemporalOptions>? configure = null)
    {
        Services.AddTemporalNormalizer(configure);
        return AddBuiltIn(static provider => CorpusStages.TemporalNormalizer(provider.GetRequiredService<TemporalExtractor>()), "temporal");
    }

    /// <summary>Adds the entity tagger.</summary>
    public WeiduBuilder AddEntityTagger(Action<EntityTaggerOptions>? configure = null)
    {
        var options = Services.AddOptions<EntityTaggerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Services.TryAddSingleton(static provider => new EntityTagger(provider.GetRequiredService<IOptions<EntityTaggerOptions>>().Value));
        return AddBuiltIn(static provider => CorpusStages.EntityTagger(provider.GetRequiredService<EntityTagger>()), "entities");
    }

    /// <summary>Adds all four built-in stages with default settings.</summary>
    public WeiduBuilder AddWeiduDefaults() =>
        AddYearbookSegmentation().AddChineseTokenizer().AddTemporalNormalizer().AddEntityTagger();

    /// <summary>Adds a user stage, created by the container (its constructor may take services).</summary>
    public WeiduBuilder AddStage<TStage>()
        where TStage : class, ICorpusStage
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusStage, TStage>());
        return this;
    }

    /// <summary>Adds a user stage instance.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public WeiduBuilder AddStage(ICorpusStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Services.AddSingleton(stage);
        return this;
    }

    /// <summary>Configures the driver's options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public WeiduBuilder ConfigureDriver(Action<CorpusDriverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    private WeiduBuilder AddBuiltIn(Func<IServiceProvider, ICorpusStage> create, string name)
    {
        // One registration per built-in stage, however often it is added.
        if (!Services.Any(d => d.ServiceType == typeof(BuiltInRegistration) && d.ImplementationInstance is BuiltInRegistration r && r.Name == name))
        {
            Services.AddSingleton(new BuiltInRegistration(name, create));
        }

        return this;
    }
}

/// <summary>A built-in stage registered through <see cref="WeiduBuilder"/>, created when the driver is.</summary>
internal sealed record BuiltInRegistration(string Name, Func<IServiceProvider, ICorpusStage> Create);
