<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cards</name>
    <message>
        <location filename="../../desk/ui/people/card_printing.py" line="31"/>
        <location filename="../../desk/ui/people/card_printing.py" line="35"/>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/card_printing.py" line="32"/>
        <source>None of them can get a card.</source>
        <translation>所选人员都不能制卡（已合并或已匿名）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/card_printing.py" line="36"/>
        <source>Print {0} cards ({1} pages)?</source>
        <translation>打印 {0} 张会员卡（共 {1} 页）？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/card_printing.py" line="40"/>
        <source>Member cards ({0})</source>
        <translation>会员卡（{0} 张）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/card_printing.py" line="47"/>
        <source>member-cards.pdf</source>
        <translation>会员卡.pdf</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/people/bulk.py" line="30"/>
        <location filename="../../desk/services/people/importer.py" line="132"/>
        <location filename="../../desk/services/people/importer.py" line="209"/>
        <location filename="../../desk/services/people/records.py" line="202"/>
        <source>Unknown kind of person: {0}.</source>
        <translation>未知的人员类型：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="96"/>
        <source>A platform or employer can be at most {0} characters.</source>
        <translation>平台或单位最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/bulk.py" line="34"/>
        <location filename="../../desk/services/people/grids.py" line="47"/>
        <location filename="../../desk/services/people/records.py" line="206"/>
        <source>Unknown grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/bulk.py" line="69"/>
        <location filename="../../desk/services/people/bulk.py" line="97"/>
        <source>The phone {0} is already in the roster.</source>
        <translation>手机号 {0} 已在名册中。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/export.py" line="79"/>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/lifecycle.py" line="43"/>
        <location filename="../../desk/services/people/merge.py" line="240"/>
        <source>{0} was already merged into someone else.</source>
        <translation>{0} 已合并到其他人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/lifecycle.py" line="45"/>
        <source>{0} is already archived.</source>
        <translation>{0} 已经归档。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/lifecycle.py" line="62"/>
        <source>{0} is not archived.</source>
        <translation>{0} 没有归档。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/lifecycle.py" line="64"/>
        <source>An anonymised record cannot be brought back.</source>
        <translation>已匿名的记录不能恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/lifecycle.py" line="96"/>
        <source>This record is already anonymised.</source>
        <translation>这条记录已经匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="170"/>
        <source>duplicate registration merged</source>
        <translation>重复登记已合并</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="222"/>
        <source>Both people have a record that may exist only once per person ({0}); void one of them first, then merge.</source>
        <translation>两人都有一条每人只能有一条的记录（{0}）；请先作废其中一条，再合并。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="119"/>
        <location filename="../../desk/services/people/merge.py" line="236"/>
        <source>Choose two different people to merge.</source>
        <translation>请选择两个不同的人进行合并。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="242"/>
        <source>An anonymised record cannot be merged.</source>
        <translation>已匿名的记录不能合并。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="255"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/cards.py" line="33"/>
        <location filename="../../desk/services/people/grids.py" line="82"/>
        <source>Choose at least one person.</source>
        <translation>请至少选择一人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/cards.py" line="53"/>
        <location filename="../../desk/services/people/records.py" line="272"/>
        <location filename="../../desk/services/people/team.py" line="28"/>
        <source>This person&apos;s record is closed; use the current one.</source>
        <translation>此人的记录已关闭，请使用现有记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="70"/>
        <source>Choose which column holds the name (姓名).</source>
        <translation>请指定哪一列是姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="73"/>
        <source>Unknown column meaning: {0}.</source>
        <translation>未知的列含义：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="75"/>
        <source>Two columns are both marked as {0}; choose one.</source>
        <translation>有两列都标为“{0}”，请只选一列。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="108"/>
        <source>{0} cannot be read: it is not an Excel workbook (.xlsx) or CSV file, or it is damaged.</source>
        <translation>无法读取 {0}：它不是 Excel 工作簿（.xlsx）或 CSV 文件，或者文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="124"/>
        <source>The workbook has no sheet named {0}. Its sheets: {1}.</source>
        <translation>工作簿中没有名为 {0} 的工作表。现有工作表：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="133"/>
        <location filename="../../desk/services/people/sheets.py" line="226"/>
        <source>The file has more than {0} rows; split it.</source>
        <translation>文件超过 {0} 行，请拆分后再导入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="141"/>
        <source>The sheet {0} has no header row with a name column (姓名).</source>
        <translation>工作表 {0} 没有带“姓名”列的表头行。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="143"/>
        <location filename="../../desk/services/people/sheets.py" line="221"/>
        <location filename="../../desk/services/people/sheets.py" line="241"/>
        <location filename="../../desk/services/people/sheets.py" line="244"/>
        <source>{0} is empty: there is nobody to import.</source>
        <translation>{0} 是空的：没有可导入的人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="145"/>
        <location filename="../../desk/services/people/sheets.py" line="223"/>
        <source>No sheet of {0} has a header row with a name column (姓名).</source>
        <translation>{0} 的所有工作表都没有带“姓名”列的表头行。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="234"/>
        <source>The file {0} does not exist.</source>
        <translation>文件 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="238"/>
        <source>{0} is an old .xls workbook: open it in Excel or WPS and save it as .xlsx.</source>
        <translation>{0} 是旧版 .xls 工作簿：请用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="139"/>
        <source>Unknown grid: {0}.</source>
        <translation>没有这个网格：{0}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="191"/>
        <source>The note would grow beyond {0} characters; shorten the person&apos;s note first.</source>
        <translation>合并后备注会超过 {0} 个字，请先缩短此人的备注。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="231"/>
        <source>The {0} cell holds a formula without a saved result; open the file in Excel or WPS, save it, and import again.</source>
        <translation>“{0}”单元格是没有保存结果的公式；请用 Excel 或 WPS 打开文件、保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="236"/>
        <source>Nothing in the chosen columns.</source>
        <translation>所选列中没有内容。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="239"/>
        <source>A totals or signature line, not a person.</source>
        <translation>这是合计或签名行，不是人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="250"/>
        <source>Same member card code as row {0} of the file.</source>
        <translation>会员卡号与文件第 {0} 行相同。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="258"/>
        <source>Same phone as row {0} of the file.</source>
        <translation>与文件第 {0} 行手机号相同。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="264"/>
        <source>The phone {0} belongs to {1} but the member card {2} to {3}; correct the file.</source>
        <translation>手机号 {0} 属于{1}，会员卡 {2} 却属于{3}，请先改正文件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="274"/>
        <source>Same name and platform as row {0} of the file, and no phone to tell them apart.</source>
        <translation>与文件第 {0} 行姓名和平台相同，且没有手机号可以区分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="286"/>
        <source>The phone {0} belongs to a closed record.</source>
        <translation>手机号 {0} 属于已关闭的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="289"/>
        <source>The member card {0} belongs to a closed record.</source>
        <translation>会员卡 {0} 属于一条已关闭的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="298"/>
        <source>Already in the roster; nothing new.</source>
        <translation>已在名册中，没有新信息。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="307"/>
        <source>Conflict: the phone {0} belongs to {1} in the roster, not {2}.</source>
        <translation>冲突：手机号 {0} 在名册里属于{1}，不是{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="311"/>
        <source>Conflict: the member card {0} belongs to {1} in the roster, not {2}.</source>
        <translation>冲突：会员卡 {0} 在名册里属于{1}，不是{2}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/importer.py" line="352"/>
        <source>The import stopped ({0}); nothing was imported.</source>
        <translation>导入已停止（{0}）；没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/grids.py" line="60"/>
        <source>A grid name needs 1 to {0} characters.</source>
        <translation>网格名称需要 1 到 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/grids.py" line="62"/>
        <source>Another grid is already called {0}.</source>
        <translation>已有网格叫“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/grids.py" line="87"/>
        <location filename="../../desk/services/people/records.py" line="291"/>
        <source>This person is not in the roster.</source>
        <translation>名册中没有此人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="72"/>
        <source>{0} is not a mainland mobile number (11 digits starting with 1).</source>
        <translation>“{0}”不是有效的手机号（应为 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="87"/>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="90"/>
        <source>A name can be at most {0} characters.</source>
        <translation>姓名最多 {0} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="211"/>
        <source>The phone {0} belongs to {1}, who is archived: show the archived people in the roster and bring them back.</source>
        <translation>手机号 {0} 属于已归档的 {1}：请在人员页右上角选“已归档”，打开此人后点“恢复在册”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="216"/>
        <source>The phone {0} already belongs to {1}.</source>
        <translation>手机号 {0} 已登记为 {1}。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="62"/>
        <source>Duplicates</source>
        <translation>重复人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="67"/>
        <source>Keep the other one (S)</source>
        <translation>改为保留另一条 (S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="69"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="71"/>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="123"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="82"/>
        <source>Each line is two records that may be one person. Merging moves every visit, point and gift of the second to the first, and keeps the second as a closed alias.</source>
        <translation>每一行是可能属于同一人的两条记录。合并会把第二条的全部到访、积分和慰问记录移到第一条，第二条保留为已关闭的别名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="102"/>
        <source>{0} possible duplicates.</source>
        <translation>发现 {0} 组可能重复的人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="103"/>
        <source>No duplicates found.</source>
        <translation>没有发现重复人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="124"/>
        <source>{0} and {1} are two different people? They will not be suggested as duplicates again.</source>
        <translation>{0} 和 {1} 确实是两个不同的人吗？确认后不再把他们列为重复。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="136"/>
        <source>Merge {0} ({1}) into {2} ({3})? Everything recorded for the first moves to the second.</source>
        <translation>把 {0}（{1}）合并到 {2}（{3}）？前者的全部记录都将移到后者。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="137"/>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="138"/>
        <source>no phone</source>
        <translation>无手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="139"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="22"/>
        <source>Export the roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="23"/>
        <source>Export {0} / {1} people</source>
        <translation>导出 {0} / {1} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="25"/>
        <source> (filtered by the search)</source>
        <translation>（已按搜索筛选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="27"/>
        <source>search “{0}”</source>
        <translation>搜索“{0}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="28"/>
        <source> (filtered: {0})</source>
        <translation>（已筛选：{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="34"/>
        <source>Only the people shown in the list are written. Clear the search and filters to export everyone.</source>
        <translation>只导出列表中显示的人。要导出所有人，请先清空搜索和筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="39"/>
        <source>Hide the middle digits of phone numbers (138****5678)</source>
        <translation>隐藏手机号中间四位（138****5678）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="41"/>
        <source>Full phone numbers (administrators only; recorded in the audit log)</source>
        <translation>完整手机号（仅限管理员，会记入操作日志）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="49"/>
        <source>Needs the administrator role.</source>
        <translation>需要管理员权限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="52"/>
        <source>Choose the file…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/export_dialog.py" line="64"/>
        <source>Phone numbers:</source>
        <translation>手机号：</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="32"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="33"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="34"/>
        <source>Leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="35"/>
        <source>Leader&apos;s phone</source>
        <translation>网格长电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="36"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>GridsDialog</name>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="60"/>
        <source>Grids</source>
        <translation>网格管理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="68"/>
        <source>Save grid</source>
        <translation>保存网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="69"/>
        <source>Take selected out of the grid</source>
        <translation>将所选人员移出网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="78"/>
        <source>Grid &amp;name:</source>
        <translation>网格名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="79"/>
        <source>&amp;Leader:</source>
        <translation>网格长(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="80"/>
        <source>Leader&apos;s &amp;phone:</source>
        <translation>网格长电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="89"/>
        <source>To add people to a grid, select them in the roster and choose “Assign to grid…”.</source>
        <translation>要把人员加入网格，请在名册中选中他们，再点“分配网格…”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="95"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="128"/>
        <source>Members of {0}: {1}</source>
        <translation>{0}成员：{1} 人</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="158"/>
        <source>Import people from {0}</source>
        <translation>从 {0} 导入人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="162"/>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="163"/>
        <location filename="../../desk/ui/people/import_dialog.py" line="288"/>
        <source>Preview ›</source>
        <translation>预览 ›</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="192"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="194"/>
        <source>Kind when the file does not say:</source>
        <translation>文件未写类型时按：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="200"/>
        <source>What each column holds (check the guesses):</source>
        <translation>各列内容（请核对自动识别的结果）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="212"/>
        <source>Tick / untick the conflict (Space)</source>
        <translation>勾选 / 取消冲突行（空格）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="244"/>
        <source>(CSV file)</source>
        <translation>（CSV 文件）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="248"/>
        <source>{0}: {1} rows under the header in row {2}.</source>
        <translation>{0}：表头在第 {2} 行，下面共 {1} 行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="262"/>
        <source>Column {0} “{1}”</source>
        <translation>{0} 列“{1}”</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="263"/>
        <source>e.g. {0}</source>
        <translation>例：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="266"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="285"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="290"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="327"/>
        <source>&lt;b&gt;Preview, nothing saved yet:&lt;/b&gt; {0} to add, {1} to update, {2} skipped. People are matched by phone number or member card.</source>
        <translation>&lt;b&gt;预览，尚未保存：&lt;/b&gt;新增 {0} 人，更新 {1} 人，跳过 {2} 行。按手机号或会员卡号匹配人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="334"/>
        <source>&lt;b&gt;{0} conflicts:&lt;/b&gt; the phone or member card of a row belongs to someone with another name (a recycled number or a typo). They are left alone. Tick a row only if it really is that person and the file has the right name ({1} ticked).</source>
        <translation>&lt;b&gt;{0} 行冲突：&lt;/b&gt;该行的手机号或会员卡属于名册里另一个名字的人（可能是号码换了主人或写错了），默认不作更改。只有确认就是此人、且文件里的名字正确时，才勾选该行（已勾选 {1} 行）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="350"/>
        <source>&lt;b&gt;{0} conflicts left alone:&lt;/b&gt; nobody was renamed.</source>
        <translation>&lt;b&gt;{0} 行冲突未处理：&lt;/b&gt;没有人被改名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="344"/>
        <source>&lt;b&gt;Imported:&lt;/b&gt; {0} added, {1} updated, {2} skipped (reasons below).</source>
        <translation>&lt;b&gt;导入完成：&lt;/b&gt;新增 {0} 人，更新 {1} 人，跳过 {2} 行（原因见下表）。</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="47"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/grids_dialog.py" line="49"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="43"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="44"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="45"/>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="49"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="46"/>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="50"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="47"/>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="51"/>
        <source>Visits this year</source>
        <translation>今年到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/duplicates_dialog.py" line="48"/>
        <source>Merge into it</source>
        <translation>并入保留者</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="58"/>
        <source>Phone last 4 digits / name / pinyin initials / card code</source>
        <translation>手机尾号4位 / 姓名 / 拼音首字母 / 会员卡号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="60"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="62"/>
        <source>All new-employment workers</source>
        <translation>全部新就业群体</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="64"/>
        <location filename="../../desk/ui/people_tab.py" line="337"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="66"/>
        <location filename="../../desk/ui/people_tab.py" line="340"/>
        <source>No grid</source>
        <translation>未分网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="68"/>
        <source>Team: any</source>
        <translation>爱心骑手队：不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="69"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="70"/>
        <source>Not in the team</source>
        <translation>非爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="72"/>
        <source>Current people</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="73"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="74"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="85"/>
        <source>Add (Ctrl+N)</source>
        <translation>新增 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="86"/>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="87"/>
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="88"/>
        <location filename="../../desk/ui/people_tab.py" line="165"/>
        <source>Assign to grid…</source>
        <translation>分配网格…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="89"/>
        <source>Print cards (Ctrl+P)</source>
        <translation>打印会员卡 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="90"/>
        <source>Cards to PDF…</source>
        <translation>会员卡存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="91"/>
        <source>Duplicates…</source>
        <translation>查找重复…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="92"/>
        <source>Grids…</source>
        <translation>网格管理…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="93"/>
        <source>Import… (Ctrl+I)</source>
        <translation>导入… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="94"/>
        <source>Export… (Ctrl+E)</source>
        <translation>导出… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="164"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="164"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="166"/>
        <source>Print cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="198"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="217"/>
        <source>Showing {0} of {1} people.</source>
        <translation>显示 {0} 人，共 {1} 人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="291"/>
        <location filename="../../desk/ui/people_tab.py" line="295"/>
        <source>Assign to grid</source>
        <translation>分配网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="291"/>
        <source>Select people in the list first.</source>
        <translation>请先在列表中选择人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="294"/>
        <source>(no grid)</source>
        <translation>（不分网格）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="296"/>
        <source>Grid for the {0} selected:</source>
        <translation>为所选 {0} 人选择网格：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="307"/>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="307"/>
        <source>Select the people whose cards to print.</source>
        <translation>请选择要打印会员卡的人员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="346"/>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="347"/>
        <source>Excel or CSV (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Excel 或 CSV (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="365"/>
        <location filename="../../desk/ui/people_tab.py" line="394"/>
        <source>Export the roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="366"/>
        <source>roster.xlsx</source>
        <translation>人员名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="367"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people_tab.py" line="395"/>
        <source>{0} people written to {1}.</source>
        <translation>已将 {0} 人写入 {1}。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="29"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="29"/>
        <source>Add person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="38"/>
        <source>(no grid)</source>
        <translation>（不分网格）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="40"/>
        <source>Member of the Caring Rider Team</source>
        <translation>爱心骑手队队员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="45"/>
        <source>Staff add and remove members of the Caring Rider Team.</source>
        <translation>爱心骑手队的成员由社工添加和移除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="46"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="58"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="59"/>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="60"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="61"/>
        <source>P&amp;latform / employer:</source>
        <translation>平台/单位(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="62"/>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="65"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="67"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_dialog.py" line="73"/>
        <source>Only staff can change a person&apos;s name or phone.</source>
        <translation>只有工作人员可以修改姓名或手机号。</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="88"/>
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="89"/>
        <source>Print card (Ctrl+P)</source>
        <translation>打印会员卡 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="90"/>
        <source>New card code…</source>
        <translation>更换卡号…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="92"/>
        <source>Erase personal data…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="96"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="108"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="126"/>
        <source>Person: {0}</source>
        <translation>人员：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="130"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="132"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="135"/>
        <source>personal data erased on {0}</source>
        <translation>个人信息已于 {0} 删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="137"/>
        <source>archived on {0}</source>
        <translation>已于 {0} 归档</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="146"/>
        <source>never</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="148"/>
        <source>First visit &lt;b&gt;{0}&lt;/b&gt; · last visit &lt;b&gt;{1}&lt;/b&gt; · visits this year &lt;b&gt;{2}&lt;/b&gt; · points &lt;b&gt;{3}&lt;/b&gt; · card {4}</source>
        <translation>首次到访 &lt;b&gt;{0}&lt;/b&gt; · 最近到访 &lt;b&gt;{1}&lt;/b&gt; · 今年到访 &lt;b&gt;{2}&lt;/b&gt; 次 · 积分 &lt;b&gt;{3}&lt;/b&gt; · 卡号 {4}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="155"/>
        <source>Bring back from archive</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="155"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="169"/>
        <source>New card code</source>
        <translation>更换卡号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="170"/>
        <source>Give this person a new card code? Their old card will stop working; print a new one.</source>
        <translation>为此人更换卡号？旧卡将失效，请打印新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="181"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="180"/>
        <source>Archive {0}? They are hidden from searches; their history is kept.
Reason (optional):</source>
        <translation>归档 {0}？归档后搜索不到此人，历史记录保留。
原因（可不填）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="191"/>
        <source>Erase the name, phone and note of {0} for good? Their visits, points and gifts stay in the totals without saying who they were. This cannot be undone.</source>
        <translation>永久删除 {0} 的姓名、手机号和备注？其到访、积分和慰问记录仍计入统计，但不再显示是谁。此操作不能撤销。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="193"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="35"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="36"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="37"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="38"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="39"/>
        <source>Caring team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="41"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="43"/>
        <source>First visit</source>
        <translation>首次到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="44"/>
        <source>Last visit</source>
        <translation>最近到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="45"/>
        <source>Visits this year</source>
        <translation>今年到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="46"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/roster_model.py" line="47"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
</context>
<context>
    <name>RowPlanModel</name>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="53"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="53"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="53"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="54"/>
        <source>CONFLICT: keep</source>
        <translation>冲突：不改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="59"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="60"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="62"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="63"/>
        <source>Reason / what changes</source>
        <translation>原因 / 更新内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="73"/>
        <source>update (conflict chosen)</source>
        <translation>更新（已确认冲突）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="75"/>
        <source>CONFLICT: update anyway</source>
        <translation>冲突：仍然更新</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="98"/>
        <source>{0} Will change: {1}.</source>
        <translation>{0}将更改：{1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/import_dialog.py" line="106"/>
        <source> (in the roster now: {0})</source>
        <translation>（名册中现为：{0}）</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../../desk/services/people/merge.py" line="30"/>
        <source>same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="31"/>
        <source>same name and platform</source>
        <translation>姓名和平台相同</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/merge.py" line="32"/>
        <source>same-sounding name</source>
        <translation>姓名同音</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="86"/>
        <location filename="../../desk/services/people/sheets.py" line="25"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="26"/>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="27"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="95"/>
        <location filename="../../desk/services/people/sheets.py" line="28"/>
        <source>platform / employer</source>
        <translation>平台/单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="29"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="30"/>
        <source>Caring Rider Team</source>
        <translation>爱心骑手队</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="31"/>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="32"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/sheets.py" line="33"/>
        <source>member card code</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="26"/>
        <source>food-delivery rider</source>
        <translation>外卖骑手</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="27"/>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="28"/>
        <source>ride-hailing driver</source>
        <translation>网约车司机</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="29"/>
        <source>freight driver</source>
        <translation>货车司机</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="30"/>
        <source>other worker</source>
        <translation>其他新就业人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="31"/>
        <source>elderly resident</source>
        <translation>老年居民</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="32"/>
        <source>child/family</source>
        <translation>儿童/家庭</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="33"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desk/services/people/records.py" line="34"/>
        <source>partner-unit contact</source>
        <translation>共建单位联系人</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="38"/>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="39"/>
        <location filename="../../desk/ui/people/person_page.py" line="59"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="40"/>
        <source>Reward redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="41"/>
        <source>Gift received</source>
        <translation>领取慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="42"/>
        <source>Gift delivered to a resident</source>
        <translation>为居民送慰问品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="43"/>
        <source>On a campaign&apos;s list</source>
        <translation>列入慰问名单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="46"/>
        <source>Micro-wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="47"/>
        <source>Civilised snapshot report</source>
        <translation>文明随手拍</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="48"/>
        <source>Helped the elderly or a child</source>
        <translation>帮助老人/儿童</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="49"/>
        <location filename="../../desk/ui/people/person_page.py" line="50"/>
        <location filename="../../desk/ui/people/person_page.py" line="51"/>
        <source>Community event</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="55"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="56"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="57"/>
        <source> (voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/people/person_page.py" line="58"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
</TS>
