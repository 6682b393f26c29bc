import CalidocKit
import Testing

/// Every store error says what happened in Spanish and in English, and the audit verdicts too.
@Suite struct StoreErrorTests {
    static let errors: [StoreError] = [
        .conflict(file: "politica.yaml", current: .absent), .unknownInstitution("x"), .institutionExists("x"),
        .accountExists(username: "ana", institution: "x"), .unknownAccount(username: "ana", institution: "x"),
        .lastAdministrator(username: "ana", institution: "x"), .invalidName(kind: .displayName, text: ""), .invalidName(kind: .file, text: "../a"),
        .invalidName(kind: .institution, text: "A"), .invalidName(kind: .workspace, text: "."),
        .invalidName(kind: .username, text: ""), .tooLarge(file: "plan.yaml", size: 9, limit: 5),
        .unreadable(file: "plan.yaml", reason: LocalizedMessage(es: "es un enlace", en: "it is a link")),
        .cannotWrite(file: "plan.yaml", reason: LocalizedMessage(es: "disco lleno", en: "disk full")),
        .database(detail: "conexión cerrada"), .damaged(detail: "rol desconocido"),
    ]

    @Test(arguments: errors)
    func saysWhatHappenedInBothLanguages(_ error: StoreError) {
        #expect(!error.message(.es).isEmpty)
        #expect(!error.message(.en).isEmpty)
        #expect(error.message(.es) != error.message(.en))
    }

    @Test func auditVerdictsAreWords() {
        let verdicts: [AuditVerification] = [
            .intact(count: 3), .broken(sequence: 2, problem: .content), .broken(sequence: 2, problem: .link),
            .broken(sequence: 3, problem: .gap(expected: 2)), .broken(sequence: 4, problem: .head(expected: AuditHead(sequence: 4, hash: "x"))),
            .broken(sequence: 1, problem: .otherInstitution),
        ]
        for verdict in verdicts {
            #expect(!verdict.message(.es).isEmpty)
            #expect(verdict.message(.es) != verdict.message(.en))
        }
        #expect(AuditVerification.intact(count: 3).message(.es) == "registro de auditoría íntegro: 3 entradas")
    }

    @Test func namesAreCheckedBeforeAnyPathIsBuilt() {
        #expect(StoreNames.isValidId("sernac"))
        #expect(StoreNames.isValidId("gore-rm.2026"))
        for bad in ["", ".", "..", ".oculto", "-x", "Mayus", "con/barra", "ñandu", String(repeating: "a", count: 64)] {
            #expect(!StoreNames.isValidId(bad), "\(bad)")
        }
        #expect(StoreNames.isValidFileName("politica.yaml"))
        #expect(StoreNames.isValidFileName("sesiones/2026-03.yaml"))
        for bad in ["politica.yml", "otra/x.yaml", "sesiones/../x.yaml", "sesiones/.yaml", ".yaml", "a/b/c.yaml", "/politica.yaml"] {
            #expect(!StoreNames.isValidFileName(bad), "\(bad)")
        }
    }
}
