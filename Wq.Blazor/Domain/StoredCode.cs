using System.Reflection;

namespace Wq.Blazor.Domain;

/// <summary>
/// The string an enum member is stored as (audit rows, attachment owners, live topics). Declared
/// once, on the member, so renaming the C# name never changes the meaning of stored history.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class StoredCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}

public static class StoredCode
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Codes<TEnum>.ByValue.TryGetValue(value, out var code)
            ? code
            : throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} has no [StoredCode]");

    public static bool TryParse<TEnum>(string? code, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return code is not null && Codes<TEnum>.ByCode.TryGetValue(code, out value);
    }

    /// <summary>Every member with its code, for the test that pins them.</summary>
    public static IReadOnlyDictionary<TEnum, string> All<TEnum>() where TEnum : struct, Enum => Codes<TEnum>.ByValue;

    private static class Codes<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetCustomAttribute<StoredCodeAttribute>() is not null)
            .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<StoredCodeAttribute>()!.Code);

        public static readonly IReadOnlyDictionary<string, TEnum> ByCode = ByValue.ToDictionary(p => p.Value, p => p.Key);
    }
}
