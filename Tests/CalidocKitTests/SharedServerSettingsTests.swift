import CalidocKit
import Foundation
import Testing

/// `servidor.yaml`: read whole, or refused at the first problem with its line and column.
@Suite struct SharedServerSettingsTests {
    let base = URL(fileURLWithPath: "/etc/calidoc")

    @Test func aCompleteFile() throws {
        let settings = try SharedServerSettings.parse("""
            almacen:
              tipo: postgresql
              carpeta: datos
              url: postgresql://calidoc@127.0.0.1:5432/calidoc
            escucha:
              direccion: 0.0.0.0
              puerto: 8443
            origen_publico: https://calidoc.servicio.gob.cl
            sesion_minutos: 60
            raices_de_confianza: /etc/calidoc/raices.pem
            """, file: "servidor.yaml", base: base)
        #expect(settings.store == .postgresql(url: "postgresql://calidoc@127.0.0.1:5432/calidoc"))
        #expect(settings.folder.path == "/etc/calidoc/datos")
        #expect(settings.address == "0.0.0.0" && settings.port == 8443 && settings.sessionMinutes == 60)
        #expect(settings.publicOrigin == "https://calidoc.servicio.gob.cl")
        #expect(settings.trustRoots?.path == "/etc/calidoc/raices.pem")
    }

    @Test func defaults() throws {
        let settings = try SharedServerSettings.parse("almacen:\n  carpeta: /srv/calidoc\n", file: "servidor.yaml", base: base)
        #expect(settings.store == .folders && settings.address == "127.0.0.1" && settings.port == 8080 && settings.sessionMinutes == 480)
    }

    @Test(arguments: [
        ("almacen:\n  carpeta: x\nescucha:\n  puero: 80\n", "servidor.yaml:4:3:", "clave desconocida «puero»"),
        ("almacen:\n  carpeta: x\nescucha:\n  puerto: ochenta\n", "servidor.yaml:4:11:", "número entero entre 0 y 65535"),
        ("almacen:\n  carpeta: x\nescucha:\n  puerto: 70000\n", "servidor.yaml:4:11:", "número entero entre 0 y 65535"),
        ("almacen:\n  tipo: postgresql\n  carpeta: x\n", "servidor.yaml:2:3:", "falta «url»"),
        ("almacen:\n  tipo: mysql\n  carpeta: x\n", "servidor.yaml:2:9:", "«carpetas» o «postgresql»"),
        ("almacen:\n  carpeta: x\norigen_publico: calidoc.gob.cl/ruta\n", "servidor.yaml:3:17:", "sin ruta"),
        ("escucha:\n  puerto: 80\n", "servidor.yaml:1:1:", "falta «almacen»"),
        ("almacen: [1, 2\n", "servidor.yaml:1:1:", "no es YAML válido"),
        ("almacen:\n  carpeta: x\nsesion_minutos: 0\n", "servidor.yaml:3:17:", "entre 5 y 10080"),
    ])
    func problemsAreLocated(_ text: String, _ place: String, _ words: String) {
        do {
            _ = try SharedServerSettings.parse(text, file: "servidor.yaml", base: base)
            Issue.record("accepted: \(text)")
        } catch let error as StoreError {
            let message = error.message(.es)
            #expect(message.hasPrefix(place) && message.contains(words), "\(message)")
            #expect(error.category == .usage)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
