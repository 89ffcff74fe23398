namespace Weidu.Entities;

/// <summary>
/// Places that stand for their teams, as sports reports write them and the newswire conventions tag them
/// (organisations): a list of places beside a team (美国和俄罗斯队), before 等强队 (对中国、丹麦、韩国等强队), or after
/// a group of a tournament (e组的美国、俄罗斯、立陶宛).
/// </summary>
internal sealed partial class Scanner
{
    private static readonly WordSet TeamsAfterList = new("等强队|等队|等球队|等强手");

    /// <summary>Proposes the places of such lists as organisations; the listed places must be indexed.</summary>
    private void ScanTeams()
    {
        for (var end = NextAt(Gate.TeamMarks, 2); end < _text.Length; end = NextAt(Gate.TeamMarks, end + 1))
        {
            // 俄罗斯 + 队 is a team by its suffix; the places joined to it before are teams too.
            var team = _text[end] switch
            {
                '队' => _lexicon.StartsWord(_text, end) ? 0 : 1,
                '等' => TeamsAfterList.LongestPrefix(_text.AsSpan(end)),
                _ => 0,
            };
            if (team > 0 && PlaceStartBefore(end) >= 0)
            {
                AddTeamsBefore(end, includeLast: team > 1);
            }

            // e组的 + 美国、俄罗斯、立陶宛: a group's letter or number, 组 and 的 or a colon.
            if (_text[end - 1] == '组' && _text[end] is '的' or '：' or ':' && (char.IsAsciiLetterOrDigit(_text[end - 2]) || Grammar.Numerals.Contains(_text[end - 2])))
            {
                AddTeamsAfter(end + 1);
            }
        }
    }

    /// <summary>Adds the places joined by 、, 和 or 与 that end at <paramref name="end"/> (the last only when <paramref name="includeLast"/>).</summary>
    private void AddTeamsBefore(int end, bool includeLast)
    {
        var first = true;
        for (var start = PlaceStartBefore(end); start >= 0; start = start > 0 && _text[start - 1] is '、' or '和' or '与' ? PlaceStartBefore(start - 1) : -1)
        {
            if (!first || includeLast)
            {
                Add(start, end, EntityType.Organization, Confidence.Cue);
            }

            first = false;
            end = start - 1;
        }
    }

    /// <summary>Adds the places joined by 、, 和 or 与 that begin at <paramref name="start"/>.</summary>
    private void AddTeamsAfter(int start)
    {
        while (start < _text.Length && ListedPlaceLength(start, Math.Min(_text.Length, start + MaxLocationBody)) is var length and > 0)
        {
            Add(start, start + length, EntityType.Organization, Confidence.Cue);
            start += length;
            if (start >= _text.Length || _text[start] is not ('、' or '和' or '与'))
            {
                break;
            }

            start++;
        }
    }
}
