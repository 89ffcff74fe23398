using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Tokenization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Chinese tokenizer with a service collection.</summary>
public static class ChineseTokenizerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChineseTokenizer"/> as a singleton built from <see cref="ChineseTokenizerOptions"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddChineseTokenizer(this IServiceCollection services, Action<ChineseTokenizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChineseTokenizerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => ChineseTokenizer.Create(provider.GetRequiredService<IOptions<ChineseTokenizerOptions>>().Value));
        return services;
    }
}
