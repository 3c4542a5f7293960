using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Providers;

/// <summary>One model of a provider and the client pipeline that calls it.</summary>
public sealed record ModelRoute(string Model, IChatClient Client);

/// <summary>
/// Tries the provider's models in order: the primary model, then each fallback model, moving on when
/// a model fails after its retries. When all fail, the error names every model and its reason.
/// A stream moves on only while it has produced nothing.
/// </summary>
public sealed class ModelFallbackChatClient : IChatClient
{
    private readonly string _provider;
    private readonly IReadOnlyList<ModelRoute> _routes;
    private readonly ChatClientMetadata _metadata;
    private readonly ILogger _logger;

    /// <summary>Creates the fallback chain; <paramref name="routes"/> holds at least the primary model.</summary>
    public ModelFallbackChatClient(string provider, IReadOnlyList<ModelRoute> routes, Uri? endpoint = null, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        if (routes.Count == 0)
        {
            throw new ArgumentException("At least one model is needed.", nameof(routes));
        }
        _provider = provider;
        _routes = routes;
        _metadata = new ChatClientMetadata(provider, endpoint, routes[0].Model);
    }

    /// <summary>The models, in the order they are tried.</summary>
    public IReadOnlyList<string> Models => [.. _routes.Select(r => r.Model)];

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var failures = new List<(string Model, ChatProviderException Error)>();
        foreach (var route in _routes)
        {
            try
            {
                var response = await route.Client.GetResponseAsync(history, options, cancellationToken).ConfigureAwait(false);
                response.ModelId ??= route.Model;
                return response;
            }
            catch (ChatProviderException failure) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add((route.Model, failure));
                LogFailure(route.Model, failure);
            }
        }
        throw AllFailed(failures);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var failures = new List<(string Model, ChatProviderException Error)>();
        StreamStart? started = null;
        string? model = null;
        foreach (var route in _routes)
        {
            try
            {
                started = await StreamStart.BeginAsync(route.Client.GetStreamingResponseAsync(history, options, cancellationToken), cancellationToken).ConfigureAwait(false);
                model = route.Model;
                break;
            }
            catch (ChatProviderException failure) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add((route.Model, failure));
                LogFailure(route.Model, failure);
            }
        }
        if (started is null)
        {
            throw AllFailed(failures);
        }

        await foreach (var update in started.RestAsync().ConfigureAwait(false))
        {
            update.ModelId ??= model;
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }
        if (serviceKey is null && serviceType.IsInstanceOfType(this))
        {
            return this;
        }
        return _routes[0].Client.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var route in _routes)
        {
            route.Client.Dispose();
        }
    }

    private void LogFailure(string model, ChatProviderException failure)
    {
        if (_routes.Count > 1)
        {
            _logger.LogWarning("Model {Model} failed; {Next}. {Reason}", model,
                model == _routes[^1].Model ? "no model left" : "trying the next model", failure.Message);
        }
    }

    private ChatProviderException AllFailed(List<(string Model, ChatProviderException Error)> failures)
    {
        if (failures.Count == 1)
        {
            return failures[0].Error;
        }
        var message = new StringBuilder("All models failed: ");
        for (var i = 0; i < failures.Count; i++)
        {
            if (i > 0)
            {
                message.Append("; ");
            }
            message.Append(failures[i].Error.Message);
        }
        var last = failures[^1].Error;
        return new ChatProviderException(message.ToString(), _provider, last.StatusCode, new AggregateException(failures.Select(f => f.Error)))
        {
            IsTransient = failures.All(f => f.Error.IsTransient),
        };
    }
}
