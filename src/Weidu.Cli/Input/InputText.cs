using Weidu.Core;

namespace Weidu.Cli.Input;

/// <summary>One decoded input: the name it is reported under, its text and its size in bytes.</summary>
internal sealed record InputText(string Path, SourceText Text, long ByteCount);

/// <summary>
/// Where an input's bytes come from (a file, standard input or the bundled yearbook) and the encoding to decode them
/// with, or <see langword="null"/> to detect it.
/// </summary>
internal sealed record InputSource(string Path, Func<Stream> Open, System.Text.Encoding? Encoding);

/// <summary>What reading the inputs gave: the texts that could be read, and one error line per problem.</summary>
internal sealed record InputSet(IReadOnlyList<InputText> Texts, IReadOnlyList<string> Problems)
{
    public long ByteCount => Texts.Sum(t => t.ByteCount);
}
