<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="56"/>
        <source>Edit campaign</source>
        <translation>修改慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="56"/>
        <source>New campaign</source>
        <translation>新建慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="58"/>
        <source>e.g. 2026年中秋慰问</source>
        <translation>如 2026年中秋慰问</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="76"/>
        <source>Each person gets</source>
        <translation>每人发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="88"/>
        <source>Hand-picked people (in addition to the group above)</source>
        <translation>指定人员（在上面人群之外另加）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="93"/>
        <source>Remove selected</source>
        <translation>移除选中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="96"/>
        <source>Enter adds the person found. On the list:</source>
        <translation>按回车加入找到的人。已在名单上：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="101"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="102"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="105"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="108"/>
        <source>Dates</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="109"/>
        <source>Who is eligible</source>
        <translation>谁可以领取</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="110"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="115"/>
        <source>Void this campaign…</source>
        <translation>作废此活动…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="186"/>
        <source>Void the campaign {0}</source>
        <translation>作废活动：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/campaign_dialog.py" line="198"/>
        <source>Each person gets 1 to {0} of an item (untick an item to leave it out); the boxes now show what was kept: check them, then save.</source>
        <translation>每人每样物品发 1 到 {0} 份（不发的物品请取消勾选）；框里现在是保留的数量，请核对后再保存。</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="85"/>
        <source>Campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="87"/>
        <source>Dates</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="88"/>
        <source>Who</source>
        <translation>领取范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="89"/>
        <source>Each gets</source>
        <translation>每人发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="90"/>
        <source>Reached</source>
        <translation>已领/应领</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="28"/>
        <source>Delivery to a home: {0}</source>
        <translation>送上门：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="38"/>
        <source>1. Who receives it (the elderly resident)</source>
        <translation>1. 谁收到（老人）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="39"/>
        <source>2. Who delivers it (the rider)</source>
        <translation>2. 谁送上门（骑手）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="48"/>
        <source>The deliverer earns {0} points ({1}), once for this delivery.</source>
        <translation>送件人获得 {0} 积分（{1}），每次送上门只计一次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="51"/>
        <source>Deliveries earn no points at present (the points rule is retired).</source>
        <translation>目前送上门不加积分（该积分规则已停用）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="53"/>
        <source>Record delivery (Ctrl+Enter)</source>
        <translation>登记送上门（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="76"/>
        <source>&lt;i&gt;nobody chosen yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未选择&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="84"/>
        <source>✘ Already received on {0}</source>
        <translation>✘ 已于 {0} 领取过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="87"/>
        <source>✘ Not eligible for this campaign</source>
        <translation>✘ 不在本次活动领取范围内</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="89"/>
        <source>✔ Eligible, not yet received</source>
        <translation>✔ 可以领取，尚未领过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/delivery_dialog.py" line="95"/>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Choose both the resident and the rider.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;请同时选择收件老人和送件骑手。&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="58"/>
        <source>That campaign does not exist or was voided.</source>
        <translation>该活动不存在或已作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="75"/>
        <source>Please enter the campaign&apos;s name (e.g. 2026年中秋慰问).</source>
        <translation>请填写活动名称（如 2026年中秋慰问）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="77"/>
        <source>A campaign name can be at most {0} characters.</source>
        <translation>活动名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="82"/>
        <source>A campaign named {0} already exists.</source>
        <translation>已有名为“{0}”的活动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="84"/>
        <source>Unknown kind of campaign: {0}.</source>
        <translation>未知的活动类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="86"/>
        <source>Unknown eligibility: {0}.</source>
        <translation>未知的领取范围：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="88"/>
        <source>Please enter the campaign&apos;s first and last day.</source>
        <translation>请填写活动的开始和结束日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="91"/>
        <source>The last day ({1}) is before the first day ({0}).</source>
        <translation>结束日期（{1}）早于开始日期（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="95"/>
        <source>Add at least one item that a share holds.</source>
        <translation>请至少勾选一种每人发放的物品。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="100"/>
        <source>{0} is listed twice.</source>
        <translation>{0}重复列出。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="102"/>
        <source>The quantity of {0} per person must be at least 1.</source>
        <translation>{0}每人至少 1。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="104"/>
        <source>The quantity of {0} per person can be at most {1}.</source>
        <translation>{0}每人最多 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="109"/>
        <source>{0} is retired from the catalog.</source>
        <translation>{0}已从目录中停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="115"/>
        <source>Someone on the hand-picked list is not in the roster.</source>
        <translation>指定名单中有人不在人员名册里。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="117"/>
        <source>Pick at least one person for a hand-picked list.</source>
        <translation>指定名单至少要选一个人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="120"/>
        <location filename="../../desk/services/gifts/shares.py" line="315"/>
        <source>A note can be at most {0} characters.</source>
        <translation>备注最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="182"/>
        <source>Please say why this campaign is voided.</source>
        <translation>请写明作废此活动的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="185"/>
        <source>This campaign already has hand-outs; void them first.</source>
        <translation>该活动已有发放记录，请先作废这些记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="143"/>
        <source>This person is not in the roster.</source>
        <translation>此人不在人员名册中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="146"/>
        <source>{0}&apos;s record is closed or archived.</source>
        <translation>{0}的档案已关闭或归档。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="154"/>
        <source>{0} already received this campaign&apos;s share on {1}, delivered by {2} (recorded by {3}).</source>
        <translation>{0}已于 {1} 领取过本次慰问品，由{2}送上门（{3}登记）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="158"/>
        <source>{0} already received this campaign&apos;s share on {1}, handed out by {2}.</source>
        <translation>{0}已于 {1} 领取过本次慰问品，经办人：{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="166"/>
        <source>This campaign has no items yet; add them in its setup.</source>
        <translation>该活动还没有设置发放物品，请在活动设置中添加。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="177"/>
        <location filename="../../desk/services/stock/ledger.py" line="211"/>
        <source>Only {0} {1} of {2} left in stock; {3} needed.</source>
        <translation>{2}库存只剩 {0} {1}，需要 {3}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="296"/>
        <source>The deliverer and the recipient must be different people.</source>
        <translation>送件人和收件人不能是同一个人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="302"/>
        <source>A hand-out cannot be dated in the future.</source>
        <translation>发放时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="308"/>
        <location filename="../../desk/services/gifts/shares.py" line="431"/>
        <source>{0} is not eligible for {1} (eligible: {2}). A staff member can override with a reason.</source>
        <translation>{0}不在{1}的领取范围内（领取范围：{2}）。工作人员可填写原因特批。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="318"/>
        <source>{0} runs from {1} to {2}; today is outside those dates. Hand out anyway?</source>
        <translation>{0}的活动日期为 {1} 至 {2}，今天不在此范围内。仍要发放吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="351"/>
        <source>Please say why this hand-out is voided.</source>
        <translation>请写明作废此次发放的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="354"/>
        <location filename="../../desk/services/gifts/shares.py" line="381"/>
        <source>That hand-out does not exist.</source>
        <translation>该发放记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="356"/>
        <source>This hand-out was already voided at {0}.</source>
        <translation>该发放记录已于 {0} 作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="417"/>
        <source>The date of the sheet cannot be in the future.</source>
        <translation>签收表日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/shares.py" line="442"/>
        <source>{0} runs from {1} to {2}; the sheet&apos;s date is outside those dates. Record it anyway?</source>
        <translation>{0}的活动日期为 {1} 至 {2}，签收表日期不在此范围内。仍要登记吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="88"/>
        <source>Unknown item.</source>
        <translation>未知物品。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="184"/>
        <source>Unknown kind of stock movement: {0}.</source>
        <translation>未知的库存变动类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="188"/>
        <location filename="../../desk/services/stock/ledger.py" line="301"/>
        <source>A quantity must not be zero.</source>
        <translation>数量不能为零。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="190"/>
        <source>{0} is more than can be moved at once (at most {1}).</source>
        <translation>{0} 超过单次出入库的上限（最多 {1}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="193"/>
        <source>A hand-out, void or redemption moves stock only for its record.</source>
        <translation>发放、作废或兑换只能为其对应的记录出入库。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="222"/>
        <location filename="../../desk/services/stock/ledger.py" line="226"/>
        <location filename="../../desk/services/stock/ledger.py" line="228"/>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="251"/>
        <source>The quantity received must be at least 1.</source>
        <translation>入库数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="253"/>
        <location filename="../../desk/services/stock/ledger.py" line="303"/>
        <source>{0} is more than can be received at once (at most {1}).</source>
        <translation>{0} 超过单次入库上限（最多 {1}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="256"/>
        <source>{0} is retired from the catalog; bring it back before receiving it.</source>
        <translation>{0}已停用，请先恢复再入库。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="259"/>
        <source>A donor name can be at most {0} characters.</source>
        <translation>捐赠方名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="262"/>
        <source>The date received cannot be in the future.</source>
        <translation>入库日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="267"/>
        <source>That campaign does not exist.</source>
        <translation>该活动不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="305"/>
        <source>Please say why the stock is corrected (damaged, lost, returned...).</source>
        <translation>请写明调整库存的原因（损坏、丢失、退回……）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="322"/>
        <source>Please enter the item&apos;s name.</source>
        <translation>请填写物品名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="324"/>
        <source>An item name can be at most {0} characters.</source>
        <translation>物品名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="326"/>
        <source>Please enter the unit (盒, 件, 个...).</source>
        <translation>请填写单位（盒、件、个……）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="328"/>
        <source>A unit can be at most {0} characters.</source>
        <translation>单位最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="337"/>
        <location filename="../../desk/services/stock/ledger.py" line="350"/>
        <source>The item {0} is already in the catalog.</source>
        <translation>物品“{0}”已在目录中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="366"/>
        <source>{0} is already retired.</source>
        <translation>{0}已停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="366"/>
        <source>{0} is not retired.</source>
        <translation>{0}未停用。</translation>
    </message>
</context>
<context>
    <name>GiftsFlow</name>
    <message>
        <location filename="../../desk/ui/gifts/flow.py" line="38"/>
        <source>Outside the campaign&apos;s dates</source>
        <translation>不在活动日期内</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/flow.py" line="40"/>
        <source>Note why (required), then OK to hand out:</source>
        <translation>请写明原因（必填），确定后发放：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/flow.py" line="49"/>
        <source>Staff override</source>
        <translation>工作人员特批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/flow.py" line="51"/>
        <source>To hand out anyway, give the reason (it is recorded):</source>
        <translation>如仍要发放，请写明原因（将被记录）：</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="47"/>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="48"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="49"/>
        <source>Stock… (F7)</source>
        <translation>库存…（F7）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="50"/>
        <source>Print sign-for sheet… (Ctrl+P)</source>
        <translation>打印签收表…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="51"/>
        <source>Enter signed sheet…</source>
        <translation>录入签收表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="68"/>
        <source>Void selected hand-out…</source>
        <translation>作废选中的发放…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="87"/>
        <source>Campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="170"/>
        <source>No campaign yet. A staff member sets one up with &lt;b&gt;New campaign…&lt;/b&gt;.</source>
        <translation>还没有慰问活动。请工作人员点&lt;b&gt;新建活动…&lt;/b&gt;创建。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="181"/>
        <source>starts in {0} days</source>
        <translation>{0} 天后开始</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="183"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="185"/>
        <source>running, {0} days left</source>
        <translation>进行中，还剩 {0} 天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="190"/>
        <source>{0} + {1} hand-picked</source>
        <translation>{0}，另加指定人员 {1} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="191"/>
        <source>{0} · {1} to {2} ({3}) · who: {4} · each gets: &lt;b&gt;{5}&lt;/b&gt;</source>
        <translation>{0} · {1} 至 {2}（{3}）· 领取范围：{4} · 每人：&lt;b&gt;{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="205"/>
        <source>&lt;span style=&apos;font-size:x-large&apos;&gt;Reached &lt;b&gt;{0}&lt;/b&gt; of {1} eligible ({2}%)&lt;/span&gt;  ·  {3} people in all  ·  {4} delivered to homes</source>
        <translation>&lt;span style=&apos;font-size:x-large&apos;&gt;已发放 &lt;b&gt;{0}&lt;/b&gt; / 应发 {1} 人（{2}%）&lt;/span&gt;  ·  共 {3} 人领取  ·  送上门 {4} 份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="221"/>
        <source>Handed out ({0})</source>
        <translation>已发放（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="222"/>
        <source>Not yet collected ({0})</source>
        <translation>未领取（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="267"/>
        <source>✔ {0} delivers {1} to {2}; the points are on {0}&apos;s record.</source>
        <translation>✔ {0} 为{2}送上门 {1}，积分已记入{0}名下。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="275"/>
        <source>Select the hand-out to void in the list first.</source>
        <translation>请先在列表中选中要作废的发放记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="279"/>
        <source>This hand-out is already voided.</source>
        <translation>这条发放记录已经作废过了。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="281"/>
        <source>Void the hand-out to {0} at {1}</source>
        <translation>作废 {1} 发给{0}的记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts_tab.py" line="287"/>
        <source>The hand-out to {0} was voided; the goods are back in stock.</source>
        <translation>发给{0}的记录已作废，物品已退回库存。</translation>
    </message>
</context>
<context>
    <name>HandOutPanel</name>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="41"/>
        <source>Hand out share (Enter)</source>
        <translation>发放（回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="45"/>
        <source>Delivery to a home… (Ctrl+D)</source>
        <translation>送上门登记…（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="80"/>
        <source>Set up a campaign first (Ctrl+Shift+N).</source>
        <translation>请先新建慰问活动（Ctrl+Shift+N）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="83"/>
        <source>Scan the member card, or type the phone&apos;s last 4 digits, a name or pinyin initials.</source>
        <translation>请扫会员卡，或输入手机尾号、姓名、拼音首字母。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="92"/>
        <source>✘ Already received on {0}, by {1}: {2}</source>
        <translation>✘ 已于 {0} 领取过（经办人：{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="97"/>
        <source>and {0} extra share(s) let through by staff</source>
        <translation>另有 {0} 份为工作人员特批补发</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="100"/>
        <source>✔ Eligible, not yet received</source>
        <translation>✔ 可以领取，尚未领过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="103"/>
        <source>✘ Not eligible for this campaign</source>
        <translation>✘ 不在本次活动领取范围内</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="105"/>
        <source>Today is outside the campaign&apos;s dates.</source>
        <translation>今天不在活动日期内。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="113"/>
        <source>Choose the rider first (type, then ↑ ↓).</source>
        <translation>请先选择骑手（输入后用 ↑ ↓ 选择）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/handout_panel.py" line="137"/>
        <source>✔ {0} received {1} at {2}. Left in stock: {3}</source>
        <translation>✔ {0} 于 {2} 领取了 {1}。剩余库存：{3}</translation>
    </message>
</context>
<context>
    <name>ItemProgressModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="67"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="68"/>
        <source>Per person</source>
        <translation>每人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="69"/>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="70"/>
        <source>Received for it</source>
        <translation>为本活动入库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="71"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="72"/>
        <source>Still needed</source>
        <translation>还需</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="73"/>
        <source>for the eligible people who have not collected yet</source>
        <translation>按尚未领取的可领取人数计算</translation>
    </message>
</context>
<context>
    <name>MoveTableModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="122"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="123"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="124"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="125"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="126"/>
        <source>Donor / reason</source>
        <translation>捐赠方 / 原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="127"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="53"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="54"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="56"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="57"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="46"/>
        <source>Print sign-for sheet: {0}</source>
        <translation>打印签收表：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="50"/>
        <source>Everyone eligible (pre-filled names)</source>
        <translation>全部可领取人员（预先填好姓名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="51"/>
        <source>Only those who have not collected yet</source>
        <translation>只打印尚未领取的人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="52"/>
        <source>Those who collected (the record, with dates)</source>
        <translation>已领取的人（发放记录，含日期）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="53"/>
        <source>Blank rows only (names written by hand)</source>
        <translation>只打印空白行（现场手写姓名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="64"/>
        <source>Extra blank rows at the end</source>
        <translation>末尾另加空白行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="66"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="68"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="20"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="21"/>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="22"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="23"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="24"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="25"/>
        <source>Delivered by</source>
        <translation>送件人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="26"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="27"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="36"/>
        <source>voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="38"/>
        <source>override: {0}</source>
        <translation>特批：{0}</translation>
    </message>
</context>
<context>
    <name>SignModel</name>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="112"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="113"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="114"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="115"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="116"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="117"/>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="117"/>
        <source>handed out</source>
        <translation>已发放</translation>
    </message>
</context>
<context>
    <name>SignedSheetDialog</name>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="152"/>
        <source>Enter signed sheet: {0}</source>
        <translation>录入签收表：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="156"/>
        <source>Row number on the sheet, phone&apos;s last 4 digits, name or platform; Enter ticks that row</source>
        <translation>签收表上的序号、手机尾号、姓名或平台；按回车勾选该行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="166"/>
        <source>Date on the sheet</source>
        <translation>签收表上的日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="168"/>
        <source>Numbers follow the printed sheet (everyone eligible). Tick every name that was signed, then Save (Ctrl+Enter).</source>
        <translation>序号与打印的签收表（全部可领取人员）一致。勾选所有已签名的人，然后保存（Ctrl+回车）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="191"/>
        <source>{0} ticked of {1} on the list</source>
        <translation>已勾选 {0} / 共 {1} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="214"/>
        <source>Nobody on the list matches {0}.</source>
        <translation>名单上没有与“{0}”相符的人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="217"/>
        <source>{0} rows match: type more of the name or phone, or the row number on the sheet.</source>
        <translation>有 {0} 行相符：请多输入几个字或手机号，或直接输入签收表上的序号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="246"/>
        <source>Outside the campaign&apos;s dates</source>
        <translation>不在活动日期内</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="247"/>
        <source>Note why (required):</source>
        <translation>请写明原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/sheet_dialogs.py" line="236"/>
        <source>Saved: {0} ticked as signed, {1} recorded as handed out from the sheet.</source>
        <translation>已保存：{0} 人标记为已签名，{1} 人按签收表补登发放。</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="35"/>
        <source>Stock of goods</source>
        <translation>物资库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="40"/>
        <source>New item…</source>
        <translation>新增物品…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="41"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="42"/>
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="51"/>
        <source>property company, partner unit, person…</source>
        <translation>物业公司、共建单位、个人……</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="61"/>
        <source>Receive goods (staff)</source>
        <translation>物品入库（工作人员）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="128"/>
        <source>(no particular campaign)</source>
        <translation>（不指定活动）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="59"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="63"/>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="82"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="64"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="65"/>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="66"/>
        <source>Date received</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="67"/>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="85"/>
        <source>For campaign</source>
        <translation>用于活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="68"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="79"/>
        <source>Correct stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="80"/>
        <source>Correct stock (staff): damaged, lost, returned</source>
        <translation>调整库存（工作人员）：损坏、丢失、退回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="83"/>
        <source>Change (+/−)</source>
        <translation>增减数量（+/−）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="84"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="91"/>
        <source>&lt;b&gt;On hand&lt;/b&gt; (select an item to see its movements)</source>
        <translation>&lt;b&gt;现有库存&lt;/b&gt;（选中物品可查看其出入库记录）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="110"/>
        <source>&lt;b&gt;Movements&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;出入库记录&lt;/b&gt;（最新在前）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="172"/>
        <source>✔ Received {0} {1} of {2}; now {3} {1} in stock.</source>
        <translation>✔ 已入库 {2} {0}{1}，现有库存 {3}{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="182"/>
        <source>✔ Corrected {0} by {1:+d} {2}; now {3} {2} in stock.</source>
        <translation>✔ 已调整 {0} {1:+d}{2}，现有库存 {3}{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="188"/>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="191"/>
        <source>New item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="188"/>
        <source>Name of the item (e.g. 保温杯):</source>
        <translation>物品名称（如 保温杯）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="191"/>
        <source>Unit (盒, 件, 个, 份…):</source>
        <translation>单位（盒、件、个、份……）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="200"/>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="203"/>
        <source>Rename item</source>
        <translation>修改物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="200"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/stock_dialog.py" line="203"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
</context>
<context>
    <name>StockItemModel</name>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="106"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="107"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="108"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/gifts/models.py" line="109"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="25"/>
        <source>Mid-Autumn</source>
        <translation>中秋慰问</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="26"/>
        <source>Spring Festival</source>
        <translation>春节慰问</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="27"/>
        <source>health clinic</source>
        <translation>健康义诊</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="28"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="31"/>
        <source>all riders, couriers and drivers</source>
        <translation>全部骑手、快递员和司机</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="32"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="33"/>
        <source>party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="34"/>
        <source>elderly residents</source>
        <translation>社区老人</translation>
    </message>
    <message>
        <location filename="../../desk/services/gifts/campaigns.py" line="35"/>
        <source>hand-picked list only</source>
        <translation>仅指定名单</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="30"/>
        <source>received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="31"/>
        <source>adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="32"/>
        <source>handed out</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="33"/>
        <source>returned by void</source>
        <translation>作废退回</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="34"/>
        <source>redeemed for points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="49"/>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="50"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="51"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desk/services/stock/ledger.py" line="52"/>
        <source>count correction</source>
        <translation>盘点更正</translation>
    </message>
</context>
</TS>
