import Foundation

/// Horizontal bar charts of participation breakdowns, drawn by calidoc as SVG (no chart library):
/// one bar per category with its count and percentage of the participants.
public enum BarChart {
    /// The SVG of a breakdown.
    public static func svg(_ breakdown: Breakdown, participants: Int) -> String {
        let rowHeight = 34.0
        let labelWidth = 230.0
        let barWidth = 420.0
        let width = labelWidth + barWidth + 130
        let height = Double(breakdown.categorias.count) * rowHeight + 56
        let maximum = Double(max(breakdown.categorias.map(\.participantes).max() ?? 1, 1))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
        svg += "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"15\">"
        svg += "<title>\(XMLText.escaped(breakdown.titulo))</title>"
        svg += "<text x=\"0\" y=\"22\" font-size=\"18\" font-weight=\"bold\" fill=\"#1a1a1a\">\(XMLText.escaped(breakdown.titulo))</text>"
        for (index, category) in breakdown.categorias.enumerated() {
            let y = 40 + Double(index) * rowHeight
            let length = barWidth * Double(category.participantes) / maximum
            let share = Ratio(category.participantes, of: participants)
            svg += "<text x=\"\(Int(labelWidth - 10))\" y=\"\(Int(y + 21))\" text-anchor=\"end\" fill=\"#1a1a1a\">\(XMLText.escaped(category.nombre))</text>"
            svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(Int(y + 4))\" width=\"\(String(format: "%.1f", max(length, 1)))\" height=\"\(Int(rowHeight - 10))\" fill=\"#0f69b4\"/>"
            svg += "<text x=\"\(Int(labelWidth + max(length, 1) + 8))\" y=\"\(Int(y + 21))\" fill=\"#1a1a1a\">"
            svg += "\(category.participantes) (\(share.display))</text>"
        }
        return svg + "</svg>"
    }
}
