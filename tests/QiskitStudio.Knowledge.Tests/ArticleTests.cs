using System.Text.RegularExpressions;
using QiskitStudio.Knowledge.Retrieval;

namespace QiskitStudio.Knowledge.Tests;

public sealed class ArticleTests
{
    private static readonly IReadOnlyList<KnowledgeArticle> Articles = KnowledgeArticle.LoadBuiltIn();

    [Fact]
    public void At_least_sixty_articles_are_embedded()
    {
        Assert.True(Articles.Count >= 60, $"only {Articles.Count} articles");
        Assert.Equal(Articles.Count, Articles.Select(a => a.Title).Distinct().Count());
    }

    [Fact]
    public void Every_article_has_front_matter_and_a_reasonable_length()
    {
        foreach (var a in Articles)
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Title), a.Path);
            Assert.True(a.Tags.Count >= 2, $"{a.Path}: tags");
            Assert.InRange(a.WordCount, 250, 700);
        }
    }

    [Fact]
    public void The_topics_of_the_brief_are_covered()
    {
        var text = string.Join("\n", Articles.Select(a => a.Title + " " + string.Join(" ", a.Tags))).ToLowerInvariant();
        foreach (var topic in new[] { "bell", "ghz", "teleportation", "superdense", "deutsch", "bernstein", "simon", "grover", "fourier",
                     "phase estimation", "shor", "vqe", "qaoa", "chsh", "kernel", "sqd", "superposition", "entanglement", "interference",
                     "noise", "bloch", "trex", "zne", "pec", "pea", "dynamical decoupling", "twirling", "m3", "gate folding",
                     "resilience", "session", "aer", "transpil", "pub", "quantum_info", "circuit library" })
            Assert.Contains(topic, text);
    }

    [Fact]
    public void Python_examples_in_articles_parse()
    {
        if (!Python.Available) return; // python3 missing: nothing to check against
        var sources = new Dictionary<string, string>();
        foreach (var a in Articles)
        {
            int i = 0;
            foreach (Match m in Regex.Matches(a.Body, "```python\n(?<code>[\\s\\S]*?)```"))
                sources[Path.GetFileNameWithoutExtension(a.Path.Replace("builtin:", "")) + "_" + i++] = m.Groups["code"].Value;
        }
        Assert.True(sources.Count >= 50, $"only {sources.Count} code examples");
        var errors = Python.ParseErrors(sources);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Key + ": " + e.Value)));
    }

    [Fact]
    public void Chunks_stay_within_the_size_bounds_and_never_split_code()
    {
        foreach (var a in Articles)
        {
            foreach (var chunk in MarkdownChunker.Split(a))
            {
                var words = Regex.Matches(chunk.Text, @"\S+").Count;
                Assert.True(words <= 400, $"{a.Path} / {chunk.Heading}: {words} words");
                Assert.Equal(0, Regex.Matches(chunk.Text, "```").Count % 2);
            }
        }
    }

    [Fact]
    public void Front_matter_is_parsed()
    {
        var a = KnowledgeArticle.Parse("x.md", "---\ntitle: \"My title\"\ntags: [one, two]\n---\n# Heading\n\nBody text.\n");
        Assert.Equal("My title", a.Title);
        Assert.Equal(["one", "two"], a.Tags);
        Assert.StartsWith("# Heading", a.Body);
        var b = KnowledgeArticle.Parse("notes/y.md", "# Only a heading\n\nText.");
        Assert.Equal("Only a heading", b.Title);
    }
}
