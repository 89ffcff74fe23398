using System.CommandLine.Parsing;

namespace Weidu.Cli.Commands;

/// <summary>Validation shared by the commands that take FILE arguments.</summary>
internal static class InputArguments
{
    /// <summary>
    /// An argument such as <c>--bogus</c> would otherwise be taken for a file name and reported as a missing file;
    /// it is a usage error. A file whose name starts with '-' can still be given as <c>./-name</c>.
    /// </summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }
}
