using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>Signing out ends the session on the server: the button works, and the old cookie is worthless afterwards.</summary>
public sealed partial class SignOutTests
{
    [Fact]
    public async Task Should_sign_out_with_the_layouts_button_and_refuse_the_old_cookie_replayed()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var officer = factory.Browser();
        var login = await officer.PostFormAsync("/account/login", "/account/login",
            new() { ["Email"] = NewsroomFactory.AdminEmail, ["Password"] = factory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = await officer.SecondFactorAsync(NewsroomFactory.AdminEmail, login.Headers.Location!.OriginalString);
        var cookie = session.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("PressCms.Auth=", StringComparison.Ordinal));
        using var replay = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await Replay(replay, cookie)).StatusCode);

        var page = await officer.GetPageAsync("/admin/my-work");
        var form = LogoutForm().Match(page);
        Assert.True(form.Success, "the layout has a sign-out form");
        var signedOut = await officer.PostWithTokenAsync(form.Value, "/account/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Http.GetAsync("/admin/my-work")).StatusCode);
        var replayed = await Replay(replay, cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/account/login", replayed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Should_refuse_a_session_past_its_absolute_lifetime_however_busy()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var officer = await factory.SignInAsync();
        // Active all day: every request slides the cookie, but twelve hours after signing in it ends.
        for (var hour = 0; hour < 11; hour++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync("/admin/my-work")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromHours(1.5));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.Http.GetAsync("/admin/my-work")).StatusCode);
    }

    private static Task<HttpResponseMessage> Replay(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/my-work");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    [GeneratedRegex("<form method=\"post\" action=\"/account/logout\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex LogoutForm();
}
