/// The compliance chart of the Informe de resultados: one horizontal bar per activity with its % of
/// the meta, and a line at 100 %. Drawn as SVG through the XML writer (every format embeds it).
enum ComplianceChart {
    /// Name of the chart's resource in the document.
    static let resourceName = "cumplimiento-actividades.svg"

    /// The chart's SVG resource, or `nil` when no activity has a computable compliance.
    static func resource(_ results: [ActivityCompliance]) -> Resource? {
        let rows = results.compactMap { result -> (String, Double)? in
            guard let percent = result.percentOfGoal else { return nil }
            return (result.progress.actividad, percent)
        }
        guard !rows.isEmpty else { return nil }
        let rowHeight = 34
        let labelWidth = 90
        let barWidth = 480
        let width = labelWidth + barWidth + 110
        let height = rows.count * rowHeight + 70
        // Bars are drawn up to 150 % of the meta so an over-achievement shows, and clipped there.
        let scale = 150.0
        let writer = XMLWriter()
        writer.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "width": "\(width)", "height": "\(height)",
            "viewBox": "0 0 \(width) \(height)", "font-family": "Liberation Sans, Arial, sans-serif", "font-size": "15",
        ]) {
            writer.element("title", text: "Cumplimiento de la meta por actividad")
            writer.element("text", ["x": "0", "y": "22", "font-size": "18", "font-weight": "bold", "fill": "#1a1a1a"],
                           text: "Cumplimiento de la meta por actividad (%)")
            for (index, row) in rows.enumerated() {
                let y = 40 + index * rowHeight
                let length = Int((Double(barWidth) * min(max(row.1, 0), scale) / scale).rounded())
                let color = row.1 >= 100 ? "#2e7d32" : "#0f69b4"
                writer.element("text", ["x": "\(labelWidth - 10)", "y": "\(y + 21)", "text-anchor": "end", "fill": "#1a1a1a"], text: row.0)
                writer.element("rect", ["x": "\(labelWidth)", "y": "\(y + 4)", "width": "\(max(length, 1))", "height": "\(rowHeight - 10)", "fill": color])
                writer.element("text", ["x": "\(labelWidth + max(length, 1) + 8)", "y": "\(y + 21)", "fill": "#1a1a1a"],
                               text: ActivityCompliance.display(row.1, decimals: 0) + " %")
            }
            let goalX = labelWidth + Int(Double(barWidth) * 100 / scale)
            writer.element("line", ["x1": "\(goalX)", "y1": "34", "x2": "\(goalX)", "y2": "\(height - 24)",
                                    "stroke": "#b71c1c", "stroke-width": "2", "stroke-dasharray": "6 4"])
            writer.element("text", ["x": "\(goalX)", "y": "\(height - 6)", "text-anchor": "middle", "fill": "#b71c1c"], text: "Meta (100 %)")
        }
        var bytes = writer.finish()
        // An SVG file embedded in ODF/OOXML packages needs no XML declaration; drop it for the HTML data URI too.
        if let end = bytes.firstIndex(of: UInt8(ascii: ">")), bytes.starts(with: Array("<?xml".utf8)) {
            bytes.removeSubrange(...end)
            while bytes.first == UInt8(ascii: "\n") { bytes.removeFirst() }
        }
        // A native chart labels each bar with its value, so the bar keeps its real length and the
        // axis grows past 150 % when needed (in steps of 25 %).
        let largest = rows.map { max($0.1, 0) }.max() ?? 0
        let drawing = BarChartDrawing(
            title: "Cumplimiento de la meta por actividad (%)", seriesName: "Cumplimiento de la meta",
            bars: rows.map { BarChartDrawing.Bar(label: $0.0, value: max($0.1, 0), colour: $0.1 >= 100 ? "2E7D32" : "0F69B4") },
            axisMaximum: max(scale, (largest / 25).rounded(.up) * 25), axisStep: 25, unit: "%",
            referenceLabel: "% de la meta (100 % = meta cumplida)")
        return Resource(
            name: resourceName, mediaType: "image/svg+xml", data: bytes, pixelWidth: width, pixelHeight: height, chart: drawing)
    }
}
