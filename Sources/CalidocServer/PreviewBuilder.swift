import CalidocKit
import Foundation

/// Builds the HTML preview of a document from input files held in memory (the text being edited),
/// with the HTML writer, the same way `calidoc build` does.
enum PreviewBuilder {
    /// The preview page of `kind` (or of the first document the workspace can build) from a
    /// validation already run — the editor's check shows the problems and the preview of the same
    /// text from one load and one run of the rules — or a short page saying why there is none.
    static func html(validation: WorkspaceValidation, kind: DocumentKind, language: MessageLanguage) -> [UInt8] {
        guard validation.loaded.workspace != nil else {
            return message(language.pick(
                "No hay vista previa mientras calidoc.yaml no se pueda leer: corrija los errores señalados.",
                "No preview while calidoc.yaml cannot be read: fix the errors shown."), language: language)
        }
        // The preview is what `calidoc build` would write: only from a workspace the rules let through,
        // so it never shows a document that the build would refuse.
        let workspace: ValidatedWorkspace
        do {
            workspace = try validation.validated()
        } catch let failure as ValidationFailure {
            let count = failure.blocking.count
            return message(language.pick(
                "La vista previa vuelve cuando se \(count == 1 ? "corrija el error señalado" : "corrijan los \(count) errores señalados").",
                "The preview comes back once \(count == 1 ? "the error shown is" : "the \(count) errors shown are") fixed."), language: language)
        } catch {
            return message(language.pick("No se pudo preparar la vista previa.", "The preview could not be prepared."), language: language)
        }
        let available = DocumentBuilder.availableKinds(in: workspace)
        guard let chosen = available.contains(kind) ? kind : available.first else {
            return message(language.pick(
                "Este espacio de trabajo aún no tiene documentos que mostrar (falta la Política, el Plan o el Diagnóstico, o no se pueden leer).",
                "This workspace has no document to show yet (the Policy, Plan or Diagnosis is missing or cannot be read)."), language: language)
        }
        do {
            let document = try DocumentBuilder(workspace: workspace).build(chosen, from: workspace)
            return try WriterRegistry.writer(for: .html).write(document, options: WriterOptions(language: language))
        } catch let error as any CalidocError {
            return message(error.message(language), language: language)
        } catch {
            return message(language.pick("No se pudo preparar la vista previa.", "The preview could not be prepared."), language: language)
        }
    }

    /// A minimal page holding one sentence.
    static func message(_ text: String, language: MessageLanguage) -> [UInt8] {
        let html = "<!DOCTYPE html>\n<html lang=\"\(language == .es ? "es-CL" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(esc(language.pick("Vista previa", "Preview")))</title>\n</head>\n<body>\n<p>\(esc(text))</p>\n</body>\n</html>\n"
        return Array(html.utf8)
    }
}
