using SharpFuzz;
using Weidu.Fuzz;

// Usage: Weidu.Fuzz <target>            run under afl-fuzz (input from the fuzzer)
//        Weidu.Fuzz <target> <file>...  replay inputs in-process and print what each does
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Weidu.Fuzz <{string.Join('|', FuzzTargets.Names)}> [input files]");
    return 2;
}

var target = args[0];
if (args.Length > 1)
{
    var failures = 0;
    foreach (var path in args.Skip(1))
    {
        try
        {
            FuzzTargets.Run(target, File.ReadAllBytes(path));
            Console.WriteLine($"ok    {path}");
        }
        catch (Exception exception)
        {
            failures++;
            Console.WriteLine($"FAIL  {path}: {exception}");
        }
    }

    return failures == 0 ? 0 : 1;
}

// Nothing instrumented may run before this call: the coverage map only exists once the fork server starts.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
