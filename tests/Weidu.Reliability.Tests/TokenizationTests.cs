using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;
using Weidu.Tokenization;

namespace Weidu.Reliability.Tests;

/// <summary>The tokenizer on hostile shapes: tokens always cover the text exactly, in order.</summary>
public sealed class TokenizationTests
{
    private static readonly ChineseTokenizer Tokenizer = ChineseTokenizer.Default;

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void Every_shape_is_covered_exactly_by_its_tokens(string shape, string content)
    {
        AssertCovers(Tokenizer.Tokenize(content), 0, content.Length);
        _ = shape;
    }

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void The_enumerator_gives_the_same_tokens_as_tokenize(string shape, string content)
    {
        var enumerated = new List<Token>();
        foreach (var token in Tokenizer.EnumerateTokens(content))
        {
            enumerated.Add(token);
        }

        Assert.Equal(Tokenizer.Tokenize(content).AsImmutableArray(), enumerated);
        _ = shape;
    }

    [Fact]
    public void A_span_of_a_source_text_gives_tokens_at_positions_in_that_text()
    {
        var text = SourceText.From("\0\0\r\n" + HostileText.Chronicle);
        var span = new TextSpan(4, HostileText.Chronicle.Length);

        AssertCovers(Tokenizer.Tokenize(text, span), span.Start, span.End);
    }

    [Fact]
    public void Astral_characters_are_never_split_between_tokens()
    {
        const string Content = "𠀀𠀁区委😀👨‍👩‍👧书记𪚥";

        var tokens = Tokenizer.Tokenize(Content);

        AssertCovers(tokens, 0, Content.Length);
        Assert.All(tokens, t => Assert.False(char.IsLowSurrogate(Content[t.Start]), $"token {t} starts inside a surrogate pair"));
    }

    [Fact]
    public void A_50_MB_line_without_newline_is_covered_exactly()
    {
        var content = HostileText.LongLine(50 * 1024 * 1024 / 3);

        AssertCovers(Tokenizer.Tokenize(content), 0, content.Length);
    }

    [Fact]
    public void A_long_line_without_any_break_opportunity_is_covered_exactly()
    {
        // 3 M characters, 5 MB of UTF-8: runs of one character give the lattice no place to cut.
        var content = new string('的', 1_000_000) + new string('a', 1_000_000) + new string('9', 1_000_000);

        AssertCovers(Tokenizer.Tokenize(content), 0, content.Length);
    }

    [Fact]
    public void A_hundred_thousand_one_character_lines_are_covered_exactly()
    {
        var content = HostileText.OneCharacterLines(100_000);

        AssertCovers(Tokenizer.Tokenize(content), 0, content.Length);
    }

    [Fact]
    public void Invalid_user_dictionary_lines_are_reported_with_their_line_and_skipped()
    {
        const string Dictionary = "魏都区 10 ns\n\0\0\0 x y z w\n张书杰 nr\n 99999999999999999999 n\n";
        var diagnostics = new DiagnosticBag();

        var words = UserDictionary.Parse(new StringReader(Dictionary), "user.dict", diagnostics);

        Assert.True(words.TryGetWord("魏都区", out _));
        Assert.True(words.TryGetWord("张书杰", out _));
        var reported = diagnostics.ToArray().AsImmutableArray();
        Assert.Contains(reported, d => d.Id == TokenizationDiagnostics.InvalidUserDictionaryLine.Id && d.Message.Contains("Line 2", StringComparison.Ordinal));
        Assert.All(reported, d => Assert.Equal("user.dict", d.Path));
    }

    [Fact]
    public void Invalid_user_dictionary_lines_in_a_crlf_file_are_reported_at_their_position()
    {
        const string Dictionary = "魏都区 10 ns\r\n张书杰 nr\r\n坏 行 有 太多 列\r\n";
        var diagnostics = new DiagnosticBag();

        UserDictionary.Parse(new StringReader(Dictionary), "user.dict", diagnostics);

        var reported = Assert.Single(diagnostics.ToArray().AsImmutableArray());
        var start = Dictionary.IndexOf("坏", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(start, "坏 行 有 太多 列".Length), reported.Span);
    }

    [Fact]
    public void A_missing_user_dictionary_file_is_a_diagnostic_not_an_exception()
    {
        var diagnostics = new DiagnosticBag();

        var tokenizer = ChineseTokenizer.Create(new ChineseTokenizerOptions { UserDictionaries = { "/nonexistent/weidu.dict" } }, diagnostics);

        Assert.Contains(diagnostics.ToArray().AsImmutableArray(), d => d.Id == TokenizationDiagnostics.UserDictionaryUnreadable.Id);
        AssertCovers(tokenizer.Tokenize("魏都区"), 0, 3);
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_strings_are_covered_exactly(NonNull<string> content)
    {
        var tokens = Tokenizer.Tokenize(content.Get);
        return Covers(tokens, 0, content.Get.Length).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Every_standard_covers_random_text_exactly(int seed)
    {
        var content = HostileText.Random(new Random(seed), 300);
        return Enum.GetValues<SegmentationStandard>()
            .All(standard => Covers(Tokenizer.WithStandard(standard).Tokenize(content), 0, content.Length))
            .ToProperty();
    }

    private static bool Covers(EquatableArray<Token> tokens, int start, int end)
    {
        var position = start;
        foreach (var token in tokens)
        {
            if (token.Start != position || token.Span.Length == 0)
            {
                return false;
            }

            position = token.End;
        }

        return position == end;
    }

    // One assertion for the first token out of place: per-token assertions would dominate the time on long lines.
    private static void AssertCovers(EquatableArray<Token> tokens, int start, int end)
    {
        var position = start;
        foreach (var token in tokens)
        {
            if (token.Start != position || token.Span.Length == 0)
            {
                Assert.Fail($"token {token} where a non-empty token starting at {position} was expected");
            }

            position = token.End;
        }

        Assert.Equal(end, position);
    }
}
