using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

/// <summary>Two administrators demoting each other at the same moment: one wins, and the newsroom keeps an administrator.</summary>
public sealed class LastAdministratorRaceTests
{
    private const string SecondAdmin = "second-admin@example.police.uk";
    // Two sign-ins a round, under the sign-in limit of ten a minute.
    private const int Rounds = 4;

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_keep_an_administrator_when_the_last_two_demote_each_other_at_once(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        await factory.AddUserAsync(SecondAdmin, StaffRoles.Administrator);
        var firstId = await UsersPageTests.UserIdAsync(factory, NewsroomFactory.AdminEmail);
        var secondId = await UsersPageTests.UserIdAsync(factory, SecondAdmin);

        for (var round = 0; round < Rounds; round++)
        {
            using var first = await factory.SignInAsync();
            using var second = await factory.SignInAsync(SecondAdmin);
            var firstPage = await first.GetPageAsync("/admin/users");
            var secondPage = await second.GetPageAsync("/admin/users");

            var answers = await Task.WhenAll(
                Task.Run(() => Demote(first, firstPage, secondId)),
                Task.Run(() => Demote(second, secondPage, firstId)));

            Assert.All(answers, a => Assert.True(a is HttpStatusCode.Redirect or HttpStatusCode.OK, a.ToString()));
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            var administrators = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
            Assert.NotEmpty(administrators);
            // Both administrators again for the next round.
            foreach (var email in new[] { NewsroomFactory.AdminEmail, SecondAdmin })
            {
                var user = (await users.FindByEmailAsync(email))!;
                if (!await users.IsInRoleAsync(user, StaffRoles.Administrator))
                {
                    await users.AddToRoleAsync(user, StaffRoles.Administrator);
                }
            }
        }
    }

    private static async Task<HttpStatusCode> Demote(AdminClient admin, string page, string userId) =>
        (await admin.Http.PostAsync("/admin/users?handler=Roles", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", UsersPageTests.Token(page)), new("userId", userId), new("roles", StaffRoles.Author),
        ]))).StatusCode;
}
