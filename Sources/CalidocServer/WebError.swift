import CalidocKit
import Hummingbird

/// A refusal of the web application itself (not found, forbidden, conflict …), with the message the
/// person reads.
struct WebError: Error {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// What happened and what to do.
    var message: LocalizedMessage

    init(_ status: HTTPResponse.Status, es: String, en: String) {
        self.status = status
        self.message = LocalizedMessage(es: es, en: en)
    }

    static let notFound = WebError(
        .notFound, es: "Esta página no existe. Vuelva al inicio y elija un espacio de trabajo.",
        en: "This page does not exist. Go back home and choose a workspace.")

    static let unknownWorkspace = WebError(
        .notFound, es: "No hay ningún espacio de trabajo con ese nombre entre los que sirve calidoc.",
        en: "No workspace with that name is among those calidoc serves.")

    static let unknownFile = WebError(
        .notFound, es: "Ese archivo no es uno de los archivos de un espacio de trabajo.",
        en: "That file is not one of a workspace's files.")

    static let badCSRF = WebError(
        .forbidden,
        es: "El formulario no trae el código de seguridad de esta sesión (quizá se reinició calidoc serve). Vuelva a abrir la página e intente de nuevo; su texto no se guardó.",
        en: "The form lacks this session's security code (calidoc serve may have restarted). Open the page again and retry; your text was not saved.")

    static let badHost = WebError(
        .forbidden,
        es: "calidoc serve sólo responde a http://127.0.0.1 o http://localhost con su puerto; esta petición llegó con otro nombre de servidor y se rechazó por seguridad.",
        en: "calidoc serve only answers http://127.0.0.1 or http://localhost with its port; this request came with another host name and was refused for safety.")

    static let badOrigin = WebError(
        .forbidden,
        es: "Esta petición viene de otra página web y se rechazó: sólo las páginas de calidoc serve pueden cambiar sus archivos.",
        en: "This request comes from another web page and was refused: only calidoc serve's own pages may change its files.")

    static let tooLarge = WebError(
        .contentTooLarge,
        es: "Lo enviado es demasiado grande (el máximo es 2 MB). Divida el texto o quite contenido pegado por error.",
        en: "What was sent is too large (at most 2 MB). Split the text or remove content pasted by mistake.")

    static let needsLogin = WebError(
        .unauthorized, es: "Entre con su usuario y contraseña para usar calidoc en este servidor.",
        en: "Log in with your user name and password to use calidoc on this server.")

    static func roleCannotWrite(_ role: String, _ roleEN: String) -> WebError {
        WebError(
            .forbidden,
            es: "Su rol (\(role)) permite leer los documentos de su institución, no modificarlos. Pida a quien edita que haga el cambio.",
            en: "Your role (\(roleEN)) may read your institution's documents, not change them. Ask an editor to make the change.")
    }

    static let administratorsOnly = WebError(
        .forbidden,
        es: "Esta página es sólo para quien administra las cuentas de su institución (rol administración). Si necesita un cambio en una cuenta, pídaselo a esa persona.",
        en: "This page is only for whoever manages your institution's accounts (administrator role). If you need a change to an account, ask that person.")

    static let badForm = WebError(
        .badRequest, es: "El formulario enviado no se pudo leer. Vuelva a abrir la página e intente de nuevo.",
        en: "The form sent could not be read. Open the page again and retry.")

    static let needsJSON = WebError(
        .unsupportedMediaType, es: "La API sólo acepta cuerpos JSON (Content-Type: application/json).",
        en: "The API only accepts JSON bodies (Content-Type: application/json).")
}

/// The one place that turns any error into an HTTP status and a message.
enum ErrorStatus {
    /// The status of a calidoc error category.
    static func status(for category: ErrorCategory) -> HTTPResponse.Status {
        switch category {
        case .usage: .badRequest
        case .input, .validation, .template, .signature: .unprocessableContent
        case .writer, .io, .archive: .internalServerError
        }
    }

    /// Status and message for any error.
    static func describe(_ error: any Error) -> (HTTPResponse.Status, LocalizedMessage) {
        switch error {
        case let error as WebError:
            return (error.status, error.message)
        case let error as WriterError:
            if case .missingTool = error {
                return (.serviceUnavailable, LocalizedMessage(es: error.message(.es), en: error.message(.en)))
            }
            return (status(for: error.category), LocalizedMessage(es: error.message(.es), en: error.message(.en)))
        case let error as any CalidocError:
            return (status(for: error.category), LocalizedMessage(es: error.message(.es), en: error.message(.en)))
        case let error as any HTTPResponseError:
            switch error.status {
            case .contentTooLarge: return (.contentTooLarge, WebError.tooLarge.message)
            case .notFound: return (.notFound, WebError.notFound.message)
            case .methodNotAllowed:
                return (.methodNotAllowed, LocalizedMessage(es: "Esta dirección no acepta esa operación.", en: "This address does not accept that operation."))
            default:
                return (error.status.code >= 500 ? .internalServerError : error.status, generic(error.status))
            }
        default:
            return (.internalServerError, generic(.internalServerError))
        }
    }

    static func generic(_ status: HTTPResponse.Status) -> LocalizedMessage {
        if status.code >= 500 {
            return LocalizedMessage(
                es: "calidoc no pudo completar la operación. Sus archivos no cambiaron; intente de nuevo.",
                en: "calidoc could not complete the operation. Your files did not change; try again.")
        }
        return LocalizedMessage(
            es: "La petición no se pudo atender (\(status.code)). Vuelva al inicio e intente de nuevo.",
            en: "The request could not be served (\(status.code)). Go back home and try again.")
    }
}
