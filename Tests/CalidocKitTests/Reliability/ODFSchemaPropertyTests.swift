import Foundation
import PropertyBased
import Testing
@testable import CalidocKit

/// Every generated model gives an ODT whose `content.xml` and `styles.xml` pass the ODF 1.3 RelaxNG
/// schema: xmllint checks each case (so a failure is shrunk), one jing run checks them all at the end.
@Suite struct ODFSchemaPropertyTests {
    /// Document models straight from the generator: every block and inline kind, nested.
    @Test func generatedDocumentsGiveSchemaValidODTAndDOCX() async throws {
        var folders: [URL] = []
        await propertyCheck(count: PropertyCount.cases(12), input: DocumentGenerators.document) { document in
            let folder = try unzip(try ODTWriter().write(document, options: WriterOptions()))
            try ODFValidator.validateWithXmllint(folder, label: "generated document")
            try DOCXWriterTests.validate(try DOCXWriter().write(document, options: WriterOptions()), label: "generated document")
            folders.append(folder)
        }
        try ODFValidator.validateWithJing(folders, label: "generated documents")
    }

    /// Generated policies and plans, built through the default templates as `calidoc build` does.
    @Test func generatedInputsBuildSchemaValidODT() async throws {
        let sample = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        let builder = DocumentBuilder(templates: .defaults())
        var folders: [URL] = []
        await propertyCheck(count: PropertyCount.cases(6), input: PolicyGenerators.policy, PlanGenerators.plan) { policy, plan in
            var workspace = sample
            workspace.policy = policy
            workspace.plan = plan
            for kind in [DocumentKind.politica, .plan] {
                let document = try builder.build(kind, from: workspace)
                let folder = try unzip(try ODTWriter().write(document, options: WriterOptions()))
                try ODFValidator.validateWithXmllint(folder, label: "generated \(kind.rawValue)")
                folders.append(folder)
            }
        }
        try ODFValidator.validateWithJing(folders, label: "generated inputs")
    }
}
