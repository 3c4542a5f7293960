using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>Okapi BM25 over lower-cased word tokens (k1 = 1.2, b = 0.75).</summary>
internal sealed partial class Bm25Index
{
    private const double K1 = 1.2, B = 0.75;
    private readonly List<Dictionary<string, int>> _termCounts = new();
    private readonly List<int> _lengths = new();
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private double _averageLength;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "be", "it", "its", "this", "that",
        "with", "as", "by", "at", "from", "what", "how", "why", "do", "does", "i", "you", "me", "my", "can", "we", "your",
        "which", "when", "there", "their", "into", "about", "tell", "explain", "please", "use", "using", "s", "if", "so", "then",
    };

    public Bm25Index(IEnumerable<string> documents)
    {
        foreach (var doc in documents)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            int length = 0;
            foreach (var token in Tokenize(doc))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
                length++;
            }
            foreach (var term in counts.Keys) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            _termCounts.Add(counts);
            _lengths.Add(length);
        }
        _averageLength = _lengths.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
    }

    public int Count => _termCounts.Count;

    public double[] Score(string query)
    {
        var scores = new double[_termCounts.Count];
        var terms = Tokenize(query).Distinct().ToList();
        int n = _termCounts.Count;
        foreach (var term in terms)
        {
            if (!_documentFrequency.TryGetValue(term, out var df)) continue;
            double idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++)
            {
                if (!_termCounts[i].TryGetValue(term, out var tf)) continue;
                scores[i] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[i] / _averageLength));
            }
        }
        return scores;
    }

    public static IEnumerable<string> Tokenize(string text)
    {
        foreach (Match m in WordPattern().Matches(text.ToLowerInvariant()))
        {
            var token = m.Value;
            if (StopWords.Contains(token)) continue;
            yield return Stem(token);
        }
    }

    private static string Stem(string token)
    {
        if (token.Length > 4 && token.EndsWith("ies", StringComparison.Ordinal)) return token[..^3] + "y";
        if (token.Length > 3 && token.EndsWith('s') && !token.EndsWith("ss", StringComparison.Ordinal)) return token[..^1];
        return token;
    }

    [GeneratedRegex(@"[a-z0-9_]+")]
    private static partial Regex WordPattern();
}
