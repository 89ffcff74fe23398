using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Weidu.Segmentation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the yearbook segmenter.</summary>
public static class SegmentationServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="YearbookSegmenter"/> configured through <see cref="YearbookSegmenterOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options; may be null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddYearbookSegmentation(this IServiceCollection services, Action<YearbookSegmenterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<YearbookSegmenterOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new YearbookSegmenter(provider.GetRequiredService<IOptions<YearbookSegmenterOptions>>().Value));
        return services;
    }
}
