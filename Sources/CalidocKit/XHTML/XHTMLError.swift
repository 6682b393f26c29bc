/// A problem in template markup, found when reading the rendered XHTML.
struct XHTMLProblem: Error, Sendable {
    /// 1-based line in the parsed text.
    let line: Int
    /// What is wrong (Spanish / English).
    let message: LocalizedMessage
}
