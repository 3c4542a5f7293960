using QiskitStudio.Storage.Sql;

namespace QiskitStudio.Storage.Tests;

/// <summary>The session store's behaviour, on every engine available here.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SessionStoreTests(DatabaseFixture databases)
{
    private async Task<SqlSessionStore> StoreAsync(string engine) => new(await databases.CreateAsync(engine));

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Messages_come_back_oldest_first_and_limited_to_the_most_recent(string engine)
    {
        var store = await StoreAsync(engine);
        await store.AppendAsync("s1", "p", [new NewMessage("user", "one"), new NewMessage("assistant", "two", "quantum-tutor")], CancellationToken.None);
        await store.AppendAsync("s1", "p", [new NewMessage("user", "three"), new NewMessage("assistant", "four", "quantum-tutor")], CancellationToken.None);
        await store.AppendAsync("other", "p", [new NewMessage("user", "elsewhere")], CancellationToken.None);

        var all = await store.GetRecentAsync("s1", 10, CancellationToken.None);
        Assert.Equal(["one", "two", "three", "four"], all.Select(m => m.Content));
        Assert.Equal(["user", "assistant", "user", "assistant"], all.Select(m => m.Role));
        Assert.Equal("quantum-tutor", all[1].Agent);
        Assert.Null(all[0].Agent);
        Assert.True(DateTimeOffset.UtcNow - all[0].CreatedAt < TimeSpan.FromHours(1));

        var lastTwo = await store.GetRecentAsync("s1", 2, CancellationToken.None);
        Assert.Equal(["three", "four"], lastTwo.Select(m => m.Content));

        Assert.Empty(await store.GetRecentAsync("s1", 0, CancellationToken.None));
        Assert.Empty(await store.GetRecentAsync("nobody", 10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Clearing_a_session_removes_only_its_messages_and_counts_them(string engine)
    {
        var store = await StoreAsync(engine);
        await store.AppendAsync("s1", "p", [new NewMessage("user", "a"), new NewMessage("assistant", "b")], CancellationToken.None);
        await store.AppendAsync("s2", "p", [new NewMessage("user", "c")], CancellationToken.None);
        Assert.Equal(new SessionCounts(2, 3), await store.CountAsync(CancellationToken.None));

        Assert.Equal(2, await store.ClearAsync("s1", CancellationToken.None));

        Assert.Empty(await store.GetRecentAsync("s1", 10, CancellationToken.None));
        Assert.Single(await store.GetRecentAsync("s2", 10, CancellationToken.None));
        Assert.Equal(new SessionCounts(1, 1), await store.CountAsync(CancellationToken.None));
        Assert.Equal(0, await store.ClearAsync("s1", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Secrets_are_redacted_before_they_are_stored(string engine)
    {
        var store = await StoreAsync(engine);
        const string key = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

        await store.AppendAsync("s1", "p", [new NewMessage("user", $"my key is {key}, why does it fail?")], CancellationToken.None);

        var stored = await store.GetRecentAsync("s1", 1, CancellationToken.None);
        Assert.Equal("my key is [REDACTED], why does it fail?", stored[0].Content);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Concurrent_appends_all_land(string engine)
    {
        var store = await StoreAsync(engine);
        var writers = Enumerable.Range(0, 30).Select(i =>
            store.AppendAsync($"s{i % 3}", "p", [new NewMessage("user", $"m{i}"), new NewMessage("assistant", $"r{i}")], CancellationToken.None));
        await Task.WhenAll(writers);

        Assert.Equal(new SessionCounts(3, 60), await store.CountAsync(CancellationToken.None));
        var session0 = await store.GetRecentAsync("s0", 100, CancellationToken.None);
        Assert.Equal(20, session0.Count);
        // Each append is one transaction: a user message is always followed by its own reply.
        for (var i = 0; i < session0.Count; i += 2)
        {
            Assert.Equal("r" + session0[i].Content[1..], session0[i + 1].Content);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Unicode_and_long_texts_round_trip(string engine)
    {
        var store = await StoreAsync(engine);
        var text = "État |ψ⟩ = (|00⟩ + |11⟩)/√2 — 量子 " + new string('x', 100_000);

        await store.AppendAsync("u", "p", [new NewMessage("user", text)], CancellationToken.None);

        Assert.Equal(text, (await store.GetRecentAsync("u", 1, CancellationToken.None))[0].Content);
    }
}
