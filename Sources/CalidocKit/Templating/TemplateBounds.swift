/// Limits on the work a template set may ask of the renderer, checked before anything is parsed
/// or rendered (nesting) and while rendering (output size, see ``RenderBudget``).
///
/// The Mustache parser and renderer recurse once per nested section and per partial, and a
/// section over a list renders its body once per item: 13 sections nested over a 3-item list
/// render 3¹³ bodies. calidoc's own templates nest at most 5 levels and produce well under
/// 1 MB, so the limits below leave room for any real customisation.
struct TemplateBounds {
    /// Deepest nesting of sections and partial inclusions together.
    static let maximumDepth = 10
    /// Most bytes one rendering may produce (estimated from the template text per item rendered).
    static let maximumOutputBytes = 32 * 1024 * 1024
    /// Least cost charged per list item rendered, so that many items with little text still count.
    static let minimumItemCost = 512

    let shapes: [String: TemplateShape]
    let origins: [String: String]

    init(sources: [String: String], origins: [String: String]) {
        shapes = sources.mapValues { TemplateShape(source: $0) }
        self.origins = origins
    }

    /// Refuses `root` when its sections and partials nest beyond ``maximumDepth`` or when its
    /// partials alone would produce more than ``maximumOutputBytes``.
    func check(root: String) throws {
        let depths = effectiveDepths()
        var base = 0
        var current = root
        var visited: Set<String> = []
        while let shape = shapes[current], visited.insert(current).inserted {
            let allowed = Self.maximumDepth - base
            let localLine = allowed < shape.firstLineAtDepth.count ? shape.firstLineAtDepth[max(allowed, 0)] : nil
            let inclusion = shape.inclusions.first { base + $0.depth + 1 + (depths[$0.name] ?? 0) > Self.maximumDepth }
            if let localLine, localLine <= (inclusion?.line ?? Int.max) {
                throw tooDeep(template: current, line: localLine)
            }
            guard let inclusion else { break }
            if base + inclusion.depth + 1 > Self.maximumDepth { throw tooDeep(template: current, line: inclusion.line) }
            base += inclusion.depth + 1
            current = inclusion.name
        }
        let sizes = staticSizes()
        if let size = sizes[root], size > Self.maximumOutputBytes, let shape = shapes[root] {
            throw tooLarge(template: root, line: shape.inclusions.first?.line)
        }
    }

    /// The depth each template reaches, its partials included (memoised, without recursion).
    func effectiveDepths() -> [String: Int] {
        fold { shape, value in
            shape.inclusions.reduce(shape.deepest.depth) { max($0, $1.depth + 1 + value($1.name)) }
        }
    }

    /// Bytes of literal text each template renders once, its partials included (saturating).
    func staticSizes() -> [String: Int] {
        fold { shape, value in
            shape.inclusions.reduce(shape.literalBytes) { Self.saturated($0, value($1.name)) }
        }
    }

    /// Cost charged per item of a list rendered by a section named like the key.
    func itemCosts() -> [String: Int] {
        let sizes = staticSizes()
        var costs: [String: Int] = [:]
        for shape in shapes.values {
            for section in shape.sections {
                let cost = section.partials.reduce(section.literalBytes) { Self.saturated($0, sizes[$1] ?? 0) }
                costs[section.name] = max(costs[section.name] ?? 0, cost, Self.minimumItemCost)
            }
        }
        return costs
    }

    /// The template and line of the first section over `key`, for a refusal while rendering.
    func firstSection(named key: String, preferring overrides: Set<String>) -> (template: String, line: Int)? {
        let names = shapes.keys.sorted { (overrides.contains($0) ? 0 : 1, $0) < (overrides.contains($1) ? 0 : 1, $1) }
        for name in names {
            if let match = shapes[name]?.sections.filter({ $0.name == key }).min(by: { $0.line < $1.line }) {
                return (name, match.line)
            }
        }
        return nil
    }

    func tooDeep(template: String, line: Int) -> TemplateError {
        TemplateError(
            file: origins[template] ?? template, line: line,
            problem: LocalizedMessage(
                es: "las secciones y parciales anidados superan los \(Self.maximumDepth) niveles: la plantilla no podría generarse en un tiempo razonable; simplifíquela",
                en: "sections and partials are nested more than \(Self.maximumDepth) levels deep: the template could not render in reasonable time; simplify it"))
    }

    func tooLarge(template: String, line: Int?) -> TemplateError {
        let megabytes = Self.maximumOutputBytes / (1024 * 1024)
        return TemplateError(
            file: origins[template] ?? template, line: line,
            problem: LocalizedMessage(
                es: "la plantilla generaría más de \(megabytes) MB de texto; ningún documento necesita tanto: revise las secciones y parciales repetidos",
                en: "the template would produce more than \(megabytes) MB of text; no document needs that much: check repeated sections and partials"))
    }

    static func saturated(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : min(sum, maximumOutputBytes + 1)
    }

    /// Computes a value per template from its shape and its partials' values, in post-order with
    /// an explicit stack (a chain of thousands of partials must not overflow the stack); a partial
    /// still being computed (a cycle, refused elsewhere) counts as 0.
    private func fold(_ combine: (TemplateShape, (String) -> Int) -> Int) -> [String: Int] {
        var values: [String: Int] = [:]
        var inProgress: Set<String> = []
        for root in shapes.keys.sorted() where values[root] == nil {
            var stack = [root]
            while let name = stack.last {
                guard values[name] == nil, let shape = shapes[name] else {
                    stack.removeLast()
                    continue
                }
                let pending = shape.inclusions.map(\.name).filter {
                    values[$0] == nil && shapes[$0] != nil && !inProgress.contains($0)
                }
                if pending.isEmpty || inProgress.contains(name) {
                    values[name] = combine(shape) { values[$0] ?? 0 }
                    inProgress.remove(name)
                    stack.removeLast()
                } else {
                    inProgress.insert(name)
                    stack += Set(pending).sorted()
                }
            }
        }
        return values
    }
}
