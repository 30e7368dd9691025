"""Qt's own words (standard buttons, the file chooser, context menus, the wizard, the print
dialog) in the UI's language.

Qt ships no Thai translation of its own strings (no ``qtbase_th.qm`` in PySide6's
``QLibraryInfo.LibraryPath.TranslationsPath``), so without this a Thai clerk meets "OK",
"Cancel", "Look in:" and "File name:" in every dialog. Two layers:

* ``QtThaiTranslator``, installed on the application (ui/app.py ``install_qt_translations``),
  answers Qt's own ``tr()`` look-ups from ``QT_THAI`` while the UI's language is Thai, so
  anything Qt builds (QInputDialog's buttons, a file chooser's columns, a line edit's context
  menu) reads Thai; it answers nothing in English (Qt's own English shows);
* ``standard_button_text`` gives the label of a standard button in the UI's language, which
  the helpers in messages.py and file_dialogs.py set explicitly on every box they build.

The table holds Qt's source strings exactly (with their ``&`` mnemonics); a string Qt changes
in a later version simply falls back to Qt's English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

# Qt's standard buttons: (Thai, English), the English being Qt's own words.
SB = QDialogButtonBox.StandardButton
STANDARD_BUTTONS: dict[SB, tuple[str, str]] = {
    SB.Ok: ("ตกลง", "OK"),
    SB.Save: ("บันทึก", "Save"),
    SB.SaveAll: ("บันทึกทั้งหมด", "Save All"),
    SB.Open: ("เปิด", "Open"),
    SB.Yes: ("ใช่", "Yes"),
    SB.YesToAll: ("ใช่ทั้งหมด", "Yes to All"),
    SB.No: ("ไม่", "No"),
    SB.NoToAll: ("ไม่ทั้งหมด", "No to All"),
    SB.Abort: ("ยุติ", "Abort"),
    SB.Retry: ("ลองอีกครั้ง", "Retry"),
    SB.Ignore: ("ข้าม", "Ignore"),
    SB.Close: ("ปิด", "Close"),
    SB.Cancel: ("ยกเลิก", "Cancel"),
    SB.Discard: ("ไม่บันทึก", "Discard"),
    SB.Help: ("วิธีใช้", "Help"),
    SB.Apply: ("ใช้", "Apply"),
    SB.Reset: ("ตั้งใหม่", "Reset"),
    SB.RestoreDefaults: ("คืนค่าเริ่มต้น", "Restore Defaults"),
}

# The file chooser's labels (QFileDialog.DialogLabel): (Thai, English).
FL = QFileDialog.DialogLabel
FILE_DIALOG_LABELS: dict[FL, tuple[str, str]] = {
    FL.LookIn: ("ค้นใน:", "Look in:"),
    FL.FileName: ("ชื่อแฟ้ม:", "File name:"),
    FL.FileType: ("ชนิดแฟ้ม:", "Files of type:"),
    FL.Reject: ("ยกเลิก", "Cancel"),
}
# The accept button depends on what the chooser does: (Thai, English).
ACCEPT_LABELS: dict[str, tuple[str, str]] = {
    "open": ("เปิด", "Open"),
    "save": ("บันทึก", "Save"),
    "folder": ("เลือกโฟลเดอร์นี้", "Choose"),
}

# Qt's own strings, by (context, source) -> Thai.
QT_THAI: dict[tuple[str, str], str] = {
    # Standard buttons (QDialogButtonBox, QMessageBox, QInputDialog, ...).
    ("QPlatformTheme", "OK"): "ตกลง",
    ("QPlatformTheme", "Save"): "บันทึก",
    ("QPlatformTheme", "Save All"): "บันทึกทั้งหมด",
    ("QPlatformTheme", "Open"): "เปิด",
    ("QPlatformTheme", "&Yes"): "ใช่ (&Y)",
    ("QPlatformTheme", "Yes to &All"): "ใช่ทั้งหมด (&A)",
    ("QPlatformTheme", "&No"): "ไม่ (&N)",
    ("QPlatformTheme", "N&o to All"): "ไม่ทั้งหมด (&O)",
    ("QPlatformTheme", "Abort"): "ยุติ",
    ("QPlatformTheme", "Retry"): "ลองอีกครั้ง",
    ("QPlatformTheme", "Ignore"): "ข้าม",
    ("QPlatformTheme", "Close"): "ปิด",
    ("QPlatformTheme", "Cancel"): "ยกเลิก",
    ("QPlatformTheme", "Discard"): "ไม่บันทึก",
    ("QPlatformTheme", "Help"): "วิธีใช้",
    ("QPlatformTheme", "Apply"): "ใช้",
    ("QPlatformTheme", "Reset"): "ตั้งใหม่",
    ("QPlatformTheme", "Restore Defaults"): "คืนค่าเริ่มต้น",
    ("QMessageBox", "Show Details..."): "แสดงรายละเอียด…",
    ("QMessageBox", "Hide Details..."): "ซ่อนรายละเอียด…",
    ("QInputDialog", "Enter a value:"): "กรอกค่า:",
    # The file chooser (Qt's own, used with DontUseNativeDialog).
    ("QFileDialog", "&Look in:"): "ค้นใน (&L):",
    ("QFileDialog", "Look in:"): "ค้นใน:",
    ("QFileDialog", "File &name:"): "ชื่อแฟ้ม (&N):",
    ("QFileDialog", "Files of &type:"): "ชนิดแฟ้ม (&T):",
    ("QFileDialog", "&Open"): "เปิด (&O)",
    ("QFileDialog", "Open"): "เปิด",
    ("QFileDialog", "&Save"): "บันทึก (&S)",
    ("QFileDialog", "Save As"): "บันทึกเป็น",
    ("QFileDialog", "&Choose"): "เลือก (&C)",
    ("QFileDialog", "Find Directory"): "เลือกโฟลเดอร์",
    ("QFileDialog", "Directory:"): "โฟลเดอร์:",
    ("QFileDialog", "Directories"): "โฟลเดอร์",
    ("QFileDialog", "Files"): "แฟ้ม",
    ("QFileDialog", "All Files (*)"): "ทุกแฟ้ม (*)",
    ("QFileDialog", "Back"): "ย้อนกลับ",
    ("QFileDialog", "Go back"): "ย้อนกลับ",
    ("QFileDialog", "Forward"): "ไปข้างหน้า",
    ("QFileDialog", "Go forward"): "ไปข้างหน้า",
    ("QFileDialog", "Parent Directory"): "โฟลเดอร์ที่อยู่เหนือขึ้นไป",
    ("QFileDialog", "Go to the parent directory"): "ไปโฟลเดอร์ที่อยู่เหนือขึ้นไป",
    ("QFileDialog", "Create New Folder"): "สร้างโฟลเดอร์ใหม่",
    ("QFileDialog", "Create a New Folder"): "สร้างโฟลเดอร์ใหม่",
    ("QFileDialog", "&New Folder"): "โฟลเดอร์ใหม่ (&N)",
    ("QFileDialog", "New Folder"): "โฟลเดอร์ใหม่",
    ("QFileDialog", "List View"): "แสดงเป็นรายการ",
    ("QFileDialog", "Change to list view mode"): "แสดงเป็นรายการ",
    ("QFileDialog", "Detail View"): "แสดงรายละเอียด",
    ("QFileDialog", "Change to detail view mode"): "แสดงรายละเอียด",
    ("QFileDialog", "Sidebar"): "แถบข้าง",
    ("QFileDialog", "List of places and bookmarks"): "ตำแหน่งที่ใช้บ่อย",
    ("QFileDialog", "&Rename"): "เปลี่ยนชื่อ (&R)",
    ("QFileDialog", "&Delete"): "ลบ (&D)",
    ("QFileDialog", "Show &hidden files"): "แสดงแฟ้มที่ซ่อนไว้ (&H)",
    ("QFileDialog", "Recent Places"): "ที่ใช้ล่าสุด",
    ("QFileDialog", "My Computer"): "คอมพิวเตอร์",
    ("QFileDialog", "Drive"): "ไดรฟ์",
    ("QFileDialog", "File"): "แฟ้ม",
    ("QFileDialog", "File Folder"): "โฟลเดอร์",
    ("QFileDialog", "Folder"): "โฟลเดอร์",
    ("QFileDialog", "Unknown"): "ไม่ทราบ",
    (
        "QFileDialog",
        "%1 already exists.\nDo you want to replace it?",
    ): "มีแฟ้ม %1 อยู่แล้ว\nต้องการบันทึกทับหรือไม่?",
    (
        "QFileDialog",
        "%1\nFile not found.\nPlease verify the correct file name was given.",
    ): "%1\nไม่พบแฟ้ม\nกรุณาตรวจสอบชื่อแฟ้ม",
    (
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    ): "%1\nไม่พบโฟลเดอร์\nกรุณาตรวจสอบชื่อโฟลเดอร์",
    ("QFileSystemModel", "Name"): "ชื่อ",
    ("QFileSystemModel", "Size"): "ขนาด",
    ("QFileSystemModel", "Type"): "ชนิด",
    ("QFileSystemModel", "Kind"): "ชนิด",
    ("QFileSystemModel", "Date Modified"): "วันที่แก้ไข",
    ("QFileSystemModel", "Computer"): "คอมพิวเตอร์",
    ("QFileSystemModel", "My Computer"): "คอมพิวเตอร์",
    ("QAbstractFileIconProvider", "Drive"): "ไดรฟ์",
    ("QAbstractFileIconProvider", "Folder"): "โฟลเดอร์",
    ("QAbstractFileIconProvider", "File"): "แฟ้ม",
    ("QAbstractFileIconProvider", "File Folder"): "โฟลเดอร์",
    # Context menus of text fields.
    ("QLineEdit", "&Undo"): "เลิกทำ (&U)",
    ("QLineEdit", "&Redo"): "ทำซ้ำ (&R)",
    ("QLineEdit", "Cu&t"): "ตัด (&T)",
    ("QLineEdit", "&Copy"): "คัดลอก (&C)",
    ("QLineEdit", "&Paste"): "วาง (&P)",
    ("QLineEdit", "Delete"): "ลบ",
    ("QLineEdit", "Select All"): "เลือกทั้งหมด",
    ("QWidgetTextControl", "&Undo"): "เลิกทำ (&U)",
    ("QWidgetTextControl", "&Redo"): "ทำซ้ำ (&R)",
    ("QWidgetTextControl", "Cu&t"): "ตัด (&T)",
    ("QWidgetTextControl", "&Copy"): "คัดลอก (&C)",
    ("QWidgetTextControl", "Copy &Link Location"): "คัดลอกที่อยู่ลิงก์ (&L)",
    ("QWidgetTextControl", "&Paste"): "วาง (&P)",
    ("QWidgetTextControl", "Delete"): "ลบ",
    ("QWidgetTextControl", "Select All"): "เลือกทั้งหมด",
    ("QAbstractSpinBox", "&Select All"): "เลือกทั้งหมด (&S)",
    ("QAbstractSpinBox", "&Step up"): "เพิ่มขึ้น (&S)",
    ("QAbstractSpinBox", "Step &down"): "ลดลง (&D)",
    # The wizard (the first-run setup sets its own; this covers any other).
    ("QWizard", "< &Back"): "< ย้อนกลับ (&B)",
    ("QWizard", "&Next >"): "ถัดไป (&N) >",
    ("QWizard", "&Finish"): "เสร็จสิ้น (&F)",
    ("QWizard", "Cancel"): "ยกเลิก",
    ("QWizard", "&Help"): "วิธีใช้ (&H)",
    ("QWizard", "Commit"): "ยืนยัน",
    # The print dialog (Qt's own on Linux; Windows shows its own in the system's language).
    ("QPrintDialog", "Print"): "พิมพ์",
    ("QPrintDialog", "&Print"): "พิมพ์ (&P)",
    ("QPrintDialog", "&Options >>"): "ตัวเลือก (&O) >>",
    ("QPrintDialog", "&Options <<"): "ตัวเลือก (&O) <<",
    ("QPrintDialog", "All Pages"): "ทุกหน้า",
    ("QPrintDialog", "Odd Pages"): "หน้าคี่",
    ("QPrintDialog", "Even Pages"): "หน้าคู่",
    ("QPrintDialog", "Print to File (PDF)"): "พิมพ์เป็นแฟ้ม (PDF)",
    ("QPrintDialog", "Local file"): "แฟ้มในเครื่อง",
    ("QPrintDialog", "Write PDF file"): "เขียนแฟ้ม PDF",
    ("QPrintWidget", "Printer"): "เครื่องพิมพ์",
    ("QPrintWidget", "&Name:"): "ชื่อ (&N):",
    ("QPrintWidget", "P&roperties"): "คุณสมบัติ (&R)",
    ("QPrintWidget", "Location:"): "ที่ตั้ง:",
    ("QPrintWidget", "Preview"): "ตัวอย่าง",
    ("QPrintWidget", "Type:"): "ชนิด:",
    ("QPrintWidget", "Output &file:"): "แฟ้มผลลัพธ์ (&F):",
    ("QPrintSettingsOutput", "Print range"): "ช่วงที่พิมพ์",
    ("QPrintSettingsOutput", "Print all"): "พิมพ์ทั้งหมด",
    ("QPrintSettingsOutput", "Pages from"): "หน้า",
    ("QPrintSettingsOutput", "to"): "ถึง",
    ("QPrintSettingsOutput", "Pages"): "หน้า",
    ("QPrintSettingsOutput", "Current Page"): "หน้าปัจจุบัน",
    ("QPrintSettingsOutput", "Selection"): "ส่วนที่เลือก",
    ("QPrintSettingsOutput", "Page &Set:"): "ชุดหน้า (&S):",
    ("QPrintSettingsOutput", "Output Settings"): "การพิมพ์",
    ("QPrintSettingsOutput", "Copies:"): "จำนวนชุด:",
    ("QPrintSettingsOutput", "Collate"): "เรียงชุด",
    ("QPrintSettingsOutput", "Reverse"): "กลับลำดับ",
    ("QPrintSettingsOutput", "Copies"): "จำนวนชุด",
    ("QPrintSettingsOutput", "Color Mode"): "สี",
    ("QPrintSettingsOutput", "Color"): "สี",
    ("QPrintSettingsOutput", "Grayscale"): "ขาวดำ",
    ("QPrintSettingsOutput", "Double Sided Printing"): "พิมพ์สองหน้า",
    ("QPrintSettingsOutput", "Off"): "ไม่ใช้",
    ("QPrintSettingsOutput", "Long side binding"): "เย็บด้านยาว",
    ("QPrintSettingsOutput", "Short side binding"): "เย็บด้านสั้น",
    ("QPrintSettingsOutput", "Options"): "ตัวเลือก",
}


def ui_language() -> str:
    """The UI's language, "th" or "en" (the application's ``saraban_language``)."""
    app = QCoreApplication.instance()
    language = app.property("saraban_language") if app is not None else None
    return str(language or "th")


def _pick(pair: tuple[str, str], language: str | None) -> str:
    return pair[1] if (language or ui_language()) == "en" else pair[0]


def standard_button_text(
    button: QDialogButtonBox.StandardButton, language: str | None = None
) -> str:
    """The label of a standard button in ``language`` (default: the UI's). Raises
    ``KeyError`` for a value that is not one standard button."""
    return _pick(STANDARD_BUTTONS[SB(button)], language)


def file_dialog_label(label: QFileDialog.DialogLabel, language: str | None = None) -> str:
    return _pick(FILE_DIALOG_LABELS[label], language)


def accept_label(action: str, language: str | None = None) -> str:
    """The file chooser's accept button: ``action`` is "open", "save" or "folder"."""
    return _pick(ACCEPT_LABELS[action], language)


class QtThaiTranslator(QTranslator):
    """Answers Qt's own strings from ``QT_THAI`` while the UI's language is Thai; nothing
    otherwise (``None``: the next translator, or Qt's English, answers)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if ui_language() != "th":
            return None
        return QT_THAI.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


__all__ = [
    "QT_THAI",
    "QtThaiTranslator",
    "accept_label",
    "file_dialog_label",
    "standard_button_text",
    "ui_language",
]
