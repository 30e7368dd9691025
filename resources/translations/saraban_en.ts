<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="th_TH">
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="47"/>
        <source>ค้นหาหน่วยงาน</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="60"/>
        <source>เพิ่มหน่วยงาน…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="61"/>
        <source>เปลี่ยนชื่อ…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="62"/>
        <source>รวมเข้ากับ…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="63"/>
        <source>เลิกใช้</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="106"/>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="157"/>
        <source>ชื่อหน่วยงาน</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="107"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="108"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="128"/>
        <source>อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง หน่วยงานทั้งหมด {all} แห่ง</source>
        <translation>{districts} districts, {las} local authorities, {all} organisations in all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="157"/>
        <source>เพิ่มหน่วยงาน</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="172"/>
        <source>เปลี่ยนชื่อหน่วยงาน</source>
        <translation>Rename organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="172"/>
        <source>ชื่อใหม่</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="185"/>
        <source>รวมเข้ากับ</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/directory_page.py" line="186"/>
        <source>หน่วยงานที่คงไว้</source>
        <translation>Organisation to keep</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="74"/>
        <source>ส่งต่อหนังสือ</source>
        <translation>Forward document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="96"/>
        <source>หนังสือประทับตรา</source>
        <translation>Stamped letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="97"/>
        <source>หนังสือภายนอก</source>
        <translation>External letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="100"/>
        <source>หนังสือเวียน (ว)</source>
        <translation>Circular (ว)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="101"/>
        <source>เลขปกติ</source>
        <translation>Normal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="122"/>
        <source>แนบหนังสือต้นเรื่อง (PDF) ต่อท้าย</source>
        <translation>Append the original document (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="124"/>
        <source>แยกเป็นฉบับละผู้รับ</source>
        <translation>One letter per recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="126"/>
        <source>ชนิดหนังสือ</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="127"/>
        <source>ชุดเลขที่</source>
        <translation>Number series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="128"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="129"/>
        <source>ถึง/เรียน</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="130"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="131"/>
        <source>สิ่งที่ส่งมาด้วย</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="132"/>
        <source>ข้อความ (เว้นบรรทัดระหว่างย่อหน้า)</source>
        <translation>Text (blank line between paragraphs)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="133"/>
        <source>ส่วนราชการที่ส่ง</source>
        <translation>Sending office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="134"/>
        <source>ส่วนราชการเจ้าของเรื่อง</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="135"/>
        <source>ผู้ลงนาม (หนังสือภายนอก)</source>
        <translation>Signer (external letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="136"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="137"/>
        <source>ชื่อย่อผู้รับผิดชอบ (ประทับตรา)</source>
        <translation>Officer&apos;s initials (stamped letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="138"/>
        <source>วิธีส่ง</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="147"/>
        <source>ออกเลขที่หนังสือและบันทึก</source>
        <translation>Issue number and save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="149"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="150"/>
        <source>เปิดแฟ้ม PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="151"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="209"/>
        <source>(ยังไม่ได้เลือกผู้รับ)</source>
        <translation>(no recipients chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="263"/>
        <source>กำลังจัดหน้า…</source>
        <translation>Typesetting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="278"/>
        <source>ตัวอย่าง {pages} หน้า (ยังไม่ได้ออกเลข)</source>
        <translation>Preview, {pages} page(s) (no number issued yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="292"/>
        <source>กรุณาเลือกผู้รับอย่างน้อยหนึ่งหน่วยงาน</source>
        <translation>Choose at least one recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="296"/>
        <source>ออกเลขที่หนังสือ {count} ฉบับ ถึง {recipients} หน่วยงาน?</source>
        <translation>Issue {count} letter(s) to {recipients} recipient(s)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="302"/>
        <source>ออกเลขที่หนังสือ</source>
        <translation>Issue letter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="304"/>
        <source>ออกเลข</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="305"/>
        <source>ยังไม่ออก</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="316"/>
        <source>กำลังออกเลขและจัดพิมพ์หนังสือ…</source>
        <translation>Issuing and typesetting letters…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="316"/>
        <source>หยุด</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="329"/>
        <source>ออกเลขที่ {numbers} แล้ว</source>
        <translation>Issued {numbers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="337"/>
        <source>แต่ยังบันทึกแฟ้ม PDF ไม่ได้ ({problem}) บันทึกหรือพิมพ์ซ้ำได้จากทะเบียนหนังสือส่ง โดยไม่ออกเลขใหม่</source>
        <translation>but its PDF could not be saved ({problem}). Save or reprint it from the outgoing register; no new number is used.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="376"/>
        <source>กำลังเตรียมพิมพ์…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/forward_dialog.py" line="396"/>
        <source>ส่งไปพิมพ์แล้ว</source>
        <translation>Sent to the printer</translation>
    </message>
</context>
<context>
    <name>IncomingDetail</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="69"/>
        <source>รับเมื่อ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="70"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="71"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="72"/>
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="73"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="74"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="75"/>
        <source>ชั้นความเร็ว/ลับ</source>
        <translation>Urgency / secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="76"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="77"/>
        <source>การปฏิบัติ</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="78"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="79"/>
        <source>เวลารับระบุเอง</source>
        <translation>Receive time entered by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="80"/>
        <source>ลงรับโดย</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="91"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="92"/>
        <source>ยกเลิกเลขรับ…</source>
        <translation>Cancel receive number…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="93"/>
        <source>ส่งต่อ…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="107"/>
        <source>แฟ้มแนบ (ดับเบิลคลิกเพื่อเปิด)</source>
        <translation>Attachments (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="125"/>
        <source>อ่านรายละเอียดไม่ได้</source>
        <translation>Cannot read the details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="138"/>
        <source>เลือกหนังสือในทะเบียนเพื่อดูรายละเอียด</source>
        <translation>Select a document in the register to see its details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="145"/>
        <source>เลขรับ {number}</source>
        <translation>Receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/incoming_detail.py" line="152"/>
        <source>ยกเลิกแล้ว: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="92"/>
        <source>แก้ไขหนังสือรับ</source>
        <translation>Edit incoming document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="92"/>
        <source>ลงรับหนังสือ</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="112"/>
        <source>กด Ctrl+N เพื่อลงรับฉบับถัดไป</source>
        <translation>Press Ctrl+N to register the next document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="128"/>
        <source>พิมพ์ชื่อหน่วยงาน เลือกจากทำเนียบหรือพิมพ์เอง</source>
        <translation>Type the sender: pick from the directory or type freely</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="133"/>
        <source>เช่น มท 0810.2/ว 1089</source>
        <translation>e.g. มท 0810.2/ว 1089</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="161"/>
        <source>— ยังไม่มอบหมาย —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="173"/>
        <source>เพิ่มแฟ้ม… (Ctrl+O)</source>
        <translation>Add file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="175"/>
        <source>เอาออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="185"/>
        <source>ระบุวันเวลารับเอง</source>
        <translation>Enter the receive date and time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="198"/>
        <source>เหตุผลที่ระบุเวลาเอง เช่น รับเมื่อวานหลังเวลาราชการ</source>
        <translation>Why the time differs, e.g. received yesterday after office hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="213"/>
        <source>จาก *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="214"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="216"/>
        <source>ลงวันที่ *</source>
        <translation>Dated *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="217"/>
        <source>เรียน/ถึง</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="218"/>
        <source>เรื่อง *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="220"/>
        <source>ชั้นความเร็ว</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="223"/>
        <source>ชั้นความลับ</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="225"/>
        <source>ชั้นหนังสือ</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="226"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="227"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="228"/>
        <source>แฟ้มแนบ</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="229"/>
        <source>วันเวลารับ</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="232"/>
        <source>บันทึก (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="235"/>
        <source>ฉบับใหม่ (Ctrl+N)</source>
        <translation>Next (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="237"/>
        <source>ปิด (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="385"/>
        <source>เวลาที่กดบันทึก (ขณะนี้ {time} น.)</source>
        <translation>the moment you save (now {time})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="404"/>
        <source>แก้วันเวลารับ</source>
        <translation>Change the receive date and time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="409"/>
        <source>แก้ไขหนังสือรับ เลขรับ {number}</source>
        <translation>Edit incoming document, receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="418"/>
        <source>เลือกแฟ้มแนบ</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="420"/>
        <source>เอกสาร (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;ทุกแฟ้ม (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="482"/>
        <source>⚠ เลขที่หนังสือนี้ลงรับแล้ว: เลขรับ {list} ตรวจสอบว่าไม่ใช่ฉบับซ้ำ</source>
        <translation>⚠ This document number is already registered: receive no. {list}. Check it is not a second copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="512"/>
        <source>กรุณากรอกวันที่รับ</source>
        <translation>Enter the receive date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="520"/>
        <source>กรุณากรอกวันที่ของหนังสือ (ลงวันที่)</source>
        <translation>Enter the letter&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="585"/>
        <source>เลขรับ {number}</source>
        <translation>Receive no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="587"/>
        <source>รับวันที่ {date} เวลา {time} น.</source>
        <translation>Received {date} at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="616"/>
        <source>เริ่มฉบับใหม่</source>
        <translation>Start the next document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="617"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="656"/>
        <source>ข้อมูลที่กรอกยังไม่ได้บันทึก ต้องการทิ้งหรือไม่</source>
        <translation>What you typed has not been saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="618"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="657"/>
        <source>ทิ้งข้อมูล</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="619"/>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="658"/>
        <source>กลับไปแก้ไข</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/incoming_form.py" line="655"/>
        <source>ปิดแบบฟอร์ม</source>
        <translation>Close the form</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <source>ทะเบียนหนังสือรับ</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="76"/>
        <source>ทะเบียนหนังสือส่ง</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77"/>
        <source>ทำเนียบหน่วยงาน</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="78"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>ลงรับหนังสือ…</source>
        <translation>Register incoming document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>ส่งออกทะเบียนเป็น Excel…</source>
        <translation>Export the register to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>ค้นหาในทะเบียน</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <location filename="../../desktop_app/ui/main_window.py" line="203"/>
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="157"/>
        <source>กำลังทำงาน…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205"/>
        <source>ทะเบียนหนังสือรับ-ส่งและหนังสือนำส่งสำหรับสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด</source>
        <translation>Incoming and outgoing registers and forwarding letters for provincial local-administration offices</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>ข้อมูลไม่ถูกต้อง</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>ตกลง</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="59"/>
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบพร้อมรายละเอียดด้านล่าง</source>
        <translation>An unexpected error occurred. Everything already saved is safe. Please tell your administrator and include the details below.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="52"/>
        <source>พ.ศ. {year}</source>
        <translation>BE {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="57"/>
        <source>เปิดแฟ้ม PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="58"/>
        <source>บันทึก PDF เป็น…</source>
        <translation>Save PDF as…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="60"/>
        <source>ยกเลิกเลขที่…</source>
        <translation>Cancel number…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="68"/>
        <source>เลขที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="69"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="70"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="71"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="72"/>
        <source>วิธีส่ง</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="73"/>
        <source>ผู้รับ</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="74"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="105"/>
        <source>ยกเลิก</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="107"/>
        <source>ยังไม่ได้บันทึก PDF</source>
        <translation>PDF not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="127"/>
        <source>{count} ฉบับ</source>
        <translation>{count} letter(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="151"/>
        <source>บันทึกหนังสือเป็น PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="159"/>
        <source>บันทึกแฟ้ม {file} แล้ว</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="168"/>
        <source>ยกเลิกเลขที่หนังสือ</source>
        <translation>Cancel letter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/outgoing_page.py" line="168"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="66"/>
        <source>ค้นหาหน่วยงาน</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="73"/>
        <source>ทุกอำเภอ</source>
        <translation>Every district</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="74"/>
        <source>อปท. ทุกแห่ง</source>
        <translation>Every local authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="75"/>
        <source>เทศบาลทุกแห่ง</source>
        <translation>Every municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="76"/>
        <source>อบต. ทุกแห่ง</source>
        <translation>Every SAO (อบต.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="84"/>
        <source>ล้างทั้งหมด</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="89"/>
        <source>บันทึกเป็นรายชื่อ…</source>
        <translation>Save as list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="141"/>
        <source>หน่วยงานอื่น</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="152"/>
        <source>— รายชื่อที่บันทึกไว้ —</source>
        <translation>— saved lists —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="194"/>
        <source>บันทึกรายชื่อผู้รับ</source>
        <translation>Save recipient list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="194"/>
        <source>ชื่อรายชื่อ</source>
        <translation>List name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/recipient_picker.py" line="215"/>
        <source>เลือกแล้ว {count} หน่วยงาน</source>
        <translation>{count} recipient(s) chosen</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="81"/>
        <source>เลขรับ</source>
        <translation>Receive no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="82"/>
        <source>วันที่รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="83"/>
        <source>ที่</source>
        <translation>Their no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="84"/>
        <source>ลงวันที่</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="85"/>
        <source>จาก</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="86"/>
        <source>ถึง</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="87"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="88"/>
        <source>การปฏิบัติ</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="89"/>
        <source>หมายเหตุ</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="90"/>
        <source>ชั้นความเร็ว</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="91"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="334"/>
        <source>กำลังโหลด…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="336"/>
        <source>อ่านข้อมูลไม่ได้ จะลองใหม่อีกครั้ง</source>
        <translation>Cannot read these rows; trying again shortly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="371"/>
        <location filename="../../desktop_app/ui/models/incoming_model.py" line="383"/>
        <source>ยกเลิก</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="61"/>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="67"/>
        <source>ยกเลิกเลขรับ</source>
        <translation>Cancel receive number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="64"/>
        <source>เช่น ลงรับซ้ำกับเลขรับที่ …</source>
        <translation>e.g. registered twice, see receive no. …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="69"/>
        <source>ไม่ยกเลิก</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="77"/>
        <source>เลขรับจะยังอยู่ในทะเบียนพร้อมเครื่องหมายยกเลิก และจะไม่ถูกใช้ซ้ำ</source>
        <translation>The number stays in the register, marked cancelled, and is never reused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="106"/>
        <source>ลงรับหนังสือ (Ctrl+N)</source>
        <translation>Register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="112"/>
        <source>ค้นหา เลขรับ ที่ เรื่อง จาก หมายเหตุ (Ctrl+F)</source>
        <translation>Search number, subject, sender, remarks (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="117"/>
        <source>ทุกเดือน</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="121"/>
        <source>ทุกชั้นความเร็ว</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="125"/>
        <source>ทุกชั้นความลับ</source>
        <translation>Any secrecy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="133"/>
        <source>ทุกสถานะ</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="134"/>
        <source>ใช้งาน</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="428"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="136"/>
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="135"/>
        <source>ยกเลิกแล้ว</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="219"/>
        <source>ทุกปี</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="223"/>
        <source>พ.ศ. {year}</source>
        <translation>BE {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="235"/>
        <source>ทุกกลุ่มงาน</source>
        <translation>All work groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="283"/>
        <source>กำลังค้นหา…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="287"/>
        <source>{count} รายการ</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="397"/>
        <source>ยกเลิกเลขรับ {number} เรื่อง {subject}</source>
        <translation>Cancel receive no. {number}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="414"/>
        <source>ส่งออกทะเบียนเป็น Excel</source>
        <translation>Export the register to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="416"/>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="428"/>
        <source>กำลังส่งออกทะเบียน…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/incoming_page.py" line="435"/>
        <source>บันทึก {count} รายการลงแฟ้ม {file} แล้ว</source>
        <translation>Saved {count} documents to {file}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="50"/>
        <source>สำนักงาน</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="58"/>
        <source>บันทึกข้อมูลสำนักงาน</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="60"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="61"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="62"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="63"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="75"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="64"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="76"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="65"/>
        <source>รหัสหนังสือของสำนักงาน</source>
        <translation>Office letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="68"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="73"/>
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="74"/>
        <source>รหัสหนังสือ</source>
        <translation>Letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="81"/>
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="82"/>
        <source>บันทึกกลุ่มงาน</source>
        <translation>Save work groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="92"/>
        <source>เครื่องนี้</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="97"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="123"/>
        <source>เลขไทย (๑๒๓)</source>
        <translation>Thai digits (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="98"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="124"/>
        <source>เลขอารบิก (123)</source>
        <translation>Arabic digits (123)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="105"/>
        <source>เปลี่ยนโฟลเดอร์…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="107"/>
        <source>บันทึกค่าของเครื่องนี้</source>
        <translation>Save workstation settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="109"/>
        <source>ภาษา (มีผลเมื่อเปิดโปรแกรมใหม่)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="110"/>
        <source>ตัวเลขบนหน้าจอ (มีผลเมื่อเปิดโปรแกรมใหม่)</source>
        <translation>Digits on screen (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="111"/>
        <source>ฐานข้อมูลที่ใช้อยู่</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="113"/>
        <source>ฐานข้อมูลกลาง (PostgreSQL) เว้นว่าง = ใช้แฟ้มในเครื่อง</source>
        <translation>Shared database (PostgreSQL); empty = the local file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="118"/>
        <source>โฟลเดอร์เก็บแฟ้มแนบ (ทั้งสำนักงาน)</source>
        <translation>Attachment folder (whole office)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="121"/>
        <source>หนังสือที่พิมพ์</source>
        <translation>Printed letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="129"/>
        <source>เลือกแฟ้มแบบอักษร…</source>
        <translation>Choose font file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="130"/>
        <source>เลือกภาพครุฑ…</source>
        <translation>Choose Garuda image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="137"/>
        <source>ตัวเลขในหนังสือ</source>
        <translation>Digits in letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="141"/>
        <source>แบบอักษร (เช่น TH SarabunIT๙)</source>
        <translation>Font (e.g. TH SarabunIT๙)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="145"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="273"/>
        <source>ภาพครุฑ</source>
        <translation>Garuda emblem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="157"/>
        <source>เฉพาะผู้ดูแลระบบ</source>
        <translation>Administrators only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="199"/>
        <source>ที่มากับโปรแกรม (Laksaman)</source>
        <translation>Bundled (Laksaman)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="201"/>
        <source>ไม่มี (เว้นที่ว่างไว้)</source>
        <translation>None (space kept)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="227"/>
        <source>บันทึกข้อมูลสำนักงานแล้ว</source>
        <translation>Office details saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="244"/>
        <source>บันทึกกลุ่มงานแล้ว</source>
        <translation>Work groups saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="249"/>
        <source>โฟลเดอร์เก็บแฟ้มแนบ</source>
        <translation>Attachment folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="258"/>
        <source>บันทึกแล้ว มีผลกับหนังสือที่พิมพ์ครั้งต่อไป</source>
        <translation>Saved; used for the next letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="263"/>
        <source>แฟ้มแบบอักษร</source>
        <translation>Font file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="292"/>
        <source>บันทึกแล้ว มีผลเมื่อเปิดโปรแกรมใหม่</source>
        <translation>Saved; takes effect after a restart</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="49"/>
        <source>จังหวัดของสำนักงาน</source>
        <translation>The office&apos;s province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="51"/>
        <source>โปรแกรมจะนำรายชื่ออำเภอและองค์กรปกครองส่วนท้องถิ่นของจังหวัดนี้เข้าสู่ทำเนียบหน่วยงาน</source>
        <translation>The program loads this province&apos;s districts and local authorities into the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="60"/>
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="69"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="99"/>
        <source>จังหวัด{name}: อำเภอ {districts} แห่ง องค์กรปกครองส่วนท้องถิ่น {las} แห่ง</source>
        <translation>{name}: {districts} districts, {las} local authorities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="112"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="113"/>
        <source>ใช้พิมพ์ในหนังสือและตรารับ แก้ไขได้ภายหลังในหน้าตั้งค่า</source>
        <translation>Printed on letters and receipt stamps; editable later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="122"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="123"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="124"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="125"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="126"/>
        <source>รหัสหนังสือของสำนักงาน</source>
        <translation>Office letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="144"/>
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="146"/>
        <source>กลุ่มงานที่รับผิดชอบหนังสือ และรหัสหนังสือของแต่ละกลุ่ม เช่น มส 0023.3</source>
        <translation>The work groups that handle documents, and each group&apos;s letter code, e.g. มส 0023.3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="151"/>
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="151"/>
        <source>รหัสหนังสือ</source>
        <translation>Letter code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="155"/>
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="156"/>
        <source>ลบแถวที่เลือก</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="203"/>
        <source>ตั้งค่าเริ่มต้น Saraban Desk</source>
        <translation>Saraban Desk first-run setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="205"/>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="206"/>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="207"/>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="279"/>
        <source>เริ่มใช้งาน</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="208"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/setup_wizard.py" line="267"/>
        <source>กำลังตั้งค่า…</source>
        <translation>Setting up…</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/thai_date_edit.py" line="51"/>
        <source>เช่น 5/3/69 หรือ 5 มี.ค. 2569</source>
        <translation>e.g. 5/3/69 or 5 มี.ค. 2569</translation>
    </message>
</context>
</TS>
