<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnonymousDialog</name>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="101"/>
        <source>Anonymous walk-in</source>
        <translation>匿名到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="105"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="107"/>
        <source>Count the visit</source>
        <translation>计入服务人次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="111"/>
        <source>Counts one person-time with the services ticked, without a name.</source>
        <translation>不登记姓名，按勾选的服务计入一个服务人次。</translation>
    </message>
</context>
<context>
    <name>CheckinTab</name>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="41"/>
        <source>Nobody matches. Press Enter to register a new visitor.</source>
        <translation>没有找到，按回车登记新访客。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="55"/>
        <source>Check in (Enter)</source>
        <translation>签到（回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="58"/>
        <source>New visitor (Ctrl+N)</source>
        <translation>新访客登记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="59"/>
        <source>Anonymous walk-in (Ctrl+M)</source>
        <translation>匿名到访（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="60"/>
        <source>Void selected check-in…</source>
        <translation>作废选中的签到…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="104"/>
        <source>&lt;b&gt;Today&apos;s check-ins&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;今日签到&lt;/b&gt;（最新在前）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="144"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="144"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="144"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="150"/>
        <source>person-times · {0} people</source>
        <translation>人次 · {0} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="164"/>
        <source>Search a visitor above, or register a new one.</source>
        <translation>在左侧搜索访客，或登记新访客。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="171"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="173"/>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="175"/>
        <source>last visit {0}</source>
        <translation>上次到访 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="177"/>
        <source>first visit</source>
        <translation>首次到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="189"/>
        <source>Choose a visitor first (type, then ↑ ↓), or register a new one.</source>
        <translation>请先选择访客（输入后用 ↑ ↓ 选择），或登记新访客。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="233"/>
        <source>Checked in already</source>
        <translation>已经签到过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="202"/>
        <source>Not counted again.</source>
        <translation>未重复计数。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="211"/>
        <source>Anonymous {0}</source>
        <translation>匿名{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="213"/>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ {0} checked in at {1} ({2})&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ {0} 已于 {1} 签到（{2}）&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="219"/>
        <source>{0} was archived and is back on the roster.</source>
        <translation>{0} 之前已归档，现已恢复在册。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="268"/>
        <source>Select the check-in to void in today&apos;s list first.</source>
        <translation>请先在今日签到列表中选中要作废的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="276"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="277"/>
        <source>Void the check-in of {0} at {1}</source>
        <translation>作废 {0} 在 {1} 的签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin_tab.py" line="282"/>
        <source>The check-in of {0} was voided; it no longer counts.</source>
        <translation>{0} 的签到已作废，不再计入统计。</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="60"/>
        <source>Tick at least one service the visitor used.</source>
        <translation>请至少勾选一项访客使用的服务。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="65"/>
        <source>Unknown service (number {0}).</source>
        <translation>未知的服务项目（编号 {0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="67"/>
        <source>The service {0} is no longer offered.</source>
        <translation>服务项目“{0}”已停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="132"/>
        <source>Unknown kind of person: {0}.</source>
        <translation>未知的人员类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="136"/>
        <source>This person&apos;s record is closed; check in the current one.</source>
        <translation>此人的档案已关闭（已合并或已匿名化），请为其现有档案签到。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="141"/>
        <source>{0} was already checked in at {1}. Check in again?</source>
        <translation>{0} 已于 {1} 签到过，确定再次签到吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="169"/>
        <source>Please say why this check-in is voided.</source>
        <translation>请填写作废这次签到的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="172"/>
        <source>That check-in does not exist.</source>
        <translation>找不到这条签到记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/visits.py" line="177"/>
        <source>This check-in was already voided at {0}.</source>
        <translation>这条签到已于 {0} 作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="160"/>
        <source>Please choose the date written on the sheet.</source>
        <translation>请选择登记表上写的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="163"/>
        <source>The sheet&apos;s date {0} is in the future; check the date.</source>
        <translation>登记表日期 {0} 还没到，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="166"/>
        <source>The sheet&apos;s date {0} is more than {1} days ago: those figures were already reported; it cannot be typed in.</source>
        <translation>登记表日期 {0} 已超过 {1} 天，那段时间的数据已经上报，不能再补录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="228"/>
        <source>A sheet can have at most {0} rows.</source>
        <translation>一张登记表最多 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="256"/>
        <source>{0} rows of the sheet need attention (marked in red); nothing was checked in yet.</source>
        <translation>登记表有 {0} 行需要修改（红色标出），还没有录入任何签到。</translation>
    </message>
    <message>
        <location filename="../../desk/services/checkin/paper_sheet.py" line="261"/>
        <source>The sheet has no filled rows to check in.</source>
        <translation>登记表上没有填写任何一行。</translation>
    </message>
</context>
<context>
    <name>NewVisitorDialog</name>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="31"/>
        <source>New visitor</source>
        <translation>新访客登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="53"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="54"/>
        <source>&amp;Phone:</source>
        <translation>手机(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="55"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="56"/>
        <source>P&amp;latform / employer:</source>
        <translation>平台/单位(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="58"/>
        <source>Register and check in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="82"/>
        <source>The phone {0} belongs to {1} ({2}). Check in {1} instead?</source>
        <translation>手机号 {0} 已登记为 {1}（{2}）。改为给 {1} 签到吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visitor_dialogs.py" line="85"/>
        <source>Already registered</source>
        <translation>已登记过</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <location filename="../../desk/ui/checkin/notices_panel.py" line="43"/>
        <source>&lt;b&gt;Please tell them:&lt;/b&gt;</source>
        <translation>&lt;b&gt;请转告：&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/notices_panel.py" line="77"/>
        <source>Told</source>
        <translation>已转告</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desk/ui/checkin/services_panel.py" line="15"/>
        <source>Services used (Alt+number)</source>
        <translation>本次使用的服务（Alt+数字键）</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="14"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="17"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="19"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="20"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="21"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="22"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="23"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/checkin/visit_model.py" line="26"/>
        <source>voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
</context>
</TS>
