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
    /// What the registrations show (`bhvplan observe`), in the columns of `results.csv`.
    public static let observed = "observed.csv"
    public static let observedWorkbook = "observed.xlsx"
    /// A follow-up as `bhvplan synthesize` writes it and `calibrate`/`backtest --observed` read it:
    /// the registrations extract, the connections, the staffing report and a README.
    public static let registrations = "registrations.csv"
    public static let connections = "connections.csv"
    public static let staffingReport = "staffing-report.csv"
    public static let readme = "README.md"
    /// How projections calibrated on earlier years did against what was registered (`bhvplan backtest`).
    public static let backtest = "backtest.csv"
    /// `bhvplan sensitivity`: the tornado (every assumption's low and high end) and the
    /// attribution of missed targets to their drivers.
    public static let sensitivity = "sensitivity.csv"
    public static let sensitivityJSON = "sensitivity.json"
    public static let attribution = "attribution.csv"
    public static let attributionJSON = "attribution.json"
    /// The Excel workbooks of each set, written with `--format xlsx`.
    public static let resultsWorkbook = "results.xlsx"
    public static let comparisonWorkbook = "comparison.xlsx"
    public static let staffingWorkbook = "staffing.xlsx"
    /// Each set's run id and the fingerprints of its files (see `ResultManifest`).
    public static let manifest = "manifest.json"
}
