using Weidu.Core;
using Weidu.Pipeline.Streaming;
using Weidu.Segmentation;

namespace Weidu.Pipeline.Tests;

/// <summary>
/// The stream segments its buffer once: the documents the producer finds there are handed to the chunk cut after
/// them, which is not segmented again. They must be the documents segmenting the chunk on its own gives, and the
/// buffer must never overwrite the text they were read from.
/// </summary>
public class DocumentBoundariesTests
{
    private static readonly string Yearbook = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));

    [Theory]
    [InlineData(4096)]
    [InlineData(65_536)]
    public void A_chunk_gets_the_documents_segmenting_it_alone_gives(int chunkLength)
    {
        // Two copies: the second copy's chronicle, whose title prints no year, takes the year of documents in earlier chunks.
        var text = Yearbook + "\n" + Yearbook.Replace("2019", "2020", StringComparison.Ordinal);
        var boundaries = new DocumentBoundaries(chronicleYear: null);
        var buffer = new CharBuffer();
        var chunks = 0;
        var handedOver = 0;
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            // Text arrives in pieces, as from a stream, and the buffer is looked at once it holds a chunk's length.
            var piece = rest[..Math.Min(rest.Length, 10_000)];
            piece.CopyTo(buffer.GetSpan(piece.Length));
            buffer.Advance(piece.Length);
            rest = rest[piece.Length..];
            int cut;
            while ((buffer.Length >= chunkLength || rest.IsEmpty) && buffer.Length > 0 &&
                   ((cut = boundaries.FindCut(buffer.Written, Math.Min(buffer.Length, chunkLength))) > 0 || rest.IsEmpty))
            {
                var chunk = buffer.Take(cut > 0 ? cut : buffer.Length);
                var context = Assert.IsType<ChunkContext>(boundaries.Describe(chunk));
                chunks++;
                if (context.Documents is { } documents)
                {
                    handedOver++;
                    var alone = new YearbookSegmenter(new YearbookSegmenterOptions { Year = context.ChronicleYear }).Segment(SourceText.From(chunk));
                    Assert.Equal(alone.Root.Children, documents);
                }
            }
        }

        Assert.True(chunks > 2, $"{chunks} chunks");
        Assert.Equal(chunks, handedOver);
    }

    [Fact]
    public void A_chronicle_without_a_year_takes_the_year_a_batch_segmentation_gives_it()
    {
        var text = Yearbook + "\n" + Yearbook.Replace("2019", "2020", StringComparison.Ordinal);
        var boundaries = new DocumentBoundaries(chronicleYear: null);
        var buffer = new CharBuffer();
        text.AsSpan().CopyTo(buffer.GetSpan(text.Length));
        buffer.Advance(text.Length);

        var streamed = new List<YearbookDocument>();
        while (buffer.Length > 0)
        {
            var cut = boundaries.FindCut(buffer.Written, Math.Min(buffer.Length, 4096));
            var context = (ChunkContext)boundaries.Describe(buffer.Take(cut > 0 ? cut : buffer.Length))!;
            streamed.AddRange(context.Documents!.Select(d => (YearbookDocument)d.Node));
        }

        // Each copy's chronicle prints no year and starts a chunk: its year comes from documents in earlier chunks.
        var batch = new YearbookSegmenter().Segment(SourceText.From(text)).Corpus.Children.Cast<YearbookDocument>().ToList();
        Assert.Equal(2, batch.Count(d => d.DocumentKind == DocumentKind.Chronicle && d.Year is not null));
        Assert.Equal(batch, streamed);
    }

    [Fact]
    public void Text_taken_from_the_buffer_is_never_overwritten()
    {
        var buffer = new CharBuffer();
        var handedOut = new List<(ReadOnlyMemory<char> Memory, string Text)>();
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            // Pieces of every size, some taken and some left, so that the buffer runs out of room in every state.
            var length = random.Next(1, 3000);
            buffer.GetSpan(length)[..length].Fill((char)('一' + i));
            buffer.Advance(length);
            var taken = buffer.Take(random.Next(0, buffer.Length + 1));
            handedOut.Add((taken, taken.ToString()));
            handedOut.Add((buffer.Written, buffer.Written.ToString()));
        }

        Assert.All(handedOut, h => Assert.Equal(h.Text, h.Memory.ToString()));
    }
}
