namespace Wq.Blazor.Domain.Model;

/// <summary>How a school's review gates are staffed (SPEC §2).</summary>
public enum ReviewMode
{
    /// <summary>院系审核: the department alone decides.</summary>
    DepartmentOnly = 1,
    /// <summary>学校审核: the school's employment office alone decides.</summary>
    SchoolOnly = 2,
    /// <summary>院系初审+学校终审: the department first, then the school.</summary>
    TwoLevel = 3,
}

public static class ReviewModeLabels
{
    public static string Label(this ReviewMode mode) => mode switch
    {
        ReviewMode.DepartmentOnly => "院系审核",
        ReviewMode.SchoolOnly => "学校审核",
        ReviewMode.TwoLevel => "院系初审+学校终审",
        _ => mode.ToString(),
    };
}

public class School
{
    public int Id { get; set; }
    /// <summary>5-digit 学校代码, part of every 协议书编号.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>就业部门 name shown on agreements.</summary>
    public string EmploymentOffice { get; set; } = "就业指导中心";
    public ReviewMode ReviewMode { get; set; } = ReviewMode.TwoLevel;
    public List<Department> Departments { get; set; } = [];
}

public class Department
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public string Name { get; set; } = "";
}
