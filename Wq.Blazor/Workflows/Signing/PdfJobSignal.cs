using Wq.Blazor.Infrastructure;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Wakes the PDF worker after a commit that queued a <see cref="PdfJob"/>.</summary>
public sealed class PdfJobSignal : WakeSignal;
