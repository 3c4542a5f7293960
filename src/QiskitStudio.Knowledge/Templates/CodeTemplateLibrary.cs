using System.Globalization;
using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.Templates;

/// <summary>A parameterised Qiskit 2.x program. Keywords are weighted phrases matched against the request.</summary>
public sealed record CodeTemplate(string Id, string Title, string Description, IReadOnlyDictionary<string, double> Keywords, Func<TemplateParameters, string> Render);

/// <summary>A chosen template, the parameters read from the request and the filled program.</summary>
public sealed record TemplateMatch(CodeTemplate Template, double Score, TemplateParameters Parameters, string Code);

/// <summary>The offline architect's programs: at least thirty Qiskit 2.x templates, chosen by intent and filled from
/// the request. They use only the API of CONTRACT §5 and print their results.</summary>
public sealed partial class CodeTemplateLibrary
{
    /// <summary>Minimum keyword score for a template to be chosen.</summary>
    public const double MinScore = 1.0;

    private readonly List<CodeTemplate> _templates;

    public CodeTemplateLibrary() => _templates = BuildTemplates();

    public IReadOnlyList<CodeTemplate> Templates => _templates;

    public CodeTemplate? Get(string id) => _templates.FirstOrDefault(t => t.Id == id);

    /// <summary>The best template for a request, filled with the values it states; null when none fits.</summary>
    public TemplateMatch? Match(string request)
    {
        var ranked = Rank(request);
        if (ranked.Count == 0) return null;
        var (template, score) = ranked[0];
        var parameters = TemplateParameters.Extract(request);
        return new TemplateMatch(template, score, parameters, template.Render(parameters));
    }

    /// <summary>Templates whose keywords the request contains, best first.</summary>
    public IReadOnlyList<(CodeTemplate Template, double Score)> Rank(string request)
    {
        var text = Normalize(request);
        var list = new List<(CodeTemplate, double)>();
        foreach (var template in _templates)
        {
            double score = 0;
            foreach (var (phrase, weight) in template.Keywords)
                if (Regex.IsMatch(text, @"(?<![a-z0-9])" + Regex.Escape(phrase) + @"(?![a-z0-9])")) score += weight;
            if (score >= MinScore) list.Add((template, score));
        }
        return list.OrderByDescending(x => x.Item2).ThenBy(x => _templates.IndexOf(x.Item1)).ToList();
    }

    /// <summary>Fills a template by id with explicit parameters.</summary>
    public string Render(string id, TemplateParameters? parameters = null)
        => (Get(id) ?? throw new ArgumentException($"no template '{id}'", nameof(id))).Render(parameters ?? new TemplateParameters());

    internal static string Normalize(string text)
    {
        var t = text.ToLowerInvariant().Replace('–', '-').Replace('—', '-').Replace("’", "'").Replace("'s ", " ").Replace("'", "");
        t = Regex.Replace(t, @"[-_/]", " ");
        t = Regex.Replace(t, @"\s+", " ");
        return t;
    }

    private static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static Dictionary<string, double> K(params (string Phrase, double Weight)[] items) => items.ToDictionary(i => i.Phrase, i => i.Weight);
}
