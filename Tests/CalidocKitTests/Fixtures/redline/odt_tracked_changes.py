"""An independent reader of an ODT's tracked changes (odfpy), for calidoc's redline tests.

Usage: python odt_tracked_changes.py FILE.odt [accept|reject|none]

Applies every change of `text:tracked-changes` the way a word processor resolves "accept all" or
"reject all", then prints the document's paragraphs, one per line:

    H: text            a heading
    P: text            a paragraph
    L<depth>: text     a list item's paragraph (depth 1 for a top-level list)
    R: a | b | c       a table row (its cells' paragraphs, joined)

Empty paragraphs and rows whose cells are all empty are printed too ("P: ", "R:  |  | "), so a
change that leaves an empty paragraph or row behind is visible.

The model: the body is a stream of characters and paragraph breaks; a break carries the context of
the paragraph it ends (heading, list depth, table cell). An insertion (`text:change-start` …
`text:change-end`) is a range of that stream, kept on accept and cut on reject — when it starts
after text of a paragraph and spans breaks, what is left joins that paragraph, which keeps its
context (LibreOffice joins a removed range into its first paragraph); a deletion
(`text:change`) is a point where, on reject, the paragraphs of its region come back, as LibreOffice
(7.4) restores them: the paragraph at the point is split there; the region's first paragraph joins
the text before the point and keeps that paragraph's context, the paragraphs after it come back
with their own context in the region (a `text:h` a heading, a paragraph of a `text:list` an item
at that list's depth, any other paragraph a plain one — a table cell's when the point is in a
cell), and the last one joins the text after the point: it keeps the context of the paragraph at
the point when text follows the point there, and its own otherwise (a point at the end of a
paragraph: the deleted paragraphs came after it) — but a plain paragraph there stays in the list of the paragraph
at the point (LibreOffice keeps that paragraph's list; a paragraph restored in a list of the
region, or a heading, takes its own). Table rows are not changes
of their own: a row whose cells were all inserted is left with empty cells on reject, as a word
processor leaves it unless the row itself is marked, as LibreOffice marks it: a row style whose
`loext:text-changes-only` is "false" means the change is the row's, and the row goes when resolving
the changes leaves every cell empty.
"""

import sys

from odf.opendocument import load
from odf.namespaces import TEXTNS, TABLENS, STYLENS
from odf.text import TrackedChanges

LOEXTNS = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"

CHAR, BREAK, START, END, POINT, ROW_END = "char", "break", "start", "end", "point", "row_end"


def local(node):
    return node.qname[1] if getattr(node, "qname", None) else None


def ns(node):
    return node.qname[0] if getattr(node, "qname", None) else None


def attribute(node, namespace, name):
    try:
        return node.getAttrNS(namespace, name)
    except Exception:  # odfpy raises on attributes it does not know for the element
        return None


def text_of(node):
    """Plain text of a node (text:s, text:tab and text:line-break as spaces)."""
    out = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(str(child.data))
        elif ns(child) == TEXTNS and local(child) in ("s", "tab", "line-break"):
            count = attribute(child, TEXTNS, "c") if local(child) == "s" else None
            out.append(" " * int(count or 1))
        elif ns(child) == TEXTNS and local(child) in ("tracked-changes", "note"):
            continue
        else:
            out.append(text_of(child))
    return "".join(out)


def regions(document):
    """id → ("insertion"|"deletion", [(paragraph text, own context)])."""
    found = {}
    for tracked in document.getElementsByType(TrackedChanges):
        for region in tracked.childNodes:
            if local(region) != "changed-region":
                continue
            rid = attribute(region, TEXTNS, "id")
            for change in region.childNodes:
                kind = local(change)
                if kind in ("insertion", "deletion", "format-change"):
                    found[rid] = (kind, region_paragraphs(change))
    return found


def region_paragraphs(node, depth=0):
    """A region's paragraphs, those of its lists' items included, in order, each with its own
    context: ("L", depth) in a list, "H" for a heading, None for a plain paragraph."""
    out = []
    for child in node.childNodes:
        if local(child) in ("p", "h"):
            own = ("L", depth) if depth else ("H" if local(child) == "h" else None)
            out.append((text_of(child), own))
        elif local(child) == "list":
            out += region_paragraphs(child, depth + 1)
        elif local(child) in ("list-item", "list-header"):
            out += region_paragraphs(child, depth)
    return out


def restored_context(own, here):
    """The context a restored paragraph comes back with, `here` being the point's paragraph's."""
    if here[0] == "C" and (own is None or own == "H"):
        return here
    if own is None:
        return ("P",)
    if own == "H":
        return ("H",)
    return own


def last_context(own, here):
    """The context of a region's last paragraph restored at the end of the point's paragraph."""
    if own is None and here[0] == "L":
        return here
    return restored_context(own, here)


def tracked_row_styles(document):
    """Names of the row styles LibreOffice uses for rows inserted or deleted as a whole."""
    names = set()
    for styles in (document.automaticstyles, document.styles):
        for style in styles.childNodes:
            if local(style) != "style":
                continue
            for properties in style.childNodes:
                if local(properties) == "table-row-properties" and properties.attributes.get((LOEXTNS, "text-changes-only")) == "false":
                    names.add(attribute(style, STYLENS, "name"))
    return names


class Stream:
    def __init__(self, tracked_rows=frozenset()):
        self.tokens = []
        self.tracked_rows = tracked_rows

    def inline(self, node):
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                for character in str(child.data):
                    self.tokens.append((CHAR, character))
                continue
            name, space = local(child), ns(child)
            if space == TEXTNS and name == "change-start":
                self.tokens.append((START, attribute(child, TEXTNS, "change-id")))
            elif space == TEXTNS and name == "change-end":
                self.tokens.append((END, attribute(child, TEXTNS, "change-id")))
            elif space == TEXTNS and name == "change":
                self.tokens.append((POINT, attribute(child, TEXTNS, "change-id")))
            elif space == TEXTNS and name in ("s", "tab", "line-break"):
                count = attribute(child, TEXTNS, "c") if name == "s" else None
                for _ in range(int(count or 1)):
                    self.tokens.append((CHAR, " "))
            elif space == TEXTNS and name in ("note", "tracked-changes", "bookmark", "bookmark-start", "bookmark-end"):
                continue
            else:
                self.inline(child)

    def blocks(self, node, context):
        for child in node.childNodes:
            name, space = local(child), ns(child)
            if space == TEXTNS and name in ("p", "h"):
                self.inline(child)
                kind = "H" if name == "h" and context[0] == "P" else context[0]
                self.tokens.append((BREAK, (kind,) + context[1:]))
            elif space == TEXTNS and name == "list":
                depth = context[1] + 1 if context[0] == "L" else 1
                for item in child.childNodes:
                    if local(item) in ("list-item", "list-header"):
                        self.blocks(item, ("L", depth))
            elif space == TABLENS and name == "table":
                self.table(child)
            elif space == TEXTNS and name in ("section", "index-body", "table-of-content"):
                self.blocks(child, context)
            elif space == TEXTNS and name in ("change-start", "change-end", "change"):
                # Marks between blocks (before a table, at the end of the text).
                kind = {"change-start": START, "change-end": END, "change": POINT}[name]
                self.tokens.append((kind, attribute(child, TEXTNS, "change-id")))

    def table(self, table):
        rows = []
        for child in table.childNodes:
            if local(child) in ("table-header-rows", "table-rows"):
                rows += [row for row in child.childNodes if local(row) == "table-row"]
            elif local(child) == "table-row":
                rows.append(child)
        for row_index, row in enumerate(rows):
            cells = [cell for cell in row.childNodes if local(cell) == "table-cell"]
            for cell_index, cell in enumerate(cells):
                self.blocks(cell, ("C", row_index, cell_index))
            self.tokens.append((ROW_END, attribute(row, TABLENS, "style-name") in self.tracked_rows))


def resolve(tokens, found, mode):
    """The tokens with every change accepted or rejected."""
    out = []
    cutting = set()
    # The context of the next break, when restored paragraphs or a removed range decided it (see
    # the module's model).
    override = None
    joined = {}
    cut_breaks = {}
    for index, (kind, value) in enumerate(tokens):
        if kind == START:
            if mode == "reject" and found.get(value, ("",))[0] == "insertion":
                cutting.add(value)
                # A range that starts after the start of a paragraph joins what is left of the
                # paragraphs it spans into that paragraph, which keeps its context.
                previous = next((k for k, _ in reversed(tokens[:index]) if k in (CHAR, BREAK)), BREAK)
                if previous == CHAR or override is not None:
                    # Restored paragraphs just before it: the range starts in the last of them.
                    joined[value] = override if override is not None else next((v for k, v in tokens[index:] if k == BREAK), ("P",))
            continue
        if kind == END:
            cutting.discard(value)
            if value in joined and cut_breaks.get(value):
                override = joined[value]
            joined.pop(value, None)
            continue
        if kind == POINT:
            if mode == "reject" and found.get(value, ("",))[0] == "deletion" and not cutting:
                restored = found[value][1]
                here = next((v for k, v in tokens[index:] if k == BREAK), ("P",))
                # Whether text is left after the point in its paragraph once insertions are cut.
                follows = False
                inside = set()
                for k, v in tokens[index + 1:]:
                    if k == START and found.get(v, ("",))[0] == "insertion":
                        inside.add(v)
                    elif k == END:
                        inside.discard(v)
                    elif k == BREAK and not inside:
                        break
                    elif k == CHAR and not inside:
                        follows = True
                for position, (text, own) in enumerate(restored):
                    out += [(CHAR, c) for c in text]
                    if position == len(restored) - 1:
                        break
                    if position == 0:
                        out.append((BREAK, override or here))
                        override = None
                    else:
                        out.append((BREAK, restored_context(own, here)))
                if len(restored) > 1 and not follows:
                    override = last_context(restored[-1][1], here)
            continue
        if cutting and kind in (CHAR, BREAK):
            if kind == BREAK:
                for rid in cutting:
                    cut_breaks[rid] = True
            continue
        if kind == BREAK and override is not None:
            value, override = override, None
        out.append((kind, value))
    return out


def paragraphs(tokens):
    lines, text, row = [], [], None
    for kind, value in tokens:
        if kind == CHAR:
            text.append(value)
        elif kind == BREAK:
            content = " ".join("".join(text).split())
            text = []
            if value[0] == "C":
                row_index, cell_index = value[1], value[2]
                if row is None:
                    row = {}
                row.setdefault(cell_index, []).append(content)
            elif value[0] == "L":
                lines.append("L%d: %s" % (value[1], content))
            else:
                lines.append("%s: %s" % (value[0], content))
        elif kind == ROW_END:
            if row is not None:
                cells = [" ".join(part for part in row[key] if part) for key in sorted(row)]
                # A row changed as a whole goes when its cells are left empty (value: tracked row).
                if not (value and not any(cells)):
                    lines.append("R: " + " | ".join(cells))
            row = None
    return lines


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "none"
    document = load(path)
    found = regions(document)
    stream = Stream(tracked_row_styles(document))
    stream.blocks(document.text, ("P",))
    tokens = stream.tokens if mode == "none" else resolve(stream.tokens, found, mode)
    for line in paragraphs(tokens):
        print(line)


if __name__ == "__main__":
    main()
