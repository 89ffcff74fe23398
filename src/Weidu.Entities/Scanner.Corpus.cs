namespace Weidu.Entities;

/// <summary>
/// What the corpus gazetteer changes in a scan, so that a text scanned once without one can be tagged against any
/// (see <see cref="EntityScan"/>): the candidates it proposes, which <see cref="Run"/> adds at one place in the list,
/// and the names the grammars read where a listed person starts.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>How many candidates <see cref="Run"/> had proposed when it proposed the corpus gazetteer's names.</summary>
    public int CorpusCandidatesAt { get; private set; }

    /// <summary>Proposes only the corpus gazetteer's names, as <see cref="Run"/> does.</summary>
    public void ScanCorpusGazetteer() => ScanGazetteer(_corpus, Confidence.Corpus);

    /// <summary>
    /// Whether this scanner reads another name at <paramref name="position"/> than <paramref name="other"/>, over the
    /// same text, does where context says a name is there (only there does the corpus gazetteer set a name's length).
    /// </summary>
    public bool ReadsNameDifferently(Scanner other, int position) =>
        ParseName(position, afterContext: true) != other.ParseName(position, afterContext: true);
}
