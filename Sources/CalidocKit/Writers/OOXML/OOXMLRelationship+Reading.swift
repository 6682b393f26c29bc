extension OOXMLRelationship {
    /// The relationships of a `.rels` part read as a tree: (Id, Type, Target) of each
    /// `<Relationship>`, whatever its quoting, attribute order or line breaks.
    static func read(_ bytes: [UInt8]?) -> [(id: String, type: String, target: String)] {
        guard let bytes, let tree = XMLTree(bytes) else { return [] }
        return tree.nodes("/rel:Relationships/rel:Relationship").compactMap { node in
            guard let id = XMLTree.attribute(node, "Id"), let type = XMLTree.attribute(node, "Type"),
                let target = XMLTree.attribute(node, "Target")
            else { return nil }
            return (id, type, target)
        }
    }
}
