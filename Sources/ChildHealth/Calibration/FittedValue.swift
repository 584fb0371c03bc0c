/// One scenario value fitted to a follow-up: where it goes in the scenario file, the estimate with
/// its standard error, how it was fitted and from how much data.
public struct FittedValue: Sendable, Equatable {
    /// The value's path in the scenario YAML, e.g. `births.trend_per_year`.
    public var field: String
    public var value: Double
    public var standardError: Double
    /// The method, in words.
    public var method: String
    /// The data behind it, e.g. `n=108 unit-years, 27 units`.
    public var sample: String

    /// A value fitted to `field`.
    public init(field: String, value: Double, standardError: Double, method: String, sample: String) {
        self.field = field
        self.value = value
        self.standardError = standardError
        self.method = method
        self.sample = sample
    }

    /// The value as the scenario file gets it: four significant digits.
    public var text: String { Self.short(value) }

    /// The comment the scenario file carries beside the value.
    public var comment: String { "fitted: \(text) (SE \(Self.short(standardError))), \(method), \(sample)" }

    /// A number as calibration prints it: four significant digits.
    public static func short(_ value: Double) -> String {
        let text = String(format: "%.4g", value)
        return text == "-0" ? "0" : text
    }
}
