import Foundation
import Testing
@testable import CalidocKit

/// The typed boundary after validation: build, diff, deck and the archive take only a
/// ``ValidatedWorkspace``, so rule errors stop them all, not only loader errors.
@Suite struct ValidatedWorkspaceTests {
    /// A copy of the servicio sample with one text replaced in one file.
    static func sample(_ file: String, replacing old: String, with new: String) throws -> URL {
        let folder = try TestPaths.temporaryFolder().appending(path: "servicio")
        try FileManager.default.copyItem(at: TestPaths.servicio, to: folder)
        let url = folder.appending(path: file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the sample changed: \(old) is not in \(file)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func samplesValidate() throws {
        let validated = try WorkspaceValidation.validated(at: TestPaths.servicio)
        #expect(validated.warnings.allSatisfy { $0.severity != .error })
        #expect(validated.manifest.institucion.nombre == validated.workspace.manifest.institucion.nombre)
        _ = try WorkspaceValidation.validated(at: TestPaths.gore)
    }

    /// A rule error (not a loader error) now blocks the diff: before, `diff` skipped the rules.
    @Test func ruleErrorBlocksDiff() throws {
        let broken = try Self.sample("politica.yaml", replacing: "objetivos_institucionales: [oe-3]",
                                     with: "objetivos_institucionales: [oe-99]")
        let failure = try #require(throws: ValidationFailure.self) { try VersionDiff.load(broken) }
        #expect(failure.category == .validation)
        let error = try #require(failure.blocking.first { $0.code == "CAL-VA-002" })
        #expect(error.location?.line == 61)
        // The same id is also listed in section IV's relation (line 76).
        #expect(failure.blocking.map(\.code) == ["CAL-VA-002", "CAL-VA-002"])
        #expect(failure.blocking.map { $0.location?.line } == [61, 76])
        #expect(failure.message(.es).contains("tiene 2 errores; corríjalos"))
        #expect(failure.message(.en).contains("has 2 errors; fix them"))
        #expect(throws: ValidationFailure.self) {
            try VersionDiff.render(old: TestPaths.servicio, new: broken, format: .text, language: .es)
        }
        #expect(throws: ValidationFailure.self) {
            try VersionDiff.renderRedline(old: broken, new: TestPaths.servicio, format: .docx)
        }
    }

    /// `--strict`: warnings stop it, and the message says that --strict did.
    @Test func strictRefusesWarnings() throws {
        let validation = WorkspaceValidation.run(at: TestPaths.goreV1)
        #expect(validation.errors.isEmpty)
        #expect(!validation.diagnostics.isEmpty)
        _ = try validation.validated()
        let failure = try #require(throws: ValidationFailure.self) { try validation.validated(strict: true) }
        #expect(failure.strict)
        #expect(failure.blocking.allSatisfy { $0.severity == .warning })
        #expect(failure.message(.es).contains("--strict"))
        #expect(failure.message(.en).contains("--strict"))
    }

    /// The archive reads only the manifest: an error elsewhere does not hide the archive, an
    /// error in the manifest is reported instead of guessing the folder.
    @Test func archiveNeedsOnlyTheManifest() throws {
        let policyBroken = try Self.sample("politica.yaml", replacing: "objetivos_institucionales: [oe-3]",
                                           with: "objetivos_institucionales: [oe-3")
        let archive = try VersionArchive(workspace: policyBroken)
        #expect(archive.folder.lastPathComponent == "archivo")
        let manifestBroken = try Self.sample("calidoc.yaml", replacing: "institucion:", with: "institucion")
        let failure = try #require(throws: ValidationFailure.self) { try VersionArchive(workspace: manifestBroken) }
        #expect(!failure.blocking.isEmpty)
        #expect(failure.blocking.allSatisfy { $0.location?.file.hasSuffix("calidoc.yaml") ?? false })
    }

    /// A model built in memory (an import, a generated version) goes through the same rules.
    @Test func inMemoryModelIsValidated() throws {
        var workspace = try WorkspaceValidation.validated(at: TestPaths.servicio).workspace
        _ = try WorkspaceValidation.run(model: workspace).validated()
        workspace.policy?.actores.items.removeAll { $0.involucramiento == .monitoreoEvaluacion }
        let failure = try #require(throws: ValidationFailure.self) { try WorkspaceValidation.run(model: workspace).validated() }
        #expect(failure.blocking.map(\.code).contains("R-ACT-01"))
    }

    /// The Red de Expertos checklist: met, observed, or not applicable, from the rules' findings.
    @Test func expertReviewChecklist() throws {
        let items = ExpertReview.checklist(WorkspaceValidation.run(at: TestPaths.servicio))
        #expect(items.map(\.key) == ["actores", "objetivos", "usuarios", "lineas", "plan", "cifras", "participacion", "informe", "textos"])
        #expect(items.first { $0.key == "actores" }?.status == .met)
        #expect(items.first { $0.key == "plan" }?.status == .met)
        for item in items where item.status == .observed { #expect(!item.findings.isEmpty) }
        for item in items where item.status == .met { #expect(item.findings.isEmpty) }

        var workspace = try WorkspaceValidation.validated(at: TestPaths.servicio).workspace
        workspace.policy?.actores.items.removeAll { $0.involucramiento == .monitoreoEvaluacion }
        workspace.plan = nil
        let changed = ExpertReview.checklist(WorkspaceValidation.run(model: workspace))
        #expect(changed.first { $0.key == "actores" }?.status == .observed)
        #expect(changed.first { $0.key == "actores" }?.findings.first?.code == "R-ACT-01")
        #expect(changed.first { $0.key == "plan" }?.status == .notApplicable)
        #expect(ExpertReview.checklist(WorkspaceValidation.run(at: URL(fileURLWithPath: "/no/existe"))).allSatisfy {
            $0.status == .notApplicable
        })
    }

    /// Every rule finding appears in the checklist exactly once: a code no requirement names goes
    /// to «Otras reglas», which is shown only then.
    @Test func everyRuleFindingIsInTheChecklistOnce() throws {
        let validation = WorkspaceValidation.run(at: TestPaths.servicio)
        let unknown = Diagnostic(
            severity: .warning, code: "R-NUEVA-01", message: LocalizedMessage(es: "regla nueva", en: "new rule"), location: nil)
        let known = Diagnostic(
            severity: .warning, code: "R-PAR-09", message: LocalizedMessage(es: "otra de participación", en: "participation"), location: nil)
        let extended = WorkspaceValidation(
            directory: validation.directory, loaded: validation.loaded,
            diagnostics: validation.diagnostics + [unknown, known], summary: validation.summary)
        let items = ExpertReview.checklist(extended)
        #expect(items.last?.key == "otras")
        #expect(items.last?.findings.map(\.code) == ["R-NUEVA-01"])
        #expect(items.first { $0.key == "participacion" }?.findings.map(\.code).contains("R-PAR-09") == true)
        let listed = items.flatMap(\.findings).map(\.code)
        let rules = extended.diagnostics.map(\.code).filter { $0.hasPrefix("R-") }
        #expect(listed.sorted() == rules.sorted())
        #expect(!ExpertReview.checklist(validation).contains { $0.key == "otras" })
    }

    /// A file that exists but cannot be read is reported by its own errors, never as missing by a
    /// rule of another file (the Informe needs the Plan: plan.yaml with a syntax error is not "absent").
    @Test func anUnreadableFileIsNotReportedAsMissing() throws {
        let folder = try Self.sample("plan.yaml", replacing: "periodo: \"2025\"", with: "periodo: [\"2025\"")
        let validation = WorkspaceValidation.run(at: folder)
        #expect(validation.errors.contains { $0.code == "CAL-IN-005" && $0.location?.file.hasSuffix("plan.yaml") == true })
        #expect(!validation.diagnostics.contains { $0.message.es.contains("no está en el espacio de trabajo") })
        let without = try Self.sample("avance.yaml", replacing: "actividad:", with: "actividad:")
        try FileManager.default.removeItem(at: without.appending(path: "plan.yaml"))
        #expect(WorkspaceValidation.run(at: without).errors.contains { $0.code == "R-AVA-01" })
    }
}
