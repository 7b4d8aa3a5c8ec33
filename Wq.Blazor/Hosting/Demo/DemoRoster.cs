using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Hosting.Demo;

/// <summary>Deterministic roster data that makes grids and statistics look real.</summary>
internal static class DemoRoster
{
    public static readonly string[] DepartmentNames = ["计算机学院", "经济管理学院", "机械工程学院", "外国语学院", "数学与统计学院"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "子涵", "浩然", "欣怡", "梓轩", "雨桐", "宇航", "思远", "嘉怡"];
    private static readonly Dictionary<string, string[]> Majors = new()
    {
        ["计算机学院"] = ["计算机科学与技术", "软件工程", "人工智能"],
        ["经济管理学院"] = ["工商管理", "会计学", "金融学"],
        ["机械工程学院"] = ["机械设计制造及其自动化", "车辆工程"],
        ["外国语学院"] = ["英语", "日语"],
        ["数学与统计学院"] = ["数学与应用数学", "统计学"],
    };
    private static readonly string[] Regions = ["110101", "310104", "440106", "330106", "420111", "510107", "610113", "320102"];
    private static readonly string[] Origins = ["北京市", "上海市", "广东省", "浙江省", "湖北省", "四川省", "陕西省", "江苏省"];

    /// <summary>The class now in its signing season: graduating next June.</summary>
    public static int SigningSeasonClass(DateTimeOffset now) => now.Month >= 7 ? now.Year + 1 : now.Year;

    public static Graduate Person(School school, Department dept, int year, string studentNo, string name, Gender gender,
        EducationLevel level, string major, string idFirst17, string phone) => new()
    {
        SchoolId = school.Id, DepartmentId = dept.Id, StudentNo = studentNo, Name = name, Gender = gender,
        IdNumber = idFirst17 + ResidentIdNumber.ComputeCheckChar(idFirst17), Major = major, Level = level, GraduationYear = year, Phone = phone,
        Email = $"{studentNo}@stu.hxlg.edu.cn", Origin = "北京市",
    };

    public static IEnumerable<Graduate> Generate(School school, int year, int count)
    {
        var random = new Random(20270601);
        var depts = school.Departments.ToList();
        for (var i = 0; i < count; i++)
        {
            var dept = depts[i % depts.Count];
            var gender = random.Next(2) == 0 ? Gender.Male : Gender.Female;
            var level = random.Next(10) switch { < 7 => EducationLevel.Bachelor, < 9 => EducationLevel.Master, _ => EducationLevel.Doctorate };
            var born = new DateOnly(year - 22 - (int)level + 2, 1, 1).AddDays(random.Next(365));
            var regionIndex = random.Next(Regions.Length);
            // Sequence digit parity encodes the gender, as on a real 身份证号.
            var sequence = random.Next(50, 499) * 2 + (gender == Gender.Male ? 1 : 0);
            var first17 = $"{Regions[regionIndex]}{born:yyyyMMdd}{sequence:000}";
            var studentNo = $"{year - 4}{(i + 1):000000}";
            // Every entry has an address: binding an account needs the code mailed to it.
            yield return new Graduate
            {
                SchoolId = school.Id, DepartmentId = dept.Id, StudentNo = studentNo, Email = $"{studentNo}@stu.hxlg.edu.cn",
                Name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)],
                Gender = gender, IdNumber = first17 + ResidentIdNumber.ComputeCheckChar(first17),
                Major = Majors[dept.Name][random.Next(Majors[dept.Name].Length)], Level = level, GraduationYear = year,
                Phone = $"1{random.Next(3, 10)}{random.Next(100000000, 999999999)}", Origin = Origins[regionIndex],
            };
        }
    }
}
