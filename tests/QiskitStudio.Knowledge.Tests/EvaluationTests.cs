using System.Globalization;
using QiskitStudio.Knowledge.ParameterUpdates;
using QiskitStudio.Knowledge.Templates;
using QiskitStudio.Knowledge.Tests.Evaluation;
using Xunit.Abstractions;

namespace QiskitStudio.Knowledge.Tests;

/// <summary>Scores the offline stack on the evaluation set and prints the figures. Bars: routing ≥ 95%, template
/// choice ≥ 90%, parameter edits 100% exact.</summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private static readonly IntentClassifier Classifier = new();
    private static readonly CodeTemplateLibrary Library = new();

    [Fact]
    public void The_evaluation_set_is_large_enough_and_well_formed()
    {
        var all = EvaluationSet.All;
        Assert.True(all.Count >= 150, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
        Assert.All(all.Where(c => c.Intent == ChatIntent.CodeRequest), c => Assert.NotNull(Library.Get(c.Template!)));
        Assert.All(all.Where(c => c.Intent == ChatIntent.ParameterUpdate), c => Assert.NotNull(c.ExpectedBody));
        Assert.True(all.Count(c => c.Intent == ChatIntent.ParameterUpdate) >= 50);
        // every §2 parameter of the frontend is exercised
        var prompts = string.Join("\n", all.Where(c => c.Intent == ChatIntent.ParameterUpdate).Select(c => c.Text));
        foreach (var p in new[] { "circuit_type:", "circuit_library_type:", "quantum_info_type:", "resilience_level:", "trex:", "zne:", "pec:", "pea:",
                     "dynamical_decoupling:", "gate_twirling:", "m3:", "gate_folding:", "loopCount:", "optimization_level:", "layout_method:",
                     "routing_method:", "translation_method:", "scheduling_method:", "seed_transpiler:", "visualization_type:", "Selected molecule:" })
            Assert.Contains(p, prompts);
    }

    [Fact]
    public void Routing_is_at_least_95_percent_correct()
    {
        var misses = EvaluationSet.All.Select(c => (c, got: Classifier.Classify(c.Text))).Where(x => x.got.Intent != x.c.Intent).ToList();
        foreach (var (c, got) in misses) output.WriteLine($"routing miss {c.Id}: expected {c.Intent}, got {got.Intent} ({got.Reason}): {Short(c.Text)}");
        var rate = Rate(EvaluationSet.All.Count - misses.Count, EvaluationSet.All.Count);
        output.WriteLine($"routing: {EvaluationSet.All.Count - misses.Count}/{EvaluationSet.All.Count} = {rate:P1}");
        Assert.True(rate >= 0.95, $"routing {rate:P1}");
    }

    [Fact]
    public void Template_choice_is_at_least_90_percent_correct()
    {
        var cases = EvaluationSet.All.Where(c => c.Intent == ChatIntent.CodeRequest).ToList();
        int ok = 0;
        foreach (var c in cases)
        {
            var match = Library.Match(c.Text);
            if (match?.Template.Id == c.Template) ok++;
            else output.WriteLine($"template miss {c.Id}: expected {c.Template}, got {match?.Template.Id ?? "(none)"}: {c.Text}");
        }
        var rate = Rate(ok, cases.Count);
        output.WriteLine($"template choice: {ok}/{cases.Count} = {rate:P1}");
        Assert.True(rate >= 0.90, $"template choice {rate:P1}");
    }

    [Fact]
    public void Parameter_edits_are_all_exact()
    {
        var cases = EvaluationSet.All.Where(c => c.Intent == ChatIntent.ParameterUpdate).ToList();
        int ok = 0;
        foreach (var c in cases)
        {
            bool applied = ParameterUpdateEditor.TryApply(c.Text, out var body);
            if (applied && body == c.ExpectedBody) { ok++; continue; }
            output.WriteLine($"edit miss {c.Id} (applied={applied}):\n--- expected\n{c.ExpectedBody}\n--- got\n{body}\n---");
        }
        output.WriteLine($"parameter edits exact: {ok}/{cases.Count} = {Rate(ok, cases.Count):P1}");
        Assert.Equal(cases.Count, ok);
    }

    [Fact]
    public void Holdout_cases_score_without_tuning()
    {
        var cases = HoldoutSet.All;
        int routed = 0, templates = 0, templateTotal = 0, edits = 0, editTotal = 0;
        foreach (var c in cases)
        {
            var got = Classifier.Classify(c.Text);
            if (got.Intent == c.Intent) routed++;
            else output.WriteLine($"holdout routing miss {c.Id}: expected {c.Intent}, got {got.Intent}: {Short(c.Text)}");
            if (c.Intent == ChatIntent.CodeRequest)
            {
                templateTotal++;
                var match = Library.Match(c.Text);
                if (match?.Template.Id == c.Template) templates++;
                else output.WriteLine($"holdout template miss {c.Id}: expected {c.Template}, got {match?.Template.Id ?? "(none)"}");
            }
            if (c.Intent == ChatIntent.ParameterUpdate)
            {
                editTotal++;
                if (ParameterUpdateEditor.TryApply(c.Text, out var body) && body == c.ExpectedBody) edits++;
                else output.WriteLine($"holdout edit miss {c.Id}:\n{body}");
            }
        }
        output.WriteLine($"holdout routing {routed}/{cases.Count}, templates {templates}/{templateTotal}, edits {edits}/{editTotal}");
        Assert.True(Rate(routed, cases.Count) >= 0.90);
        Assert.True(Rate(templates, templateTotal) >= 0.80);
        Assert.Equal(editTotal, edits);
    }

    private static double Rate(int ok, int total) => total == 0 ? 0 : (double)ok / total;

    private static string Short(string text)
    {
        var t = text.ReplaceLineEndings(" ");
        return t.Length <= 90 ? t : t[..87] + "...";
    }
}
