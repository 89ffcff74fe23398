// A user's program: it references the Weidu packages by version, never by project, and checks
// what it gets back. It exits non-zero when anything is wrong, so CI can run it against fresh packages.
using System.Text;
using Weidu.Core;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// Weidu.Core: decoding, line map, change tracking.
var bytes = Encoding.UTF8.GetBytes("## 在区委十四届七次全会上的讲话\n\n张书杰\n\n(2019年1月20日)\n");
var diagnostics = new DiagnosticBag();
var text = SourceText.From(bytes, null, diagnostics, "speech.txt");
Check(text.Lines.Count == 6, $"line map: {text.Lines.Count} lines");
Check(text.Lines.GetLinePosition(text.ToString().IndexOf('张', StringComparison.Ordinal)) == new LinePosition(2, 0), "张书杰 is on line 3, column 1");
var edited = text.WithChanges(new TextChange(new TextSpan(text.ToString().IndexOf('张', StringComparison.Ordinal), 3), "李朝锋"));
Check(edited.GetChangeRanges(text).Count == 1 && !edited.Equals(text), "one edit is one change range");
Check(diagnostics.Count == 0, "clean UTF-8 gives no diagnostics");

if (failures.Count > 0)
{
    Console.Error.WriteLine($"{failures.Count} check(s) failed: {string.Join("; ", failures)}");
    return 1;
}

Console.WriteLine("All consumer checks passed.");
return 0;
