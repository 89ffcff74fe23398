using System.Runtime.CompilerServices;

namespace Weidu.Temporal;

/// <summary>Room for the parts of one point expression (年, 季, 月, 旬, 日, 时 … rarely more than six).</summary>
[InlineArray(Capacity)]
internal struct PieceBuffer
{
    public const int Capacity = 10;

    private Piece _element;
}

/// <summary>A point expression: parts in calendar order, from the largest unit to the smallest.</summary>
internal struct Sequence
{
    public PieceBuffer Pieces;
    public int Count;
    public bool TwoDigitYear;

    public readonly Piece Last => Count == 0 ? default : Pieces[Count - 1];

    public readonly Piece First => Count == 0 ? default : Pieces[0];

    public readonly int LastOrder
    {
        get
        {
            for (var i = Count - 1; i >= 0; i--)
            {
                if (Pieces[i].Kind != Part.Modifier)
                {
                    return Pieces[i].Order;
                }
            }

            return -1;
        }
    }

    public readonly bool Has(Part kind)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Pieces[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public bool TryAdd(Piece piece)
    {
        if (Count == PieceBuffer.Capacity)
        {
            return false;
        }

        if (piece.Kind == Part.Modifier)
        {
            if (Count > 0 && Pieces[Count - 1].Kind == Part.Modifier)
            {
                return false;
            }
        }
        else if (piece.Order <= LastOrder)
        {
            return false;
        }

        Pieces[Count++] = piece;
        return true;
    }
}

/// <summary>What follows or surrounds a point: 前, 后, 以来, 起, 左右.</summary>
internal enum Suffix : byte
{
    None,
    Before,
    After,
    Since,
    From,
    Approx,
}

/// <summary>How a number of units is placed relative to the anchor.</summary>
internal enum Relation : byte
{
    None,
    Ago,
    Later,
    LastN,
    NextN,
    Recent,
    Within,
    Coming,
}

/// <summary>An amount of time: years, months, weeks, days, hours, minutes, seconds (halves allowed).</summary>
internal struct Amount
{
    public double Years;
    public double Months;
    public double Weeks;
    public double Days;
    public double Hours;
    public double Minutes;
    public double Seconds;
    public bool Approximate;
    public int WorkingDays;

    /// <summary>The finest unit used, as a grain.</summary>
    public TemporalGrain Unit;
}

/// <summary>One parsed temporal expression before resolution.</summary>
internal struct Expression
{
    public int Start;
    public int End;
    public Sequence First;
    public Sequence Second;
    public bool IsRange;
    public bool UntilNow;
    public Suffix Suffix;
    public bool IsDuration;
    public Amount Amount;
    public Relation Relation;
    public int FiveYearPlan;
    public string? SetValue;
}
