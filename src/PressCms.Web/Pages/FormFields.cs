using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PressCms.Web.Pages;

/// <summary>
/// One GOV.UK-style form group: label, hint, the error beside the field, the input. Field is the
/// key errors use ("figures[0].value"); name is the posted name ("Input.Figures[0].Value").
/// </summary>
public static class FormFields
{
    public static IHtmlContent Text(string field, string name, string label, string? value, string? error, string? hint = null, string css = "input", string type = "text", int? maxLength = null, string? autocomplete = null) =>
        Group(field, label, error, hint, Input(field, name, value, error, css, type, maxLength, autocomplete));

    public static IHtmlContent TextArea(string field, string name, string label, string? value, string? error, string? hint = null, string css = "textarea", int? maxLength = null)
    {
        var area = new TagBuilder("textarea");
        area.Attributes["id"] = FormIds.For(field);
        area.Attributes["name"] = name;
        area.AddCssClass(css);
        if (error is not null)
        {
            area.AddCssClass("textarea--error");
            area.Attributes["aria-describedby"] = FormIds.For(field) + "-error";
        }
        if (maxLength is { } max)
        {
            area.Attributes["data-maxlength"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        area.InnerHtml.Append(value ?? "");
        return Group(field, label, error, hint, area);
    }

    public static IHtmlContent Select(string field, string name, string label, string? value, string? error, IEnumerable<(string Value, string Text)> options, string? blank = "None")
    {
        var select = new TagBuilder("select");
        select.Attributes["id"] = FormIds.For(field);
        select.Attributes["name"] = name;
        select.AddCssClass("select");
        if (error is not null)
        {
            select.AddCssClass("select--error");
        }
        if (blank is not null)
        {
            select.InnerHtml.AppendHtml(Option("", blank, string.IsNullOrEmpty(value)));
        }
        foreach (var (optionValue, text) in options)
        {
            select.InnerHtml.AppendHtml(Option(optionValue, text, optionValue == value));
        }
        return Group(field, label, error, null, select);
    }

    public static IHtmlContent Input(string field, string name, string? value, string? error, string css = "input", string type = "text", int? maxLength = null, string? autocomplete = null)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["id"] = FormIds.For(field);
        input.Attributes["name"] = name;
        input.Attributes["type"] = type;
        input.Attributes["value"] = value ?? "";
        input.AddCssClass(css);
        if (error is not null)
        {
            input.AddCssClass("input--error");
            input.Attributes["aria-describedby"] = FormIds.For(field) + "-error";
        }
        if (autocomplete is not null)
        {
            input.Attributes["autocomplete"] = autocomplete;
        }
        if (maxLength is { } max)
        {
            input.Attributes["data-maxlength"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return input;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }
        option.InnerHtml.Append(text);
        return option;
    }

    private static IHtmlContent Group(string field, string label, string? error, string? hint, IHtmlContent control)
    {
        var group = new TagBuilder("div");
        group.AddCssClass(error is null ? "form-group" : "form-group form-group--error");
        var labelTag = new TagBuilder("label");
        labelTag.AddCssClass("label");
        labelTag.Attributes["for"] = FormIds.For(field);
        labelTag.InnerHtml.Append(label);
        group.InnerHtml.AppendHtml(labelTag);
        if (hint is not null)
        {
            var hintTag = new TagBuilder("span");
            hintTag.AddCssClass("hint");
            hintTag.InnerHtml.Append(hint);
            group.InnerHtml.AppendHtml(hintTag);
        }
        if (error is not null)
        {
            var errorTag = new TagBuilder("span");
            errorTag.AddCssClass("error-message");
            errorTag.Attributes["id"] = FormIds.For(field) + "-error";
            errorTag.InnerHtml.Append("Error: " + error);
            group.InnerHtml.AppendHtml(errorTag);
        }
        group.InnerHtml.AppendHtml(control);
        return group;
    }

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
