"""Acknowledgement codes: the alphabet, the check character, reading typed, scanned and
Kedmanee-typed input, and finding codes in free text."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.ack_codes import (
    ALPHABET,
    CODE_LENGTH,
    PAYLOAD_LENGTH,
    check_character,
    find_codes,
    format_code,
    is_valid_code,
    new_code,
    normalise_code,
)

LOOK_ALIKES = "0OQD1ILJ2Z5SB8UV"

# The Thai Kedmanee layout (TIS 820-2538), typed out independently of the module from X11's
# symbols/th: the characters each US key gives, unshifted and shifted, row by row.
US_UNSHIFTED = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
US_SHIFTED = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
TH_UNSHIFTED = "_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ"
TH_SHIFTED = '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ'

EN_DASH = "\u2013"
THAI_WORDS = "กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะาิีึืุูเแโใไ่้๊๋็์ั ๆฯ"

codes = st.randoms(use_true_random=False).map(new_code)


def typed_on_kedmanee(text: str) -> str:
    """What a keyboard (or a scanner) set to Thai types for ``text``'s keys: letters in upper
    case with Shift, the rest without."""
    out = []
    for ch in text:
        if ch in US_SHIFTED:
            out.append(TH_SHIFTED[US_SHIFTED.index(ch)])
        else:
            out.append(TH_UNSHIFTED[US_UNSHIFTED.index(ch)])
    return "".join(out)


def grouped(text: str) -> str:
    """``text`` grouped 3-3-3 like a printed code, whether or not it is one."""
    return f"{text[:3]}-{text[3:6]}-{text[6:]}"


def random_codes(n: int, seed: int = 20260306) -> list[str]:
    rng = random.Random(seed)
    return [new_code(rng) for _ in range(n)]


def with_check(payload: str) -> str:
    return payload + check_character(payload)


# -- the alphabet ---------------------------------------------------------------------------
def test_the_alphabet_is_a_prime_number_of_distinct_unambiguous_characters():
    assert len(ALPHABET) == 19
    assert len(set(ALPHABET)) == 19
    assert all(19 % d for d in range(2, 19))
    assert not set(ALPHABET) & set(LOOK_ALIKES + "G")
    assert not any(ch.islower() for ch in ALPHABET)
    assert all(ch.isascii() and ch.isalnum() for ch in ALPHABET)
    assert (len(TH_UNSHIFTED), len(TH_SHIFTED), len(US_SHIFTED)) == (47, 47, 47)


def test_generated_codes_use_only_the_alphabet_and_all_of_it():
    seen: set[str] = set()
    for code in random_codes(5000):
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(ALPHABET)
        assert not set(code) & set(LOOK_ALIKES)
        assert is_valid_code(code)
        seen.update(code[:PAYLOAD_LENGTH])
    assert seen == set(ALPHABET)


def test_without_a_generator_codes_come_from_secrets():
    first, second = new_code(), new_code()
    assert is_valid_code(first) and is_valid_code(second)
    assert first != second  # 1 chance in 19**8 of failing


def test_a_seeded_generator_repeats_its_codes():
    assert random_codes(3, seed=7) == random_codes(3, seed=7)


# -- the check character --------------------------------------------------------------------
def test_the_check_character_is_the_weighted_sum_rule():
    # 9*v0 + 8*v1 + ... + 1*v8 == 0 (mod 19), values being positions in ALPHABET
    for code in random_codes(200):
        values = [ALPHABET.index(ch) for ch in code]
        assert sum((9 - i) * v for i, v in enumerate(values)) % 19 == 0
    assert check_character("33333333") == "3"  # all values 0
    assert check_character("43333333") == ALPHABET[-9 % 19]  # v0 = 1 -> 9 + v8 == 0


@pytest.mark.parametrize("bad", ["", "3333333", "333333333", "3333333O", "aaaaaaaa"])
def test_the_check_character_wants_eight_alphabet_characters(bad):
    with pytest.raises(ValueError):
        check_character(bad)


def test_every_single_substitution_is_detected_in_200_random_codes():
    for code in random_codes(200):
        for i in range(CODE_LENGTH):
            for ch in ALPHABET:
                if ch != code[i]:
                    wrong = code[:i] + ch + code[i + 1 :]
                    assert not is_valid_code(wrong), (code, wrong)
                    assert normalise_code(wrong) is None
                    assert find_codes(f"รหัส {wrong} ค่ะ") == []


def test_every_adjacent_transposition_is_detected_in_200_random_codes():
    for code in random_codes(200):
        for i in range(CODE_LENGTH - 1):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert not is_valid_code(swapped), (code, swapped)
                assert normalise_code(swapped.lower()) is None


def _valid_code_with(position: int, a: str, b: str, base: str) -> str:
    """A valid code with ``a`` at ``position`` and ``b`` after it (``b`` may be the check
    character: then the first payload character is chosen to make it so)."""
    payload = list(base[:PAYLOAD_LENGTH])
    payload[position] = a
    if position + 1 < PAYLOAD_LENGTH:
        payload[position + 1] = b
        return with_check("".join(payload))
    for first in ALPHABET:
        payload[0] = first
        code = with_check("".join(payload))
        if code[position] == a and code[position + 1] == b:
            return code
    raise AssertionError("the weight 9 is invertible mod 19: a first character always fits")


def test_every_transposition_and_substitution_at_every_position_is_detected():
    """Exhaustive over the error, not over codes: the change an error makes to the checked
    sum depends only on the characters it touches, so every (position, a, b) proves it for
    all codes."""
    base = random_codes(1, seed=1)[0]
    for i in range(CODE_LENGTH - 1):
        for a in ALPHABET:
            for b in ALPHABET:
                if a == b:
                    continue
                code = _valid_code_with(i, a, b, base)
                assert is_valid_code(code)
                assert not is_valid_code(code[:i] + b + a + code[i + 2 :])
                assert not is_valid_code(code[:i] + b + code[i + 1 :])  # substitution at i
                assert not is_valid_code(code[: i + 1] + a + code[i + 2 :])  # and at i+1


def test_any_two_swapped_characters_and_doubled_pairs_are_detected_too():
    for code in random_codes(50):
        for i in range(CODE_LENGTH):
            for j in range(i + 1, CODE_LENGTH):
                if code[i] != code[j]:
                    chars = list(code)
                    chars[i], chars[j] = chars[j], chars[i]
                    assert not is_valid_code("".join(chars))
            if i + 1 < CODE_LENGTH and code[i] == code[i + 1]:
                for ch in ALPHABET.replace(code[i], ""):
                    assert not is_valid_code(code[:i] + ch + ch + code[i + 2 :])


# -- printing and reading -------------------------------------------------------------------
def test_format_groups_three_three_three():
    code = with_check("ACE739KM")
    assert format_code(code) == f"ACE-739-KM{code[-1]}"
    assert format_code(format_code(code).lower()) == format_code(code)


@pytest.mark.parametrize("bad", ["", "ACE", "OOO-OOO-OOO"])
def test_format_refuses_what_is_not_a_code(bad):
    with pytest.raises(ValueError):
        format_code(bad)


def test_what_people_and_scanners_send_is_read():
    code = random_codes(1, seed=3)[0]
    printed = format_code(code)
    grouped = f"{code[:3]} {code[3:6]} {code[6:]}"
    for sent in [
        code,
        printed,
        code.lower(),
        printed.lower(),
        f"  {printed}  ",
        f"{code}\r\n",
        f"{code}\n",
        f"{code}\r",
        f"{code}\t",
        grouped,
        f"{code[:4]}-{code[4:]}",
        f"{code[:3]}_{code[3:6]}.{code[6:]}",
        f"{code[:3]} - {code[3:6]} - {code[6:]}",
        printed.replace("-", "\u2013"),  # an en dash from a word processor
        f"\u200b{code}\ufeff",
        "".join(chr(ord(ch) + 0xFEE0) for ch in code),  # full-width
    ]:
        assert normalise_code(sent) == code, repr(sent)


def test_thai_digits_read_as_digits():
    code = next(c for c in random_codes(200) if any(ch.isdigit() for ch in c))
    thai = code.translate(str.maketrans("34679", "๓๔๖๗๙"))
    assert thai != code
    assert normalise_code(thai) == code


@pytest.mark.parametrize(
    "sent",
    [
        "",
        "   ",
        "\r\n",
        "ACE739KM",  # too short
        "ACE739KMNN",  # too long
        "ACE739KM0",  # 0 is not in the alphabet
        "ACE 739 KMN 4",
        "ACE739KMN" * 10,
        "ACE/739/KMN",
        "ACE:739:KMN",
    ],
)
def test_what_is_not_a_code_is_none(sent):
    assert normalise_code(sent) is None


def test_a_non_string_is_none():
    assert normalise_code(None) is None  # type: ignore[arg-type]
    assert normalise_code(123456789) is None  # type: ignore[arg-type]


def test_a_code_typed_on_a_thai_keyboard_is_read():
    # the example the module's docstring gives, typed with Shift for the letters
    code = with_check("ACE739KM")
    typed = typed_on_kedmanee(code)
    assert typed.startswith("ฤฉฎึ-ต")
    assert normalise_code(typed) == code


def test_a_scanner_typing_on_a_thai_keyboard_is_read():
    for code in random_codes(300):
        assert normalise_code(typed_on_kedmanee(code) + "\r\n") == code
        assert normalise_code(typed_on_kedmanee(code.lower())) == code  # Caps Lock
        assert normalise_code(typed_on_kedmanee(format_code(code))) == code  # "-" key: ข


def test_a_hyphen_is_a_three_only_in_thai_keyboard_input():
    """On Kedmanee the 3 key types "-": read so only when nothing else was typed on a Latin
    layout, so a person's "ACE-739KM" (a character left out) is not taken for "ACE3739KM"."""
    assert normalise_code("-" * 9) == "3" * 9
    code = next(c for c in random_codes(500) if "3" in c[1:-1] and c.count("3") == 1)
    dropped = code.replace("3", "-")
    assert normalise_code(dropped) is None
    assert normalise_code(typed_on_kedmanee(code)) == code
    assert "-" in typed_on_kedmanee(code)


def test_kedmanee_input_with_one_wrong_key_is_refused():
    code = random_codes(1, seed=11)[0]
    wrong = code[:4] + ALPHABET[(ALPHABET.index(code[4]) + 1) % 19] + code[5:]
    assert normalise_code(typed_on_kedmanee(wrong)) is None
    assert normalise_code(typed_on_kedmanee(code)[:-1]) is None
    assert normalise_code("สวัสดีครับ") is None


# -- finding codes in free text -------------------------------------------------------------
def test_codes_are_found_in_thai_text_in_order_without_repeats():
    first, second = random_codes(2, seed=5)
    subject = f"ตอบรับหนังสือ รหัส{format_code(first)}ค่ะ"
    body = (
        f"เรียน นายอำเภอ\nได้รับหนังสือแล้ว ({second.lower()}) และ {first}\n"
        f"ไฟล์แนบ {first[:3]}_{first[3:6]}_{first[6:]}.pdf"
    )
    assert find_codes(subject) == [first]
    assert find_codes(body) == [second, first]
    assert find_codes(subject + "\n" + body) == [first, second]


def test_separators_and_file_names_are_tolerated():
    code = random_codes(1, seed=9)[0]
    for text in [
        f"{code}.pdf",
        f"scan_{code}_reply.pdf",
        f"{code[:3]} {code[3:6]} {code[6:]}",
        f"{code[:4]}-{code[4:]}",
        f"https://mail.example/{code}?x=1",
        f"รหัส:{format_code(code)}",
        f"({format_code(code).lower()})",
        f"รหัส {format_code(code).replace('-', EN_DASH)} ค่ะ",
        f"รหัส {code.translate(str.maketrans('34679', '๓๔๖๗๙'))}",
    ]:
        assert find_codes(text) == [code], text


def test_codes_inside_longer_words_are_not_found():
    code = random_codes(1, seed=9)[0]
    for text in [
        f"X{code}",
        f"{code}7",
        f"G{code}",
        f"0{format_code(code)}",
        f"{format_code(code)}A",
        f"é{code}",
        f"{code[:3]}--{code[3:6]}--{code[6:]}",  # two separators: not one code
        f"{code[:3]}\n\n{code[3:]}",
    ]:
        assert find_codes(text) == [], text


def test_near_misses_are_ignored():
    for code in random_codes(50, seed=13):
        for i in range(CODE_LENGTH):
            ch = ALPHABET[(ALPHABET.index(code[i]) + 7) % 19]
            wrong = code[:i] + ch + code[i + 1 :]
            assert find_codes(f"ได้รับแล้ว รหัส {grouped(wrong)} ขอบคุณค่ะ") == []
        assert find_codes(f"รหัส {code[:-1]} ค่ะ") == []


def test_a_code_next_to_other_groups_is_still_found():
    code = random_codes(1, seed=17)[0]
    assert find_codes(f"4-{format_code(code)}") == [code]
    assert find_codes(f"{format_code(code)}-2569") == [code]
    assert find_codes(f"ที่ มท 0810.2/ว 1089 รหัส {format_code(code)}") == [code]


def test_text_without_codes_finds_none():
    assert find_codes("") == []
    assert find_codes("ได้รับหนังสือเรียบร้อยแล้ว ขอบคุณครับ") == []
    assert find_codes("ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙ ลงวันที่ ๖ มีนาคม ๒๕๖๙") == []


# -- properties -----------------------------------------------------------------------------
@given(codes)
def test_every_code_round_trips(code):
    assert is_valid_code(code)
    assert normalise_code(code) == code
    assert normalise_code(format_code(code)) == code
    assert normalise_code(format_code(code).lower() + "\r\n") == code
    assert normalise_code(typed_on_kedmanee(code)) == code
    assert format_code(code).replace("-", "") == code


@given(codes, st.text(THAI_WORDS, max_size=30), st.text(THAI_WORDS, max_size=30))
def test_a_code_in_thai_text_is_found(code, before, after):
    assert find_codes(before + format_code(code) + after) == [code]
    assert find_codes(before + code.lower() + after) == [code]


@given(codes, st.integers(0, CODE_LENGTH - 1), st.integers(1, 18))
def test_one_wrong_character_is_never_accepted(code, position, shift):
    ch = ALPHABET[(ALPHABET.index(code[position]) + shift) % 19]
    wrong = code[:position] + ch + code[position + 1 :]
    assert normalise_code(wrong) is None
    assert normalise_code(typed_on_kedmanee(wrong)) is None
    assert find_codes(f"รหัส {grouped(wrong)}") == []


@given(st.text(max_size=40))
def test_reading_any_text_never_raises_and_gives_a_canonical_code_or_none(text):
    code = normalise_code(text)
    assert code is None or is_valid_code(code)
    assert all(is_valid_code(found) for found in find_codes(text))
