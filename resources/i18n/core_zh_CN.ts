<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desk/ui/app.py" line="88"/>
        <source>It was opened on the computer {0} at {1} (process {2}).</source>
        <translation>它在电脑 {0} 上于 {1} 打开（进程 {2}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/app.py" line="92"/>
        <source>The desk is already open</source>
        <translation>前台已经打开了</translation>
    </message>
    <message>
        <location filename="../../desk/ui/app.py" line="93"/>
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
    <name>BackupDialog</name>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="54"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="62"/>
        <source>Where backups go</source>
        <translation>备份存放位置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="75"/>
        <source>Choose a folder (e.g. a USB stick)…</source>
        <translation>选择文件夹（如 U 盘）…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="78"/>
        <source>Use the data folder</source>
        <translation>使用数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="88"/>
        <source>Only an administrator can change where backups go.</source>
        <translation>只有管理员可以更改备份存放位置。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="102"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="105"/>
        <source>Restore the chosen backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="108"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="127"/>
        <source>Kept: every backup of the last 24 hours, one a day for {0} days and one a month for {1} months; older ones are deleted, with the photos no kept backup needs. Personal information erased from the desk disappears from the backups only after that: at most {1} months later.</source>
        <translation>备份保留：最近 24 小时内的全部备份，{0} 天内每天一份，{1} 个月内每月一份；更早的备份会被删除，不再被任何备份需要的照片也一并删除。清除的个人信息要在这之后才从备份中消失：最迟 {1} 个月后。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="138"/>
        <source>Backups go to {0}</source>
        <translation>备份存放在：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="140"/>
        <source>Backups go to the data folder: {0}</source>
        <translation>备份存放在数据文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="142"/>
        <source>The chosen folder {0} is not there (USB stick not plugged in?): backups go to the data folder until it is back.</source>
        <translation>所选的文件夹 {0} 不在（U 盘没插上？）：在它回来之前，备份存放在数据文件夹里。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="151"/>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="174"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="175"/>
        <source>Station Desk backups (*.db)</source>
        <translation>驿站前台备份 (*.db)</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="38"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>恢复前的安全备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="40"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="41"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/dialog.py" line="42"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="124"/>
        <source>today {0}</source>
        <translation>今天 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="126"/>
        <source>yesterday {0}</source>
        <translation>昨天 {0}</translation>
    </message>
</context>
<context>
    <name>BackupStatusButton</name>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="158"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="173"/>
        <source>Backed up {0}</source>
        <translation>已备份 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="175"/>
        <source>Backed up {0}, into the data folder: the backup folder is missing</source>
        <translation>已备份 {0}，但存在数据文件夹里：备份文件夹不在</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="177"/>
        <source>Last backup {0}: more than a day ago</source>
        <translation>上次备份 {0}：已超过一天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="180"/>
        <source>Backup failed {0}</source>
        <translation>备份失败 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="182"/>
        <source> (last good: {0})</source>
        <translation>（上次成功：{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="184"/>
        <source>No backup yet</source>
        <translation>还没有备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="199"/>
        <source>Last good backup: {0}</source>
        <translation>上次成功的备份：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="200"/>
        <source>{0} photos with it</source>
        <translation>含 {0} 张照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="201"/>
        <source>, {0} not found in the data folder</source>
        <translation>，其中 {0} 张在数据文件夹中找不到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="204"/>
        <source>The backup folder {0} was missing (USB stick not plugged in?).</source>
        <translation>备份文件夹 {0} 不在（U 盘没插上？）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="207"/>
        <source>Why it failed: {0}</source>
        <translation>失败原因：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/status.py" line="208"/>
        <source>A backup is made when the desk starts and every {0} hours. Click for more.</source>
        <translation>前台启动时和之后每 {0} 小时自动备份一次。点击查看详情。</translation>
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
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="27"/>
        <source>less than an hour ago</source>
        <translation>不到 1 小时前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="29"/>
        <source>{0} hours ago</source>
        <translation>{0} 小时前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="30"/>
        <source>{0} days ago</source>
        <translation>{0} 天前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="118"/>
        <source>The backup made {0} is in place: {1} people, {2} check-ins.</source>
        <translation>已用 {0} 的备份恢复：{1} 人，{2} 次签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="121"/>
        <source>{0} photos of that backup were not found.</source>
        <translation>该备份中有 {0} 张照片没有找到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="123"/>
        <source>The damaged file is kept as {0}.</source>
        <translation>损坏的文件保存为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="124"/>
        <source>Please enter again what was recorded after the backup.</source>
        <translation>备份时间之后登记的内容，请重新录入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="125"/>
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="41"/>
        <location filename="../../desk/ui/backups/damaged.py" line="48"/>
        <source>The desk&apos;s data file is damaged</source>
        <translation>前台的数据文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="56"/>
        <source>The file {0} failed its integrity check: it cannot be used safely, and the desk will not open it.</source>
        <translation>数据文件 {0} 没有通过完整性检查：无法安全使用，前台不会打开它。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="61"/>
        <source>The newest good backup: made {0} ({1}), with {2} people and {3} check-ins.</source>
        <translation>最新的完好备份：备份时间 {0}（{1}），含 {2} 人、{3} 次签到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="63"/>
        <source>Backup made {0}: everything recorded after it will be lost.</source>
        <translation>备份时间 {0}，之后的记录将丢失。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="65"/>
        <source>The damaged file is not written over: it is renamed {0} and stays in the data folder ({1}), for a technician who may save more from it.</source>
        <translation>损坏的文件不会被覆盖：它会改名为 {0}，留在数据文件夹（{1}）里，技术人员也许还能从中找回更多记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="69"/>
        <source>No good backup was found.</source>
        <translation>没有找到完好的备份。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="70"/>
        <source>Do not delete anything in the data folder ({0}). Ask the administrator or a technician for help.</source>
        <translation>请不要删除数据文件夹（{0}）里的任何东西，请联系管理员或技术人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="78"/>
        <source>What the check found: {0}</source>
        <translation>检查结果：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="86"/>
        <source>Restore this backup</source>
        <translation>用这个备份恢复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/damaged.py" line="90"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="20"/>
        <source>People, grids and the desk&apos;s operators</source>
        <translation>人员、网格和值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="21"/>
        <source>A year of check-ins</source>
        <translation>一年的到访签到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="22"/>
        <source>Riders&apos; points and the points supermarket</source>
        <translation>骑手积分和积分超市</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="23"/>
        <source>Gift campaigns, stock and hand-outs</source>
        <translation>慰问活动、库存和发放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="24"/>
        <source>The wish board</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="25"/>
        <source>Events and their sign-in sheets</source>
        <translation>活动和签到表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="26"/>
        <source>Grid reports and help records</source>
        <translation>网格随手拍和帮扶记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="34"/>
        <source>The demo station is ready.</source>
        <translation>演示驿站已准备好。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="38"/>
        <source>Making a demo station with a year of activity (only the first time).
Now: {0}</source>
        <translation>正在准备演示驿站，生成一年的模拟数据（仅第一次需要）。
当前：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/demo_progress.py" line="49"/>
        <source>Station Desk: preparing the demo</source>
        <translation>驿站前台：正在准备演示数据</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/common/accounts.py" line="23"/>
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
        <location filename="../../desk/services/common/accounts.py" line="64"/>
        <location filename="../../desk/services/common/permissions.py" line="170"/>
        <source>This needs the {0} role; ask a staff member or the administrator.</source>
        <translation>此操作需要“{0}”权限，请找社区工作人员或管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="63"/>
        <source>A service name needs 1 to {0} characters.</source>
        <translation>服务名称须为 1 到 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="65"/>
        <source>The service {0} already exists.</source>
        <translation>服务项目“{0}”已存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="86"/>
        <source>Unknown service.</source>
        <translation>未知的服务项目。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/reasons.py" line="14"/>
        <source>A reason can be at most {0} characters.</source>
        <translation>原因最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="55"/>
        <source>Photos can only be kept with a database file on this PC.</source>
        <translation>照片只能保存在本机的数据库文件旁。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="75"/>
        <source>Unknown kind of record for a photo: {0}.</source>
        <translation>照片所属的记录类型未知：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="77"/>
        <source>This person is not in the roster.</source>
        <translation>名册中没有此人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="84"/>
        <source>The file {0} cannot be read.</source>
        <translation>无法读取文件 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="87"/>
        <source>{0} is not a photo (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>{0} 不是照片（仅支持 PNG、JPEG、GIF、BMP、WebP）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="90"/>
        <source>{0} is too large ({1} MB); photos can be at most {2} MB.</source>
        <translation>{0} 太大（{1} MB），照片最大 {2} MB。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="109"/>
        <source>The photo could not be saved in the data folder (disk full?).</source>
        <translation>照片无法保存到数据文件夹（磁盘已满？）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="133"/>
        <location filename="../../desk/services/common/attachments.py" line="152"/>
        <source>That photo no longer exists.</source>
        <translation>这张照片已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/attachments.py" line="148"/>
        <source>Please say why this photo is removed.</source>
        <translation>请说明删除这张照片的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="146"/>
        <source>That notice no longer exists.</source>
        <translation>这条提醒已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="148"/>
        <source>That notice was already passed on.</source>
        <translation>这条提醒已经转告过了。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/notices.py" line="152"/>
        <source>Please choose one of the answers.</source>
        <translation>请选择一个回答。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/audit.py" line="67"/>
        <location filename="../../desk/services/common/inputs.py" line="234"/>
        <location filename="../../desk/services/common/permissions.py" line="167"/>
        <source>Nobody is on duty: choose who you are first.</source>
        <translation>当前没有值班人员：请先选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="40"/>
        <source>Please enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="42"/>
        <source>A unit&apos;s name can be at most {0} characters.</source>
        <translation>单位名称最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="44"/>
        <source>Unknown kind of unit: {0}.</source>
        <translation>未知的单位类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="49"/>
        <source>A unit named {0} already exists.</source>
        <translation>已有名为 {0} 的单位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="50"/>
        <source>A contact person can be at most {0} characters.</source>
        <translation>联系人最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="54"/>
        <source>A phone number can be at most {0} characters.</source>
        <translation>电话号码最多 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="70"/>
        <source>Partner unit {0} does not exist.</source>
        <translation>共建单位 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/text.py" line="67"/>
        <source>The {0} holds only invisible characters (copied from another program?); please type it again.</source>
        <translation>{0}里只有看不见的字符（可能是从别的软件复制来的），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/text.py" line="74"/>
        <source>This text can be at most {0} characters.</source>
        <translation>这段文字最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/text.py" line="84"/>
        <source>A note can be at most {0} characters.</source>
        <translation>备注最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="78"/>
        <source>Only a database file on this PC can be backed up from the desk.</source>
        <translation>只有本机上的数据库文件才能在前台备份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="207"/>
        <source>Choose another file: this is the database itself.</source>
        <translation>请另选一个文件：这就是数据库本身。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="294"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="296"/>
        <source>Choose another folder: {0} holds the desk&apos;s own data (a USB stick is best).</source>
        <translation>请选择别的文件夹：{0} 里是前台自己的数据（最好用 U 盘）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="302"/>
        <source>Backups cannot be written to {0}: {1}</source>
        <translation>无法把备份写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="316"/>
        <source>Could not save the settings: {0}</source>
        <translation>无法保存设置：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/backups.py" line="193"/>
        <source>The backup could not be written to {0}: {1}</source>
        <translation>备份无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="67"/>
        <source>The disk is full: what you just did was not saved; everything saved before is kept. Free some space on the disk (or ask the administrator), then try again.</source>
        <translation>磁盘已满：刚才的操作没有保存，之前保存的记录都在。请清理磁盘空间（或联系管理员）后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="69"/>
        <source>The data folder is read-only: what you just did was not saved; everything saved before is kept. Ask the administrator to make the data folder writable again.</source>
        <translation>数据文件夹只读：刚才的操作没有保存，之前保存的记录都在。请联系管理员恢复数据文件夹的写入权限。</translation>
    </message>
    <message>
        <location filename="../../desk/errors.py" line="71"/>
        <source>The data folder could not be written ({0}): what you just did was not saved; everything saved before is kept. Check the disk, then try again.</source>
        <translation>数据文件夹无法写入（{0}）：刚才的操作没有保存，之前保存的记录都在。请检查磁盘后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/recovery.py" line="102"/>
        <location filename="../../desk/services/common/restore.py" line="285"/>
        <source>The database is open in another program ({0}). Close it first; nothing was changed.</source>
        <translation>数据库正被另一个程序使用（{0}）。请先关闭它；什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/recovery.py" line="116"/>
        <location filename="../../desk/services/common/restore.py" line="300"/>
        <source>The backup could not be put in place ({0}); the database is as it was.</source>
        <translation>备份无法放回原处（{0}）；数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="72"/>
        <source>{0} cannot be restored: a newer Station Desk made it; update this one first. Nothing was changed.</source>
        <translation>{0} 不能恢复：它由更新版本的驿站前台生成，请先升级本程序。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="74"/>
        <source>{0} cannot be restored: the file is damaged ({1}). Nothing was changed.</source>
        <translation>{0} 不能恢复：文件已损坏（{1}）。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="85"/>
        <source>{0} cannot be restored: it is not a Station Desk database. Nothing was changed.</source>
        <translation>{0} 不能恢复：它不是驿站前台的数据库。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="106"/>
        <source>{0} is not a file. Nothing was changed.</source>
        <translation>{0} 不是文件。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="130"/>
        <source>The restored database did not match the backup; the database is as it was.</source>
        <translation>恢复后的数据库与备份不一致；数据库已还原为原样。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="199"/>
        <source>{0} cannot be restored: it changed while it was being read. Nothing was changed.</source>
        <translation>{0} 不能恢复：读取时文件发生了变化。什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="277"/>
        <source>That is the database itself: choose a backup file.</source>
        <translation>这是数据库本身，请选择一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="294"/>
        <source>The current database could not be kept aside first ({0}); nothing was changed.</source>
        <translation>无法先为当前数据库做安全备份（{0}）；什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/restore.py" line="304"/>
        <source>The restored database was not right ({0}); the database is as it was.</source>
        <translation>恢复后的数据库不正确（{0}）；数据库已还原为原样。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="85"/>
        <source>That record does not exist.</source>
        <translation>这条记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="87"/>
        <location filename="../../desk/services/common/inputs.py" line="253"/>
        <source>That record does not exist (number {0}).</source>
        <translation>这条记录不存在（编号 {0}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="94"/>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="96"/>
        <location filename="../../desk/services/common/inputs.py" line="104"/>
        <source>The number {0} is too large for the desk.</source>
        <translation>数字 {0} 太大了，无法使用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="102"/>
        <source>Please enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="111"/>
        <location filename="../../desk/services/common/inputs.py" line="126"/>
        <location filename="../../desk/services/common/inputs.py" line="130"/>
        <location filename="../../desk/services/common/inputs.py" line="187"/>
        <source>The desk was given something it cannot use as {0}; nothing was changed.</source>
        <translation>收到的 {0} 内容无法使用，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="115"/>
        <source>This text is too long ({0} characters; at most {1}).</source>
        <translation>这段文字太长了（{0} 个字，最多 {1} 个字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="119"/>
        <source>This text holds only invisible characters (copied from another program?); please type it again.</source>
        <translation>这段文字只有看不见的字符（是从别的程序复制来的吗？），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="134"/>
        <source>That file name cannot be used; choose another file.</source>
        <translation>这个文件名不能用，请换一个文件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="142"/>
        <source>Please choose a time.</source>
        <translation>请选择时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="145"/>
        <source>Please choose a date and time.</source>
        <translation>请选择日期和时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="147"/>
        <source>Please choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="151"/>
        <source>The date {0} is before {1}; check the date.</source>
        <translation>日期 {0} 早于 {1} 年，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="156"/>
        <source>The date {0} is more than a year ahead; check the date.</source>
        <translation>日期 {0} 在一年以后，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="159"/>
        <source>The date {0} is in the future; check the date.</source>
        <translation>日期 {0} 是将来的日期，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="167"/>
        <source>This text holds a broken character (copied from a damaged file?); please type it again.</source>
        <translation>这段文字里有损坏的字符（是从损坏的文件复制来的吗？），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/inputs.py" line="285"/>
        <source>Too many at once (more than {0}).</source>
        <translation>一次太多了（超过 {0} 个）。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desk/ui/widgets/dialogs.py" line="43"/>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/dialogs.py" line="67"/>
        <source>Please write the reason: it is kept with the record.</source>
        <translation>请填写原因：原因会和记录一起保存。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk/ui/app.py" line="151"/>
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
        <location filename="../../desk/ui/main_window.py" line="108"/>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="109"/>
        <source>Change operator…</source>
        <translation>切换值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="110"/>
        <source>Lock the desk</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="111"/>
        <source>Save a copy of the database…</source>
        <translation>另存一份数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="113"/>
        <source>Backups…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="114"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="115"/>
        <source>Service catalog…</source>
        <translation>服务项目目录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="118"/>
        <source>Operators…</source>
        <translation>值班人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="119"/>
        <source>Audit log…</source>
        <translation>操作记录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="121"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="123"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="127"/>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="130"/>
        <location filename="../../desk/ui/main_window.py" line="224"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="137"/>
        <location filename="../../desk/ui/main_window.py" line="317"/>
        <source>About Station Desk</source>
        <translation>关于驿站前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="153"/>
        <source>demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="154"/>
        <source>On duty: {0} ({1})  ·  {2}</source>
        <translation>值班：{0}（{1}）  ·  {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="156"/>
        <source>Station Desk · {0}</source>
        <translation>驿站前台 · {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="224"/>
        <source>The new language is used from the next start of the desk.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="235"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>Backed up to {0} ({1} KB, checked).</source>
        <translation>已备份到 {0}（{1} KB，已校验）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="247"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="267"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="268"/>
        <source>Station Desk backups (*.db)</source>
        <translation>驿站前台备份 (*.db)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="318"/>
        <source>Station Desk {0}
The front desk of the {1}.
Data folder: {2}</source>
        <translation>驿站前台 {0}
{1}前台服务系统。
数据文件夹：{2}</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../desk/ui/widgets/new_person_dialog.py" line="50"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/new_person_dialog.py" line="51"/>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/new_person_dialog.py" line="52"/>
        <source>&amp;Kind:</source>
        <translation>身份(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/new_person_dialog.py" line="53"/>
        <source>P&amp;latform / employer:</source>
        <translation>平台/单位(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/new_person_dialog.py" line="88"/>
        <source>Already registered</source>
        <translation>已经登记过</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="22"/>
        <source>Who is on duty?</source>
        <translation>今天谁值班？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="26"/>
        <source>First start: add yourself. You become the administrator of this desk.</source>
        <translation>第一次使用：请登记您自己，您将成为这台前台的管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="27"/>
        <source>Every check-in and hand-out records who did it.</source>
        <translation>每一次签到和发放都会记录经办人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/operator_dialog.py" line="35"/>
        <source>Start</source>
        <translation>开始值班</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="44"/>
        <source>Add a fellow volunteer as operator</source>
        <translation>添加志愿者为值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="45"/>
        <source>Add staff and admins, change roles, reset PINs</source>
        <translation>添加工作人员和管理员、调整角色、重置密码</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="46"/>
        <source>Change the service catalog and other catalogs</source>
        <translation>修改服务项目等目录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="47"/>
        <source>Add and change partner units</source>
        <translation>添加和修改共建单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="48"/>
        <source>Read and export the audit log</source>
        <translation>查看和导出操作记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="49"/>
        <source>Make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="50"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="51"/>
        <source>Choose the folder the automatic backups go to</source>
        <translation>选择自动备份的存放文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="52"/>
        <source>Pass on and answer check-in notices</source>
        <translation>转告签到提醒并记录回答</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="53"/>
        <source>Keep a photo with a record</source>
        <translation>为记录保存照片</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="54"/>
        <source>Remove a kept photo</source>
        <translation>删除已保存的照片</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="57"/>
        <source>Check visitors in</source>
        <translation>访客签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="58"/>
        <source>Void a check-in made today</source>
        <translation>作废今天的签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="59"/>
        <source>Void an older check-in</source>
        <translation>作废以前的签到</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="62"/>
        <source>Register a new visitor</source>
        <translation>登记新访客</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="63"/>
        <source>Correct a person&apos;s details (not name or phone)</source>
        <translation>更正人员信息（姓名、手机号除外）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="65"/>
        <source>Change a person&apos;s name or phone</source>
        <translation>修改姓名或手机号</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="66"/>
        <source>Archive and bring back people</source>
        <translation>归档和恢复人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="67"/>
        <source>Reissue a member card</source>
        <translation>补发会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="68"/>
        <source>Merge duplicate people</source>
        <translation>合并重复人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="69"/>
        <source>Import a roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="70"/>
        <source>Export the roster (phones masked)</source>
        <translation>导出名单（手机号隐藏）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="71"/>
        <source>Export full phone numbers</source>
        <translation>导出完整手机号</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="72"/>
        <source>Erase a person&apos;s personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="73"/>
        <source>Rename grids, set leaders, assign members</source>
        <translation>网格改名、设网格长、分配成员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="76"/>
        <source>Award points by rule at the rule&apos;s amount</source>
        <translation>按规则分值发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="77"/>
        <source>Award points at another amount</source>
        <translation>按其他分值发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="78"/>
        <source>Correct points with a reversing entry</source>
        <translation>冲正积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="79"/>
        <source>Correct points you awarded yourself</source>
        <translation>冲正自己发放的积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="81"/>
        <source>Take back the points of a record being voided</source>
        <translation>作废记录时收回其积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="82"/>
        <source>Manage the points rules</source>
        <translation>管理积分规则</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="83"/>
        <source>Redeem points for goods</source>
        <translation>积分兑换物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="84"/>
        <source>Void a redemption</source>
        <translation>作废兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="85"/>
        <source>Void a redemption you recorded yourself</source>
        <translation>作废自己登记的兑换</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="86"/>
        <source>Set the points price of goods</source>
        <translation>设置物品兑换积分</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="89"/>
        <source>Receive goods into stock</source>
        <translation>物资入库</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="90"/>
        <source>Adjust stock with a reason</source>
        <translation>调整库存（需填原因）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="91"/>
        <source>Add, rename and retire goods</source>
        <translation>添加、改名、停用物品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="92"/>
        <source>Create, change and void campaigns</source>
        <translation>创建、修改、作废慰问活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="93"/>
        <source>Hand out a share</source>
        <translation>发放慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="94"/>
        <source>Hand out beyond the rules (extra share, not eligible)</source>
        <translation>特批发放（额外一份或不在范围内）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="95"/>
        <source>Void a handed-out share</source>
        <translation>作废已发放的慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="96"/>
        <source>Void a share you handed out today</source>
        <translation>作废自己今天发放的慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="98"/>
        <source>Put goods back into stock when a share or redemption is voided</source>
        <translation>作废发放或兑换时把物品退回库存</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="99"/>
        <source>Tick signatures from a signed sheet</source>
        <translation>按签收表勾选签名</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="105"/>
        <source>Take down a rider&apos;s micro-wish</source>
        <translation>登记骑手的微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="106"/>
        <source>Approve a micro-wish for the board or decline it</source>
        <translation>审核微心愿（通过上墙或不予通过）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="107"/>
        <source>Record or release a claim on a micro-wish</source>
        <translation>登记或取消微心愿的认领</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="108"/>
        <source>Record a micro-wish as fulfilled, with photos</source>
        <translation>登记微心愿已完成（可附照片）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="109"/>
        <source>Withdraw a micro-wish at the rider&apos;s request</source>
        <translation>应骑手要求撤回微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="110"/>
        <source>Undo a fulfilment (takes the points back)</source>
        <translation>撤销微心愿的完成（收回积分）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="111"/>
        <source>Add, rename and retire micro-wish categories</source>
        <translation>新增、改名、停用微心愿类别</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="114"/>
        <source>Create, change and copy community events</source>
        <translation>新建、修改、复制社区活动</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="115"/>
        <source>Cancel an event (its attendance points are reversed)</source>
        <translation>取消活动（收回参加积分）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="116"/>
        <source>Register people for an event and take them off</source>
        <translation>为活动报名及取消报名</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="117"/>
        <source>Sign people in at an event (walk-ins, signed sheets)</source>
        <translation>活动签到（含临时到场、纸质签到表录入）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="118"/>
        <source>Remove anyone&apos;s attendance (reverses its points); a volunteer only their own of today</source>
        <translation>撤销任何人的活动签到（收回积分）；志愿者只能撤销自己当天录入的</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="122"/>
        <source>Record a grid report (随手拍) and add its photos</source>
        <translation>登记随手拍并添加照片</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="123"/>
        <source>Confirm a grid report is real (the reporter earns points)</source>
        <translation>核实随手拍属实（上报人获得积分）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="124"/>
        <source>Send a grid report to a staff member with a due date</source>
        <translation>将随手拍派给工作人员并定办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="125"/>
        <source>Mark a grid report resolved</source>
        <translation>将随手拍标记为已办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="126"/>
        <source>Mark a grid report not confirmed or a duplicate</source>
        <translation>将随手拍标记为不属实或重复</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="127"/>
        <source>Reopen a closed grid report</source>
        <translation>重新打开已办结或已关闭的随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="128"/>
        <source>Void a grid report recorded by mistake</source>
        <translation>作废登记错误的随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="129"/>
        <source>Record that riders helped an elderly person or a child</source>
        <translation>登记骑手帮助老人或儿童（一老一小）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="130"/>
        <source>Confirm a help record (the helpers earn points)</source>
        <translation>确认一老一小记录（帮助者获得积分）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="131"/>
        <source>See the name, age, contact and story of a helped person</source>
        <translation>查看被帮助者的姓名、年龄、联系方式和经过</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="132"/>
        <source>Void a help record</source>
        <translation>作废一老一小记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="133"/>
        <source>Add and remove members of the Caring Rider Team</source>
        <translation>增减爱心骑手队队员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="136"/>
        <source>Export the monthly workbook (phones masked)</source>
        <translation>导出工作月报（手机号隐藏）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="137"/>
        <source>Export the monthly workbook with full phone numbers</source>
        <translation>导出含完整手机号的工作月报</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="141"/>
        <source>Change your own PIN (knowing the old one)</source>
        <translation>修改自己的密码（需要原密码）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="142"/>
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
        <location filename="../../desk/ui/widgets/person_search.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="27"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="29"/>
        <source>Platform</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="30"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="56"/>
        <source>Nobody matches.</source>
        <translation>没有找到匹配的人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="60"/>
        <source>Phone last 4 digits / name / pinyin initials / card code</source>
        <translation>手机尾号 / 姓名 / 拼音首字母 / 会员卡号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="130"/>
        <source>1 match. Press Enter to choose.</source>
        <translation>找到 1 人，按回车确认。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/person_search.py" line="132"/>
        <source>{0} matches. Use ↑ ↓ to choose, then Enter.</source>
        <translation>找到 {0} 人，用 ↑ ↓ 选择后按回车。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="203"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页 / 共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="252"/>
        <location filename="../../desk/ui/widgets/printing.py" line="263"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="254"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets/printing.py" line="263"/>
        <source>The PDF could not be written to {0}. If that file is open in another program, close it; or save under another name or in another folder.</source>
        <translation>PDF 没有保存成功：无法写入 {0}。如果这个文件正在其他程序里打开，请先关闭它；或者换个文件名、换个文件夹再保存。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="32"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="33"/>
        <source>Restore the backup made {0}?

It holds {1} people, {2} check-ins and {3} photos. Everything recorded after {0} will no longer be in the desk.

The database as it is now is first kept as a backup (so this can be undone). The desk then closes its tabs and asks who is on duty.</source>
        <translation>恢复 {0} 的备份？

该备份含 {1} 人、{2} 次签到、{3} 张照片。{0} 之后登记的所有内容将不再出现在前台里。

恢复前会先把现在的数据库另存为一份备份（可以撤回）。之后前台会关闭各个页面，并重新询问谁在值班。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="45"/>
        <source>Restoring the backup of {0}…</source>
        <translation>正在恢复 {0} 的备份…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="55"/>
        <source>The backup of {0} is restored: {1} people, {2} check-ins, {3} photos.</source>
        <translation>已恢复 {0} 的备份：{1} 人，{2} 次签到，{3} 张照片。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="58"/>
        <source>{0} photos of that backup were not found; their records are back without them.</source>
        <translation>该备份中有 {0} 张照片没有找到；相应记录已恢复，但没有照片。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backups/restore_flow.py" line="62"/>
        <source>The database as it was before is kept as {0}.</source>
        <translation>恢复前的数据库已保存为 {0}。</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogDialog</name>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="47"/>
        <source>Service catalog</source>
        <translation>服务项目目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="52"/>
        <source>New service, e.g. 微波炉加热</source>
        <translation>新服务项目，例如：微波炉加热</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="53"/>
        <source>tick it for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="54"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="55"/>
        <source>Retire selected…</source>
        <translation>停用选中项…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="67"/>
        <source>Only an administrator can change the catalog.</source>
        <translation>只有管理员可以修改服务项目目录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="94"/>
        <source>Retire a service</source>
        <translation>停用服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="95"/>
        <source>Stop offering {0}? Past visits keep it.</source>
        <translation>确定停止提供“{0}”吗？以往的签到记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="27"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="30"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="31"/>
        <source>English</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="32"/>
        <source>Ticked for first visits</source>
        <translation>首次到访默认勾选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="33"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/service_catalog_dialog.py" line="33"/>
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
        <location filename="../../desk/services/common/permissions.py" line="20"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="21"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/permissions.py" line="22"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="20"/>
        <source>property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="21"/>
        <source>school or kindergarten</source>
        <translation>学校/幼儿园</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="22"/>
        <source>shop or business</source>
        <translation>商户/企业</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="23"/>
        <source>public body</source>
        <translation>机关/事业单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="24"/>
        <source>other unit</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/units.py" line="50"/>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/catalogs.py" line="66"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
</context>
</TS>
