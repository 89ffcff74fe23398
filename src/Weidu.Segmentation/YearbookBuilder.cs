using System.Buffers;
using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// One linear scan that turns a text into documents. Lines are read once, grouped into blocks (a heading
/// line, or text lines up to a blank line), and blocks whose last line breaks off mid-sentence are joined
/// across the page break. Each block then becomes a leaf of the innermost open node: a document, a section
/// stack ordered by numbering scheme, or a chronicle's month and entry.
/// </summary>
internal sealed class YearbookBuilder
{
    /// <summary>How much of a line's clean text is read to classify it; headings and markers are short.</summary>
    private const int ProbeLength = 128;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?");

    /// <summary>The characters a section number or a date line can start with, checked before any probe is made.</summary>
    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("一二三四五六七八九十(（第0123456789０１２３４５６７８９—*");

    private readonly ReadOnlyMemory<char> _memory;
    private readonly List<Line> _lines;
    private readonly int? _optionYear;
    private readonly string? _path;
    private readonly TriviaCollector _trivia;
    private readonly TriviaCollector _probeTrivia;
    private readonly Dictionary<int, string> _probes = [];
    private readonly ChronicleYearTally _years = new();
    private readonly List<Frame> _outline = [];

    /// <summary>Child lists of frozen frames, reused so a long text does not allocate one list per node.</summary>
    private readonly Stack<List<YearbookNode>> _lists = new();
    private readonly List<YearbookDocument> _completed = [];
    private readonly List<(int Start, int MarkerEnd, EntryMarker Marker)> _splits = [];
    private readonly bool _isYearbook;
    private int _next;
    private bool _atStart = true;

    private Frame? _document;
    private DocumentKind _kind;
    private string? _title;
    private Speaker? _speaker;
    private bool _bylineSeen;
    private string? _dateLine;
    private DateOnly? _date;
    private string? _occasion;
    private bool _headerOpen;
    private Frame? _month;
    private Frame? _entry;
    private int? _lastDay;

    public YearbookBuilder(ReadOnlyMemory<char> text, int? year, string? path)
    {
        _memory = text;
        _optionYear = year;
        _path = path;
        _lines = LineMap.Build(text.Span);
        _trivia = new TriviaCollector(_lines);
        _probeTrivia = new TriviaCollector(_lines);
        _isYearbook = HasDocumentTitle();
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The year of the first chronicle, else the option, else the year most documents are dated.</summary>
    public int? Year { get; private set; }

    private ReadOnlySpan<char> Text => _memory.Span;

    private bool InChronicle => _document is not null && _kind == DocumentKind.Chronicle;

    public IEnumerable<YearbookDocument> Build()
    {
        if (_lines.Count == 0)
        {
            yield break;
        }

        if (!_isYearbook)
        {
            Diagnostics.Add(Diagnostic.Create(SegmentationDiagnostics.NotAYearbook, new TextSpan(0, _memory.Length), _path));
        }

        if (!_lines.Exists(l => l.IsContent))
        {
            // Nothing but blank lines and page headers: one paragraph of trivia keeps the tree lossless.
            EnsureDocument();
            _trivia.Clear();
            _trivia.AddGap(TriviaKind.Whitespace, 0, _memory.Length, 0);
            _document!.Add(new YearbookLeaf(YearbookNodeKind.Paragraph, _memory, _trivia.Slice(0, _memory.Length)), 0, _memory.Length);
            _next = _lines.Count;
        }

        while (_next < _lines.Count)
        {
            Handle(ReadUnit());
            foreach (var document in _completed)
            {
                yield return document;
            }

            _completed.Clear();
        }

        if (_document is not null)
        {
            yield return CloseDocument();
        }

        Year ??= _optionYear ?? _years.MostCommonYear;
    }

    private bool HasDocumentTitle()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Kind == LineKind.Heading && HeadingParser.ClassifyTitle(Probe(i)) != DocumentKind.Other)
            {
                return true;
            }
        }

        return false;
    }

    private Unit ReadUnit()
    {
        var first = _next;
        while (!_lines[first].IsContent)
        {
            first++;
        }

        var last = first;
        if (_lines[first].Kind == LineKind.Text)
        {
            while (true)
            {
                while (last + 1 < _lines.Count && _lines[last + 1].Kind == LineKind.Text && !StartsBlock(last + 1))
                {
                    last++;
                }

                var next = last + 1;
                while (next < _lines.Count && !_lines[next].IsContent)
                {
                    next++;
                }

                if (next > last + 1 && next < _lines.Count && _lines[next].Kind == LineKind.Text && CanJoin(first, last, next))
                {
                    last = next;
                    continue;
                }

                break;
            }
        }

        _next = last + 1;
        while (_next < _lines.Count && !_lines[_next].IsContent)
        {
            _next++;
        }

        if (_probes.Count > 32)
        {
            _probes.Clear();
        }

        return new Unit(first, last, _next);
    }

    /// <summary>Whether a text line starts a block of its own even without a blank line before it.</summary>
    private bool StartsBlock(int line)
    {
        if (!_isYearbook)
        {
            return false;
        }

        if (InChronicle)
        {
            var l = _lines[line];
            return MarkerParser.TryParse(Text[l.ContentStart..l.ContentEnd], midLine: false, out _) > 0;
        }

        return MayStartNumber(line) && HeadingParser.TryParseNumber(Probe(line), out _) >= 0;
    }

    /// <summary>Whether a line's first character could start a section number or a date line.</summary>
    private bool MayStartNumber(int line)
    {
        var l = _lines[line];
        return NumberStarts.Contains(Text[l.TextStart]);
    }

    /// <summary>
    /// Whether the block ending at <paramref name="last"/> continues, across blank lines (a page break), in the
    /// block at <paramref name="next"/>: the block breaks off mid-sentence, is not a heading, byline or date
    /// line, and the next block does not start an entry, a section or a date line.
    /// </summary>
    private bool CanJoin(int first, int last, int next)
    {
        var line = _lines[last];
        if (TextRules.EndsComplete(Text[line.ContentStart..line.ContentEnd]))
        {
            return false;
        }

        if (!_isYearbook)
        {
            return true;
        }

        if (first == last && IsStandalone(first))
        {
            return false;
        }

        return !StartsBlock(next) && !(MayStartNumber(next) && HeadingParser.TryParseDateLine(Probe(next), out _, out _));
    }

    private bool IsStandalone(int line)
    {
        var probe = Probe(line);
        if (HeadingParser.TryParseDateLine(probe, out _, out _) || (_headerOpen && HeadingParser.TryParseByline(probe) is not null))
        {
            return true;
        }

        return !InChronicle && HeadingParser.TryParseNumber(probe, out _) >= 0 && probe.AsSpan().IndexOfAny(SentenceEnds) < 0;
    }

    private void Handle(Unit unit)
    {
        var line = _lines[unit.First];
        if (!_isYearbook)
        {
            EnsureDocument();
            AppendLeaf(unit, line.Kind == LineKind.Heading ? YearbookNodeKind.Heading : YearbookNodeKind.Paragraph, _document!);
            return;
        }

        if (line.Kind == LineKind.Heading)
        {
            HandleHeading(unit, Probe(unit.First));
            return;
        }

        EnsureDocument();
        if (_headerOpen && unit.First == unit.Last && TryHeaderLine(unit, Probe(unit.First)))
        {
            return;
        }

        _headerOpen = false;
        if (InChronicle)
        {
            HandleChronicleBlock(unit);
            return;
        }

        var probe = MayStartNumber(unit.First) ? Probe(unit.First) : string.Empty;
        var titleStart = HeadingParser.TryParseNumber(probe, out var number);
        var level = titleStart >= 0 ? AcceptSection(number, unit) : 0;
        if (level == 0)
        {
            AppendLeaf(unit, YearbookNodeKind.Paragraph, Container());
            return;
        }

        var standalone = unit.First == unit.Last && probe.Length < ProbeLength && probe.AsSpan().IndexOfAny(SentenceEnds) < 0;
        var title = standalone ? TrimTitle(probe.AsSpan(titleStart)) : InlineTitle(probe.AsSpan(titleStart));
        OpenSection(number, title, level);
        AppendLeaf(unit, standalone ? YearbookNodeKind.Heading : YearbookNodeKind.Paragraph, _outline[^1]);
    }

    private void HandleHeading(Unit unit, string probe)
    {
        if (_document is not null)
        {
            if (InChronicle && HeadingParser.TryParseMonth(probe, out var month))
            {
                OpenMonth(month, probe);
                AppendLeaf(unit, YearbookNodeKind.Heading, _month!);
                return;
            }

            var titleStart = HeadingParser.TryParseNumber(probe, out var number);
            if (titleStart >= 0 && !InChronicle)
            {
                var level = AcceptSection(number, unit);
                if (level > 0)
                {
                    _headerOpen = false;
                    OpenSection(number, TrimTitle(probe.AsSpan(titleStart)), level);
                    AppendLeaf(unit, YearbookNodeKind.Heading, _outline[^1]);
                    return;
                }
            }

            if (titleStart >= 0 || HeadingParser.TryParseMonth(probe, out _))
            {
                // A numbered or month heading out of place is kept as a heading line, not a new document.
                _headerOpen = false;
                AppendLeaf(unit, YearbookNodeKind.Heading, Container());
                return;
            }

            _completed.Add(CloseDocument());
        }

        StartDocument(unit);
    }

    private void StartDocument(Unit unit)
    {
        _document = new Frame(_lists);
        var leaf = AppendLeaf(unit, YearbookNodeKind.Heading, _document, title: true);
        _title = leaf.CleanText;
        _kind = HeadingParser.ClassifyTitle(_title);
        var (occasion, speaker) = HeadingParser.ReadTitle(_title);
        _occasion = occasion;
        _speaker = speaker is null ? null : new Speaker(speaker, null);
        _bylineSeen = false;
        _dateLine = null;
        _date = null;
        _headerOpen = true;
    }

    private void EnsureDocument()
    {
        if (_document is not null)
        {
            return;
        }

        _document = new Frame(_lists);
        _kind = DocumentKind.Other;
        _title = null;
        _occasion = null;
        _speaker = null;
        _bylineSeen = false;
        _dateLine = null;
        _date = null;
        _headerOpen = false;
    }

    private bool TryHeaderLine(Unit unit, string probe)
    {
        if (_dateLine is null && HeadingParser.TryParseDateLine(probe, out var date, out var occasion))
        {
            _dateLine = TextRules.TrimSpaces(probe).ToString();
            _date = date;
            _occasion ??= occasion;
            if (date is null)
            {
                var line = _lines[unit.First];
                Diagnostics.Add(Diagnostic.Create(SegmentationDiagnostics.UnreadableDateLine, TextSpan.FromBounds(line.ContentStart, line.ContentEnd), _path, _dateLine));
            }

            AppendLeaf(unit, YearbookNodeKind.DateLine, _document!);
            return true;
        }

        if (!_bylineSeen && HeadingParser.TryParseByline(probe) is { } byline)
        {
            _bylineSeen = true;
            _speaker = byline;
            AppendLeaf(unit, YearbookNodeKind.Byline, _document!);
            return true;
        }

        return false;
    }

    private void HandleChronicleBlock(Unit unit)
    {
        var line = _lines[unit.First];
        var length = MarkerParser.TryParse(Text[line.ContentStart..line.ContentEnd], midLine: false, out var marker);
        if (marker is null)
        {
            AppendLeaf(unit, YearbookNodeKind.Paragraph, Container());
            return;
        }

        OpenEntry(marker);
        FindEntrySplits(unit, line.ContentStart + length);
        if (_splits.Count == 0)
        {
            AppendLeaf(unit, YearbookNodeKind.Paragraph, _entry!, protectedAt: line.ContentStart + length);
            return;
        }

        // The block holds further entries that start mid-line: cut it at each marker.
        _trivia.Clear();
        _trivia.Protect(line.ContentStart + length);
        foreach (var split in _splits)
        {
            _trivia.Protect(split.MarkerEnd);
        }

        var (start, end) = CollectTrivia(unit, title: false);
        var cuts = _splits.ToArray();
        AddLeaf(YearbookNodeKind.Paragraph, _entry!, start, cuts[0].Start);
        for (var i = 0; i < cuts.Length; i++)
        {
            OpenEntry(cuts[i].Marker);
            AddLeaf(YearbookNodeKind.Paragraph, _entry!, cuts[i].Start, i + 1 < cuts.Length ? cuts[i + 1].Start : end);
        }
    }

    /// <summary>
    /// Finds entries that start in the middle of a block: after a sentence's end, a day or 是日 marker followed
    /// by a comma, for a day not before the current one. Any other date in an entry's text is a mention.
    /// </summary>
    private void FindEntrySplits(Unit unit, int from)
    {
        _splits.Clear();
        var lastDay = _lastDay;
        for (var li = unit.First; li <= unit.Last; li++)
        {
            var line = _lines[li];
            if (!line.IsContent)
            {
                continue;
            }

            var position = Math.Max(from, line.ContentStart);
            while (position < line.ContentEnd)
            {
                var found = Text[position..line.ContentEnd].IndexOfAny(SentenceEnds);
                if (found < 0)
                {
                    break;
                }

                var start = position + found + 1;
                position = start;
                if (start >= line.ContentEnd)
                {
                    break;
                }

                var length = MarkerParser.TryParse(Text[start..line.ContentEnd], midLine: true, out var marker);
                if (marker is null || marker.Month is not null || marker.Kind is not (EntryMarkerKind.Day or EntryMarkerKind.SameDay))
                {
                    continue;
                }

                if (marker.Kind == EntryMarkerKind.Day && lastDay is { } day && marker.FirstDay < day)
                {
                    continue;
                }

                lastDay = marker.LastDay ?? lastDay;
                _splits.Add((start, start + length, marker));
            }
        }
    }

    private int AcceptSection(SectionNumber number, Unit unit)
    {
        var index = _outline.FindIndex(f => f.Number.Scheme == number.Scheme);
        var previous = index >= 0 ? _outline[index].Number.Value : 0;
        if (index < 0 && number.Value != 1 && _outline.Count > 0)
        {
            return 0;
        }

        // A list may start again at 1 inside its parent (1. 2. 3., then 1. 2. …); the top level never does.
        if (index >= 0 && number.Value <= previous && (number.Value != 1 || index == 0))
        {
            return 0;
        }

        if (number.Value > previous + 1)
        {
            var line = _lines[unit.First];
            Diagnostics.Add(Diagnostic.Create(SegmentationDiagnostics.NumberingGap, TextSpan.FromBounds(line.ContentStart, line.ContentEnd), _path, number.Label, previous));
        }

        CloseSections(index >= 0 ? index : _outline.Count);
        return _outline.Count + 1;
    }

    private void OpenSection(SectionNumber number, string title, int level) =>
        _outline.Add(new Frame(_lists) { Number = number, Title = title, Level = level });

    private void CloseSections(int depth)
    {
        while (_outline.Count > depth)
        {
            var frame = _outline[^1];
            _outline.RemoveAt(_outline.Count - 1);
            var section = new YearbookSection(Slice(frame), frame.Freeze(_lists), frame.Number, frame.Title, frame.Level);
            (_outline.Count > 0 ? _outline[^1] : _document!).Add(section, frame.Start, frame.End);
        }
    }

    private void OpenMonth(int month, string heading)
    {
        CloseMonth();
        _month = new Frame(_lists) { MonthNumber = month, Title = heading };
        _lastDay = null;
        _headerOpen = false;
    }

    private void CloseMonth()
    {
        CloseEntry();
        if (_month is { } frame)
        {
            _month = null;
            _document!.Add(new ChronicleMonth(Slice(frame), frame.Freeze(_lists), frame.MonthNumber, frame.Title), frame.Start, frame.End);
        }
    }

    private void OpenEntry(EntryMarker marker)
    {
        CloseEntry();
        _entry = new Frame(_lists) { Marker = marker, EntryMonth = marker.Month ?? _month?.MonthNumber };
        _lastDay = marker.LastDay ?? _lastDay;
    }

    private void CloseEntry()
    {
        if (_entry is { } frame)
        {
            _entry = null;
            (_month ?? _document!).Add(new ChronicleEntry(Slice(frame), frame.Freeze(_lists), frame.Marker!, frame.EntryMonth), frame.Start, frame.End);
        }
    }

    private YearbookDocument CloseDocument()
    {
        CloseSections(0);
        CloseMonth();
        CloseEntry();
        var frame = _document!;
        _document = null;
        int? year;
        if (_kind == DocumentKind.Chronicle)
        {
            year = (_title is null ? null : HeadingParser.ReadTitleYear(_title)) ?? _optionYear ?? _years.MostCommonYear;
            Year ??= year;
            if (year is null)
            {
                Diagnostics.Add(Diagnostic.Create(SegmentationDiagnostics.ChronicleYearUnknown, TextSpan.FromBounds(frame.Start, frame.End), _path, _title));
            }
        }
        else
        {
            year = _date?.Year;
            if (year is { } dated)
            {
                _years.AddYear(dated);
            }
        }

        var info = new DocumentInfo(_title, _speaker, _dateLine, _date, _occasion, year);
        return new YearbookDocument(Slice(frame), frame.Freeze(_lists), _kind, info);
    }

    private Frame Container() =>
        InChronicle ? _entry ?? _month ?? _document! : _outline.Count > 0 ? _outline[^1] : _document!;

    private YearbookLeaf AppendLeaf(Unit unit, YearbookNodeKind kind, Frame parent, bool title = false, int protectedAt = -1)
    {
        _trivia.Clear();
        _trivia.Protect(protectedAt);
        var (start, end) = CollectTrivia(unit, title);
        return AddLeaf(kind, parent, start, end);
    }

    private YearbookLeaf AddLeaf(YearbookNodeKind kind, Frame parent, int start, int end)
    {
        var leaf = new YearbookLeaf(kind, _memory[start..end], _trivia.Slice(start, end));
        parent.Add(leaf, start, end);
        return leaf;
    }

    /// <summary>Collects the trivia of a block, from its first line (or the text's start) to the next block.</summary>
    private (int Start, int End) CollectTrivia(Unit unit, bool title)
    {
        var text = Text;
        var first = _lines[unit.First];
        var start = _atStart ? 0 : first.Start;
        var end = unit.Next < _lines.Count ? _lines[unit.Next].Start : _memory.Length;
        _atStart = false;
        if (start < first.Start)
        {
            _trivia.AddGap(TriviaKind.Whitespace, start, first.Start, 0);
        }

        var joined = false;
        for (var i = unit.First; i <= unit.Last; i++)
        {
            var line = _lines[i];
            if (!line.IsContent)
            {
                continue;
            }

            if (!joined)
            {
                _trivia.Add(TriviaKind.Whitespace, line.Start, line.ContentStart);
            }

            _trivia.Add(TriviaKind.Markup, line.ContentStart, line.TextStart);
            _trivia.AddInline(text, line.TextStart, line.ContentEnd, title);
            if (i == unit.Last)
            {
                _trivia.AddGap(TriviaKind.Whitespace, line.ContentEnd, end, i + 1);
                break;
            }

            joined = !_lines[i + 1].IsContent;
            if (joined)
            {
                var next = i + 1;
                while (!_lines[next].IsContent)
                {
                    next++;
                }

                _trivia.AddGap(TriviaKind.PageBreak, line.ContentEnd, _lines[next].ContentStart, i + 1);
            }
            else
            {
                _trivia.Add(TriviaKind.Whitespace, line.ContentEnd, line.End);
            }
        }

        return (start, end);
    }

    /// <summary>
    /// The clean text of a line up to its first sentence end, at most <see cref="ProbeLength"/> characters,
    /// heading markup removed: all that numbers, titles, bylines and date lines need.
    /// </summary>
    private string Probe(int index)
    {
        if (_probes.TryGetValue(index, out var cached))
        {
            return cached;
        }

        var line = _lines[index];
        var end = Math.Min(line.ContentEnd, line.TextStart + ProbeLength);
        var sentenceEnd = Text[line.TextStart..end].IndexOfAny(SentenceEnds);
        if (sentenceEnd >= 0)
        {
            end = line.TextStart + sentenceEnd + 1;
        }

        _probeTrivia.Clear();
        _probeTrivia.AddInline(Text, line.TextStart, end, title: false);
        var probe = _probeTrivia.WriteClean(Text, line.TextStart, end);
        _probes[index] = probe;
        return probe;
    }

    private static string TrimTitle(ReadOnlySpan<char> title) => TextRules.TrimSpaces(title).TrimEnd("。.").ToString();

    /// <summary>An inline heading is the paragraph's first sentence, without its full stop.</summary>
    private static string InlineTitle(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(SentenceEnds);
        return TextRules.TrimSpaces(end < 0 ? text : text[..end]).ToString();
    }

    private ReadOnlyMemory<char> Slice(Frame frame) => _memory[frame.Start..frame.End];

    /// <summary>A block: lines <c>First..Last</c> (blank lines inside are joined page breaks); <c>Next</c> starts the next block.</summary>
    private readonly record struct Unit(int First, int Last, int Next);

    /// <summary>A node under construction: its span so far and its children.</summary>
    private sealed class Frame
    {
        private readonly List<YearbookNode> _children;

        public Frame(Stack<List<YearbookNode>> pool) => _children = pool.TryPop(out var list) ? list : [];

        public int Start { get; private set; }

        public int End { get; private set; }

        public SectionNumber Number { get; init; }

        public string Title { get; init; } = string.Empty;

        public int Level { get; init; }

        public int MonthNumber { get; init; }

        public EntryMarker? Marker { get; init; }

        public int? EntryMonth { get; init; }

        public void Add(YearbookNode node, int start, int end)
        {
            if (_children.Count == 0)
            {
                Start = start;
            }

            _children.Add(node);
            End = end;
        }

        /// <summary>The children as an immutable array; the list goes back to <paramref name="pool"/>.</summary>
        public EquatableArray<YearbookNode> Freeze(Stack<List<YearbookNode>> pool)
        {
            var children = new EquatableArray<YearbookNode>(_children.ToArray());
            _children.Clear();
            pool.Push(_children);
            return children;
        }
    }
}
