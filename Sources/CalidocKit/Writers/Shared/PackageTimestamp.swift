/// The date-time every package writer stamps (ODF metadata and tracked changes, OOXML properties
/// and revisions): the version's date at noon, so output is reproducible.
enum PackageTimestamp {
    /// `2024-10-24T12:00:00` from an ISO date (noon, as the zip entries); a date that is not one
    /// gives the zip epoch.
    static func of(_ date: String) -> String {
        ISODate(String(date.prefix(10))) == nil ? "1980-01-01T12:00:00" : String(date.prefix(10)) + "T12:00:00"
    }
}
