/// A calendar month, e.g. 2027-03.
public struct YearMonth: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1–12.
    public var month: Int

    /// The month `month` (1–12) of `year`.
    public init(year: Int, month: Int) { self.year = year; self.month = month }

    /// Months since January of `year`.
    public func months(since year: Int) -> Int { (self.year - year) * 12 + month - 1 }

    /// Earlier months first.
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String { String(format: "%04d-%02d", year, month) }
}
