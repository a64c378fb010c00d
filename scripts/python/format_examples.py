"""Formats the examples with ruff and keeps every page's highlighted lines on the same code.

Pages mark lines by number (`path.py#region {3,5-6}`), counted within what they show, so a
formatter that splits or joins lines would move the marks onto other code. This records the text
of each marked line, runs `ruff check --fix` and `ruff format`, aligns each file's old and new
lines (whitespace and quote style ignored), and rewrites the numbers in the MDX pages.

Usage, with the current environment's Python (`npm run format` runs it):
    python scripts/python/format_examples.py
"""

import difflib
import io
import re
import subprocess
import sys
import textwrap
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PAGES = ROOT / "src" / "content" / "docs"
RUFF = Path(sys.executable).with_name("ruff")
WIDTH = 88  # examples/ruff.toml's line-length
KEEP_IN_PLACE = re.compile(r"#\s*(noqa|type:|pragma|region|endregion|fmt:)")

# The same grammar as src/lib/example-ref.ts and the region markers of src/lib/example-source.ts.
ATTRIBUTE = re.compile(r'\b(django|drf|fastapi|path)="([^"]+)"')
REF = re.compile(
    r"^(?P<path>[\w./-]+?)(?:#(?P<region>[\w-]+))?(?:\s+\{(?P<ranges>[\d\s,-]+)\})?$"
)
REGION_MARKER = re.compile(r"^\s*(?:#|//|<!--|\{#)\s*(region|endregion)\s+([\w-]+)")


@dataclass
class MarkedRef:
    page: Path
    spec: str
    path: str
    region: str | None
    lines: list[int]  # displayed line numbers, 1-based


def parse_ranges(ranges: str) -> list[int]:
    numbers = []
    for part in filter(None, (p.strip() for p in ranges.split(","))):
        first, _, last = part.partition("-")
        numbers.extend(range(int(first), int(last or first) + 1))
    return numbers


def format_ranges(numbers: list[int]) -> str:
    parts, numbers = [], sorted(set(numbers))
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return ",".join(parts)


def marked_refs() -> list[MarkedRef]:
    refs = []
    for page in sorted(PAGES.rglob("*.mdx")):
        for _, spec in ATTRIBUTE.findall(page.read_text(encoding="utf-8")):
            match = REF.match(spec.strip())
            if match and match["ranges"] and match["path"].endswith(".py"):
                lines = parse_ranges(match["ranges"])
                refs.append(
                    MarkedRef(page, spec, match["path"], match["region"], lines)
                )
    return refs


def shown_lines(lines: list[str], region: str | None) -> list[int]:
    """Indexes into `lines` of what a page shows, in order (as example-source.ts selects them)."""
    indexes = list(range(len(lines)))
    if region:
        kinds = [REGION_MARKER.match(line) for line in lines]
        start = next(
            i for i, m in enumerate(kinds) if m and m.groups() == ("region", region)
        )
        end = next(
            i for i, m in enumerate(kinds) if m and m.groups() == ("endregion", region)
        )
        indexes = list(range(start + 1, end))
    indexes = [i for i in indexes if not REGION_MARKER.match(lines[i])]
    while indexes and not lines[indexes[0]].strip():
        indexes.pop(0)
    while indexes and not lines[indexes[-1]].strip():
        indexes.pop()
    return indexes


def normalised(line: str) -> str:
    """A line's code with what the formatter changes removed: spaces, quote style, magic commas."""
    return re.sub(r",([)\]}]|$)", r"\1", re.sub(r"\s+", "", line).replace("'", '"'))


def code_of(line: str) -> str:
    """The line without its comment (a `#` outside quotes); a comment-only line keeps its text."""
    quote = None
    for index, character in enumerate(line):
        if quote:
            quote = None if character == quote else quote
        elif character in "\"'":
            quote = character
        elif character == "#":
            return line[:index] if line[:index].strip() else line
    return line


def comparable(code: str) -> str:
    """For checking a mark: also without the parentheses and comment marks the formatter adds."""
    return re.sub(r"[()#]", "", code)


def line_mapping(old: list[str], new: list[str]) -> dict[int, set[int]]:
    """Each old line index -> the new line indexes that hold its code."""
    mapping: dict[int, set[int]] = {}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                mapping[i1 + offset] = {j1 + offset}
        elif tag == "replace":
            mapping.update(align_block(old[i1:i2], new[j1:j2], i1, j1))
    return mapping


def with_comments_above(mapping: dict[int, set[int]], new: list[str]) -> None:
    """A comment that formatting moved above its line stays marked with that line."""
    mapped = set().union(*mapping.values()) if mapping else set()
    for targets in mapping.values():
        for target in list(targets):
            above = target - 1
            while (
                above >= 0
                and above not in mapped
                and new[above].strip().startswith("#")
            ):
                targets.add(above)
                above -= 1


def align_block(
    old: list[str], new: list[str], i0: int, j0: int
) -> dict[int, set[int]]:
    """Aligns a reformatted block character by character, whitespace and quotes ignored."""

    def characters(lines: list[str], first: int) -> tuple[str, list[int]]:
        text, owners = "", []
        for index, line in enumerate(lines):
            piece = normalised(code_of(line))
            text += piece
            owners += [first + index] * len(piece)
        return text, owners

    old_text, old_owner = characters(old, i0)
    new_text, new_owner = characters(new, j0)
    mapping: dict[int, set[int]] = {}
    matcher = difflib.SequenceMatcher(None, old_text, new_text, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping.setdefault(old_owner[block.a + k], set()).add(
                new_owner[block.b + k]
            )
    return mapping


def comments_on_their_own_lines(path: Path) -> None:
    """Moves a trailing comment that makes its line too long above the line, and wraps long
    comment lines: the formatter would otherwise wrap the code in parentheses to make room."""
    source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    try:
        comments = [
            token
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT
        ]
    except (tokenize.TokenError, SyntaxError):
        return
    for token in reversed(comments):
        row, column = token.start[0] - 1, token.start[1]
        line = lines[row]
        if len(line) <= WIDTH or KEEP_IN_PLACE.match(token.string):
            continue
        code = line[:column].rstrip()
        indent = re.match(r"\s*", line)[0]
        text = token.string.lstrip("#").strip()
        wrapped = textwrap.wrap(
            text, WIDTH - len(indent) - 2, break_long_words=False
        ) or [""]
        comment_lines = [f"{indent}# {part}" for part in wrapped]
        lines[row : row + 1] = comment_lines + ([code] if code else [])
    path.write_text("\n".join(lines), encoding="utf-8")


SENTENCE_END = (".", ":", ";", "!", "?", ")")
LIST_ITEM = re.compile(r"^(-|\*|\d+[.)])\s")


def reflow_orphans(path: Path) -> None:
    """Wrapping one long comment line at a time leaves a word or two on a line of its own
    ("# than"); this rewraps the sentence around such a line as one paragraph."""
    lines = path.read_text(encoding="utf-8").split("\n")

    def comment(index: int) -> tuple[str, str] | None:
        match = (
            re.match(r"^(\s*)# (\S.*)$", lines[index])
            if 0 <= index < len(lines)
            else None
        )
        if not match or KEEP_IN_PLACE.match(lines[index].strip()):
            return None
        return match[1], match[2]

    index = 1
    while index < len(lines):
        here, before = comment(index), comment(index - 1)
        orphan = (
            here
            and before
            and here[0] == before[0]
            and len(here[1].split()) <= 2
            and not before[1].rstrip().endswith(SENTENCE_END)
            and not LIST_ITEM.match(here[1])
        )
        if not orphan:
            index += 1
            continue
        indent = here[0]
        first = index - 1
        while (previous := comment(first - 1)) and previous[0] == indent:
            if previous[1].rstrip().endswith(SENTENCE_END) or LIST_ITEM.match(
                comment(first)[1]
            ):
                break
            first -= 1
        last = index
        while (following := comment(last + 1)) and following[0] == indent:
            if comment(last)[1].rstrip().endswith(SENTENCE_END) or LIST_ITEM.match(
                following[1]
            ):
                break
            last += 1
        text = " ".join(comment(k)[1].strip() for k in range(first, last + 1))
        wrapped = textwrap.wrap(text, WIDTH - len(indent) - 2, break_long_words=False)
        lines[first : last + 1] = [f"{indent}# {part}" for part in wrapped]
        index = first + len(wrapped)
    path.write_text("\n".join(lines), encoding="utf-8")


def run_ruff() -> None:
    for path in sorted(EXAMPLES.rglob("*.py")):
        comments_on_their_own_lines(path)
        reflow_orphans(path)
    # Lint fixes first (imports sorted, old syntax upgraded); what is left is for `ruff check`.
    subprocess.run(
        [RUFF, "check", "--fix", "--quiet", "."], cwd=EXAMPLES, capture_output=True
    )
    subprocess.run([RUFF, "format", "--quiet", "."], cwd=EXAMPLES, check=True)


def main() -> int:
    refs = marked_refs()
    before = {
        ref.path: (EXAMPLES / ref.path).read_text(encoding="utf-8").split("\n")
        for ref in refs
    }
    run_ruff()
    replacements: dict[Path, dict[str, str]] = {}
    for ref in refs:
        old = before[ref.path]
        new = (EXAMPLES / ref.path).read_text(encoding="utf-8").split("\n")
        old_shown, new_shown = (
            shown_lines(old, ref.region),
            shown_lines(new, ref.region),
        )
        mapping = line_mapping(old, new)
        with_comments_above(mapping, new)
        new_numbers = []
        for number in ref.lines:
            targets = sorted(
                t for t in mapping.get(old_shown[number - 1], set()) if t in new_shown
            )
            old_code = comparable(normalised(code_of(old[old_shown[number - 1]])))
            new_code = comparable(normalised("".join(code_of(new[t]) for t in targets)))
            if old_code not in new_code and new_code not in old_code:
                where = f"{ref.page.relative_to(ROOT)}: {ref.spec}: line {number}"
                print(
                    f"{where}: {old_code!r} -> {new_code!r}, check it by hand",
                    file=sys.stderr,
                )
            new_numbers += [new_shown.index(t) + 1 for t in targets]
        if not new_numbers:
            print(
                f"{ref.page.relative_to(ROOT)}: {ref.spec}: marked lines vanished",
                file=sys.stderr,
            )
            continue
        ranges = format_ranges(new_numbers)
        new_spec = re.sub(r"\{[\d\s,-]+\}", "{" + ranges + "}", ref.spec)
        if new_spec != ref.spec:
            replacements.setdefault(ref.page, {})[ref.spec] = new_spec
    for page, renumbered in replacements.items():
        # One pass, so that a new spec equal to another's old one is not replaced again.
        text = ATTRIBUTE.sub(
            lambda m, specs=renumbered: f'{m[1]}="{specs.get(m[2], m[2])}"',
            page.read_text(encoding="utf-8"),
        )
        page.write_text(text, encoding="utf-8")
        print(f"{page.relative_to(ROOT)}: {len(renumbered)} highlight(s) renumbered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
