/// The file names of a result set.
public enum ResultFiles {
    public static let results = "results.csv"
    public static let resultsJSON = "results.json"
    public static let fan = "fan.csv"
    public static let run = "run.json"
    public static let comparison = "comparison.csv"
    public static let comparisonJSON = "comparison.json"
    public static let staffing = "staffing.csv"
    public static let staffingJSON = "staffing.json"
    /// Each set's run id and the fingerprints of its files (see `ResultManifest`).
    public static let manifest = "manifest.json"
}
