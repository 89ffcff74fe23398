using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Weidu.Core;

namespace Weidu.Cli.Input;

/// <summary>
/// Reads an input line by line as its bytes arrive, for the line commands. The bytes are decoded by Weidu.Core's
/// <see cref="TextDecoder"/> (the encoding detected or forced; invalid bytes become U+FFFD) and split at CR, LF and
/// CRLF as <see cref="SourceText"/> splits lines, so a file and the same bytes on standard input give the same lines;
/// a final line break does not start another line. Problems are reported as the file commands report them: a binary
/// input (no lines), the undecodable bytes (one line with the first position and byte offset, once all is read), and
/// a read that fails (the lines read so far, then the error at the position where the input stopped).
/// </summary>
internal static class LineReader
{
    private const int ReadSize = 1 << 16;

    /// <summary>Reads the lines of <paramref name="source"/>; the problems are added once the lines run out.</summary>
    /// <param name="source">The input.</param>
    /// <param name="interactive">
    /// Someone is typing: every line is answered as soon as it is entered, so nothing waits for the bytes that
    /// detection and the binary check need, and the terminal's UTF-8 is decoded unless an encoding is forced.
    /// </param>
    /// <param name="problems">Receives one error line per problem.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<string> ReadLinesAsync(InputSource source, bool interactive, List<string> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        var stream = Open(source, problems);
        if (stream is null)
        {
            yield break;
        }

        await using var disposeStream = stream.ConfigureAwait(false);
        var input = new ByteWindow(stream);
        if (!interactive)
        {
            while (!input.Ended && input.Count < InputEncoding.BinaryProbeLength)
            {
                await input.ReadAsync(source.Path, cancellationToken).ConfigureAwait(false);
            }

            var nul = InputEncoding.FindNul(input.Bytes, source.Encoding);
            if (nul >= 0)
            {
                problems.Add(CliDiagnostics.Problem(CliDiagnostics.NotText, source.Path, nul));
                yield break;
            }
        }

        var diagnostics = new DiagnosticBag();
        var encoding = interactive ? source.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : InputEncoding.ForInput(input.Bytes, source.Encoding);
        var decoder = new TextDecoder(encoding, diagnostics, source.Path);
        var lines = new LineSplitter();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            input.Consume(decoder.Decode(input.Bytes, input.Ended, lines.Chars));
            var decodedAll = input.Ended && input.Count == 0;
            lines.NoteInvalidBytes(diagnostics);
            while (lines.TryTakeLine(decodedAll, out var line))
            {
                yield return line;
            }

            if (decodedAll)
            {
                break;
            }

            lines.Compact();
            await input.ReadAsync(source.Path, cancellationToken).ConfigureAwait(false);
        }

        var stoppedAt = lines.End;
        if (lines.TryTakeLast(out var last))
        {
            yield return last;
        }

        lines.ReportInvalidBytes(decoder, diagnostics, problems);
        if (input.Failure is { } failure)
        {
            problems.Add(CliDiagnostics.Format(failure, stoppedAt));
        }
    }

    private static Stream? Open(InputSource source, List<string> problems)
    {
        try
        {
            return source.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(CliDiagnostics.Format(InputReader.ReadFailure(source.Path, e)));
            return null;
        }
    }

    /// <summary>The bytes read and not yet decoded; a read that fails ends the input and is kept as a diagnostic.</summary>
    private sealed class ByteWindow(Stream stream)
    {
        private byte[] _buffer = new byte[ReadSize];
        private int _start;
        private int _end;

        public bool Ended { get; private set; }

        public Diagnostic? Failure { get; private set; }

        public int Count => _end - _start;

        public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(_start, _end - _start);

        public void Consume(int count) => _start += count;

        public async Task ReadAsync(string path, CancellationToken cancellationToken)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, Count);
                _end = Count;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            try
            {
                var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                _end += read;
                Ended = read == 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // What was read is still decoded and written; the error says where the input stopped.
                Ended = true;
                Failure = InputReader.ReadFailure(path, e);
            }
        }
    }

    /// <summary>
    /// The decoded characters not yet returned as lines, where the lines end, and where the first undecodable byte
    /// sequence is (line and column, found as the line holding it is returned).
    /// </summary>
    private sealed class LineSplitter
    {
        private readonly ArrayBufferWriter<char> _pending = new(ReadSize);
        private int _lineStart;
        private int _scanFrom;
        private long _bufferOffset;
        private int _lineNumber;
        private Diagnostic? _firstInvalid;
        private LinePosition? _firstInvalidAt;

        /// <summary>Where the decoder writes.</summary>
        public ArrayBufferWriter<char> Chars => _pending;

        /// <summary>The position just after the last character read.</summary>
        public LinePosition End => new(_lineNumber, _pending.WrittenCount - _lineStart);

        public void NoteInvalidBytes(DiagnosticBag diagnostics)
        {
            if (_firstInvalid is null && diagnostics.Count > 0)
            {
                _firstInvalid = diagnostics.ToArray().FirstOrDefault(d => d.Id == CoreDiagnostics.InvalidBytes.Id);
            }
        }

        /// <summary>Takes the next complete line; a CR at the end waits for what follows it, unless all is decoded.</summary>
        public bool TryTakeLine(bool decodedAll, out string line)
        {
            var written = _pending.WrittenSpan;
            var found = written[_scanFrom..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                _scanFrom = written.Length;
                line = string.Empty;
                return false;
            }

            var lineEnd = _scanFrom + found;
            int next;
            if (written[lineEnd] == '\n')
            {
                next = lineEnd + 1;
            }
            else if (lineEnd + 1 < written.Length)
            {
                next = written[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
            }
            else if (decodedAll)
            {
                next = lineEnd + 1;
            }
            else
            {
                _scanFrom = lineEnd;
                line = string.Empty;
                return false;
            }

            line = Take(lineEnd, next);
            return true;
        }

        /// <summary>Takes the text after the last line break, if there is any.</summary>
        public bool TryTakeLast(out string line)
        {
            var end = _pending.WrittenCount;
            var any = end > _lineStart;
            line = any ? Take(end, end) : string.Empty;
            return any;
        }

        /// <summary>Drops the characters already returned, so that the buffer holds only the line being read.</summary>
        public void Compact()
        {
            if (_lineStart == 0)
            {
                return;
            }

            var rest = _pending.WrittenSpan[_lineStart..].ToArray();
            _bufferOffset += _lineStart;
            _scanFrom -= _lineStart;
            _lineStart = 0;
            _pending.ResetWrittenCount();
            _pending.Write(rest);
        }

        public void ReportInvalidBytes(TextDecoder decoder, DiagnosticBag diagnostics, List<string> problems)
        {
            if (_firstInvalid is null)
            {
                return;
            }

            var many = diagnostics.ToArray().FirstOrDefault(d => d.Id == CoreDiagnostics.ManyInvalidBytes.Id);
            problems.Add(CliDiagnostics.InvalidBytes(_firstInvalid, _firstInvalidAt ?? End, decoder.InvalidSequenceCount, many));
        }

        private string Take(int lineEnd, int next)
        {
            if (_firstInvalid is not null && _firstInvalidAt is null && _firstInvalid.Span.Start < _bufferOffset + next)
            {
                _firstInvalidAt = new LinePosition(_lineNumber, (int)(_firstInvalid.Span.Start - _bufferOffset - _lineStart));
            }

            var line = new string(_pending.WrittenSpan[_lineStart..lineEnd]);
            _lineStart = next;
            _scanFrom = next;
            _lineNumber++;
            return line;
        }
    }
}
