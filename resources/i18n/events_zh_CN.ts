<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desk/ui/events/models.py" line="80"/>
        <source>at the desk</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="81"/>
        <source>from the signed sheet</source>
        <translation>纸质签到表录入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="82"/>
        <source>all registered</source>
        <translation>全部报名者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="86"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="88"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="89"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="90"/>
        <source>Walk-in</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="90"/>
        <source>walk-in</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="91"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="92"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="93"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="94"/>
        <source>Removed because</source>
        <translation>撤销原因</translation>
    </message>
</context>
<context>
    <name>DailySheetDialog</name>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="133"/>
        <source>Daily visitor sheet</source>
        <translation>到访登记表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="138"/>
        <source>Leave the date blank (written by hand)</source>
        <translation>日期留空（手写）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="143"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="145"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="152"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="153"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="67"/>
        <source>The event {0} starts on {1}; people can sign in from that day.</source>
        <translation>活动“{0}”在 {1} 开始，当天才能签到。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="83"/>
        <location filename="../../desk/services/events/registrations.py" line="63"/>
        <source>{0}&apos;s record is closed; use the current one.</source>
        <translation>{0} 的记录已关闭，请使用现在的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="101"/>
        <source>{0} already signed in at this event at {1}.</source>
        <translation>{0} 已于 {1} 签到过这个活动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="142"/>
        <source>Unknown way of signing in: {0}.</source>
        <translation>未知的签到方式：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="145"/>
        <location filename="../../desk/services/events/registrations.py" line="53"/>
        <source>Choose at least one person.</source>
        <translation>请至少选择一个人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="177"/>
        <source>The list changed meanwhile: {0} people are now waiting, not {1}. Please confirm again.</source>
        <translation>名单刚刚有变化：现在有 {0} 人未签到，不是 {1} 人。请重新确认。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="182"/>
        <source>Everyone registered has already signed in.</source>
        <translation>报名的人都已经签到了。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="204"/>
        <source>Please say why the attendance is removed.</source>
        <translation>请说明撤销签到的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="208"/>
        <source>That attendance does not exist.</source>
        <translation>这条签到记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/attendance.py" line="212"/>
        <source>This attendance was already removed on {0}.</source>
        <translation>这条签到已于 {0} 撤销。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="71"/>
        <source>That event does not exist.</source>
        <translation>这个活动不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="73"/>
        <source>The event {0} was cancelled on {1}; nothing more can be recorded for it.</source>
        <translation>活动“{0}”已于 {1} 取消，不能再登记。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="98"/>
        <source>An event&apos;s title can be at most {0} characters.</source>
        <translation>活动名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="100"/>
        <source>Please enter the event&apos;s title (e.g. 反诈宣传讲座).</source>
        <translation>请填写活动名称（例如：反诈宣传讲座）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="102"/>
        <source>Unknown kind of event: {0}.</source>
        <translation>未知的活动类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="104"/>
        <source>Please enter when the event starts and ends.</source>
        <translation>请填写活动的开始和结束时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="107"/>
        <source>The event ends ({1}) before it starts ({0}); check the times.</source>
        <translation>活动结束时间（{1}）早于开始时间（{0}），请检查时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="110"/>
        <source>An event can last at most 31 days; check the dates.</source>
        <translation>一个活动最长 31 天，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="111"/>
        <source>A place can be at most {0} characters.</source>
        <translation>地点最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="114"/>
        <source>An organiser can be at most {0} characters.</source>
        <translation>主办单位最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="117"/>
        <source>A description can be at most {0} characters.</source>
        <translation>活动介绍最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="121"/>
        <source>Please enter the capacity as a whole number of people.</source>
        <translation>人数上限请填整数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="123"/>
        <source>A capacity of {0} is not possible: enter at least 1 person, or leave it empty for no limit.</source>
        <translation>人数上限不能是 {0}：至少填 1 人，不限人数请留空。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="128"/>
        <source>A capacity can be at most {0} people.</source>
        <translation>人数上限最多 {0} 人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="138"/>
        <source>Partner unit {0} does not exist.</source>
        <translation>共建单位 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="140"/>
        <source>The partner unit {0} is retired.</source>
        <translation>共建单位“{0}”已停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="149"/>
        <source>Please enter a whole number of points.</source>
        <translation>积分请填整数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="154"/>
        <source>The points rule for events is retired; set the points to 0.</source>
        <translation>活动积分规则已停用，请把积分设为 0。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="157"/>
        <source>{0} points is outside what the rule {1} allows ({2} to {3}).</source>
        <translation>{0} 分超出了规则“{1}”允许的范围（{2} 至 {3} 分）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="239"/>
        <source>Please say why the event is cancelled.</source>
        <translation>请说明取消活动的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="55"/>
        <source>At most {0} people can be registered at once.</source>
        <translation>一次最多报名 {0} 人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="61"/>
        <source>This person is not in the roster.</source>
        <translation>花名册中没有这个人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="70"/>
        <source>The event {0} is over; sign people in under attendance instead.</source>
        <translation>活动“{0}”已经结束，请改为补录签到。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="114"/>
        <source>Please say why the registration is cancelled.</source>
        <translation>请说明取消报名的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="119"/>
        <source>This person is not registered for the event.</source>
        <translation>这个人没有报名这个活动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/registrations.py" line="124"/>
        <source>{0} has already signed in at this event; remove the attendance first.</source>
        <translation>{0} 已经签到，请先撤销签到。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="56"/>
        <source>Change event</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="58"/>
        <source>New event (copied)</source>
        <translation>新建活动（复制）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="60"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="64"/>
        <source>e.g. 反诈宣传讲座</source>
        <translation>例如：反诈宣传讲座</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="80"/>
        <source>e.g. 筑业花园社区党委</source>
        <translation>例如：筑业花园社区党委</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="84"/>
        <source>New partner unit…</source>
        <translation>新增共建单位…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="89"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="90"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="95"/>
        <source>no points</source>
        <translation>不计积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="99"/>
        <source>rule “{0}”: {1} to {2}, usually {3}</source>
        <translation>规则“{0}”：{1} 至 {2} 分，通常 {3} 分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="104"/>
        <source>What happens, who it is for, what to bring</source>
        <translation>活动内容、面向哪些人、需要带什么</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="108"/>
        <source>&amp;Title</source>
        <translation>活动名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="112"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="115"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="116"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="117"/>
        <source>&amp;Organiser</source>
        <translation>主办单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="121"/>
        <source>Partner &amp;units</source>
        <translation>共建单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="122"/>
        <source>&amp;Capacity</source>
        <translation>人数上限(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="126"/>
        <source>Points for &amp;attending</source>
        <translation>参加积分(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="127"/>
        <source>&amp;Description</source>
        <translation>活动介绍(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="211"/>
        <source>New partner unit</source>
        <translation>新增共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="211"/>
        <source>Name of the unit (e.g. 筑业物业):</source>
        <translation>单位名称（例如：筑业物业）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_dialog.py" line="221"/>
        <source>A number was out of range; the box now shows what was kept. Check it, then save.</source>
        <translation>有个数字超出范围，框里现在显示的是保留的数字。请检查后再保存。</translation>
    </message>
</context>
<context>
    <name>EventListPage</name>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="31"/>
        <source>Upcoming and today</source>
        <translation>今天和即将举行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="32"/>
        <source>Past</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="33"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="37"/>
        <source>Find an event by title, place, kind or partner unit</source>
        <translation>按活动名称、地点、类别或共建单位查找</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="38"/>
        <source>New event… (Ctrl+N)</source>
        <translation>新建活动… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="40"/>
        <source>Copy as a new event…</source>
        <translation>复制为新活动…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/list_page.py" line="41"/>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="45"/>
        <source>← All events (Esc)</source>
        <translation>← 全部活动 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="50"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="51"/>
        <source>Cancel event…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="52"/>
        <source>Enter the signed sheet…</source>
        <translation>录入纸质签到表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="53"/>
        <source>Mark all registered as attended…</source>
        <translation>报名者全部签到…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="58"/>
        <source>Nobody matches. Press Enter to register a new visitor and sign them in.</source>
        <translation>没有找到。按 Enter 登记新来访者并签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="66"/>
        <source>Remove selected sign-in…</source>
        <translation>撤销选中的签到…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="69"/>
        <source>Scan the member card, or type the phone&apos;s last 4 digits or the name, then Enter:</source>
        <translation>扫会员卡，或输入手机后四位、姓名，然后按 Enter：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="80"/>
        <source>Nobody matches.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="82"/>
        <source>Register a group from the roster…</source>
        <translation>从花名册成批报名…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="86"/>
        <source>Take selected off the list…</source>
        <translation>取消选中的报名…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="89"/>
        <source>Register one person (Enter):</source>
        <translation>单个报名（按 Enter）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="104"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="157"/>
        <source>Sign in ({0})</source>
        <translation>现场签到（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="158"/>
        <source>Registered ({0})</source>
        <translation>报名名单（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="176"/>
        <source>organiser: {0}</source>
        <translation>主办：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="178"/>
        <source>with {0}</source>
        <translation>协办：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="179"/>
        <source>{0} of {1} places taken</source>
        <translation>已报名 {0} / 限 {1} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="180"/>
        <source>no limit on places</source>
        <translation>不限人数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="181"/>
        <source>{0} points for attending</source>
        <translation>参加得 {0} 积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="181"/>
        <source>no points</source>
        <translation>不计积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="182"/>
        <source>Registered &lt;b&gt;{0}&lt;/b&gt; · signed in &lt;b&gt;{1}&lt;/b&gt; (walk-ins {2}) · {3} · {4}</source>
        <translation>报名 &lt;b&gt;{0}&lt;/b&gt; 人 · 签到 &lt;b&gt;{1}&lt;/b&gt; 人（临时到场 {2}） · {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="186"/>
        <source>{0} &lt;span style=&apos;color:#b00020&apos;&gt;(cancelled: {1})&lt;/span&gt;</source>
        <translation>{0} &lt;span style=&apos;color:#b00020&apos;&gt;（已取消：{1}）&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="216"/>
        <source>✔ &lt;b&gt;{0}&lt;/b&gt; signed in</source>
        <translation>✔ &lt;b&gt;{0}&lt;/b&gt; 签到成功</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="218"/>
        <source> (walk-in, added to the list)</source>
        <translation>（临时到场，已加入名单）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="220"/>
        <source> · +{0} points</source>
        <translation> · +{0} 积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="248"/>
        <source>Mark all {0} registered people who have not signed in as attended? Each earns the event&apos;s points.</source>
        <translation>把还没签到的 {0} 位报名者全部记为已参加？每人都会得到本活动的积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="250"/>
        <source>Mark all registered as attended</source>
        <translation>报名者全部签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="254"/>
        <source>✔ {0} people marked as attended; {1} points awarded.</source>
        <translation>✔ {0} 人记为已参加，共发 {1} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="261"/>
        <source>Select the sign-in to remove in the list first.</source>
        <translation>请先在列表中选中要撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="268"/>
        <source>Only staff remove someone else&apos;s sign-in or one from another day; you can remove those you recorded today.</source>
        <translation>别人登记的签到、或不是今天的签到，只有工作人员能撤销；您可以撤销自己今天登记的签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="271"/>
        <source>Remove the sign-in of {0}</source>
        <translation>撤销 {0} 的签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="275"/>
        <source>The sign-in of {0} was removed; its points were taken back.</source>
        <translation>已撤销 {0} 的签到，积分已收回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="290"/>
        <source>The event has {0} places and this makes {1} registered. Register anyway?</source>
        <translation>本活动限 {0} 人，报名后将有 {1} 人。仍然报名吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="292"/>
        <source>Over capacity</source>
        <translation>超出人数上限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="300"/>
        <source>✔ {0} is registered ({1} on the list).</source>
        <translation>✔ {0} 已报名（名单共 {1} 人）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="303"/>
        <location filename="../../desk/ui/events/event_page.py" line="313"/>
        <source>✔ {0} people registered ({1} on the list).</source>
        <translation>✔ 已报名 {0} 人（名单共 {1} 人）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="306"/>
        <source>{0} is already on the list.</source>
        <translation>{0} 已经在名单上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="321"/>
        <source>Take {0} off the list</source>
        <translation>取消 {0} 的报名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="332"/>
        <source>Cancel the event {0}</source>
        <translation>取消活动“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/event_page.py" line="337"/>
        <source>The event was cancelled; {0} points of {1} people were taken back.</source>
        <translation>活动已取消；收回了 {1} 人的 {0} 积分。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../desk/ui/events/models.py" line="26"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="27"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="28"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="29"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="30"/>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="31"/>
        <source>Attended</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="32"/>
        <source>Walk-ins</source>
        <translation>临时到场</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="33"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="34"/>
        <source>Partner units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="41"/>
        <source>{0} (cancelled: {1})</source>
        <translation>{0}（已取消：{1}）</translation>
    </message>
</context>
<context>
    <name>EventsDeskMenu</name>
    <message>
        <location filename="../../desk/ui/events/desk_menu.py" line="27"/>
        <source>Print daily visitor sheet…</source>
        <translation>打印到访登记表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/desk_menu.py" line="29"/>
        <source>Type in a paper visitor sheet…</source>
        <translation>录入纸质到访登记表…</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../desk/ui/events_tab.py" line="37"/>
        <source>Print daily visitor sheet…</source>
        <translation>打印到访登记表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events_tab.py" line="38"/>
        <source>Type in a paper visitor sheet…</source>
        <translation>录入纸质到访登记表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events_tab.py" line="88"/>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;This month: &lt;b&gt;{0}&lt;/b&gt; events held, &lt;b&gt;{1}&lt;/b&gt; attendances ({2} people, {3} walk-ins) · this year: &lt;b&gt;{4}&lt;/b&gt; events, &lt;b&gt;{5}&lt;/b&gt; attendances ({6} people)&lt;/span&gt;&lt;br/&gt;This year by kind: {7}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;本月：举办活动 &lt;b&gt;{0}&lt;/b&gt; 场，参加 &lt;b&gt;{1}&lt;/b&gt; 人次（{2} 人，临时到场 {3}） · 本年：活动 &lt;b&gt;{4}&lt;/b&gt; 场，参加 &lt;b&gt;{5}&lt;/b&gt; 人次（{6} 人）&lt;/span&gt;&lt;br/&gt;本年按类别：{7}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events_tab.py" line="92"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>NewAttendeeDialog</name>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="34"/>
        <source>New visitor at the event</source>
        <translation>活动新来访者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="50"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="51"/>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="52"/>
        <source>&amp;Kind:</source>
        <translation>身份(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="53"/>
        <source>P&amp;latform / employer:</source>
        <translation>平台/单位(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="55"/>
        <source>Register and sign in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="73"/>
        <source>The phone {0} belongs to {1} ({2}). Sign {1} in instead?</source>
        <translation>手机号 {0} 已登记为 {1}（{2}）。改为给 {1} 签到吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/new_person_dialog.py" line="75"/>
        <source>Already registered</source>
        <translation>已经登记过</translation>
    </message>
</context>
<context>
    <name>PaperEntryModel</name>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="68"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="68"/>
        <source>Name or phone&apos;s last 4</source>
        <translation>姓名或手机后四位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="68"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="69"/>
        <source>Kind (no name)</source>
        <translation>身份（未写姓名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="69"/>
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="124"/>
        <source>anonymous {0}</source>
        <translation>匿名{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="125"/>
        <source>✔ {0} at {1}</source>
        <translation>✔ {0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="128"/>
        <source>✘ Write the name or the phone&apos;s last 4 digits, or choose a kind.</source>
        <translation>✘ 请填写姓名或手机后四位，或选择身份。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="129"/>
        <source>✘ Nobody in the roster matches {0}: check it, or register the person on the check-in tab first.</source>
        <translation>✘ 花名册里没有“{0}”：请核对，或先在到访签到页登记此人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="131"/>
        <source>✘ {1} people match {0} ({2}): add the phone&apos;s last 4 digits, e.g. “{0} 5678”.</source>
        <translation>✘ 有 {1} 人叫“{0}”（{2}）：请加上手机后四位，例如“{0} 5678”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="133"/>
        <source>✘ {0}&apos;s record is closed.</source>
        <translation>✘ {0} 的记录已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="134"/>
        <source>✘ {0} is not a time: write e.g. 14:05.</source>
        <translation>✘ “{0}”不是时间：请写成 14:05 这样。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="135"/>
        <source>✘ {0} is later than now.</source>
        <translation>✘ {0} 比现在还晚。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="136"/>
        <source>✘ A ticked service is no longer offered.</source>
        <translation>✘ 勾选的服务已停用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="137"/>
        <source>✘ Unknown kind.</source>
        <translation>✘ 未知的身份。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="139"/>
        <source>✘ The same person as row {0}, within ten minutes: typed twice?</source>
        <translation>✘ 与第 {0} 行是同一人且相隔不到十分钟：是否重复录入？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="141"/>
        <source>✘ Already checked in at {0} that day: was this sheet entered before?</source>
        <translation>✘ 当天 {0} 已有签到：这张表是不是已经录入过？</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="212"/>
        <source>Type in a paper visitor sheet</source>
        <translation>录入纸质到访登记表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="242"/>
        <source>Check in all (Ctrl+Enter)</source>
        <translation>全部录入 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="244"/>
        <source>More rows</source>
        <translation>增加行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="245"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="248"/>
        <source>Date on the sheet</source>
        <translation>登记表日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="249"/>
        <source>Time for rows without one</source>
        <translation>没写时间的行按</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="251"/>
        <source>One row per line of the paper: the name, or the phone&apos;s last 4 digits (or both: 张伟 5678), the time, and a tick for each service. No ticks: the usual services. Each row says whom it found; rows in red need fixing. Nothing is saved until Check in all.</source>
        <translation>纸上每一行录一行：姓名或手机后四位（也可以两个都写：张伟 5678）、时间，再勾选使用的服务；不勾选则按常用服务。每行会显示识别出的人，红色的行需要修改。点“全部录入”之前不会保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="300"/>
        <source>{0} rows ready, {1} to fix (in red).</source>
        <translation>{0} 行可以录入，{1} 行需要修改（红色）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="302"/>
        <source>{0} rows ready.</source>
        <translation>{0} 行可以录入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="306"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/paper_entry.py" line="326"/>
        <source>{0} check-ins entered for {1} ({2} anonymous).</source>
        <translation>已录入 {1} 的 {0} 条到访签到（其中匿名 {2} 条）。</translation>
    </message>
</context>
<context>
    <name>RegistrationModel</name>
    <message>
        <location filename="../../desk/ui/events/models.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="59"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="60"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="61"/>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="62"/>
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="64"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/models.py" line="71"/>
        <source>walk-in</source>
        <translation>临时到场</translation>
    </message>
</context>
<context>
    <name>RosterRegisterDialog</name>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="33"/>
        <source>Register a group for {0}</source>
        <translation>成批报名：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="34"/>
        <source>All kinds</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="36"/>
        <source>All new-employment workers</source>
        <translation>全部新就业群体</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="39"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="42"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="44"/>
        <source>Not in a grid</source>
        <translation>未分网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="46"/>
        <location filename="../../desk/ui/events/roster_dialog.py" line="49"/>
        <source>Anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="47"/>
        <source>Caring Rider Team only</source>
        <translation>只要爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="50"/>
        <source>Party members only</source>
        <translation>只要党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="55"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="56"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="57"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="58"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="59"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="85"/>
        <source>{0} people match; {1} of them are not registered yet.</source>
        <translation>符合条件 {0} 人，其中 {1} 人还没报名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="86"/>
        <source>Register {0} people</source>
        <translation>报名 {0} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="95"/>
        <source>The event takes {0} people; with these it would have {1}, {2} too many. Register them anyway?</source>
        <translation>本活动限 {0} 人，报名后将有 {1} 人，超出 {2} 人。仍然报名吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/roster_dialog.py" line="97"/>
        <source>Over capacity</source>
        <translation>超出人数上限</translation>
    </message>
</context>
<context>
    <name>SignInSheetPanel</name>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="75"/>
        <source>Registered people first, then blank rows up to this many rows in all</source>
        <translation>先印报名的人，再补空白行，总共这么多行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="76"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="81"/>
        <source>Rows on the sheet (registered people, then blank rows):</source>
        <translation>签到表行数（先报名者，后空白行）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/sheets.py" line="113"/>
        <source>Sign-in sheet: {0}</source>
        <translation>签到表：{0}</translation>
    </message>
</context>
<context>
    <name>SignedSheetDialog</name>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="84"/>
        <source>Enter the signed sheet: {0}</source>
        <translation>录入纸质签到表：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="89"/>
        <source>Row number on the sheet, phone&apos;s last 4 digits or name; Enter ticks it</source>
        <translation>签到表序号、手机后四位或姓名；按 Enter 勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="97"/>
        <source>Numbers follow the printed sheet. Tick every name that was signed, then Save (Ctrl+Enter). Names written on the blank rows are walk-ins: sign them in with the search on the Sign in page.</source>
        <translation>序号与打印的签到表一致。勾选所有已签名的人，然后保存（Ctrl+Enter）。空白行上手写的名字是临时到场的人，请在“现场签到”页用搜索给他们签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="124"/>
        <source>{0} newly ticked; {1} of {2} on the sheet signed in already.</source>
        <translation>新勾选 {0} 人；表上 {2} 人中已有 {1} 人签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="136"/>
        <source>Nobody on the sheet matches {0}.</source>
        <translation>签到表上没有“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="139"/>
        <source>{0} rows match: type more, or the row number on the sheet.</source>
        <translation>有 {0} 行符合：请多输入几个字，或输入签到表序号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="161"/>
        <source>{0} signed in from the sheet; {1} points awarded.</source>
        <translation>已按签到表录入 {0} 人，共发 {1} 积分。</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/events/events.py" line="30"/>
        <source>festival visit</source>
        <translation>节日走访</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="31"/>
        <source>health clinic</source>
        <translation>健康义诊</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="32"/>
        <source>culture &amp; sports</source>
        <translation>文体活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="33"/>
        <source>safety &amp; legal education</source>
        <translation>安全法治教育</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="34"/>
        <source>volunteering</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="35"/>
        <source>party building</source>
        <translation>党建活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="36"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desk/services/events/events.py" line="37"/>
        <source>other event</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TickModel</name>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="39"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="39"/>
        <source>already in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="40"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="42"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/events/tick_dialog.py" line="43"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
</context>
</TS>
