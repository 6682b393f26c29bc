import Foundation

/// Everything an institution's workspace folder holds, decoded and ready for validation.
///
/// A workspace is a folder with `calidoc.yaml` and one file per input. Only the manifest is required;
/// each document is built when its input exists.
public struct Workspace: Hashable, Sendable {
    /// Folder the workspace was read from.
    public var directory: URL
    /// `calidoc.yaml`.
    public var manifest: Manifest
    /// `politica.yaml`.
    public var policy: Policy?
    /// `plan.yaml`.
    public var plan: ImprovementPlan?
    /// `diagnostico.yaml`.
    public var diagnosis: Diagnosis?
    /// `participacion.yaml`.
    public var participation: Participation?
    /// `recomendaciones.yaml`.
    public var recommendations: Recommendations?
    /// `avance.yaml`: the results of the Plan (Informe de resultados).
    public var progress: PlanProgress?

    /// Creates a workspace.
    public init(
        directory: URL, manifest: Manifest, policy: Policy? = nil, plan: ImprovementPlan? = nil,
        diagnosis: Diagnosis? = nil, participation: Participation? = nil, recommendations: Recommendations? = nil,
        progress: PlanProgress? = nil
    ) {
        self.directory = directory
        self.manifest = manifest
        self.policy = policy
        self.plan = plan
        self.diagnosis = diagnosis
        self.participation = participation
        self.recommendations = recommendations
        self.progress = progress
    }
}

/// The input files of a workspace.
public enum InputFile: String, Hashable, Sendable, CaseIterable, Codable {
    case manifest = "calidoc.yaml"
    case politica = "politica.yaml"
    case plan = "plan.yaml"
    case diagnostico = "diagnostico.yaml"
    case participacion = "participacion.yaml"
    case recomendaciones = "recomendaciones.yaml"
    case avance = "avance.yaml"
    /// A session file under `sesiones/` (its own name is in the diagnostics).
    case sesion = "sesiones"
}
