using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

public sealed class EntityTaggerProperties
{
    private static readonly EntityTagger Tagger = EntityTagger.Create(o => o.IncludeNested = true);

    // Characters the grammars react to (surnames, posts, suffixes, list openers, brackets, breaks), so random
    // texts exercise them rather than only unknown characters.
    private const string Alphabet = "张李王刘区委书记长副常务市领导、，。；《》〈〉同志家中路街河园公司局部中心社区办事处魏都许昌十四届七次全会 \n\r\t　的了是在和a1·（）";

    private static Gen<string> Texts() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars));

    private static IEnumerable<EntityMention> Flatten(IEnumerable<EntityMention> mentions) =>
        mentions.SelectMany(m => Flatten(m.Nested).Prepend(m));

    [Property(MaxTest = 300)]
    public Property No_input_makes_the_tagger_throw_and_mentions_lie_inside_it() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var mentions = Tagger.Tag(text).AsImmutableArray();
            Tagger.Collect(text);
            return Flatten(mentions).All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0);
        });

    [Property(MaxTest = 300)]
    public Property Mentions_are_sorted_and_do_not_overlap_unless_nested() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var mentions = Tagger.Tag(text).AsImmutableArray();
            var ordered = mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
            var nestedInside = Flatten(mentions).All(m => m.Nested.All(n => m.Span.Contains(n.Span)));
            return ordered && nestedInside;
        });

    [Property(MaxTest = 200)]
    public Property Tagging_is_deterministic() =>
        Prop.ForAll(Texts().ToArbitrary(), text => Tagger.Tag(text) == new EntityTagger(new EntityTaggerOptions { IncludeNested = true }).Tag(text));

    // Without whitespace: a line break between two characters joins them (OCR repair), which can make an earlier,
    // overlapping occurrence of the entry that a reader of the raw text would not mark.
    [Property(MaxTest = 200)]
    public Property A_gazetteer_entry_is_found_wherever_it_appears_whole() =>
        Prop.ForAll(
            Texts().Select(t => string.Concat(t.Where(c => !char.IsWhiteSpace(c)))).ToArbitrary(),
            Gen.Choose(2, 4).SelectMany(length => Gen.Elements("德润甲乙丙丁戊己".ToCharArray()).ArrayOf(length)).Select(c => new string(c)).ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (text, entry, copies) =>
            {
                for (var i = 0; i < copies; i++)
                {
                    text = text.Insert(text.Length / (i + 2), entry);
                }

                var tagger = EntityTagger.Create(o =>
                {
                    o.IncludeNested = true;
                    o.Gazetteer.Add(new GazetteerEntry(entry, EntityType.Organization));
                });
                var found = Flatten(tagger.Tag(text).AsImmutableArray())
                    .Where(m => m.Type == EntityType.Organization && m.Text == entry)
                    .Select(m => m.Span.Start)
                    .ToHashSet();

                // Occurrences taken left to right without overlap, as a reader would mark them.
                for (var at = text.IndexOf(entry, StringComparison.Ordinal); at >= 0; at = text.IndexOf(entry, at + entry.Length, StringComparison.Ordinal))
                {
                    if (!found.Contains(at))
                    {
                        return false;
                    }
                }

                return true;
            });
}
