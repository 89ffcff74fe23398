using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Weidu.Core;

/// <summary>
/// Decodes bytes to UTF-16 in as many pieces as they arrive, never splitting a character across pieces.
/// Detects the encoding from a byte order mark (UTF-8, UTF-16 LE/BE) or, without one, from the first
/// <see cref="DetectionWindow"/> bytes: valid UTF-8 is UTF-8, otherwise text that decodes as GB18030 (a
/// superset of GBK and GB2312) cleanly, or with a few damaged bytes where UTF-8 would fail far more often, is
/// GB18030. Invalid byte sequences become U+FFFD, each with a
/// <see cref="CoreDiagnostics.InvalidBytes"/> diagnostic giving its byte offset.
/// </summary>
/// <remarks>An instance keeps state between calls and is not thread-safe, like <see cref="Decoder"/>.</remarks>
public sealed class TextDecoder
{
    /// <summary>How many leading bytes decide the encoding when there is no byte order mark.</summary>
    public const int DetectionWindow = 4096;

    private const int MaxReportedInvalidSequences = 100;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    });

    private readonly DiagnosticBag? _diagnostics;
    private readonly string? _path;
    private Decoder? _decoder;
    private RecordingFallback? _fallback;
    private bool _isUtf8;
    private bool _isUtf16;
    private long _textStartByte;
    private int _invalidSequences;

    /// <summary>Creates a decoder.</summary>
    /// <param name="encoding">The encoding to use, or <see langword="null"/> to detect it.</param>
    /// <param name="diagnostics">Where to report invalid bytes and the detected encoding; may be null.</param>
    /// <param name="path">The file name to put in diagnostics, when known.</param>
    public TextDecoder(Encoding? encoding = null, DiagnosticBag? diagnostics = null, string? path = null)
    {
        _diagnostics = diagnostics;
        _path = path;
        if (encoding is not null)
        {
            Select(encoding);
        }
    }

    /// <summary>The GB18030 encoding (a superset of GBK and GB2312), available without registering a provider.</summary>
    public static Encoding GB18030 => Gb18030.Value;

    /// <summary>The encoding in use, or <see langword="null"/> while it is still being detected.</summary>
    public Encoding? Encoding { get; private set; }

    /// <summary>Whether the input began with a byte order mark (which is not decoded into the text).</summary>
    public bool HadByteOrderMark { get; private set; }

    /// <summary>How many input bytes have been consumed so far.</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>How many UTF-16 code units have been written so far.</summary>
    public long CharsWritten { get; private set; }

    /// <summary>How many invalid byte sequences were replaced by U+FFFD so far.</summary>
    public int InvalidSequenceCount => _invalidSequences;

    /// <summary>
    /// Decodes what it can of <paramref name="bytes"/> into <paramref name="output"/> and returns how many
    /// bytes it consumed. Bytes not consumed (an incomplete character, or too few bytes to detect the
    /// encoding) must be passed again, with more after them, in the next call.
    /// </summary>
    /// <param name="bytes">The next input bytes.</param>
    /// <param name="isFinalBlock">Whether no more bytes follow; then everything is consumed.</param>
    /// <param name="output">Receives the decoded characters.</param>
    public int Decode(ReadOnlySpan<byte> bytes, bool isFinalBlock, IBufferWriter<char> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var consumed = 0;
        if (Encoding is null)
        {
            if (!TryDetect(bytes, isFinalBlock, out var preambleLength))
            {
                return 0;
            }

            consumed = preambleLength;
            BytesConsumed += preambleLength;
            _textStartByte = preambleLength;
        }

        consumed += _isUtf8
            ? DecodeUtf8(bytes[consumed..], isFinalBlock, output)
            : DecodeWithDecoder(bytes[consumed..], isFinalBlock, output);
        if (isFinalBlock && _invalidSequences > MaxReportedInvalidSequences)
        {
            Report(CoreDiagnostics.ManyInvalidBytes, new TextSpan(checked((int)Math.Min(CharsWritten, int.MaxValue)), 0), _invalidSequences, MaxReportedInvalidSequences);
        }

        return consumed;
    }

    private bool TryDetect(ReadOnlySpan<byte> bytes, bool isFinalBlock, out int preambleLength)
    {
        preambleLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            preambleLength = 3;
            HadByteOrderMark = true;
            Select(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            preambleLength = 2;
            HadByteOrderMark = true;
            Select(new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true));
            return true;
        }

        if (!isFinalBlock && bytes.Length < DetectionWindow)
        {
            // A partial BOM or a short prefix cannot decide yet.
            return false;
        }

        var window = bytes[..Math.Min(bytes.Length, DetectionWindow)];
        if (IsValidUtf8Prefix(window))
        {
            Select(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }

        if (ReadsAsGb18030(window))
        {
            Select(GB18030);
            Report(CoreDiagnostics.EncodingDetected, new TextSpan(0, 0), "GB18030");
            return true;
        }

        Select(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    // An incomplete sequence at the end of the window is not evidence against UTF-8: the window may cut
    // a character, or the input may be a truncated UTF-8 download, whose last bytes then become U+FFFD.
    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> window)
    {
        var status = Utf8.ToUtf16(window, new char[window.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is OperationStatus.Done or OperationStatus.NeedMoreData;
    }

    // A GBK page scraped with one damaged byte is still GBK: as UTF-8 nearly every Han character of it would
    // fail. Random binary, by contrast, fails GB18030 on roughly every tenth byte and stays UTF-8.
    private static bool ReadsAsGb18030(ReadOnlySpan<byte> window)
    {
        var gbInvalid = CountInvalidSequences(GB18030, window);
        return gbInvalid == 0 || (gbInvalid <= 1 + (window.Length / 256) && gbInvalid * 4 < CountInvalidUtf8(window));
    }

    private static int CountInvalidSequences(Encoding encoding, ReadOnlySpan<byte> window)
    {
        var counting = new RecordingFallback();
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = counting;
        decoding.GetDecoder().GetCharCount(window, flush: false);
        return counting.TakeRecorded().Count;
    }

    private static int CountInvalidUtf8(ReadOnlySpan<byte> window)
    {
        var invalid = 0;
        while (!window.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(window, out _, out var length);
            if (status == OperationStatus.NeedMoreData)
            {
                break;
            }

            if (status == OperationStatus.InvalidData)
            {
                invalid++;
            }

            window = window[Math.Max(1, length)..];
        }

        return invalid;
    }

    private void Select(Encoding encoding)
    {
        Encoding = encoding;
        _isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        _isUtf16 = encoding.CodePage is 1200 or 1201;
        if (!_isUtf8)
        {
            _fallback = new RecordingFallback();
            var decoding = (Encoding)encoding.Clone();
            decoding.DecoderFallback = _fallback;
            _decoder = decoding.GetDecoder();
        }
    }

    private int DecodeUtf8(ReadOnlySpan<byte> bytes, bool isFinalBlock, IBufferWriter<char> output)
    {
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            var destination = output.GetSpan(Math.Min(bytes.Length - consumed, 1 << 16) + 1);
            var status = Utf8.ToUtf16(bytes[consumed..], destination, out var read, out var written, replaceInvalidSequences: false, isFinalBlock);
            Advance(output, read, written);
            consumed += read;
            switch (status)
            {
                case OperationStatus.InvalidData:
                    _ = System.Text.Rune.DecodeFromUtf8(bytes[consumed..], out _, out var invalidLength);
                    invalidLength = Math.Max(1, invalidLength);
                    ReplaceInvalid(output, BytesConsumed, invalidLength);
                    consumed += invalidLength;
                    break;
                case OperationStatus.NeedMoreData:
                    return consumed;
                case OperationStatus.DestinationTooSmall:
                case OperationStatus.Done:
                    break;
            }
        }

        return consumed;
    }

    private void ReplaceInvalid(IBufferWriter<char> output, long byteOffset, int length)
    {
        var at = CharsWritten;
        output.GetSpan(1)[0] = '\uFFFD';
        Advance(output, length, 1);
        CountInvalid(byteOffset, length, at);
    }

    private void CountInvalid(long byteOffset, int length, long charPosition)
    {
        _invalidSequences++;
        if (_invalidSequences <= MaxReportedInvalidSequences)
        {
            Report(CoreDiagnostics.InvalidBytes, new TextSpan(checked((int)Math.Min(charPosition, int.MaxValue)), 1), length, byteOffset, Encoding?.WebName);
        }
    }

    private int DecodeWithDecoder(ReadOnlySpan<byte> bytes, bool isFinalBlock, IBufferWriter<char> output)
    {
        var decoder = _decoder!;
        var fallback = _fallback!;
        var consumed = 0;
        var completed = false;
        while (!completed)
        {
            var remaining = bytes[consumed..];
            var destination = output.GetSpan(Math.Min(remaining.Length, 1 << 16) + 2);
            fallback.StartBlock(BytesConsumed);
            decoder.Convert(remaining, destination, isFinalBlock, out var read, out var written, out completed);
            var searchFrom = 0;
            foreach (var (byteOffset, length) in fallback.TakeRecorded())
            {
                // Each replaced sequence yields one U+FFFD, in order.
                var index = destination[searchFrom..written].IndexOf('\uFFFD');
                var charIndex = index < 0 ? searchFrom : searchFrom + index;
                searchFrom = Math.Min(written, charIndex + 1);
                var charPosition = CharsWritten + charIndex;

                // UTF-16's decoder learns that a high surrogate is lone only from the unit after it and reports
                // that unit's index; every unit, valid or replaced, is two bytes, so the position says where it was.
                CountInvalid(_isUtf16 ? _textStartByte + (2 * charPosition) : byteOffset, length, charPosition);
            }

            Advance(output, read, written);
            consumed += read;
            if (read == 0 && written == 0 && remaining.IsEmpty)
            {
                break;
            }
        }

        return consumed;
    }

    private void Advance(IBufferWriter<char> output, int bytesRead, int charsWritten)
    {
        output.Advance(charsWritten);
        BytesConsumed += bytesRead;
        CharsWritten += charsWritten;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _diagnostics?.Add(Diagnostic.Create(descriptor, span, _path, args));

    private sealed class RecordingFallback : DecoderFallback
    {
        private readonly List<(long Offset, int Length)> _recorded = [];
        private long _blockStart;

        public override int MaxCharCount => 1;

        public void StartBlock(long blockStart) => _blockStart = blockStart;

        public List<(long Offset, int Length)> TakeRecorded()
        {
            var taken = new List<(long, int)>(_recorded);
            _recorded.Clear();
            return taken;
        }

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(RecordingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner._recorded.Add((owner._blockStart + Math.Max(index, 0), bytesUnknown.Length));
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending)
                {
                    return '\0';
                }

                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => _pending = false;
        }
    }
}

/// <summary>The diagnostics Weidu.Core reports (codes WD0001–WD0099).</summary>
public static class CoreDiagnostics
{
    /// <summary>WD0001: an invalid byte sequence was replaced by U+FFFD.</summary>
    public static readonly DiagnosticDescriptor InvalidBytes = new(
        "WD0001", "Invalid bytes", "{0} invalid byte(s) at byte offset {1} could not be decoded as {2} and were replaced by U+FFFD", DiagnosticSeverity.Warning);

    /// <summary>WD0002: the encoding was detected rather than declared.</summary>
    public static readonly DiagnosticDescriptor EncodingDetected = new(
        "WD0002", "Encoding detected", "The input is not UTF-8; it was decoded as {0}", DiagnosticSeverity.Info);

    /// <summary>WD0003: more invalid sequences than are reported one by one.</summary>
    public static readonly DiagnosticDescriptor ManyInvalidBytes = new(
        "WD0003", "Many invalid bytes", "{0} invalid byte sequences in all were replaced by U+FFFD; only the first {1} are reported individually", DiagnosticSeverity.Warning);
}
