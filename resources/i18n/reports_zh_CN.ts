<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/services/figures/period.py" line="66"/>
        <source>{0} is outside the years the desk keeps records for.</source>
        <translation>{0} 超出了系统记录的年份范围。</translation>
    </message>
    <message>
        <location filename="../../desk/services/figures/period.py" line="77"/>
        <location filename="../../desk/services/figures/period.py" line="81"/>
        <source>{0} is not a month: write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>{0} 不是有效的月份，请写成“年-月”，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../desk/services/figures/period.py" line="95"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/monthly.py" line="343"/>
        <source>{0} is a folder; choose a file name.</source>
        <translation>{0} 是文件夹，请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/monthly.py" line="345"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/monthly.py" line="358"/>
        <source>{0} cannot be written: close it in Excel or WPS, or choose another name.</source>
        <translation>无法写入 {0}：请先在 Excel 或 WPS 中关闭它，或换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desk/reports/monthly.py" line="361"/>
        <source>The workbook could not be written: {0}</source>
        <translation>工作簿未能写入：{0}</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../desk/ui/reports/detail_dialog.py" line="45"/>
        <source>{0} records</source>
        <translation>共 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/detail_dialog.py" line="47"/>
        <source>The first {0} records; export the workbook for all of them.</source>
        <translation>只显示前 {0} 条；全部记录请导出工作簿查看。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="66"/>
        <source>Monthly workbook for the party committee</source>
        <translation>报送社区党委的工作月报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="73"/>
        <source>The month</source>
        <translation>当月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="74"/>
        <source>January to that month</source>
        <translation>1月至该月</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="75"/>
        <source>From … to …</source>
        <translation>自定义起止日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="85"/>
        <source>Full phone numbers (administrator; recorded)</source>
        <translation>显示完整手机号（限管理员，将记录在案）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="87"/>
        <source>Export… (Ctrl+E)</source>
        <translation>导出…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="124"/>
        <source>Exporting needs a staff member.</source>
        <translation>导出需要工作人员操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="103"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="104"/>
        <source>Covering</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="105"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="141"/>
        <source>Save the workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="141"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="154"/>
        <source>Full phone numbers</source>
        <translation>完整手机号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="155"/>
        <source>The workbook will show full phone numbers. It is recorded who exported it. Continue?</source>
        <translation>工作簿将显示完整手机号，系统会记录导出人。是否继续？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="161"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="162"/>
        <source>Writing the workbook…</source>
        <translation>正在生成工作簿…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="186"/>
        <source>Saved {0} ({1} sheets): {2}</source>
        <translation>已保存{0}报表（{1} 张表）：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export_panel.py" line="192"/>
        <source>The workbook was not written.</source>
        <translation>工作簿未生成。</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../desk/ui/reports/chart.py" line="60"/>
        <source>M</source>
        <comment>month on the chart&apos;s axis</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>ReportTiles</name>
    <message>
        <location filename="../../desk/ui/reports_tab.py" line="20"/>
        <location filename="../../desk/ui/reports/tiles.py" line="13"/>
        <source>Service person-times</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports_tab.py" line="21"/>
        <location filename="../../desk/ui/reports/tiles.py" line="18"/>
        <source>Hazard reports</source>
        <translation>随手拍上报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="14"/>
        <source>Distinct visitors</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="15"/>
        <source>Gift shares handed out</source>
        <translation>慰问品发放份数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="16"/>
        <source>Points awarded</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="17"/>
        <source>Wishes fulfilled</source>
        <translation>微心愿完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="19"/>
        <source>Elderly and children helped</source>
        <translation>帮扶老人儿童</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="20"/>
        <source>Events held</source>
        <translation>举办活动</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desk/ui/reports_tab.py" line="34"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports_tab.py" line="65"/>
        <source>&lt;b&gt;{0}: this year to {1}&lt;/b&gt;, compared with the same days last year</source>
        <translation>&lt;b&gt;{0}年：截至 {1}&lt;/b&gt;，与去年同期相比</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="53"/>
        <source>Click or press Enter to see the records behind this figure.</source>
        <translation>点击或按回车查看这个数字背后的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="58"/>
        <source>last year: {0}</source>
        <translation>去年同期：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/tiles.py" line="63"/>
        <source>{0} {1}% on last year ({2})</source>
        <translation>比去年同期 {0} {1}%（去年 {2}）</translation>
    </message>
</context>
</TS>
