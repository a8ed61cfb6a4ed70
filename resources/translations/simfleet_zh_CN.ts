<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardDetailPanel</name>
    <message>
        <source>Select a card to see its details, its ledger and its history.</source>
        <translation>选择一张卡，查看它的详情、账目和历史。</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>使用人：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Home area:</source>
        <translation>归属地：</translation>
    </message>
    <message>
        <source>Monthly fee:</source>
        <translation>月租：</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>开卡日期：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>机主：</translation>
    </message>
    <message>
        <source>In state since:</source>
        <translation>进入状态：</translation>
    </message>
    <message>
        <source>Holder ID:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>显示完整</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>C&amp;harge…</source>
        <translation>记费用(&amp;H)…</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SimFleet: the line lifecycle of a fleet of telemarketing SIM cards.</source>
        <translation>SimFleet：管理电销卡从开卡到注销的全生命周期。</translation>
    </message>
    <message>
        <source>Open the database at PATH (created when missing).</source>
        <translation>打开 PATH 处的数据库（不存在时新建）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open the demo fleet, kept apart from real data (created the first time).</source>
        <translation>打开演示号卡库，与真实数据分开存放（首次使用时创建）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--db and --demo cannot be used together.</source>
        <translation>--db 与 --demo 不能同时使用。</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一个文件路径。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>Another program (or another SimFleet window) is writing to this database. Close it and try again.</source>
        <translation>另一个程序（或另一个 SimFleet 窗口）正在写入此数据库。请关闭它后重试。</translation>
    </message>
    <message>
        <source>It was saved by a newer version of SimFleet. Install that version to open it. The file has not been changed.</source>
        <translation>该文件由更新版本的 SimFleet 保存。请安装该版本后再打开。文件未被改动。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write the folder it is in.</source>
        <translation>请确认文件存在，并且您对其所在文件夹有读写权限。</translation>
    </message>
    <message>
        <source>SimFleet cannot open the database
%1

Reason: %2</source>
        <translation>SimFleet 无法打开数据库
%1

原因：%2</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder, or start a new database with File &gt; New database.</source>
        <translation>请检查文件名和所在文件夹，或通过“文件 › 新建数据库”新建一个数据库。</translation>
    </message>
    <message>
        <source>Ask for write permission on the file and its folder, or copy the database somewhere you may write.</source>
        <translation>请申请该文件及其所在文件夹的写入权限，或将数据库复制到您可以写入的位置。</translation>
    </message>
    <message>
        <source>Choose the SimFleet database itself. If this file once held your fleet, restore it from a backup: SimFleet keeps copies named &quot;NAME.bak-…&quot; beside it.</source>
        <translation>请选择 SimFleet 数据库文件本身。如果该文件曾保存您的号卡数据，请从备份恢复：SimFleet 会在旁边保留名为“NAME.bak-…”的副本。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>SimFleet demo</source>
        <translation>SimFleet 演示</translation>
    </message>
    <message>
        <source>Creating the demo fleet: a year of bills and payments for a few thousand cards…</source>
        <translation>正在创建演示号卡库：几千张卡一年的账单和缴费记录…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>欠费 %1</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>预存 %1</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
</context>
<context>
    <name>EditCardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>编辑号卡</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>运营商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>套餐(&amp;P)：</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (¥):</source>
        <translation>月租（¥）(&amp;F)：</translation>
    </message>
    <message>
        <source>Holder &amp;name:</source>
        <translation>机主姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Holder &amp;ID:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>使用人(&amp;A)：</translation>
    </message>
    <message>
        <source>Ac&amp;tivated on:</source>
        <translation>开卡日期(&amp;T)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Holder name and ID are personal data: they are shown masked. Leave them empty to keep the stored values.</source>
        <translation>机主姓名和证件号码属于个人信息，只显示脱敏后的内容。留空则保留原有信息。</translation>
    </message>
    <message>
        <source>Ho&amp;me area:</source>
        <translation>归属地(&amp;M)：</translation>
    </message>
    <message>
        <source>Where the card belongs (归属地), when it is not where its number says. Leave it empty to use the number&apos;s home area.</source>
        <translation>号卡实际归属的地区（归属地），当它与号码显示的不一致时填写。留空则使用号码的归属地。</translation>
    </message>
</context>
<context>
    <name>FleetColumns</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Days in state</source>
        <translation>状态天数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>挂失</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Search ICCID, number, holder or assignee (Ctrl+F)</source>
        <translation>搜索 ICCID、号码、机主或使用人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show cards in one state</source>
        <translation>只显示某一状态的卡</translation>
    </message>
    <message>
        <source>Show one carrier&apos;s cards</source>
        <translation>只显示某一运营商的卡</translation>
    </message>
    <message>
        <source>Show one department&apos;s cards</source>
        <translation>只显示某一部门的卡</translation>
    </message>
    <message>
        <source>&amp;Owes money</source>
        <translation>欠费(&amp;O)</translation>
    </message>
    <message>
        <source>Lo&amp;st</source>
        <translation>挂失(&amp;S)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>a CSV file exported from a spreadsheet or the carrier&apos;s portal</source>
        <translation>从电子表格或运营商门户导出的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>&amp;Card list</source>
        <translation>号卡清单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bills and payments (ledger)</source>
        <translation>账单和缴费（账目）(&amp;B)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 58.00</source>
        <translation>例如 58.00</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>Reopen (abandon cancellation)…</source>
        <translation>恢复在用（放弃注销）…</translation>
    </message>
    <message>
        <source>Mark arrears cleared</source>
        <translation>标记欠费已结清</translation>
    </message>
    <message>
        <source>Carrier rejected request…</source>
        <translation>运营商驳回申请…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>申请注销…</translation>
    </message>
    <message>
        <source>Record carrier confirmation…</source>
        <translation>登记运营商确认…</translation>
    </message>
    <message>
        <source>Void card…</source>
        <translation>作废号卡…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SimFleet</source>
        <translation>SimFleet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>号卡(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>新建一个空的数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>打开一个数据库文件</translation>
    </message>
    <message>
        <source>Open &amp;Demo Fleet</source>
        <translation>打开演示号卡库(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo fleet, kept apart from real data</source>
        <translation>打开演示号卡库（与真实数据分开存放）</translation>
    </message>
    <message>
        <source>&amp;Import Cards…</source>
        <translation>导入号卡(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a card list from a CSV file (Ctrl+I)</source>
        <translation>从 CSV 文件导入号卡清单（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Export Fleet View…</source>
        <translation>导出当前列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the cards the fleet view shows to CSV, holder data masked</source>
        <translation>将号卡列表当前显示的卡导出为 CSV，机主信息已脱敏</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Language and operator name</source>
        <translation>界面语言和操作员姓名</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Record a payment on the selected card (Ctrl+P)</source>
        <translation>为选中的卡登记缴费（Ctrl+P）</translation>
    </message>
    <message>
        <source>Record &amp;Charge…</source>
        <translation>登记费用(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a charge on the selected card</source>
        <translation>为选中的卡登记一笔费用</translation>
    </message>
    <message>
        <source>Report &amp;Lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Report the selected card lost or stolen (挂失)</source>
        <translation>将选中的卡登记为丢失或被盗用（挂失）</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>编辑号卡(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s fields</source>
        <translation>编辑选中卡的信息</translation>
    </message>
    <message>
        <source>Cancellation &amp;Wizard…</source>
        <translation>注销向导(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Walk the selected cards to cancellation-requested (Ctrl+Shift+W)</source>
        <translation>引导选中的卡完成注销申请（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Carrier C&amp;onfirmation…</source>
        <translation>运营商确认(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Record the carrier&apos;s receipt numbers, then void the cards</source>
        <translation>登记运营商的回执号，然后作废号卡</translation>
    </message>
    <message>
        <source>&amp;Find Card</source>
        <translation>查找号卡(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search by ICCID, number, holder or assignee</source>
        <translation>按 ICCID、号码、机主或使用人搜索</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>重新读取全部数据（F5）</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>号卡(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Cancellations</source>
        <translation>注销(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Packets</source>
        <translation>材料包(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;About SimFleet</source>
        <translation>关于 SimFleet(&amp;A)</translation>
    </message>
    <message>
        <source>Export Submission &amp;Packets…</source>
        <translation>导出注销申请材料包(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the carrier&apos;s submission packets for the selected cancellation-requested cards: one zip per carrier and home area</source>
        <translation>为选中的已申请注销的号卡生成运营商注销申请材料包：每个运营商和归属地一个 zip</translation>
    </message>
</context>
<context>
    <name>MarkLostDialog</name>
    <message>
        <source>Report card lost</source>
        <translation>挂失号卡</translation>
    </message>
    <message>
        <source>&amp;Note (where, when, police report number…):</source>
        <translation>备注（地点、时间、报案回执号…）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RefusalList</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ReportFileName</name>
    <message>
        <source>outstanding</source>
        <translation>欠费余额</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>注销进度</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>注销节省</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>员工名下号卡</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>The report as it stood at the end of this day (China Standard Time)</source>
        <translation>报表按这一天结束时（北京时间）的情况计算</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>导出 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV (UTF-8 with BOM, opens in Excel and WPS)</source>
        <translation>将报表保存为 CSV（带 BOM 的 UTF-8，可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook (.xlsx)</source>
        <translation>将报表保存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the report with its chart as an A4 PDF</source>
        <translation>将报表连同图表保存为 A4 PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>The operator&apos;s name is recorded with every change in the audit log. Changes apply at once: the window reopens on the same database.</source>
        <translation>操作员姓名会随每一次修改记入审计日志。更改立即生效：窗口会在同一数据库上重新打开。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SimFleet</source>
        <translation>欢迎使用 SimFleet</translation>
    </message>
    <message>
        <source>This database has no cards yet. Bring in your fleet from a card list, or look around the demo fleet first.</source>
        <translation>此数据库中还没有号卡。可以从号卡清单导入，也可以先看看演示号卡库。</translation>
    </message>
    <message>
        <source>Import a card list…</source>
        <translation>导入号卡清单…</translation>
    </message>
    <message>
        <source>A CSV file from Excel or the carrier&apos;s portal: ICCID, number, carrier, plan, holder…</source>
        <translation>从 Excel 或运营商门户导出的 CSV 文件：ICCID、号码、运营商、套餐、机主…</translation>
    </message>
    <message>
        <source>Open the demo fleet</source>
        <translation>打开演示号卡库</translation>
    </message>
    <message>
        <source>Two thousand made-up cards with a year of bills, kept apart from your data.</source>
        <translation>两千张虚构的号卡和一年的账单，与您的数据分开存放。</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>A SimFleet database file you already have.</source>
        <translation>已有的 SimFleet 数据库文件。</translation>
    </message>
</context>
<context>
    <name>WizardCardsPage</name>
    <message>
        <source>Cards to cancel</source>
        <translation>要注销的号卡</translation>
    </message>
    <message>
        <source>Choose the cards. Only active cards and cards whose arrears are cleared can go on; the others are listed with the reason.</source>
        <translation>选择号卡。只有在用或欠费已结清的卡可以继续；其余的卡会列出原因。</translation>
    </message>
    <message>
        <source>The selected cards</source>
        <translation>选中的号卡</translation>
    </message>
    <message>
        <source>Cards matching a filter</source>
        <translation>符合筛选条件的号卡</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>运营商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lost cards only</source>
        <translation>只选挂失的卡(&amp;L)</translation>
    </message>
</context>
<context>
    <name>WizardChannelPage</name>
    <message>
        <source>Channel</source>
        <translation>注销渠道</translation>
    </message>
    <message>
        <source>Choose how the request reaches the carrier. Every channel takes the same four steps: learn the carrier&apos;s policy and materials, prepare them, submit, and wait for the carrier&apos;s confirmation.</source>
        <translation>选择向运营商提交申请的方式。每种渠道都是同样的四步：了解运营商的政策和所需材料、准备材料、提交申请、等待运营商确认。</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自行注销</translation>
    </message>
    <message>
        <source>Handled by the carrier</source>
        <translation>运营商注销</translation>
    </message>
    <message>
        <source>Carrier practice (reported practice: verify with the carrier)</source>
        <translation>运营商做法（来自经验汇总，请向运营商核实）</translation>
    </message>
</context>
<context>
    <name>WizardSettlePage</name>
    <message>
        <source>Settle arrears</source>
        <translation>结清欠费</translation>
    </message>
    <message>
        <source>A card that owes money cannot be cancelled: settle every fee first, including early-termination fees. Record the payments here.</source>
        <translation>有欠费的卡不能注销：请先结清所有费用，包括违约金。在这里登记缴费。</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记一笔缴费</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>号卡：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 58.00</source>
        <translation>例如 58.00</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <source>Pay every card in &amp;full</source>
        <translation>全部结清(&amp;F)</translation>
    </message>
    <message>
        <source>Record a payment of the full outstanding amount for every card that owes money, with the reference above</source>
        <translation>为每张欠费的卡按全部欠款登记一笔缴费，使用上面的参考号</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>登记缴费(&amp;P)</translation>
    </message>
    <message>
        <source>receipt or transfer number (required)</source>
        <translation>收据或转账单号（必填）</translation>
    </message>
</context>
<context>
    <name>simfleet::AuditText</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Card added from an imported file</source>
        <translation>从导入文件新增号卡</translation>
    </message>
    <message>
        <source>Card added to the demo fleet</source>
        <translation>新增演示号卡</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>新增号卡</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Edited by an imported file: %1</source>
        <translation>由导入文件修改：%1</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>Ledger entry %1 dated %2</source>
        <translation>账目 %1，日期 %2</translation>
    </message>
    <message>
        <source>Payment %1 dated %2</source>
        <translation>缴费 %1，日期 %2</translation>
    </message>
    <message>
        <source>, receipt %1</source>
        <translation>，收据 %1</translation>
    </message>
    <message>
        <source>Charge %1 dated %2</source>
        <translation>收费 %1，日期 %2</translation>
    </message>
    <message>
        <source>Adjustment %1 dated %2</source>
        <translation>调整 %1，日期 %2</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>，参考号 %1</translation>
    </message>
    <message>
        <source>Back in service: a new charge arrived</source>
        <translation>恢复在用：产生新的费用</translation>
    </message>
    <message>
        <source>Back in service: a new charge arrived (%1)</source>
        <translation>恢复在用：产生新的费用（%1）</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复在用</translation>
    </message>
    <message>
        <source>Cancellation dropped: %1</source>
        <translation>放弃注销：%1</translation>
    </message>
    <message>
        <source>The carrier rejected the cancellation</source>
        <translation>运营商驳回了注销申请</translation>
    </message>
    <message>
        <source>The carrier rejected the cancellation: %1</source>
        <translation>运营商驳回了注销申请：%1</translation>
    </message>
    <message>
        <source>Marked arrears cleared</source>
        <translation>标记为欠费已结清</translation>
    </message>
    <message>
        <source>Cancellation requested: %1</source>
        <translation>申请注销：%1</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>申请注销</translation>
    </message>
    <message>
        <source>The carrier confirmed the cancellation</source>
        <translation>运营商确认已注销</translation>
    </message>
    <message>
        <source>The carrier confirmed the cancellation, receipt %1</source>
        <translation>运营商确认已注销，回执号 %1</translation>
    </message>
    <message>
        <source>Voided: the number is gone, the record is kept</source>
        <translation>已作废：号码已注销，记录保留</translation>
    </message>
    <message>
        <source>Reported lost or stolen</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Reported lost or stolen: %1</source>
        <translation>挂失：%1</translation>
    </message>
    <message>
        <source>Found again: the lost flag is cleared</source>
        <translation>已找回：解除挂失</translation>
    </message>
    <message>
        <source>Found again: the lost flag is cleared (%1)</source>
        <translation>已找回：解除挂失（%1）</translation>
    </message>
    <message>
        <source>The holder&apos;s ID number was shown in full</source>
        <translation>查看了机主完整证件号码</translation>
    </message>
    <message>
        <source>Included in submission packet %1</source>
        <translation>纳入注销申请材料包 %1</translation>
    </message>
    <message>
        <source>%1 (from the number)</source>
        <translation>%1（按号码）</translation>
    </message>
    <message>
        <source>charges %1, payments %2</source>
        <translation>收费 %1，缴费 %2</translation>
    </message>
    <message>
        <source>charges %1, payments %2, adjustments %3</source>
        <translation>收费 %1，缴费 %2，调整 %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln ledger entries from %1 (%2), entries %3 to %4</source>
        <translation>
            <numerusform>从 %1 导入 %Ln 条账目（%2），账目编号 %3 至 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::ErrorText</name>
    <message>
        <source>this move is not allowed</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>cannot move from %1 to %2</source>
        <translation>不能从“%1”变为“%2”</translation>
    </message>
    <message>
        <source>balance must be exactly zero (still owes %1)</source>
        <translation>余额必须正好为零（仍欠费 %1）</translation>
    </message>
    <message>
        <source>balance must be exactly zero (%1 prepaid credit to refund or transfer first)</source>
        <translation>余额必须正好为零（需先退还或转移预存款 %1）</translation>
    </message>
    <message>
        <source>not a valid ICCID: 19 or 20 digits expected</source>
        <translation>不是有效的 ICCID：应为 19 或 20 位数字</translation>
    </message>
    <message>
        <source>not a valid ICCID: %1 digits, 19 or 20 expected</source>
        <translation>不是有效的 ICCID：%1 位数字，应为 19 或 20 位</translation>
    </message>
    <message>
        <source>not an amount: &quot;%1&quot;</source>
        <translation>不是金额：“%1”</translation>
    </message>
    <message>
        <source>amount too large: &quot;%1&quot;</source>
        <translation>金额过大：“%1”</translation>
    </message>
    <message>
        <source>not a valid ICCID: &quot;%1&quot; has characters other than digits</source>
        <translation>不是有效的 ICCID：“%1”含有数字以外的字符</translation>
    </message>
    <message>
        <source>not a valid China mobile number: &quot;%1&quot;</source>
        <translation>不是有效的中国手机号码：“%1”</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>unknown carrier &quot;%1&quot; (use cmcc, cucc, ctcc or cbn)</source>
        <translation>未知运营商“%1”（请用 cmcc、cucc、ctcc 或 cbn）</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (use YYYY-MM-DD)</source>
        <translation>不是日期：“%1”（格式为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (use active, arrears-cleared, cancellation-requested, carrier-confirmed or void)</source>
        <translation>未知状态“%1”（请用 active、arrears-cleared、cancellation-requested、carrier-confirmed 或 void）</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (use self-online, self-hotline, carrier-hall or carrier-hotline)</source>
        <translation>未知渠道“%1”（请用 self-online、self-hotline、carrier-hall 或 carrier-hotline）</translation>
    </message>
    <message>
        <source>unknown entry kind &quot;%1&quot; (use charge, payment or adjustment)</source>
        <translation>未知账目类型“%1”（请用 charge、payment 或 adjustment）</translation>
    </message>
    <message>
        <source>no card with ICCID or number %1</source>
        <translation>没有 ICCID 或号码为 %1 的卡</translation>
    </message>
    <message>
        <source>duplicate ICCID %1</source>
        <translation>ICCID %1 重复</translation>
    </message>
    <message>
        <source>duplicate phone number %1</source>
        <translation>号码 %1 重复</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>已经是 %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>malformed CSV: %1</source>
        <translation>CSV 格式错误：%1</translation>
    </message>
    <message>
        <source>missing column %1</source>
        <translation>缺少列 %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer SimFleet (schema %1): upgrade SimFleet to open it</source>
        <translation>该数据库由更新版本的 SimFleet 写入（结构版本 %1）：请升级 SimFleet 后再打开</translation>
    </message>
    <message>
        <source>storage failure: %1</source>
        <translation>存储故障：%1</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>not a valid ICCID: digits only</source>
        <translation>不是有效的 ICCID：只能包含数字</translation>
    </message>
    <message>
        <source>not a valid ICCID: must start with 8986 (China)</source>
        <translation>不是有效的 ICCID：必须以 8986（中国）开头</translation>
    </message>
    <message>
        <source>not a valid ICCID: check digit does not match</source>
        <translation>不是有效的 ICCID：校验位不符</translation>
    </message>
    <message>
        <source>not a valid China mobile number</source>
        <translation>不是有效的中国手机号码</translation>
    </message>
    <message>
        <source>not a valid resident ID: 17 digits and a check character expected</source>
        <translation>不是有效的居民身份证号：应为 17 位数字加 1 位校验码</translation>
    </message>
    <message>
        <source>not a valid resident ID: no such birth date</source>
        <translation>不是有效的居民身份证号：出生日期不存在</translation>
    </message>
    <message>
        <source>not a valid resident ID: check character does not match</source>
        <translation>不是有效的居民身份证号：校验码不符</translation>
    </message>
    <message>
        <source>not a valid unified social credit code: 18 characters of 0-9 and A-Y (no I, O, S, V or Z) expected</source>
        <translation>不是有效的统一社会信用代码：应为 18 位，由 0-9 和 A-Y 组成（不含 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>not a valid unified social credit code: check character does not match</source>
        <translation>不是有效的统一社会信用代码：校验码不符</translation>
    </message>
    <message>
        <source>neither a resident ID nor a unified social credit code</source>
        <translation>既不是居民身份证号，也不是统一社会信用代码</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>此项为必填项</translation>
    </message>
    <message>
        <source>unknown carrier (use cmcc, cucc, ctcc or cbn)</source>
        <translation>未知运营商（请用 cmcc、cucc、ctcc 或 cbn）</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>不是日期（格式为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>未知渠道</translation>
    </message>
    <message>
        <source>unknown entry kind</source>
        <translation>未知账目类型</translation>
    </message>
    <message>
        <source>amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>no such card</source>
        <translation>没有这张卡</translation>
    </message>
    <message>
        <source>card is void: nothing can change it</source>
        <translation>该卡已作废，不能再做任何更改</translation>
    </message>
    <message>
        <source>this ICCID already belongs to another card</source>
        <translation>此 ICCID 已属于另一张卡</translation>
    </message>
    <message>
        <source>this phone number already belongs to another card</source>
        <translation>此号码已属于另一张卡</translation>
    </message>
    <message>
        <source>already in that state</source>
        <translation>已处于该状态</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>欠费 %1</translation>
    </message>
    <message>
        <source>needs a channel</source>
        <translation>需要选择注销渠道</translation>
    </message>
    <message>
        <source>needs the checklist confirmed (card data backed up, materials prepared)</source>
        <translation>需要确认检查清单（卡内数据已备份、材料已准备）</translation>
    </message>
    <message>
        <source>needs the carrier&apos;s receipt number</source>
        <translation>需要运营商的回执号</translation>
    </message>
    <message>
        <source>needs a reason</source>
        <translation>需要填写原因</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>malformed CSV</source>
        <translation>CSV 格式错误</translation>
    </message>
    <message>
        <source>a required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>not a SimFleet database</source>
        <translation>不是 SimFleet 数据库</translation>
    </message>
    <message>
        <source>the database was written by a newer SimFleet: upgrade SimFleet to open it</source>
        <translation>该数据库由更新版本的 SimFleet 写入：请升级 SimFleet 后再打开</translation>
    </message>
    <message>
        <source>the database is busy in another program: try again later</source>
        <translation>数据库正被其他程序使用：请稍后重试</translation>
    </message>
    <message>
        <source>the card was changed by someone else meanwhile: reload it and try again</source>
        <translation>这张卡刚被其他人修改过：请重新加载后再试</translation>
    </message>
    <message>
        <source>storage failure</source>
        <translation>存储故障</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>is %1: only arrears-cleared or cancellation-requested cards go into a submission packet</source>
        <translation>状态为“%1”：只有欠费已结清或已申请注销的卡才能纳入注销申请材料包</translation>
    </message>
    <message>
        <source>belongs to carrier %1, not the packet&apos;s carrier</source>
        <translation>属于运营商 %1，与材料包的运营商不同</translation>
    </message>
    <message>
        <source>home area is %1, not the packet&apos;s home area</source>
        <translation>归属地为 %1，与材料包的归属地不同</translation>
    </message>
    <message>
        <source>no cancellation-requested cards of %1 are waiting for a submission packet</source>
        <translation>%1 没有等待纳入注销申请材料包的已申请注销号卡</translation>
    </message>
    <message>
        <source>no packet with id %1</source>
        <translation>没有编号为 %1 的材料包</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>only arrears-cleared or cancellation-requested cards go into a submission packet</source>
        <translation>只有欠费已结清或已申请注销的卡才能纳入注销申请材料包</translation>
    </message>
    <message>
        <source>belongs to another carrier than the packet&apos;s</source>
        <translation>所属运营商与材料包的不同</translation>
    </message>
    <message>
        <source>has another home area than the packet&apos;s</source>
        <translation>归属地与材料包的不同</translation>
    </message>
    <message>
        <source>no cards are waiting for a submission packet</source>
        <translation>没有等待纳入注销申请材料包的号卡</translation>
    </message>
    <message>
        <source>no such packet</source>
        <translation>没有这个材料包</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>%1 is after today: bills and payments are dated on or before the day they are recorded</source>
        <translation>%1 晚于今天：账单和缴费的日期不能晚于登记当天</translation>
    </message>
    <message>
        <source>the date is after today</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>a payment needs its receipt or reference number</source>
        <translation>缴费须填写收据号或参考号</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>there is no database there</source>
        <translation>该位置没有数据库</translation>
    </message>
    <message>
        <source>that is a folder, not a database file</source>
        <translation>那是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>more than two decimals in &quot;%1&quot;: amounts are in yuan, to the fen (0.01)</source>
        <translation>“%1”的小数超过两位：金额以元为单位，精确到分（0.01）</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 (&quot;Unicode text&quot;): save it again as &quot;CSV UTF-8&quot; or as &quot;CSV (comma delimited)&quot; (GB18030) and import that</source>
        <translation>%1 是以 UTF-16（“Unicode 文本”）格式保存的：请另存为“CSV UTF-8”或“CSV（逗号分隔）”（GB18030）后再导入</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file</source>
        <translation>%1 不是 CSV 文本文件</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>more than two decimals: amounts are in yuan, to the fen (0.01)</source>
        <translation>小数超过两位：金额以元为单位，精确到分（0.01）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16: save it again as CSV UTF-8 or as CSV (GB18030)</source>
        <translation>文件是以 UTF-16 格式保存的：请另存为 CSV UTF-8 或 CSV（GB18030）</translation>
    </message>
    <message>
        <source>not a CSV text file</source>
        <translation>不是 CSV 文本文件</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>该行的字段数与表头不一致</translation>
    </message>
    <message>
        <source>%1 is not a SimFleet database</source>
        <translation>%1 不是 SimFleet 数据库</translation>
    </message>
    <message>
        <source>the database is damaged: parts of it cannot be read back (details: %1)</source>
        <translation>数据库已损坏：部分内容无法读出（详情：%1）</translation>
    </message>
    <message>
        <source>%1 is read-only: it can be read but nothing in it can be changed</source>
        <translation>%1 为只读：可以查看，但不能做任何更改</translation>
    </message>
    <message>
        <source>the company profile is not set</source>
        <translation>尚未设置公司信息</translation>
    </message>
    <message>
        <source>the database is damaged: parts of it cannot be read back</source>
        <translation>数据库已损坏：部分内容无法读出</translation>
    </message>
    <message>
        <source>the database is read-only: it can be read but nothing in it can be changed</source>
        <translation>数据库为只读：可以查看，但不能做任何更改</translation>
    </message>
    <message>
        <source>not a home area: &quot;%1&quot; (write a place name of at most %2 characters)</source>
        <translation>不是有效的归属地：“%1”（请填写不超过 %2 个字的地名）</translation>
    </message>
    <message>
        <source>not a home area (write a place name of at most %1 characters)</source>
        <translation>不是有效的归属地（请填写不超过 %1 个字的地名）</translation>
    </message>
    <message>
        <source>Restore it from a copy of your own (SimFleet makes its automatic backup, NAME.bak-…, only before upgrading a database).</source>
        <translation>请用您自己的副本恢复（SimFleet 只在升级数据库前自动备份，文件名为 NAME.bak-…）。</translation>
    </message>
    <message>
        <source>To restore it, copy the automatic backup %1 over it (it holds the fleet as it was when that backup was made).</source>
        <translation>要恢复，请用自动备份 %1 覆盖它（该备份保存的是备份当时的号卡数据）。</translation>
    </message>
    <message>
        <source>stopped before the end: nothing was kept</source>
        <translation>在完成前已停止：未保留任何内容</translation>
    </message>
</context>
<context>
    <name>simfleet::Labels</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Arrears cleared</source>
        <translation>欠费已结清</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>已申请注销</translation>
    </message>
    <message>
        <source>Carrier confirmed</source>
        <translation>运营商已确认</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Carrier website or app</source>
        <translation>运营商网站或App</translation>
    </message>
    <message>
        <source>Customer-service hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>In person at a business hall</source>
        <translation>到营业厅办理</translation>
    </message>
    <message>
        <source>Carrier hotline with an agent</source>
        <translation>运营商热线（人工办理）</translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>新建号卡</translation>
    </message>
    <message>
        <source>Card edited</source>
        <translation>编辑号卡</translation>
    </message>
    <message>
        <source>Ledger entry posted</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Loss report cleared</source>
        <translation>解除挂失</translation>
    </message>
    <message>
        <source>Holder data unmasked</source>
        <translation>查看机主完整信息</translation>
    </message>
    <message>
        <source>Included in a submission packet</source>
        <translation>纳入注销申请材料包</translation>
    </message>
    <message>
        <source>ICCID</source>
        <comment>field</comment>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>number</source>
        <comment>field</comment>
        <translation>号码</translation>
    </message>
    <message>
        <source>carrier</source>
        <comment>field</comment>
        <translation>运营商</translation>
    </message>
    <message>
        <source>plan</source>
        <comment>field</comment>
        <translation>套餐</translation>
    </message>
    <message>
        <source>monthly fee</source>
        <comment>field</comment>
        <translation>月租</translation>
    </message>
    <message>
        <source>holder</source>
        <comment>field</comment>
        <translation>机主</translation>
    </message>
    <message>
        <source>holder ID</source>
        <comment>field</comment>
        <translation>机主证件号</translation>
    </message>
    <message>
        <source>department</source>
        <comment>field</comment>
        <translation>部门</translation>
    </message>
    <message>
        <source>assignee</source>
        <comment>field</comment>
        <translation>使用人</translation>
    </message>
    <message>
        <source>activation date</source>
        <comment>field</comment>
        <translation>开卡日期</translation>
    </message>
    <message>
        <source>home area</source>
        <comment>field</comment>
        <translation>归属地</translation>
    </message>
    <message>
        <source>date</source>
        <comment>field</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>field</comment>
        <translation>金额</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>field</comment>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>company name</source>
        <comment>field</comment>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <comment>field</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>agent name</source>
        <comment>field</comment>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>agent ID</source>
        <comment>field</comment>
        <translation>经办人证件号</translation>
    </message>
    <message>
        <source>%1 (number says %2)</source>
        <translation>%1（号码显示为 %2）</translation>
    </message>
    <message>
        <source>Ledger file imported</source>
        <translation>导入账单文件</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::ArgParser</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos;</source>
        <translation>“%2”不支持选项 %1</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>“%2”不支持选项 --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 不带值</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 需要一个值（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>“%1”需要 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &apos;%2&apos;</source>
        <translation>“%1”不接受多余的参数“%2”</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::AuditCommands</name>
    <message>
        <source>Show the audit log, or one card&apos;s part of it</source>
        <translation>显示审计日志，或其中一张卡的记录</translation>
    </message>
    <message>
        <source>KEY is an ICCID or a phone number. json prints an array of events.
See also: audit verify.</source>
        <translation>KEY 为 ICCID 或手机号码。json 格式输出事件数组。
另见：audit verify。</translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s hash chain</source>
        <translation>重新计算审计日志的哈希链</translation>
    </message>
    <message>
        <source>Exit code 0 when the chain is intact; 3 when it is broken, naming the first broken row.</source>
        <translation>哈希链完好时退出码为 0；断裂时为 3，并指出第一处断裂的行。</translation>
    </message>
    <message>
        <source>it does not carry the previous row&apos;s hash</source>
        <translation>该行没有带上一行的哈希值</translation>
    </message>
    <message>
        <source>its hash does not match its contents and the row before it</source>
        <translation>该行的哈希值与本行内容及上一行不符</translation>
    </message>
    <message>
        <source>rows before it are missing</source>
        <translation>该行之前有行缺失</translation>
    </message>
    <message numerus="yes">
        <source>audit log broken at seq %1: %2 (%n row(s) checked)</source>
        <translation>
            <numerusform>审计日志在序号 %1 处断裂：%2（已检查 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s), head %1</source>
        <translation>
            <numerusform>审计日志完好：共 %n 行，末行哈希 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the ledger entries this import sealed are not what it recorded</source>
        <translation>此次导入封存的账目与其记录不符</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CardCommands</name>
    <message>
        <source>List cards, optionally filtered</source>
        <translation>列出号卡，可按条件筛选</translation>
    </message>
    <message>
        <source>Holder names and ID numbers are masked. csv and json give amounts for scripts (csv in yuan, json in integer fen).</source>
        <translation>机主姓名和证件号码均已脱敏。csv 和 json 供脚本使用（金额：csv 以元为单位，json 以整数分为单位）。</translation>
    </message>
    <message>
        <source>active, arrears-cleared, cancellation-requested, carrier-confirmed or void</source>
        <translation>active、arrears-cleared、cancellation-requested、carrier-confirmed 或 void</translation>
    </message>
    <message>
        <source>cmcc, cucc, ctcc or cbn (or the carrier&apos;s English or Chinese name)</source>
        <translation>cmcc、cucc、ctcc 或 cbn（也可用运营商的中文或英文名称）</translation>
    </message>
    <message>
        <source>exact department name</source>
        <translation>部门名称（须完全一致）</translation>
    </message>
    <message>
        <source>Show one card: fields, balance, ledger and history</source>
        <translation>显示一张卡：基本信息、余额、账目和历史</translation>
    </message>
    <message>
        <source>KEY is an ICCID or a phone number.</source>
        <translation>KEY 为 ICCID 或手机号码。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>共 %n 张卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>，自 %1 起</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Holder ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Activated on</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and its code</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CardText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CheckCommand</name>
    <message>
        <source>Check that every part of the database reads back (exit 0 or 4)</source>
        <translation>检查数据库的每个部分能否读出（退出码 0 或 4）</translation>
    </message>
    <message>
        <source>Reads the whole file without changing it. Exit 0 when it is sound; 4 when it is damaged, with what was found and how to restore it.
Imports, demo, init and transition run the same check before they write, and refuse a damaged database.</source>
        <translation>只读取整个文件，不做任何更改。完好时退出码为 0；损坏时为 4，并说明发现的问题及如何恢复。
导入、demo、init 和 transition 在写入前都会做同样的检查，遇到损坏的数据库会拒绝执行。</translation>
    </message>
    <message>
        <source>%1: sound, every part of it reads back</source>
        <translation>%1：完好，每个部分都能读出</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CliApp</name>
    <message>
        <source>unknown option %1 (a command&apos;s own options come after it)</source>
        <translation>未知选项 %1（命令自身的选项须写在命令之后）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>未知命令“%1 %2”</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2</source>
        <translation>“%1”后须跟以下之一：%2</translation>
    </message>
    <message>
        <source>%1 (see simfleet-cli%2 --help)</source>
        <translation>%1（参见 simfleet-cli%2 --help）</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CompanyCommands</name>
    <message>
        <source>Set the company profile that heads the carrier paperwork</source>
        <translation>设置公司信息（运营商申请材料的抬头）</translation>
    </message>
    <message>
        <source>Options not given keep their stored values. The name and the unified social
credit code (USCC) are required; the USCC and the agent&apos;s resident ID are
checked (check characters included). The agent (经办人) is named, with the full
ID, on the authorization letter of every submission packet; everywhere else the
ID is shown masked.</source>
        <translation>未给出的选项保留原值。公司名称和统一社会信用代码（USCC）为必填项；
统一社会信用代码和经办人身份证号都会校验（含校验码）。经办人的姓名和完整
身份证号会写在每个注销申请材料包的授权委托书上；其他地方一律脱敏显示。</translation>
    </message>
    <message>
        <source>company name, as on the licence</source>
        <translation>公司名称（与营业执照一致）</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the agent (经办人)</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>the agent&apos;s resident ID</source>
        <translation>经办人身份证号</translation>
    </message>
    <message>
        <source>Show the company profile (the agent&apos;s ID masked)</source>
        <translation>显示公司信息（经办人身份证号已脱敏）</translation>
    </message>
    <message>
        <source>company profile saved: %1</source>
        <translation>公司信息已保存：%1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>经办人身份证号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::DemoCommand</name>
    <message>
        <source>Fill the database with a realistic demo fleet</source>
        <translation>在数据库中生成一批逼真的演示号卡</translation>
    </message>
    <message>
        <source>how many cards (default: %1)</source>
        <translation>号卡数量（默认：%1）</translation>
    </message>
    <message>
        <source>random seed, a whole number (default: %1)</source>
        <translation>随机种子，整数（默认：%1）</translation>
    </message>
    <message>
        <source>--cards must be a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--cards 须为不小于 1 的整数，不能是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--seed 须为 0 到 %1 之间的整数，不能是“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n card(s); the demo fills only an empty database (choose another file with --db)</source>
        <translation>
            <numerusform>%1 中已有 %n 张卡；演示号卡只能生成在空数据库中（请用 --db 另选文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>demo fleet: %1 cards, %2 ledger entries in %3</source>
        <translation>已生成演示号卡：%1 张卡，%2 笔账目，保存在 %3</translation>
    </message>
    <message>
        <source>Four carriers, several departments, a year of bills and payments, cards in every
state, some lost. The same seed gives the same fleet. Use --db to keep it apart
from real data.
Above %1 cards the fleet is grown the way simfleet-bench grows one (blocks of
numbers and single numbers over five years, hundreds of home areas) and brought
in through the imports: a million cards take about two minutes.</source>
        <translation>四家运营商、多个部门、一年的账单和缴费记录，各种状态的卡都有，部分已挂失。
相同的种子生成相同的号卡。请用 --db 另选文件，与真实数据分开。
超过 %1 张卡时，按 simfleet-bench 的方式生成五年间积累的号卡（整段号码与零散号码，
数百个归属地），并通过导入功能写入：一百万张卡约需两分钟。</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::HelpText</name>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>simfleet-cli: manage a fleet of telemarketing SIM cards (电销卡) from a terminal, from purchase to cancellation.</source>
        <translation>simfleet-cli：在终端中管理公司的电销卡，从购入到注销。</translation>
    </message>
    <message>
        <source>Usage: simfleet-cli [--db PATH] [--operator NAME] COMMAND [ARGS...] [options]</source>
        <translation>用法：simfleet-cli [--db PATH] [--operator NAME] COMMAND [ARGS...] [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（写在命令前后均可）：</translation>
    </message>
    <message>
        <source>the database (env SIMFLEET_DB; default %1)</source>
        <translation>数据库文件（环境变量 SIMFLEET_DB；默认 %1）</translation>
    </message>
    <message>
        <source>who is acting, recorded in the audit log (env SIMFLEET_OPERATOR; default: the login name)</source>
        <translation>操作员姓名，记入审计日志（环境变量 SIMFLEET_OPERATOR；默认：登录名）</translation>
    </message>
    <message>
        <source>help for simfleet-cli or for a command</source>
        <translation>显示 simfleet-cli 或某个命令的帮助</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>用法错误</translation>
    </message>
    <message>
        <source>refused: invalid input or a lifecycle guard; nothing changed</source>
        <translation>被拒绝：输入无效或不符合生命周期规则；未做任何更改</translation>
    </message>
    <message>
        <source>storage error: cannot open, not a database, newer schema, locked too long</source>
        <translation>存储错误：无法打开、不是数据库、数据库版本较新或被锁定过久</translation>
    </message>
    <message>
        <source>anything unexpected</source>
        <translation>其他意外错误</translation>
    </message>
    <message>
        <source>Run &apos;simfleet-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行“simfleet-cli COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: simfleet-cli %1 ...</source>
        <translation>用法：simfleet-cli %1 ...</translation>
    </message>
    <message>
        <source>Run &apos;simfleet-cli %1 SUBCOMMAND --help&apos; for its options.</source>
        <translation>运行“simfleet-cli %1 SUBCOMMAND --help”查看其选项。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options: --db PATH, --operator NAME, --help (see simfleet-cli --help).</source>
        <translation>全局选项：--db PATH、--operator NAME、--help（参见 simfleet-cli --help）。</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::ImportCommands</name>
    <message>
        <source>Import or update cards from a CSV file</source>
        <translation>从 CSV 文件导入或更新号卡</translation>
    </message>
    <message>
        <source>Import charges, payments and adjustments from a CSV file</source>
        <translation>从 CSV 文件导入收费、缴费和调整记录</translation>
    </message>
    <message>
        <source>check the whole file, write nothing</source>
        <translation>检查整个文件，但不写入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported (%n bad cell(s))</source>
        <translation>
            <numerusform>%1：未导入任何数据（%n 个单元格有误）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1：%n 行，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>试运行：未写入任何数据</translation>
    </message>
    <message>
        <source>Columns by name, in any order, English or Chinese, case-insensitive:
  iccid/ICCID, msisdn/手机号/号码, carrier/运营商 (required);
  plan/套餐, monthly_fee/月租, holder_name/机主姓名, holder_id/证件号码,
  department/部门, assignee/使用人, activated_on/开卡日期,
  home_area/归属地 (when the fleet says otherwise than the number; blank: the
  number&apos;s). Dates year first: 2025-03-01, 2025/3/1, 2025-3-1 or 2025年3月1日.
UTF-8 (with or without BOM) or GB18030 is detected. A card already in the database
has its changed fields updated; a void card is never changed.
All or nothing: if any row is bad nothing is written, every bad cell is printed as
FILE:LINE: column: message and the exit code is 3.
The last line on stdout is: imported N, updated M, unchanged K</source>
        <translation>按列名识别，顺序不限，中英文均可，不区分大小写：
  iccid/ICCID、msisdn/手机号/号码、carrier/运营商（必填）；
  plan/套餐、monthly_fee/月租、holder_name/机主姓名、holder_id/证件号码、
  department/部门、assignee/使用人、activated_on/开卡日期、
  home_area/归属地（号卡实际归属与号码不一致时填写；留空则用号码的归属地）。
日期年份在前：2025-03-01、2025/3/1、2025-3-1 或 2025年3月1日。
自动识别 UTF-8（带或不带 BOM）或 GB18030 编码。已在数据库中的号卡
会更新有变化的字段；已作废的号卡不会被修改。
全部成功或全部不写：只要有一行有误就不写入任何内容，每个错误单元格以
文件:行号: 列: 说明 的形式列出，退出码为 3。
标准输出的最后一行为：imported N, updated M, unchanged K</translation>
    </message>
    <message>
        <source>Columns: iccid (or msisdn), kind (charge|payment|adjustment), amount (yuan),
date (year first: 2025-03-01 or 2025/3/1), reference. Payments are written
positive and reduce the balance; adjustments are signed. Entries for a void
card are refused.
All or nothing, reported like &apos;import cards&apos;.</source>
        <translation>列：iccid（或 msisdn）、kind（charge|payment|adjustment）、amount（元）、
date（年份在前：2025-03-01 或 2025/3/1）、reference。缴费金额写为正数，
会减少余额；调整金额带正负号。已作废号卡的账目会被拒绝。
全部成功或全部不写，报告方式与 &apos;import cards&apos; 相同。</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::InitCommand</name>
    <message>
        <source>Create the database, or migrate it to this version (idempotent)</source>
        <translation>创建数据库，或将其升级到当前版本（可重复执行）</translation>
    </message>
    <message>
        <source>Only init, demo and import create a database; any other command refuses a missing or empty file (exit 4). Every command migrates an older database as needed. A database written by a newer SimFleet is refused and left untouched (exit 4).</source>
        <translation>只有 init、demo 和 import 会创建数据库；其他命令遇到不存在或空的文件会拒绝执行（退出码 4）。每个命令都会按需升级旧版本的数据库。由更新版本的 SimFleet 写入的数据库会被拒绝，且不做任何改动（退出码 4）。</translation>
    </message>
    <message>
        <source>database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::LedgerCommands</name>
    <message>
        <source>Record a payment that reduces the card&apos;s balance</source>
        <translation>登记一笔缴费，减少该卡的余额</translation>
    </message>
    <message>
        <source>AMOUNT is in yuan (58, 58.50, ¥1,234.56) and positive.</source>
        <translation>AMOUNT 以元为单位，须为正数（如 58、58.50、¥1,234.56）。</translation>
    </message>
    <message>
        <source>Record a charge (monthly rent, usage, early-termination fee)</source>
        <translation>登记一笔收费（月租、话费、违约金）</translation>
    </message>
    <message>
        <source>AMOUNT is in yuan and positive. A charge on an arrears-cleared card sends it back to active.</source>
        <translation>AMOUNT 以元为单位，须为正数。对“欠费已结清”的卡收费会使其回到“在用”。</translation>
    </message>
    <message>
        <source>reference: bill or receipt number (required)</source>
        <translation>参考号：账单号或收据号（必填）</translation>
    </message>
    <message>
        <source>date of the entry (default: today, China Standard Time)</source>
        <translation>记账日期（默认：今天，北京时间）</translation>
    </message>
    <message>
        <source>--ref REF is required</source>
        <translation>必须给出 --ref REF</translation>
    </message>
    <message>
        <source>%1 %2 on %3 for %4; balance %5</source>
        <translation>已为 %4 登记%1 %2，日期 %3；余额 %5</translation>
    </message>
    <message>
        <source>state: %1 -&gt; %2</source>
        <translation>状态：%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::OutputFormats</name>
    <message>
        <source>output format (default: %1)</source>
        <translation>输出格式（默认：%1）</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format 须为 %1 之一，不能是“%2”</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::PacketCommands</name>
    <message>
        <source>Write the carrier&apos;s submission packets (one zip per home area)</source>
        <translation>生成运营商的注销申请材料包（每个归属地一个 zip）</translation>
    </message>
    <message>
        <source>cmcc, cucc, ctcc or cbn (required)</source>
        <translation>cmcc、cucc、ctcc 或 cbn（必填）</translation>
    </message>
    <message>
        <source>only this home area, e.g. 北京市</source>
        <translation>只处理这个归属地，例如 北京市</translation>
    </message>
    <message>
        <source>folder for the zips (default: the current folder)</source>
        <translation>zip 的保存文件夹（默认：当前文件夹）</translation>
    </message>
    <message>
        <source>read the keys from FILE</source>
        <translation>从文件 FILE 读取 KEY（每行一个）</translation>
    </message>
    <message>
        <source>List the submission packets made so far</source>
        <translation>列出已生成的注销申请材料包</translation>
    </message>
    <message>
        <source>Show one packet: its cards and files</source>
        <translation>显示一个材料包：其中的号卡和文件</translation>
    </message>
    <message>
        <source>Check a packet&apos;s files against its manifest (exit 0 or 3)</source>
        <translation>按清单核对材料包中的文件（退出码 0 或 3）</translation>
    </message>
    <message>
        <source>Recomputes the SHA-256 of every file in the zip and compares it with
manifest.json. Exit 0 when every file matches, 3 otherwise.</source>
        <translation>重新计算 zip 中每个文件的 SHA-256，并与 manifest.json 比对。
全部一致时退出码为 0，否则为 3。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>give KEY... or --from-file FILE, not both</source>
        <translation>KEY... 和 --from-file FILE 只能二选一</translation>
    </message>
    <message>
        <source>%1: no card keys in the file</source>
        <translation>%1：文件中没有 ICCID 或手机号码</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <source>--carrier CARRIER is required</source>
        <translation>必须给出 --carrier CARRIER</translation>
    </message>
    <message numerus="yes">
        <source>nothing written: %n card(s) refused</source>
        <translation>
            <numerusform>未写入任何内容：%n 张卡被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ID must be a packet number, not &apos;%1&apos;</source>
        <translation>ID 须为材料包编号，不能是“%1”</translation>
    </message>
    <message>
        <source>Packet %1: %2, %3</source>
        <translation>材料包 %1：%2，%3</translation>
    </message>
    <message>
        <source>Created: %1 by %2</source>
        <translation>创建时间：%1，操作员：%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Audit head at export: %1</source>
        <translation>导出时审计日志的末行哈希：%1</translation>
    </message>
    <message>
        <source>Cards (%1):</source>
        <translation>号卡（%1 张）：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已改动</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>UNEXPECTED</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>%1: does not match its manifest</source>
        <translation>%1：与清单不符</translation>
    </message>
    <message>
        <source>packet %1: all %2 files match the manifest</source>
        <translation>材料包 %1：全部 %2 个文件与清单一致</translation>
    </message>
    <message>
        <source>Without KEY: every cancellation-requested card of the carrier (in --home-area,
when given) that is not yet in a packet. With KEY... or --from-file: those cards,
which must be arrears-cleared or cancellation-requested and owe nothing.
If any card is refused, nothing is written (no zip, no record): each refused card
is printed with the reason, and the exit code is 3.
Cards are split by home area (归属地); each zip holds application.pdf,
authorization.pdf, lines.xlsx, lines.csv, checklist.txt and manifest.json (the
SHA-256 of every file); with a Chinese locale the zip and its files have Chinese
names (中国移动-北京市-注销申请-DATE-第N号.zip). Each zip&apos;s path is printed.
The company profile must be set first (company set). A card&apos;s state does not
change; the packet is recorded with one audit event per card.</source>
        <translation>不给 KEY 时：该运营商（给出 --home-area 时限于该归属地）所有已申请注销、尚未放入材料包的号卡。
给出 KEY... 或 --from-file 时：只处理这些号卡，它们必须为已结清欠费或已申请注销状态，且没有欠费。
只要有一张卡被拒绝，就不写入任何内容（没有 zip，也没有记录）：逐一列出被拒绝的号卡及原因，退出码为 3。
号卡按归属地分组；每个 zip 包含 application.pdf、authorization.pdf、lines.xlsx、lines.csv、
checklist.txt 和 manifest.json（每个文件的 SHA-256）；在中文环境下，zip 及其中的文件使用中文名
（中国移动-北京市-注销申请-DATE-第N号.zip）。会输出每个 zip 的路径。
须先设置公司信息（company set）。号卡状态不变；材料包会被记录，每张卡一条审计记录。</translation>
    </message>
    <message>
        <source>set it first with: simfleet-cli company set</source>
        <translation>请先用 simfleet-cli company set 设置</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::ReportCommands</name>
    <message>
        <source>Who owes what, and for how long (aging 0-30, 31-60, 61-90, 90+ days)</source>
        <translation>欠费金额及账龄（0-30、31-60、61-90、90 天以上）</translation>
    </message>
    <message>
        <source>Per group: the cards with arrears, the outstanding total and its four aging
buckets (payments settle the oldest charges first); then the grand total, and
credit balances (money held for the company) separately.</source>
        <translation>按组列出：欠费卡数、欠费合计及四个账龄段（付款先冲抵最早的费用）；
然后是总计，并单独列出预存款（为公司预存的款项）。</translation>
    </message>
    <message>
        <source>grouping (default: carrier)</source>
        <translation>分组方式（默认：carrier）</translation>
    </message>
    <message>
        <source>Where the cancellations stand: cards per state, what needs a push</source>
        <translation>注销进度：各状态卡数，以及需要催办的卡</translation>
    </message>
    <message>
        <source>Cards per state with their average and oldest days there; requests older than
the carrier&apos;s typical processing time (follow up now); cards a new charge has
blocked; lost cards not yet cancelled.</source>
        <translation>各状态的卡数及平均、最长停留天数；超过运营商通常办理时间的申请（需立即
跟进）；因新的收费而受阻的卡；已挂失但尚未注销的卡。</translation>
    </message>
    <message>
        <source>Monthly rent stopped by cancellations, and the rent still paid</source>
        <translation>注销后停止的月租，以及仍在支付的月租</translation>
    </message>
    <message>
        <source>Per month (by the carrier-confirmed date): the cards confirmed cancelled and the
monthly rent they no longer charge; the projected saving over the next 12
months; the monthly rent still paid by the cards not yet confirmed.</source>
        <translation>按月（以运营商确认日期计）：确认注销的卡数及不再收取的月租；未来 12 个月
的预计节省；尚未确认的卡仍在支付的月租。</translation>
    </message>
    <message>
        <source>Cards registered under employees&apos; own IDs, by holder (masked)</source>
        <translation>以员工本人身份证登记的号卡，按机主列出（已脱敏）</translation>
    </message>
    <message>
        <source>Cards not yet void whose holder ID is a person&apos;s resident ID rather than the
company&apos;s credit code: the list to check against the national 一证通查 service
when an employee leaves. IDs and names are masked.</source>
        <translation>尚未作废、机主证件为个人居民身份证号（而非公司统一社会信用代码）的卡：
员工离职时，用这份清单对照全国“一证通查”服务核对。证件号码和姓名均已脱敏。</translation>
    </message>
    <message>
        <source>as it stood at the end of this day (default: today, China Standard Time)</source>
        <translation>按这一天结束时的情况计算（默认：今天，北京时间）</translation>
    </message>
    <message>
        <source>output format (default: table); xlsx and pdf need --output</source>
        <translation>输出格式（默认：table）；xlsx 和 pdf 须配合 --output</translation>
    </message>
    <message>
        <source>write to FILE (replaced only once complete) instead of stdout</source>
        <translation>写入文件 FILE 而不是标准输出（完整写好后才替换原文件）</translation>
    </message>
    <message>
        <source>--format must be one of table|csv|json|xlsx|pdf, not &apos;%1&apos;</source>
        <translation>--format 须为 table|csv|json|xlsx|pdf 之一，不能是“%1”</translation>
    </message>
    <message>
        <source>--by must be carrier, department, assignee or home-area, not &apos;%1&apos;</source>
        <translation>--by 须为 carrier、department、assignee 或 home-area，不能是“%1”</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output 需要一个文件名</translation>
    </message>
    <message>
        <source>--format xlsx writes a file: give it with --output FILE</source>
        <translation>--format xlsx 会生成文件：请用 --output FILE 指定</translation>
    </message>
    <message>
        <source>--format pdf writes a file: give it with --output FILE</source>
        <translation>--format pdf 会生成文件：请用 --output FILE 指定</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::StoreMessages</name>
    <message>
        <source>%1: %2; nothing was changed.</source>
        <translation>%1：%2；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 (create it with `simfleet-cli init`)</source>
        <translation>%1（可用 `simfleet-cli init` 创建）</translation>
    </message>
</context>
<context>
    <name>simfleet::cli::TransitionCommand</name>
    <message>
        <source>Move cards along the lifecycle, as one all-or-nothing batch</source>
        <translation>按生命周期变更号卡状态（整批执行：全部变更或全部不变）</translation>
    </message>
    <message>
        <source>KEY is an ICCID or a phone number; give several, or --from-file with one per line
(blank lines and lines starting with # are ignored).
Forward: active -&gt; arrears-cleared -&gt; cancellation-requested -&gt; carrier-confirmed
-&gt; void. Back: arrears-cleared -&gt; active, cancellation-requested -&gt; arrears-cleared
(both need --reason). A card that owes money never moves toward cancellation.
Running --to cancellation-requested is the operator&apos;s confirmation of the
checklist (the card&apos;s data is backed up and the carrier&apos;s materials are ready).
If any card is refused, none moves: each refused card is printed with its number
and the reason, and the exit code is 3.</source>
        <translation>KEY 为 ICCID 或手机号码；可给出多个，或用 --from-file 指定文件，每行一个
（忽略空行和以 # 开头的行）。
向前：active -&gt; arrears-cleared -&gt; cancellation-requested -&gt; carrier-confirmed
-&gt; void。退回：arrears-cleared -&gt; active，cancellation-requested -&gt; arrears-cleared
（两者都须给出 --reason）。欠费的卡不能向注销推进。
执行 --to cancellation-requested 即表示操作员已确认核对清单（卡内数据已备份，
运营商所需材料已备齐）。
只要有一张卡被拒绝，所有卡都不变：逐张列出被拒绝的卡号及原因，退出码为 3。</translation>
    </message>
    <message>
        <source>target state: active, arrears-cleared, cancellation-requested, carrier-confirmed or void (required)</source>
        <translation>目标状态：active、arrears-cleared、cancellation-requested、carrier-confirmed 或 void（必填）</translation>
    </message>
    <message>
        <source>self-online, self-hotline, carrier-hall or carrier-hotline (needed for cancellation-requested)</source>
        <translation>注销渠道：self-online、self-hotline、carrier-hall 或 carrier-hotline（cancellation-requested 时必填）</translation>
    </message>
    <message>
        <source>the carrier&apos;s receipt number (needed for carrier-confirmed)</source>
        <translation>运营商的回执号（carrier-confirmed 时必填）</translation>
    </message>
    <message>
        <source>why (needed for the back edges)</source>
        <translation>原因（退回时必填）</translation>
    </message>
    <message>
        <source>read the keys from FILE</source>
        <translation>从文件 FILE 读取 KEY（每行一个）</translation>
    </message>
    <message>
        <source>--to STATE is required</source>
        <translation>必须给出 --to STATE</translation>
    </message>
    <message>
        <source>give KEY... or --from-file FILE, not both</source>
        <translation>KEY... 和 --from-file FILE 只能二选一</translation>
    </message>
    <message>
        <source>&apos;transition&apos; needs KEY... or --from-file FILE</source>
        <translation>“transition”需要 KEY... 或 --from-file FILE</translation>
    </message>
    <message>
        <source>%1: no card keys in the file</source>
        <translation>%1：文件中没有 ICCID 或手机号码</translation>
    </message>
    <message>
        <source>nothing moved</source>
        <translation>所有卡均未变更</translation>
    </message>
    <message numerus="yes">
        <source>nothing moved: %1 of %n card(s) refused</source>
        <translation>
            <numerusform>所有卡均未变更：%n 张卡中有 %1 张被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n card(s) to %1</source>
        <translation>
            <numerusform>已将 %n 张卡变更为 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::exports::ExportError</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: PDF output needs a GUI application (fonts)</source>
        <translation>无法写入 %1：生成 PDF 需要图形界面程序（字体）</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::ExposureDocument</name>
    <message>
        <source>Employee exposure</source>
        <translation>员工名下号卡</translation>
    </message>
    <message>
        <source>Cards not yet void registered under a person&apos;s resident ID: check them against the national 一证通查 service when the person leaves.</source>
        <translation>登记在个人身份证名下、尚未作废的号卡：员工离职时请用全国“一证通查”服务核对。</translation>
    </message>
    <message>
        <source>Holders: %1. Cards: %2.</source>
        <translation>机主：%1 人。号卡：%2 张。</translation>
    </message>
    <message>
        <source>Cards with a missing or invalid holder ID, not listed: %1.</source>
        <translation>证件号码缺失或无效、未列出的号卡：%1 张。</translation>
    </message>
    <message>
        <source>Cards by holder</source>
        <translation>按机主列出的号卡</translation>
    </message>
    <message>
        <source>Holder ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>机主姓名</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::OutstandingDocument</name>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Outstanding balances</source>
        <translation>欠费余额</translation>
    </message>
    <message>
        <source>Aged by the oldest unpaid charge: payments settle the oldest first.</source>
        <translation>账龄按最早未付的费用计算：付款先冲抵最早的费用。</translation>
    </message>
    <message>
        <source>Grouped by carrier</source>
        <translation>按运营商分组</translation>
    </message>
    <message>
        <source>Grouped by department</source>
        <translation>按部门分组</translation>
    </message>
    <message>
        <source>Grouped by assignee</source>
        <translation>按使用人分组</translation>
    </message>
    <message>
        <source>Grouped by home area</source>
        <translation>按归属地分组</translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation>0-30 天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Outstanding balances and aging</source>
        <translation>欠费余额及账龄</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Ledger tie-out</source>
        <translation>与账目核对</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owing (outstanding)</source>
        <translation>欠费（未结）</translation>
    </message>
    <message>
        <source>In credit (held for the company)</source>
        <translation>预存（公司预存款）</translation>
    </message>
    <message>
        <source>Net balance of the ledger</source>
        <translation>账目净余额</translation>
    </message>
    <message>
        <source>Aging by group</source>
        <translation>各组账龄</translation>
    </message>
    <message>
        <source>Other (%1 groups)</source>
        <translation>其他（%1 组）</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::PdfExport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::PipelineDocument</name>
    <message>
        <source>Cancellation pipeline</source>
        <translation>注销进度</translation>
    </message>
    <message>
        <source>Days in a state are counted up to the as-of date.</source>
        <translation>各状态的天数计算到截至日。</translation>
    </message>
    <message>
        <source>Cards per state</source>
        <translation>各状态卡数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最长（天）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Follow up now: requests older than the carrier&apos;s typical time (%1)</source>
        <translation>需立即跟进：超过运营商通常办理时间的申请（%1）</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>已等待天数</translation>
    </message>
    <message>
        <source>Typical days</source>
        <translation>通常天数</translation>
    </message>
    <message>
        <source>Blocked by a new charge (%1)</source>
        <translation>因新费用受阻（%1）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Lost, not yet cancelled (%1)</source>
        <translation>已挂失、尚未注销（%1）</translation>
    </message>
    <message>
        <source>Days in state</source>
        <translation>该状态天数</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::ReportDocument</name>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>simfleet::exports::SavingsDocument</name>
    <message>
        <source>Savings from cancellations</source>
        <translation>注销节省的费用</translation>
    </message>
    <message>
        <source>Monthly rent counts in the month the carrier confirmed the cancellation.</source>
        <translation>月租计入运营商确认注销的月份。</translation>
    </message>
    <message>
        <source>Monthly rent stopped, by month confirmed</source>
        <translation>按确认月份停止的月租</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cards confirmed</source>
        <translation>确认卡数</translation>
    </message>
    <message>
        <source>Monthly rent stopped</source>
        <translation>停止的月租</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Projected saving</source>
        <translation>预计节省</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Monthly rent stopped by cancellations confirmed so far</source>
        <translation>已确认注销的号卡停止的月租</translation>
    </message>
    <message>
        <source>Saving over the next 12 months (12 x the monthly rent stopped)</source>
        <translation>未来 12 个月节省（停止月租 × 12）</translation>
    </message>
    <message>
        <source>Monthly rent still paid</source>
        <translation>仍在支付的月租</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Monthly rent stopped per month</source>
        <translation>每月停止的月租</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::AppController</name>
    <message>
        <source>Welcome to SimFleet</source>
        <translation>欢迎使用 SimFleet</translation>
    </message>
    <message>
        <source>Your name, recorded with every change in the audit log (you can change it later in Settings):</source>
        <translation>您的姓名，会随每一次修改记入审计日志（之后可在“设置”中更改）：</translation>
    </message>
    <message>
        <source>Open a SimFleet database</source>
        <translation>打开 SimFleet 数据库</translation>
    </message>
    <message>
        <source>SimFleet databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SimFleet 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>演示号卡库</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <source>There is no SimFleet database at
%1

Create a new, empty database there?</source>
        <translation>以下位置没有 SimFleet 数据库：
%1

要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>新建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>Database open elsewhere</source>
        <translation>数据库已在别处打开</translation>
    </message>
    <message>
        <source>The database
%1
is already open in %2.

Two windows changing the same cards at once would undo each other&apos;s work. Open it read-only, to look without changing anything?</source>
        <translation>数据库
%1
已在 %2 中打开。

两个窗口同时修改同一批号卡会互相覆盖对方的工作。是否以只读方式打开，只查看不修改？</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::AuditView</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>it does not link to the event before it</source>
        <translation>它与前一条事件的链接不符</translation>
    </message>
    <message>
        <source>it or the event before it was changed after being written</source>
        <translation>它或它之前的一条事件在写入后被改动过</translation>
    </message>
    <message>
        <source>events are missing before it</source>
        <translation>它之前缺少事件</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>较新(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>较早(&amp;O)</translation>
    </message>
    <message>
        <source>Filter by ICCID, phone number, operator, action, state or detail</source>
        <translation>按 ICCID、号码、操作员、操作、状态或详情筛选</translation>
    </message>
    <message>
        <source>Recompute the hash chain over the whole log: any changed, removed or inserted event breaks it</source>
        <translation>对整个日志重新计算哈希链：任何被修改、删除或插入的事件都会使其断裂</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>没有符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>Events %1–%2 of %3, newest first</source>
        <translation>第 %1–%2 条，共 %3 条，最新的在前</translation>
    </message>
    <message>
        <source>Events %1–%2 of %3 matching (%4 in the log), newest first</source>
        <translation>第 %1–%2 条，共 %3 条符合（日志共 %4 条），最新的在前</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message>
        <source>Chain broken at event #%1: %2</source>
        <translation>哈希链在第 %1 条事件处断裂：%2</translation>
    </message>
    <message>
        <source>Chain intact: %1 events checked</source>
        <translation>哈希链完整：已校验 %1 条事件</translation>
    </message>
    <message>
        <source>the ledger entries this import recorded were changed since</source>
        <translation>此次导入记录的账目此后已被改动</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CancellationWizard</name>
    <message>
        <source>Cancel cards</source>
        <translation>注销号卡</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CancellationsView</name>
    <message>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext</source>
        <translation>下一页(&amp;E)</translation>
    </message>
    <message>
        <source>Start &amp;cancellation…</source>
        <translation>开始注销(&amp;C)…</translation>
    </message>
    <message>
        <source>Carrier con&amp;firmation…</source>
        <translation>运营商确认(&amp;F)…</translation>
    </message>
    <message>
        <source>Walk the selected cards (or a filtered batch) to cancellation-requested</source>
        <translation>引导选中的卡（或按筛选条件选出的一批卡）完成注销申请</translation>
    </message>
    <message>
        <source>Record the carrier&apos;s receipt numbers, then void the confirmed cards</source>
        <translation>登记运营商的回执号，然后作废已确认的卡</translation>
    </message>
    <message>
        <source>(%1 lost)</source>
        <translation>（%1 张挂失）</translation>
    </message>
    <message>
        <source>Cards %1–%2 of %3</source>
        <translation>第 %1–%2 张，共 %3 张</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln card(s)</source>
        <translation>
            <numerusform>%1
%Ln 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s), longest in this state first. Lost cards are highlighted: cancel them at once.</source>
        <translation>
            <numerusform>%1：%Ln 张，处于此状态最久的在前。挂失的卡已突出显示：请立即注销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CardDetailPanel</name>
    <message>
        <source>Select a card to see its details, its ledger and its history.</source>
        <translation>选择一张卡，查看它的详情、账目和历史。</translation>
    </message>
    <message>
        <source>This card is no longer in the database.</source>
        <translation>这张卡已不在数据库中。</translation>
    </message>
    <message>
        <source>Lost (挂失)</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1（1 天）</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <source>Clear &amp;lost…</source>
        <translation>解除挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a payment (Ctrl+P)</source>
        <translation>登记缴费（Ctrl+P）</translation>
    </message>
    <message>
        <source>Record a charge: monthly rent, usage or an early-termination fee</source>
        <translation>登记一笔费用：月租、通话费或违约金</translation>
    </message>
    <message>
        <source>Edit the card&apos;s fields</source>
        <translation>编辑这张卡的信息</translation>
    </message>
    <message>
        <source>The card is back: clear the lost flag</source>
        <translation>卡已找回：解除挂失</translation>
    </message>
    <message>
        <source>The card is lost or stolen (挂失)</source>
        <translation>卡丢失或被盗用（挂失）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show the holder&apos;s data masked again</source>
        <translation>重新以脱敏方式显示机主信息</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>显示完整</translation>
    </message>
    <message>
        <source>Show the holder&apos;s full name and ID. This is personal data: the look is recorded in the audit log under your name.</source>
        <translation>显示机主的完整姓名和证件号码。这是个人信息：查看操作会以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Void is final: the record is kept, nothing on it can change.</source>
        <translation>作废是最终状态：记录会保留，但不能再做任何更改。</translation>
    </message>
    <message>
        <source>Move card %1 from &quot;%2&quot; to &quot;%3&quot;?</source>
        <translation>将号卡 %1 从“%2”变为“%3”？</translation>
    </message>
    <message>
        <source>Voiding is final: the number is given up, and the card&apos;s record is kept but can no longer change.</source>
        <translation>作废是不可撤销的：号码将被放弃，号卡记录会保留但不能再更改。</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>材料包</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CardPackets</name>
    <message>
        <source>not in a packet yet</source>
        <translation>尚未列入材料包</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>第 %1 号 · %2 · %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CardTable</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Days in state</source>
        <translation>状态天数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Lost or stolen: cancel at once</source>
        <translation>丢失或被盗用：请立即注销</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CardsPage</name>
    <message>
        <source>Why it cannot proceed</source>
        <translation>不能继续的原因</translation>
    </message>
    <message>
        <source>The selected cards (none selected)</source>
        <translation>选中的号卡（未选中任何卡）</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s)</source>
        <translation>
            <numerusform>选中的 %n 张卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>任意运营商</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>任意部门</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>Only the first %1 of the %2 selected cards are taken into this batch: run the wizard again for the rest.</source>
        <translation>所选的 %2 张卡中，本批只取前 %1 张：请再次运行向导处理其余的卡。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 matching cards are taken into this batch: narrow the filter, or run the wizard again for the rest.</source>
        <translation>%2 张符合条件的卡中，本批只取前 %1 张：请缩小筛选范围，或再次运行向导处理其余的卡。</translation>
    </message>
    <message>
        <source>No card can go on: choose other cards.</source>
        <translation>没有可以继续的卡：请选择其他卡。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will go on to settlement and the cancellation request.</source>
        <translation>
            <numerusform>%n 张卡将进入结清欠费和注销申请步骤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) cannot proceed:</source>
        <translation>
            <numerusform>%n 张卡不能继续：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ChannelPage</name>
    <message>
        <source>Log in to the carrier&apos;s website or app and follow its cancellation steps.</source>
        <translation>登录运营商网站或App，按其注销流程操作。</translation>
    </message>
    <message>
        <source>Call the carrier&apos;s customer-service hotline and ask for the lines to be cancelled.</source>
        <translation>拨打运营商客服热线，申请注销这些号码。</translation>
    </message>
    <message>
        <source>Bring the cards, the materials and the agent&apos;s ID to a business hall. Group lines are often cancelled only at a carrier-owned hall in the numbers&apos; home area.</source>
        <translation>携带号卡、材料和经办人身份证到营业厅办理。集团号码通常只能在号码归属地的运营商自营厅注销。</translation>
    </message>
    <message>
        <source>Call the carrier&apos;s hotline: an agent handles the cancellation and says what to send.</source>
        <translation>拨打运营商热线：由客服人员办理注销，并告知需要提交的材料。</translation>
    </message>
    <message>
        <source>Not offered by %1</source>
        <translation>%1 不提供此渠道</translation>
    </message>
    <message>
        <source>Choose a channel.</source>
        <translation>请选择注销渠道。</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>热线：%1</translation>
    </message>
    <message numerus="yes">
        <source>Typical processing time: %n day(s)</source>
        <translation>
            <numerusform>一般办理时间：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No materials recorded: ask the carrier what it needs.</source>
        <translation>未记录所需材料：请向运营商询问。</translation>
    </message>
    <message>
        <source>Required materials:</source>
        <translation>所需材料：</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ChecklistPage</name>
    <message>
        <source>The &amp;data on every card is backed up (contacts, messages, anything the company still needs)</source>
        <translation>每张卡上的数据都已备份（联系人、短信及公司仍需要的其他信息）(&amp;D)</translation>
    </message>
    <message>
        <source>Materials prepared for the carrier</source>
        <translation>为运营商准备的材料</translation>
    </message>
    <message>
        <source>The carrier profiles list no materials: ask the carrier what it needs.</source>
        <translation>运营商资料中没有列出所需材料：请向运营商询问。</translation>
    </message>
    <message>
        <source>I have read the carrier&apos;s cancellation &amp;policy and processing time</source>
        <translation>我已阅读运营商的注销政策和办理时间(&amp;P)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Tick each item once it is done. The request cannot go out before every item is ticked.</source>
        <translation>每完成一项就勾选一项。全部勾选之前不能提交申请。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CompanyForm</name>
    <message>
        <source>18 characters, e.g. 91110108MA01…</source>
        <translation>18 位，例如 91110108MA01…</translation>
    </message>
    <message>
        <source>18 characters; printed in full only on the authorization letter</source>
        <translation>18 位；仅在授权委托书上完整打印</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;USCC (统一社会信用代码):</source>
        <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;gent (经办人):</source>
        <translation>经办人(&amp;G)：</translation>
    </message>
    <message>
        <source>Agent&apos;s resident &amp;ID:</source>
        <translation>经办人身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>These details head the carrier&apos;s paperwork in every submission packet.</source>
        <translation>这些信息印在每个注销申请材料包的运营商文件抬头。</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ConfirmationSummaryPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are now %1.</source>
        <translation>
            <numerusform>%n 张卡现在的状态为“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed card(s) wait until their balance is zero; run Carrier confirmation again to void them.</source>
        <translation>
            <numerusform>%n 张已确认的卡需等余额为零；届时再次运行“运营商确认”即可作废。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed card(s) could have been voided and were left as they are.</source>
        <translation>
            <numerusform>另有 %n 张已确认的号卡本可作废，按您的选择保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ConfirmationWizard</name>
    <message>
        <source>Carrier confirmation</source>
        <translation>运营商确认</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::DonePage</name>
    <message>
        <source>&amp;Export submission packet…</source>
        <translation>导出注销申请材料包(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>已申请注销</translation>
    </message>
    <message>
        <source>The request is recorded. Now submit it to the carrier through the chosen channel.</source>
        <translation>注销申请已记录。请通过所选渠道向运营商提交。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are now %1.</source>
        <translation>
            <numerusform>%n 张卡现在的状态为“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the request through: %1.</source>
        <translation>提交渠道：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: hotline %2, typically %n day(s)</source>
        <translation>
            <numerusform>%1：热线 %2，一般需要 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly rent stopping: %1 a month.</source>
        <translation>停止的月租：每月 %1。</translation>
    </message>
    <message>
        <source>When the carrier confirms, record its receipt number with Carrier confirmation; the cards can then be voided.</source>
        <translation>运营商确认后，请在“运营商确认”中登记回执号，之后即可作废号卡。</translation>
    </message>
    <message>
        <source>Write the carrier&apos;s paperwork for these cards: one zip per carrier and home area</source>
        <translation>为这些号卡生成运营商所需材料：每个运营商和归属地一个压缩包</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::EditCardDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Monthly fee: %1</source>
        <translation>月租：%1</translation>
    </message>
    <message>
        <source>(unknown from the number)</source>
        <translation>（无法从号码得知）</translation>
    </message>
    <message>
        <source>%1 (from the number)</source>
        <translation>%1（按号码）</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::FleetTableModel</name>
    <message>
        <source>Lost</source>
        <translation>挂失</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::FleetView</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation>无法读取号卡列表：%1</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::GroupCardsDialog</name>
    <message>
        <source>Cards owing money: %1</source>
        <translation>欠费号卡：%1</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) owing money now (balances as they stand today).</source>
        <translation>
            <numerusform>目前有 %n 张卡欠费（按今天的余额）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 cards owing money, largest balance first (balances as they stand today).</source>
        <translation>欠费最多的前 %1 张卡（按今天的余额）。</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ImportDialog</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>机主姓名</translation>
    </message>
    <message>
        <source>Holder ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Activated on</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>请选择一个 CSV 文件。</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>正在检查文件的每一行…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>此文件无法导入：%1</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing has been written.</source>
        <translation>检查已取消。没有写入任何数据。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的数据行。</translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n row(s): %1 new card(s), %2 to update, %3 unchanged.</source>
        <translation>
            <numerusform>%n 行均无问题：新卡 %1 张，待更新 %2 张，无变化 %3 张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n row(s): %1 ledger entries to post.</source>
        <translation>
            <numerusform>%n 行均无问题：待记账 %1 笔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes every row in one go.</source>
        <translation>尚未写入任何数据：点击“导入”会一次性写入所有行。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，没有写入任何数据：%1</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing has been written.</source>
        <translation>导入已取消。没有写入任何数据。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new card(s), %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>已导入 %n 行：新卡 %1 张，更新 %2 张，无变化 %3 张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 ledger entries posted.</source>
        <translation>
            <numerusform>已导入 %n 行：记账 %1 笔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been written: correct the file and check it again.</source>
        <translation>
            <numerusform>发现 %n 个问题。没有写入任何数据：请修改文件后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>只列出前 %1 个。</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::LedgerEntryDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>Record charge</source>
        <translation>登记费用</translation>
    </message>
    <message>
        <source>Payment on card %1. It now shows: %2.</source>
        <translation>为号卡 %1 登记缴费。当前：%2。</translation>
    </message>
    <message>
        <source>Charge (monthly rent, usage, early-termination fee) on card %1. It now shows: %2.</source>
        <translation>为号卡 %1 登记费用（月租、通话费、违约金）。当前：%2。</translation>
    </message>
    <message>
        <source>Receipt or transfer number (required)</source>
        <translation>收据或转账单号（必填）</translation>
    </message>
    <message>
        <source>Bill number (optional)</source>
        <translation>账单号（可选）</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::LedgerTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::MainWindow</name>
    <message>
        <source>%1 — SimFleet</source>
        <translation>%1 — SimFleet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>号卡</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>材料包</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>Reading the fleet…</source>
        <translation>正在读取号卡…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cards</source>
        <translation>显示 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>未结余额：%1</translation>
    </message>
    <message>
        <source>Sum of what the cards owe. Prepaid credit on other cards: %1</source>
        <translation>所有号卡欠费的合计。其他号卡上的预存款：%1</translation>
    </message>
    <message>
        <source>In cancellation: %1</source>
        <translation>注销中：%1</translation>
    </message>
    <message>
        <source>Clear &amp;Lost Flag…</source>
        <translation>解除挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Report &amp;Lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Cancellation &amp;Wizard (%1 cards)…</source>
        <translation>注销向导（%1 张卡）(&amp;W)…</translation>
    </message>
    <message>
        <source>Cancellation &amp;Wizard…</source>
        <translation>注销向导(&amp;W)…</translation>
    </message>
    <message>
        <source>Import card list</source>
        <translation>导入号卡清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>fleet-%1.csv</source>
        <translation>号卡-%1.csv</translation>
    </message>
    <message>
        <source>Export fleet view</source>
        <translation>导出号卡列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the fleet view…</source>
        <translation>正在导出号卡列表…</translation>
    </message>
    <message>
        <source>The fleet view was not exported: %1</source>
        <translation>号卡列表未能导出：%1</translation>
    </message>
    <message>
        <source>Exported %1 cards to %2 (holder data masked)</source>
        <translation>已将 %1 张卡导出到 %2（机主信息已脱敏）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SimFleet databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SimFleet 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>SimFleet databases (*.db)</source>
        <translation>SimFleet 数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Database.</source>
        <translation>%1 已存在。请换一个名字，或通过“文件 ▸ 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>About SimFleet</source>
        <translation>关于 SimFleet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimFleet %1&lt;/h3&gt;&lt;p&gt;Keeps a company&apos;s telemarketing SIM cards from purchase to cancellation: who owes what, which cards to cancel, and the paperwork for the carrier.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SimFleet %1&lt;/h3&gt;&lt;p&gt;管理企业电销卡从购卡到注销的全过程：谁欠多少费用、哪些卡该注销，以及提交给运营商的材料。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This database is open read-only, because another SimFleet has it open for changes. Close it there, then open it again here to make changes.</source>
        <translation>此数据库以只读方式打开，因为另一个 SimFleet 正在修改它。请先在那里关闭，再在这里重新打开，才能做更改。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Operator: %1 · read-only</source>
        <translation>操作员：%1 · 只读</translation>
    </message>
    <message>
        <source>Export submission packets</source>
        <translation>导出注销申请材料包</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::MarkLostDialog</name>
    <message>
        <source>Clear lost flag</source>
        <translation>解除挂失</translation>
    </message>
    <message>
        <source>Card %1 is marked lost. Clear the flag only when the card is back in the company&apos;s hands.</source>
        <translation>号卡 %1 已挂失。只有在卡已回到公司手中时才解除挂失。</translation>
    </message>
    <message>
        <source>Report card lost (挂失)</source>
        <translation>挂失号卡</translation>
    </message>
    <message>
        <source>Mark card %1 as lost or stolen. The card becomes urgent: cancel it as soon as possible to protect personal data and money.</source>
        <translation>将号卡 %1 登记为丢失或被盗用。该卡会被标记为紧急：请尽快注销，以保护个人信息和资金安全。</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::PacketExporter</name>
    <message>
        <source>Export submission packets</source>
        <translation>导出注销申请材料包</translation>
    </message>
    <message>
        <source>The packets&apos; letters are headed by your company&apos;s profile (name, unified social credit code, the agent who goes to the business hall), which is not set yet.</source>
        <translation>材料包中的申请书以贵公司的信息作抬头（名称、统一社会信用代码、前往营业厅的经办人），目前尚未设置。</translation>
    </message>
    <message>
        <source>The company profile is not complete: %1.</source>
        <translation>公司信息不完整：%1。</translation>
    </message>
    <message>
        <source>Fill it in under Settings › Company, then export again.</source>
        <translation>请在“设置 › 公司”中填写，然后重新导出。</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>打开设置(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected card(s) can go into a submission packet.</source>
        <translation>
            <numerusform>所选的 %n 张卡都不能放入注销申请材料包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cards cannot go into a submission packet and will be left out.</source>
        <translation>
            <numerusform>所选卡中有 %n 张不能放入注销申请材料包，将被略过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the packets of the other %n card(s)?</source>
        <translation>
            <numerusform>是否导出其余 %n 张卡的材料包？</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the submission packets</source>
        <translation>注销申请材料包的保存文件夹</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>未导出：</translation>
    </message>
    <message>
        <source>%1: preparing the packets…</source>
        <translation>%1：正在准备材料包…</translation>
    </message>
    <message>
        <source>%1: packet %2 of %3 written</source>
        <translation>%1：已生成第 %2 个材料包，共 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written into %1:</source>
        <translation>
            <numerusform>已生成 %n 个材料包，保存在 %1：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::PacketsView</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verify files</source>
        <translation>校验文件(&amp;V)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No packets yet.</source>
        <translation>还没有材料包。</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>文件夹 %1 已不存在。</translation>
    </message>
    <message>
        <source>Changed since export: %1</source>
        <translation>导出后已被修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>全部 %n 个文件与清单一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Submission packets&lt;/b&gt;: one zip per carrier and home area, with the letters, the list of lines and the checklist.</source>
        <translation>&lt;b&gt;注销申请材料包&lt;/b&gt;：每个运营商和归属地一个压缩包，内含申请书、授权委托书、号码清单和材料清单。</translation>
    </message>
    <message>
        <source>&amp;Export packets…</source>
        <translation>导出材料包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the packets of every cancellation-requested card that is not in a packet yet: one zip per carrier and home area (%1)</source>
        <translation>为所有已申请注销、尚未放入材料包的号卡生成材料包：每个运营商和归属地一个 zip（%1）</translation>
    </message>
    <message>
        <source>No cancellation-requested card is waiting for a packet.</source>
        <translation>没有等待生成材料包的已申请注销号卡。</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ReceiptsPage</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;One receipt number for every ticked card:</source>
        <translation>所有勾选的卡使用同一个回执号(&amp;O)：</translation>
    </message>
    <message>
        <source>A receipt number &amp;per card, in the list</source>
        <translation>每张卡单独填写回执号（在列表中填写）(&amp;P)</translation>
    </message>
    <message>
        <source>Carrier confirmation</source>
        <translation>运营商确认</translation>
    </message>
    <message>
        <source>Tick the cards the carrier has confirmed as cancelled and record its receipt number. Leave every card unticked to go straight to voiding cards confirmed earlier.</source>
        <translation>勾选运营商已确认注销的卡，并登记回执号。若全部不勾选，则直接进入作废之前已确认的卡。</translation>
    </message>
    <message>
        <source>the carrier&apos;s receipt number</source>
        <translation>运营商的回执号</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执号</translation>
    </message>
    <message>
        <source>Every carrier</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) wait for the carrier&apos;s confirmation, longest waiting first.</source>
        <translation>
            <numerusform>%n 张卡正在等待运营商确认，等待最久的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are listed.</source>
        <translation>共 %2 张，只列出前 %1 张。</translation>
    </message>
    <message>
        <source>&amp;Skip to voiding</source>
        <translation>跳到作废(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record confirmation</source>
        <translation>登记确认(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database refused the request.</source>
        <translation>没有登记任何内容：数据库拒绝了此请求。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was recorded: %n card(s) cannot be confirmed.</source>
        <translation>
            <numerusform>没有登记任何内容：%n 张卡无法确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) selected in the fleet come first, ticked.</source>
        <translation>
            <numerusform>您在号卡列表中选中的 %n 张排在最前，并已勾选。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ReportsView</name>
    <message>
        <source>Outstanding balances</source>
        <translation>欠费余额</translation>
    </message>
    <message>
        <source>Cancellation pipeline</source>
        <translation>注销进度</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>节省费用</translation>
    </message>
    <message>
        <source>Employee exposure</source>
        <translation>员工名下号卡</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>正在计算报表…</translation>
    </message>
    <message>
        <source>The report cannot be computed: %1</source>
        <translation>无法计算报表：%1</translation>
    </message>
    <message>
        <source>Double-click a group to list its cards.</source>
        <translation>双击某一组可列出其号卡。</translation>
    </message>
    <message>
        <source>Double-click a group to list its cards</source>
        <translation>双击某一组可列出其号卡</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>Cards of the group</source>
        <translation>该组的号卡</translation>
    </message>
    <message>
        <source>The cards cannot be read: %1</source>
        <translation>无法读取号卡：%1</translation>
    </message>
    <message>
        <source>no report has been computed yet</source>
        <translation>尚未计算出报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check the batch. Requesting the cancellation moves every card at once, or none if any card is refused.</source>
        <translation>请核对这批卡。申请注销会一次性变更所有卡的状态；只要有一张卡被拒绝，所有卡都不变。</translation>
    </message>
    <message>
        <source>&amp;Request cancellation</source>
        <translation>申请注销(&amp;R)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Monthly rent stopped</source>
        <translation>停止的月租</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Typical processing</source>
        <translation>一般办理时间</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will move to %1</source>
        <translation>
            <numerusform>%n 张卡将变为“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1, through %2</source>
        <translation>
            <numerusform>%n 张从“%1”经过“%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1</source>
        <translation>
            <numerusform>%n 张从“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message numerus="yes">
        <source>Outstanding now: %1 · paid in this wizard: %2 (%n payment(s))</source>
        <translation>
            <numerusform>当前未结余额：%1 · 在本向导中缴费：%2（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepaid credit still on these cards: %1 (refund or transfer it before they can be voided)</source>
        <translation>这些卡上仍有预存款：%1（作废前需退还或转移）</translation>
    </message>
    <message>
        <source>Monthly rent stopped: %1 a month</source>
        <translation>停止的月租：每月 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a channel first.</source>
        <translation>请先选择注销渠道。</translation>
    </message>
    <message>
        <source>Nothing was changed: the database refused the request.</source>
        <translation>没有做任何更改：数据库拒绝了此请求。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n card(s) cannot be requested for cancellation.</source>
        <translation>
            <numerusform>没有做任何更改：%n 张卡无法申请注销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Your name, as the audit log should show it</source>
        <translation>您的姓名，将显示在审计日志中</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::SettleArrearsPage</name>
    <message>
        <source>owes %1</source>
        <translation>欠费 %1</translation>
    </message>
    <message>
        <source>settled; prepaid credit %1</source>
        <translation>已结清；预存款 %1</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状况</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) still owe %1 in total. Settle all fees first: Next stays disabled while any card owes money.</source>
        <extracomment>The article&apos;s first rule, 提前结清费用: settle all fees before cancelling.</extracomment>
        <translation>
            <numerusform>%n 张卡共欠费 %1。请先结清所有费用：只要还有卡欠费，“下一步”就不可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card is settled.</source>
        <translation>所有卡均已结清。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded in this wizard: %n payment(s), %1.</source>
        <translation>
            <numerusform>在本向导中已登记：%n 笔缴费，共 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) hold prepaid credit (%1 in total): refund or transfer it before the cards can be voided.</source>
        <translation>
            <numerusform>%n 张卡上有预存款（共 %1）：作废前需退还或转移。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card in the list.</source>
        <translation>请在列表中选择一张卡。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Select the card the payment is for.</source>
        <translation>请选择这笔缴费对应的卡。</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::TransitionDialog</name>
    <message>
        <source>Card %1 moves from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>号卡 %1 将从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>Enter the receipt number (回执号) the carrier gave for the cancellation.</source>
        <translation>请输入运营商为此次注销出具的回执号。</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>回执号(&amp;R)：</translation>
    </message>
    <message>
        <source>The reason is kept in the card&apos;s history.</source>
        <translation>原因会保存在这张卡的历史中。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>simfleet::gui::VoidPage</name>
    <message>
        <source>Void cards</source>
        <translation>作废号卡</translation>
    </message>
    <message>
        <source>A confirmed card is voided once no money is left on it or owed by it. Void is final: the number is gone and the record is kept.</source>
        <translation>已确认的卡在既无欠费也无余款时即可作废。作废是最终状态：号码不再使用，记录会保留。</translation>
    </message>
    <message>
        <source>Can it be voided?</source>
        <translation>能否作废？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>能</translation>
    </message>
    <message>
        <source>No card is confirmed by the carrier yet.</source>
        <translation>还没有运营商已确认的卡。</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed card(s) can be voided now.</source>
        <translation>
            <numerusform>%n 张已确认的卡现在可以作废。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) cannot be voided yet: the balance must be exactly zero. Pay what is owed, or refund or transfer the prepaid credit, then void them here.</source>
        <translation>
            <numerusform>%n 张卡暂不能作废：余额必须正好为零。请缴清欠费，或退还、转移预存款，然后在这里作废。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish without voiding</source>
        <translation>完成，不作废(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Void ticked cards</source>
        <translation>作废勾选的卡(&amp;V)</translation>
    </message>
    <message>
        <source>Nothing was voided: the database refused the request.</source>
        <translation>没有作废任何卡：数据库拒绝了此请求。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was voided: %n card(s) cannot be voided.</source>
        <translation>
            <numerusform>没有作废任何卡：%n 张卡无法作废。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are ticked: the ones confirmed just now or selected in the fleet.</source>
        <translation>
            <numerusform>其中已勾选 %n 张：刚刚确认的或在号卡列表中选中的号卡。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void %n card(s)? Their monthly fees come to %1.

Void is final: the numbers are gone and nothing can change these cards again.</source>
        <translation>
            <numerusform>确定作废 %n 张号卡吗？其月租合计 %1。

作废不可撤销：号码将不复存在，这些号卡此后不能再作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Void %n card(s)</source>
        <translation>
            <numerusform>作废 %n 张号卡(&amp;V)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::WelcomePage</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
