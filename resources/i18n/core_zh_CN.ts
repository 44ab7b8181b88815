<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desk/ui/app.py" line="84"/>
        <source>It was opened on the computer {0} at {1} (process {2}).</source>
        <translation>它在电脑 {0} 上于 {1} 打开（进程 {2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/app.py" line="88"/>
        <source>The desk is already open</source>
        <translation>前台已经打开了</translation>
    </message>
    <message>
        <location filename="../../desk/ui/app.py" line="89"/>
        <source>Another window or another computer is using this data folder:
{0}

{1}

Please go to the desk window that is already open. This copy closes now, so that no record is written twice or lost.</source>
        <translation>另一台电脑或另一个窗口正在使用这个数据文件夹：
{0}

{1}

请回到已经打开的前台窗口。这个窗口现在关闭，以免记录重复或丢失。</translation>
    </message>
</context>
<context>
    <name>ComingTab</name>
    <message>
        <location filename="../../desk/ui/coming_tab.py" line="13"/>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This part of the desk is coming in a later version.&lt;/p&gt;&lt;p&gt;Until then, please keep using the paper list for it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;这部分功能将在后续版本中提供。&lt;/p&gt;&lt;p&gt;在此之前，请继续使用纸质登记表。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="19"/>
        <source>People, grids and the desk&apos;s operators</source>
        <translation>人员、网格和值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="20"/>
        <source>A year of check-ins</source>
        <translation>一年的到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="21"/>
        <source>Riders&apos; points and the points supermarket</source>
        <translation>骑手积分和积分超市</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="22"/>
        <source>Gift campaigns, stock and hand-outs</source>
        <translation>慰问活动、库存和发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="23"/>
        <source>The wish board</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="24"/>
        <source>Events and their sign-in sheets</source>
        <translation>活动和签到表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="25"/>
        <source>Grid reports and help records</source>
        <translation>网格随手拍和帮扶记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="33"/>
        <source>The demo station is ready.</source>
        <translation>演示驿站已准备好。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="37"/>
        <source>Making a demo station with a year of activity (only the first time).
Now: {0}</source>
        <translation>正在准备演示驿站，生成一年的模拟数据（仅第一次需要）。
当前：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="48"/>
        <source>Station Desk: preparing the demo</source>
        <translation>驿站前台：正在准备演示数据</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="28"/>
        <source>Operator {0} does not exist.</source>
        <translation>值班人员 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="36"/>
        <source>Please enter the operator&apos;s name.</source>
        <translation>请输入值班人员姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="38"/>
        <source>A name can be at most {0} characters.</source>
        <translation>姓名最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="40"/>
        <source>Unknown role: {0}.</source>
        <translation>未知的角色：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="42"/>
        <source>An operator named {0} already exists.</source>
        <translation>已有名为 {0} 的值班人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="62"/>
        <location filename="../../desk/services/common/permissions.py" line="120"/>
        <source>This needs the {0} role; ask a staff member or the administrator.</source>
        <translation>此操作需要“{0}”权限，请找社区工作人员或管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="51"/>
        <source>A service name needs 1 to {0} characters.</source>
        <translation>服务名称须为 1 到 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="53"/>
        <source>The service {0} already exists.</source>
        <translation>服务项目“{0}”已存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="71"/>
        <source>Unknown service.</source>
        <translation>未知的服务项目。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/reasons.py" line="14"/>
        <source>A reason can be at most {0} characters.</source>
        <translation>原因最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="53"/>
        <source>Photos can only be kept with a database file on this PC.</source>
        <translation>照片只能保存在本机的数据库文件旁。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="75"/>
        <source>The file {0} cannot be read.</source>
        <translation>无法读取文件 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="78"/>
        <source>{0} is not a photo (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>{0} 不是照片（仅支持 PNG、JPEG、GIF、BMP、WebP）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="81"/>
        <source>{0} is too large ({1} MB); photos can be at most {2} MB.</source>
        <translation>{0} 太大（{1} MB），照片最大 {2} MB。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="100"/>
        <source>The photo could not be saved in the data folder (disk full?).</source>
        <translation>照片无法保存到数据文件夹（磁盘已满？）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="124"/>
        <location filename="../../desk/services/common/attachments.py" line="141"/>
        <source>That photo no longer exists.</source>
        <translation>这张照片已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="114"/>
        <source>That notice no longer exists.</source>
        <translation>这条提醒已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="116"/>
        <source>That notice was already passed on.</source>
        <translation>这条提醒已经转告过了。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="120"/>
        <source>Please choose one of the answers.</source>
        <translation>请选择一个回答。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="117"/>
        <source>Nobody is on duty: choose who you are first.</source>
        <translation>当前没有值班人员：请先选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="38"/>
        <source>Please enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="40"/>
        <source>A unit&apos;s name can be at most {0} characters.</source>
        <translation>单位名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="42"/>
        <source>Unknown kind of unit: {0}.</source>
        <translation>未知的单位类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="47"/>
        <source>A unit named {0} already exists.</source>
        <translation>已有名为 {0} 的单位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="64"/>
        <source>Partner unit {0} does not exist.</source>
        <translation>共建单位 {0} 不存在。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desk/ui/widgets/dialogs.py" line="26"/>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk/ui/errors.py" line="35"/>
        <location filename="../../desk/ui/errors.py" line="57"/>
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="62"/>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/errors.py" line="63"/>
        <source>Something went wrong and was not saved. Nothing else was lost.
Details are in {0}</source>
        <translation>出了点问题，这一步没有保存，其他数据都没有丢失。
详细信息记录在 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="101"/>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="102"/>
        <source>Change operator…</source>
        <translation>切换值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="103"/>
        <source>Lock the desk</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="104"/>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="105"/>
        <source>Service catalog…</source>
        <translation>服务项目目录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="107"/>
        <source>Operators…</source>
        <translation>值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="108"/>
        <source>Audit log…</source>
        <translation>操作记录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="110"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="116"/>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="119"/>
        <location filename="../../desk/ui/main_window.py" line="209"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="125"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="126"/>
        <location filename="../../desk/ui/main_window.py" line="226"/>
        <source>About Station Desk</source>
        <translation>关于驿站前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="142"/>
        <source>demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="143"/>
        <source>On duty: {0} ({1})  ·  {2}</source>
        <translation>值班：{0}（{1}）  ·  {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="144"/>
        <source>Station Desk · {0}</source>
        <translation>驿站前台 · {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="209"/>
        <source>The new language is used from the next start of the desk.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="215"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="221"/>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="227"/>
        <source>Station Desk {0}
The front desk of the {1}.
Data folder: {2}</source>
        <translation>驿站前台 {0}
{1}前台服务系统。
数据文件夹：{2}</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="20"/>
        <source>Who is on duty?</source>
        <translation>今天谁值班？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="24"/>
        <source>First start: add yourself. You become the administrator of this desk.</source>
        <translation>第一次使用：请登记您自己，您将成为这台前台的管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="25"/>
        <source>Every check-in and hand-out records who did it.</source>
        <translation>每一次签到和发放都会记录经办人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="33"/>
        <source>Start</source>
        <translation>开始值班</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="43"/>
        <source>Add a fellow volunteer as operator</source>
        <translation>添加志愿者为值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="44"/>
        <source>Add staff and admins, change roles, reset PINs</source>
        <translation>添加工作人员和管理员、调整角色、重置密码</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="45"/>
        <source>Change the service catalog and other catalogs</source>
        <translation>修改服务项目等目录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="46"/>
        <source>Add and change partner units</source>
        <translation>添加和修改共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="47"/>
        <source>Read and export the audit log</source>
        <translation>查看和导出操作记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="48"/>
        <source>Make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="49"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="50"/>
        <source>Pass on and answer check-in notices</source>
        <translation>转告签到提醒并记录回答</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="53"/>
        <source>Check visitors in</source>
        <translation>访客签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="54"/>
        <source>Void a check-in made today</source>
        <translation>作废今天的签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="55"/>
        <source>Void an older check-in</source>
        <translation>作废以前的签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="58"/>
        <source>Register a new visitor</source>
        <translation>登记新访客</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="59"/>
        <source>Correct a person&apos;s details (not name or phone)</source>
        <translation>更正人员信息（姓名、手机号除外）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="60"/>
        <source>Change a person&apos;s name or phone</source>
        <translation>修改姓名或手机号</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="61"/>
        <source>Archive and bring back people</source>
        <translation>归档和恢复人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="62"/>
        <source>Reissue a member card</source>
        <translation>补发会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="63"/>
        <source>Merge duplicate people</source>
        <translation>合并重复人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="64"/>
        <source>Import a roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="65"/>
        <source>Export the roster (phones masked)</source>
        <translation>导出名单（手机号隐藏）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="66"/>
        <source>Export full phone numbers</source>
        <translation>导出完整手机号</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="67"/>
        <source>Erase a person&apos;s personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="68"/>
        <source>Rename grids, set leaders, assign members</source>
        <translation>网格改名、设网格长、分配成员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="71"/>
        <source>Award points by rule at the rule&apos;s amount</source>
        <translation>按规则分值发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="72"/>
        <source>Award points at another amount</source>
        <translation>按其他分值发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="73"/>
        <source>Correct points with a reversing entry</source>
        <translation>冲正积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="74"/>
        <source>Manage the points rules</source>
        <translation>管理积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="75"/>
        <source>Redeem points for goods</source>
        <translation>积分兑换物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="76"/>
        <source>Void a redemption</source>
        <translation>作废兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="77"/>
        <source>Set the points price of goods</source>
        <translation>设置物品兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="80"/>
        <source>Receive goods into stock</source>
        <translation>物资入库</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="81"/>
        <source>Adjust stock with a reason</source>
        <translation>调整库存（需填原因）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="82"/>
        <source>Add, rename and retire goods</source>
        <translation>添加、改名、停用物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="83"/>
        <source>Create, change and void campaigns</source>
        <translation>创建、修改、作废慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="84"/>
        <source>Hand out a share</source>
        <translation>发放慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="85"/>
        <source>Hand out beyond the rules (extra share, not eligible)</source>
        <translation>特批发放（额外一份或不在范围内）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="86"/>
        <source>Void a handed-out share</source>
        <translation>作废已发放的慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="87"/>
        <source>Tick signatures from a signed sheet</source>
        <translation>按签收表勾选签名</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="99"/>
        <source>Change your own PIN (knowing the old one)</source>
        <translation>修改自己的密码（需要原密码）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="100"/>
        <source>Set after how many idle minutes the desk locks</source>
        <translation>设置无人操作多少分钟后自动锁定</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../desk/ui/widgets/person_fields.py" line="25"/>
        <source>11-digit mobile, optional</source>
        <translation>11 位手机号，可不填</translation>
    </message>
</context>
<context>
    <name>PersonMatchModel</name>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="26"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="28"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="29"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="53"/>
        <source>Nobody matches.</source>
        <translation>没有找到匹配的人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="57"/>
        <source>Phone last 4 digits / name / pinyin initials / card code</source>
        <translation>手机尾号 / 姓名 / 拼音首字母 / 会员卡号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="121"/>
        <source>1 match. Press Enter to choose.</source>
        <translation>找到 1 人，按回车确认。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="123"/>
        <source>{0} matches. Use ↑ ↓ to choose, then Enter.</source>
        <translation>找到 {0} 人，用 ↑ ↓ 选择后按回车。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="95"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页 / 共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="144"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogDialog</name>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="49"/>
        <source>Service catalog</source>
        <translation>服务项目目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="54"/>
        <source>New service, e.g. 微波炉加热</source>
        <translation>新服务项目，例如：微波炉加热</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="55"/>
        <source>tick it for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="56"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="57"/>
        <source>Retire selected…</source>
        <translation>停用选中项…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="69"/>
        <source>Only an administrator can change the catalog.</source>
        <translation>只有管理员可以修改服务项目目录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="98"/>
        <source>Retire a service</source>
        <translation>停用服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="99"/>
        <source>Stop offering {0}? Past visits keep it.</source>
        <translation>确定停止提供“{0}”吗？以往的签到记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="29"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="32"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="33"/>
        <source>English</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="34"/>
        <source>Ticked for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="35"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="35"/>
        <source>offered</source>
        <translation>提供中</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../desk/ui/tabs.py" line="24"/>
        <source>Check-in</source>
        <translation>到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="25"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="26"/>
        <source>Gifts</source>
        <translation>慰问发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="27"/>
        <source>Wish board</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="28"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="29"/>
        <source>Grid reports</source>
        <translation>网格随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="30"/>
        <source>Events</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tabs.py" line="31"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="11"/>
        <location filename="../../desk/services/common/permissions.py" line="19"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="12"/>
        <location filename="../../desk/services/common/permissions.py" line="20"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="13"/>
        <location filename="../../desk/services/common/permissions.py" line="21"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="18"/>
        <source>property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="19"/>
        <source>school or kindergarten</source>
        <translation>学校/幼儿园</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="20"/>
        <source>shop or business</source>
        <translation>商户/企业</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="21"/>
        <source>public body</source>
        <translation>机关/事业单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="22"/>
        <source>other unit</source>
        <translation>其他单位</translation>
    </message>
</context>
</TS>
