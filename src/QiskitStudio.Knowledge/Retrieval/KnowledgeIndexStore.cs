using System.Security.Cryptography;
using System.Text;

namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>One indexed passage with its content hash and unit vector.</summary>
internal sealed record IndexedChunk(KnowledgeChunk Chunk, string Hash, float[] Vector);

/// <summary>Persists the index in one binary file: model id, corpus hash, then each passage with its hash and vector.
/// A load keeps the vectors of passages whose hash is unchanged, so only new or edited passages are embedded again.</summary>
internal static class KnowledgeIndexStore
{
    private const string Magic = "QSKB1";
    public const string FileName = "knowledge-index.bin";

    public static string HashOf(string modelId, KnowledgeChunk chunk)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\u0001" + chunk.Path + "\u0001" + chunk.EmbeddingText));
        return Convert.ToHexString(bytes, 0, 16);
    }

    public static string CorpusHash(IEnumerable<string> chunkHashes)
    {
        var joined = string.Join(",", chunkHashes);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)), 0, 16);
    }

    public static (string ModelId, string CorpusHash, List<IndexedChunk> Chunks)? TryLoad(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            using var stream = File.OpenRead(file);
            return TryLoad(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The index of the built-in articles shipped inside the assembly (Index/builtin-index.bin), so a fresh
    /// machine does not have to embed them; null when absent.</summary>
    public static (string ModelId, string CorpusHash, List<IndexedChunk> Chunks)? TryLoadBuiltIn()
    {
        using var stream = typeof(KnowledgeIndexStore).Assembly.GetManifestResourceStream("QiskitStudio.Knowledge.Index.builtin-index.bin");
        return stream is null ? null : TryLoad(stream);
    }

    public static (string ModelId, string CorpusHash, List<IndexedChunk> Chunks)? TryLoad(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic) return null;
            var modelId = reader.ReadString();
            var corpusHash = reader.ReadString();
            int count = reader.ReadInt32();
            int dims = reader.ReadInt32();
            var chunks = new List<IndexedChunk>(count);
            for (int i = 0; i < count; i++)
            {
                var chunk = new KnowledgeChunk(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
                var hash = reader.ReadString();
                var vector = new float[dims];
                for (int d = 0; d < dims; d++) vector[d] = reader.ReadSingle();
                chunks.Add(new IndexedChunk(chunk, hash, vector));
            }
            return (modelId, corpusHash, chunks);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException)
        {
            return null; // a damaged or foreign file is simply rebuilt
        }
    }

    public static void Save(string file, string modelId, string corpusHash, IReadOnlyList<IndexedChunk> chunks)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temp = file + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
        using (var stream = File.Create(temp))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(modelId);
            writer.Write(corpusHash);
            writer.Write(chunks.Count);
            writer.Write(chunks.Count == 0 ? 0 : chunks[0].Vector.Length);
            foreach (var c in chunks)
            {
                writer.Write(c.Chunk.Path);
                writer.Write(c.Chunk.Title);
                writer.Write(c.Chunk.Heading);
                writer.Write(c.Chunk.Text);
                writer.Write(c.Hash);
                foreach (var x in c.Vector) writer.Write(x);
            }
        }
        File.Move(temp, file, overwrite: true);
    }
}
