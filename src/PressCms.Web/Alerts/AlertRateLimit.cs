using Microsoft.Extensions.Options;

namespace PressCms.Web.Alerts;

/// <summary>A sliding minute of sends on this node; what is over the limit waits for the next pass.</summary>
public sealed class AlertRateLimit(IOptions<AlertOptions> options, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public int Remaining()
    {
        lock (gate)
        {
            var minuteAgo = time.GetUtcNow() - TimeSpan.FromMinutes(1);
            while (sent.Count > 0 && sent.Peek() <= minuteAgo)
            {
                sent.Dequeue();
            }
            return Math.Max(0, options.Value.MaxPerMinute - sent.Count);
        }
    }

    public void Record(int count)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                sent.Enqueue(time.GetUtcNow());
            }
        }
    }
}
