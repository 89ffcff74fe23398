namespace Weidu.Testing;

// Shared by the pipeline's and the reliability tests (linked into both), so one stream models a broken download.
/// <summary>A stream over bytes that throws after <c>failAt</c> bytes, and counts its reads.</summary>
internal sealed class FaultyStream(byte[] bytes, int failAt) : Stream
{
    public const string Message = "The connection was reset.";

    private int _position;
    private int _reads;
    private int _inProgress;

    public int Reads => Volatile.Read(ref _reads);

    public int ReadsInProgress => Volatile.Read(ref _inProgress);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Interlocked.Increment(ref _reads);
        Interlocked.Increment(ref _inProgress);
        try
        {
            if (_position >= failAt)
            {
                throw new IOException(Message);
            }

            // Small reads, so that a stream is many reads and cancellation can land between them.
            var count = Math.Min(Math.Min(buffer.Length, 97), Math.Min(bytes.Length, failAt) - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
