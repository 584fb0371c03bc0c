/// Why a workbook could not be made.
public enum WorkbookError: Error, Equatable, CustomStringConvertible {
    /// A sheet name Excel refuses: empty, longer than 31 characters, with one of `[]:*?/\`, or a duplicate.
    case badSheetName(String)
    /// The zip container could not be written.
    case zip(String)

    public var description: String {
        switch self {
        case .badSheetName(let name):
            "sheet name '\(name)' is not allowed: 1–31 characters, none of []:*?/\\, each name once"
        case .zip(let reason): "the workbook's zip container could not be written (\(reason))"
        }
    }
}
