namespace Weidu.Segmentation;

/// <summary>The speaker of a document as printed: the name, and the post printed with it.</summary>
/// <param name="Name">The name, such as 李朝锋.</param>
/// <param name="Post">The post printed before the name, such as 魏都区人民政府区长; <see langword="null"/> when none is printed.</param>
public sealed record Speaker(string Name, string? Post);
