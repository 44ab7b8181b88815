<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../desk/ui/wishes/board_view.py" line="84"/>
        <source>Declined / withdrawn</source>
        <translation>未通过 / 已撤回</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="31"/>
        <source>Wish categories</source>
        <translation>微心愿类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="35"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="36"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="37"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="38"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="65"/>
        <source>New category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="65"/>
        <source>Name of the category:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="74"/>
        <source>Rename category</source>
        <translation>类别改名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="74"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="83"/>
        <source>Retire {0}? Wishes already in it keep it; new wishes cannot choose it.</source>
        <translation>停用「{0}」？已有的心愿保留这个类别，新登记的心愿不能再选它。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="84"/>
        <source>Retire category</source>
        <translation>停用类别</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="18"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="19"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="19"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/categories_dialog.py" line="19"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="60"/>
        <source>Claim: {0}</source>
        <translation>认领：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="62"/>
        <source>A partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="63"/>
        <source>A person of the roster</source>
        <translation>名册中的个人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="69"/>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="76"/>
        <source>Record the claim (Ctrl+Enter)</source>
        <translation>登记认领（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="86"/>
        <source>Promised by</source>
        <translation>承诺完成日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="92"/>
        <source>Who claims &lt;b&gt;{0}&lt;/b&gt; for {1}?</source>
        <translation>谁为{1}认领&lt;b&gt;{0}&lt;/b&gt;？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="112"/>
        <source>(no person chosen)</source>
        <translation>（尚未选择个人）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="124"/>
        <source>New partner unit</source>
        <translation>新增共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="124"/>
        <source>Name of the unit (e.g. 筑业物业):</source>
        <translation>单位名称（例如：筑业物业）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="135"/>
        <source>Chosen: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>已选：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="98"/>
        <source>Micro-wish {0} does not exist.</source>
        <translation>编号 {0} 的微心愿不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="105"/>
        <source>This person is not in the roster.</source>
        <translation>此人不在人员名册中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="155"/>
        <location filename="../../desk/services/wishes/board.py" line="287"/>
        <source>A note can be at most {0} characters.</source>
        <translation>备注最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="158"/>
        <source>Unknown form of address: {0}.</source>
        <translation>未知的称呼：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="163"/>
        <source>The date wished by cannot be in the past.</source>
        <translation>希望完成的日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="165"/>
        <source>The date wished by is more than two years away; check it.</source>
        <translation>希望完成的日期在两年以后，请核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="167"/>
        <source>{0}&apos;s record is closed; take the wish down for the current one.</source>
        <translation>{0}的记录已关闭，请为现在使用的记录登记心愿。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="171"/>
        <source>Please choose a category of wish.</source>
        <translation>请选择心愿类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="196"/>
        <source>Please give the reason the rider will be told.</source>
        <translation>请填写原因，骑手来时会告诉他/她。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="214"/>
        <source>Choose who claims the wish: a person or a partner unit.</source>
        <translation>请选择认领人：个人或共建单位（二选一）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="215"/>
        <source>Please enter the day the claimant promises.</source>
        <translation>请填写认领人承诺完成的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="220"/>
        <source>The promised day cannot be before today.</source>
        <translation>承诺完成日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="222"/>
        <source>The promised day is more than a year away; check it.</source>
        <translation>承诺完成日期在一年以后，请核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="226"/>
        <source>{0}&apos;s record is closed; choose the current one.</source>
        <translation>{0}的记录已关闭，请选择现在使用的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="228"/>
        <source>A rider cannot claim their own wish.</source>
        <translation>骑手不能认领自己的心愿。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="232"/>
        <source>That partner unit is not in the catalog any more.</source>
        <translation>这个共建单位已不在名录中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="242"/>
        <source>Please say why the claim is released.</source>
        <translation>请说明取消认领的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="260"/>
        <source>A wish keeps at most {0} photos.</source>
        <translation>每个心愿最多保存 {0} 张照片。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="286"/>
        <source>What was given can be at most {0} characters.</source>
        <translation>实际送出的物品最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="293"/>
        <source>A wish cannot be fulfilled on a day still to come.</source>
        <translation>完成日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="295"/>
        <source>A wish cannot be fulfilled before it was taken down ({0}).</source>
        <translation>完成日期不能早于登记日期（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="310"/>
        <source>Please say why the fulfilment is undone.</source>
        <translation>请说明撤销完成的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="330"/>
        <source>Photos belong to a claimed or fulfilled wish.</source>
        <translation>只有已认领或已完成的心愿才能添加照片。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="343"/>
        <source>That photo no longer exists.</source>
        <translation>这张照片已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="339"/>
        <source>Please say why the photo is removed.</source>
        <translation>请说明删除这张照片的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="354"/>
        <source>Please say why the wish is withdrawn.</source>
        <translation>请说明撤回心愿的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/categories.py" line="25"/>
        <location filename="../../desk/services/wishes/categories.py" line="32"/>
        <source>Unknown category of wish.</source>
        <translation>未知的心愿类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/categories.py" line="37"/>
        <source>A category&apos;s name can be at most {0} characters.</source>
        <translation>类别名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/categories.py" line="39"/>
        <source>Please enter the category&apos;s name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/categories.py" line="44"/>
        <source>The category {0} already exists.</source>
        <translation>类别「{0}」已经存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="69"/>
        <source>This wish is {0}; it can {1} only when it is {2}.</source>
        <translation>这个微心愿目前是「{0}」，只有「{2}」时才能{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="71"/>
        <source>This wish is {0}; it can {1} only when it is {2} or {3}.</source>
        <translation>这个微心愿目前是「{0}」，只有「{2}」或「{3}」时才能{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="106"/>
        <source>A wish can be at most {0} characters.</source>
        <translation>心愿内容最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="108"/>
        <source>Please write what the rider wishes for.</source>
        <translation>请填写骑手的心愿。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="113"/>
        <source>A reason can be at most {0} characters.</source>
        <translation>原因最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="126"/>
        <source>The value must be a number of yuan.</source>
        <translation>价值请填写元数（数字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="128"/>
        <source>The value cannot be negative.</source>
        <translation>价值不能是负数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="130"/>
        <source>A micro-wish is worth at most {0} yuan; check the value.</source>
        <translation>微心愿的价值最多 {0} 元，请核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="144"/>
        <source>{0} is not a date.</source>
        <translation>{0} 不是日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="152"/>
        <source>A step of a wish cannot be dated in the future.</source>
        <translation>心愿的办理时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="155"/>
        <source>A step of a wish cannot be dated before the step it follows ({0}).</source>
        <translation>心愿的办理时间不能早于上一步（{0}）。</translation>
    </message>
</context>
<context>
    <name>FulfilDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="160"/>
        <source>Fulfilled: {0}</source>
        <translation>登记完成：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="172"/>
        <source>e.g. handed over at the station by the property manager</source>
        <translation>例如：物业经理在驿站当面交给骑手</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="175"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="176"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="177"/>
        <source>Record as fulfilled (Ctrl+Enter)</source>
        <translation>登记完成（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="179"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="187"/>
        <source>Fulfilled on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="188"/>
        <source>What was given</source>
        <translation>实际送出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="189"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="190"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="191"/>
        <source> (earns points)</source>
        <translation>（获得积分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="197"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; for {1}, claimed by {2}</source>
        <translation>{1}的心愿&lt;b&gt;{0}&lt;/b&gt;，认领人：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="219"/>
        <source>(none; photos are optional)</source>
        <translation>（无；照片可不添加）</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="40"/>
        <source>{rider}&apos;s micro-wish “{what}” has been fulfilled by {claimant}.</source>
        <translation>{rider}的微心愿『{what}』已由 {claimant} 认领完成。</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/board.py" line="44"/>
        <source>{rider}&apos;s micro-wish “{what}” was not put on the board: {reason}</source>
        <translation>{rider}的微心愿『{what}』未通过审核，原因：{reason}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="45"/>
        <source>Wall sheet of open wishes</source>
        <translation>微心愿认领墙（待认领心愿）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="45"/>
        <source>Thank-you list</source>
        <translation>感谢名单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="54"/>
        <source>{0} open wishes as cards; riders as surname + 师傅/女士, no phone, no full name.</source>
        <translation>共 {0} 个待认领心愿，以卡片打印；骑手只印姓氏加“师傅/女士”，不印电话和全名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="62"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="62"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="63"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="63"/>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="66"/>
        <source>Everyone who fulfilled a wish</source>
        <translation>所有完成心愿的认领人/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="70"/>
        <source>For</source>
        <translation>致</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="71"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="72"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="73"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="75"/>
        <source>Per sponsor, the wishes fulfilled in the period; then the year&apos;s count per partner unit.</source>
        <translation>按认领人列出这段时间完成的心愿，并附全年各共建单位完成数。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/sheets.py" line="79"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="65"/>
        <source>Taken down</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="65"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="65"/>
        <source>Declined</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="66"/>
        <source>Claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="66"/>
        <source>Claim released</source>
        <translation>取消认领</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="66"/>
        <source>Fulfilled</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="67"/>
        <source>Fulfilment undone</source>
        <translation>撤销完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="67"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="68"/>
        <source>Photos added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="71"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="72"/>
        <source>Step</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="73"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="74"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TakeDownDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="39"/>
        <source>Take down a micro-wish</source>
        <translation>登记微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="42"/>
        <source>Nobody matches; register new riders on the Check-in tab.</source>
        <translation>没有找到；新骑手请在“到访签到”页登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="48"/>
        <source>e.g. a pair of rain boots, size 42</source>
        <translation>例如：一双42码的雨靴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="57"/>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="58"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="60"/>
        <source>Wished by</source>
        <translation>希望在此日期前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="70"/>
        <source>师傅 (Mr./Master)</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="71"/>
        <source>女士 (Ms.)</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="75"/>
        <source>For the desk only (optional)</source>
        <translation>仅前台可见（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="79"/>
        <source>Take down (Ctrl+Enter)</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="86"/>
        <source>Rider</source>
        <translation>骑手</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="87"/>
        <source>Wishes for</source>
        <translation>心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="89"/>
        <source>Estimated value</source>
        <translation>估计价值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="95"/>
        <source>On the wall sheet as</source>
        <translation>认领墙上称呼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="96"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="102"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Find the rider (phone last 4 digits, name, pinyin, or scan the card), then Enter</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; 查找骑手（手机尾号、姓名、拼音首字母，或扫会员卡），然后按回车</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="105"/>
        <source>&lt;b&gt;2.&lt;/b&gt; The wish</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; 心愿内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="130"/>
        <source>(nobody chosen yet)</source>
        <translation>（尚未选择骑手）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="143"/>
        <source>Choose the rider first: type in the search, then Enter.</source>
        <translation>请先选择骑手：在上面搜索，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/take_down_dialog.py" line="148"/>
        <source>The value typed was not accepted (0 to {0} yuan); check it.</source>
        <translation>输入的价值无效（0 到 {0} 元），请核对。</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="28"/>
        <source>awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="29"/>
        <source>open for claims</source>
        <translation>待认领</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="30"/>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="31"/>
        <source>fulfilled</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="32"/>
        <source>declined</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="33"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="52"/>
        <source>approve</source>
        <translation>通过审核</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="53"/>
        <source>decline</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="54"/>
        <source>claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="55"/>
        <source>release the claim</source>
        <translation>取消认领</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="56"/>
        <source>record as fulfilled</source>
        <translation>登记完成</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="57"/>
        <source>undo the fulfilment</source>
        <translation>撤销完成</translation>
    </message>
    <message>
        <location filename="../../desk/services/wishes/rules.py" line="58"/>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>WishCardDelegate</name>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="150"/>
        <source>Taken down {0}</source>
        <translation>{0} 登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="152"/>
        <source>On the board since {0}</source>
        <translation>{0} 上墙</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="155"/>
        <source>{0} · promised {1}</source>
        <translation>{0} · 承诺 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="158"/>
        <source>Fulfilled {0} · {1}</source>
        <translation>{0} 完成 · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="160"/>
        <source>Declined: {0}</source>
        <translation>未通过：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="162"/>
        <source>Withdrawn: {0}</source>
        <translation>已撤回：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="164"/>
        <source> · wished by {0}</source>
        <translation> · 希望 {0} 前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/cards.py" line="195"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>WishDialog</name>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="96"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="120"/>
        <source>&lt;b&gt;Story&lt;/b&gt;</source>
        <translation>&lt;b&gt;办理经过&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="130"/>
        <source>Micro-wish No.{0}</source>
        <translation>微心愿 No.{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="138"/>
        <source>Rider</source>
        <translation>骑手</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="139"/>
        <source>On the wall sheet as</source>
        <translation>认领墙上称呼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="140"/>
        <source>Estimated value</source>
        <translation>估计价值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="141"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="142"/>
        <source>Wished by</source>
        <translation>希望在此日期前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="143"/>
        <source>Taken down</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="144"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="145"/>
        <source>Declined because</source>
        <translation>未通过原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="146"/>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="147"/>
        <source>Promised by</source>
        <translation>承诺完成日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="149"/>
        <source>Fulfilled on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="150"/>
        <source>What was given</source>
        <translation>实际送出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="151"/>
        <source>Fulfilment note</source>
        <translation>完成备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="152"/>
        <source>Withdrawn because</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="171"/>
        <source>Open the photo</source>
        <translation>查看照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="183"/>
        <source>Approve for the board</source>
        <translation>审核通过，上墙</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="183"/>
        <source>Decline…</source>
        <translation>不予通过…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="184"/>
        <source>Claim…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="184"/>
        <source>Release the claim…</source>
        <translation>取消认领…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="185"/>
        <source>Record as fulfilled…</source>
        <translation>登记完成…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="185"/>
        <source>Undo the fulfilment…</source>
        <translation>撤销完成…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="186"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="220"/>
        <source>Decline “{0}” (the rider is told the reason)</source>
        <translation>不予通过『{0}』（原因会告诉骑手）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="221"/>
        <source>Release the claim of {1} on “{0}”</source>
        <translation>取消 {1} 对『{0}』的认领</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="222"/>
        <source>Undo the fulfilment of “{0}” (points are taken back)</source>
        <translation>撤销『{0}』的完成（积分将收回）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="223"/>
        <source>Withdraw “{0}”</source>
        <translation>撤回『{0}』</translation>
    </message>
</context>
<context>
    <name>Wishes</name>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="38"/>
        <source>Photos of the fulfilled wish</source>
        <translation>心愿完成的照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/step_dialogs.py" line="39"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="33"/>
        <source>✔ The wish of {0} is taken down; staff will review it before it goes on the board.</source>
        <translation>✔ 已登记{0}的心愿，社工审核后上墙。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="36"/>
        <source>✔ On the board: “{0}” now appears on the wall sheet.</source>
        <translation>✔ 已上墙：『{0}』会出现在认领墙上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="38"/>
        <source>The wish was declined; {0} will be told the reason at their next check-in.</source>
        <translation>心愿未通过；{0}下次来签到时会告知原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="41"/>
        <source>✔ Claimed by {0}.</source>
        <translation>✔ 已由 {0} 认领。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="43"/>
        <source>The claim of {0} was released; the wish is open again.</source>
        <translation>已取消 {0} 的认领，心愿重新待认领。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="45"/>
        <source>✔ Fulfilled. {0} will hear of it at their next check-in.</source>
        <translation>✔ 已完成。{0}下次来签到时会收到通知。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="47"/>
        <source>{0} earned {1} points.</source>
        <translation>{0} 获得 {1} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="50"/>
        <source>The fulfilment was undone; the wish is claimed again.</source>
        <translation>已撤销完成，心愿回到“已认领”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="52"/>
        <source>{0} points were taken back from {1}.</source>
        <translation>已从 {1} 收回 {0} 积分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="56"/>
        <source>The wish was withdrawn; it stays on record.</source>
        <translation>心愿已撤回，记录仍然保留。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="58"/>
        <source>✔ {0} photo(s) added.</source>
        <translation>✔ 已添加 {0} 张照片。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes/detail_dialog.py" line="59"/>
        <source>Done.</source>
        <translation>已完成操作。</translation>
    </message>
</context>
<context>
    <name>WishesTab</name>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="31"/>
        <source>Take down a wish… (Ctrl+N)</source>
        <translation>登记心愿…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="33"/>
        <source>Print wall sheet… (Ctrl+P)</source>
        <translation>打印认领墙…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="34"/>
        <source>Thank-you list… (Ctrl+T)</source>
        <translation>感谢名单…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="35"/>
        <source>Categories…</source>
        <translation>心愿类别…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="40"/>
        <source>Find a wish: rider&apos;s name, phone last 4 digits, pinyin, or words (Ctrl+F)</source>
        <translation>查找心愿：骑手姓名、手机尾号、拼音首字母或心愿内容（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="48"/>
        <source>Declined and withdrawn</source>
        <translation>显示未通过和已撤回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="72"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="74"/>
        <source>Claimant</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="76"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="134"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="135"/>
        <source>Anyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="136"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="154"/>
        <source>{0} taken down · {1} claimed · &lt;b&gt;{2} fulfilled&lt;/b&gt;</source>
        <translation>登记 {0} · 认领 {1} · &lt;b&gt;完成 {2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="155"/>
        <source>This month: {0}  |  This year: {1}</source>
        <translation>本月：{0}&#x3000;｜&#x3000;今年：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="158"/>
        <source>This year: {0} approved, {1} declined, {2} withdrawn; {3} sponsors thanked</source>
        <translation>今年：审核通过 {0}，未通过 {1}，撤回 {2}；致谢认领人/单位 {3} 个</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wishes_tab.py" line="225"/>
        <source>Wall sheet of open wishes</source>
        <translation>微心愿认领墙（待认领心愿）</translation>
    </message>
</context>
</TS>
