using System.Text;
using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge;

/// <summary>An offline tutor answer and the articles it cites.</summary>
internal sealed record TutorAnswer(string Markdown, IReadOnlyList<string> Citations, bool Answered, float BestSimilarity);

/// <summary>Assembles a tutor answer from the best passages of the knowledge base: headings, the passages, and a
/// sources line naming the articles. Says plainly that it does not know when nothing relevant is found.</summary>
internal sealed class TutorAnswerComposer(KnowledgeBase knowledgeBase)
{
    private const int MaxPassages = 3;
    private const int MaxArticles = 2;

    public async Task<TutorAnswer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var min = knowledgeBase.Options.MinRelevance;
        var passages = await knowledgeBase.SearchAsync(question, 8, cancellationToken).ConfigureAwait(false);
        float best = passages.Count == 0 ? 0 : passages.Max(p => p.Similarity);
        if (passages.Count == 0 || best < min)
            return new TutorAnswer(OfflineReplies.DontKnow(question), [], false, best);

        // The main article is the one of the best-ranked passage; a second article may add one passage.
        var chosen = new List<KnowledgePassage>();
        var articles = new List<string>();
        foreach (var p in passages)
        {
            if (p.Similarity < Math.Max(min, best - 0.15f)) continue;
            if (!articles.Contains(p.Path))
            {
                if (articles.Count >= MaxArticles) continue;
                articles.Add(p.Path);
            }
            else if (p.Path != articles[0]) continue; // one passage from a secondary article
            chosen.Add(p);
            if (chosen.Count >= MaxPassages) break;
        }

        // Passages of one article read best in the article's own order.
        var main = chosen[0];
        var bodies = knowledgeBase.Articles.ToDictionary(a => a.Path, a => a.Body);
        int Position(KnowledgePassage p) => bodies.TryGetValue(p.Path, out var body) && body.IndexOf(p.Text, StringComparison.Ordinal) is var i and >= 0 ? i : int.MaxValue;
        var ordered = chosen.Where(p => p.Path == main.Path).OrderBy(Position)
            .Concat(chosen.Where(p => p.Path != main.Path).OrderBy(Position)).ToList();
        chosen = ordered;
        main = chosen[0];
        var sb = new StringBuilder();
        sb.Append("## ").Append(main.Title).Append("\n\n");
        foreach (var group in chosen.GroupBy(p => p.Path))
        {
            bool first = group.Key == main.Path;
            if (!first) sb.Append("## Related: ").Append(group.First().Title).Append("\n\n");
            var seen = new HashSet<string>();
            foreach (var p in group)
            {
                if (p.Heading.Length > 0 && p.Heading != p.Title && seen.Add(p.Heading)) sb.Append("### ").Append(p.Heading).Append("\n\n");
                sb.Append(Regex.Replace(p.Text.Trim(), @"\n{3,}", "\n\n")).Append("\n\n");
            }
        }
        var citations = chosen.Select(p => p.Title).Distinct().ToList();
        sb.Append("---\n*Sources (offline knowledge base):* ").Append(string.Join("; ", citations.Select(c => "**" + c + "**"))).Append('\n');
        return new TutorAnswer(sb.ToString(), citations, true, best);
    }
}
