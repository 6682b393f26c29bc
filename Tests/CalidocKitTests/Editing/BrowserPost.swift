import CLibXML2
import Foundation
import Testing
@testable import CalidocKit

/// What a browser posts for the editor's form: the form's HTML read with libxml2 (it must be
/// well-formed), then its controls in document order as HTML's form submission collects them.
struct BrowserPost {
    let tree: XMLTree

    init(_ html: String) throws {
        tree = try #require(XMLTree(fragment: html, root: "form"), "the form is not well-formed:\n\(html)")
    }

    /// The fields a press of any button posts (the button's own `accion` is the action).
    var fields: [EditorField] {
        var result: [EditorField] = []
        for node in tree.nodes("//input | //textarea | //select") {
            let element = XMLTree.localName(node)
            guard let name = XMLTree.attribute(node, "name") else { continue }
            switch element {
            case "input":
                let type = XMLTree.attribute(node, "type") ?? "text"
                if type == "checkbox" || type == "radio" {
                    guard XMLTree.attribute(node, "checked") != nil else { continue }
                    result.append(EditorField(name: name, value: XMLTree.attribute(node, "value") ?? "on"))
                } else {
                    // Browsers strip line breaks from a single-line input's value.
                    let value = (XMLTree.attribute(node, "value") ?? "").filter { $0 != "\n" && $0 != "\r" }
                    result.append(EditorField(name: name, value: value))
                }
            case "textarea":
                // The HTML parser drops one line break right after the start tag; browsers post CR LF.
                var text = XMLTree.content(node)
                if text.hasPrefix("\n") { text.removeFirst() }
                result.append(EditorField(name: name, value: text.replacingOccurrences(of: "\n", with: "\r\n")))
            case "select":
                let options = tree.nodes("option", from: node)
                let chosen = options.first { XMLTree.attribute($0, "selected") != nil } ?? options.first
                result.append(EditorField(name: name, value: chosen.map { XMLTree.attribute($0, "value") ?? XMLTree.content($0) } ?? ""))
            default:
                continue
            }
        }
        return result
    }

    /// The values of the `accion` buttons, in order.
    var actions: [String] {
        tree.nodes("//button[@name='accion']").compactMap { XMLTree.attribute($0, "value") }
    }

    /// Every `id` attribute.
    var ids: [String] { tree.strings("//@id") }

    /// The value posted for `name` (the last one), if any.
    func value(_ name: String) -> String? {
        fields.last { $0.name == name }?.value
    }

    /// Replaces the value posted for `name` (as if the person typed it).
    static func replacing(_ fields: [EditorField], _ name: String, with value: String) -> [EditorField] {
        fields.map { $0.name == name ? EditorField(name: name, value: value) : $0 }
    }
}
