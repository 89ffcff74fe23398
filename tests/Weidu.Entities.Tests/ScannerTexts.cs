using Weidu.Tokenization;

namespace Weidu.Entities.Tests;

/// <summary>
/// What the tests of the scanner's shortcuts (gates, bounds, kept parses) run over: the yearbook's lines and every
/// sentence the other tests tag, where each rule of every round has its cases.
/// </summary>
internal static class ScannerTexts
{
    private static readonly TokenizerLexicon Lexicon = new(ChineseTokenizer.Default);

    /// <summary>The yearbook's lines, then the tests' sentences.</summary>
    public static readonly string[] YearbookAndTestSentences = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"))
        .Split('\n')
        .Concat(GateCompletenessTests.TestSentences)
        .ToArray();

    /// <summary>A scanner of <paramref name="clean"/> with no gazetteer and the default options.</summary>
    public static Scanner CreateScanner(string clean) => new(clean, Gazetteer.Empty, Gazetteer.Empty, new EntityTaggerOptions(), Lexicon);
}
