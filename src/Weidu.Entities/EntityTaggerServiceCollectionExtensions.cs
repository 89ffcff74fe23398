using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Entities;
using Weidu.Tokenization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="EntityTagger"/>.</summary>
public static class EntityTaggerServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="EntityTagger"/> configured by <paramref name="configure"/> (user gazetteers,
    /// nested mentions, meetings and works). It reads its lexicon from a registered <see cref="ChineseTokenizer"/>,
    /// or from <see cref="ChineseTokenizer.Default"/> when none is registered.
    /// </summary>
    public static IServiceCollection AddEntityTagger(this IServiceCollection services, Action<EntityTaggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EntityTaggerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => new EntityTagger(
            provider.GetRequiredService<IOptions<EntityTaggerOptions>>().Value,
            provider.GetService<ChineseTokenizer>()));
        return services;
    }
}
