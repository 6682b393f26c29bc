/// Which templates include which (`{{> name}}`, `{{< name}}`), to refuse inclusion cycles.
///
/// A template that includes itself, directly or through others, never finishes rendering: the
/// renderer recurses until the stack overflows and the process dies. calidoc's contexts hold no
/// recursive data, so no template needs a recursive partial; every cycle is refused with the file
/// and line of the inclusion that closes it.
struct PartialGraph {
    /// Template name → (line, included name) in source order.
    let edges: [String: [(line: Int, name: String)]]

    /// The graph of `sources` (name → text).
    init(sources: [String: String]) {
        edges = sources.mapValues { TemplateCheck.partials(in: $0).map { (line: $0.0, name: $0.1) } }
    }

    /// The first cycle found, as the template and line of the inclusion that closes it and the
    /// names along the cycle (first and last equal), or `nil`.
    func firstCycle() -> (template: String, line: Int, path: [String])? {
        var finished = Set<String>()
        for root in edges.keys.sorted() where !finished.contains(root) {
            // Iterative depth-first search: a long chain of templates must not overflow the stack either.
            var stack: [(name: String, next: Int)] = [(root, 0)]
            var onPath: Set<String> = [root]
            while let top = stack.last {
                let outgoing = edges[top.name] ?? []
                guard top.next < outgoing.count else {
                    stack.removeLast()
                    onPath.remove(top.name)
                    finished.insert(top.name)
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = outgoing[top.next]
                if onPath.contains(edge.name) {
                    let names = stack.map(\.name)
                    let start = names.firstIndex(of: edge.name) ?? 0
                    return (top.name, edge.line, Array(names[start...]) + [edge.name])
                }
                guard !finished.contains(edge.name), edges[edge.name] != nil else { continue }
                stack.append((edge.name, 0))
                onPath.insert(edge.name)
            }
        }
        return nil
    }
}
