namespace Weidu.Pipeline.Engine;

/// <summary>A node of the provider graph: given its previous table and the run, it builds its new table.</summary>
internal interface IIncrementalNode<T>
{
    /// <summary>Builds this run's table, reading its inputs' tables from <paramref name="run"/>.</summary>
    NodeTable<T> Update(RunState run, NodeTable<T>? previous);
}
