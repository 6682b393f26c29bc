/// `importacion.md`: the report in a quality officer's words, Markdown so it reads as plain text
/// and renders on any forge.
enum ImportReportText {
    static func markdown(_ report: ImportReport) -> String {
        var lines: [String] = []
        lines.append("# Informe de importación: \(report.source)")
        lines.append("")
        lines.append(
            "calidoc leyó «\(report.source)» y escribió `politica.yaml` y `calidoc.yaml`. Este informe dice qué texto "
                + "quedó en qué campo y qué no se pudo ubicar, con su lugar en el documento original (sección y número de párrafo).")
        lines.append("")
        lines.append(report.headingsNote)
        if report.trackedChanges > 0 {
            lines.append("")
            lines.append("El documento tenía \(report.trackedChanges) cambios con control de cambios: se aceptaron las inserciones y se descartaron las eliminaciones.")
        }
        lines.append("")
        lines.append("## Qué se ubicó dónde")
        lines.append("")
        if report.placements.isEmpty {
            lines.append("Nada.")
        } else {
            lines.append("| Sección del documento | Campo de politica.yaml | Cantidad |")
            lines.append("|---|---|---|")
            for placement in report.placements {
                lines.append("| \(cell(placement.section)) | `\(placement.field)` | \(placement.count) |")
            }
        }
        lines.append("")
        lines.append("## Lo que no se pudo ubicar")
        lines.append("")
        if report.unplaced.isEmpty {
            lines.append("Todo el texto del documento quedó en algún campo.")
        } else {
            lines.append(
                "Cada texto se conserva aquí; los que quedaron en politica.yaml están marcados con un `id` "
                    + "`revisar-importacion-N`: muévalos al campo que corresponda o bórrelos.")
            for (index, entry) in report.unplaced.enumerated() {
                lines.append("")
                lines.append("\(index + 1). **\(entry.location)** — \(entry.reason).")
                if let kept = entry.keptIn { lines.append("   Quedó en `\(kept)`.") } else { lines.append("   No se copió a politica.yaml.") }
                for line in entry.text.split(separator: "\n") { lines.append("   > \(line)") }
            }
        }
        if !report.missingSections.isEmpty {
            lines.append("")
            lines.append("## Secciones que el documento no tiene")
            lines.append("")
            for section in report.missingSections { lines.append("- \(section): complétela en politica.yaml.") }
        }
        if !report.inferences.isEmpty {
            lines.append("")
            lines.append("## Lo que calidoc dedujo (revíselo)")
            lines.append("")
            for inference in report.inferences { lines.append("- \(inference)") }
        }
        if !report.regenerated.isEmpty {
            lines.append("")
            lines.append("## Texto fijo que calidoc escribe solo")
            lines.append("")
            lines.append("Estos párrafos son texto que calidoc genera solo (el índice, la explicación de los tres involucramientos antes de la tabla de actores); no se copian porque se escriben de nuevo:")
            lines.append("")
            for text in report.regenerated { lines.append("- «\(text)»") }
        }
        if !report.comments.isEmpty {
            lines.append("")
            lines.append("## Comentarios del documento")
            lines.append("")
            lines.append("Los comentarios no se importan; aquí están para que los resuelva:")
            lines.append("")
            for comment in report.comments { lines.append("- \(comment)") }
        }
        lines.append("")
        lines.append("## Revisión (calidoc validate)")
        lines.append("")
        if report.validation.isEmpty {
            lines.append("El espacio de trabajo importado cumple todas las reglas de calidoc validate.")
        } else {
            lines.append("El espacio de trabajo importado todavía no cumple estas reglas; corríjalas en politica.yaml o calidoc.yaml:")
            lines.append("")
            for finding in report.validation { lines.append("- \(finding)") }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
