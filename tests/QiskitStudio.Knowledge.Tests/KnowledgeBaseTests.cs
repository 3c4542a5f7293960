using QiskitStudio.Knowledge.Retrieval;
using Xunit.Abstractions;

namespace QiskitStudio.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class KnowledgeBaseTests(KnowledgeBaseFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("How does quantum teleportation work?", "Quantum teleportation")]
    [InlineData("what is zero noise extrapolation", "Zero-noise extrapolation (ZNE)")]
    [InlineData("explain the optimization levels of generate_preset_pass_manager", "Preset pass managers and optimization levels")]
    [InlineData("How many iterations does Grover's algorithm need?", "Grover's search algorithm")]
    [InlineData("What is a PUB and how does broadcasting work?", "PUBs and broadcasting")]
    [InlineData("difference between session and batch execution", "Execution modes: job, session and batch")]
    [InlineData("what does TREX do for readout errors", "TREX readout error mitigation")]
    [InlineData("how do I turn on dynamical decoupling", "Dynamical decoupling")]
    [InlineData("what is the Bloch sphere", "The Bloch sphere")]
    [InlineData("How does SQD configuration recovery work", "Sample-based quantum diagonalization (SQD)")]
    public async Task The_right_article_is_among_the_first_three_passages(string query, string title)
    {
        var passages = await fixture.KnowledgeBase.SearchAsync(query, 3);
        foreach (var p in passages) output.WriteLine($"{p.Score:F4} {p.Similarity:F3} {p.Title} / {p.Heading}");
        Assert.Contains(passages, p => p.Title == title);
        Assert.True(passages[0].Similarity >= fixture.KnowledgeBase.Options.MinRelevance);
    }

    [Fact]
    public async Task Unrelated_queries_score_below_the_relevance_threshold()
    {
        foreach (var q in new[] { "best recipe for banana bread", "who won the 1998 football world cup", "how do I change a bicycle tyre" })
        {
            var best = (await fixture.KnowledgeBase.SearchAsync(q, 1))[0];
            output.WriteLine($"{q}: {best.Similarity:F3} {best.Title}");
            Assert.True(best.Similarity < fixture.KnowledgeBase.Options.MinRelevance, q);
        }
    }

    [Fact]
    public async Task A_second_instance_loads_the_persisted_index_without_embedding()
    {
        Assert.True(fixture.FirstBuild.Chunks > fixture.FirstBuild.Articles);
        using var again = new KnowledgeBase(new KnowledgeOptions { DataDirectory = fixture.DataDirectory }, fixture.Embedder);
        var info = await again.InitializeAsync();
        Assert.True(info.LoadedFromFile);
        Assert.Equal(0, info.EmbeddedNow);
        Assert.Equal(fixture.FirstBuild.Chunks, info.Chunks);
        var a = await again.SearchAsync("superdense coding", 1);
        var b = await fixture.KnowledgeBase.SearchAsync("superdense coding", 1);
        Assert.Equal(b[0].Text, a[0].Text);
    }

    [Fact]
    public async Task User_documents_are_indexed_and_only_changed_passages_are_embedded_again()
    {
        var root = Path.Combine(Path.GetTempPath(), "qs-kdir-" + Guid.NewGuid().ToString("N")[..8]);
        var docs = Path.Combine(root, "docs");
        Directory.CreateDirectory(docs);
        try
        {
            File.WriteAllText(Path.Combine(docs, "lab.md"), "---\ntitle: Lab cryostat procedures\ntags: [lab]\n---\n# Cooling down\n\nThe dilution refrigerator in room 4 takes two days to reach base temperature. Log the mixing chamber reading every morning.\n\n# Warming up\n\nNever open the vacuum can above 4 kelvin. Ask the facility manager before any warm-up.\n");
            File.WriteAllText(Path.Combine(docs, "notes.md"), "# Group meeting notes\n\nThe readout resonators of chip B drift by about 100 kHz per week, so recalibrate on Mondays.\n");
            var options = new KnowledgeOptions { DataDirectory = Path.Combine(root, "data"), KnowledgeDirectory = docs, IncludeBuiltInArticles = false };

            using (var kb = new KnowledgeBase(options, fixture.Embedder))
            {
                var info = await kb.InitializeAsync();
                Assert.Equal(2, info.Articles);
                Assert.Equal(info.Chunks, info.EmbeddedNow);
                var hits = await kb.SearchAsync("how long does the fridge take to cool down", 1);
                Assert.Equal("Lab cryostat procedures", hits[0].Title);
                Assert.Equal("lab.md", hits[0].Path);
            }

            File.AppendAllText(Path.Combine(docs, "notes.md"), "\n# Action items\n\nOrder a new HEMT amplifier for line 3.\n");
            using (var kb = new KnowledgeBase(options, fixture.Embedder))
            {
                var info = await kb.InitializeAsync();
                Assert.False(info.LoadedFromFile);
                Assert.InRange(info.EmbeddedNow, 1, info.Chunks - 1);
                var hits = await kb.SearchAsync("which amplifier should be ordered", 1);
                Assert.Equal("Group meeting notes", hits[0].Title);
            }
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void The_index_shipped_in_the_assembly_covers_every_built_in_passage()
    {
        // Stale after an article edit: regenerate with QS_KB_EXPORT_INDEX=src/QiskitStudio.Knowledge/Index/builtin-index.bin
        var shipped = KnowledgeIndexStore.TryLoadBuiltIn();
        Assert.NotNull(shipped);
        Assert.Equal(fixture.Embedder.ModelId, shipped.Value.ModelId);
        var hashes = shipped.Value.Chunks.Select(c => c.Hash).ToHashSet();
        var missing = KnowledgeArticle.LoadBuiltIn().SelectMany(MarkdownChunker.Split)
            .Where(c => !hashes.Contains(KnowledgeIndexStore.HashOf(fixture.Embedder.ModelId, c))).Select(c => c.Title + " / " + c.Heading).ToList();
        Assert.True(missing.Count == 0, "not in the shipped index: " + string.Join("; ", missing));
        Assert.Equal(0, fixture.FirstBuild.EmbeddedNow);
    }

    [Fact]
    public void Bm25_prefers_documents_with_rare_query_terms()
    {
        var index = new Bm25Index(["the transpiler maps circuits", "zero noise extrapolation mitigates noise", "circuits and gates"]);
        var scores = index.Score("noise extrapolation");
        Assert.True(scores[1] > scores[0] && scores[1] > scores[2]);
        Assert.Equal(0, scores[0]);
    }
}
