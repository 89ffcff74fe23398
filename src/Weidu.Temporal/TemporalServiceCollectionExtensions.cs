using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Temporal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the temporal normaliser.</summary>
public static class TemporalServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="TemporalExtractor"/> configured by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddTemporalNormalizer(this IServiceCollection services, Action<TemporalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }
        else
        {
            services.AddOptions<TemporalOptions>();
        }

        services.TryAddSingleton(provider => new TemporalExtractor(provider.GetRequiredService<IOptions<TemporalOptions>>().Value));
        return services;
    }
}
