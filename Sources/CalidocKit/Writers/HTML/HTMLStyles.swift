/// The inline style sheet of HTML output: readable on screen, A4 with page breaks when printed.
enum HTMLStyles {
    static func css(for metadata: DocumentMetadata) -> String {
        """
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.5;
               color: #1a1a1a; max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
        .encabezado { display: flex; align-items: center; gap: 1rem; border-bottom: 1px solid #8a8a8a;
                      padding-bottom: .5rem; color: #444; font-size: 9pt; }
        .encabezado .logo { max-height: 2.5rem; }
        .pie { border-top: 1px solid #8a8a8a; margin-top: 2rem; color: #444; font-size: 9pt; }
        h1 { font-size: 20pt; margin: 1.5rem 0 .5rem; }
        h1.titulo { text-align: center; }
        p.subtitulo { text-align: center; color: #444; margin: .2rem 0; }
        h2 { font-size: 14pt; margin: 1.8rem 0 .6rem; }
        h3 { font-size: 12pt; margin: 1.2rem 0 .4rem; }
        h4 { font-size: 11pt; margin: 1rem 0 .3rem; }
        p { margin: .4rem 0; text-align: justify; hyphens: auto; }
        li > p { margin: .2rem 0; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: 9.5pt; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border: 1px solid #777; padding: .3rem .4rem; vertical-align: top; text-align: left; }
        thead th { background: #e8e8e8; }
        tbody th { background: #f4f4f4; font-weight: bold; }
        td p, th p { margin: .1rem 0; text-align: left; }
        nav.indice ul { list-style: none; padding-left: 0; }
        nav.indice li.nivel-3 { padding-left: 1.5rem; }
        nav.indice li.nivel-4 { padding-left: 3rem; }
        blockquote { margin: .8rem 2rem; font-style: italic; }
        figure { margin: 1rem 0; text-align: center; }
        figcaption { font-size: 9pt; color: #444; }
        @page { size: A4; margin: 2.5cm 2cm; }
        @media print {
          body { max-width: none; padding: 0; }
          .salto-pagina { break-before: page; }
          h2, h3, h4 { break-after: avoid; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          nav.indice a { color: inherit; text-decoration: none; }
        }

        """
    }
}
