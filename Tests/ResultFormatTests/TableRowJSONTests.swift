import Testing
@testable import ResultFormat

/// The result files' JSON is written without Foundation's encoder (``TableRowJSON``): for every
/// row type it must give the encoder's bytes, on values that test the number and string rules.
@Suite struct TableRowJSONTests {
    static let numbers: [Double] = [0, -0.0, 1, 0.75, 143.46, 1e-5, 2.5e-7, 0.000123457, 999999, 1e6, 1e16, 1e21,
                                    123456789012, -3.25, .nan, .infinity, -.infinity, 0.1 + 0.2]
    static let texts = ["VXJ-ARABY", "Växjö/Öster", "a\"b\\c", "tab\there\nline\r\u{1}\u{1F}\u{8}\u{C}\u{7F}\u{2028}", "", "😀"]

    func expectEncoderBytes<Row: ResultTableRow>(_ rows: [Row]) {
        #expect(Row.json(rows) == ResultJSON.text(rows))
        #expect(Row.json([Row]()) == ResultJSON.text([Row]()))
    }

    @Test func resultRows() {
        expectEncoderBytes(Self.numbers.enumerated().map { index, value in
            ResultRow(scenario: Self.texts[index % Self.texts.count], unit: "U", year: 2026 + index, indicator: "first_home_visit",
                      mean: value, p05: -value, p50: value / 3, p95: value * 7, pMeet: index % 2 == 0 ? value : nil,
                      target: index % 3 == 0 ? nil : 0.9, nDefined: index * 1000, meanSE: value, pMeetSE: index % 2 == 0 ? nil : value)
        })
    }

    @Test func fanAndComparisonRows() {
        expectEncoderBytes(Self.numbers.map { value in
            FanRow(scenario: "s", unit: "Ö", year: -1, indicator: "x", p05: value, p25: value + 1, p50: 2 * value, p75: value, p95: 1 / value)
        })
        expectEncoderBytes(Self.numbers.enumerated().map { index, value in
            ComparisonRow(base: "a", other: Self.texts[index % Self.texts.count], unit: "u", year: 2030, indicator: "epds",
                          baseMean: value, otherMean: value, diffMean: 0, diffP05: -value, diffP95: value,
                          pBetter: index % 2 == 0 ? nil : value, deltaPMeet: index % 3 == 0 ? value : nil)
        })
    }

    @Test func staffingRowsWithFractionArrays() {
        expectEncoderBytes(Self.numbers.enumerated().map { index, value in
            StaffingRow(unit: Self.texts[index % Self.texts.count], firstYear: 2027, lastYear: 2030, persons: index,
                        leastFTE: index % 2 == 0 ? nil : value, fractions: index % 4 == 0 ? [] : [1, 0.75, value].filter(\.isFinite),
                        pMeetSummary: "first_home_visit 0.83; epds 0.9", advised: index % 2 == 0, currentFTE: 2.5, currentPersons: 3,
                        advisedFTE: value.isFinite ? value : nil, advisedPersons: index % 3 == 0 ? nil : index, advisedFractions: [0.5],
                        feasible: index % 5 != 0, doctorsNow: 1, doctorsFewest: 0, doctorsMost: 2, note: Self.texts[(index + 2) % Self.texts.count])
        })
    }
}
