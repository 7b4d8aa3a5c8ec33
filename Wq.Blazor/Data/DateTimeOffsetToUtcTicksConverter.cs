using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wq.Blazor.Data;

/// <summary>Stores times as UTC ticks: sortable and comparable in SQL on every provider.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
