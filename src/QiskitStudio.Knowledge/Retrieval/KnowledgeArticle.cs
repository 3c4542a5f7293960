using System.Reflection;
using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>One Markdown document: a built-in article or a file from KNOWLEDGE_DIR.</summary>
public sealed record KnowledgeArticle(string Path, string Title, IReadOnlyList<string> Tags, string Body)
{
    /// <summary>Number of words in the body (front matter excluded).</summary>
    public int WordCount => Regex.Matches(Body, @"\S+").Count;

    /// <summary>Parses front matter (<c>title:</c>, <c>tags:</c>) if present; the title falls back to the first heading or the file name.</summary>
    public static KnowledgeArticle Parse(string path, string markdown)
    {
        var text = markdown.Replace("\r\n", "\n");
        string title = "";
        var tags = new List<string>();
        string body = text;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            int end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (end > 0)
            {
                var header = text[4..end];
                int bodyStart = text.IndexOf('\n', end + 4);
                body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
                foreach (var line in header.Split('\n'))
                {
                    int colon = line.IndexOf(':');
                    if (colon < 0) continue;
                    var key = line[..colon].Trim().ToLowerInvariant();
                    var value = line[(colon + 1)..].Trim();
                    if (key == "title") title = value.Trim('"', '\'');
                    else if (key == "tags")
                        tags.AddRange(value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(t => t.Trim('"', '\'')));
                }
            }
        }
        if (title.Length == 0)
        {
            var heading = Regex.Match(body, @"^#\s+(.+)$", RegexOptions.Multiline);
            title = heading.Success ? heading.Groups[1].Value.Trim() : System.IO.Path.GetFileNameWithoutExtension(path);
        }
        return new KnowledgeArticle(path, title, tags, body.Trim() + "\n");
    }

    /// <summary>The articles embedded in this assembly (Articles/*.md).</summary>
    public static IReadOnlyList<KnowledgeArticle> LoadBuiltIn()
    {
        var assembly = typeof(KnowledgeArticle).Assembly;
        const string prefix = "QiskitStudio.Knowledge.Articles.";
        var list = new List<KnowledgeArticle>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse("builtin:" + name[prefix.Length..], reader.ReadToEnd()));
        }
        return list;
    }

    /// <summary>Every *.md file under a folder (recursively), in a stable order.</summary>
    public static IReadOnlyList<KnowledgeArticle> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        return Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Parse(System.IO.Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }
}
