<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="39"/>
        <source>Award points</source>
        <translation>加积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="53"/>
        <source>What was done, where (optional)</source>
        <translation>做了什么、在哪里（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="56"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”中登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="59"/>
        <source>Add a rider: phone last 4 digits / name / pinyin / card, then Enter</source>
        <translation>添加骑手：手机尾号 / 姓名 / 拼音首字母 / 会员卡，按回车</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="63"/>
        <source>Remove selected</source>
        <translation>移除选中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="68"/>
        <source>Award (Ctrl+Enter)</source>
        <translation>加分（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="76"/>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="80"/>
        <source>Points each</source>
        <translation>每人分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="81"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="89"/>
        <source>&lt;b&gt;Riders&lt;/b&gt; (everyone listed gets the same award)</source>
        <translation>&lt;b&gt;骑手&lt;/b&gt;（名单上每人得到相同积分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="126"/>
        <source>default {0}, from {1} to {2}</source>
        <translation>默认 {0} 分，可在 {1}–{2} 分之间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="128"/>
        <source>fixed at {0}; staff can change it</source>
        <translation>固定 {0} 分；社工可以修改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="131"/>
        <source>&lt;b&gt;Chosen: {0}&lt;/b&gt; (Delete removes the selected one)</source>
        <translation>&lt;b&gt;已选 {0} 人&lt;/b&gt;（按 Delete 移除选中的人）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="138"/>
        <source>Already in the list.</source>
        <translation>已在名单中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/award_dialog.py" line="162"/>
        <source>Points each must be a whole number from {0} to {1}; the box now shows the amount kept: check it, then award.</source>
        <translation>每人分值须是 {0} 到 {1} 之间的整数；框里现在是保留的分值，请核对后再加分。</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="60"/>
        <source>This person is not in the roster.</source>
        <translation>花名册中没有此人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="62"/>
        <source>{0}&apos;s record is closed; points cannot be added to it.</source>
        <translation>{0} 的档案已关闭，不能再记积分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="64"/>
        <source>{0} was merged into another record; use that one.</source>
        <translation>{0} 已合并到另一条档案，请使用那条档案。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="74"/>
        <source>The rule {0} gives {1} points; only staff can change the amount.</source>
        <translation>规则“{0}”固定 {1} 分，只有社工可以修改分值。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="79"/>
        <source>{0} points is outside what the rule {1} allows ({2} to {3}).</source>
        <translation>{0} 分超出了规则“{1}”允许的范围（{2}–{3} 分）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="88"/>
        <source>Unknown kind of source record: {0}.</source>
        <translation>未知的来源记录类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="90"/>
        <source>Points are spent only through a redemption.</source>
        <translation>积分只能通过兑换扣减。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="99"/>
        <location filename="../../desk/services/points/rewards.py" line="87"/>
        <source>A note can be at most {0} characters.</source>
        <translation>备注最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="112"/>
        <source>This deed already earned {0} points under {1} (for {2} on {3}); reverse that entry first.</source>
        <translation>这件事已按“{1}”记过 {0} 分（{2}，{3}）；如需重记，请先冲正那一条。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="137"/>
        <source>The rule {0} is retired; choose another.</source>
        <translation>规则“{0}”已停用，请选择其他规则。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="143"/>
        <location filename="../../desk/services/points/rewards.py" line="101"/>
        <source>Points cannot be dated in the future.</source>
        <translation>积分日期不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="193"/>
        <source>Choose at least one person.</source>
        <translation>请至少选择一人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="206"/>
        <source>A correction cannot itself be reversed; award the points again instead.</source>
        <translation>冲正记录本身不能再冲正；如需恢复，请重新加分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="208"/>
        <location filename="../../desk/services/points/ledger.py" line="228"/>
        <source>This entry was already reversed on {0}.</source>
        <translation>这条记录已于 {0} 冲正。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="220"/>
        <source>{0} has already spent these points: the balance is {1}, and taking back {2} would make it negative. Void a redemption first.</source>
        <translation>{0} 已经用掉了这些积分：余额 {1} 分，扣回 {2} 分会变成负数。请先作废一笔兑换。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="239"/>
        <source>Please say why this entry is reversed.</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="245"/>
        <source>There is no points entry {0}.</source>
        <translation>没有第 {0} 条积分记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="262"/>
        <location filename="../../desk/services/points/ledger.py" line="278"/>
        <source>This is a redemption: void it under Rewards, which also puts the goods back.</source>
        <translation>这是一笔兑换：请在“积分兑换”里作废，物品也会退回库存。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="264"/>
        <source>A correction must be dated between the entry and now.</source>
        <translation>冲正日期须在原记录之后、现在之前。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="343"/>
        <source>Unknown period: {0}.</source>
        <translation>未知的时间范围：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="34"/>
        <location filename="../../desk/services/points/point_rules.py" line="116"/>
        <location filename="../../desk/services/points/point_rules.py" line="139"/>
        <source>There is no points rule {0}.</source>
        <translation>没有积分规则 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="40"/>
        <location filename="../../desk/services/points/point_rules.py" line="42"/>
        <location filename="../../desk/services/points/point_rules.py" line="46"/>
        <source>Please enter a whole number of points.</source>
        <translation>请输入整数分值。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="53"/>
        <source>Points must satisfy 1 ≤ lowest ≤ default ≤ highest ≤ {0}.</source>
        <translation>分值须满足 1 ≤ 最低 ≤ 默认 ≤ 最高 ≤ {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="61"/>
        <source>Please enter the rule&apos;s name.</source>
        <translation>请输入规则名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="63"/>
        <source>A rule name can be at most {0} characters.</source>
        <translation>规则名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="68"/>
        <source>A rule named {0} already exists.</source>
        <translation>已有名为“{0}”的规则。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="142"/>
        <source>The rule {0} is already retired.</source>
        <translation>规则“{0}”已经停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/point_rules.py" line="143"/>
        <source>The rule {0} is in use, not retired.</source>
        <translation>规则“{0}”正在使用，并未停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="57"/>
        <source>A points price must be between 1 and {0}.</source>
        <translation>兑换积分须在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="81"/>
        <source>{0} is not in the rewards catalog.</source>
        <translation>{0} 不在兑换目录中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="84"/>
        <source>The quantity must be between 1 and {0}.</source>
        <translation>数量须在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="92"/>
        <location filename="../../desk/services/points/rewards.py" line="111"/>
        <source>{0} has {1} points; {2} × {3} needs {4}.</source>
        <translation>{0} 只有 {1} 分；{2} × {3} 需要 {4} 分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="97"/>
        <source>Only {0} {1} of {2} left in stock; {3} needed.</source>
        <translation>{2} 库存只剩 {0} {1}，需要 {3}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="126"/>
        <source>Please say why this redemption is voided.</source>
        <translation>请填写作废这笔兑换的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="129"/>
        <source>There is no redemption {0}.</source>
        <translation>没有第 {0} 笔兑换。</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/rewards.py" line="133"/>
        <source>This redemption was already voided on {0}.</source>
        <translation>这笔兑换已于 {0} 作废。</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="46"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="48"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="49"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="50"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="51"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="52"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="53"/>
        <source>Deeds</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="44"/>
        <source>Caring Rider Team only</source>
        <translation>只看爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="46"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="47"/>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="48"/>
        <source>Copy (Ctrl+Shift+C)</source>
        <translation>复制（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="59"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="61"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="85"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="98"/>
        <source>Points earned in the period; spending does not lower a rank, corrected mistakes are left out.</source>
        <translation>按期间内获得的积分排名；兑换消费不影响名次，已冲正的记录不计入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="118"/>
        <source>{0} rows copied; paste them into a spreadsheet or a message.</source>
        <translation>已复制 {0} 行，可粘贴到表格或消息中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="121"/>
        <source>Points leaderboard</source>
        <translation>积分排行榜</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/leaderboard_page.py" line="124"/>
        <source>points-leaderboard.pdf</source>
        <translation>积分排行榜.pdf</translation>
    </message>
</context>
<context>
    <name>PointsSheet</name>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="22"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="22"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="22"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="23"/>
        <location filename="../../desk/reports/points_sheets.py" line="37"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="23"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="23"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="24"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="24"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="26"/>
        <source>No points yet.</source>
        <translation>暂无积分记录。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="27"/>
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="28"/>
        <source>Balance: {0} points</source>
        <translation>积分余额：{0} 分</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="29"/>
        <source>Earned {0} points, spent {1} points; {2} lines.</source>
        <translation>累计获得 {0} 分，兑换使用 {1} 分；共 {2} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="30"/>
        <source>Printed {0} by {1}. Corrections are shown as separate lines; nothing is erased.</source>
        <translation>{0} 由 {1} 打印。更正以单独的冲正记录显示，任何记录都不会被删除。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="31"/>
        <source>Nobody has earned points in this period yet.</source>
        <translation>这段时间还没有人获得积分。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="32"/>
        <source>Points earned in the period; corrected mistakes are left out. Printed {0}.</source>
        <translation>按期间内获得的积分排名，已冲正的记录不计入。打印时间 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="33"/>
        <source>Redemption voided (points back)</source>
        <translation>兑换作废（积分退回）</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="36"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="36"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="37"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="37"/>
        <source>Deeds</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="86"/>
        <source>reverses entry #{0}</source>
        <translation>冲正第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="88"/>
        <source>reversed on {0}</source>
        <translation>已于 {0} 冲正</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="96"/>
        <source>Redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="34"/>
        <source>Correction: {0}</source>
        <translation>冲正：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/reports/points_sheets.py" line="164"/>
        <source>Points leaderboard: {0}</source>
        <translation>积分排行榜：{0}</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../desk/ui/points_tab.py" line="26"/>
        <source>Statement &amp;&amp; awards</source>
        <translation>积分明细与加分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points_tab.py" line="27"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points_tab.py" line="28"/>
        <source>Rewards</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points_tab.py" line="29"/>
        <source>Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points_tab.py" line="73"/>
        <source>Choose the rider, then press F3 to redeem.</source>
        <translation>请先选择骑手，再按 F3 兑换。</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="121"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="122"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="123"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="34"/>
        <source>Redeem points: {0}</source>
        <translation>积分兑换：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="39"/>
        <source>{0}: {1} points per {2}, {3} in stock</source>
        <translation>{0}：每{2} {1} 分，库存 {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="55"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="58"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="58"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; points</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="59"/>
        <source>Reward</source>
        <translation>兑换物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="60"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="65"/>
        <source>The rewards catalog is empty: an administrator sets points prices under Rewards.</source>
        <translation>兑换目录为空：请管理员在“积分兑换”中为物品设置积分价格。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="87"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;Costs {1} points; balance after: {2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;需要 {1} 分；兑换后余额：{2} 分&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="98"/>
        <source>There is nothing to redeem yet.</source>
        <translation>目前没有可兑换的物品。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_dialogs.py" line="102"/>
        <source>The quantity must be a whole number from 1 to {0}; the box now shows the quantity kept: check it, then redeem.</source>
        <translation>数量须是 1 到 {0} 之间的整数；框里现在是保留的数量，请核对后再兑换。</translation>
    </message>
</context>
<context>
    <name>RedemptionModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="83"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="84"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="85"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="86"/>
        <source>voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
</context>
<context>
    <name>RewardModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="61"/>
        <source>not offered</source>
        <translation>不可兑换</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="64"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="65"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="66"/>
        <source>Points price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="68"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="36"/>
        <source>Redeem selected reward for a rider…</source>
        <translation>为骑手兑换选中物品…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="37"/>
        <source>Set points price… (admin)</source>
        <translation>设置兑换积分…（管理员）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="39"/>
        <source>Void selected redemption…</source>
        <translation>作废选中的兑换…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="47"/>
        <source>&lt;b&gt;Rewards&lt;/b&gt; (goods riders can take for points; stock is the store room&apos;s)</source>
        <translation>&lt;b&gt;兑换目录&lt;/b&gt;（骑手可用积分兑换的物品；库存即库房库存）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="56"/>
        <source>&lt;b&gt;Recent redemptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的兑换&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="77"/>
        <source>No rewards yet: an administrator gives goods a points price here. Goods and stock are managed under Gifts.</source>
        <translation>还没有兑换物品：管理员可在这里为物品设置积分价格。物品和库存在“慰问发放”中管理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="80"/>
        <source>Double-click a reward (or choose the rider first on Statement and press F3).</source>
        <translation>双击物品兑换（或先在“积分明细”中选择骑手，再按 F3）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="89"/>
        <source>Select a reward with a points price first.</source>
        <translation>请先选择一件有积分价格的物品。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="96"/>
        <source>Points price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="97"/>
        <source>Points for one {0} of {1} (0 = not a reward):</source>
        <translation>每{0}{1}需要的积分（0 = 不参与兑换）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="105"/>
        <source>Select an item first.</source>
        <translation>请先选择物品。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="117"/>
        <source>Select the redemption to void first.</source>
        <translation>请先选择要作废的兑换。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="121"/>
        <source>This redemption is already voided.</source>
        <translation>这次兑换已经作废过了。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="123"/>
        <source>Void the redemption of {0}: {1} × {2}</source>
        <translation>作废 {0} 的兑换：{1} × {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rewards_page.py" line="128"/>
        <source>Voided: {0} points back to {1}, goods back in stock.</source>
        <translation>已作废：{0} 分已退还给 {1}，物品已退回库存。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="36"/>
        <source>Edit points rule</source>
        <translation>修改积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="36"/>
        <source>New points rule</source>
        <translation>新建积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="46"/>
        <source>Volunteers may change the amount within the bounds</source>
        <translation>志愿者可在范围内修改分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="63"/>
        <source>Default points</source>
        <translation>默认分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="64"/>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="65"/>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="77"/>
        <source>Points must be whole numbers from 1 to {0}; the boxes now show what was kept: check them, then save.</source>
        <translation>分值须是 1 到 {0} 之间的整数；框里现在是保留的数值，请核对后再保存。</translation>
    </message>
</context>
<context>
    <name>RuleModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="97"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="97"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="97"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="100"/>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="101"/>
        <source>Default points</source>
        <translation>默认分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="102"/>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="103"/>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="104"/>
        <source>Desk may change amount</source>
        <translation>前台可改分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="105"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="106"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="100"/>
        <source>Show retired rules</source>
        <translation>显示已停用的规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="101"/>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="102"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="103"/>
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="126"/>
        <source>Retired rules earn nothing new; old entries keep them. Changing points does not change entries already written.</source>
        <translation>停用的规则不再产生新积分，旧记录仍显示原规则。修改分值不会改变已记录的积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/rules_page.py" line="127"/>
        <source>Only an administrator can change the rules.</source>
        <translation>只有管理员可以修改积分规则。</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../../desk/ui/points/models.py" line="26"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="27"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="28"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="29"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="30"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="31"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/models.py" line="32"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="47"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”中登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="57"/>
        <source>Award points… (F2)</source>
        <translation>加积分…（F2）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="59"/>
        <source>Redeem… (F3)</source>
        <translation>积分兑换…（F3）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="61"/>
        <source>Reverse selected entry… (Del)</source>
        <translation>冲正选中记录…（Del）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="63"/>
        <source>Print statement… (Ctrl+P)</source>
        <translation>打印积分明细…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="64"/>
        <source>Save statement as PDF…</source>
        <translation>积分明细存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="81"/>
        <source>&lt;b&gt;Statement&lt;/b&gt; (newest first; corrections are separate lines)</source>
        <translation>&lt;b&gt;积分明细&lt;/b&gt;（最新在前；更正以单独的冲正记录显示）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="104"/>
        <source>Search a rider to see their points, or press F2 to award points.</source>
        <translation>搜索骑手查看积分，或按 F2 加积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="110"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="115"/>
        <source>Balance &lt;span style=&apos;font-size:xx-large; color:#1565c0&apos;&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/span&gt; points · {1} lines</source>
        <translation>积分余额 &lt;span style=&apos;font-size:xx-large; color:#1565c0&apos;&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/span&gt; 分 · 共 {1} 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="139"/>
        <source>{0} points awarded to {1} ({2}).</source>
        <translation>已为 {1} 加 {0} 分（{2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="142"/>
        <source>{0} points awarded to {1} riders ({2}).</source>
        <translation>已为 {1} 位骑手各加 {0} 分（{2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="149"/>
        <source>Choose the rider first.</source>
        <translation>请先选择骑手。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="159"/>
        <source>{0} × {1} redeemed for {2} points.</source>
        <translation>已兑换 {0} × {1}，使用 {2} 分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="165"/>
        <source>Select the entry to reverse in the statement first.</source>
        <translation>请先在积分明细中选择要冲正的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="171"/>
        <source>Void the redemption of {0} ({1} points)</source>
        <translation>作废 {0} 的兑换（{1} 分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="175"/>
        <source>The redemption was voided: points and goods are back.</source>
        <translation>兑换已作废：积分和物品都已退回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="177"/>
        <source>Reverse {0} points of {1} ({2})</source>
        <translation>冲正 {1} 的 {0} 分（{2}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="183"/>
        <source>Reversed: a correction of {0} points was written.</source>
        <translation>已冲正：写入一条 {0} 分的冲正记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="195"/>
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desk/ui/points/statement_page.py" line="200"/>
        <source>points-{0}.pdf</source>
        <translation>积分明细-{0}.pdf</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="34"/>
        <source>by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="35"/>
        <source>redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="36"/>
        <source>gift delivery</source>
        <translation>慰问品送上门</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="37"/>
        <location filename="../../desk/services/points/ledger.py" line="38"/>
        <source>community event</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="39"/>
        <location filename="../../desk/services/points/ledger.py" line="40"/>
        <source>hazard report</source>
        <translation>随手拍隐患</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="41"/>
        <location filename="../../desk/services/points/ledger.py" line="42"/>
        <source>help record</source>
        <translation>一老一小帮扶</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="43"/>
        <source>micro-wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="47"/>
        <source>this month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="48"/>
        <source>this year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desk/services/points/ledger.py" line="49"/>
        <source>all time</source>
        <translation>全部</translation>
    </message>
</context>
</TS>
