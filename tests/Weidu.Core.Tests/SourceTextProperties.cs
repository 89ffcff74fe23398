using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Core.Tests;

public sealed class SourceTextProperties
{
    private static string ApplyToString(string text, IEnumerable<TextChange> changes)
    {
        var builder = new StringBuilder(text);
        foreach (var change in changes.OrderByDescending(c => c.Span.Start))
        {
            builder.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
        }

        return builder.ToString();
    }

    [Property(MaxTest = 300)]
    public Property Applying_changes_equals_applying_them_to_a_string() =>
        Prop.ForAll(Generators.TextWithChanges.ToArbitrary(), input =>
        {
            var (text, changes) = input;
            var changed = SourceText.From(text).WithChanges(changes);
            return changed.ToString() == ApplyToString(text, changes);
        });

    [Property(MaxTest = 300)]
    public Property Change_ranges_of_a_direct_edit_are_exactly_the_changes() =>
        Prop.ForAll(Generators.TextWithChanges.ToArbitrary(), input =>
        {
            var (text, changes) = input;
            var old = SourceText.From(text);
            var changed = old.WithChanges(changes);
            var expected = changes.OrderBy(c => c.Span).Select(c => c.ToRange());
            return changed.GetChangeRanges(old).SequenceEqual(expected);
        });

    [Property(MaxTest = 300)]
    public Property Change_ranges_between_unrelated_texts_cover_exactly_the_difference() =>
        Prop.ForAll(Generators.TextArbitrary, Generators.TextArbitrary, (a, b) =>
        {
            var oldText = SourceText.From(a);
            var newText = SourceText.From(b);
            var ranges = newText.GetChangeRanges(oldText);
            if (a == b)
            {
                return ranges.Count == 0;
            }

            var range = Assert.Single(ranges);
            var rebuilt = a[..range.Span.Start] + b.Substring(range.Span.Start, range.NewLength) + a[range.Span.End..];
            var minimalStart = range.Span.Start == a.Length || range.Span.Start == b.Length || a[range.Span.Start] != b[range.Span.Start];
            var minimalEnd = range.Span.End == range.Span.Start || range.NewLength == 0
                || a[range.Span.End - 1] != b[range.Span.Start + range.NewLength - 1];
            return rebuilt == b && minimalStart && minimalEnd;
        });

    [Property(MaxTest = 300)]
    public Property Line_map_round_trips_every_position() =>
        Prop.ForAll(Generators.TextArbitrary, text =>
        {
            var source = SourceText.From(text);
            var lines = source.Lines;
            for (var position = 0; position <= text.Length; position++)
            {
                var linePosition = lines.GetLinePosition(position);
                if (lines.GetPosition(linePosition) != position)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Lines_match_a_split_on_the_three_line_breaks() =>
        Prop.ForAll(Generators.TextArbitrary, text =>
        {
            var expected = Regex.Split(text, "\r\n|\r|\n");
            var actual = SourceText.From(text).Lines.Select(l => l.ToString()).ToArray();
            var breaksRebuild = string.Concat(SourceText.From(text).Lines.Select(l => text[l.Start..l.EndIncludingLineBreak])) == text;
            return expected.SequenceEqual(actual) && breaksRebuild;
        });

    [Property(MaxTest = 300)]
    public Property Equal_content_means_equal_checksum_and_equality() =>
        Prop.ForAll(Generators.TextArbitrary, Generators.TextArbitrary, (a, b) =>
        {
            var first = SourceText.From(a);
            var second = SourceText.From(new string(a.AsSpan()));
            var other = SourceText.From(b);
            var same = first.Equals(second) && first.GetChecksum().SequenceEqual(second.GetChecksum())
                && first.GetHashCode() == second.GetHashCode();
            var differentWhenDifferent = a == b || (!first.Equals(other) && !first.GetChecksum().SequenceEqual(other.GetChecksum()));
            return same && differentWhenDifferent;
        });

    [Property(MaxTest = 200)]
    public Property Decoding_utf8_in_random_chunks_equals_decoding_at_once() =>
        Prop.ForAll(Generators.TextArbitrary, Gen.Choose(1, 7).ArrayOf().ToArbitrary(), (text, chunkSizes) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var whole = SourceText.From(bytes).ToString();
            var decoder = new TextDecoder();
            var output = new System.Buffers.ArrayBufferWriter<char>();
            var pending = new List<byte>();
            var position = 0;
            var chunk = 0;
            while (position < bytes.Length)
            {
                var size = chunkSizes.Length == 0 ? bytes.Length : chunkSizes[chunk++ % chunkSizes.Length];
                var take = Math.Min(size, bytes.Length - position);
                pending.AddRange(bytes.AsSpan(position, take));
                position += take;
                var consumed = decoder.Decode(pending.ToArray(), isFinalBlock: false, output);
                pending.RemoveRange(0, consumed);
            }

            decoder.Decode(pending.ToArray(), isFinalBlock: true, output);
            return new string(output.WrittenSpan) == whole;
        });
}
