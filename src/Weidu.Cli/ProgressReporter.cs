using System.Diagnostics;
using System.Globalization;

namespace Weidu.Cli;

/// <summary>
/// A one-line progress display on standard error (bytes read, entries per second, time left), redrawn in place.
/// It shows nothing for runs that finish within a second, when standard error is not a terminal, or with --quiet.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter? _error;
    private readonly long _totalBytes;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastDrawn;
    private int _drawnWidth;

    /// <param name="console">Where to draw: its standard error, if that is a terminal.</param>
    /// <param name="quiet">Whether --quiet was given.</param>
    /// <param name="totalBytes">The size of all inputs, for the time left.</param>
    /// <param name="delay">How long a run goes before progress is shown; one second unless a test says otherwise.</param>
    public ProgressReporter(CliConsole console, bool quiet, long totalBytes, TimeSpan? delay = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _error = console.ErrorIsTerminal && !quiet ? console.Error : null;
        _totalBytes = totalBytes;
        _delay = delay ?? DefaultDelay;
    }

    /// <summary>Whether anything will be drawn.</summary>
    public bool IsEnabled => _error is not null;

    /// <summary>
    /// Reports that <paramref name="bytesDone"/> of the input bytes and <paramref name="entries"/> entries are done.
    /// Thread-safe: the pipeline reports from its workers.
    /// </summary>
    public void Report(long bytesDone, int entries)
    {
        if (_error is null || _clock.Elapsed < _delay)
        {
            return;
        }

        lock (_gate)
        {
            Draw(bytesDone, entries);
        }
    }

    private void Draw(long bytesDone, int entries)
    {
        var elapsed = _clock.Elapsed;
        if (_drawnWidth > 0 && elapsed - _lastDrawn < Interval)
        {
            return;
        }

        _lastDrawn = elapsed;
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var rate = entries / seconds;
        var left = bytesDone > 0 && _totalBytes > bytesDone
            ? TimeSpan.FromSeconds(seconds * (_totalBytes - bytesDone) / bytesDone)
            : TimeSpan.Zero;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{FormatBytes(bytesDone)} / {FormatBytes(_totalBytes)}  {rate:F0} entries/s  {left:mm\\:ss} left");
        DrawLine(line);
    }

    /// <summary>Clears the progress line, if one was drawn.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_error is not null && _drawnWidth > 0)
            {
                _error.Write('\r' + new string(' ', _drawnWidth) + '\r');
                _error.Flush();
                _drawnWidth = 0;
            }
        }
    }

    private void DrawLine(string line)
    {
        var padded = line.Length < _drawnWidth ? line.PadRight(_drawnWidth) : line;
        _error!.Write('\r' + padded);
        _error.Flush();
        _drawnWidth = padded.Length;
    }

    internal static string FormatBytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MB"),
    };
}
