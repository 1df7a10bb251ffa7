using System.Collections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// The form names a page's model binding reads, from its bound properties and a handler's parameters,
/// complex types walked to their leaves ("Input.KeyDates[0].From.Day"), so fields the page does not
/// render yet (a list's first row) are posted too. Files are left to the multipart probes.
/// </summary>
public static class BoundNames
{
    public static IReadOnlyList<string> Of(CompiledPageActionDescriptor page, string handler)
    {
        var parameters = page.BoundProperties.Cast<ParameterDescriptor>()
            .Concat(page.HandlerMethods.Where(h => (h.Name ?? "") == handler).SelectMany(h => h.Parameters));
        return [.. parameters.SelectMany(p => Leaves(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)).Distinct()];
    }

    public static bool TakesFile(CompiledPageActionDescriptor page) =>
        page.BoundProperties.Concat(page.HandlerMethods.SelectMany(h => h.Parameters).Cast<ParameterDescriptor>()).Any(p => typeof(IFormFile).IsAssignableFrom(p.ParameterType));

    private static IEnumerable<string> Leaves(string name, Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(type))
        {
            return [name];
        }
        if (typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type) || depth > 4)
        {
            return [];
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && ElementOf(type) is { } element)
        {
            return IsSimple(Nullable.GetUnderlyingType(element) ?? element) ? [name] : Leaves(name + "[0]", element, depth + 1);
        }
        return type.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .SelectMany(p => Leaves($"{name}.{p.Name}", p.PropertyType, depth + 1));
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);
}
