/// What `calidoc import` did with each part of the source: where content went, what could not be
/// placed (with its location and text), what was inferred, the source's comments, and the rules
/// of `calidoc validate` the workspace still breaks. Written as `importacion.md`.
public struct ImportReport: Sendable {
    /// Content that went to a field of `politica.yaml`.
    public struct Placement: Hashable, Sendable {
        /// The source section's heading (or "Portada").
        public var section: String
        /// The YAML path, e.g. `principios.items`.
        public var field: String
        /// How many paragraphs or items.
        public var count: Int
    }

    /// Content that fits no field: kept in the report and, marked, in the nearest section.
    public struct Unplaced: Hashable, Sendable {
        /// "sección «II. Principios», párrafo 23".
        public var location: String
        /// The text as read.
        public var text: String
        /// Why it was not placed.
        public var reason: String
        /// Where it was kept in `politica.yaml` (a marked paragraph), or `nil` when only here.
        public var keptIn: String?
    }

    /// The source file's name.
    public var source: String
    /// Placements, in document order.
    public var placements: [Placement] = []
    /// Content not placed.
    public var unplaced: [Unplaced] = []
    /// Things inferred rather than read (an actor's involvement, the mission found in the context).
    public var inferences: [String] = []
    /// The calidoc text the source repeats (fixed wording calidoc writes itself), dropped.
    public var regenerated: [String] = []
    /// The source's comments: author, text, location.
    public var comments: [String] = []
    /// Sections the source lacks.
    public var missingSections: [String] = []
    /// How headings were recognised.
    public var headingsNote: String = ""
    /// Tracked changes resolved.
    public var trackedChanges = 0
    /// `calidoc validate`'s findings on the imported workspace, in Spanish.
    public var validation: [String] = []

    /// Records content placed in `field`.
    mutating func placed(_ count: Int, in field: String, from section: String) {
        guard count > 0 else { return }
        placements.append(Placement(section: section, field: field, count: count))
    }
}
