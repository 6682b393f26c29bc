#!/usr/bin/env python3
"""Writes the calidoc import corpus: Políticas in the styles institutions really use, each made
from a politica.yaml that is its expected import.

    .venv/bin/python Tests/CalidocKitTests/Import/Corpus/make_corpus.py

gore-word.docx         GORE Santiago (Samples/gore-santiago), Word's default styles (python-docx's
                       template: Heading 1, List Number, List Bullet 2, Title), with Word's quirks:
                       non-breaking spaces, a soft hyphen, a tab, a manual line break, a tracked
                       insertion and deletion, a comment.
tramites-writer.odt    Servicio Nacional de Trámites (Samples/servicio-tramites), LibreOffice
                       (Heading_20_1 styles, numbered and bulleted list styles), headings without
                       Roman numerals.
fomento-aysen.docx     A third institution (fomento-aysen.yaml) typed by hand: no heading styles
                       (bold short paragraphs, "1.-" and "II." typed), numbers typed as text ("1.",
                       "a)", "-"), principles and glossary as tables, actors table with columns in
                       another order and synonyms, roles without their involvement label.
Same inputs, same content (fixed core properties; zip timestamps vary).
"""
import copy
import datetime
import os
import re
import sys

import yaml
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span, List, ListItem, ListStyle, ListLevelStyleNumber, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

HEADINGS = [
    ("I", "Contexto"),
    ("II", "Principios orientadores de la Política"),
    ("III", "Objetivos estratégicos de la Política"),
    ("IV", "Relación de la Política con las definiciones estratégicas institucionales"),
    ("V", "Caracterización de usuarios y usuarias de los servicios"),
    ("VI", "Actores y roles"),
    ("VII", "Directrices y líneas de acción"),
    ("VIII", "Glosario"),
]
LABELS = {
    "entrega_servicios": "Involucrado en la entrega de Servicios",
    "gobernanza": "Involucrado en la gobernanza de la Política",
    "monitoreo_evaluacion": "Involucrado en el monitoreo y evaluación del Plan de Mejoramiento",
}


def text(value):
    """A YAML text as one paragraph per blank line, lines joined."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = value["texto"]
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", value.strip()) if p.strip()]


def paragraphs(values):
    return [p for v in (values or []) for p in text(v)]


def runs(markup):
    """calidoc's light markup (**bold**, *italic*) as (text, bold, italic) runs."""
    result = []
    for token in re.split(r"(\*\*.+?\*\*|\*[^*]+?\*)", markup):
        if not token:
            continue
        if token.startswith("**"):
            inner = token[2:-2]
            if inner.startswith("*") and inner.endswith("*"):
                result.append((inner[1:-1], True, True))
            else:
                result.append((inner, True, False))
        elif token.startswith("*") and token.endswith("*") and len(token) > 1:
            result.append((token[1:-1], False, True))
        else:
            result.append((token, False, False))
    return result


def separator(title):
    return "" if title.rstrip()[-1:] in ".,;:!?…" else ","


def figures(value):
    return {int(m.replace(".", "")) for m in re.findall(r"\d+(?:\.\d{3})*", value)}


class Ops:
    """What a Política is made of, for any writer: headings, paragraphs, list items, tables."""

    def __init__(self, policy, institution, style):
        self.policy = policy
        self.institution = institution
        self.style = style
        self.ops = []

    def emit(self, *op):
        self.ops.append(op)

    def build(self):
        p = self.policy
        self.emit("title", p.get("titulo", "Política de Calidad de Servicio y Experiencia Usuaria"))
        self.emit("para", self.institution)
        typed = self.style == "typed"
        for index, (numeral, name) in enumerate(HEADINGS):
            if self.style == "word":
                heading = f"{numeral}. {name.upper() if index % 2 else name}"
            elif self.style == "writer":
                heading = name
            else:
                heading = (f"{index + 1}.- " if index % 2 else f"{numeral}. ") + name.upper()
            self.emit("heading", heading)
            getattr(self, "section_%d" % (index + 1))(typed)

    def items(self, kind, markups, typed, level=0):
        for number, markup in enumerate(markups, 1):
            if typed:
                marker = {"numbered": f"{number}. ", "letters": f"{chr(96 + number)}) ", "bullet": "- "}[kind]
                self.emit("para", marker + markup)
            else:
                self.emit("item", markup, kind != "bullet", level)

    def section_1(self, typed):
        c, d = self.policy["contexto"], self.policy["definiciones_estrategicas"]
        for para in paragraphs(c["parrafos"]):
            self.emit("para", para)
        # Mission and vision as calidoc prints them: labelled, unless the context states them.
        context = " ".join(paragraphs(c["parrafos"]) + paragraphs(c.get("parrafos_finales"))).replace("*", "").lower()
        for key, label in (("mision", "Misión"), ("vision", "Visión")):
            if d.get(key) and (typed or " ".join(text(d[key])).replace("*", "").lower().rstrip(".") not in context):
                self.emit("para", f"**{label}:** " + " ".join(text(d[key])))
        if d.get("titulo"):
            self.emit("para", "**" + d["titulo"] + "**")
        for para in paragraphs(d.get("introduccion")):
            self.emit("para", para)
        self.items("numbered", [text(o["texto"])[0] for o in d["objetivos"]], typed)
        for para in paragraphs(c.get("parrafos_finales")):
            self.emit("para", para)

    def intro(self, section):
        for para in paragraphs(section.get("introduccion")):
            self.emit("para", para)

    def closing(self, section):
        for para in paragraphs(section.get("cierre")):
            self.emit("para", para)

    def section_2(self, typed):
        s = self.policy["principios"]
        self.intro(s)
        if typed:
            self.emit("table", [["Principio", "Descripción"]] + [[i["nombre"], " ".join(text(i["descripcion"]))] for i in s["items"]])
        else:
            self.items("bullet", [f"**{i['nombre']}:** " + " ".join(text(i["descripcion"])) for i in s["items"]], typed)
        self.closing(s)

    def section_3(self, typed):
        s = self.policy["objetivos"]
        self.intro(s)
        for number, item in enumerate(s["items"], 1):
            texts = text(item.get("texto"))
            head = f"**{item['titulo']}{separator(item['titulo']) if texts else ''}**" + (" " + texts[0] if texts else "")
            if typed:
                self.emit("para", f"{number}. " + head)
            else:
                self.emit("item", head, True, 0)
            for more in texts[1:]:
                self.emit("continue", more)
        self.closing(s)

    def section_4(self, typed):
        s, p = self.policy["relacion"], self.policy
        self.intro(s)
        objectives = p["objetivos"]["items"]
        strategic = p["definiciones_estrategicas"]["objetivos"]
        for relation in s.get("relaciones") or []:
            if relation.get("texto"):
                for para in text(relation["texto"]):
                    self.emit("para", para)
                continue
            parts = []
            for oid in relation["objetivos_politica"]:
                i = next(n for n, o in enumerate(objectives) if o.get("id") == oid)
                o = objectives[i]
                quote = o["titulo"] + (separator(o["titulo"]) + " " + " ".join(text(o["texto"])) if o.get("texto") else "")
                parts.append(f"el **Objetivo Estratégico N°{i + 1} de la Política**: *“{quote.rstrip('.')}”*")
            inst = []
            for sid in relation["objetivos_institucionales"]:
                i = next(n for n, o in enumerate(strategic) if o["id"] == sid)
                inst.append(f"el objetivo estratégico institucional N°{i + 1}: *“{strategic[i]['texto'].rstrip('.')}”*")
            joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " y " + parts[-1]
            verb = " tienen" if len(parts) > 1 else " tiene"
            sentence = joined[0].upper() + joined[1:] + verb + " directa relación con " + " y ".join(inst) + "."
            self.emit("para", sentence)
        self.closing(s)

    def section_5(self, typed):
        s = self.policy["usuarios"]
        self.intro(s)
        for number, item in enumerate(s["items"], 1):
            chars = text(item.get("caracteristicas"))
            examples = item.get("ejemplos") or []
            inline = item.get("ejemplos_como") == "texto"
            if inline and examples:
                sentence = ", ".join(examples[:-1]) + " y " + examples[-1] + "."
                chars = chars[:-1] + [chars[-1] + " " + sentence] if chars else [sentence]
            n = item.get("numero_aproximado")
            shown = " ".join([item["nombre"]] + chars + [str(e) for e in examples] + text(item.get("vinculacion")))
            printed = n is not None and len(examples) != n and n not in figures(shown)
            name = item["nombre"] + (f" (aprox. {n:,})".replace(",", ".") if printed else "")
            head = name + ": " + (chars[0] if chars else "")
            if typed:
                self.emit("para", f"{number}. " + head)
            else:
                self.emit("item", head, True, 0)
            for more in chars[1:]:
                self.emit("continue", more)
            if examples and not inline:
                self.items("bullet", [" ".join(e.split()) for e in examples], typed, level=1)
            for para in text(item.get("vinculacion")):
                self.emit("continue", para)
        self.closing(s)

    def section_6(self, typed):
        s = self.policy["actores"]
        self.intro(s)
        if typed:
            rows = [["Cargo", "Responsabilidades", "Rol"]]
            for a in s["items"]:
                rows.append([a["actor"], [" ".join(r.split()) for r in a["responsabilidades"]], " ".join(a["rol"].split())])
        else:
            rows = [["ACTOR", "ROL", "RESPONSABILIDADES / FUNCIONES"]]
            for a in s["items"]:
                rows.append([a["actor"], LABELS[a["involucramiento"]] + ": " + " ".join(a["rol"].split()),
                             [" ".join(r.split()) for r in a["responsabilidades"]]])
        self.emit("table", rows)
        self.closing(s)

    def section_7(self, typed):
        s = self.policy["directrices"]
        self.intro(s)
        heads = [i["titulo"] + (separator(i["titulo"]) + " " + " ".join(text(i["texto"])) if i.get("texto") else "") for i in s["items"]]
        self.items("letters" if typed else "bullet", heads, typed)
        self.closing(s)

    def section_8(self, typed):
        s = self.policy["glosario"]
        self.intro(s)
        if typed:
            self.emit("table", [["Término", "Definición"]] + [[i["termino"], " ".join(text(i["definicion"]))] for i in s["items"]])
        else:
            self.items("bullet", [f"**{i['termino']}**: " + " ".join(text(i["definicion"])) for i in s["items"]], typed)
        self.closing(s)


# MARK: - DOCX


def add_runs(paragraph, markup, bold_all=False):
    for value, bold, italic in runs(markup):
        run = paragraph.add_run(value)
        if bold or bold_all:
            run.bold = True
        if italic:
            run.italic = True


def write_docx(ops, path, styled, quirks):
    document = docx.Document()
    document.core_properties.created = datetime.datetime(2025, 1, 1)
    document.core_properties.modified = datetime.datetime(2025, 1, 1)
    document.core_properties.author = "calidoc"
    document.core_properties.last_modified_by = "calidoc"
    document.core_properties.revision = 1
    body_paragraphs = []
    for op in ops:
        kind = op[0]
        if kind == "title":
            paragraph = document.add_paragraph(style="Title" if styled else None)
            add_runs(paragraph, op[1], bold_all=not styled)
        elif kind == "heading":
            if styled:
                paragraph = document.add_paragraph(op[1], style="Heading 1")
            else:
                paragraph = document.add_paragraph()
                add_runs(paragraph, op[1], bold_all=True)
        elif kind == "para":
            paragraph = document.add_paragraph()
            add_runs(paragraph, op[1])
        elif kind == "item":
            style = ("List Number" if op[2] else "List Bullet") + (" 2" if op[3] else "")
            paragraph = document.add_paragraph(style=style)
            add_runs(paragraph, op[1])
        elif kind == "continue":
            paragraph = document.add_paragraph(style="List Paragraph" if styled else None)
            add_runs(paragraph, op[1])
        elif kind == "table":
            rows = op[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    values = value if isinstance(value, list) else [value]
                    cell.paragraphs[0].text = ""
                    for n, v in enumerate(values):
                        para = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                        add_runs(para, v, bold_all=(r == 0))
            continue
        body_paragraphs.append((op, paragraph))
    if quirks:
        add_quirks(document, body_paragraphs)
    document.save(path)


def add_quirks(document, body_paragraphs):
    """Word's ways: special spaces and hyphens, a tab, a line break, tracked changes, a comment."""
    paras = [p for op, p in body_paragraphs if op[0] == "para" and len(p.runs) == 1 and len(p.text) > 80]
    # Non-breaking spaces and a soft hyphen in the first context paragraph.
    first = paras[0].runs[0]
    first.text = first.text.replace(" de ", "\u00a0de\u00a0", 2).replace("Estrategia", "Estra\u00adtegia", 1)
    # A tab and a manual line break instead of spaces.
    second = paras[1].runs[0]
    head, _, tail = second.text.partition(" ")
    second.text = head
    second._r.append(OxmlElement("w:tab"))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = tail
    second._r.append(t)
    third = paras[2].runs[0]
    words = third.text.split(" ")
    third.text = " ".join(words[:5])
    third._r.append(OxmlElement("w:br"))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = " ".join(words[5:])
    third._r.append(t)
    # Tracked changes in the fourth: its last word inserted, and a deleted phrase before it.
    fourth = paras[3].runs[0]
    words = fourth.text.split(" ")
    fourth.text = " ".join(words[:-1]) + " "
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "901")
    deletion.set(qn("w:author"), "Revisora")
    deletion.set(qn("w:date"), "2025-01-01T00:00:00Z")
    deleted_run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.set(qn("xml:space"), "preserve")
    deleted_text.text = "texto eliminado en la revisión "
    deleted_run.append(deleted_text)
    deletion.append(deleted_run)
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "902")
    insertion.set(qn("w:author"), "Revisora")
    insertion.set(qn("w:date"), "2025-01-01T00:00:00Z")
    inserted_run = OxmlElement("w:r")
    inserted_text = OxmlElement("w:t")
    inserted_text.text = words[-1]
    inserted_run.append(inserted_text)
    insertion.append(inserted_run)
    paras[3]._p.append(deletion)
    paras[3]._p.append(insertion)
    # A comment on the fifth.
    document.add_comment(paras[4].runs, text="¿Falta la cifra de 2024?", author="Comité", initials="CC")


# MARK: - ODT


def write_odt(ops, path):
    document = OpenDocumentText()
    bold = Style(name="Fuerte", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    italic = Style(name="Cursiva", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    both = Style(name="FuerteCursiva", family="text")
    both.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    for style in (bold, italic, both):
        document.automaticstyles.addElement(style)
    heading = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", defaultoutlinelevel="1")
    heading.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title = Style(name="Title", displayname="Title", family="paragraph")
    title.addElement(TextProperties(fontsize="22pt"))
    body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    for style in (heading, title, body):
        document.styles.addElement(style)
    numbered = ListStyle(name="Numeracion")
    numbered.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    numbered.addElement(ListLevelStyleBullet(level=2, bulletchar="•"))
    bullets = ListStyle(name="Vinetas")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
    bullets.addElement(ListLevelStyleBullet(level=2, bulletchar="◦"))
    document.automaticstyles.addElement(numbered)
    document.automaticstyles.addElement(bullets)

    def fill(paragraph, markup):
        for value, is_bold, is_italic in runs(markup):
            style = both if is_bold and is_italic else bold if is_bold else italic if is_italic else None
            if style is None:
                paragraph.addText(value)
            else:
                span = Span(stylename=style)
                span.addText(value)
                paragraph.addElement(span)

    current_list = None
    current_item = None
    nested_list = None
    for op in ops:
        kind = op[0]
        if kind == "item":
            if op[3] == 0:
                if current_list is None or current_list.getAttribute("stylename") != ("Numeracion" if op[2] else "Vinetas"):
                    current_list = List(stylename="Numeracion" if op[2] else "Vinetas")
                    document.text.addElement(current_list)
                current_item = ListItem()
                current_list.addElement(current_item)
                nested_list = None
                paragraph = P(stylename=body)
                fill(paragraph, op[1])
                current_item.addElement(paragraph)
            else:
                if nested_list is None:
                    nested_list = List()
                    current_item.addElement(nested_list)
                item = ListItem()
                paragraph = P(stylename=body)
                fill(paragraph, op[1])
                item.addElement(paragraph)
                nested_list.addElement(item)
            continue
        if kind == "continue" and current_item is not None:
            paragraph = P(stylename=body)
            fill(paragraph, op[1])
            current_item.addElement(paragraph)
            continue
        current_list = current_item = nested_list = None
        if kind == "title":
            paragraph = P(stylename=title)
            fill(paragraph, op[1])
        elif kind == "heading":
            paragraph = H(outlinelevel=1, stylename=heading)
            fill(paragraph, op[1])
        elif kind in ("para", "continue"):
            paragraph = P(stylename=body)
            fill(paragraph, op[1])
        elif kind == "table":
            rows = op[1]
            paragraph = Table(name="Tabla%d" % len(document.text.childNodes))
            paragraph.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r, row in enumerate(rows):
                table_row = TableRow()
                for value in row:
                    cell = TableCell()
                    for v in value if isinstance(value, list) else [value]:
                        cell_paragraph = P(stylename=body)
                        fill(cell_paragraph, "**" + v + "**" if r == 0 else v)
                        cell.addElement(cell_paragraph)
                    table_row.addElement(cell)
                paragraph.addElement(table_row)
        document.text.addElement(paragraph)
    document.save(path)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def main():
    corpus = [
        ("gore-word.docx", os.path.join(ROOT, "Samples/gore-santiago/politica.yaml"), "Gobierno Regional Metropolitano de Santiago", "word"),
        ("tramites-writer.odt", os.path.join(ROOT, "Samples/servicio-tramites/politica.yaml"), "Servicio Nacional de Trámites Ciudadanos", "writer"),
        ("fomento-aysen.docx", os.path.join(HERE, "fomento-aysen.yaml"), "Instituto Regional de Fomento Productivo de Aysén", "typed"),
    ]
    for name, source, institution, style in corpus:
        ops = Ops(load(source), institution, style)
        ops.build()
        target = os.path.join(HERE, name)
        if style == "writer":
            write_odt(ops.ops, target)
        else:
            write_docx(ops.ops, target, styled=(style == "word"), quirks=(style == "word"))
        print(target)


if __name__ == "__main__":
    sys.exit(main())
