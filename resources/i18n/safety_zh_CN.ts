<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="49"/>
        <source>check-in</source>
        <translation>到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="50"/>
        <source>check-in voided</source>
        <translation>作废签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="51"/>
        <source>person registered</source>
        <translation>登记新人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="52"/>
        <source>person&apos;s details changed</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="53"/>
        <source>member card reissued</source>
        <translation>补发会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="54"/>
        <source>marked not a duplicate</source>
        <translation>标记为非重复</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="55"/>
        <source>duplicates merged (kept)</source>
        <translation>合并重复人员（保留）</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="56"/>
        <source>duplicates merged (merged away)</source>
        <translation>合并重复人员（并入）</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="57"/>
        <source>person archived</source>
        <translation>人员归档</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="58"/>
        <source>person back on the roster</source>
        <translation>人员恢复到名册</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="59"/>
        <source>personal data erased</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="60"/>
        <source>grid assigned</source>
        <translation>分配网格</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="61"/>
        <source>roster imported</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="62"/>
        <source>grid changed</source>
        <translation>修改网格</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="63"/>
        <source>campaign created</source>
        <translation>新建慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="64"/>
        <source>campaign changed</source>
        <translation>修改慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="65"/>
        <source>campaign voided</source>
        <translation>作废慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="66"/>
        <source>share handed out</source>
        <translation>发放一份</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="67"/>
        <source>share handed out beyond the rules</source>
        <translation>破例发放</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="68"/>
        <source>share voided</source>
        <translation>作废发放</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="69"/>
        <source>signature ticked</source>
        <translation>勾选签收</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="70"/>
        <source>goods received</source>
        <translation>物品入库</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="71"/>
        <source>stock adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="72"/>
        <source>goods added</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="73"/>
        <source>goods renamed</source>
        <translation>物品改名</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="74"/>
        <source>goods retired</source>
        <translation>物品停用</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="75"/>
        <source>goods restored</source>
        <translation>物品恢复</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="76"/>
        <source>points awarded</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="77"/>
        <source>points corrected</source>
        <translation>更正积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="78"/>
        <source>points rule added</source>
        <translation>新增积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="79"/>
        <source>points rule changed</source>
        <translation>修改积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="80"/>
        <source>points rule retired</source>
        <translation>停用积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="81"/>
        <source>points rule restored</source>
        <translation>恢复积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="82"/>
        <source>reward price set</source>
        <translation>设置兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="83"/>
        <source>points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="84"/>
        <source>redemption voided</source>
        <translation>作废兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="85"/>
        <source>operator added</source>
        <translation>新增值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="86"/>
        <source>operator&apos;s role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="87"/>
        <source>operator deactivated</source>
        <translation>停用值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="88"/>
        <source>operator reactivated</source>
        <translation>恢复值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="89"/>
        <source>PIN set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="90"/>
        <source>PIN changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="91"/>
        <source>PIN reset</source>
        <translation>密码已重设</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="92"/>
        <source>wrong PINs: made to wait</source>
        <translation>密码多次输错：需等待</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="93"/>
        <source>idle lock changed</source>
        <translation>修改自动锁定时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="94"/>
        <source>audit log exported</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="95"/>
        <source>service added</source>
        <translation>新增服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="96"/>
        <source>service retired</source>
        <translation>停用服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="97"/>
        <source>partner unit added</source>
        <translation>新增共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="98"/>
        <source>partner unit changed</source>
        <translation>修改共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="99"/>
        <source>partner unit retired</source>
        <translation>停用共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="100"/>
        <source>notice answered</source>
        <translation>回复提醒</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="101"/>
        <source>photo kept</source>
        <translation>保存照片</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="102"/>
        <source>photo removed</source>
        <translation>删除照片</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="106"/>
        <source>check-in</source>
        <translation>到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="107"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="108"/>
        <source>share</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="109"/>
        <source>campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="110"/>
        <source>points line</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="111"/>
        <source>points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="112"/>
        <source>redemption</source>
        <translation>兑换记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="113"/>
        <source>stock move</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="114"/>
        <source>goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="115"/>
        <source>operator</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="116"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="117"/>
        <source>partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="118"/>
        <source>service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="119"/>
        <source>notice</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="120"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="121"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="122"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="123"/>
        <source>audit log</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="346"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="347"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="348"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="349"/>
        <source>Action code</source>
        <translation>操作代码</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="350"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="351"/>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="352"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="353"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="354"/>
        <source>Before (JSON)</source>
        <translation>改动前（JSON）</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="355"/>
        <source>After (JSON)</source>
        <translation>改动后（JSON）</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="12"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="13"/>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="14"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="15"/>
        <source>platform or employer</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="16"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="17"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="18"/>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="19"/>
        <source>member card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="20"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="21"/>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="22"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="23"/>
        <source>archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="24"/>
        <source>erased at</source>
        <translation>清除时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="25"/>
        <source>merged into</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="26"/>
        <source>voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="27"/>
        <source>voided by</source>
        <translation>作废人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="28"/>
        <source>void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="29"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="30"/>
        <source>created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="31"/>
        <source>created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="32"/>
        <source>changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="33"/>
        <location filename="../../desk/ui/safety/audit_fields.py" line="34"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="35"/>
        <source>anonymous visitor</source>
        <translation>匿名到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="36"/>
        <source>visited at</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="37"/>
        <source>services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="38"/>
        <location filename="../../desk/ui/safety/audit_fields.py" line="39"/>
        <location filename="../../desk/ui/safety/audit_fields.py" line="62"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="40"/>
        <source>points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="41"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="42"/>
        <source>source id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="43"/>
        <source>corrects line</source>
        <translation>更正的明细</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="44"/>
        <source>corrected at</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="45"/>
        <source>campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="46"/>
        <source>recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="47"/>
        <source>deliverer</source>
        <translation>送达人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="48"/>
        <source>handed out at</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="49"/>
        <source>signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="50"/>
        <source>override reason</source>
        <translation>破例原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="51"/>
        <source>extra share</source>
        <translation>额外一份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="52"/>
        <location filename="../../desk/ui/safety/audit_fields.py" line="53"/>
        <source>goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="54"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="55"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="56"/>
        <source>donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="57"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="58"/>
        <source>points price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="59"/>
        <source>starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="60"/>
        <source>ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="61"/>
        <source>who is eligible</source>
        <translation>发放对象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="63"/>
        <source>least points</source>
        <translation>最少积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="64"/>
        <source>most points</source>
        <translation>最多积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="65"/>
        <source>amount may change</source>
        <translation>可改分值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="66"/>
        <source>grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="67"/>
        <source>grid leader&apos;s phone</source>
        <translation>网格长电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="68"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="69"/>
        <source>retired at</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="70"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="71"/>
        <source>may sign in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="72"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="73"/>
        <source>wrong PINs in a row</source>
        <translation>连续输错次数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="74"/>
        <source>wait (seconds)</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="75"/>
        <source>idle lock (minutes)</source>
        <translation>自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="76"/>
        <source>answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="77"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="78"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="35"/>
        <source>Check-ins</source>
        <translation>到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="36"/>
        <source>People and grids</source>
        <translation>人员与网格</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="37"/>
        <source>Gifts and stock</source>
        <translation>慰问发放与库存</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="38"/>
        <source>Points and rewards</source>
        <translation>积分与兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="39"/>
        <source>Wish board</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="40"/>
        <source>Events</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="41"/>
        <source>Grid reports and help</source>
        <translation>网格随手拍与一老一小</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="42"/>
        <source>Operators, PINs and settings</source>
        <translation>值班人员、密码与设置</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="43"/>
        <source>Catalogs, units, notices, photos</source>
        <translation>目录、共建单位、提醒与照片</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="49"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="50"/>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="51"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="52"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="54"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="55"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="83"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="84"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_fields.py" line="85"/>
        <source>reset</source>
        <translation>已重设</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="114"/>
        <source>Export the audit log</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="123"/>
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="129"/>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="144"/>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="252"/>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="134"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="138"/>
        <source>all days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="146"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="147"/>
        <source>Anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="150"/>
        <source>Operator:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="152"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="154"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="160"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="162"/>
        <source>to:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="198"/>
        <source>More (older)</source>
        <translation>更多（更早的）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="200"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="294"/>
        <source>Showing {0} of {1} rows, newest first.</source>
        <translation>显示 {0} / 共 {1} 条，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="306"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="319"/>
        <source>{0} rows written to {1}.</source>
        <translation>已写入 {0} 条到 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="321"/>
        <source>Only the newest {0} rows fit in one export: narrow the filter for older ones.</source>
        <translation>一次最多导出最新的 {0} 条；更早的记录请缩小筛选范围。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="323"/>
        <source>Audit log exported</source>
        <translation>操作记录已导出</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="65"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="66"/>
        <source>Before</source>
        <translation>改动前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="67"/>
        <source>After</source>
        <translation>改动后</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="292"/>
        <source>Nobody is on duty: choose who you are first.</source>
        <translation>当前没有值班人员：请先选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="78"/>
        <location filename="../../desk/services/safety/operators.py" line="65"/>
        <source>Operator {0} does not exist.</source>
        <translation>值班人员 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="81"/>
        <source>{0} no longer signs in at this desk; ask the administrator.</source>
        <translation>{0} 已被停用，不能再登录前台；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="131"/>
        <source>Too many wrong PINs for {0}. Wait {1} seconds, then try again.</source>
        <translation>{0} 的密码输错次数太多。请等 {1} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="146"/>
        <source>{0} has no PIN yet: choose one now.</source>
        <translation>{0} 还没有密码：请现在设置一个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="175"/>
        <source>Wrong PIN for {0}. Wait {1} seconds before the next try.</source>
        <translation>{0} 的密码不对。请等 {1} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="180"/>
        <source>Wrong PIN for {0}. {1} more tries, then the desk makes you wait.</source>
        <translation>{0} 的密码不对。还可以再试 {1} 次，之后每次输错都要等待。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="196"/>
        <location filename="../../desk/services/safety/access.py" line="209"/>
        <source>{0} already has a PIN: type it, or ask the administrator to reset it.</source>
        <translation>{0} 已经有密码：请输入密码，或请管理员重设。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="200"/>
        <source>The administrator sets a PIN first; ask them to sign in once.</source>
        <translation>请管理员先登录一次并设置密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/access.py" line="234"/>
        <source>There is no operator named {0}.</source>
        <translation>没有名叫 {0} 的值班人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="238"/>
        <source>The first day {0} is after the last day {1}.</source>
        <translation>开始日期 {0} 晚于结束日期 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="250"/>
        <source>Unknown kind of record: {0}.</source>
        <translation>未知的记录类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/audit_log.py" line="407"/>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="72"/>
        <source>This desk already has operators; an administrator adds new ones.</source>
        <translation>这台前台已经有值班人员；新的值班人员由管理员添加。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="84"/>
        <location filename="../../desk/services/safety/operators.py" line="123"/>
        <source>Unknown role: {0}.</source>
        <translation>未知角色：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="115"/>
        <source>{0} is the last administrator: make someone else administrator first.</source>
        <translation>{0} 是最后一位管理员：请先把另一位设为管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="141"/>
        <source>You cannot deactivate yourself while on duty.</source>
        <translation>值班时不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="166"/>
        <source>The idle lock is 0 (never) to {0} minutes.</source>
        <translation>自动锁定时间为 0（从不）到 {0} 分钟。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/operators.py" line="179"/>
        <source>Could not save the settings: {0}</source>
        <translation>无法保存设置：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="78"/>
        <source>Please type a PIN: 4 to 8 digits, or a password of 8 characters or more.</source>
        <translation>请输入密码：4 到 8 位数字，或 8 个字符以上的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="81"/>
        <source>A PIN cannot hold spaces at its ends or invisible characters.</source>
        <translation>密码首尾不能有空格，也不能含看不见的字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="83"/>
        <source>A PIN or password can be at most {0} characters.</source>
        <translation>密码最多 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="86"/>
        <source>A PIN needs at least {0} digits.</source>
        <translation>数字密码至少要 {0} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="90"/>
        <source>This PIN is too easy to guess: avoid one digit repeated or a straight run like 1234.</source>
        <translation>这个密码太容易被猜到：不要用同一个数字重复或 1234 这样的连号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/safety/pins.py" line="94"/>
        <source>A password (not only digits) needs at least {0} characters.</source>
        <translation>含字母的密码至少要 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk/ui/safety/lock_screen.py" line="43"/>
        <source>The desk is locked. Type your PIN and press Enter to go on.</source>
        <translation>前台已锁定。请输入密码并按回车继续。</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="40"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="41"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="41"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="41"/>
        <source>not yet</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="43"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="51"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="53"/>
        <source>wrong PINs: waits {0}</source>
        <translation>密码输错：需等 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="54"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="64"/>
        <source>Operators</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="68"/>
        <source>Add operator…</source>
        <translation>添加值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="69"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="70"/>
        <source>Reset PIN…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="71"/>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="137"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="72"/>
        <source>Change my PIN…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="86"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="87"/>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="202"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="89"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="93"/>
        <source>Lock the desk after this long without a key or a click:</source>
        <translation>无人操作多长时间后自动锁定前台：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="100"/>
        <source>Only an administrator adds staff and administrators, changes roles, resets PINs and deactivates operators. You may add a fellow volunteer and change your own PIN.</source>
        <translation>只有管理员可以添加工作人员和管理员、更改角色、重设密码和停用值班人员。您可以添加一位志愿者同伴，也可以修改自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="137"/>
        <source>Reactivate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="164"/>
        <source>Reset the PIN of {0}</source>
        <translation>重设 {0} 的密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="165"/>
        <source>Let {0} type the new PIN twice. Any wait after wrong PINs ends.</source>
        <translation>请 {0} 本人输入两次新密码。输错密码后的等待随即解除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="170"/>
        <source>PIN reset</source>
        <translation>密码已重设</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="170"/>
        <source>{0} signs in with the new PIN now.</source>
        <translation>{0} 现在用新密码登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="178"/>
        <source>Deactivate an operator</source>
        <translation>停用值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="179"/>
        <source>{0} will no longer sign in at this desk. Their records keep their name. Go on?</source>
        <translation>{0} 将不能再登录前台。以往记录仍保留其姓名。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="190"/>
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="190"/>
        <source>Type your current PIN, then the new one twice.</source>
        <translation>请输入现在的密码，再输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="195"/>
        <source>PIN changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="195"/>
        <source>Your new PIN works from now on.</source>
        <translation>新密码现在生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="202"/>
        <source>after {0} minutes</source>
        <translation>在 {0} 分钟后</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="203"/>
        <source>Idle lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/operators_dialog.py" line="203"/>
        <source>The desk locks {0} without a key or a click.</source>
        <translation>无人操作时，前台{0}自动锁定。</translation>
    </message>
</context>
<context>
    <name>PersonPickDialog</name>
    <message>
        <location filename="../../desk/ui/safety/audit_viewer.py" line="88"/>
        <source>Records of one person</source>
        <translation>某一人员的记录</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="54"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="56"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="58"/>
        <source>Current PIN:</source>
        <translation>现在的密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="62"/>
        <source>New PIN:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="63"/>
        <source>New PIN again:</source>
        <translation>再输一次新密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="66"/>
        <source>A PIN is 4 to 8 digits (not 1234 or 0000), or a password of 8 characters or more.</source>
        <translation>密码为 4 到 8 位数字（不要用 1234、0000 这类），或 8 个字符以上的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="83"/>
        <source>The two new PINs differ. Please type them again.</source>
        <translation>两次输入的新密码不一样，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="93"/>
        <source>Add an operator</source>
        <translation>添加值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="94"/>
        <source>Let the new operator type their own PIN twice: nobody else needs to know it. They sign in with their name and this PIN.</source>
        <translation>请新值班人员本人输入两次密码，不必让别人知道。以后用姓名和这个密码登录。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="113"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/pin_dialogs.py" line="123"/>
        <source>New role of {0}:</source>
        <translation>{0} 的新角色：</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="39"/>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="40"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="54"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="65"/>
        <source>Choose your PIN: 4 to 8 digits (not 1234 or 0000), or a password of 8 characters or more. Type it twice.</source>
        <translation>请设置密码：4 到 8 位数字（不要用 1234、0000 这类），或 8 个字符以上的密码。输入两次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="72"/>
        <source>Switch operator</source>
        <translation>换人值班</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="79"/>
        <source>Remember this PIN. An administrator&apos;s forgotten PIN is reset on this computer with the command desk reset-pin (see the manual).</source>
        <translation>请记住这个密码。管理员忘记密码时，可以在这台电脑上用命令 desk reset-pin 重设（见使用说明）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="82"/>
        <source>Forgot your PIN? An administrator gives you a new one (Desk → Operators…).</source>
        <translation>忘记密码？请管理员为您重设（前台 → 值班人员…）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="84"/>
        <source>Demo: every operator&apos;s PIN is {0}.</source>
        <translation>演示数据：每位值班人员的密码都是 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="88"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="89"/>
        <location filename="../../desk/ui/safety/sign_in.py" line="90"/>
        <source>On duty:</source>
        <translation>值班人员：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="91"/>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="92"/>
        <source>PIN again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="148"/>
        <source>This desk was upgraded: the administrator signs in first and chooses a PIN.</source>
        <translation>前台已升级：请管理员先登录并设置密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="165"/>
        <source>choose a PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="165"/>
        <source>type your PIN, then Enter</source>
        <translation>输入密码后按回车</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="218"/>
        <source>Too many wrong PINs. Please wait {0}, then try again.</source>
        <translation>密码输错次数太多。请等 {0} 后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="227"/>
        <source>You may try again now.</source>
        <translation>现在可以再试了。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="243"/>
        <source>The two PINs differ. Please type them again.</source>
        <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="264"/>
        <source>Wrong PIN. {0} more tries, then the desk makes you wait.</source>
        <translation>密码不对。还可以再试 {0} 次，之后每次输错都要等待。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/safety/sign_in.py" line="273"/>
        <source>You have no PIN yet: choose one and type it twice.</source>
        <translation>您还没有密码：请设置一个，输入两次。</translation>
    </message>
</context>
</TS>
