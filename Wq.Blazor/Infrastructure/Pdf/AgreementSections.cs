using System.Globalization;
using PdfSharp.Drawing;
using static Wq.Blazor.Infrastructure.Pdf.PdfCell;

namespace Wq.Blazor.Infrastructure.Pdf;

/// <summary>The body of the agreement, section by section, in reading order.</summary>
internal sealed class AgreementSections(PdfCanvas canvas, AgreementDocument doc)
{
    static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    // Label column, then value column, twice; labels are wide enough for 统一社会信用代码.
    static readonly double[] PartyColumns = [1.25, 2.1, 1.25, 2.1];
    static readonly double[] TwoColumns = [1.25, 5.45];

    public const double HeadingHeight = 23;

    readonly PdfTheme _t = canvas.Theme;
    int _section;

    public void WriteAll()
    {
        new TitleBlock(canvas, doc).Write();
        Graduate();
        Employer();
        School();
        Terms();
        Timeline();
        if (doc.ForPrinting)
            new StampArea(canvas).Write(Heading);
    }

    void Graduate()
    {
        var g = doc.Graduate;
        Heading("甲方（毕业生）");
        var table = new PdfTable(canvas, PartyColumns);
        table.Row(L("姓名"), V(g.Name), L("性别"), V(g.Gender));
        table.Row(L("身份证号"), V(g.MaskedIdNumber), L("学号"), V(g.StudentNumber));
        table.Row(L("学校"), V(g.School), L("院系"), V(g.Department));
        table.Row(L("专业"), V(g.Major), L("学历层次"), V(g.EducationLevel));
        table.Row(L("毕业年份"), V(g.GraduationYear.ToString(CultureInfo.InvariantCulture)), L("手机号"), V(g.MaskedPhone));
    }

    void Employer()
    {
        var e = doc.Employer;
        Heading("乙方（用人单位）");
        var table = new PdfTable(canvas, PartyColumns);
        table.Row(L("单位名称"), V(e.Name, span: 3));
        table.Row(L("统一社会信用代码"), V(e.CreditCode), L("单位性质"), V(e.Nature));
        table.Row(L("单位行业"), V(e.Industry), L("单位所在地"), V(e.Location));
        table.Row(L("联系人"), V(e.ContactPerson), L("联系电话"), V(e.ContactPhone));
        table.Row(L("单位地址"), V(e.Address, span: 3));
    }

    void School()
    {
        Heading("丙方（学校）");
        var table = new PdfTable(canvas, PartyColumns);
        table.Row(L("学校名称"), V(doc.School.Name), L("就业部门"), V(doc.School.EmploymentOffice));
    }

    void Terms()
    {
        var t = doc.Terms;
        Heading("协议条款");
        var table = new PdfTable(canvas, TwoColumns);
        table.Row(L("岗位名称"), V(t.PositionName));
        table.Row(L("工作职位类别"), V(t.PositionCategory));
        table.Row(L("工作地点"), V(t.WorkLocation));
        table.Row(L("薪酬（元/月）"), V(t.MonthlySalary?.ToString("0.##", CultureInfo.InvariantCulture)));
        table.Row(L("试用期（月）"), V(t.ProbationMonths?.ToString(CultureInfo.InvariantCulture)));
        table.Row(L("档案接收"), V(t.ArchiveMode));
        table.Row(L("档案接收单位"), V(t.ArchiveReceiver));
        table.Row(L("档案接收地址"), V(t.ArchiveAddress));
        table.Row(L("户口迁移"), V(t.HukouTransfer switch { true => "是", false => "否", null => "" }));
        table.Row(L("户口迁移地址"), V(t.HukouAddress));
        table.Row(L("其他约定"), V(string.IsNullOrWhiteSpace(t.OtherTerms) ? "无" : t.OtherTerms));
    }

    void Timeline()
    {
        Heading("协议进程");
        var table = new PdfTable(canvas, TwoColumns);
        table.Row(L("时间（北京时间）"), L("事项"));
        foreach (var entry in doc.Timeline.OrderBy(e => e.At))
            table.Row(V(AgreementPdfRenderer.ChinaTime(entry.At)), V(entry.Text));
        if (doc.Timeline.Count == 0)
            table.Row(V("—"), V("暂无记录"));
    }

    /// <summary>Numbered section heading, kept on the same page as the first row below it.</summary>
    void Heading(string text)
    {
        canvas.EnsureSpace(HeadingHeight + 2 * _t.BodyLineHeight + 2 * _t.CellPadding);
        canvas.Y += 5;
        canvas.DrawText($"{Numerals[_section++]}、{text}", _t.Section, _t.Text, PdfTheme.MarginX, canvas.Y);
        canvas.Y += HeadingHeight - 5;
    }
}
