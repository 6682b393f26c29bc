/// Writes a ``Presentation`` as one self-contained HTML file: one `<section>` per slide, keyboard
/// navigation (arrows, Page Up/Down, Home, End), and print CSS with one slide per landscape page.
public struct HTMLSlidesWriter: DeckWriter {
    /// `html`.
    public static let format = OutputFormat.html

    /// Creates the writer.
    public init() {}

    /// The HTML bytes (HTML shows everything a slide holds: no warnings).
    public func render(_ presentation: Presentation, options: WriterOptions) throws -> WriterOutput {
        WriterOutput(bytes: write(presentation))
    }

    /// The HTML bytes.
    public func write(_ presentation: Presentation) -> [UInt8] {
        let document = Document(metadata: presentation.metadata, blocks: presentation.slides.flatMap(\.blocks), resources: presentation.resources)
        var state = HTMLRenderState(document: document)
        let meta = presentation.metadata
        var html = "<!DOCTYPE html>\n<html lang=\"\(XMLText.escaped(meta.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(XMLText.escaped(meta.title))</title>\n<meta name=\"author\" content=\"\(XMLText.escaped(meta.institution))\">\n"
        html += "<style>\n\(Self.css)</style>\n</head>\n<body>\n<main>\n"
        for (index, slide) in presentation.slides.enumerated() {
            html += "<section class=\"diapositiva \(slide.layout.rawValue)\" id=\"d\(index + 1)\" aria-label=\"Diapositiva \(index + 1)\">\n"
            let level = slide.layout == .title ? 1 : 2
            if !slide.title.isEmpty { html += "<h\(level)>\(XMLText.escaped(slide.title))</h\(level)>\n" }
            html += "<div class=\"cuerpo\">\n" + state.blocks(slide.blocks) + "</div>\n"
            html += "<footer><span>\(XMLText.escaped(meta.institution))</span><span>\(index + 1) / \(presentation.slides.count)</span></footer>\n"
            html += "</section>\n"
        }
        html += "</main>\n<script>\n\(Self.script)</script>\n</body>\n</html>\n"
        return Array(html.utf8)
    }

    static let css = """
        html, body { margin: 0; background: #2b2b2b; font-family: "Liberation Sans", Arial, sans-serif; }
        .diapositiva { box-sizing: border-box; width: 100vw; height: 100vh; padding: 4vh 6vw 8vh; background: #fff;
                       color: #1a1a1a; display: none; position: relative; overflow: hidden; font-size: 2.6vh; }
        .diapositiva.activa { display: block; }
        .diapositiva h1 { font-size: 6vh; margin-top: 22vh; color: #0f3c78; }
        .diapositiva h2 { font-size: 4.4vh; color: #0f3c78; border-bottom: 0.4vh solid #0f69b4; padding-bottom: 1vh; }
        .diapositiva.seccion h2, .diapositiva.cierre h2 { font-size: 7vh; border: none; text-align: center; margin-top: 30vh; }
        .diapositiva.titulo p, .diapositiva.cierre p { text-align: center; font-size: 3vh; }
        .diapositiva.titulo h1 { text-align: center; }
        .diapositiva figure { text-align: center; margin: 1vh 0; }
        .diapositiva figure img { max-height: 55vh; max-width: 100%; }
        .diapositiva li > p { margin: 0.6vh 0; }
        .diapositiva table { border-collapse: collapse; }
        .diapositiva th, .diapositiva td { border: 1px solid #777; padding: 0.4vh 0.6vw; }
        .diapositiva footer { position: absolute; left: 6vw; right: 6vw; bottom: 2.5vh; display: flex;
                              justify-content: space-between; font-size: 1.8vh; color: #555; }
        @page { size: 297mm 167mm; margin: 0; }
        @media print {
          html, body { background: #fff; }
          .diapositiva { display: block; width: 297mm; height: 167mm; font-size: 4.6mm; break-after: page; }
        }

        """

    static let script = """
        (function () {
          var slides = document.querySelectorAll('.diapositiva');
          var current = Math.max(0, Math.min(slides.length - 1, parseInt((location.hash || '#d1').slice(2), 10) - 1 || 0));
          function show(index) {
            current = Math.max(0, Math.min(slides.length - 1, index));
            for (var i = 0; i < slides.length; i++) { slides[i].classList.toggle('activa', i === current); }
            history.replaceState(null, '', '#d' + (current + 1));
          }
          document.addEventListener('keydown', function (event) {
            if (['ArrowRight', 'PageDown', ' ', 'Enter'].indexOf(event.key) >= 0) { show(current + 1); event.preventDefault(); }
            else if (['ArrowLeft', 'PageUp', 'Backspace'].indexOf(event.key) >= 0) { show(current - 1); event.preventDefault(); }
            else if (event.key === 'Home') { show(0); } else if (event.key === 'End') { show(slides.length - 1); }
          });
          document.addEventListener('click', function () { show(current + 1); });
          show(current);
        })();

        """
}
