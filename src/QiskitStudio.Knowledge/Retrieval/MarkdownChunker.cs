using System.Text;
using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>A passage of an article: a heading's section, or part of it.</summary>
internal sealed record KnowledgeChunk(string Path, string Title, string Heading, string Text)
{
    /// <summary>What gets embedded: the title and heading give the passage its context.</summary>
    public string EmbeddingText => Heading.Length == 0 || Heading == Title ? $"{Title}\n{Text}" : $"{Title} - {Heading}\n{Text}";
}

/// <summary>Splits Markdown by heading, then by paragraph, into passages of roughly 100 to 300 words.
/// Fenced code blocks are never split.</summary>
internal static class MarkdownChunker
{
    public const int TargetWords = 220;
    public const int MaxWords = 300;
    public const int MinWords = 60;

    public static IReadOnlyList<KnowledgeChunk> Split(KnowledgeArticle article)
    {
        var chunks = new List<KnowledgeChunk>();
        foreach (var (heading, blocks) in Sections(article.Body))
        {
            var current = new List<string>();
            int words = 0;
            foreach (var block in blocks)
            {
                int w = CountWords(block);
                if (words > 0 && words + w > MaxWords && words >= MinWords)
                {
                    chunks.Add(new KnowledgeChunk(article.Path, article.Title, heading, string.Join("\n\n", current)));
                    current.Clear();
                    words = 0;
                }
                current.Add(block);
                words += w;
                if (words >= TargetWords)
                {
                    chunks.Add(new KnowledgeChunk(article.Path, article.Title, heading, string.Join("\n\n", current)));
                    current.Clear();
                    words = 0;
                }
            }
            if (current.Count > 0)
            {
                // A short tail joins the previous passage of the same section when it fits.
                if (words < MinWords && chunks.Count > 0 && chunks[^1].Heading == heading && chunks[^1].Path == article.Path
                    && CountWords(chunks[^1].Text) + words <= MaxWords + MinWords)
                {
                    var last = chunks[^1];
                    chunks[^1] = last with { Text = last.Text + "\n\n" + string.Join("\n\n", current) };
                }
                else chunks.Add(new KnowledgeChunk(article.Path, article.Title, heading, string.Join("\n\n", current)));
            }
        }
        return chunks;
    }

    internal static int CountWords(string text) => Regex.Matches(text, @"\S+").Count;

    private static IEnumerable<(string Heading, List<string> Blocks)> Sections(string body)
    {
        string heading = "";
        var blocks = new List<string>();
        var paragraph = new StringBuilder();
        bool inFence = false;
        void Flush()
        {
            var text = paragraph.ToString().Trim('\n');
            if (text.Trim().Length > 0) blocks.Add(text);
            paragraph.Clear();
        }
        foreach (var line in body.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                paragraph.Append(line).Append('\n');
                if (!inFence) Flush();
                continue;
            }
            if (inFence) { paragraph.Append(line).Append('\n'); continue; }
            var h = Regex.Match(line, @"^(#{1,6})\s+(.*)$");
            if (h.Success)
            {
                Flush();
                if (blocks.Count > 0) yield return (heading, blocks);
                blocks = new List<string>();
                heading = h.Groups[2].Value.Trim();
                continue;
            }
            if (line.Trim().Length == 0) { Flush(); continue; }
            paragraph.Append(line).Append('\n');
        }
        Flush();
        if (blocks.Count > 0) yield return (heading, blocks);
    }
}
