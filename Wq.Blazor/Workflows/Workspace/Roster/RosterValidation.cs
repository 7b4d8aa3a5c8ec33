using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Workspace.Roster;

/// <summary>A valid line as the roster entry it describes (department resolved).</summary>
public sealed record RosterEntry(string StudentNo, string Name, Gender Gender, string IdNumber, int DepartmentId, string Major,
    EducationLevel Level, int GraduationYear, string Phone, string? Email, string Origin);

public enum RosterLineStatus { New, Updated, Unchanged, Invalid }

/// <summary>The preview's verdict on one line: what importing it would do, or why it cannot.</summary>
public sealed record RosterLineReport(int Line, string StudentNo, string Name, RosterLineStatus Status, IReadOnlyList<string> Errors)
{
    public string StatusLabel => Status switch
    {
        RosterLineStatus.New => "新增", RosterLineStatus.Updated => "更新", RosterLineStatus.Unchanged => "无变化", _ => "错误",
    };
}

/// <summary>Per-line checks (issue 10 §7): 身份证号 check digit, duplicates, unknown 院系/专业/学历, phone format.</summary>
public static class RosterValidation
{
    /// <param name="departments">The school's departments by name.</param>
    /// <param name="majors">Majors already on the roster per department id; a department without any accepts any major.</param>
    public static (RosterEntry? Entry, List<string> Errors) Check(RosterLine l, IReadOnlyDictionary<string, int> departments,
        IReadOnlyDictionary<int, HashSet<string>> majors, DateOnly today)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(l["学号"])) errors.Add("学号不能为空");
        if (string.IsNullOrEmpty(l["姓名"])) errors.Add("姓名不能为空");
        Gender? gender = l["性别"] switch { "男" => Gender.Male, "女" => Gender.Female, _ => null };
        if (gender is null) errors.Add("性别应为“男”或“女”");
        var id = ResidentIdNumber.Normalize(l["身份证号"]);
        if (ResidentIdNumber.Validate(id, today) is { } idError) errors.Add($"身份证号:{idError}");
        int? dept = departments.TryGetValue(l["院系"], out var d) ? d : null;
        if (dept is null) errors.Add($"院系“{l["院系"]}”不存在");
        var major = l["专业"];
        if (string.IsNullOrEmpty(major)) errors.Add("专业不能为空");
        else if (dept is { } known && majors.TryGetValue(known, out var list) && list.Count > 0 && !list.Contains(major))
            errors.Add($"专业“{major}”不在该院系的专业目录中");
        var level = EducationLevels.FromName(l["学历层次"]);
        if (level is null) errors.Add($"学历层次“{l["学历层次"]}”无法识别(专科/本科/硕士研究生/博士研究生)");
        if (!int.TryParse(l["毕业年份"], out var year) || year < 2000 || year > 2100) errors.Add("毕业年份无效");
        var phone = MobilePhone.Normalize(l["手机号"]);
        if (MobilePhone.Validate(phone) is { } phoneError) errors.Add($"手机号:{phoneError}");
        if (errors.Count > 0) return (null, errors);
        var email = string.IsNullOrEmpty(l["邮箱"]) ? null : l["邮箱"];
        return (new RosterEntry(l["学号"], l["姓名"], gender!.Value, id, dept!.Value, major, level!.Value, year, phone, email, l["生源地"]), errors);
    }

    public static bool SameAs(this RosterEntry e, Graduate g) =>
        e.Name == g.Name && e.Gender == g.Gender && e.IdNumber == g.IdNumber && e.DepartmentId == g.DepartmentId && e.Major == g.Major &&
        e.Level == g.Level && e.GraduationYear == g.GraduationYear && e.Phone == g.Phone && e.Email == g.Email && e.Origin == g.Origin;

    public static void CopyTo(this RosterEntry e, Graduate g)
    {
        (g.StudentNo, g.Name, g.Gender, g.IdNumber, g.DepartmentId, g.Major) = (e.StudentNo, e.Name, e.Gender, e.IdNumber, e.DepartmentId, e.Major);
        (g.Level, g.GraduationYear, g.Phone, g.Email, g.Origin) = (e.Level, e.GraduationYear, e.Phone, e.Email, e.Origin);
    }
}
