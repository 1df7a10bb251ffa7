using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Every route the host maps, read from its endpoint data source, so a route added tomorrow is probed without anyone listing it here.</summary>
public static class RouteCatalog
{
    public static async Task<IReadOnlyList<MappedRoute>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new List<MappedRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            CompiledPageActionDescriptor? page = null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                page = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
            }
            routes.Add(new MappedRoute(endpoint, [.. methods], page));
        }
        Assert.True(routes.Count > 20, $"the catalogue found only {routes.Count} routes; is the endpoint data source the app's?");
        IReadOnlyList<MappedRoute> catalogue = [.. routes.DistinctBy(r => r.ToString()).OrderBy(r => r.Template, StringComparer.Ordinal)];
        TestContext.Current.TestOutputHelper?.WriteLine($"{catalogue.Count} routes: {string.Join("; ", catalogue)}");
        return catalogue;
    }
}
