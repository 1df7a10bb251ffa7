using PressCms.Core.People;
using PressCms.Core.Workflow;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Storage;

namespace PressCms.Web.Security;

public static class SecurityServices
{
    /// <summary>Any member of staff: the admin folder's default.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>The policy name for a permission, e.g. "Permission:Approve".</summary>
    public static string PolicyFor(Permission permission) => "Permission:" + permission;
    public const string LoginRateLimit = "login";

    /// <summary>The page handler a post names (?handler=), lower case and at most 32 characters, or "".</summary>
    private static string Handler(HttpContext context)
    {
        var handler = context.Request.Query["handler"].ToString();
        return handler.Length is > 0 and <= 32 ? handler.ToLowerInvariant() : handler.Length == 0 ? "" : "long";
    }
    public const string SubscribeRateLimit = "alerts-subscribe";

    /// <param name="plainHttpAllowed">Development and test hosts serve plain HTTP on loopback; everywhere else cookies are __Host- and Secure.</param>
    public static IServiceCollection AddPressCmsSecurity(this IServiceCollection services, bool plainHttpAllowed)
    {
        var prefix = plainHttpAllowed ? "" : "__Host-";
        var secure = plainHttpAllowed ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddIdentity<PressUser, IdentityRole>(o =>
            {
                // Length and a common-password check (CommonPasswords), no composition rules (ASVS 6.2.5).
                o.Password.RequiredLength = CommonPasswords.MinLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = true;
                // Lockout is how an administrator disables an account; failed sign-ins never lock
                // one (SignInThrottle pauses the guesser instead), so they cannot be used to shut an
                // officer or their API tokens out.
                o.Lockout.AllowedForNewUsers = true;
                // Passkeys (WebAuthn) are kept in Identity's own table (schema version 3).
                o.Stores.SchemaVersion = IdentitySchema.Version;
            })
            .AddEntityFrameworkStores<PressCmsDbContext>()
            .AddPasswordValidator<CommonPasswords>()
            .AddDefaultTokenProviders();
        // The key ring behind sign-in cookies, antiforgery tokens and sealed alert links lives in a
        // known folder beside the data (never the service account's home, never only in memory), so
        // it survives restarts and every node sharing the folder reads what another node wrote.
        services.AddDataProtection().SetApplicationName("PressCms");
        services.AddOptions<KeyManagementOptions>().Configure<PressCmsPaths, ILoggerFactory>((o, paths, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(KeyFolder(paths.Keys), logs));
        // Role changes reach signed-in sessions within a minute; sign-out, ended sessions and disabled
        // accounts at once (StaffSessions compares the security stamp on every request).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refreshed cookie keeps the mark that the session gave its second factor.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.HasClaim(SecondFactor.AmrClaim, SecondFactor.AmrValue) == true
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(SecondFactor.AmrClaim, SecondFactor.AmrValue))
                {
                    identity.AddClaim(new System.Security.Claims.Claim(SecondFactor.AmrClaim, SecondFactor.AmrValue));
                }
                return Task.CompletedTask;
            };
        });
        // A year, subdomains too (ASVS 3.4.1); sent only over HTTPS, so behind a proxy it needs forwarded headers.
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // TLS ends at the proxy: its forwarded scheme and client address are believed from it alone.
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(a => System.Net.IPAddress.TryParse(a.Trim(), out _)) && o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n.Trim(), out _)),
                "PressCms:Proxy: KnownProxies must be IP addresses (10.0.0.5) and KnownNetworks CIDR networks (10.0.0.0/24)")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            foreach (var address in proxy.Value.KnownProxies)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(address.Trim()));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
        // No Server header: the software and its version are nobody's business.
        // Bodies are small unless an endpoint says otherwise (BodyLimits).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = BodyLimits.Default;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = prefix + "PressCms.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = StaffSessions.StampSignInTime;
            o.Events.OnValidatePrincipal = StaffSessions.ValidateAsync;
        });
        // Reset links work for an hour, once (the reset renews the stamp they are bound to).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PressCms.Web.Pages.Account.ResetModel.LinkLifetime);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton(new SignInDevices.Cookie(prefix + "PressCms.Device", secure));
        services.AddSingleton<SignInDevices>();
        services.AddSingleton(new SecondFactor.Cookie(prefix + "PressCms.Pending", secure));
        services.AddScoped<SecondFactor>();
        services.AddScoped<Passkeys>();
        services.AddScoped<StaffSignIn>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = prefix + "PressCms.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = prefix + "PressCms.Notice";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(StaffRoles.All));
        foreach (var permission in Enum.GetValues<Permission>())
        {
            authorization.AddPolicy(PolicyFor(permission), p => p.RequireAssertion(c => c.User.ToActor().Can(permission)));
        }
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => RateLimitRefusal.WriteAsync(context.HttpContext, context.Lease, cancellationToken);
            // Attempts are limited, not looking at the form: only POSTs count, each form (sign-in,
            // its second step, setup, password pages) with its own ten a minute per client address.
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    // Each form of a page has its own budget: asking for passkey options is not a password guess.
                    $"{context.Request.Path.Value?.ToLowerInvariant()} {Handler(context)} {context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read"));
            // Each subscription sends a confirmation email, so one address cannot be made to flood others' inboxes.
            o.AddPolicy(SubscribeRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    /// <summary>Headers every response carries; the CSP allows no inline script or style anywhere.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (IsPrivate(context.Request.Path))
        {
            // Staff pages, exports, API answers and subscribers' own pages are never kept by a browser or proxy.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
        }
        await next(context);
    });

    private static readonly string[] PrivatePaths = ["/admin", "/account", "/api", "/setup", "/alerts/manage", "/alerts/confirm", "/alerts/unsubscribe"];

    private static bool IsPrivate(PathString path) => PrivatePaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] CookiePaths = ["/admin", "/account", "/setup", "/alerts"];

    /// <summary>Pages that set a sign-in, antiforgery or notice cookie, all Secure-only outside Development.</summary>
    public static bool SetsCookies(PathString path) => CookiePaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Refuses a request whose Host header makes no absolute address (a port past 65535, a name no
    /// URL can hold): pages and feeds build their links from it. AllowedHosts narrows the names further.
    /// </summary>
    public static IApplicationBuilder UseHostCheck(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var host = context.Request.Host;
        if (host.HasValue && Uri.TryCreate($"{context.Request.Scheme}://{host.Value}/", UriKind.Absolute, out _))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("The Host header does not name a valid host and port.\n");
    });

    /// <summary>The key folder, readable by the service account alone, also when it was made beforehand.</summary>
    private static DirectoryInfo KeyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var folder = Directory.CreateDirectory(path, ownerOnly);
        if (folder.UnixFileMode != ownerOnly)
        {
            try
            {
                folder.UnixFileMode = ownerOnly;
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // A mounted volume may not let us; its own permissions then keep the keys.
            }
        }
        return folder;
    }
}
