import Foundation

extension ODFTextBody {
    mutating func list(_ list: ListBlock) {
        var style: String
        switch list.kind {
        case .bulleted: style = "List_20_1"
        case .decimal: style = "Numbering_20_123"
        case .upperRoman: style = "Numbering_20_IVX"
        case .lowerRoman: style = "Numbering_20_ivx"
        case .lowerAlpha: style = "Numbering_20_abc"
        }
        if let slideListStylePrefix { style = slideListStylePrefix + style }
        listCount += 1
        listStack.append(ListLevel(serial: listCount, style: style, ordered: list.isOrdered))
        // A list deleted whole leaves no `text:list`: its items live in deletion regions.
        let hasElement = !Self.isWhole(.list(list), .deletion)
        if hasElement {
            writer.start("text:list")
            writer.attribute("text:style-name", style)
        }
        var written = 0
        // The number each item had in the old version (inserted items had none).
        var oldNumber = list.start
        for item in list.items {
            let number = list.isOrdered ? oldNumber : nil
            if !Self.isWhole(item: item, .insertion) { oldNumber += 1 }
            if Self.isWhole(item: item, .deletion) {
                // Deleted as a whole: no item of its own (see ``ChangePlan``).
                pendingItem = ItemStart(number: number)
                for child in item { block(child, listStyle: style) }
                continue
            }
            writer.start("text:list-item")
            // Slides always say where the numbering starts: Impress numbers a paragraph by
            // counting back over earlier lists of the text frame unless told to restart.
            if written == 0 && list.isOrdered && (list.start != 1 || slideListStylePrefix != nil) {
                writer.attribute("text:start-value", String(list.start))
            }
            written += 1
            if item.isEmpty {
                startParagraph("text:p", style: "List", breaksPage: false)
                endParagraph()
            }
            pendingItem = ItemStart(number: number)
            for child in item { block(child, listStyle: style) }
            writer.end()
        }
        pendingItem = nil
        if hasElement { writer.end() }
        listStack.removeLast()
    }

    mutating func tableOfContents(title: String, maxLevel: Int) {
        writer.start("text:table-of-content")
        writer.attribute("text:name", "Índice")
        writer.attribute("text:protected", "true")
        writer.start("text:table-of-content-source")
        writer.attribute("text:outline-level", String(maxLevel))
        writer.element("text:index-title-template", ["text:style-name": "Contents_20_Heading"], text: title)
        for level in 1...10 {
            writer.start("text:table-of-content-entry-template")
            writer.attribute("text:outline-level", String(level))
            writer.attribute("text:style-name", "Contents_20_\(min(level, 4))")
            writer.element("text:index-entry-text")
            writer.element("text:index-entry-tab-stop", ["style:type": "right", "style:leader-char": "."])
            writer.element("text:index-entry-page-number")
            writer.end()
        }
        writer.end()
        writer.start("text:index-body")
        writer.start("text:index-title")
        writer.attribute("text:name", "Índice_título")
        writer.element("text:p", ["text:style-name": "Contents_20_Heading"], text: title)
        writer.end()
        // Filled in now so the index shows before anyone updates it; LibreOffice recomputes page numbers.
        for heading in headings where heading.level <= maxLevel {
            writer.element("text:p", ["text:style-name": "Contents_20_\(min(heading.level, 4))"], text: heading.text)
        }
        writer.end()
        writer.end()
    }

    /// Writes `content`; a deletion followed by an insertion (a replaced word) is written as
    /// LibreOffice writes one, the insertion first and the deletion's point after it, so that
    /// rejecting restores the old word outside the inserted range.
    mutating func inlines(_ content: [Inline]) {
        var index = 0
        while index < content.count {
            if index + 1 < content.count, case .tracked(let first, _) = content[index], first.kind == .deletion,
                case .tracked(let second, _) = content[index + 1], second.kind == .insertion
            {
                inline(content[index + 1])
                inline(content[index])
                index += 2
                continue
            }
            inline(content[index])
            index += 1
        }
    }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text): self.text(text)
        case .strong(let content): span("Strong_20_Emphasis", content)
        case .emphasis(let content): span("Emphasis", content)
        case .underline(let content): span("Underline", content)
        case .link(let url, let content):
            writer.start("text:a")
            writer.attribute("xlink:type", "simple")
            writer.attribute("xlink:href", url)
            span("Internet_20_link", content)
            writer.end()
        case .lineBreak: writer.element("text:line-break")
        case .span(let classes, let content):
            let style = SpanStyle(classes: classes)
            switch (style.bold, style.italic) {
            case (true, true): span("Strong_20_Emphasis", [.emphasis(content)])
            case (true, false): span("Strong_20_Emphasis", content)
            case (false, true): span("Emphasis", content)
            case (false, false): inlines(content)
            }
        case .image(let image): frame(image, maxWidthCM: 6)
        case .tracked(let change, let content):
            trackedRegionCount += 1
            let id = "ct\(trackedRegionCount)"
            region(id: id, change: change, deleted: change.kind == .deletion ? content.plainTextIncludingDeletions : nil)
            switch change.kind {
            case .insertion:
                writer.element("text:change-start", ["text:change-id": id])
                inlines(content)
                writer.element("text:change-end", ["text:change-id": id])
            case .deletion:
                writer.element("text:change", ["text:change-id": id])
            }
        }
    }

    private mutating func span(_ style: String, _ content: [Inline]) {
        writer.start("text:span")
        writer.attribute("text:style-name", style)
        inlines(content)
        writer.end()
    }

    /// Text with tabs, line breaks and runs of spaces as ODF elements (`text:tab`, `text:line-break`, `text:s`).
    mutating func text(_ value: String) {
        for segment in TextSegment.split(XMLText.sanitized(value)) {
            switch segment {
            case .text(let text): spacedText(text)
            case .tab: writer.element("text:tab")
            case .lineBreak: writer.element("text:line-break")
            }
        }
    }

    /// Text whose runs of spaces keep their width: the first space is ordinary text, the rest one
    /// `text:s` (ODF collapses consecutive spaces otherwise).
    private mutating func spacedText(_ text: String) {
        guard TextSearch.contains("  ", in: text) else {
            writer.text(text)
            return
        }
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x20, index + 1 < bytes.count, bytes[index + 1] == 0x20 else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == 0x20 { end += 1 }
            writer.text(String(decoding: bytes[start...index], as: UTF8.self))
            writer.element("text:s", ["text:c": String(end - index - 1)])
            start = end
            index = end
        }
        if start < bytes.count { writer.text(String(decoding: bytes[start...], as: UTF8.self)) }
    }

    mutating func frame(_ image: Image, maxWidthCM: Double) {
        guard let resource = document.resource(named: image.source) else {
            log.log(.missingImage(source: image.source))
            text("[\(image.alt)]")
            return
        }
        frameCount += 1
        let path = "Pictures/\(frameCount)-\(Slug.make(image.source)).\(ImageGeometry.fileExtension(resource.mediaType))"
        pictures.append((path, resource.data, resource.mediaType))
        let (width, height) = ImageGeometry.size(of: image, resource: resource, maxWidthCM: maxWidthCM)
        writer.start("draw:frame")
        writer.attribute("draw:name", "Imagen\(frameCount)")
        writer.attribute("text:anchor-type", "as-char")
        writer.attribute("svg:width", ODFLength.cm(width))
        writer.attribute("svg:height", ODFLength.cm(height))
        writer.attribute("draw:z-index", "0")
        writer.start("draw:image")
        writer.attribute("xlink:href", path)
        writer.attribute("xlink:type", "simple")
        writer.attribute("xlink:show", "embed")
        writer.attribute("xlink:actuate", "onLoad")
        writer.end()
        if !image.alt.isEmpty { writer.element("svg:desc", text: image.alt) }
        writer.end()
    }

    /// A `text:changed-region` for `text:tracked-changes`; a deletion keeps the deleted text.
    func region(id: String, change: TrackedChange, deleted: String?) {
        let out = trackedRegions
        out.start("text:changed-region")
        out.attribute("xml:id", id)
        out.attribute("text:id", id)
        switch change.kind {
        case .insertion: out.start("text:insertion")
        case .deletion: out.start("text:deletion")
        }
        out.element("office:change-info") {
            out.element("dc:creator", text: change.author)
            out.element("dc:date", text: PackageTimestamp.of(change.date))
        }
        if let deleted {
            out.start("text:p")
            Self.keptSpaces(XMLText.sanitized(deleted), into: out)
            out.end()
        }
        out.end()
        out.end()
    }

    /// Writes deleted text whose spaces must all come back: a paragraph's leading and trailing
    /// spaces and runs of spaces are `text:s`, which LibreOffice keeps (it drops the plain space
    /// that ends a region's paragraph: "digital” " came back as "digital”" before "tiene").
    static func keptSpaces(_ text: String, into out: XMLWriter) {
        var pending = ""
        var spaces = 0
        var atStart = true
        func flushSpaces(atEnd: Bool) {
            guard spaces > 0 else { return }
            if atStart || atEnd {
                if !pending.isEmpty { out.text(pending); pending = "" }
                out.element("text:s", spaces > 1 ? ["text:c": String(spaces)] : [:])
            } else {
                pending += " "
                if spaces > 1 {
                    out.text(pending)
                    pending = ""
                    out.element("text:s", spaces > 2 ? ["text:c": String(spaces - 1)] : [:])
                }
            }
            spaces = 0
        }
        for character in text {
            if character == " " {
                spaces += 1
                continue
            }
            flushSpaces(atEnd: false)
            atStart = false
            pending.append(character)
        }
        flushSpaces(atEnd: true)
        if !pending.isEmpty { out.text(pending) }
    }
}
