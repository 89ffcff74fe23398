using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Weidu pipeline.</summary>
public static class WeiduServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="CorpusDriver"/> made of the stages <paramref name="configure"/> adds,
    /// with its options (<see cref="CorpusDriverOptions"/>) bound through Microsoft.Extensions.Options.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddWeidu(this IServiceCollection services, Action<WeiduBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CorpusDriverOptions>();
        configure(new WeiduBuilder(services));
        services.TryAddSingleton(static provider =>
        {
            var builtIns = provider.GetServices<BuiltInRegistration>().Select(r => r.Create(provider));
            var stages = builtIns.Concat(provider.GetServices<ICorpusStage>()).ToList();
            return new CorpusDriver(stages, provider.GetRequiredService<IOptions<CorpusDriverOptions>>().Value);
        });
        return services;
    }

    /// <summary>Registers the pipeline with all four built-in stages: <c>AddWeidu(b => b.AddWeiduDefaults())</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddWeiduDefaults(this IServiceCollection services) =>
        services.AddWeidu(static builder => builder.AddWeiduDefaults());
}
