<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="th_TH">
<context>
    <name>AckCharts</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="127"/>
        <source>ระยะเวลาตอบรับ (วันนับจากวันที่หนังสือ)</source>
        <translation>Time to acknowledge (days from the letter&apos;s date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="128"/>
        <source>หนังสือที่ส่งและการตอบรับรายเดือน</source>
        <translation>Letters sent and acknowledgements by month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="198"/>
        <source>ผู้รับที่ตอบรับ</source>
        <translation>Recipients who acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="205"/>
        <source>วัน</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="207"/>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="240"/>
        <source>ราย</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="219"/>
        <source>การตอบรับ (ราย)</source>
        <translation>Acknowledgements (recipients)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="226"/>
        <source>หนังสือที่ส่ง (ฉบับ)</source>
        <translation>Letters sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_charts.py" line="242"/>
        <source>ฉบับ</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>AckMatrixModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/ack_matrix_model.py" line="220"/>
        <source>ที่ {number} ลงวันที่ {date}</source>
        <translation>No. {number}, dated {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ack_matrix_model.py" line="229"/>
        <source>เรื่อง {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ack_matrix_model.py" line="240"/>
        <source>ไม่ได้ส่งถึงผู้รับนี้</source>
        <translation>Not sent to this recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ack_matrix_model.py" line="245"/>
        <source>ช้ากว่ากำหนด {days} วัน</source>
        <translation>{days} day(s) past due</translation>
    </message>
</context>
<context>
    <name>AckScanField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="89"/>
        <source>สแกน/พิมพ์รหัสตอบรับ</source>
        <translation>Scan/type acknowledgement code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="92"/>
        <source>เช่น ACE-739-KMN แล้วกด Enter</source>
        <translation>e.g. ACE-739-KMN, then press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="108"/>
        <source>ล้างรายการ</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="138"/>
        <source>กำลังบันทึก…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="172"/>
        <source>หนังสือที่ {doc_no} {subject}</source>
        <translation>Letter {doc_no}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="178"/>
        <source>รหัสนี้บันทึกไว้แล้วเมื่อ {date}</source>
        <translation>This code was already recorded on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="181"/>
        <source>บันทึกไว้แล้ว</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="183"/>
        <source>บันทึกการตอบรับแล้ว: {recipient} — {letter}</source>
        <translation>Acknowledgement recorded: {recipient} — {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="186"/>
        <source>บันทึกแล้ว</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/ack_scan_field.py" line="193"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>AckSettings</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="113"/>
        <source>เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขกำหนดตอบรับและวันหยุดได้</source>
        <translation>Only administrators can change acknowledgement due days and holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="144"/>
        <source>กำหนดตอบรับ (วันทำการ)</source>
        <translation>Acknowledgement due (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="146"/>
        <source>นับจากวันที่ออกหนังสือ ไม่นับวันเสาร์ วันอาทิตย์ และวันหยุดด้านล่าง ถ้าหนังสือระบุวันที่ต้องตอบไว้ ใช้วันที่นั้นแทน</source>
        <translation>Counted from the letter&apos;s issue date, excluding Saturdays, Sundays and the holidays below. If the letter sets a reply date, that date is used instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="162"/>
        <source>วันทำการ</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="177"/>
        <source>ใช้ค่าเริ่มต้น</source>
        <translation>Use defaults</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="181"/>
        <source>บันทึกกำหนดตอบรับ</source>
        <translation>Save due days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="195"/>
        <source>วันหยุดราชการ</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="200"/>
        <source>ปี พ.ศ.</source>
        <translation>Year (BE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="210"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="211"/>
        <source>วันหยุด</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="212"/>
        <source>ที่มา</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="225"/>
        <source>สำนักงานเปิดทำการวันนี้</source>
        <translation>Office open on this day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="226"/>
        <source>นับวันหยุดราชการที่เลือกเป็นวันทำการของสำนักงาน</source>
        <translation>Count the selected public holiday as an office working day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="228"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="230"/>
        <source>ลบวันหยุดของสำนักงาน หรือกลับไปหยุดตามปฏิทินราชการ</source>
        <translation>Remove an office holiday, or go back to the official calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="245"/>
        <source>ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี</source>
        <translation>Holiday name, e.g. special holiday by Cabinet resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="249"/>
        <source>เพิ่มวันหยุดของสำนักงาน</source>
        <translation>Add office holiday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="264"/>
        <source>บันทึกวันหยุด</source>
        <translation>Save holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="335"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="368"/>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="598"/>
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="370"/>
        <source>บันทึกกำหนดตอบรับแล้ว มีผลกับหนังสือที่ออกต่อจากนี้</source>
        <translation>Acknowledgement due days saved; they apply to letters issued from now on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="387"/>
        <source>หนังสือ{urgency}ที่ออกวันนี้ ครบกำหนดตอบรับ {date}</source>
        <translation>{urgency} letter issued today: acknowledgement due {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="435"/>
        <source>กำลังอ่านปฏิทินวันหยุด…</source>
        <translation>Reading the holiday calendar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="449"/>
        <source>(ไม่มีในปฏิทินราชการแล้ว)</source>
        <translation>(no longer in the official calendar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="458"/>
        <source>วันหยุด {count} วัน (รวมที่ตรงกับวันเสาร์-อาทิตย์)</source>
        <translation>{count} holiday(s), including those on weekends</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="481"/>
        <source>ปฏิทินราชการ</source>
        <translation>Official calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="482"/>
        <source>สำนักงานกำหนด</source>
        <translation>Set by the office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="483"/>
        <source>ปฏิทินราชการ — สำนักงานเปิดทำการ</source>
        <translation>Official calendar — office open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="570"/>
        <source>กรุณากรอกวันที่</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="572"/>
        <source>กรุณากรอกชื่อวันหยุด</source>
        <translation>Enter the holiday&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="574"/>
        <source>วันเสาร์และวันอาทิตย์เป็นวันหยุดอยู่แล้ว</source>
        <translation>Saturdays and Sundays are already holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="600"/>
        <source>บันทึกวันหยุดแล้ว มีผลกับหนังสือที่ออกต่อจากนี้</source>
        <translation>Holidays saved; they apply to letters issued from now on</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="242"/>
        <source>ตาราง</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="243"/>
        <source>รายอำเภอ</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="244"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="358"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="486"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="247"/>
        <source>แผนภูมิ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="278"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="484"/>
        <source>ทั้งหมด</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="279"/>
        <source>เดือนนี้</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="281"/>
        <source>{n} เดือนล่าสุด</source>
        <translation>Last {n} months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="284"/>
        <source>ปีงบประมาณนี้</source>
        <translation>This fiscal year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="285"/>
        <source>กำหนดเอง</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="293"/>
        <source>ตั้งแต่วันที่</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="294"/>
        <source>ถึงวันที่</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="302"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="624"/>
        <source>ทุกกลุ่มงาน</source>
        <translation>All work groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="309"/>
        <source>ทุกชั้นความเร็ว</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="315"/>
        <source>ผู้รับทุกประเภท</source>
        <translation>All recipient types</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="316"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="483"/>
        <source>อำเภอ</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="317"/>
        <source>องค์กรปกครองส่วนท้องถิ่น</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="318"/>
        <source>หน่วยงานอื่น</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="321"/>
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="323"/>
        <source>โหลดใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="342"/>
        <source>ช่วงวันที่หนังสือ</source>
        <translation>Letter dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="357"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="485"/>
        <source>รอตอบรับ</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="359"/>
        <source>ตอบรับในสัปดาห์นี้</source>
        <translation>Acknowledged this week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="360"/>
        <source>ค่ามัธยฐานวันตอบรับ</source>
        <translation>Median days to acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="361"/>
        <source>ตีกลับ</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="364"/>
        <source>ผู้รับที่ยังไม่ตอบรับ รวมที่เกินกำหนดและที่ตีกลับ</source>
        <translation>Recipients who have not acknowledged, including overdue and returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="365"/>
        <source>ยังไม่ตอบรับและเลยวันครบกำหนดแล้ว</source>
        <translation>Not acknowledged and past the due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="366"/>
        <source>ตอบรับตั้งแต่วันจันทร์ของสัปดาห์นี้</source>
        <translation>Acknowledged since Monday of this week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="367"/>
        <source>นับจากวันที่ของหนังสือถึงวันที่ตอบรับ</source>
        <translation>From the letter&apos;s date to the acknowledgement date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="368"/>
        <source>หนังสือที่ส่งไม่ถึงผู้รับ ยังต้องส่งใหม่</source>
        <translation>Letters that did not reach the recipient and must be sent again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="388"/>
        <source>ยังไม่มีหนังสือที่ส่งออกในช่วงที่เลือก</source>
        <translation>No letters were sent in the chosen period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="425"/>
        <source>เกินกำหนด {low}–{high} วัน</source>
        <translation>{low}–{high} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="434"/>
        <source>เกินกำหนดมากกว่า {days} วัน</source>
        <translation>More than {days} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="438"/>
        <source>(ยิ่งเข้มยิ่งนาน)</source>
        <translation>(darker = longer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="446"/>
        <source>หัวคอลัมน์สีแดง: หนังสือด่วน · คลิกขวาเพื่อส่งหนังสือเตือน</source>
        <translation>Red column header: urgent letter · right-click to send a reminder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="466"/>
        <source>ไม่ใช่</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="487"/>
        <source>ตอบรับแล้ว (ร้อยละ)</source>
        <translation>Acknowledged (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="507"/>
        <source>ครบกำหนด</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="508"/>
        <source>เกิน (วัน)</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="509"/>
        <source>ที่</source>
        <translation>Doc no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="510"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="511"/>
        <source>ผู้รับ</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="512"/>
        <source>เตือนแล้ว (ครั้ง)</source>
        <translation>Reminders sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="527"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="898"/>
        <source>ส่งหนังสือเตือน</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="531"/>
        <source>เลือกทั้งหมด</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="629"/>
        <source>(เลิกใช้)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="646"/>
        <source>กำลังโหลด…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="668"/>
        <source>อ่านข้อมูลไม่สำเร็จ: {error}</source>
        <translation>Could not read the data: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="694"/>
        <source>ตรวจการเปลี่ยนแปลงไม่สำเร็จ: {error}</source>
        <translation>Could not check for changes: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="758"/>
        <source>วัน</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="770"/>
        <source>ข้อมูล ณ {date} · หนังสือ {letters} ฉบับ</source>
        <translation>As of {date} · {letters} letter(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="776"/>
        <source>(ตารางแสดง {count} ฉบับล่าสุด)</source>
        <translation>(the table shows the latest {count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="854"/>
        <source>เกินกำหนด ({count})</source>
        <translation>Overdue ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="896"/>
        <source>เลือกผู้รับที่จะเตือน (กด Ctrl หรือ Shift เพื่อเลือกหลายราย)</source>
        <translation>Select the recipients to remind (hold Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="901"/>
        <source>เลือก {rows} ราย จากหนังสือ {letters} ฉบับ: จะออกหนังสือเตือน {letters} ฉบับ</source>
        <translation>{rows} recipient(s) selected from {letters} letter(s): {letters} reminder(s) will be issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="909"/>
        <source>ส่งหนังสือเตือน ({count} ฉบับ)</source>
        <translation>Send reminders ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="930"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="955"/>
        <source>ส่งหนังสือเตือนผู้ที่ยังไม่ตอบรับหนังสือที่ {number}</source>
        <translation>Remind recipients who have not acknowledged letter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="936"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="961"/>
        <source>เปิดการติดตามหนังสือที่ {number}</source>
        <translation>Open tracking for letter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="949"/>
        <source>ส่งหนังสือเตือนผู้รับที่เลือก ({count} ราย)</source>
        <translation>Remind the selected recipients ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1004"/>
        <source>กำลังอ่านผู้รับที่ยังไม่ตอบรับ…</source>
        <translation>Reading the recipients still pending…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1020"/>
        <source>ผู้รับหนังสือที่ {number} ตอบรับครบแล้ว ไม่ต้องเตือน</source>
        <translation>Every recipient of {number} has acknowledged: no reminder needed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1046"/>
        <source>{number} ({count} ราย)</source>
        <translation>{number} ({count} recipients)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1053"/>
        <source>และอีก {count} ฉบับ</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1058"/>
        <source>ออกหนังสือเตือน {letters} ฉบับ (ฉบับละหนึ่งหนังสือเดิม ใช้เลขที่หนังสือส่งถัดไป) ถึงผู้รับรวม {recipients} ราย ตามหนังสือที่ {numbers} ใช่หรือไม่?</source>
        <translation>Issue {letters} reminder letter(s) (one per original letter, taking the next outgoing numbers) to {recipients} recipient(s) in all, for letters {numbers}?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1076"/>
        <source>ออกเลขและส่งหนังสือเตือน {count} ฉบับ</source>
        <translation>Number and send {count} reminder(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1121"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1129"/>
        <source>กำลังออกหนังสือเตือน…</source>
        <translation>Issuing reminders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1137"/>
        <source>ออกหนังสือเตือนแล้ว {count} ฉบับ: ที่ {numbers}</source>
        <translation>Issued {count} reminder(s): {numbers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1145"/>
        <source>หนังสือเตือนที่ {number} ออกเลขแล้ว แต่ยังไม่ได้บันทึกแฟ้ม PDF ({problem}) พิมพ์ใหม่ได้จากทะเบียนหนังสือส่ง ด้วยเลขที่เดิม</source>
        <translation>Reminder {number} has its number, but its PDF was not saved ({problem}). Reprint it from the outgoing register with the same number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1171"/>
        <source>หยุดก่อนครบ: {error}</source>
        <translation>Stopped before finishing: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1181"/>
        <source>ออกหนังสือเตือนไม่ได้: {error}</source>
        <translation>Could not issue reminders: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1203"/>
        <source>ส่งออกภาพรวมการตอบรับเป็น Excel</source>
        <translation>Export the acknowledgement overview to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="1218"/>
        <source>บันทึกแฟ้ม {file} แล้ว</source>
        <translation>Saved {file}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="104"/>
        <source>เว้นว่าง = ใช้ค่าเริ่มต้น {email}</source>
        <translation>Empty = use the default {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="157"/>
        <source>ค้นหาหน่วยงาน</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="208"/>
        <source>เพิ่มหน่วยงาน…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="209"/>
        <source>เปลี่ยนชื่อ…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="210"/>
        <source>รวมเข้ากับ…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="211"/>
        <source>เลิกใช้</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="212"/>
        <source>แก้ไขอีเมล…</source>
        <translation>Edit e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="215"/>
        <source>หรือดับเบิลคลิกช่องอีเมล เว้นว่างเพื่อกลับไปใช้ค่าเริ่มต้น</source>
        <translation>Or double-click the e-mail cell; leave it empty to go back to the default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="265"/>
        <source>ค่าเริ่มต้นตามรูปแบบ saraban_0 + รหัส อปท.</source>
        <translation>Default: saraban_0 + the local authority&apos;s code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="167"/>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="453"/>
        <source>ชื่อหน่วยงาน</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="168"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="169"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="170"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="350"/>
        <source>อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง หน่วยงานทั้งหมด {all} แห่ง</source>
        <translation>{districts} districts, {las} local authorities, {all} organisations in all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="453"/>
        <source>เพิ่มหน่วยงาน</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="468"/>
        <source>เปลี่ยนชื่อหน่วยงาน</source>
        <translation>Rename organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="468"/>
        <source>ชื่อใหม่</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="481"/>
        <source>รวมเข้ากับ</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="482"/>
        <source>หน่วยงานที่คงไว้</source>
        <translation>Organisation to keep</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="518"/>
        <source>บันทึกอีเมลของ {name} แล้ว: {email}</source>
        <translation>E-mail for {name} saved: {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="520"/>
        <source>{name} กลับไปใช้อีเมลค่าเริ่มต้น {email}</source>
        <translation>{name} is back to the default e-mail {email}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="144"/>
        <source>ตำแหน่ง: {folder}</source>
        <translation>Location: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="149"/>
        <source>เปิดโฟลเดอร์ที่เก็บแฟ้ม</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="160"/>
        <source>เปิดแฟ้มไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="165"/>
        <source>ไม่พบแฟ้ม “{name}” อาจถูกย้ายหรือลบไปแล้ว</source>
        <translation>File “{name}” was not found; it may have been moved or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="173"/>
        <source>เครื่องนี้เปิดแฟ้ม “{name}” ไม่ได้ (อาจยังไม่มีโปรแกรมสำหรับเปิดแฟ้มชนิดนี้) แฟ้มยังอยู่ครบ เปิดจากโฟลเดอร์ด้านล่างได้</source>
        <translation>This computer cannot open “{name}” (there may be no program for this kind of file). The file is intact: open it from the folder below</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="187"/>
        <source>เปิดโฟลเดอร์ไม่ได้</source>
        <translation>Cannot open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="192"/>
        <source>ไม่พบโฟลเดอร์ “{folder}”</source>
        <translation>Folder “{folder}” was not found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="200"/>
        <source>เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ กรุณาเปิดเองตามตำแหน่งด้านล่าง</source>
        <translation>This computer cannot open the folder; please open it yourself at the location below</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="112"/>
        <source>ส่งต่อหนังสือ</source>
        <translation>Forward document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="143"/>
        <source>หนังสือประทับตรา</source>
        <translation>Stamped letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="144"/>
        <source>หนังสือภายนอก</source>
        <translation>External letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="147"/>
        <source>หนังสือเวียน (ว)</source>
        <translation>Circular (ว)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="148"/>
        <source>เลขปกติ</source>
        <translation>Normal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="171"/>
        <source>เว้นว่าง: นับวันทำการตามชั้นความเร็ว (ตั้งค่าได้)</source>
        <translation>Empty: working days by urgency (see Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="172"/>
        <source>แนบหนังสือต้นเรื่อง (PDF) ต่อท้าย</source>
        <translation>Append the original document (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="174"/>
        <source>แยกเป็นฉบับละผู้รับ</source>
        <translation>One letter per recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="176"/>
        <source>ชนิดหนังสือ</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="177"/>
        <source>ชุดเลขที่</source>
        <translation>Number series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="178"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="179"/>
        <source>ถึง/เรียน</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="180"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="181"/>
        <source>สิ่งที่ส่งมาด้วย</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="182"/>
        <source>ข้อความ (เว้นบรรทัดระหว่างย่อหน้า)</source>
        <translation>Text (blank line between paragraphs)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="183"/>
        <source>ส่วนราชการที่ส่ง</source>
        <translation>Sending office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="184"/>
        <source>ส่วนราชการเจ้าของเรื่อง</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="185"/>
        <source>ผู้ลงนาม (หนังสือภายนอก)</source>
        <translation>Signer (external letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="186"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="187"/>
        <source>ชื่อย่อผู้รับผิดชอบ (ประทับตรา)</source>
        <translation>Officer&apos;s initials (stamped letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="188"/>
        <source>วิธีส่ง</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="189"/>
        <source>ครบกำหนดตอบรับ</source>
        <translation>Acknowledgement due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="200"/>
        <source>เลือกภาพครุฑ…</source>
        <translation>Choose the Garuda image…Choose Garuda image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="204"/>
        <source>เฉพาะผู้ดูแลระบบ (หน้าตั้งค่า)</source>
        <translation>Administrators only (Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="226"/>
        <source>เปิดโฟลเดอร์ที่เก็บแฟ้ม</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="244"/>
        <source>ออกเลขที่หนังสือและบันทึก</source>
        <translation>Issue number and save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="246"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="248"/>
        <source>เปิดแฟ้ม PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="249"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="361"/>
        <source>กำลังออกเลขที่หนังสือ รอจนเสร็จก่อนจึงปิดได้</source>
        <translation>Issuing the number: wait until it is done before closing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="365"/>
        <source>ปิดโดยไม่ออกเลข?</source>
        <translation>Close without issuing a number?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="366"/>
        <source>ยังไม่ได้ออกเลขที่หนังสือ ผู้รับที่เลือกและข้อความที่แก้ไว้จะหายไปเมื่อปิด</source>
        <translation>No number has been issued. The chosen recipients and your edits will be lost when you close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="370"/>
        <source>ปิดและทิ้งร่างนี้</source>
        <translation>Close and discard this draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="371"/>
        <source>กลับไปแก้ต่อ</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="393"/>
        <source>ที่ {number} ลงวันที่ {date} ถึง {to}</source>
        <translation>No. {number} dated {date} to {to}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="403"/>
        <source>หนังสือฉบับนี้ส่งต่อไปแล้ว: {letters}</source>
        <translation>This document has already been forwarded: {letters}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="419"/>
        <source>แจ้งผู้ดูแลระบบให้ตั้งภาพครุฑในหน้าตั้งค่า</source>
        <translation>Ask the administrator to set the Garuda image in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="432"/>
        <source>ภาพตราครุฑ</source>
        <translation>Garuda emblem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="438"/>
        <source>กำลังตรวจภาพ…</source>
        <translation>Checking the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="449"/>
        <source>(ยังไม่ได้เลือกผู้รับ)</source>
        <translation>(no recipients chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="515"/>
        <source>กำลังจัดหน้า…</source>
        <translation>Typesetting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="530"/>
        <source>ตัวอย่าง {pages} หน้า (ยังไม่ได้ออกเลข)</source>
        <translation>Preview, {pages} page(s) (no number issued yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="544"/>
        <source>กรุณาเลือกผู้รับอย่างน้อยหนึ่งหน่วยงาน</source>
        <translation>Choose at least one recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="557"/>
        <source>กำลังตรวจสอบก่อนออกเลข…</source>
        <translation>Checking before issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="561"/>
        <source>ออกเลขที่หนังสือ {count} ฉบับ ถึง {recipients} หน่วยงาน?</source>
        <translation>Issue {count} letter(s) to {recipients} recipient(s)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="565"/>
        <source>ออกเลขที่หนังสือ</source>
        <translation>Issue letter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="568"/>
        <source>หนังสือนี้ส่งต่อไปแล้ว</source>
        <translation>Already forwarded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="570"/>
        <source>หนังสือฉบับนี้ส่งต่อไปแล้ว: {letters} จะส่งต่ออีกครั้งหรือไม่?</source>
        <translation>This document has already been forwarded: {letters}. Forward it again?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="576"/>
        <source>หนังสือจะไม่มีตราครุฑ</source>
        <translation>The letter will have no Garuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="584"/>
        <source>ออกเลข</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="585"/>
        <source>ยังไม่ออก</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="596"/>
        <source>กำลังออกเลขและจัดพิมพ์หนังสือ…</source>
        <translation>Issuing and typesetting letters…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="596"/>
        <source>หยุด</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="609"/>
        <source>ออกเลขที่ {numbers} แล้ว</source>
        <translation>Issued {numbers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="617"/>
        <source>แต่ยังบันทึกแฟ้ม PDF ไม่ได้ ({problem}) บันทึกหรือพิมพ์ซ้ำได้จากทะเบียนหนังสือส่ง โดยไม่ออกเลขใหม่</source>
        <translation>but its PDF could not be saved ({problem}). Save or reprint it from the outgoing register; no new number is used.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="660"/>
        <source>ออกเลขแล้ว หนังสือถูกบันทึกตามที่ส่ง จึงแก้ข้อความหรือผู้รับไม่ได้อีก หากต้องแก้ ให้ยกเลิกเลขที่นี้ในทะเบียนหนังสือส่ง แล้วส่งต่อใหม่</source>
        <translation>The number is issued and the letter is stored as sent, so its text and recipients can no longer change. To correct it, cancel this number in the outgoing register and forward again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="674"/>
        <source>บันทึกแฟ้ม PDF ไว้ที่ {path}</source>
        <translation>PDF saved at {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="677"/>
        <source>บันทึกแฟ้ม PDF {count} แฟ้มไว้ในโฟลเดอร์ {folder}</source>
        <translation>{count} PDF files saved in folder {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="716"/>
        <source>กำลังเตรียมพิมพ์…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="736"/>
        <source>ส่งไปพิมพ์แล้ว</source>
        <translation>Sent to the printer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/help_dialog.py" line="49"/>
        <source>คู่มือการใช้งาน Saraban Desk</source>
        <translation>Saraban Desk user guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/help_dialog.py" line="56"/>
        <source>ปิด</source>
        <translation>CloseClose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/help_dialog.py" line="71"/>
        <source>ไม่พบไฟล์คู่มือ {file}</source>
        <translation>The guide file {file} was not found</translation>
    </message>
</context>
<context>
    <name>IncomingDetail</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="76"/>
        <source>รับเมื่อ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="77"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="78"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="79"/>
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="80"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="81"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="82"/>
        <source>ชั้นความเร็ว/ลับ</source>
        <translation>Urgency / secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="83"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="84"/>
        <source>การปฏิบัติ</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="85"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="86"/>
        <source>เวลารับระบุเอง</source>
        <translation>Receive time entered by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="87"/>
        <source>ลงรับโดย</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="98"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="99"/>
        <source>ยกเลิกเลขรับ…</source>
        <translation>Cancel receive number…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="100"/>
        <source>ส่งต่อ…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="114"/>
        <source>แฟ้มแนบ (ดับเบิลคลิกเพื่อเปิด)</source>
        <translation>Attachments (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="132"/>
        <source>อ่านรายละเอียดไม่ได้</source>
        <translation>Cannot read the details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="145"/>
        <source>เลือกหนังสือในทะเบียนเพื่อดูรายละเอียด</source>
        <translation>Select a document in the register to see its details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="152"/>
        <source>เลขรับ {number}</source>
        <translation>Receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="159"/>
        <source>ยกเลิกแล้ว: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="201"/>
        <source>เปิดแฟ้มแนบไม่ได้</source>
        <translation>Cannot open the attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="202"/>
        <source>เปิดแฟ้มแนบ “{name}” ไม่ได้: {reason}</source>
        <translation>Cannot open attachment “{name}”: {reason}</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="104"/>
        <source>แก้ไขหนังสือรับ</source>
        <translation>Edit incoming document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="104"/>
        <source>ลงรับหนังสือ</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="124"/>
        <source>กด Ctrl+N เพื่อลงรับฉบับถัดไป</source>
        <translation>Press Ctrl+N to register the next document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="140"/>
        <source>พิมพ์ชื่อหน่วยงาน เลือกจากทำเนียบหรือพิมพ์เอง</source>
        <translation>Type the sender: pick from the directory or type freely</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="145"/>
        <source>เช่น มท 0810.2/ว 1089</source>
        <translation>e.g. มท 0810.2/ว 1089</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="165"/>
        <source>วันที่ถูกต้องแล้ว (ยืนยัน)</source>
        <translation>The dates are right (confirm)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="191"/>
        <source>— ยังไม่มอบหมาย —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="203"/>
        <source>เพิ่มแฟ้ม… (Ctrl+O)</source>
        <translation>Add file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="205"/>
        <source>เอาออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="215"/>
        <source>ระบุวันเวลารับเอง</source>
        <translation>Enter the receive date and time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="228"/>
        <source>เหตุผลที่ระบุเวลาเอง เช่น รับเมื่อวานหลังเวลาราชการ</source>
        <translation>Why the time differs, e.g. received yesterday after office hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="243"/>
        <source>จาก *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="244"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="246"/>
        <source>ลงวันที่ *</source>
        <translation>Dated *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="248"/>
        <source>เรียน/ถึง</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="249"/>
        <source>เรื่อง *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="251"/>
        <source>ชั้นความเร็ว</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="254"/>
        <source>ชั้นความลับ</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="256"/>
        <source>ชั้นหนังสือ</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="257"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="258"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="259"/>
        <source>แฟ้มแนบ</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="260"/>
        <source>วันเวลารับ</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="263"/>
        <source>บันทึก (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="266"/>
        <source>ฉบับใหม่ (Ctrl+N)</source>
        <translation>Next (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="268"/>
        <source>ปิด (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="429"/>
        <source>เวลาที่กดบันทึก (ขณะนี้ {time} น.)</source>
        <translation>the moment you save (now {time})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="448"/>
        <source>แก้วันเวลารับ</source>
        <translation>Change the receive date and time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="453"/>
        <source>แก้ไขหนังสือรับ เลขรับ {number}</source>
        <translation>Edit incoming document, receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="462"/>
        <source>เลือกแฟ้มแนบ</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="464"/>
        <source>เอกสาร (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;ทุกแฟ้ม (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="526"/>
        <source>⚠ เลขที่หนังสือนี้ลงรับแล้ว: เลขรับ {list} ตรวจสอบว่าไม่ใช่ฉบับซ้ำ</source>
        <translation>⚠ This document number is already registered: receive no. {list}. Check it is not a second copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="567"/>
        <source>กรุณากรอกวันที่รับ</source>
        <translation>Enter the receive date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="622"/>
        <source>กรุณาตรวจสอบวันที่ ถ้าถูกต้องแล้ว ให้ทำเครื่องหมาย “วันที่ถูกต้องแล้ว (ยืนยัน)” แล้วบันทึกอีกครั้ง</source>
        <translation>Please check the dates. If they are right, tick “The dates are right (confirm)” and save again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="631"/>
        <source>กรุณากรอกวันที่ของหนังสือ (ลงวันที่)</source>
        <translation>Enter the letter&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="699"/>
        <source>เลขรับ {number}</source>
        <translation>Receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="701"/>
        <source>รับวันที่ {date} เวลา {time} น.</source>
        <translation>Received {date} at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="730"/>
        <source>เริ่มฉบับใหม่</source>
        <translation>Start the next document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="731"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="772"/>
        <source>ข้อมูลที่กรอกยังไม่ได้บันทึก ต้องการทิ้งหรือไม่</source>
        <translation>What you typed has not been saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="732"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="773"/>
        <source>ทิ้งข้อมูล</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="733"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="774"/>
        <source>กลับไปแก้ไข</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="771"/>
        <source>ปิดแบบฟอร์ม</source>
        <translation>Close the form</translation>
    </message>
</context>
<context>
    <name>LetterTrackingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="202"/>
        <source>เช่น 6/3/69 16:57</source>
        <translation>e.g. 6/3/69 16:57</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="237"/>
        <source>{date} เวลา {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="272"/>
        <source>ติดตามการตอบรับ</source>
        <translation>Acknowledgement tracking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="304"/>
        <source>เลือกทั้งหมด</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="305"/>
        <source>เลือกที่ยังไม่ตอบรับ</source>
        <translation>Select pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="306"/>
        <source>ไม่เลือก</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="315"/>
        <source>ผู้รับ</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="316"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="317"/>
        <source>กำหนด</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="318"/>
        <source>ส่งเมื่อ/วิธีส่ง</source>
        <translation>Sent / via</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="319"/>
        <source>ตอบรับเมื่อ</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="320"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="441"/>
        <source>ผู้รับทราบ</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="321"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="443"/>
        <source>ช่องทาง</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="322"/>
        <source>เลขรับ/วันที่ของผู้รับ</source>
        <translation>Their receive no./date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="323"/>
        <source>เหตุที่ตีกลับ</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="324"/>
        <source>เตือน (ครั้ง)</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="325"/>
        <source>รหัสตอบรับ</source>
        <translation>Ack. code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="357"/>
        <source>บันทึกการตอบรับ…</source>
        <translation>Record acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="359"/>
        <source>ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์…</source>
        <translation>All acknowledged via e-saraban…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="361"/>
        <source>บันทึกใบส่งที่ลงนามแล้ว…</source>
        <translation>Record signed delivery sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="362"/>
        <source>บันทึกตีกลับ…</source>
        <translation>Record returned…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="363"/>
        <source>ยกเลิกการบันทึก…</source>
        <translation>Undo record…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="364"/>
        <source>ส่งหนังสือเตือน…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="365"/>
        <source>พิมพ์สำเนาถึงผู้รับ…</source>
        <translation>Print recipient copies…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="366"/>
        <source>ใบส่งหนังสือ…</source>
        <translation>Delivery sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="367"/>
        <source>เปิดแฟ้ม</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="369"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="424"/>
        <source>ชื่อผู้รับทราบของหน่วยงานผู้รับ</source>
        <translation>Name of the person who acknowledged at the recipient&apos;s office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="434"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="436"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="469"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="490"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="512"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="439"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="473"/>
        <source>วันเวลาที่ตอบรับ</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="445"/>
        <source>เลขรับของผู้รับ</source>
        <translation>Their receive no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="447"/>
        <source>วันที่รับของผู้รับ</source>
        <translation>Their receive date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="449"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="488"/>
        <source>บันทึกว่าผู้รับที่เลือกลงนามรับแล้ว</source>
        <translation>Record that the selected recipients signed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="493"/>
        <source>วันเวลาที่ลงนามรับ</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="508"/>
        <source>เช่น ไม่มีผู้รับ ที่อยู่ไม่ถูกต้อง อีเมลตีกลับ</source>
        <translation>e.g. no such recipient, wrong address, e-mail bounced</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="510"/>
        <source>บันทึกตีกลับ</source>
        <translation>Record returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="515"/>
        <source>เหตุที่ตีกลับ (ต้องระบุ)</source>
        <translation>Return reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="531"/>
        <source>ไม่ใช่</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="574"/>
        <source>หนังสือที่ {doc_no} ลงวันที่ {date}</source>
        <translation>Letter {doc_no}, dated {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="582"/>
        <source>ติดตามการตอบรับ หนังสือที่ {doc_no}</source>
        <translation>Acknowledgement tracking: letter {doc_no}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="586"/>
        <source>เรื่อง {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="592"/>
        <source>เป็นหนังสือเตือนของหนังสือที่ {doc_no}</source>
        <translation>Reminder for letter {doc_no}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="598"/>
        <source>ส่งหนังสือเตือนแล้ว: {numbers}</source>
        <translation>Reminders sent: {numbers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="603"/>
        <source>หนังสือฉบับนี้ถูกยกเลิกเลขที่แล้ว บันทึกการตอบรับไม่ได้</source>
        <translation>This letter&apos;s number has been cancelled; acknowledgements cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="609"/>
        <source>ตอบรับแล้ว {acknowledged} จาก {total} ราย · รอตอบรับ {pending} · เกินกำหนด {overdue} · ตีกลับ {returned}</source>
        <translation>{acknowledged} of {total} acknowledged · pending {pending} · overdue {overdue} · returned {returned}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="697"/>
        <source>ส่งเมื่อ {date}</source>
        <translation>Sent {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="703"/>
        <source>รหัสหน่วยงาน {code}</source>
        <translation>Organisation code {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="706"/>
        <source>หมายเหตุ: {note}</source>
        <translation>Remarks: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="709"/>
        <source>บันทึกโดย {user}</source>
        <translation>Recorded by {user}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="713"/>
        <source>ตีกลับเมื่อ {date}</source>
        <translation>Returned {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="792"/>
        <source>เลือก {count} ราย</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="830"/>
        <source>และอีก {count} ราย</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="839"/>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="889"/>
        <source>เลือกผู้รับที่ยังไม่ตอบรับก่อน</source>
        <translation>Select recipients who have not acknowledged first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="842"/>
        <source>บันทึกการตอบรับของ {count} ราย: {names}</source>
        <translation>Record acknowledgement for {count} recipient(s): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="852"/>
        <source>ผู้รับที่ยังไม่ตอบรับทั้ง {count} ราย ตอบรับผ่านระบบสารบรรณอิเล็กทรอนิกส์ของผู้รับ</source>
        <translation>All {count} pending recipient(s) acknowledged through their own e-saraban system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="865"/>
        <source>ตอบรับทั้งหมดผ่านระบบสารบรรณอิเล็กทรอนิกส์ วันที่ {date}</source>
        <translation>All acknowledged via e-saraban on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="880"/>
        <source>ติ๊กผู้รับที่ลงนามรับในใบส่งหนังสือ (เลือกไว้ {count} ราย ยกเลิกการเลือกผู้ที่ไม่ได้ลงนาม)</source>
        <translation>Tick the recipients who signed the delivery sheet ({count} selected; untick those who did not sign)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="892"/>
        <source>หนังสือถึง {names} ถูกส่งคืน (ตีกลับ)</source>
        <translation>The letter to {names} came back (returned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="963"/>
        <source>บันทึกการตอบรับแล้ว {count} ราย</source>
        <translation>Recorded acknowledgement for {count} recipient(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="967"/>
        <source>(ข้าม {count} รายที่ตอบรับไว้ก่อนแล้ว)</source>
        <translation>(skipped {count} already acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="981"/>
        <source>กรุณาระบุเหตุที่ตีกลับ</source>
        <translation>Enter the reason it was returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="988"/>
        <source>บันทึกตีกลับแล้ว {count} ราย</source>
        <translation>Recorded {count} recipient(s) as returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1002"/>
        <source>เลือกผู้รับที่มีการบันทึกตอบรับหรือตีกลับก่อน</source>
        <translation>Select recipients with a recorded acknowledgement or return first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1005"/>
        <source>ยกเลิกการบันทึกตอบรับหรือตีกลับของ {names}? ประวัติการแก้ไขยังเก็บไว้ว่าใครยกเลิกเมื่อใด</source>
        <translation>Undo the acknowledgement or return recorded for {names}? The history still shows who undid it and when.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1009"/>
        <source>ยกเลิกการบันทึก</source>
        <translation>Undo record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1016"/>
        <source>ยกเลิกการบันทึกแล้ว {count} ราย</source>
        <translation>Undid the record for {count} recipient(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1029"/>
        <source>เลือกผู้รับก่อน</source>
        <translation>Select recipients first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1053"/>
        <source>ออกหนังสือเตือน (หนังสือประทับตรา ใช้เลขที่หนังสือส่งถัดไป) ถึง {count} ราย ที่ยังไม่ตอบรับ: {names}?</source>
        <translation>Issue a reminder (stamped letter, next outgoing number) to the {count} recipient(s) who have not acknowledged: {names}?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1060"/>
        <source>ออกเลขและส่งหนังสือเตือน</source>
        <translation>Issue number and send reminder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1079"/>
        <source>ออกหนังสือเตือนที่ {doc_no} ถึง {count} ราย แล้ว</source>
        <translation>Issued reminder {doc_no} to {count} recipient(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1085"/>
        <source>แต่บันทึกแฟ้ม PDF ไม่ได้ ({problem}) เลขที่นี้ออกแล้วและยังใช้อยู่ พิมพ์ใหม่ได้จากทะเบียนหนังสือส่ง</source>
        <translation>but its PDF could not be saved ({problem}). The number is issued and stays in use; reprint it from the outgoing register.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1111"/>
        <source>บันทึกสำเนาถึงผู้รับเป็น PDF</source>
        <translation>Save recipient copies as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1116"/>
        <source>บันทึกใบส่งหนังสือเป็น PDF</source>
        <translation>Save the delivery sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1122"/>
        <source>กำลังจัดทำสำเนาถึงผู้รับ…</source>
        <translation>Preparing recipient copies…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1125"/>
        <source>บันทึกสำเนาถึงผู้รับ (พร้อมรหัสตอบรับ) ไว้ที่ {file} แล้ว</source>
        <translation>Saved the recipient copies (with acknowledgement codes) to {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1131"/>
        <source>กำลังจัดทำใบส่งหนังสือ…</source>
        <translation>Preparing the delivery sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1134"/>
        <source>บันทึกใบส่งหนังสือไว้ที่ {file} แล้ว</source>
        <translation>Saved the delivery sheet to {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1163"/>
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/letter_tracking_dialog.py" line="1169"/>
        <source>(บันทึกรายก่อนหน้าไปแล้ว {count} ราย)</source>
        <translation>({count} earlier recipient(s) already recorded)</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="77"/>
        <source>นำเข้าการตอบรับจากอีเมล</source>
        <translation>Import acknowledgements from e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="82"/>
        <source>บันทึกอีเมลตอบรับจากโปรแกรมอีเมลเป็นแฟ้ม .eml (หรือทั้งกล่องเป็น .mbox) แล้วเลือกแฟ้มที่นี่ โปรแกรมจับคู่กับผู้รับจากรหัสตอบรับในอีเมล หรือจากที่อยู่อีเมลของหน่วยงานในทำเนียบ ตรวจรายการแล้วกดบันทึก</source>
        <translation>Save the acknowledgement e-mails from your mail program as .eml files (or a whole mailbox as .mbox), then choose the files here. The program matches each one to a recipient by the acknowledgement code in the e-mail, or by the organisation&apos;s e-mail address in the directory. Check the list, then record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="91"/>
        <source>เลือกแฟ้มอีเมล…</source>
        <translation>Choose e-mail files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="98"/>
        <source>บันทึก</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="99"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="100"/>
        <source>ผู้ส่ง</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="101"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="102"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="103"/>
        <source>หนังสือที่ / ผู้รับ</source>
        <translation>Letter / recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="104"/>
        <source>จับคู่จาก</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="105"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="123"/>
        <source>บันทึกการตอบรับที่เลือก</source>
        <translation>Record selected acknowledgements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="127"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="150"/>
        <source>เลือกอีเมลตอบรับ</source>
        <translation>Choose acknowledgement e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="152"/>
        <source>อีเมล (*.eml *.mbox)</source>
        <translation>E-mail (*.eml *.mbox)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="159"/>
        <source>กำลังอ่านอีเมล…</source>
        <translation>Reading e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="173"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="174"/>
        <source>ที่อยู่ผู้ส่ง</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="177"/>
        <source>ไม่พบผู้รับที่ตรงกัน</source>
        <translation>No matching recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="179"/>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="285"/>
        <source>ตอบรับไว้แล้ว</source>
        <translation>Already acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="220"/>
        <source>อ่านอีเมล {count} ฉบับ จับคู่ได้ {found} ฉบับ</source>
        <translation>Read {count} e-mail(s), matched {found}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="252"/>
        <source>เลือกไว้ {count} รายการ</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="263"/>
        <source>ยังไม่ได้เลือกรายการที่จะบันทึก</source>
        <translation>Nothing selected to record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="283"/>
        <source>บันทึกแล้ว</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="301"/>
        <source>บันทึกการตอบรับแล้ว {recorded} ราย ข้าม {skipped} ราย</source>
        <translation>Recorded {recorded} acknowledgement(s), skipped {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="306"/>
        <source>(ตอบรับไว้ก่อนแล้ว)</source>
        <translation>(already acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="308"/>
        <source>บันทึกไม่ได้ {count} ฉบับ (ดูหมายเหตุ)</source>
        <translation>{count} could not be recorded (see the note)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mail_import_dialog.py" line="318"/>
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="108"/>
        <source>ทะเบียนหนังสือรับ</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="109"/>
        <source>ทะเบียนหนังสือส่ง</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="110"/>
        <source>ภาพรวมการตอบรับ</source>
        <translation>Acknowledgement overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>ทำเนียบหน่วยงาน</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210"/>
        <source>ลงรับหนังสือ…</source>
        <translation>Register incoming document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213"/>
        <source>ส่งออกเป็น Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>พิมพ์หนังสือที่เลือก…</source>
        <translation>Print the selected letter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <location filename="../../desktop_app/ui/main_window.py" line="441"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>หนังสือ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>ค้นหาในทะเบียน</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229"/>
        <source>แก้ไขรายการที่เลือก…</source>
        <translation>Edit the selected entry…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>ส่งต่อหนังสือที่เลือก…</source>
        <translation>Forward the selected document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>หน้าจอ</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <source>คู่มือการใช้งาน</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <location filename="../../desktop_app/ui/main_window.py" line="369"/>
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="275"/>
        <source>เลือกหนังสือในทะเบียนก่อน</source>
        <translation>Select a document in the register firstSelect a letter in the register first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="306"/>
        <source>กำลังทำงาน…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="371"/>
        <source>ทะเบียนหนังสือรับ-ส่งและหนังสือนำส่งสำหรับสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด</source>
        <translation>Incoming and outgoing registers and forwarding letters for provincial local-administration offices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="379"/>
        <source>การตั้งค่าต่อไปนี้ยังไม่ได้บันทึก: {parts}</source>
        <translation>These settings are not saved: {parts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381"/>
        <source>ก่อนออกจากโปรแกรม การตั้งค่าต่อไปนี้ยังไม่ได้บันทึก: {parts}</source>
        <translation>Before quitting: these settings are not saved: {parts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="386"/>
        <source>บันทึกก่อนหรือไม่? (ไม่บันทึก = ทิ้งสิ่งที่แก้ไว้)</source>
        <translation>Save them first? (Don&apos;t save = discard the edits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="401"/>
        <source>การตั้งค่ายังไม่ได้บันทึก</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="416"/>
        <source>บันทึกการตั้งค่าแล้ว</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="90"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="92"/>
        <source>ข้อมูลไม่ถูกต้อง</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <location filename="../../desktop_app/ui/messages.py" line="135"/>
        <source>ตกลง</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="106"/>
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="108"/>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบพร้อมรายละเอียดด้านล่าง</source>
        <translation>An unexpected error occurred. Everything already saved is safe. Please tell your administrator and include the details below.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NumberingSettings</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="88"/>
        <source>เฉพาะผู้ดูแลระบบเท่านั้นที่ตั้งเลขทะเบียนและนำเข้าทะเบียนได้</source>
        <translation>Only an administrator can set register numbers and import registers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="115"/>
        <source>เลขถัดไปของแต่ละทะเบียน</source>
        <translation>Next number of each register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="117"/>
        <source>เริ่มใช้โปรแกรมกลางปี: ตั้งเลขถัดไปให้ต่อจากทะเบียนเดิม (เช่น เลขรับ 2345) ได้เฉพาะก่อนออกเลขแรกของปีนั้น หรือนำเข้าทะเบียนเดิมจาก Excel ด้านล่าง แล้วเลขจะต่อจากเลขสูงสุดเอง</source>
        <translation>Starting mid-year: set the next number to continue the old register (e.g. receive number 2345), only before the year&apos;s first number is issued; or import the old register from Excel below, and numbering continues after its highest number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="135"/>
        <source>ปี พ.ศ.</source>
        <translation>BE yearYear (BE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="143"/>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="212"/>
        <source>ทะเบียน</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="144"/>
        <source>เลขล่าสุด</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="145"/>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="171"/>
        <source>เลขถัดไป</source>
        <translation>Next number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="146"/>
        <source>สถานะ</source>
        <translation>StatusStatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="147"/>
        <source>ตั้งโดย / เหตุผล</source>
        <translation>Set by / reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="165"/>
        <source>เหตุผล เช่น ต่อจากทะเบียนรับเล่มกระดาษ</source>
        <translation>Reason, e.g. continuing the paper register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="167"/>
        <source>ตั้งเลขถัดไป</source>
        <translation>Set next number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="188"/>
        <source>นำเข้าทะเบียนจาก Excel</source>
        <translation>Import a register from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="190"/>
        <source>แฟ้ม .xlsx ที่มีหัวตารางแบบทะเบียนราชการ (เลขทะเบียนรับ วันที่รับ เวลา ที่ ลงวันที่ จาก ถึง เรื่อง ... หรือ เลขทะเบียนส่ง ที่ ลงวันที่ จาก ถึง เรื่อง ...) เลขไทยหรืออารบิก วันที่ปี พ.ศ. ตรวจก่อนทุกแถว ถ้ามีแถวใดผิดจะไม่นำเข้าเลยสักแถว</source>
        <translation>An .xlsx file with the official register headings (receive number, date received, time, no., dated, from, to, subject ... or outgoing number, no., dated, from, to, subject ...), Thai or Arabic digits, BE dates. Every row is checked first; if any row is wrong, nothing is imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="202"/>
        <source>ทะเบียนหนังสือรับ</source>
        <translation>Incoming registerIncoming register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="203"/>
        <source>ทะเบียนหนังสือส่ง</source>
        <translation>Outgoing registerOutgoing register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="205"/>
        <source>ยังไม่ได้เลือกแฟ้ม</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="208"/>
        <source>เลือกแฟ้ม…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="217"/>
        <source>ตรวจแฟ้ม (ยังไม่นำเข้า)</source>
        <translation>Check file (no import yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="220"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="239"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="240"/>
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="241"/>
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="321"/>
        <source>ใช้แล้ว {count} เลข</source>
        <translation>{count} numbers used</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="325"/>
        <source>ยังไม่ได้ใช้</source>
        <translation>Not used yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="361"/>
        <source>{series} ปี {year} ออกเลขไปแล้ว (ถึงเลข {highest}) จึงตั้งเลขถัดไปไม่ได้ เลขจะต่อจากเลขล่าสุดเอง</source>
        <translation>{series} {year} has issued numbers (up to {highest}), so its next number cannot be set; numbering continues after the last one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="388"/>
        <source>ตั้งแล้ว: {series} ปี {year} เลขถัดไป {next}</source>
        <translation>Set: {series} {year}, next number {next}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="411"/>
        <source>เลือกแฟ้มทะเบียน (Excel)</source>
        <translation>Choose the register file (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="413"/>
        <source>แฟ้ม Excel (*.xlsx *.xlsm)</source>
        <translation>Excel files (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="476"/>
        <source>{series} ปี {year}: เลข {first}–{last} เลขถัดไป {next}</source>
        <translation>{series} {year}: numbers {first}–{last}, next {next}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="484"/>
        <source>(เลขขาดหาย {count} เลข)</source>
        <translation>({count} numbers missing)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="493"/>
        <source>ตรวจแล้ว {rows} แถว นำเข้าได้ {valid} แถว มีปัญหา {bad} แถว (ตามรายการด้านล่าง) แก้ในแฟ้มแล้วตรวจใหม่ จะนำเข้าได้เมื่อไม่มีปัญหาเหลือ</source>
        <translation>Checked {rows} rows: {valid} can be imported, {bad} have problems (listed below). Correct the file and check again; it imports once no problem is left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="504"/>
        <source>ไม่มีรายการให้นำเข้าใต้แถวหัวตาราง</source>
        <translation>There are no entries under the heading row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="507"/>
        <source>ตรวจแล้ว {rows} แถว ถูกต้องทุกแถว กด “นำเข้า” เพื่อบันทึก</source>
        <translation>Checked {rows} rows, all correct. Press “Import” to save them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="537"/>
        <source>นำเข้าแล้ว {count} รายการ</source>
        <translation>Imported {count} entries</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="70"/>
        <source>พ.ศ. {year}</source>
        <translation>BE {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="75"/>
        <source>เปิดแฟ้ม PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="76"/>
        <source>บันทึก PDF เป็น…</source>
        <translation>Save PDF as…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="78"/>
        <source>พิมพ์…</source>
        <translation>Print…Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="80"/>
        <source>ยกเลิกเลขที่…</source>
        <translation>Cancel number…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="82"/>
        <source>ติดตามการตอบรับ</source>
        <translation>Track acknowledgements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="84"/>
        <source>นำเข้าการตอบรับจากอีเมล…</source>
        <translation>Import acknowledgements from e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="96"/>
        <source>เลขที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="97"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="98"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="99"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="100"/>
        <source>วิธีส่ง</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="101"/>
        <source>ตอบรับ/ผู้รับ</source>
        <translation>Acknowledged/recipients</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="102"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="121"/>
        <source>เปิดโฟลเดอร์ที่เก็บแฟ้ม</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="157"/>
        <source>ยกเลิก</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="159"/>
        <source>นำเข้าจากทะเบียนเดิม</source>
        <translation>Imported from the earlier register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="161"/>
        <source>ยังไม่ได้บันทึก PDF</source>
        <translation>PDF not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="164"/>
        <source>เตือนหนังสือที่ {number}</source>
        <translation>Reminder of {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="187"/>
        <source>{count} ฉบับ</source>
        <translation>{count} letter(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="212"/>
        <source>บันทึกหนังสือเป็น PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="227"/>
        <source>บันทึกแฟ้ม PDF ไว้ที่ {path}</source>
        <translation>PDF saved at {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="231"/>
        <source>บันทึกแฟ้ม {file} แล้ว</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="243"/>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="278"/>
        <source>เลือกหนังสือในทะเบียนก่อน</source>
        <translation>Select a letter in the register first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="250"/>
        <source>กำลังเตรียมพิมพ์…</source>
        <translation>Preparing to print…Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="272"/>
        <source>ส่งไปพิมพ์แล้ว</source>
        <translation>Sent to the printerSent to the printer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="299"/>
        <source>ยกเลิกเลขที่หนังสือ</source>
        <translation>Cancel letter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="299"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="72"/>
        <source>ค้นหาหน่วยงาน</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="84"/>
        <source>ทุกอำเภอ</source>
        <translation>Every district</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="85"/>
        <source>อปท. ทุกแห่ง</source>
        <translation>Every local authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="86"/>
        <source>เทศบาลทุกแห่ง</source>
        <translation>Every municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="87"/>
        <source>อบต. ทุกแห่ง</source>
        <translation>Every SAO (อบต.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="97"/>
        <source>อปท. ในอำเภอ…</source>
        <translation>Local authorities in district…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="102"/>
        <source>เลือกองค์กรปกครองส่วนท้องถิ่นทุกแห่งในอำเภอที่เลือก</source>
        <translation>Choose every local authority in the chosen district</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="106"/>
        <source>ล้างทั้งหมด</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="111"/>
        <source>บันทึกเป็นรายชื่อ…</source>
        <translation>Save as list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="164"/>
        <source>หน่วยงานอื่น</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="175"/>
        <source>— รายชื่อที่บันทึกไว้ —</source>
        <translation>— saved lists —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="227"/>
        <source>บันทึกรายชื่อผู้รับ</source>
        <translation>Save recipient list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="227"/>
        <source>ชื่อรายชื่อ</source>
        <translation>List name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="248"/>
        <source>เลือกแล้ว {count} หน่วยงาน</source>
        <translation>{count} recipient(s) chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="265"/>
        <source>ไม่พบหน่วยงานที่ตรงกับ “{text}”</source>
        <translation>No organisation matches “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="269"/>
        <source>ไม่พบคำที่ตรงทุกตัว แสดงผลที่ใกล้เคียงด้วย (ไม่นับวรรณยุกต์)</source>
        <translation>No exact match; close matches shown too (tone marks ignored)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="94"/>
        <source>เลขรับ</source>
        <translation>Receive no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="95"/>
        <source>วันที่รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="96"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="97"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="98"/>
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="99"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="100"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="101"/>
        <source>การปฏิบัติ</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="102"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="103"/>
        <source>ชั้นความเร็ว</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="104"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="105"/>
        <source>ชั้นความลับ</source>
        <translation>SecrecySecrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="365"/>
        <source>กำลังโหลด…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="367"/>
        <source>อ่านข้อมูลไม่ได้ จะลองใหม่อีกครั้ง</source>
        <translation>Cannot read these rows; trying again shortly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="402"/>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="416"/>
        <source>ยกเลิก</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="119"/>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="125"/>
        <source>ยกเลิกเลขรับ</source>
        <translation>Cancel receive number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="122"/>
        <source>เช่น ลงรับซ้ำกับเลขรับที่ …</source>
        <translation>e.g. registered twice, see receive no. …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="127"/>
        <source>ไม่ยกเลิก</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="136"/>
        <source>เลขรับจะยังอยู่ในทะเบียนพร้อมเครื่องหมายยกเลิก และจะไม่ถูกใช้ซ้ำ</source>
        <translation>The number stays in the register, marked cancelled, and is never reused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="144"/>
        <source>หนังสือนี้ส่งต่อไปแล้ว: {letters} หนังสือส่งเหล่านั้นจะยังคงออกเลขไว้ หากไม่ควรมีผล ให้ยกเลิกที่ทะเบียนหนังสือส่ง</source>
        <translation>This document was already forwarded: {letters}. Those letters stay issued; if they should not stand, cancel them in the outgoing register.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="185"/>
        <source>ลงรับหนังสือ (Ctrl+N)</source>
        <translation>Register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="191"/>
        <source>ค้นหา เลขรับ ที่ เรื่อง จาก หมายเหตุ (Ctrl+F)</source>
        <translation>Search number, subject, sender, remarks (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="196"/>
        <source>ทุกเดือน</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="200"/>
        <source>ทุกชั้นความเร็ว</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="204"/>
        <source>ทุกชั้นความลับ</source>
        <translation>Any secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="212"/>
        <source>ทุกสถานะ</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="213"/>
        <source>ใช้งาน</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="277"/>
        <source>ล้างตัวกรอง</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="337"/>
        <source>คอลัมน์ตามค่าเริ่มต้น</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="474"/>
        <source>ไม่พบหนังสือที่ตรงกับ “{text}”</source>
        <translation>No document matches “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="476"/>
        <source>ไม่พบหนังสือตามตัวกรองที่เลือก</source>
        <translation>No document matches the chosen filters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="479"/>
        <source>ไม่พบคำที่ตรงทุกตัว แสดงผลที่ใกล้เคียง (ไม่นับวรรณยุกต์)</source>
        <translation>No exact match; showing close matches (tone marks ignored)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="482"/>
        <source>พบที่ตรงทุกตัว {exact} รายการ ต่อด้วยผลที่ใกล้เคียง {near} รายการ (ไม่นับวรรณยุกต์)</source>
        <translation>{exact} exact matches, then {near} close matches (tone marks ignored)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="493"/>
        <source>ตัวเลขที่สั้นกว่า {n} หลัก ({terms}) ค้นเฉพาะในเลขรับและเลขที่หนังสือ</source>
        <translation>Numbers shorter than {n} digits ({terms}) are searched only in receive and document numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="498"/>
        <source>คำที่สั้นกว่า {n} ตัวอักษร ({terms}) ค้นเฉพาะในเรื่องและเลขที่หนังสือ</source>
        <translation>Words shorter than {n} characters ({terms}) are searched only in subjects and document numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="504"/>
        <source> ของปี พ.ศ. {year} (เลือกปีเพื่อค้นปีอื่น)</source>
        <translation> of BE {year} (choose a year to search another)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="578"/>
        <source>เลขรับ {number} ถูกยกเลิกแล้ว แก้ไขไม่ได้</source>
        <translation>Receive number {number} is cancelled and cannot be edited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="646"/>
        <source>ที่ {number} ลงวันที่ {date}</source>
        <translation>No. {number} dated {date}No. {number}, dated {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="683"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="215"/>
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="214"/>
        <source>ยกเลิกแล้ว</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="358"/>
        <source>ทุกปี</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="362"/>
        <source>พ.ศ. {year}</source>
        <translation>BE {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="374"/>
        <source>ทุกกลุ่มงาน</source>
        <translation>All work groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="453"/>
        <source>กำลังค้นหา…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="457"/>
        <source>{count} รายการ</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="641"/>
        <source>ยกเลิกเลขรับ {number} เรื่อง {subject}</source>
        <translation>Cancel receive no. {number}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="666"/>
        <source>ส่งออกทะเบียนเป็น Excel</source>
        <translation>Export the register to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="668"/>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="683"/>
        <source>กำลังส่งออกทะเบียน…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="690"/>
        <source>บันทึก {count} รายการลงแฟ้ม {file} แล้ว</source>
        <translation>Saved {count} documents to {file}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="73"/>
        <source>สำนักงาน</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="81"/>
        <source>บันทึกข้อมูลสำนักงาน</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="83"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="84"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="85"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="86"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="98"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="87"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="99"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="88"/>
        <source>รหัสหนังสือของสำนักงาน</source>
        <translation>Office letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="91"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="300"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="96"/>
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="97"/>
        <source>รหัสหนังสือ</source>
        <translation>Letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="104"/>
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="105"/>
        <source>บันทึกกลุ่มงาน</source>
        <translation>Save work groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="115"/>
        <source>เครื่องนี้</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="120"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="146"/>
        <source>เลขไทย (๑๒๓)</source>
        <translation>Thai digits (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="121"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="147"/>
        <source>เลขอารบิก (123)</source>
        <translation>Arabic digits (123)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="128"/>
        <source>เปลี่ยนโฟลเดอร์…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="130"/>
        <source>บันทึกค่าของเครื่องนี้</source>
        <translation>Save workstation settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="132"/>
        <source>ภาษา (มีผลเมื่อเปิดโปรแกรมใหม่)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="133"/>
        <source>ตัวเลขบนหน้าจอ (มีผลเมื่อเปิดโปรแกรมใหม่)</source>
        <translation>Digits on screen (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="134"/>
        <source>ฐานข้อมูลที่ใช้อยู่</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="136"/>
        <source>ฐานข้อมูลกลาง (PostgreSQL) เว้นว่าง = ใช้แฟ้มในเครื่อง</source>
        <translation>Shared database (PostgreSQL); empty = the local file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="141"/>
        <source>โฟลเดอร์เก็บแฟ้มแนบ (ทั้งสำนักงาน)</source>
        <translation>Attachment folder (whole office)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="144"/>
        <source>หนังสือที่พิมพ์</source>
        <translation>Printed letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="152"/>
        <source>เลือกแฟ้มแบบอักษร…</source>
        <translation>Choose font file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="153"/>
        <source>เลือกภาพครุฑ…</source>
        <translation>Choose Garuda image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="160"/>
        <source>ตัวเลขในหนังสือ</source>
        <translation>Digits in letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="164"/>
        <source>แบบอักษร (เช่น TH SarabunIT๙)</source>
        <translation>Font (e.g. TH SarabunIT๙)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="168"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="562"/>
        <source>ภาพครุฑ</source>
        <translation>Garuda emblem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="181"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="264"/>
        <source>สำนักงานและเครื่องนี้</source>
        <translation>Office and this workstation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="196"/>
        <source>เลขทะเบียนและการนำเข้า</source>
        <translation>Numbering and import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="298"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office detailsOffice details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="302"/>
        <source>ค่าของเครื่องนี้</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="369"/>
        <source>ยังบันทึกไม่ได้: {parts} (ดูเหตุผลในหน้าตั้งค่า)</source>
        <translation>Could not save yet: {parts} (see the reason in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="399"/>
        <source>กำหนดตอบรับและวันหยุด</source>
        <translation>Due dates and holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="404"/>
        <source>ถ้อยคำในหนังสือ</source>
        <translation>Letter wording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="427"/>
        <source>%1 ที่ติดตั้งในเครื่อง</source>
        <translation>%1 installed on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="431"/>
        <source>Laksaman ที่มากับโปรแกรม (ขนาดเท่า TH Sarabun)</source>
        <translation>Bundled Laksaman (at TH Sarabun size)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_due_dates.py" line="125"/>
        <location filename="../../desktop_app/ui/pages/settings_numbering.py" line="96"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="204"/>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="117"/>
        <source>เฉพาะผู้ดูแลระบบ</source>
        <translation>Administrators only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="433"/>
        <source>ไม่มี (เว้นที่ว่างไว้)</source>
        <translation>None (space kept)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="512"/>
        <source>บันทึกข้อมูลสำนักงานแล้ว</source>
        <translation>Office details saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="534"/>
        <source>บันทึกกลุ่มงานแล้ว</source>
        <translation>Work groups saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="538"/>
        <source>โฟลเดอร์เก็บแฟ้มแนบ</source>
        <translation>Attachment folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="547"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="577"/>
        <source>บันทึกแล้ว มีผลกับหนังสือที่พิมพ์ครั้งต่อไป</source>
        <translation>Saved; used for the next letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="552"/>
        <source>แฟ้มแบบอักษร</source>
        <translation>Font file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="580"/>
        <source>ภาพที่เลือกใช้ไม่ได้: {reason}</source>
        <translation>The chosen image cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="605"/>
        <source>บันทึกแล้ว มีผลเมื่อเปิดโปรแกรมใหม่</source>
        <translation>Saved; takes effect after a restart</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="64"/>
        <source>จังหวัดของสำนักงาน</source>
        <translation>The office&apos;s province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="66"/>
        <source>โปรแกรมจะนำรายชื่ออำเภอและองค์กรปกครองส่วนท้องถิ่นของจังหวัดนี้เข้าสู่ทำเนียบหน่วยงาน</source>
        <translation>The program loads this province&apos;s districts and local authorities into the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="75"/>
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="84"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="114"/>
        <source>จังหวัด{name}: อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง</source>
        <translation>{name}: {districts} districts, {las} local authorities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="127"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="128"/>
        <source>ใช้พิมพ์ในหนังสือและตรารับ แก้ไขได้ภายหลังในหน้าตั้งค่า</source>
        <translation>Printed on letters and receipt stamps; editable later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="134"/>
        <source>เช่น 0-5361-2841 ต่อ 33</source>
        <translation>e.g. 0-5361-2841 ext. 33</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="146"/>
        <source>โทรศัพท์และอีเมลพิมพ์ไว้ท้ายหนังสือ ใต้ส่วนราชการเจ้าของเรื่อง (กลุ่มงานที่มีโทรศัพท์และอีเมลของตนเองใช้ของกลุ่มงาน)</source>
        <translation>The phone and e-mail are printed at the end of letters, under the owning unit (a work group with its own phone and e-mail uses those)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="156"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="157"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="158"/>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="204"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="159"/>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="205"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="161"/>
        <source>รหัสหนังสือของสำนักงาน</source>
        <translation>Office letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="162"/>
        <source>ออกหนังสือประทับตราในนาม</source>
        <translation>Issue stamped letters in the name of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="190"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="192"/>
        <source>กลุ่มงานที่รับผิดชอบหนังสือ (ส่วนราชการเจ้าของเรื่อง) รหัสหนังสือ เช่น มส 0023.3 โทรศัพท์และอีเมลของกลุ่มงาน (เว้นว่าง = ใช้ของสำนักงาน)</source>
        <translation>Work groups that own letters (ส่วนราชการเจ้าของเรื่อง), their letter code, e.g. มส 0023.3, and their phone and e-mail (blank = the office&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="202"/>
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="203"/>
        <source>รหัสหนังสือ</source>
        <translation>Letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="210"/>
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="211"/>
        <source>ลบแถวที่เลือก</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="261"/>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="299"/>
        <source>ภาพตราครุฑ</source>
        <translation>Garuda emblem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="263"/>
        <source>หนังสือภายนอกและหนังสือประทับตราพิมพ์ตราครุฑสูง 3 ซม. ที่หัวหนังสือ เลือกแฟ้มภาพตราครุฑ (PNG, JPEG หรือ SVG)</source>
        <translation>External and stamped letters print a 3 cm Garuda at the top. Choose the Garuda image file (PNG, JPEG or SVG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="272"/>
        <source>เลือกภาพ…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="310"/>
        <source>กำลังตรวจภาพ…</source>
        <translation>Checking the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="342"/>
        <source>ใช้ภาพนี้ได้ ({width} x {height} จุด)</source>
        <translation>This image can be used ({width} x {height} pixels)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="344"/>
        <source>ใช้ภาพนี้ได้ ({width} x {height} จุด แปลงจาก SVG)</source>
        <translation>This image can be used ({width} x {height} pixels, converted from SVG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="351"/>
        <source>ตั้งภาพตราครุฑไว้แล้ว เลือกใหม่ได้ถ้าต้องการเปลี่ยน</source>
        <translation>A Garuda image is set; choose another to change it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="354"/>
        <source>ยังไม่ได้เลือกภาพ: หนังสือจะพิมพ์โดยไม่มีตราครุฑ จนกว่าจะตั้งในหน้าตั้งค่า</source>
        <translation>No image chosen: letters will print without the Garuda until it is set in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="378"/>
        <source>ตั้งค่าเริ่มต้น Saraban Desk</source>
        <translation>Saraban Desk first-run setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="380"/>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="381"/>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="382"/>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="486"/>
        <source>เริ่มใช้งาน</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="383"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="459"/>
        <source>กำลังตั้งค่า…</source>
        <translation>Setting up…</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/thai_date_edit.py" line="81"/>
        <source>เช่น 5/3/69 หรือ 5 มี.ค. 2569</source>
        <translation>e.g. 5/3/69 or 5 มี.ค. 2569</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/thai_date_edit.py" line="187"/>
        <source>ปี {year} อ่านได้สองแบบ เลือกปีที่หมายถึงด้านล่าง หรือพิมพ์ปีสี่หลัก</source>
        <translation>Year {year} can be read two ways: choose the one you mean below, or type a four-digit year</translation>
    </message>
</context>
<context>
    <name>WordingSettings</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="77"/>
        <source>หนังสือส่งต่อ</source>
        <translation>Forwarding letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="78"/>
        <source>หนังสือเตือนการตอบรับ</source>
        <translation>Acknowledgement reminder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="106"/>
        <source>เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขถ้อยคำในหนังสือได้</source>
        <translation>Only an administrator can edit the letter wording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="127"/>
        <source>ชื่อที่ใช้ออกหนังสือประทับตรา</source>
        <translation>Name stamped letters are issued in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="137"/>
        <source>ออกหนังสือในนาม</source>
        <translation>Issued in the name of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="142"/>
        <source>ข้อความในหนังสือ</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="144"/>
        <source>ย่อหน้าละหนึ่งบรรทัด ข้อความในวงเล็บปีกกา เช่น {subject} จะถูกแทนด้วยข้อมูลของหนังสือแต่ละฉบับ</source>
        <translation>One paragraph per line. Text in braces, such as {subject}, is replaced with each letter&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="175"/>
        <source>ช่องแทนค่า (ดับเบิลคลิกเพื่อแทรก)</source>
        <translation>Placeholders (double-click to insert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="187"/>
        <source>ตัวอย่างข้อความ</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="190"/>
        <source>หนังสือประทับตรา</source>
        <translation>Stamped letterStamped letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="191"/>
        <source>หนังสือภายนอก</source>
        <translation>External letterExternal letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="211"/>
        <source>คืนค่าเริ่มต้น</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="214"/>
        <source>ใช้ถ้อยคำที่มากับโปรแกรมสำหรับหนังสือที่แสดงอยู่ (ยังไม่บันทึกจนกว่าจะกดบันทึก)</source>
        <translation>Use the built-in wording for the letter shown (not saved until you press Save)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="219"/>
        <source>บันทึกถ้อยคำ</source>
        <translation>Save wording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="239"/>
        <source>เว้นว่าง = {default} (ชื่อจังหวัดของสำนักงาน)</source>
        <translation>Blank = {default} (the office&apos;s province)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="311"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Not savedNot saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="349"/>
        <source>กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น</source>
        <translation>Local Development Promotion Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="368"/>
        <source>(แก้ข้อความให้ถูกต้องก่อน จึงจะแสดงตัวอย่างได้)</source>
        <translation>(Correct the text to see a preview)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="372"/>
        <source>เตือนหนังสือที่ {doc_no} ขอให้ตอบภายใน {date}</source>
        <translation>Reminder of letter {doc_no}, please reply by {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="377"/>
        <source>ส่งต่อหนังสือ{sender} ที่ {doc_no}</source>
        <translation>Forwarding {sender} letter {doc_no}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="416"/>
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_wording.py" line="417"/>
        <source>บันทึกถ้อยคำในหนังสือแล้ว มีผลกับหนังสือที่ร่างต่อจากนี้</source>
        <translation>Letter wording saved; it applies to letters drafted from now on</translation>
    </message>
</context>
</TS>
