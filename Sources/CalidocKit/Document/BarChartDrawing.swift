/// A horizontal bar chart as data: what a chart image of the document shows, so a writer that
/// cannot embed the image (SVG in DOCX) draws the same chart with the format's own chart objects.
public struct BarChartDrawing: Hashable, Sendable, Codable {
    /// One bar: its category, value, the value as printed, and its colour.
    public struct Bar: Hashable, Sendable, Codable {
        /// The category label ("A1").
        public var label: String
        /// The value, in the axis' unit.
        public var value: Double
        /// Colour as six hexadecimal digits (`2E7D32`).
        public var colour: String

        /// Creates a bar.
        public init(label: String, value: Double, colour: String) {
            self.label = label
            self.value = value
            self.colour = colour
        }
    }

    /// The chart's title.
    public var title: String
    /// The name of the series ("Cumplimiento de la meta").
    public var seriesName: String
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// Where the value axis ends (bars beyond it are clipped there).
    public var axisMaximum: Double
    /// The distance between the value axis' gridlines.
    public var axisStep: Double
    /// The unit printed after each value and axis label ("%").
    public var unit: String
    /// What the reference value means (the meta at 100 %), printed as the value axis' title.
    public var referenceLabel: String?

    /// Creates a chart.
    public init(
        title: String, seriesName: String, bars: [Bar], axisMaximum: Double, axisStep: Double, unit: String,
        referenceLabel: String? = nil
    ) {
        self.title = title
        self.seriesName = seriesName
        self.bars = bars
        self.axisMaximum = axisMaximum
        self.axisStep = axisStep
        self.unit = unit
        self.referenceLabel = referenceLabel
    }
}
