"""Realistic incoming documents for a provincial DLA office (Mae Hong Son), generated
deterministically from a seed.

Where the words come from:
* subjects: a hand-written list of the topics such an office receives every year, phrases
  cut from the real circular in ../shared/samples/received-circular.txt, and the names of
  districts and local authorities from resources/data/*.csv;
* senders: the department, the province and its agencies, the province's 7 districts and
  50 local authorities (typed in full or abbreviated, as clerks do), other provinces' DLA
  offices and local authorities, ministries;
* document numbers: the sender's letter code in Thai or Arabic digits, with or without the
  spaces ("มท ๐๘๑๐.๒/ว ๑๐๘๙", "มท0810.2/ว1089"), as they arrive.

A small share of the text is typed the non-canonical ways the app must normalise ("เเ" for
"แ", NIKHAHIT + SARA AA for SARA AM, doubled spaces).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.thai_text import to_thai_digits

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "resources" / "data"
SAMPLE_CANDIDATES = (
    REPO.parent / "shared" / "samples" / "received-circular.txt",
    Path("/work/shared/samples/received-circular.txt"),
)
PROVINCE_CODE = "58"  # แม่ฮ่องสอน
PROVINCE = "แม่ฮ่องสอน"
ABBREV = "มส"

WORK_GROUPS = (
    ("ฝ่ายบริหารงานทั่วไป", "มส 0023.1"),
    ("กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์", "มส 0023.2"),
    ("กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "มส 0023.3"),
    ("กลุ่มงานการเงิน บัญชี และการตรวจสอบ", "มส 0023.4"),
    ("กลุ่มงานมาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น", "มส 0023.5"),
    ("กลุ่มงานประสานและส่งเสริมการจัดการศึกษาท้องถิ่น", "มส 0023.6"),
)

TOPICS = (
    "การจัดสรรเงินอุดหนุนทั่วไป",
    "การเบิกจ่ายงบประมาณรายจ่ายประจำปี",
    "โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน",
    "การป้องกันและควบคุมโรคไข้เลือดออก",
    "มาตรการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์",
    "การจ่ายเบี้ยยังชีพผู้สูงอายุ",
    "การจ่ายเบี้ยความพิการ",
    "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
    "การเลือกตั้งสมาชิกสภาท้องถิ่นและผู้บริหารท้องถิ่น",
    "การประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA)",
    "การจัดทำแผนพัฒนาท้องถิ่น",
    "การสรรหาและเลือกสรรพนักงานจ้าง",
    "อาหารเสริม (นม) โรงเรียน",
    "อาหารกลางวันสำหรับศูนย์พัฒนาเด็กเล็ก",
    "การบริหารจัดการขยะมูลฝอยชุมชน",
    "การช่วยเหลือประชาชนตามอำนาจหน้าที่ กรณีเกิดสาธารณภัย",
    "การเตรียมความพร้อมรับมืออุทกภัย",
    "การให้ความช่วยเหลือผู้ประสบภัยแล้ง",
    "การตรวจสอบบัญชีและงบการเงินประจำปี",
    "ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่ายเงิน การฝากเงิน",
    "การจัดซื้อจัดจ้างผ่านระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)",
    "ระบบบัญชีคอมพิวเตอร์ขององค์กรปกครองส่วนท้องถิ่น (e-LAAS)",
    "การโอน (ย้าย) พนักงานส่วนท้องถิ่น",
    "การประเมินผลการปฏิบัติงานของพนักงานส่วนตำบล",
    "หลักสูตรนักบริหารงานท้องถิ่น",
    "การจัดงานวันท้องถิ่นไทย",
    "รางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี",
    "โครงการธนาคารน้ำใต้ดิน",
    "โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า",
    "การสำรวจข้อมูลจำนวนสัตว์และขึ้นทะเบียนสัตว์",
    "ศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
    "การป้องกันและแก้ไขปัญหายาเสพติด",
    "การส่งเสริมการท่องเที่ยวโดยชุมชน",
    "งานประเพณีปอยส่างลอง",
    "งานเทศกาลดอกบัวตองบานที่ดอยแม่อูคอ",
    "การรายงานผลการดำเนินงานประจำเดือน",
    "การติดตามเร่งรัดการเบิกจ่ายงบประมาณ",
    "การก่อสร้างถนนคอนกรีตเสริมเหล็ก",
    "การขุดลอกแหล่งน้ำสาธารณะ",
    "การพัฒนาระบบประปาหมู่บ้าน",
    "การติดตั้งไฟฟ้าส่องสว่างสาธารณะ",
    "สิทธิประโยชน์และสวัสดิการของพนักงานจ้าง",
    "การลาศึกษาต่อของพนักงานส่วนท้องถิ่น",
    "กองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น (ก.บ.ท.)",
    "กองทุนหลักประกันสุขภาพในระดับท้องถิ่นหรือพื้นที่",
    "การป้องกันการทุจริตและประพฤติมิชอบ",
    "การประเมินคุณธรรมและความโปร่งใส (ITA)",
    "การคัดเลือกเด็กและเยาวชนดีเด่นแห่งชาติ",
    "การจัดการศึกษาขั้นพื้นฐาน",
    "การพัฒนาครูผู้ดูแลเด็กศูนย์พัฒนาเด็กเล็ก",
    "การซ้อมแผนป้องกันและระงับอัคคีภัย",
    "การรับเรื่องร้องเรียนร้องทุกข์",
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "เงินกู้กองทุนส่งเสริมกิจการเทศบาล",
    "การจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน",
    "การควบคุมอาคารตามพระราชบัญญัติควบคุมอาคาร",
    "มาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น",
    "การเฝ้าระวังโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)",
    "สถานการณ์ฝุ่นละอองขนาดเล็ก PM2.5",
    "การแข่งขันกีฬาท้องถิ่นสัมพันธ์",
    "การจัดงานวันเด็กแห่งชาติ",
    "วันผู้สูงอายุแห่งชาติ",
    "การลดและคัดแยกขยะมูลฝอยต้นทาง",
    "โครงการถนนปลอดขยะ",
    "การรับนักศึกษาฝึกประสบการณ์วิชาชีพ",
    "การจัดทำบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง",
    "การปฏิบัติงานช่วงวันหยุดราชการต่อเนื่อง",
    "การแต่งกายเครื่องแบบปกติขาว",
    "การไว้ทุกข์ถวายพระบรมศพ",
    "การจัดกิจกรรมเฉลิมพระเกียรติ",
    "การประดับธงชาติและธงตราสัญลักษณ์",
    "ศูนย์ดำรงธรรมอำเภอ",
    "การรายงานข้อมูลในระบบสารสนเทศการศึกษาท้องถิ่น",
    "การจัดสรรเงินอุดหนุนเฉพาะกิจ",
    "การใช้จ่ายเงินสะสม",
    "การตรวจติดตามการบริหารจัดการน้ำเสีย",
    "มาตรการประหยัดพลังงานในหน่วยงานภาครัฐ",
    "การป้องกันโรคลัมปีสกินในโคกระบือ",
    "การป้องกันและควบคุมไฟป่าในพื้นที่ป่าอนุรักษ์",
    "แนวทางปฏิบัติตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล",
    "การพัฒนาระบบสารบรรณอิเล็กทรอนิกส์",
)

ACTIONS = (
    "ขอเชิญประชุม",
    "ขอเชิญเข้าร่วม",
    "ขอความร่วมมือ",
    "แจ้ง",
    "ขอส่ง",
    "ขอให้ตรวจสอบ",
    "ขอรายงาน",
    "การดำเนินการ",
    "ซักซ้อมแนวทางปฏิบัติ",
    "ประชาสัมพันธ์",
    "ขออนุมัติ",
    "ขอความอนุเคราะห์",
    "ส่งสำเนา",
    "แจ้งผลการพิจารณา",
    "ขอเชิญส่งผลงานเข้าร่วมประกวด",
    "ขอข้อมูลประกอบการพิจารณา",
    "การติดตามผล",
    "แนวทางการดำเนินงาน",
    "ขอเชิญฝึกอบรม",
    "ขอประชาสัมพันธ์",
    "ขอความร่วมมือตอบแบบสำรวจ",
    "ขอนำส่ง",
    "การเร่งรัด",
    "ขอแก้ไข",
)

TO_TEXTS = (
    ("ท้องถิ่นจังหวัดแม่ฮ่องสอน", 50),
    ("ผู้ว่าราชการจังหวัดแม่ฮ่องสอน", 20),
    ("ผู้ว่าราชการจังหวัด ทุกจังหวัด", 12),
    ("", 10),
    ("หัวหน้าส่วนราชการ ทุกส่วนราชการ", 4),
    ("นายอำเภอ ทุกอำเภอ", 4),
)

REMARKS = (
    ("", 70),
    ("รับทางระบบสารบรรณอิเล็กทรอนิกส์", 8),
    ("ส่งทางไปรษณีย์อิเล็กทรอนิกส์", 6),
    ("ต้นฉบับตามมาทางไปรษณีย์", 4),
    ("ได้รับทางโทรสาร", 2),
    ("ด่วน ตอบภายใน {n} วัน", 3),
    ("เรื่องเดิมเลขรับ {r}/{y}", 4),
    ("แนบแผ่นซีดี {n} แผ่น", 1),
    ("รับด้วยมือ", 2),
)

ACTIONS_TAKEN = (
    ("", 55),
    ("มอบ{group}", 20),
    ("แจ้งเวียนอำเภอ ทุกอำเภอ และ อปท. ทุกแห่ง", 8),
    ("เสนอท้องถิ่นจังหวัดเพื่อโปรดทราบ", 8),
    ("เก็บเข้าแฟ้ม", 5),
    ("ตอบกลับแล้ว", 4),
)

# Senders beyond the province's own directory: (name, letter code, weight).
AGENCIES = (
    ("สำนักงานสาธารณสุขจังหวัดแม่ฮ่องสอน", "มส 0033", 3),
    ("สำนักงานคลังจังหวัดแม่ฮ่องสอน", "มส 0010", 2),
    ("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดแม่ฮ่องสอน", "มส 0026", 3),
    ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแม่ฮ่องสอน", "มส 0028", 1),
    ("ที่ทำการปกครองจังหวัดแม่ฮ่องสอน", "มส 0016", 2),
    ("สำนักงานจังหวัดแม่ฮ่องสอน", "มส 0017", 3),
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาแม่ฮ่องสอน เขต 1", "ศธ 04146", 1),
    ("สำนักงานตรวจเงินแผ่นดินจังหวัดแม่ฮ่องสอน", "ตผ 0045", 1),
    ("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดแม่ฮ่องสอน", "มส 0016.3", 1),
    ("สำนักงานการท่องเที่ยวและกีฬาจังหวัดแม่ฮ่องสอน", "มส 0022", 1),
    ("ปศุสัตว์จังหวัดแม่ฮ่องสอน", "มส 0009", 1),
    ("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดแม่ฮ่องสอน", "ลต 0058", 1),
    ("กระทรวงมหาดไทย", "มท 0200", 2),
    ("กรมบัญชีกลาง", "กค 0405.2", 1),
    ("สำนักงานคณะกรรมการการเลือกตั้ง", "ลต 0007", 1),
    ("สำนักงานปลัดกระทรวงมหาดไทย", "มท 0211.3", 1),
    ("กรมป้องกันและบรรเทาสาธารณภัย", "มท 0624", 1),
    ("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "ปช 0007", 1),
)
DLA_UNITS = (
    "0808.2",
    "0808.3",
    "0809.1",
    "0810.2",
    "0810.3",
    "0810.5",
    "0816.2",
    "0816.3",
    "0819.2",
    "0819.3",
    "0820.2",
    "0804.3",
    "0803",
    "0801.3",
    "0807.2",
)


def _weighted(rng: random.Random, items: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([item for item, _ in items], weights=[w for _, w in items])[0]


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _sample_text() -> str:
    for path in SAMPLE_CANDIDATES:
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


# Phrases starting with a name title or a connective do not read as a subject.
_NOT_A_SUBJECT = (
    "นาย",
    "นาง",
    "และ",
    "ของ",
    "ซึ่ง",
    "โดย",
    "ที่",
    "ให้",
    "ใน",
    "กับ",
    "ทั้ง",
    "เพื่อ",
    "หรือ",
    "จาก",
    "ตาม",
    "ได้",
    "ว่า",
    "จึง",
    "อัน",
    "ยัง",
    "ก่อน",
    "มี",
    "เป็น",
    "ไม่",
    "ผ่าน",
    "ช่วย",
    "สามารถ",
)


@cache
def sample_phrases() -> tuple[str, ...]:
    """Thai phrases of 8-60 characters cut from the real circular at spaces and brackets."""
    phrases = []
    for piece in re.split(r"[\s()“”\"/]+", _sample_text()):
        chunk = piece.strip(" .,:*-")
        thai = sum(1 for c in chunk if "\u0e01" <= c <= "\u0e4c")
        if (
            8 <= len(chunk) <= 60
            and thai >= 0.8 * len(chunk)
            and not chunk[0].isdigit()
            and not chunk.startswith(_NOT_A_SUBJECT)
        ):
            phrases.append(chunk)
    return tuple(sorted(set(phrases)))


@dataclass(frozen=True)
class Sender:
    name: str  # as the clerk types it
    code: str  # letter code, Arabic digits
    circular_share: float  # how often its letters are circulars (ว)


@dataclass(frozen=True)
class RawDocument:
    """What a clerk types for one letter, before the app cleans it."""

    sender: str
    doc_no: str
    doc_date: dt.date
    subject: str
    to_text: str
    urgency: Urgency
    secrecy: Secrecy
    remarks: str
    action_taken: str
    work_group: int | None  # index into WORK_GROUPS
    received_at: dt.datetime
    attachments: int
    cancelled: bool


class Corpus:
    """Builds senders, subjects and whole documents; every choice comes from ``rng``."""

    def __init__(self) -> None:
        districts = [r for r in _read_csv("districts.csv") if r["province_code"] == PROVINCE_CODE]
        las = _read_csv("local_authorities.csv")
        provinces = _read_csv("provinces.csv")
        own_las = [r for r in las if r["province_code"] == PROVINCE_CODE]
        other_las = [r for r in las if r["province_code"] != PROVINCE_CODE]
        self.district_names = [r["name_th"] for r in districts]
        self.la_names = [r["name_th"] for r in own_las]
        self.places = self.district_names + [r["short_name_th"] for r in own_las]
        self.other_las = other_las
        self.provinces = [p for p in provinces if p["code"] != PROVINCE_CODE]
        self.phrases = sample_phrases()
        weighted: list[tuple[Sender, float]] = []
        weighted.append((Sender("กรมส่งเสริมการปกครองท้องถิ่น", "มท {dla}", 0.8), 30.0))
        weighted.append((Sender("จังหวัดแม่ฮ่องสอน", "มส 0017.3", 0.5), 6.0))
        for index, row in enumerate(districts):
            code = f"มส 07{18 + index:02d}"
            weighted.append((Sender(row["name_th_full"], code, 0.2), 12.0 / len(districts)))
        for row in own_las:
            code = f"มส 7{row['dla_code'][-4:]}"
            weight = 22.0 / len(own_las)
            weighted.append((Sender(row["name_th"], code, 0.1), weight * 0.85))
            weighted.append((Sender(_abbreviate(row["name_th"]), code, 0.1), weight * 0.15))
        for name, code, weight in AGENCIES:
            weighted.append((Sender(name, code, 0.4), weight * 20.0 / 30))
        self.senders = [sender for sender, _ in weighted]
        self.sender_weights = [weight for _, weight in weighted]
        self.other_share = 6.0  # other provinces' offices and local authorities

    # -- pieces ---------------------------------------------------------------------------
    def sender(self, rng: random.Random) -> Sender:
        total = sum(self.sender_weights)
        if rng.random() < self.other_share / (total + self.other_share):
            if rng.random() < 0.5:
                province = rng.choice(self.provinces)
                return Sender(
                    f"สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province['name_th']}",
                    f"{province['abbrev_th']} 0023.{rng.randint(1, 6)}",
                    0.6,
                )
            row = rng.choice(self.other_las)
            province = next((p for p in self.provinces if p["code"] == row["province_code"]), None)
            abbrev = province["abbrev_th"] if province else "มท"
            return Sender(row["name_th"], f"{abbrev} 7{row['dla_code'][-4:]}", 0.1)
        return rng.choices(self.senders, weights=self.sender_weights)[0]

    def doc_no(self, rng: random.Random, sender: Sender, day_of_year: int) -> str:
        code = sender.code.replace("{dla}", rng.choice(DLA_UNITS))
        running = max(1, int(day_of_year * rng.uniform(2.0, 12.0)) + rng.randint(0, 40))
        circular = "ว" if rng.random() < sender.circular_share else ""
        abbrev, _, number = code.partition(" ")
        style = rng.random()
        if style < 0.55:  # as printed: Thai digits with spaces
            text = (
                f"{abbrev} {number}/{circular} {running}"
                if circular
                else f"{abbrev} {number}/{running}"
            )
            return to_thai_digits(text)
        if style < 0.85:  # typed: Arabic digits, spaces as printed
            return f"{abbrev} {number}/{circular}{' ' if circular else ''}{running}"
        if style < 0.95:  # typed tight
            return f"{abbrev}{number}/{circular}{running}"
        return to_thai_digits(f"{abbrev}{number}/{circular}{running}")

    def subject(self, rng: random.Random, fiscal_year: int) -> str:
        roll = rng.random()
        if roll < 0.55:
            body = rng.choice(TOPICS)
        elif roll < 0.85:
            body = rng.choice(self.phrases)
        else:
            body = f"{rng.choice(TOPICS)} {rng.choice(self.phrases)}"
        parts = [rng.choice(ACTIONS) + body] if rng.random() < 0.8 else [body]
        extra = rng.random()
        if extra < 0.25:
            fiscal = fiscal_year + (1 if rng.random() < 0.15 else 0)
            year = str(fiscal) if rng.random() < 0.5 else to_thai_digits(str(fiscal))
            parts.append(f"ประจำปีงบประมาณ พ.ศ. {year}")
        elif extra < 0.45:
            if rng.random() < 0.6:
                where = rng.choice(("ในพื้นที่อำเภอ", "ของ อปท. ในเขตอำเภอ"))
                parts.append(where + rng.choice(self.district_names))
            else:
                parts.append("ตำบล" + rng.choice(self.places))
        elif extra < 0.55:
            parts.append(f"ของ{rng.choice(self.la_names)}")
        elif extra < 0.62:
            parts.append(f"(ครั้งที่ {rng.randint(1, 4)})")
        return " ".join(parts)

    def document(
        self,
        rng: random.Random,
        received_at: dt.datetime,
        be_year: int,
        *,
        cancel_rate: float = 0.003,
    ) -> RawDocument:
        sender = self.sender(rng)
        day = received_at.timetuple().tm_yday
        days_in_post = rng.choice((0, 1, 1, 2, 2, 3, 4, 5, 7, 10))
        doc_date = (received_at - dt.timedelta(days=days_in_post)).date()
        group = None if rng.random() < 0.2 else rng.randrange(len(WORK_GROUPS))
        remarks = _weighted(rng, REMARKS).format(
            n=rng.randint(1, 15), r=rng.randint(1, 9000), y=be_year - rng.randint(0, 1)
        )
        action = _weighted(rng, ACTIONS_TAKEN).format(
            group=WORK_GROUPS[group][0] if group is not None else WORK_GROUPS[0][0]
        )
        urgency = rng.choices(list(Urgency), weights=(78, 11, 7, 4))[0]
        secrecy = rng.choices(list(Secrecy), weights=(97, 2, 0.8, 0.2))[0]
        return RawDocument(
            sender=_mistype(rng, sender.name),
            doc_no=self.doc_no(rng, sender, day),
            doc_date=doc_date,
            subject=_mistype(rng, self.subject(rng, be_year + (received_at.month >= 10))),
            to_text=_weighted(rng, TO_TEXTS),
            urgency=urgency,
            secrecy=secrecy,
            remarks=remarks,
            action_taken=action,
            work_group=group,
            received_at=received_at,
            attachments=rng.choices((0, 1, 2, 3), weights=(30, 50, 15, 5))[0],
            cancelled=rng.random() < cancel_rate,
        )


def _abbreviate(name: str) -> str:
    for full, short in (
        ("องค์การบริหารส่วนตำบล", "อบต."),
        ("เทศบาลตำบล", "ทต."),
        ("เทศบาลเมือง", "ทม."),
        ("องค์การบริหารส่วนจังหวัด", "อบจ."),
    ):
        if name.startswith(full):
            return short + name[len(full) :]
    return name


def _mistype(rng: random.Random, text: str) -> str:
    """Now and then, the non-canonical typing that ``normalise`` must repair."""
    roll = rng.random()
    if roll < 0.02 and "แ" in text:
        return text.replace("แ", "เเ", 1)
    if roll < 0.03 and "ำ" in text:
        return text.replace("ำ", "\u0e4d\u0e32", 1)
    if roll < 0.05 and " " in text:
        return text.replace(" ", "  ", 1) + " "
    return text


def working_times(
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    count: int,
) -> list[dt.datetime]:
    """``count`` receive times on weekdays between ``start`` and ``end``, office hours, sorted."""
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    days = [day for day in days if day.weekday() < 5]
    times = []
    for _ in range(count):
        day = rng.choice(days)
        minute = rng.randint(8 * 60 + 30, 16 * 60 + 30)
        times.append(
            dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randint(0, 59)))
        )
    return sorted(times)
