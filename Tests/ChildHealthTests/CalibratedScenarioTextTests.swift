import Testing
@testable import ChildHealth

/// A scenario file rewritten with fitted values (``CalibratedScenarioText``).
@Suite struct CalibratedScenarioTextTests {
    /// A value of an existing section replaces its line; a missing section is added in block
    /// style; other lines, comments and order stay; CSV paths are moved; the name changes and the
    /// file is no longer a baseline.
    @Test func placesValuesAndKeepsTheRest() {
        let original = """
            # a region
            name: r
            baseline: true
            region:
              units_csv: "units.csv"
            births:
              trend_per_year: -0.02   # assumption
              randomness: poisson

            """
        let values = [
            FittedValue(field: "births.trend_per_year", value: -0.035, standardError: 0.01, method: "m", sample: "n=4"),
            FittedValue(field: "workload.epds.acceptance", value: 0.9, standardError: 0.02, method: "b", sample: "n=30"),
        ]
        let text = CalibratedScenarioText(original: original, values: values, name: "r-calibrated", header: ["made by a test"],
                                          movePath: { "../" + $0 })
        #expect(text.unplaced.isEmpty)
        #expect(text.text == """
            # made by a test
            # a region
            name: r-calibrated
            baseline: false
            region:
              units_csv: ../units.csv
            births:
              trend_per_year: -0.035  # fitted: -0.035 (SE 0.01), m, n=4
              randomness: poisson

            workload:
              epds:
                acceptance: 0.9  # fitted: 0.9 (SE 0.02), b, n=30

            """)
    }

    /// A section written as a flow mapping is not rewritten but named.
    @Test func flowMappingsAreNamedNotRewritten() {
        let value = FittedValue(field: "workload.epds.acceptance", value: 0.9, standardError: 0.02, method: "b", sample: "n=30")
        let text = CalibratedScenarioText(original: "name: r\nworkload:\n  epds: {acceptance: 0.5}\n", values: [value], name: "r",
                                          header: [], movePath: { $0 })
        #expect(text.unplaced == ["workload.epds.acceptance"])
    }

    /// `interventions[1].accept_rate` goes into the list's second item: an existing key is
    /// replaced (on the item's dash line too, keeping the dash), a missing one added after the
    /// item's last line, below its nested blocks; an item the list does not have is unplaced.
    @Test func placesValuesInAListItem() {
        let original = """
            name: r
            interventions:
              - name: Posts
                type: staff_change
              - accept_rate: 0.95
                type: extended_home_visits
                intervention_logic:
                  activities:
                    text: Six visits.
            births:
              trend_per_year: 0

            """
        func value(_ field: String, _ value: Double) -> FittedValue {
            FittedValue(field: field, value: value, standardError: 0.01, method: "binomial", sample: "n=9")
        }
        let text = CalibratedScenarioText(
            original: original,
            values: [value("interventions[1].accept_rate", 0.8), value("interventions[1].offer_rate", 0.7),
                     value("interventions[2].offer_rate", 0.5)],
            name: "r", header: [], movePath: { $0 })
        #expect(text.unplaced == ["interventions[2].offer_rate"])
        #expect(text.text == """
            name: r
            interventions:
              - name: Posts
                type: staff_change
              - accept_rate: 0.8  # fitted: 0.8 (SE 0.01), binomial, n=9
                type: extended_home_visits
                intervention_logic:
                  activities:
                    text: Six visits.
                offer_rate: 0.7  # fitted: 0.7 (SE 0.01), binomial, n=9
            births:
              trend_per_year: 0

            """)
    }
}
