using QiskitStudio.Knowledge.Retrieval;

namespace QiskitStudio.Knowledge;

/// <summary>A passage found by <see cref="KnowledgeBase.SearchAsync"/>.</summary>
/// <param name="Title">Title of the article the passage comes from (cite this).</param>
/// <param name="Path">"builtin:&lt;file&gt;.md" for built-in articles, the path relative to KNOWLEDGE_DIR otherwise.</param>
/// <param name="Heading">The section heading of the passage ("" before the first heading).</param>
/// <param name="Text">The passage's Markdown.</param>
/// <param name="Score">Hybrid score (reciprocal rank fusion of the vector and BM25 rankings); higher is better.</param>
/// <param name="Similarity">Cosine similarity between the query and the passage (-1..1).</param>
public sealed record KnowledgePassage(string Title, string Path, string Heading, string Text, double Score, float Similarity);

/// <summary>What the last build or load of the index did.</summary>
public sealed record KnowledgeIndexInfo(int Articles, int Chunks, int EmbeddedNow, bool LoadedFromFile, string? File);

/// <summary>The knowledge base: built-in articles plus KNOWLEDGE_DIR, chunked, embedded with MiniLM, searched with
/// a hybrid of vector similarity and BM25. The index is persisted in the data directory and rebuilt only when the
/// documents change.</summary>
public sealed class KnowledgeBase : IDisposable
{
    private const int RrfK = 60;
    private readonly KnowledgeOptions _options;
    private readonly ITextEmbedder _embedder;
    private readonly bool _ownsEmbedder;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private IReadOnlyList<KnowledgeArticle> _articles = [];
    private IReadOnlyList<IndexedChunk> _chunks = [];
    private Bm25Index _bm25 = new([]);
    private KnowledgeIndexInfo? _info;

    public KnowledgeBase(KnowledgeOptions? options = null, ITextEmbedder? embedder = null)
    {
        _options = options ?? new KnowledgeOptions();
        _ownsEmbedder = embedder is null;
        _embedder = embedder ?? new MiniLmEmbedder();
    }

    public KnowledgeOptions Options => _options;

    /// <summary>The indexed documents (available after <see cref="InitializeAsync"/> or the first search).</summary>
    public IReadOnlyList<KnowledgeArticle> Articles => _articles;

    public KnowledgeIndexInfo? IndexInfo => _info;

    /// <summary>Loads the persisted index or builds it; called automatically by the first search.</summary>
    public async Task<KnowledgeIndexInfo> InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_info is not null) return _info;
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_info is not null) return _info;
            _info = await Task.Run(() => Build(cancellationToken), cancellationToken).ConfigureAwait(false);
            return _info;
        }
        finally { _initLock.Release(); }
    }

    /// <summary>The best <paramref name="k"/> passages for a query, best first.</summary>
    public async Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int k = 5, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(query) || _chunks.Count == 0 || k <= 0) return [];
        var queryVector = _embedder.Embed([query], cancellationToken)[0];
        var similarity = new float[_chunks.Count];
        for (int i = 0; i < _chunks.Count; i++) similarity[i] = VectorMath.Dot(queryVector, _chunks[i].Vector);
        var bm25 = _bm25.Score(query);

        var fused = new double[_chunks.Count];
        int rank = 0;
        foreach (var i in Enumerable.Range(0, _chunks.Count).OrderByDescending(i => similarity[i]))
            fused[i] += 1.0 / (RrfK + ++rank);
        rank = 0;
        foreach (var i in Enumerable.Range(0, _chunks.Count).Where(i => bm25[i] > 0).OrderByDescending(i => bm25[i]))
            fused[i] += 1.0 / (RrfK + ++rank);

        return Enumerable.Range(0, _chunks.Count)
            .OrderByDescending(i => fused[i]).ThenByDescending(i => similarity[i])
            .Take(k)
            .Select(i => new KnowledgePassage(_chunks[i].Chunk.Title, _chunks[i].Chunk.Path, _chunks[i].Chunk.Heading,
                _chunks[i].Chunk.Text, fused[i], similarity[i]))
            .ToList();
    }

    private KnowledgeIndexInfo Build(CancellationToken cancellationToken)
    {
        var articles = new List<KnowledgeArticle>();
        if (_options.IncludeBuiltInArticles) articles.AddRange(KnowledgeArticle.LoadBuiltIn());
        if (_options.KnowledgeDirectory is { Length: > 0 } dir) articles.AddRange(KnowledgeArticle.LoadDirectory(dir));
        _articles = articles;

        var chunks = articles.SelectMany(MarkdownChunker.Split).ToList();
        var hashes = chunks.Select(c => KnowledgeIndexStore.HashOf(_embedder.ModelId, c)).ToList();
        var corpusHash = KnowledgeIndexStore.CorpusHash(hashes);
        string? file = _options.DataDirectory is { Length: > 0 } data ? Path.Combine(data, KnowledgeIndexStore.FileName) : null;

        var stored = file is null ? null : KnowledgeIndexStore.TryLoad(file);
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (stored is { } s && s.ModelId == _embedder.ModelId)
        {
            if (s.CorpusHash == corpusHash && s.Chunks.Count == chunks.Count)
            {
                Publish(s.Chunks);
                return new KnowledgeIndexInfo(articles.Count, s.Chunks.Count, 0, true, file);
            }
            foreach (var c in s.Chunks) known.TryAdd(c.Hash, c.Vector);
        }
        // Vectors of unchanged built-in passages ship with the assembly.
        if (_options.IncludeBuiltInArticles && KnowledgeIndexStore.TryLoadBuiltIn() is { } shipped && shipped.ModelId == _embedder.ModelId)
            foreach (var c in shipped.Chunks) known.TryAdd(c.Hash, c.Vector);

        var missing = Enumerable.Range(0, chunks.Count).Where(i => !known.ContainsKey(hashes[i])).ToList();
        var vectors = _embedder.Embed(missing.Select(i => chunks[i].EmbeddingText).ToList(), cancellationToken);
        for (int j = 0; j < missing.Count; j++) known[hashes[missing[j]]] = vectors[j];
        var indexed = chunks.Select((c, i) => new IndexedChunk(c, hashes[i], known[hashes[i]])).ToList();
        if (file is not null)
        {
            try { KnowledgeIndexStore.Save(file, _embedder.ModelId, corpusHash, indexed); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { file = null; }
        }
        Publish(indexed);
        return new KnowledgeIndexInfo(articles.Count, indexed.Count, missing.Count, false, file);
    }

    private void Publish(IReadOnlyList<IndexedChunk> chunks)
    {
        _chunks = chunks;
        _bm25 = new Bm25Index(chunks.Select(c => c.Chunk.Title + " " + c.Chunk.Heading + " " + c.Chunk.Text));
    }

    public void Dispose()
    {
        if (_ownsEmbedder && _embedder is IDisposable d) d.Dispose();
        _initLock.Dispose();
    }
}
