using System.Globalization;
using System.Net.Http.Headers;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Carries a provider's <c>Retry-After</c> from the HTTP layer up to the retry decorator. The SDKs'
/// exceptions do not all expose response headers, so <see cref="Handler"/> (installed in each
/// provider's HttpClient) writes the delay into the probe that the current call opened with
/// <see cref="Begin"/>; the value flows down to the handler through an <see cref="AsyncLocal{T}"/>.
/// </summary>
public sealed class RetryAfterProbe
{
    private static readonly AsyncLocal<RetryAfterProbe?> Current = new();

    /// <summary>The delay the last response asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>Opens a probe for the calls made from the current async flow.</summary>
    public static RetryAfterProbe Begin()
    {
        var probe = new RetryAfterProbe();
        Current.Value = probe;
        return probe;
    }

    /// <summary>Reads <c>retry-after-ms</c> or <c>Retry-After</c> (seconds or an HTTP date) from response headers.</summary>
    public static TimeSpan? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.TryGetValues("retry-after-ms", out var milliseconds)
            && double.TryParse(milliseconds.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }
            if (retryAfter.Date is { } date)
            {
                var wait = date - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }
        return null;
    }

    /// <summary>The HTTP handler that fills the current probe from 429 and 5xx responses.</summary>
    public sealed class Handler : DelegatingHandler
    {
        /// <summary>A handler over a fresh <see cref="SocketsHttpHandler"/>.</summary>
        public Handler() : base(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if ((status == 429 || status >= 500) && Current.Value is { } probe)
            {
                probe.RetryAfter = Parse(response.Headers, DateTimeOffset.UtcNow);
            }
            return response;
        }
    }
}
