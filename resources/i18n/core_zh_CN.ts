<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComingTab</name>
    <message>
        <location filename="../../desk/ui/coming_tab.py" line="13"/>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This part of the desk is coming in a later version.&lt;/p&gt;&lt;p&gt;Until then, please keep using the paper list for it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;这部分功能将在后续版本中提供。&lt;/p&gt;&lt;p&gt;在此之前，请继续使用纸质登记表。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/accounts.py" line="28"/>
        <source>Operator {0} does not exist.</source>
        <translation>值班人员 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="36"/>
        <source>Please enter the operator&apos;s name.</source>
        <translation>请输入值班人员姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="38"/>
        <location filename="../../desk/services/people.py" line="79"/>
        <source>A name can be at most {0} characters.</source>
        <translation>姓名最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="40"/>
        <source>Unknown role: {0}.</source>
        <translation>未知的角色：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="42"/>
        <source>An operator named {0} already exists.</source>
        <translation>已有名为 {0} 的值班人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="62"/>
        <source>This needs the {0} role; ask a staff member or the administrator.</source>
        <translation>此操作需要“{0}”权限，请找社区工作人员或管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/catalogs.py" line="50"/>
        <source>A service name needs 1 to {0} characters.</source>
        <translation>服务名称须为 1 到 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/catalogs.py" line="52"/>
        <source>The service {0} already exists.</source>
        <translation>服务项目“{0}”已存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/catalogs.py" line="70"/>
        <source>Unknown service.</source>
        <translation>未知的服务项目。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="63"/>
        <source>{0} is not a mainland mobile number (11 digits starting with 1).</source>
        <translation>“{0}”不是有效的手机号（应为 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="77"/>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="135"/>
        <source>Unknown kind of person: {0}.</source>
        <translation>未知的人员类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="138"/>
        <source>A platform or employer can be at most {0} characters.</source>
        <translation>平台/单位最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="140"/>
        <source>Unknown grid.</source>
        <translation>未知的网格。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="145"/>
        <source>The phone {0} belongs to {1}, who is archived: show the archived people in the roster and bring them back.</source>
        <translation>手机号 {0} 属于已归档的 {1}：请在人员页右上角选“已归档”，打开此人后点“恢复在册”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="150"/>
        <source>The phone {0} already belongs to {1}.</source>
        <translation>手机号 {0} 已登记为 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="187"/>
        <source>This person&apos;s record is closed; use the current one.</source>
        <translation>此人的记录已关闭，请使用现有记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="202"/>
        <source>This person is not in the roster.</source>
        <translation>花名册中没有此人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reasons.py" line="14"/>
        <source>A reason can be at most {0} characters.</source>
        <translation>原因最多 {0} 个字。</translation>
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
        <location filename="../../desk/ui/main_window.py" line="97"/>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="98"/>
        <source>Change operator…</source>
        <translation>切换值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="99"/>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="100"/>
        <source>Service catalog…</source>
        <translation>服务项目目录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="102"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="104"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="108"/>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="111"/>
        <location filename="../../desk/ui/main_window.py" line="169"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="117"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="118"/>
        <location filename="../../desk/ui/main_window.py" line="186"/>
        <source>About Station Desk</source>
        <translation>关于驿站前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="134"/>
        <source>demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="135"/>
        <source>On duty: {0} ({1})  ·  {2}</source>
        <translation>值班：{0}（{1}）  ·  {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="136"/>
        <source>Station Desk · {0}</source>
        <translation>驿站前台 · {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="169"/>
        <source>The new language is used from the next start of the desk.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="175"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="181"/>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="187"/>
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
        <location filename="../../desk/ui/operator_dialog.py" line="26"/>
        <source>Who is on duty?</source>
        <translation>今天谁值班？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="32"/>
        <source>Your name, if you are new at the desk</source>
        <translation>新来的值班人员请填写姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="46"/>
        <source>Every check-in and hand-out records who did it.</source>
        <translation>每一次签到和发放都会记录经办人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="49"/>
        <source>On duty:</source>
        <translation>值班人员：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="51"/>
        <source>Or add a new operator</source>
        <translation>或者添加新的值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="53"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="54"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="56"/>
        <source>First start: add yourself (you become the administrator)</source>
        <translation>首次使用：请先添加自己（将成为管理员）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="62"/>
        <source>Start</source>
        <translation>开始值班</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../desk/ui/widgets/person_fields.py" line="23"/>
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
        <location filename="../../desk/ui/service_catalog_dialog.py" line="48"/>
        <source>Service catalog</source>
        <translation>服务项目目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="53"/>
        <source>New service, e.g. 微波炉加热</source>
        <translation>新服务项目，例如：微波炉加热</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="54"/>
        <source>tick it for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="55"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="56"/>
        <source>Retire selected…</source>
        <translation>停用选中项…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="68"/>
        <source>Only an administrator can change the catalog.</source>
        <translation>只有管理员可以修改服务项目目录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="97"/>
        <source>Retire a service</source>
        <translation>停用服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="98"/>
        <source>Stop offering {0}? Past visits keep it.</source>
        <translation>确定停止提供“{0}”吗？以往的签到记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="28"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="31"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="32"/>
        <source>English</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="33"/>
        <source>Ticked for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="34"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="34"/>
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
        <location filename="../../desk/services/accounts.py" line="11"/>
        <location filename="../../desk/services/people.py" line="27"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="12"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/accounts.py" line="13"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="20"/>
        <source>food-delivery rider</source>
        <translation>外卖骑手</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="21"/>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="22"/>
        <source>ride-hailing driver</source>
        <translation>网约车司机</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="23"/>
        <source>freight driver</source>
        <translation>货车司机</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="24"/>
        <source>other worker</source>
        <translation>其他新就业人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="25"/>
        <source>elderly resident</source>
        <translation>老年居民</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="26"/>
        <source>child/family</source>
        <translation>儿童/家庭</translation>
    </message>
    <message>
        <location filename="../../desk/services/people.py" line="28"/>
        <source>partner-unit contact</source>
        <translation>共建单位联系人</translation>
    </message>
</context>
</TS>
