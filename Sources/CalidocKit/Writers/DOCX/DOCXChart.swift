import Foundation

/// A ``BarChartDrawing`` as a DrawingML chart part (`word/charts/chartN.xml`): horizontal bars
/// with their values, one colour per bar, the category labels and a value axis with gridlines.
///
/// A chart part is part of ECMA-376 itself (it validates against `dml-chart.xsd`), Word and
/// LibreOffice draw it from the cached values written here (no embedded workbook), and it stays
/// editable; shapes from Word's 2010 namespaces (`wps:`) would need Markup Compatibility, which the
/// package avoids so every part checks against the Transitional schemas.
enum DOCXChart {
    static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    /// Content type of a chart part.
    static let contentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    private static let categoryAxis = "500100"
    private static let valueAxis = "500200"

    /// The chart part's bytes.
    static func part(_ chart: BarChartDrawing) -> [UInt8] {
        let writer = XMLWriter(standalone: true)
        writer.start("c:chartSpace")
        writer.attribute("xmlns:c", chartNamespace)
        writer.attribute("xmlns:a", drawingNamespace)
        writer.attribute("xmlns:r", OOXMLNamespace.officeRelationships)
        writer.element("c:lang", ["val": "es-CL"])
        writer.element("c:roundedCorners", ["val": "0"])
        writer.element("c:chart") {
            writer.element("c:title") {
                writer.element("c:tx") { richText(writer, chart.title, size: 1300, bold: true) }
                writer.element("c:overlay", ["val": "0"])
            }
            writer.element("c:autoTitleDeleted", ["val": "0"])
            writer.element("c:plotArea") {
                writer.element("c:layout")
                writer.element("c:barChart") {
                    writer.element("c:barDir", ["val": "bar"])
                    writer.element("c:grouping", ["val": "clustered"])
                    writer.element("c:varyColors", ["val": "0"])
                    series(writer, chart)
                    writer.element("c:gapWidth", ["val": "50"])
                    writer.element("c:axId", ["val": categoryAxis])
                    writer.element("c:axId", ["val": valueAxis])
                }
                writer.element("c:catAx") {
                    writer.element("c:axId", ["val": categoryAxis])
                    // The first bar at the top, as the table above lists the activities.
                    writer.element("c:scaling") { writer.element("c:orientation", ["val": "maxMin"]) }
                    writer.element("c:delete", ["val": "0"])
                    writer.element("c:axPos", ["val": "l"])
                    writer.element("c:majorTickMark", ["val": "none"])
                    writer.element("c:minorTickMark", ["val": "none"])
                    writer.element("c:tickLblPos", ["val": "nextTo"])
                    writer.element("c:txPr") { textProperties(writer, size: 1000, bold: false) }
                    writer.element("c:crossAx", ["val": valueAxis])
                    writer.element("c:crosses", ["val": "autoZero"])
                    writer.element("c:auto", ["val": "1"])
                    writer.element("c:lblAlgn", ["val": "ctr"])
                    writer.element("c:lblOffset", ["val": "100"])
                    writer.element("c:noMultiLvlLbl", ["val": "0"])
                }
                writer.element("c:valAx") {
                    writer.element("c:axId", ["val": valueAxis])
                    writer.element("c:scaling") {
                        writer.element("c:orientation", ["val": "minMax"])
                        writer.element("c:max", ["val": number(chart.axisMaximum)])
                        writer.element("c:min", ["val": "0"])
                    }
                    writer.element("c:delete", ["val": "0"])
                    writer.element("c:axPos", ["val": "b"])
                    writer.element("c:majorGridlines") {
                        writer.element("c:spPr") { line(writer, colour: "BFBFBF", width: 6350) }
                    }
                    if let label = chart.referenceLabel {
                        writer.element("c:title") {
                            writer.element("c:tx") { richText(writer, label, size: 900, bold: false) }
                            writer.element("c:overlay", ["val": "0"])
                        }
                    }
                    writer.element("c:numFmt", ["formatCode": unitFormat(chart.unit), "sourceLinked": "0"])
                    writer.element("c:majorTickMark", ["val": "out"])
                    writer.element("c:minorTickMark", ["val": "none"])
                    writer.element("c:tickLblPos", ["val": "nextTo"])
                    writer.element("c:txPr") { textProperties(writer, size: 900, bold: false) }
                    writer.element("c:crossAx", ["val": categoryAxis])
                    // With the categories reversed, the value axis sits below the last bar.
                    writer.element("c:crosses", ["val": "max"])
                    writer.element("c:crossBetween", ["val": "between"])
                    writer.element("c:majorUnit", ["val": number(chart.axisStep)])
                }
            }
            writer.element("c:plotVisOnly", ["val": "1"])
            writer.element("c:dispBlanksAs", ["val": "gap"])
        }
        // No frame around the chart, as the SVG has none.
        writer.element("c:spPr") {
            writer.element("a:noFill")
            writer.element("a:ln") { writer.element("a:noFill") }
        }
        writer.element("c:txPr") { textProperties(writer, size: 1000, bold: false) }
        writer.end()
        return writer.finish()
    }

    /// The one series: cached categories and values (no workbook), one data point per colour.
    private static func series(_ writer: XMLWriter, _ chart: BarChartDrawing) {
        let count = String(chart.bars.count)
        let lastRow = chart.bars.count + 1
        writer.element("c:ser") {
            writer.element("c:idx", ["val": "0"])
            writer.element("c:order", ["val": "0"])
            writer.element("c:tx") {
                writer.element("c:strRef") {
                    writer.element("c:f", text: "Hoja1!$B$1")
                    writer.element("c:strCache") {
                        writer.element("c:ptCount", ["val": "1"])
                        writer.element("c:pt", ["idx": "0"]) { writer.element("c:v", text: chart.seriesName) }
                    }
                }
            }
            writer.element("c:spPr") { fill(writer, colour: chart.bars.first?.colour ?? "0F69B4") }
            writer.element("c:invertIfNegative", ["val": "0"])
            for (index, bar) in chart.bars.enumerated() {
                writer.element("c:dPt") {
                    writer.element("c:idx", ["val": String(index)])
                    writer.element("c:invertIfNegative", ["val": "0"])
                    writer.element("c:bubble3D", ["val": "0"])
                    writer.element("c:spPr") { fill(writer, colour: bar.colour) }
                }
            }
            writer.element("c:dLbls") {
                writer.element("c:numFmt", ["formatCode": unitFormat(chart.unit), "sourceLinked": "0"])
                writer.element("c:spPr") {
                    writer.element("a:noFill")
                    writer.element("a:ln") { writer.element("a:noFill") }
                }
                writer.element("c:txPr") { textProperties(writer, size: 1000, bold: false) }
                writer.element("c:dLblPos", ["val": "outEnd"])
                writer.element("c:showLegendKey", ["val": "0"])
                writer.element("c:showVal", ["val": "1"])
                writer.element("c:showCatName", ["val": "0"])
                writer.element("c:showSerName", ["val": "0"])
                writer.element("c:showPercent", ["val": "0"])
                writer.element("c:showBubbleSize", ["val": "0"])
            }
            writer.element("c:cat") {
                writer.element("c:strRef") {
                    writer.element("c:f", text: "Hoja1!$A$2:$A$\(lastRow)")
                    writer.element("c:strCache") {
                        writer.element("c:ptCount", ["val": count])
                        for (index, bar) in chart.bars.enumerated() {
                            writer.element("c:pt", ["idx": String(index)]) { writer.element("c:v", text: bar.label) }
                        }
                    }
                }
            }
            writer.element("c:val") {
                writer.element("c:numRef") {
                    writer.element("c:f", text: "Hoja1!$B$2:$B$\(lastRow)")
                    writer.element("c:numCache") {
                        writer.element("c:formatCode", text: "General")
                        writer.element("c:ptCount", ["val": count])
                        for (index, bar) in chart.bars.enumerated() {
                            writer.element("c:pt", ["idx": String(index)]) { writer.element("c:v", text: number(bar.value)) }
                        }
                    }
                }
            }
        }
    }

    /// A number as the chart XML stores it (`xsd:double`, point as decimal separator).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }

    /// A number format that prints whole values followed by the unit ("104 %").
    private static func unitFormat(_ unit: String) -> String {
        unit.isEmpty ? "0" : "0\" \(unit)\""
    }

    private static func fill(_ writer: XMLWriter, colour: String) {
        writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": colour]) }
    }

    private static func line(_ writer: XMLWriter, colour: String, width: Int) {
        writer.element("a:ln", ["w": String(width)]) { fill(writer, colour: colour) }
    }

    /// `c:rich` text of a title.
    private static func richText(_ writer: XMLWriter, _ text: String, size: Int, bold: Bool) {
        writer.element("c:rich") {
            writer.element("a:bodyPr")
            writer.element("a:lstStyle")
            writer.element("a:p") {
                writer.element("a:pPr") { runProperties(writer, "a:defRPr", size: size, bold: bold) }
                writer.element("a:r") {
                    runProperties(writer, "a:rPr", size: size, bold: bold)
                    writer.element("a:t", text: XMLText.sanitized(text))
                }
            }
        }
    }

    /// `c:txPr` content: the font of labels.
    private static func textProperties(_ writer: XMLWriter, size: Int, bold: Bool) {
        writer.element("a:bodyPr")
        writer.element("a:lstStyle")
        writer.element("a:p") {
            writer.element("a:pPr") { runProperties(writer, "a:defRPr", size: size, bold: bold) }
            writer.element("a:endParaRPr", ["lang": "es-CL"])
        }
    }

    private static func runProperties(_ writer: XMLWriter, _ name: String, size: Int, bold: Bool) {
        writer.element(name, ["lang": "es-CL", "sz": String(size), "b": bold ? "1" : "0"]) {
            writer.element("a:solidFill") { writer.element("a:srgbClr", ["val": "1A1A1A"]) }
            writer.element("a:latin", ["typeface": DOCXStyles.font])
        }
    }
}
