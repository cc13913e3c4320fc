#!/usr/bin/env python3
"""Rewrites citations of the project's research notes into citations a user can follow.

The SDK was written from research notes that do not ship with it (the "seed" documents 000-004, DIALECTS.md,
SEEDANCE2.md, PLATFORM.md, ARCHITECTURE.md). Product text (doc comments, test comments and names, CLI strings,
README.md, docs/, fixture READMEs, CHANGELOG.md) must cite the provider's own documentation or
docs/dialects/<provider>.md instead. This script rewrites every such citation in place:

    seeds 000 / 001   -> Vtrix spark_dance       -> docs/dialects/sparkdance.md
    seed 002          -> JieKou / Novita / PPIO  -> docs/dialects/jiekou.md
    seed 003          -> APIXO                   -> docs/dialects/apixo.md
    seed 004          -> seedanceapi.org         -> docs/dialects/seedanceapi.md
    DIALECTS.md §1..§5 -> the provider page of that section; §0, §6, §7 -> docs/dialects/README.md
    PLATFORM.md        -> the README's "Platform notes"; ARCHITECTURE.md -> the README's "Layout";
    SEEDANCE2.md       -> docs/dialects/README.md (Seedance 2.x is tracked there)

It matches text, never file paths, so it still works after files move. It is idempotent: its output contains none
of the patterns it rewrites. Usage: python3 .ci/decite.py [--check] [repository root]
"""

import difflib
import os
import re
import sys

# seed number -> (docs page, provider named in prose, possessive used before a noun)
SEEDS = {
    "000": ("sparkdance", "Vtrix's spark_dance_v1_5_pro page", "Vtrix's documented 1.5 Pro"),
    "001": ("sparkdance", "Vtrix's spark_dance_v1_0_pro page", "Vtrix's documented 1.0 Pro"),
    "002": ("jiekou", "JieKou's Seedance 1.5 Pro page", "JieKou's documented"),
    "003": ("apixo", "APIXO's Seedance 1.5 Pro page", "APIXO's documented"),
    "004": ("seedanceapi", "seedanceapi.org's documentation", "seedanceapi.org's documented"),
}
SEED_URLS = {"000": "https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro",
             "001": "https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro",
             "002": "https://docs.jiekou.ai/en/docs/models/reference-seedance-v1.5-pro-i2v",
             "003": "https://apixo.ai/docs/models/video/seedance-1-5-pro",
             "004": "https://seedanceapi.org/docs"}
SHORT_NAMES = {"000": "Vtrix's 1.5 Pro page", "001": "Vtrix's 1.0 Pro page", "002": "JieKou", "003": "APIXO",
               "004": "seedanceapi.org"}
TAG_LABELS = {"000": "Vtrix", "001": "Vtrix", "002": "JieKou", "003": "APIXO", "004": "seedanceapi.org"}
BOTH_SPARK = ("sparkdance", "Vtrix's spark_dance pages", "Vtrix's documented")

# DIALECTS.md section -> docs page ("README" is the cross-provider index and notes).
SECTIONS = {"0": "README", "1": "sparkdance", "2": "jiekou", "3": "apixo", "4": "seedanceapi", "5": "modelark",
            "6": "README", "7": "README"}

ROOT_TARGETS = ["Sources", "Tests", "docs", "README.md", "CHANGELOG.md", "Fixtures"]

# Sentences whose generic rewrite would read badly. Matched as text (case-sensitive), applied first. Each left
# side contains a pattern the generic rules rewrite, so after one run none of them matches again.
PHRASES = [
    # Fixture README headers.
    ("Wire reference: `DIALECTS.md` §2 (beside the seeds) and `seeds/002_*.txt`. Tags: `[SEED-002]` the seed document,\n"
     "`[§2.x]` the DIALECTS.md section (which cites the providers' docs and client code), `[INFERRED]` not observed, shaped\n"
     "from the documented fields.",
     "Wire reference: {doc:jiekou}, which cites the providers' documentation and client code for every fact. Tags:\n"
     "`[JieKou]` the [JieKou Seedance 1.5 Pro page](https://docs.jiekou.ai/en/docs/models/reference-seedance-v1.5-pro-i2v),\n"
     "`[jiekou.md]` the wire format page, `[INFERRED]` not observed, shaped from the documented fields."),
    ("Wire reference: the project's `DIALECTS.md` §1 (the dialect reference the SDK was built from), seeds 000 (`spark_dance_v1_5_pro`) and\n"
     "001 (`spark_dance_v1_0_pro`).",
     "Wire reference: {doc:sparkdance}, which cites Vtrix's pages for\n"
     "[`spark_dance_v1_5_pro`](https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro) and\n"
     "[`spark_dance_v1_0_pro`](https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro)."),
    ("Wire reference: the project's `DIALECTS.md` §5 (the dialect reference the SDK was built from), which cites the",
     "Wire reference: {doc:modelark}, which cites the"),
    ("The content-array items and Seedance 1.x parameters are those of seeds 000 and 001.",
     "The content-array items and Seedance 1.x parameters are those Vtrix documents for the same models\n"
     "({doc:sparkdance})."),
    ("Sources: `DIALECTS.md` §4, the seed document", "Sources: {doc:seedanceapi}, the provider's documentation"),
    ("Sources: `DIALECTS.md` §3 (which cites apixo.ai's docs),", "Sources: {doc:apixo} (which cites apixo.ai's docs),"),
    ("(generate/status, seed 004)", "(generate/status)"),
    ("(generateTask/statusTask, seed 003)", "(generateTask/statusTask)"),
    ("(JieKou AI, Novita AI, PPIO; seed 002)", "(JieKou AI, Novita AI, PPIO)"),
    ("(beside the seeds)", ""),
    # Prose where the seed is the subject or object of a verb.
    ("two independent readings of DIALECTS.md §5 and seeds 000 / 001",
     "two independent readings of the official API's and Vtrix's documentation (docs/dialects/modelark.md)"),
    ("two independent readings of DIALECTS.md §5", "two independent readings of docs/dialects/modelark.md"),
    ("two independent readings of seeds 000 / 001", "two independent readings of docs/dialects/sparkdance.md"),
    ("two independent readings of seed 002", "two independent readings of docs/dialects/jiekou.md"),
    ("what seeds 000 / 001 forbid, with the seeds' codes", "what Vtrix's documentation forbids, with its codes"),
    ("every body seed 002 does not allow", "every body JieKou's documentation does not allow"),
    ("seed 004 wants a public URL", "seedanceapi.org wants a public URL"),
    ("Deviation: seed 004 requires a public", "Deviation: seedanceapi.org requires a public"),
    ("Seed 001 does not list", "Vtrix's 1.0 Pro page does not list"),
    ("as seed 002 and DIALECTS.md §2.2 document it", "as JieKou and Novita document it (docs/dialects/jiekou.md)"),
    ("The presets follow DIALECTS.md §2.2: seed 002 (JieKou) lists", "The presets follow docs/dialects/jiekou.md: JieKou lists"),
    ("Seed 003's generation-time tips", "APIXO's documented generation times (docs/dialects/apixo.md)"),
    ("Seed 003's timings:", "APIXO's documented timings (docs/dialects/apixo.md):"),
    ("seed 003's tips give it", "APIXO's documentation gives it"),
    ("From seed 003:", "From APIXO's documentation (docs/dialects/apixo.md):"),
    ("The model of seed 003.", "The model APIXO documents."),
    ("seed 004's price table charges", "seedanceapi.org's documented price table charges"),
    ("seed 004's price for each", "seedanceapi.org's documented price for each"),
    ("Seed 004's price table, row by row", "seedanceapi.org's documented price table, row by row"),
    ("Seed 004's prices in credits", "seedanceapi.org's documented prices in credits (docs/dialects/seedanceapi.md)"),
    ("(seed 004's success example;", "(the success example of seedanceapi.org's documentation;"),
    ("as seed 000 documents", "as Vtrix documents for 1.5 Pro"),
    ("for the seed-001 models", "for the 1.0 models"),
    ("Whether the model follows seed 000 (1.5 Pro) rather than seed 001.",
     "Whether the model follows Vtrix's 1.5 Pro page rather than its 1.0 Pro page."),
    ("not from a seed.", "not from a Vtrix page."),
    ("seed 001: prefix 003005", "the 1.0 Pro page: prefix 003005"),
    ("(seed 000: prefix 003015", "(Vtrix's 1.5 Pro page: prefix 003015"),
    ("Seed 000. The parameter list", "Vtrix's 1.5 Pro page. The parameter list"),
    ("Seed 001 (also used for the 1.0 siblings", "Vtrix's 1.0 Pro page (also used for the 1.0 siblings"),
    ("Seed 000: draft mode is 1.5 Pro only", "Vtrix's 1.5 Pro page: draft mode is 1.5 Pro only"),
    ("Seed 000's table only has rows", "Vtrix's 1.5 Pro error table only has rows"),
    ("Seed 001's table has no", "Its 1.0 Pro table has no"),
    ("(seed 000: \"", "(Vtrix's 1.5 Pro page: \""),
    ("(seed 000 \"Draft Information\")", "(\"Draft Information\" on Vtrix's 1.5 Pro page)"),
    ("(seed 000, \"Draft Information\")", "(\"Draft Information\" on Vtrix's 1.5 Pro page)"),
    ("seeds 000 / 001 \"Image requirements\"", "the \"Image requirements\" of Vtrix's spark_dance pages"),
    ("seeds 000 / 001 \"content\"", "the \"content\" parameter of Vtrix's spark_dance pages"),
    ("as seeds 000 / 001 describe them", "as Vtrix's spark_dance pages describe them"),
    ("read from seeds 000 (1.5 Pro) and 001", "read from Vtrix's pages for 1.5 Pro and 1.0 Pro"),
    ("the 003015xxx / 003005xxx tables of seeds 000 / 001", "the 003015xxx / 003005xxx tables of Vtrix's pages"),
    ("The image formats seed 003 accepts", "The image formats APIXO accepts"),
    ("The image rules of seed 002 for", "JieKou's documented image rules for"),
    ("(seed 002 asks for dialogue in them)", "(JieKou's documentation asks for dialogue in them)"),
    ("with seed 004's\n", "with seedanceapi.org's documented\n"),
    ("each code of seed 004's error table", "each code of seedanceapi.org's error table"),
    ("(seed 002: \"", "(JieKou's page: \""),
    ("seed 002 documents its text-to-video meaning", "JieKou's page documents its text-to-video meaning"),
    ("(seed 001)", "(https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro)"),
    ("(seed 000)", "(https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro)"),
    ("The create body of DIALECTS.md", "The create body documented in DIALECTS.md"),
    ("The create body rules of DIALECTS.md §3.2 and seed 003.", "The create body rules APIXO documents (DIALECTS.md §3.2)."),
    ("The create body rules of seed 004 (DIALECTS.md §4.2)", "The create body rules seedanceapi.org documents (DIALECTS.md §4.2)"),
    ("The §5.5 envelope;", "The documented error envelope (DIALECTS.md §5.5);"),
    ("APIXO documents 40–60 s for a 4 s video, DIALECTS.md §6.12", "APIXO documents 40–60 s for a 4 s video in DIALECTS.md §3.7"),
    ("(seed 004's success example; DIALECTS.md §4.3)", "(the documented success example, DIALECTS.md §4.3)"),
    ("DIALECTS.md §1.1 (the `input[0].params` wrapper) and §1.2;", "DIALECTS.md §1.1 (the `input[0].params` wrapper and the parameters);"),
    ("(CLI mock shape; values from §1.5)", "(CLI mock shape; values from the status examples)"),
    ("code from §5.5 (", "code from its error list ("),
    ("DELETE semantics (queued → cancelled); §5.4 `frames`", "DELETE semantics (queued → cancelled) and task fields `frames`"),
    ("field list of seed 004 / DIALECTS.md §4.2", "field list of DIALECTS.md §4.2"),
    ("message from §5.5 style", "message in the official API's style (DIALECTS.md §5.5)"),
    ("seed 000 lists it, while its error 003015004", "Vtrix's 1.5 Pro page lists it, while its error 003015004"),
    ("status and meaning from seed 003 / §3.5; body shape as §3.5's example",
     "status and meaning from APIXO's error codes; body shape as their example"),
    ("failCode and message from seed 003's fail-code table; envelope as §3.4",
     "failCode and message from APIXO's fail-code table; envelope as the status examples"),
    ("DIALECTS.md §6.3 warns that errors", "errors"),
    ("(see PLATFORM.md:", "(see the README's \"Platform notes\":"),
    ("see PLATFORM.md)", "see the README's \"Platform notes\")"),
]

REF_NUM = r"§\d(?:\.\d+)?"
SECTION_CHAIN = REF_NUM + r"(?:(?:, |,| and | / |/|–|-)" + REF_NUM + r")*"
DIALECTS_REF = re.compile(r"`?DIALECTS\.md`?(?: (" + SECTION_CHAIN + r"))?")
SPLIT_DIALECTS_REF = re.compile(r" ?(\(?)`?DIALECTS\.md`? ?(\n[ \t]*///? ?)(" + SECTION_CHAIN + r")")
BARE_SECTION = re.compile(r"(?<![\w.])(?<!RFC \d{4} )(" + SECTION_CHAIN + r")(?!\w)")
BRACKET_SECTION = re.compile(r"\[(" + REF_NUM + r")\]")
SEED_TAG = re.compile(r"\[SEED-(00[0-4])\]")
SEEDS_PAIR = re.compile(r"\b[Ss]eeds 000(?: and | / |, |,)001\b")
SEED_SUBJECT = re.compile(r"\b[Ss]eed (00[0-4]) (documents|describes|lists|says|gives|shows|requires|allows|accepts)\b")
SEED_POSSESSIVE = re.compile(r"\b[Ss]eed (00[0-4])'s\b")
SEED_ONE = re.compile(r"\b[Ss]eeds? (00[0-4])\b")
SEEDANCE2_NOTE = re.compile(r"`?SEEDANCE2\.md`?(?: §\d+(?:\.\d+)?)?")
ARCHITECTURE_NOTE = re.compile(r"`?ARCHITECTURE\.md`?(?: §\d+(?:\.\d+)?)?")
PLATFORM_NOTE = re.compile(r"`?PLATFORM\.md`?(?: §\d+(?:\.\d+)?)?")

# Separators between two citations of one list: "(a, b)", "(a; b)", "(a / b)", "(a and b)".
LIST_SEPARATOR = r"(?:, |; | / | and |, and )"
MARK = "\u0000"  # brackets a citation while the rules run; removed at the end


def doc_ref(page, markdown, file_path, root):
    """A citation of docs/dialects/<page>.md, as a relative link in Markdown and as a path elsewhere."""
    path = "docs/dialects/%s.md" % page
    if not markdown:
        return path
    target = os.path.relpath(os.path.join(root, path), os.path.dirname(file_path))
    return "[%s.md](%s)" % (page, target)


def sections_pages(chain):
    pages = []
    for number in re.findall(r"§(\d)", chain):
        page = SECTIONS.get(number, "README")
        if page not in pages:
            pages.append(page)
    return pages


def cite(pages):
    return MARK + "|".join(pages) + MARK


def rewrite(text, markdown, file_path, root):
    for old, new in PHRASES:
        if old in text:
            new = re.sub(r"\{doc:(\w+)\}", lambda m: cite([m.group(1)]), new)
            text = text.replace(old, new)

    text = SEEDANCE2_NOTE.sub(lambda m: cite(["README"]), text)
    text = ARCHITECTURE_NOTE.sub("the README's \"Layout\"", text)
    text = PLATFORM_NOTE.sub("the README's \"Platform notes\"", text)
    text = SPLIT_DIALECTS_REF.sub(lambda m: m.group(2) + m.group(1) + cite(sections_pages(m.group(3))), text)
    text = DIALECTS_REF.sub(lambda m: cite(sections_pages(m.group(1)) if m.group(1) else ["README"]), text)
    if markdown:  # a bracketed tag stays a short tag; the file's header says what it stands for
        text = BRACKET_SECTION.sub(lambda m: "[%s.md]" % sections_pages(m.group(1))[0], text)
        text = SEED_TAG.sub(lambda m: "[%s]" % TAG_LABELS[m.group(1)], text)
    text = BRACKET_SECTION.sub(lambda m: "[" + cite(sections_pages(m.group(1))) + "]", text)
    text = BARE_SECTION.sub(lambda m: cite(sections_pages(m.group(1))), text)
    text = SEED_TAG.sub(lambda m: "[" + cite([SEEDS[m.group(1)][0]]) + "]", text)
    text = SEED_SUBJECT.sub(lambda m: SHORT_NAMES[m.group(1)] + " " + m.group(2), text)
    text = SEED_POSSESSIVE.sub(lambda m: SEEDS[m.group(1)][2], text)

    def seed_in_context(match, entry, number=None):
        before = match.string[:match.start()]
        after = match.string[match.end():]
        standalone_left = re.search(r"(?:[(\[]|" + MARK + LIST_SEPARATOR + r"|" + LIST_SEPARATOR + r"|\[INFERRED, |\bsee )$",
                                    before) is not None
        standalone_right = re.match(r"(?:[)\]]|" + LIST_SEPARATOR + r"|;|,)", after) is not None
        if standalone_left and standalone_right:
            return cite([entry[0]])
        if markdown and number:
            return "[%s](%s)" % (entry[1], SEED_URLS[number])
        return entry[1]

    text = SEEDS_PAIR.sub(lambda m: seed_in_context(m, BOTH_SPARK), text)
    text = SEED_ONE.sub(lambda m: seed_in_context(m, SEEDS[m.group(1)], m.group(1)), text)


    # One citation per list: "(a.md, a.md; b.md)" -> "(a.md, b.md)".
    chained = re.compile(MARK + r"([\w|]+)" + MARK + LIST_SEPARATOR[:-1] + r"|;)" + MARK + r"([\w|]+)" + MARK)
    while True:
        match = chained.search(text)
        if not match:
            break
        pages = []
        for page in (match.group(1) + "|" + match.group(2)).split("|"):
            if page not in pages:
                pages.append(page)
        text = text[:match.start()] + cite(pages) + text[match.end():]

    def render(match):
        refs = [doc_ref(page, markdown, file_path, root) for page in match.group(1).split("|")]
        return ", ".join(refs)

    return re.sub(MARK + r"([\w|]+)" + MARK, render, text)


LINE_LIMIT = 120  # the width the sources' comments and the Markdown prose are wrapped at
COMMENT = re.compile(r"^([ \t]*///? ?)(.*)$")


def split_point(content, room):
    """The last space at or before `room`, outside a `code span` if there is one; None if there is no space."""
    best = inside = None
    ticks = 0
    for index, char in enumerate(content):
        if index > room:
            break
        if char == "`":
            ticks += 1
        elif char == " " and index > 0:
            if ticks % 2 == 0:
                best = index
            else:
                inside = index
    return best if best is not None else inside


def wrap_prefix(line, swift):
    """The line's comment prefix (Swift) or indentation (Markdown prose); None for a line that is not wrapped prose."""
    if swift:
        match = COMMENT.match(line)
        return match.group(1) if match else None
    stripped = line.lstrip()
    if not stripped or stripped.startswith(("|", "#", "```", "<")):
        return None
    return line[:len(line) - len(stripped)]


def continues(line, prefix, swift):
    """Whether `line` continues the paragraph of a line with `prefix` (so words can move to its front)."""
    if not line.startswith(prefix) or wrap_prefix(line, swift) is None:
        return False
    rest = line[len(prefix):]
    if not rest.strip() or rest.startswith((" ", "- ", "* ", "```", "|", "#", "@")) or re.match(r"\d+\. ", rest):
        return False
    return wrap_prefix(line, swift) == prefix


def rewrap(lines, changed, swift):
    """Re-wraps the changed lines that a longer citation pushed past LINE_LIMIT, spilling words into the next line."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in changed and len(line) > LINE_LIMIT:
            prefix = wrap_prefix(line, swift)
            if prefix is not None:
                content = line[len(prefix):]
                cut = split_point(content, LINE_LIMIT - len(prefix))
                if cut is not None:
                    head, tail = content[:cut].rstrip(), content[cut + 1:]
                    lines[index] = prefix + head
                    body_prefix = prefix + ("  " if re.match(r"(?:- |\* )", content) else "")
                    if index + 1 < len(lines) and continues(lines[index + 1], body_prefix, swift):
                        lines[index + 1] = body_prefix + tail + " " + lines[index + 1][len(body_prefix):]
                    else:
                        lines.insert(index + 1, body_prefix + tail)
                        changed = {i + 1 if i > index else i for i in changed}
                    changed.add(index + 1)
        index += 1
    return lines


def changed_lines(original, updated):
    matcher = difflib.SequenceMatcher(a=original, b=updated, autojunk=False)
    changed = set()
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag != "equal":
            changed.update(range(start, end))
    return changed


def candidate_files(root):
    for target in ROOT_TARGETS:
        path = os.path.join(root, target)
        if os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            for directory, _, names in os.walk(path):
                for name in sorted(names):
                    full = os.path.join(directory, name)
                    if target == "Fixtures" and name != "README.md":
                        continue
                    if name.endswith((".swift", ".md")):
                        yield full


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    changed = []
    for path in candidate_files(root):
        with open(path, encoding="utf-8") as handle:
            original = handle.read()
        updated = rewrite(original, path.endswith(".md"), path, root)
        if updated != original:
            old_lines, new_lines = original.split("\n"), updated.split("\n")
            updated = "\n".join(rewrap(new_lines, changed_lines(old_lines, new_lines), path.endswith(".swift")))
        if updated != original:
            changed.append(os.path.relpath(path, root))
            if not check:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(updated)
    for path in changed:
        print(("would rewrite " if check else "rewrote ") + path)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
