import Foundation

/// Builds `styles.xml`: named styles, list and outline styles, the A4 page layout and the master
/// page with the running header (institution, logo) and footer (title, version, "Página N de M").
enum ODFStylesPart {
    /// The logo placed in the header, if any.
    struct HeaderLogo {
        let path: String
        let widthCM: Double
        let heightCM: Double
    }

    static func build(_ metadata: DocumentMetadata, logo: HeaderLogo?) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles"
        for (name, value) in ODFNamespaces.all { xml += " \(name)=\"\(value)\"" }
        xml += " office:version=\"1.3\">"
        xml += "<office:font-face-decls>\(ODFStyles.fontFaces)</office:font-face-decls>"
        xml += "<office:styles>\(ODFStyles.defaults)"
        xml += ODFStyles.named.map(\.xml).joined()
        xml += ODFStyles.lists.map(\.xml).joined()
        xml += ODFStyles.outline
        xml += "</office:styles>"
        xml += "<office:automatic-styles>\(pageLayout)</office:automatic-styles>"
        xml += "<office:master-styles>\(masterPage(metadata, logo: logo))</office:master-styles>"
        xml += "</office:document-styles>"
        return Array(xml.utf8)
    }

    static let pageLayout =
        "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
        + "style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2cm\"/>"
        + "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\"/></style:header-style>"
        + "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.5cm\"/></style:footer-style>"
        + "</style:page-layout>"

    static func masterPage(_ metadata: DocumentMetadata, logo: HeaderLogo?) -> String {
        let writer = XMLWriter(fragment: ())
        writer.element("style:master-page", ["style:name": "Standard", "style:page-layout-name": "pm1"]) {
            headerFooter(writer, metadata, logo: logo)
        }
        return writer.finishString()
    }

    /// The `<style:header>` and `<style:footer>` of the master page (user text escaped by the writer).
    static func headerFooter(_ writer: XMLWriter, _ metadata: DocumentMetadata, logo: HeaderLogo?) {
        writer.element("style:header") {
            writer.element("text:p", ["text:style-name": "Header"]) {
                if let logo {
                    writer.element("draw:frame", [
                        "draw:name": "Logo", "text:anchor-type": "as-char", "svg:width": ODFLength.cm(logo.widthCM),
                        "svg:height": ODFLength.cm(logo.heightCM), "draw:z-index": "0",
                    ]) {
                        writer.element("draw:image", [
                            "xlink:href": logo.path, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad",
                        ])
                    }
                    writer.element("text:tab")
                }
                writer.text(metadata.headerText ?? metadata.institution)
            }
        }
        writer.element("style:footer") {
            writer.element("text:p", ["text:style-name": "Footer"]) {
                writer.text(metadata.footerText ?? metadata.title)
                writer.element("text:tab")
                writer.text("Página ")
                writer.element("text:page-number", ["text:select-page": "current"], text: "1")
                writer.text(" de ")
                writer.element("text:page-count", text: "1")
            }
        }
    }
}
