import Foundation
import Testing

/// Option values the command line refuses (exit status 64) with a message that says what is
/// wrong with the value given.
@Suite struct CLIOptionValueTests {
    @Test(arguments: [
        (["run", "Scenarios/default.yaml", "--trials", "-5"], "--trials must be at least 1 (got -5)"),
        (["run", "Scenarios/default.yaml", "--trials", "0"], "--trials must be at least 1 (got 0)"),
        (["run", "Scenarios/default.yaml", "--trials", "99999999"], "--trials must be at most 10000000 (got 99999999)"),
        (["run", "Scenarios/default.yaml", "--workers", "-2"], "--workers must be at least 1 (got -2)"),
        (["run", "Scenarios/default.yaml", "--seed", "-1"], "--seed must be a whole number from 0 to 9223372036854775807 (got '-1')"),
        (["run", "Scenarios/default.yaml", "--seed", "9223372036854775808"],
         "--seed must be a whole number from 0 to 9223372036854775807 (got '9223372036854775808')"),
        (["run", "Scenarios/default.yaml", "--precision", "0"], "--precision must be a standard error above 0 and below 0.5, e.g. 0.01 (got 0.0)"),
        (["run", "Scenarios/default.yaml", "--precision", "0.01", "--max-trials", "0"], "--max-trials must be at least 1 (got 0)"),
        (["run", "Scenarios/default.yaml", "--precision", "0.01", "--trials", "200"], "--trials and --precision exclude each other"),
        (["run", "Scenarios/default.yaml", "--max-trials", "200"], "--max-trials and --precision-targets need --precision"),
        (["size", "Scenarios/default.yaml", "--confidence", "nan"], "--confidence: nan is not a finite number (allowed: 0 < x < 1)"),
        (["size", "Scenarios/default.yaml", "--budget-fte", "nan"], "--budget-fte: nan is not a finite number (allowed: a number of extra FTE)"),
        (["size", "Scenarios/default.yaml", "--budget-fte", "inf"], "--budget-fte: inf is not a finite number (allowed: a number of extra FTE)"),
        (["size", "Scenarios/default.yaml", "--years", "2028-2026"],
         "--years: '2028-2026' is not a period (allowed: FIRST-LAST with FIRST ≤ LAST, e.g. 2026-2028, or one year)"),
        (["size", "Scenarios/default.yaml", "--years", "2026-2027", "--year", "2026"], "--year and --years: give one of them, not both"),
        (["size", "Scenarios/default.yaml", "--person-cost-fte", "nan"], "--person-cost-fte: nan is not a finite number (allowed: 0 ≤ x ≤ 1)"),
    ])
    func aBadValueIsNamed(arguments: [String], message: String) throws {
        let outcome = try CLIProcess.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }
}
