namespace Wq.Blazor.Domain;

/// <summary>The five roles of SPEC §1. The strings are the Identity role names.</summary>
public static class Roles
{
    public const string Graduate = "Graduate";
    public const string Employer = "Employer";
    public const string DepartmentReviewer = "DepartmentReviewer";
    public const string SchoolReviewer = "SchoolReviewer";
    public const string Admin = "Admin";

    public const string AnyReviewer = DepartmentReviewer + "," + SchoolReviewer;

    public static readonly IReadOnlyList<string> All =
        [Graduate, Employer, DepartmentReviewer, SchoolReviewer, Admin];

    public static string Label(string role) => role switch
    {
        Graduate => "毕业生",
        Employer => "用人单位",
        DepartmentReviewer => "院系审核员",
        SchoolReviewer => "学校审核员",
        Admin => "平台管理员",
        "System" => "系统",
        _ => role,
    };
}
