import CLibXML2
import Foundation
@testable import CalidocKit

/// The foreign markup calidoc's ODF parts may carry on purpose, removed before the schema check.
///
/// ODF 1.3 lets a document carry elements and attributes of other namespaces (an *extended*
/// document): it conforms when it is valid against the OpenDocument schema once they are removed,
/// which the strict RelaxNG schema itself cannot express. calidoc writes one such attribute,
/// LibreOffice's `loext:text-changes-only` on the row style of a redline's inserted or deleted
/// table rows (see `ODFTextBody+Redline.swift`). Only the namespaces listed here are removed, so any
/// other foreign markup still fails the check.
enum ODFForeignMarkup {
    /// Namespaces calidoc writes foreign markup in.
    static let namespaces = [ODFNamespaces.libreOfficeExtension]

    /// Rewrites the XML parts of an unzipped package without the foreign markup of ``namespaces``
    /// (attributes, and elements with their content); a part without any is left as it is.
    static func strip(_ folder: URL, parts: [String] = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]) throws {
        for part in parts {
            let url = folder.appending(path: part)
            guard let data = try? Data(contentsOf: url), let stripped = stripped(Array(data)) else { continue }
            try Data(stripped).write(to: url)
        }
    }

    /// `bytes` without the foreign markup, or nil when there is none (or the part is not XML).
    static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        guard let tree = XMLTree(bytes) else { return nil }
        var changed = false
        for namespace in namespaces {
            let outside = "not(ancestor::*[namespace-uri()='\(namespace)'])"
            for attribute in tree.nodes("//@*[namespace-uri()='\(namespace)' and \(outside)]") {
                xmlRemoveProp(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlAttr.self))
                changed = true
            }
            for element in tree.nodes("//*[namespace-uri()='\(namespace)' and \(outside)]") {
                xmlUnlinkNode(element)
                xmlFreeNode(element)
                changed = true
            }
        }
        return changed ? tree.serialized() : nil
    }
}
