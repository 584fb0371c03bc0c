import ArgumentParser
import Foundation

/// A period of years on the command line, `FIRST-LAST` or one year (`--years`).
enum YearPeriod {
    /// `text` as a range of years, or a usage error naming `option`.
    static func parse(_ text: String, option: String = "--years") throws -> ClosedRange<Int> {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(bounds.count), let first = bounds.first!, let last = bounds.last!, first <= last else {
            throw ValidationError("\(option): '\(text)' is not a period (allowed: FIRST-LAST with FIRST ≤ LAST, e.g. 2026-2028, or one year)")
        }
        return first...last
    }
}
