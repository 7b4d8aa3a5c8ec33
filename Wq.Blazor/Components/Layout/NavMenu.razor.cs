using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using MudBlazor.Interfaces;

namespace Wq.Blazor.Components.Layout;

public partial class NavMenu
{
    private sealed record Link(string Href, string Icon, string Text, NavLinkMatch Match = NavLinkMatch.Prefix);

    /// <summary>Sections in menu order; a section shows when the user has any of its roles.</summary>
    private static readonly (string[] Roles, Link[] Links)[] Sections =
    [
        ([Roles.Graduate],
        [
            new("/graduate", Icons.Material.Filled.Home, "首页", NavLinkMatch.All),
            new("/graduate/invitations", Icons.Material.Filled.MarkEmailUnread, "签约邀请"),
            new("/graduate/agreements", Icons.Material.Filled.Description, "我的协议"),
            new("/graduate/offline/new", Icons.Material.Filled.NoteAdd, "未签就业协议申请签约"),
            new("/graduate/paper/new", Icons.Material.Filled.AssignmentTurnedIn, "已签就业协议登记信息"),
            new("/graduate/destinations", Icons.Material.Filled.School, "毕业去向登记"),
            new("/graduate/confirm", Icons.Material.Filled.Badge, "基本信息"),
            new("/notifications", Icons.Material.Filled.Notifications, "站内信"),
        ]),
        ([Roles.Employer],
        [
            new("/employer", Icons.Material.Filled.Home, "首页", NavLinkMatch.All),
            new("/employer/invite", Icons.Material.Filled.PersonAdd, "发起签约邀请"),
            new("/employer/invitations", Icons.Material.Filled.ListAlt, "邀请与协议"),
            new("/notifications", Icons.Material.Filled.Notifications, "站内信"),
        ]),
        ([Roles.DepartmentReviewer, Roles.SchoolReviewer],
        [
            new("/review", Icons.Material.Filled.FactCheck, "审核工作台", NavLinkMatch.All),
            new("/review/statistics", Icons.Material.Filled.BarChart, "就业统计"),
            new("/review/corrections", Icons.Material.Filled.EditNote, "信息更正申请"),
        ]),
        ([Roles.SchoolReviewer],
        [
            new("/review/roster", Icons.Material.Filled.UploadFile, "生源导入"),
            new("/review/settings", Icons.Material.Filled.Settings, "学校设置"),
        ]),
        ([Roles.Admin],
        [
            new("/admin", Icons.Material.Filled.Home, "首页", NavLinkMatch.All),
            new("/admin/employers", Icons.Material.Filled.VerifiedUser, "单位认证"),
            new("/admin/schools", Icons.Material.Filled.School, "学校与院系"),
            new("/admin/audit", Icons.Material.Filled.Security, "审计日志"),
        ]),
    ];

    private static readonly Link Verify = new("/verify", Icons.Material.Filled.QrCode2, "协议书核验");

    private IReadOnlyList<Link> _links = [Verify];

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The drawer around the menu: MudNavLink asks it to close after a click on a small screen.</summary>
    [CascadingParameter] private INavigationEventReceiver? Drawer { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _links = user is null
            ? [Verify]
            : [.. Sections.Where(s => s.Roles.Any(user.IsInRole)).SelectMany(s => s.Links), Verify];
    }

    private Task CloseDrawerOnSmallScreens() => Drawer?.OnNavigation() ?? Task.CompletedTask;
}
