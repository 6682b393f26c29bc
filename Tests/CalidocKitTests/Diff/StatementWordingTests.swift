import Foundation
import Testing
@testable import CalidocKit

/// Statements a Comité can paste as they are, on a second institution (the servicio sample): a
/// renamed principle names both names, an actor's new responsibilities are quoted without diff
/// notation, a small rewording says what changed, and aggregate statements say only what calidoc
/// knows unless the section's `motivo` says why.
@Suite struct StatementWordingTests {
    static func statements(_ edit: (inout Policy) -> Void, language: MessageLanguage = .es) throws -> [String] {
        let old = try ChangeSetTests.workspace(TestPaths.servicio)
        var new = old
        var policy = try #require(new.policy)
        edit(&policy)
        new.policy = policy
        return ChangeSet.compute(old: old, new: new, language: language).allChanges.map(\.enunciado)
    }

    @Test func renamedPrincipleNamesBothNames() throws {
        #expect(try Self.statements { $0.principios.items[0].nombre = "Simpleza" }
            == ["Se modifica el nombre del principio “Simplicidad” a “Simpleza”."])
        #expect(try Self.statements({ $0.principios.items[0].nombre = "Simpleza" }, language: .en)
            == ["The name of principle “Simplicidad” changes to “Simpleza”."])
        #expect(try Self.statements { $0.objetivos.items[0].titulo = "Un título nuevo" }.first?
            .hasPrefix("Se modifica el título del objetivo “") == true)
    }

    @Test func smallRewordingsSayWhatChanged() throws {
        #expect(try Self.statements {
            $0.principios.items[1].descripcion = "Respondemos dentro de los plazos comprometidos y avisamos por correo cuando no es posible."
        } == ["Se modifica la redacción del principio N°2, incorporando “por correo”."])
        #expect(try Self.statements {
            $0.principios.items[1].descripcion = "Respondemos dentro de los plazos legales y avisamos cuando no es posible."
        } == ["Se modifica la redacción del principio N°2, reemplazando “comprometidos” por “legales”."])
        #expect(try Self.statements {
            $0.principios.items[1].descripcion = "Respondemos dentro de los plazos comprometidos."
        } == ["Se modifica la redacción del principio N°2, eliminando “y avisamos cuando no es posible”."])
        // With a motivo, the institution's words say why (the GORE deck's form).
        #expect(try Self.statements {
            $0.principios.items[1].descripcion = "Respondemos dentro de los plazos legales y avisamos cuando no es posible."
            $0.principios.items[1].motivo = "ajustándolo a la ley"
        } == ["Se modifica la redacción del principio N°2, ajustándolo a la ley: “Oportunidad: Respondemos dentro de los plazos legales y avisamos cuando no es posible”."])
    }

    @Test func actorResponsibilitiesAreQuotedNotDiffed() throws {
        let added = try Self.statements { $0.actores.items[0].responsabilidades.append("Informar al Comité cada trimestre.") }
        #expect(added == ["Se agrega una responsabilidad/función a “Director/a Nacional”: “Informar al Comité cada trimestre”."])
        let old = try ChangeSetTests.workspace(TestPaths.servicio)
        var new = old
        new.policy?.actores.items[0].responsabilidades += ["Uno más.", "Y otro."]
        new.policy?.actores.items[1].responsabilidades.removeFirst()
        let changes = ChangeSet.compute(old: old, new: new).allChanges
        #expect(changes[0].enunciado == "Se agregan responsabilidades/funciones a “Director/a Nacional”:")
        #expect(changes[0].lista == ["Uno más.", "Y otro."])
        #expect(changes[1].enunciado.hasPrefix("Se elimina una responsabilidad/función de “Comité de Calidad de Servicio"))
        for change in changes {
            #expect(!change.enunciado.contains("+ ") && !change.enunciado.contains("− "))
            #expect(change.detalles.allSatisfy { !$0.hasPrefix("+") && !$0.hasPrefix("−") })
        }
        let reworded = try Self.statements {
            $0.actores.items[0].responsabilidades[1] = "Presidir el Comité al menos una vez por trimestre."
        }
        #expect(reworded == ["Se modifica una responsabilidad/función de “Director/a Nacional”, reemplazando “semestre” por “trimestre”: “Presidir el Comité al menos una vez por trimestre”."])
        let renamed = try Self.statements { $0.actores.items[0].actor = "Directora Nacional" }
        #expect(renamed == ["Se modifica el nombre del actor “Director/a Nacional” a “Directora Nacional”."])
    }

    /// Most segments re-characterised: counted, not explained, unless the section says why.
    @Test func aggregateSegmentStatementClaimsNothing() throws {
        let counted = try Self.statements { policy in
            for index in policy.usuarios.items.indices { policy.usuarios.items[index].caracteristicas = "Texto nuevo \(index)." }
        }
        let segments = try #require(counted.first)
        #expect(segments.hasPrefix("Se modifica la caracterización de "))
        #expect(segments.hasSuffix(" grupos de personas usuarias (características)."))
        #expect(!counted.joined().contains("distintas fuentes"))
        let explained = try Self.statements { policy in
            for index in policy.usuarios.items.indices { policy.usuarios.items[index].caracteristicas = "Texto nuevo \(index)." }
            policy.usuarios.motivo = "se caracteriza cada grupo con datos del registro de atenciones"
        }
        #expect(explained.first == "Se caracteriza cada grupo con datos del registro de atenciones.")
    }

    @Test func wordingEditFindsTheSmallestSpan() {
        #expect(WordingEdit.between("a b c", "a b x c") == .inserted("x"))
        #expect(WordingEdit.between("a b c", "a c") == .removed("b"))
        #expect(WordingEdit.between("a b c", "a y c") == .replaced(old: "b", new: "y"))
        #expect(WordingEdit.between("a b c", "x y z") == nil)
        #expect(WordingEdit.between("a b c", "a b c") == nil)
        #expect(WordingEdit.between("a **b** c", "a b c") == nil)
    }
}
