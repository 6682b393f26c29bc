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
        let (items, trailingDeleted) = Self.redlineOrder(list.items)
        writer.start("text:list")
        writer.attribute("text:style-name", style)
        var written = 0
        for (index, item) in items.enumerated() {
            if index >= trailingDeleted { break }
            if Self.isWhole(item: item, .deletion) {
                // Deleted as a whole: no item of its own, its deletion point opens the next item.
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
                writer.start("text:p")
                writer.attribute("text:style-name", "List")
                flushMarks()
                writer.end()
            }
            for (position, child) in item.enumerated() {
                if index == trailingDeleted - 1, position == item.count - 1 {
                    endOfParagraphDeletion = deletedItems(items[trailingDeleted...], listStyle: style)
                }
                block(child, listStyle: style)
            }
            writer.end()
        }
        writer.end()
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

    mutating func inlines(_ content: [Inline]) {
        for inline in content { self.inline(inline) }
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
        if let deleted { out.element("text:p", text: deleted) }
        out.end()
        out.end()
    }
}
