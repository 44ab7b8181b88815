<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="24"/>
        <source>Add a member to the Caring Rider Team</source>
        <translation>添加爱心骑手队队员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="27"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”页登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="29"/>
        <source>Find the rider, then press Enter:</source>
        <translation>找到这位骑手，然后按回车：</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/grid/help.py" line="90"/>
        <source>There is no help record #{0}.</source>
        <translation>没有第 {0} 号一老一小记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="64"/>
        <source>{0} can be at most {1} characters.</source>
        <translation>{0}最多 {1} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="97"/>
        <source>Choose the rider or riders who helped.</source>
        <translation>请选择提供帮助的骑手（可多人）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="99"/>
        <source>At most {0} helpers can be named on one record.</source>
        <translation>一条记录最多登记 {0} 位帮助者。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="103"/>
        <location filename="../../desk/services/grid/reports.py" line="104"/>
        <source>This person is not in the roster.</source>
        <translation>此人不在人员名册中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="105"/>
        <source>Say whether an elderly person or a child was helped.</source>
        <translation>请选择帮助的是老人还是儿童。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="107"/>
        <source>Choose how it ended.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="110"/>
        <source>Where did it happen? Enter the place.</source>
        <translation>在哪里发生的？请填写地点。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="113"/>
        <location filename="../../desk/services/grid/reports.py" line="97"/>
        <source>{0} must be a number from {1} to {2}.</source>
        <translation>{0}须为 {1} 到 {2} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="117"/>
        <location filename="../../desk/services/grid/help.py" line="131"/>
        <location filename="../../desk/services/grid/reports.py" line="81"/>
        <source>A time in the future cannot be recorded.</source>
        <translation>不能登记将来的时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="119"/>
        <location filename="../../desk/services/grid/reports.py" line="179"/>
        <source>Unknown grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="192"/>
        <location filename="../../desk/services/grid/help.py" line="208"/>
        <location filename="../../desk/services/grid/help.py" line="239"/>
        <source>Help record #{0} was voided; it cannot change.</source>
        <translation>第 {0} 号一老一小记录已作废，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="194"/>
        <source>Help record #{0} was already confirmed on {1}.</source>
        <translation>第 {0} 号一老一小记录已于 {1} 确认。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="213"/>
        <location filename="../../desk/services/grid/help.py" line="216"/>
        <source>The helpers of a confirmed record cannot change; void it and record it again.</source>
        <translation>已确认记录的帮助者和类别不能再改；请作废后重新登记。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="235"/>
        <source>Please say why the help record is voided.</source>
        <translation>请说明作废这条一老一小记录的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="89"/>
        <source>There is no report #{0}.</source>
        <translation>没有第 {0} 号随手拍。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/photos.py" line="30"/>
        <source>The file {0} cannot be read.</source>
        <translation>无法读取文件 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/photos.py" line="32"/>
        <source>{0} is not a photo (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>{0} 不是照片（仅支持 PNG、JPEG、GIF、BMP、WebP）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/photos.py" line="35"/>
        <source>{0} is too large ({1} MB); photos can be at most {2} MB.</source>
        <translation>{0} 太大（{1} MB），照片最大 {2} MB。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="116"/>
        <source>Report #{0} was voided; link to another one.</source>
        <translation>第 {0} 号随手拍已作废，请关联到其他随手拍。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="176"/>
        <source>Choose the grid (1 to 6) where it is.</source>
        <translation>请选择问题所在的网格（1–6）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="181"/>
        <source>Choose what kind of problem it is.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="184"/>
        <source>Unknown kind of problem: {0}.</source>
        <translation>没有这个问题类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="188"/>
        <source>Choose the rider who reported it; only staff record their own finds without a reporter.</source>
        <translation>请选择上报的骑手；只有工作人员可以不填上报人（自己发现的问题）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="196"/>
        <source>Where is it? Enter the building or describe the place.</source>
        <translation>问题在哪里？请填写楼号，或描述地点。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="200"/>
        <source>The time seen cannot be later than now.</source>
        <translation>发现时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="202"/>
        <source>The time seen is more than a year ago; check the date.</source>
        <translation>发现时间在一年以前，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="205"/>
        <location filename="../../desk/services/grid/reports.py" line="234"/>
        <source>A report can have at most {0} photos.</source>
        <translation>一条随手拍最多 {0} 张照片。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="227"/>
        <source>Choose at least one photo.</source>
        <translation>请至少选择一张照片。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="231"/>
        <location filename="../../desk/services/grid/reports.py" line="428"/>
        <location filename="../../desk/services/grid/states.py" line="51"/>
        <source>Report #{0} was voided; it cannot change.</source>
        <translation>第 {0} 号随手拍已作废，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="252"/>
        <source>Report #{0} was already confirmed on {1}.</source>
        <translation>第 {0} 号随手拍已于 {1} 核实。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="265"/>
        <source>Choose the staff member who will deal with it.</source>
        <translation>请选择负责处理的工作人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="268"/>
        <source>Operator {0} does not exist.</source>
        <translation>值班人员 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="270"/>
        <source>{0} is not a staff member; reports go to staff.</source>
        <translation>{0} 不是工作人员；随手拍只能派给工作人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="285"/>
        <source>Choose the day it should be cleared by.</source>
        <translation>请选择办结期限。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="290"/>
        <source>The due date {0} is before the report ({1}); choose a later day.</source>
        <translation>办结期限 {0} 早于上报日期（{1}），请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="312"/>
        <source>Please say what was done.</source>
        <translation>请填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="318"/>
        <source>Report #{0} was never dispatched: say that it was resolved without dispatch (e.g. fixed on the spot), or dispatch it first.</source>
        <translation>第 {0} 号随手拍还没有派单：如果是现场当即处理的，请勾选“未派单，现场已处理”；否则请先派单。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="322"/>
        <source>It cannot be resolved before it was seen ({0}).</source>
        <translation>办结时间不能早于发现时间（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="348"/>
        <source>Please say why the report is not confirmed.</source>
        <translation>请说明不属实的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="376"/>
        <source>A report cannot be a duplicate of itself.</source>
        <translation>随手拍不能与自己重复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="413"/>
        <source>Please say why the report is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="424"/>
        <source>Please say why the report is voided.</source>
        <translation>请说明作废的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="54"/>
        <source>Report #{0} is {1}: you cannot {2}.</source>
        <translation>第 {0} 号随手拍目前为“{1}”，不能{2}。</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="78"/>
        <source>Dispatch the report</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="89"/>
        <source>Who deals with it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="90"/>
        <source>To be cleared by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="91"/>
        <source>Dispatch (Ctrl+Enter)</source>
        <translation>派单（Ctrl+回车）</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="164"/>
        <source>{0} hours</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="165"/>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
</context>
<context>
    <name>GridCountsModel</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="172"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="174"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="176"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="177"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="178"/>
        <source>Still open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="179"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="180"/>
        <source>Median time to resolve</source>
        <translation>办结用时（中位数）</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <location filename="../../desk/ui/grid_tab.py" line="27"/>
        <source>Reports (随手拍)</source>
        <translation>随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid_tab.py" line="28"/>
        <source>Help records (一老一小)</source>
        <translation>一老一小</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid_tab.py" line="29"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid_tab.py" line="30"/>
        <source>Grid overview</source>
        <translation>网格概况</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="51"/>
        <source>Confirm a help</source>
        <translation>确认一老一小记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="51"/>
        <source>Record a help (一老一小)</source>
        <translation>登记一老一小</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="54"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”页登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="57"/>
        <source>Add a rider who helped: phone last 4 / name / pinyin / card, Enter</source>
        <translation>添加帮助者：手机尾号4位 / 姓名 / 拼音首字母 / 会员卡，回车</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="61"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="70"/>
        <source>e.g. the playground of 阳光花园, the market</source>
        <translation>如：阳光花园游乐场、菜市场</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="71"/>
        <source>(grid not known)</source>
        <translation>（网格不详）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="83"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="89"/>
        <source>if known</source>
        <translation>知道的话填写</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="94"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="98"/>
        <source>a family member&apos;s phone, if known</source>
        <translation>家属电话（知道的话填写）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="104"/>
        <source>What happened, e.g. a child crying in the playground, could not find home</source>
        <translation>经过，如：孩子在游乐场哭，找不到家</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="105"/>
        <source>Confirm it now: each helper earns the points</source>
        <translation>现在就确认：每位帮助者获得积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="108"/>
        <source>Who was helped (name, age, contact, place, story) is personal information: after saving, only staff can read it. It is never printed or exported.</source>
        <translation>被帮助者的信息（姓名、年龄、联系方式、地点、经过）属于个人信息：保存后只有工作人员能查看，也不会打印或导出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="117"/>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确认（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="117"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="127"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="128"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="129"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="130"/>
        <source>Who was helped</source>
        <translation>被帮助者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="131"/>
        <source>Their name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="132"/>
        <source>Age (about)</source>
        <translation>年龄（大约）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="133"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="134"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="135"/>
        <source>How it ended</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="142"/>
        <source>&lt;b&gt;The rider(s) who helped&lt;/b&gt;</source>
        <translation>&lt;b&gt;提供帮助的骑手&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="189"/>
        <source>Helpers: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>帮助者：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_dialog.py" line="190"/>
        <source>Helpers: none yet (type, then Enter; several may be added)</source>
        <translation>帮助者：还没有（输入后按回车，可添加多人）</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="28"/>
        <source>Record a help… (F3)</source>
        <translation>登记一老一小…（F3）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="30"/>
        <source>Check and confirm…</source>
        <translation>核对并确认…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="32"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="36"/>
        <source>Elderly people and children</source>
        <translation>老人和儿童</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="39"/>
        <source>Only those waiting for confirmation</source>
        <translation>只看待确认的</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="90"/>
        <source>{0} helps recorded: {1} elderly people, {2} children</source>
        <translation>共登记 {0} 次帮助：老人 {1} 人次，儿童 {2} 人次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="93"/>
        <source>&lt;b&gt;{0} waiting for a staff member to confirm&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} 条等待工作人员确认&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="109"/>
        <source>Choose a help record to see it.</source>
        <translation>请在列表中选择一条记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="111"/>
        <source>#{0} · {1} · {2} helped {3}; {4}.</source>
        <translation>#{0} · {1} · {2} 帮助了{3}；{4}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="116"/>
        <source>Who was helped, where, and what happened are shown to staff only.</source>
        <translation>被帮助者是谁、在哪里、经过如何，只有工作人员能查看。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="118"/>
        <source>Who was helped</source>
        <translation>被帮助者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="119"/>
        <source>name unknown</source>
        <translation>姓名不详</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="120"/>
        <source>about {0}</source>
        <translation>约{0}岁</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="121"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="121"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="122"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="129"/>
        <source>Confirmed: {0} earned {1} points each.</source>
        <translation>已确认：{0} 各得 {1} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="131"/>
        <source>Recorded #{0}; a staff member confirms it, then {1} earn the points.</source>
        <translation>已登记第 {0} 号；工作人员确认后，{1} 获得积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="154"/>
        <source>Void help record #{0}</source>
        <translation>作废第 {0} 号一老一小记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/help_page.py" line="158"/>
        <source>Voided; {0} points taken back.</source>
        <translation>已作废；收回 {0} 积分。</translation>
    </message>
</context>
<context>
    <name>HelpTableModel</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="105"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="106"/>
        <source>Helped</source>
        <translation>帮助对象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="107"/>
        <source>How it ended</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="108"/>
        <source>Helpers</source>
        <translation>帮助者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="109"/>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="110"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="111"/>
        <source>Who was helped</source>
        <translation>被帮助者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="112"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="112"/>
        <location filename="../../desk/ui/grid/models.py" line="126"/>
        <source>(staff only)</source>
        <translation>（仅工作人员可见）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="119"/>
        <source>voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="121"/>
        <source>waiting for staff</source>
        <translation>待工作人员确认</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="127"/>
        <source>name unknown</source>
        <translation>姓名不详</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="129"/>
        <source>about {0}</source>
        <translation>约{0}岁</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="82"/>
        <source>recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="82"/>
        <source>photos added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="83"/>
        <source>confirmed as real</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="83"/>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="84"/>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="84"/>
        <source>marked not confirmed</source>
        <translation>标记为不属实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="85"/>
        <source>marked a duplicate</source>
        <translation>标记为重复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="85"/>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="85"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="86"/>
        <source>reporter erased, photos removed</source>
        <translation>上报人信息已删除，照片已移除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="90"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="91"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="92"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="453"/>
        <source>Your report about {what} at {place} was resolved on {date}. Is it really fixed?</source>
        <translation>您反映的{place}“{what}”问题已于{date}处理完毕，现在真的解决了吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="454"/>
        <source>Fixed</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="454"/>
        <source>Not fixed</source>
        <translation>没解决</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="27"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="28"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="38"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="41"/>
        <source>Double-click a grid to see its reports.</source>
        <translation>双击网格可查看它的随手拍。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="45"/>
        <source>&lt;b&gt;By grid&lt;/b&gt;</source>
        <translation>&lt;b&gt;按网格&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="50"/>
        <source>&lt;b&gt;By grid and problem&lt;/b&gt;</source>
        <translation>&lt;b&gt;按网格和问题类别&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="77"/>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;{0} to {1}: &lt;b&gt;{2}&lt;/b&gt; reported · &lt;b&gt;{3}&lt;/b&gt; resolved · &lt;b&gt;{4}&lt;/b&gt; still open&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;{0} 至 {1}：上报 &lt;b&gt;{2}&lt;/b&gt; 件 · 办结 &lt;b&gt;{3}&lt;/b&gt; 件 · 未办结 &lt;b&gt;{4}&lt;/b&gt; 件&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="81"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;({0} overdue)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;（逾期 {0} 件）&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="82"/>
        <source>Usually resolved within {0} of the report (median) · {1} not confirmed · {2} duplicates</source>
        <translation>上报后一般 {0} 内办结（中位数） · 不属实 {1} 件 · 重复 {2} 件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/overview_page.py" line="84"/>
        <source>Caring Rider Team: helped {0} elderly people and {1} children</source>
        <translation>爱心骑手队：帮助老人 {0} 人次、儿童 {1} 人次</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../desk/ui/grid/photos.py" line="74"/>
        <source>Click to see it large</source>
        <translation>点击查看大图</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/photos.py" line="75"/>
        <source>Click to see it large; right-click to take it out</source>
        <translation>点击查看大图；右键移除</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="65"/>
        <source>New grid report (随手拍)</source>
        <translation>登记随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="71"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”页登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="73"/>
        <source>Reporter: not chosen yet (type, then Enter)</source>
        <translation>上报人：还没选（输入后按回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="75"/>
        <source>Our own find (no reporter)</source>
        <translation>工作人员自己发现（无上报人）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="95"/>
        <source>or describe the place: south gate bike shed, east side of building 3…</source>
        <translation>或描述地点：南门车棚、3号楼东侧……</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="99"/>
        <source>{0} (+{1})</source>
        <translation>{0}（+{1}分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="104"/>
        <source>The reporter earns {0} points once staff confirm or resolve it.</source>
        <translation>工作人员核实或办结后，上报人获得 {0} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="109"/>
        <source>The rider&apos;s words, e.g. 3号楼2单元自行车把楼道出入口堵住了</source>
        <translation>骑手的原话，如：3号楼2单元自行车把楼道出入口堵住了</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="118"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="131"/>
        <source>Save as the same report (link to it)</source>
        <translation>作为同一问题保存（关联到它）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="144"/>
        <source>Save report (Ctrl+Enter)</source>
        <translation>保存随手拍（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="177"/>
        <source>building</source>
        <translation>号楼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="177"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="178"/>
        <source>floor</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="186"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="187"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="188"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="189"/>
        <source>What was seen</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="190"/>
        <source>Seen at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="191"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="197"/>
        <source>&lt;b&gt;Who reported it&lt;/b&gt;</source>
        <translation>&lt;b&gt;上报人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="214"/>
        <source>Reporter: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>上报人：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="224"/>
        <source>Reporter: none, our own find</source>
        <translation>上报人：无（工作人员自己发现）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="228"/>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="229"/>
        <source>Photos ({0})</source>
        <translation>照片（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_dialog.py" line="263"/>
        <source>The same problem in this place was already reported in the last 7 days and is not solved yet. If it is the same thing, link the new report to it: the staff see it once.</source>
        <translation>7天内已有人上报过这里的同类问题，还没有办结。如果是同一件事，请关联到原来的随手拍，工作人员只需处理一次。</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="58"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="60"/>
        <source>Confirm it is real</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="61"/>
        <source>Dispatch… (Ctrl+D)</source>
        <translation>派单…（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="62"/>
        <source>Resolved… (Ctrl+R)</source>
        <translation>办结…（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="63"/>
        <source>Not confirmed…</source>
        <translation>不属实…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="64"/>
        <source>Duplicate of #…</source>
        <translation>重复…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="65"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="67"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="89"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;处理经过&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="110"/>
        <source>&lt;h3&gt;Choose a report in the list&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;请在列表中选择一条随手拍&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="111"/>
        <source>Or record a new one with &lt;b&gt;New report… (F2)&lt;/b&gt;.</source>
        <translation>或点击&lt;b&gt;登记随手拍…（F2）&lt;/b&gt;登记新的。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="131"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="132"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="132"/>
        <source>(staff&apos;s own find)</source>
        <translation>（工作人员发现）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="133"/>
        <source>Seen at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="134"/>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="135"/>
        <source>What was seen</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="138"/>
        <source>Confirmed real</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="141"/>
        <source>Sent to</source>
        <translation>派给</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="141"/>
        <source>{0}, to be cleared by {1}</source>
        <translation>{0}，{1} 前办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="143"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="144"/>
        <source>Time to resolve</source>
        <translation>办结用时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="146"/>
        <source>Why not confirmed</source>
        <translation>不属实原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="148"/>
        <source>Reported again as</source>
        <translation>重复上报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="150"/>
        <source>Points earned</source>
        <translation>已得积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="150"/>
        <source>{0} for {1}</source>
        <translation>{1} 得 {0} 分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="151"/>
        <source>it is fixed</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="151"/>
        <source>it is NOT fixed</source>
        <translation>没解决</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="153"/>
        <source>The reporter says</source>
        <translation>上报人回复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="168"/>
        <source>Staff confirm, dispatch and resolve reports; you can add photos.</source>
        <translation>核实、派单、办结由工作人员操作；志愿者可以添加照片。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="181"/>
        <source>Confirm the report</source>
        <translation>核实随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="182"/>
        <source>Is report #{0} real? {1} earns the points for it now.</source>
        <translation>第 {0} 号随手拍属实吗？确认后 {1} 立即获得积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="185"/>
        <source>Confirmed.</source>
        <translation>已核实。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="189"/>
        <source>{0} {1} earned {2} points.</source>
        <translation>{0}{1} 获得 {2} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="201"/>
        <source>Dispatched.</source>
        <translation>已派单。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="208"/>
        <source>Resolved.</source>
        <translation>已办结。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="212"/>
        <source>Report #{0} is not confirmed</source>
        <translation>第 {0} 号随手拍不属实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="216"/>
        <source>Marked not confirmed.</source>
        <translation>已标记为不属实。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="218"/>
        <source>{0} points were taken back from {1}.</source>
        <translation>已收回 {1} 的 {0} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="223"/>
        <source>Duplicate of which report?</source>
        <translation>与哪条随手拍重复？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="224"/>
        <source>Report #{0} repeats report number:</source>
        <translation>第 {0} 号随手拍与以下编号重复：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="229"/>
        <source>Please type the number of the earlier report, e.g. 12.</source>
        <translation>请输入先前那条随手拍的编号，如 12。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="232"/>
        <source>Marked a duplicate of #{0}.</source>
        <translation>已标记为与 #{0} 重复。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="236"/>
        <source>Reopen report #{0}</source>
        <translation>重新打开第 {0} 号随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="238"/>
        <source>Reopened.</source>
        <translation>已重新打开。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="242"/>
        <source>Void report #{0} (recorded by mistake)</source>
        <translation>作废第 {0} 号随手拍（登记错误）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="244"/>
        <source>Voided.</source>
        <translation>已作废。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="249"/>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="250"/>
        <source>Photos ({0})</source>
        <translation>照片（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/report_panel.py" line="253"/>
        <source>{0} photos added.</source>
        <translation>已添加 {0} 张照片。</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="29"/>
        <source>{0} · {1} days overdue</source>
        <translation>{0} · 逾期{1}天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="31"/>
        <source>{0} of #{1}</source>
        <translation>{0}（同 #{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="33"/>
        <source>{0} (reopened)</source>
        <translation>{0}（重新打开）</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="44"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="45"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="46"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="47"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="48"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="48"/>
        <source>(staff&apos;s own find)</source>
        <translation>（工作人员发现）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="51"/>
        <source>Sent to</source>
        <translation>派给</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="52"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="26"/>
        <source>New report… (F2)</source>
        <translation>登记随手拍…（F2）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="30"/>
        <source>Open (not yet resolved)</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="31"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="34"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="41"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="41"/>
        <source>Last 3 months</source>
        <translation>近3个月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="42"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="42"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="54"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="54"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="55"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="55"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="86"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="89"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="120"/>
        <source>{0} reports</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="122"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{0} overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;逾期 {0} 条&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="124"/>
        <source>the newest {0} are shown; narrow the filters</source>
        <translation>只显示最新 {0} 条，请缩小筛选范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="155"/>
        <source>Report #{0} recorded: {1} · {2}.</source>
        <translation>第 {0} 号随手拍已登记：{1} · {2}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/reports_page.py" line="157"/>
        <source>Report #{0} recorded as the same as #{1}.</source>
        <translation>第 {0} 号随手拍已登记，并关联到同一问题 #{1}。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="103"/>
        <source>Resolve the report</source>
        <translation>办结随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="106"/>
        <source>What was done, e.g. 物业已将自行车移至车棚</source>
        <translation>处理情况，如：物业已将自行车移至车棚</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="115"/>
        <source>Nobody was sent: it was fixed on the spot</source>
        <translation>未派单，现场已处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="118"/>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="119"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="121"/>
        <source>The reporter earns the points now, and is asked at the next check-in whether it is really fixed.</source>
        <translation>上报人现在获得积分；下次来驿站签到时，会问他问题是否真的解决了。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="125"/>
        <source>Resolved (Ctrl+Enter)</source>
        <translation>办结（Ctrl+回车）</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="43"/>
        <source>Add a member…</source>
        <translation>添加队员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="45"/>
        <source>Take off the team…</source>
        <translation>移出队伍…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="70"/>
        <source>&lt;b&gt;{0} members&lt;/b&gt; · this year ({1}) they helped {2} times and made {3} grid reports. &quot;Stop a minute, look once more.&quot;</source>
        <translation>&lt;b&gt;队员 {0} 人&lt;/b&gt; · {1}年共帮助一老一小 {2} 次，上报随手拍 {3} 条。“多停一分钟，多看一眼。”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="80"/>
        <location filename="../../desk/ui/grid/team_page.py" line="88"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="81"/>
        <source>{0} is already on the team.</source>
        <translation>{0} 已经是爱心骑手队队员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/team_page.py" line="89"/>
        <source>Take {0} off the Caring Rider Team? Their records stay.</source>
        <translation>把 {0} 移出爱心骑手队吗？他的记录会保留。</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="147"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="148"/>
        <source>Helps this year</source>
        <translation>今年帮助次数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="149"/>
        <source>{0} confirmed</source>
        <translation>已确认 {0} 次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="150"/>
        <source>Reports this year</source>
        <translation>今年随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="151"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="152"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/grid/models.py" line="153"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/grid/help.py" line="108"/>
        <location filename="../../desk/services/grid/reports.py" line="194"/>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="114"/>
        <source>The age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="122"/>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="123"/>
        <source>The contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/help.py" line="124"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="191"/>
        <source>Building</source>
        <translation>楼号</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="192"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="193"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="197"/>
        <source>The description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/reports.py" line="310"/>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="32"/>
        <source>confirm it</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="33"/>
        <source>dispatch it</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="34"/>
        <source>resolve it</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="35"/>
        <source>mark it not confirmed</source>
        <translation>标记为不属实</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="36"/>
        <source>mark it a duplicate</source>
        <translation>标记为重复</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/states.py" line="37"/>
        <source>reopen it</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="15"/>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="16"/>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="17"/>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="18"/>
        <source>not confirmed</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="19"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="28"/>
        <source>elderly person</source>
        <translation>老人</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="29"/>
        <source>child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="35"/>
        <source>taken home</source>
        <translation>送回家</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="36"/>
        <source>handed to family</source>
        <translation>交给家属</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="37"/>
        <source>handed to the community</source>
        <translation>交给社区</translation>
    </message>
    <message>
        <location filename="../../desk/services/grid/terms.py" line="38"/>
        <source>police called</source>
        <translation>报警</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../desk/ui/grid/action_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
