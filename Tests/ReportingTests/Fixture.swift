import Foundation
import ResultFormat
@testable import Reporting

/// A small results directory as `bhvplan run --out DIR` writes it: two units (one with
/// Swedish letters in its name), two years, a few indicators, the region rows, fan.csv and
/// run.json; optionally comparison.csv and staffing.csv.
enum Fixture {
    /// The report content of `results`, as every format prints it.
    static func document(_ results: ResultSet, _ language: ReportLanguage = .sv) -> ReportDocument {
        ReportDocumentBuilder(results: results, language: language).build()
    }

    static let scenario = "Bas, 2026"

    static let resultsCSV = """
        scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined
        "Bas, 2026",VXJ-CENTRUM,2026,newborns,171.3,150,171,193,,,2000
        "Bas, 2026",VXJ-CENTRUM,2026,newborns_per_nurse_fte,46.218,39.5,46.1,53.75,0.4235,45,2000
        "Bas, 2026",VXJ-CENTRUM,2026,newborns_per_nurse,42.825,37.5,42.75,48.25,1,25,2000
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,0.871234,0.8125,0.872,0.925,0.2815,0.9,2000
        "Bas, 2026",VXJ-CENTRUM,2026,partner_talk,0.9312,0.89,0.932,0.97,0.7405,0.9,1994
        "Bas, 2026",VXJ-CENTRUM,2026,ext_reached,31.2,24,31,39,,,2000
        "Bas, 2026",VXJ-CENTRUM,2027,newborns,166.9,146,167,189,,,2000
        "Bas, 2026",VXJ-CENTRUM,2027,newborns_per_nurse_fte,37.0891,31.9,37,42.6,0.9655,45,2000
        "Bas, 2026",VXJ-CENTRUM,2027,newborns_per_nurse,41.725,36.5,41.75,47.25,1,25,2000
        "Bas, 2026",VXJ-CENTRUM,2027,first_home_visit,0.93405,0.895,0.935,0.97,0.9385,0.9,2000
        "Bas, 2026",VXJ-CENTRUM,2027,partner_talk,0.9401,0.9,0.941,0.975,0.8815,0.9,2000
        "Bas, 2026",VXJ-CENTRUM,2027,ext_reached,33.8,26,34,42,,,2000
        "Bas, 2026",ALM-SODER,2026,newborns,38.4,28,38,50,,,2000
        "Bas, 2026",ALM-SODER,2026,newborns_per_nurse_fte,30.72,22.4,30.4,40,1,55,2000
        "Bas, 2026",ALM-SODER,2026,newborns_per_nurse,19.2,14,19,25,0.0615,25,2000
        "Bas, 2026",ALM-SODER,2026,first_home_visit,0.952,0.9,0.955,0.99,0.9655,0.9,2000
        "Bas, 2026",ALM-SODER,2026,partner_talk,0.8912,0.8,0.895,0.96,0.4725,0.9,2000
        "Bas, 2026",ALM-SODER,2027,newborns,37.6,27,37,49,,,2000
        "Bas, 2026",ALM-SODER,2027,newborns_per_nurse_fte,30.08,21.6,29.6,39.2,1,55,2000
        "Bas, 2026",ALM-SODER,2027,newborns_per_nurse,18.8,13.5,18.5,24.5,0.0405,25,2000
        "Bas, 2026",ALM-SODER,2027,first_home_visit,0.9503,0.897,0.954,0.99,0.9615,0.9,2000
        "Bas, 2026",ALM-SODER,2027,partner_talk,0.8899,0.8,0.893,0.958,0.4615,0.9,2000
        "Bas, 2026",REGION,2026,newborns,209.7,185,209,236,,,2000
        "Bas, 2026",REGION,2026,first_home_visit,0.885713,0.84,0.886,0.93,0.3705,0.9,2000
        "Bas, 2026",REGION,2026,units_meeting_first_home_visit,1.247,0,1,2,,,2000
        "Bas, 2026",REGION,2027,newborns,204.5,180,204,230,,,2000
        "Bas, 2026",REGION,2027,first_home_visit,0.936829,0.9,0.937,0.968,0.9525,0.9,2000
        "Bas, 2026",REGION,2027,units_meeting_first_home_visit,1.9,1,2,2,,,2000

        """

    static let fanCSV = """
        scenario,unit,year,indicator,p05,p25,p50,p75,p95
        "Bas, 2026",VXJ-CENTRUM,2026,newborns_per_nurse_fte,39.5,43.2,46.1,49.1,53.75
        "Bas, 2026",VXJ-CENTRUM,2027,newborns_per_nurse_fte,31.9,34.8,37,39.4,42.6
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,0.8125,0.85,0.872,0.893,0.925
        "Bas, 2026",VXJ-CENTRUM,2027,first_home_visit,0.895,0.92,0.935,0.95,0.97
        "Bas, 2026",ALM-SODER,2026,newborns_per_nurse_fte,22.4,27.2,30.4,33.6,40
        "Bas, 2026",ALM-SODER,2027,newborns_per_nurse_fte,21.6,26.4,29.6,32.8,39.2
        "Bas, 2026",ALM-SODER,2026,first_home_visit,0.9,0.935,0.955,0.975,0.99
        "Bas, 2026",ALM-SODER,2027,first_home_visit,0.897,0.934,0.954,0.974,0.99
        "Bas, 2026",REGION,2026,first_home_visit,0.84,0.868,0.886,0.904,0.93
        "Bas, 2026",REGION,2027,first_home_visit,0.9,0.924,0.937,0.951,0.968

        """

    static let runJSON = """
        {"scenario":"Bas, 2026",
         "description":"Dagens bemanning; tak ≤ 55 nyfödda per heltidstjänst & 25 % av tjänsterna_deltid.",
         "startYear":2026,"horizon":2,"trials":2000,"seed":1,
         "units":[
           {"id":"VXJ-CENTRUM","name":"BVC Centrum","municipality":"Växjö","cni":1.35,"ceiling":45},
           {"id":"ALM-SODER","name":"BVC Älmhult Söder","municipality":"Älmhult","cni":0.92,"ceiling":55}],
         "assumptions":[
           {"name":"sick_leave_mean","value":"0.065","source":"DOMAIN.md: 5.7–7.1% in regions 2019–2021"},
           {"name":"first_time_share","value":0.42,"source":"assumption"}],
         "interventions":[
           {"kind":"staff_change","description":"+25% nurse FTE at units with CNI > 1.3 from 2027-01","units":["VXJ-CENTRUM"]}],
         "interventionLogic":[
           {"intervention":"Fler BHV-sjuksköterskor i Växjö",
            "longTermOutcome":{"text":"Fler familjer får första hembesöket","indicators":["Andel med första hembesök"],
                               "dataSources":["Cosmic"],"assumptions":["Tjänsterna kan tillsättas"]},
            "activities":{"text":"Rekrytera 0,25 tjänst"}}]}
        """

    static let comparisonCSV = """
        base,other,unit,year,indicator,base_mean,other_mean,diff_mean,diff_p05,diff_p95,p_better,delta_p_meet
        "Bas, 2026",Fler tjänster,VXJ-CENTRUM,2027,first_home_visit,0.93405,0.95,0.01595,-0.01,0.04,0.8425,0.05
        "Bas, 2026",Fler tjänster,VXJ-CENTRUM,2027,newborns,166.9,166.9,0,0,0,0,

        """

    static let staffingCSV = """
        unit,first_year,last_year,persons,least_fte,fractions,p_meet_summary,advised,current_fte,current_persons,advised_fte,advised_persons,advised_fractions,feasible,doctors_now,doctors_fewest,doctors_most,note
        VXJ-CENTRUM,2026,2026,4,,,newborns_per_nurse_fte 0.62,no,3.75,4,4.25,5,1.0;1.0;0.75;0.75;0.75,yes,2,2,5,inte nått ens på heltid
        VXJ-CENTRUM,2026,2026,5,4.25,1.0;1.0;0.75;0.75;0.75,newborns_per_nurse_fte 0.91,yes,3.75,4,4.25,5,1.0;1.0;0.75;0.75;0.75,yes,2,2,5,
        ALM-SODER,2026,2026,1,,,newborns_per_nurse 0.4,no,1.25,2,,,,no,1,1,0,"Ingen fördelning når både taket och 25 per person; samverka med VXJ-CENTRUM"

        """

    /// What `bhvplan observe` might write beside the run: observations inside the projection
    /// (one at its P50, one below P5, one between quantiles), one resting on 3 children (masked),
    /// and observations of a year, a unit and an indicator the projection lacks.
    static let observedCSV = """
        scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined,mean_se,p_meet_se
        observed,VXJ-CENTRUM,2026,first_home_visit,0.872,,,,0,0.9,170,,
        observed,VXJ-CENTRUM,2027,first_home_visit,0.8,,,,0,0.9,160,,
        observed,VXJ-CENTRUM,2026,newborns_per_nurse_fte,46.7,,,,0,45,170,,
        observed,ALM-SODER,2026,newborns,41,,,,,,41,,
        observed,ALM-SODER,2026,first_home_visit,1,,,,1,0.9,3,,
        observed,ALM-SODER,2026,ext_reached,7,,,,,,41,,
        observed,VXJ-CENTRUM,2025,first_home_visit,0.85,,,,0,0.9,150,,
        observed,VXJ-CENTRUM,2025,newborns,150,,,,,,150,,
        observed,VXJ-NORR,2026,newborns,20,,,,,,20,,

        """

    /// Writes the fixture to a new temporary directory and returns it; with `observed`, also
    /// observed.csv.
    static func makeDirectory(withOptionalFiles: Bool = false, observed: Bool = false) throws -> URL {
        let directory = try temporaryDirectory()
        var files = ["results.csv": resultsCSV, "fan.csv": fanCSV, "run.json": runJSON]
        if withOptionalFiles {
            files["comparison.csv"] = comparisonCSV
            files["staffing.csv"] = staffingCSV
        }
        if observed { files["observed.csv"] = observedCSV }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return directory
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reporting-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The data rows of results.csv as raw field strings, read with a naive split that is
    /// right for this fixture (only the scenario field is quoted).
    static var resultFields: [[String]] {
        resultsCSV.split(separator: "\n").dropFirst().map { line in
            let afterScenario = line.dropFirst("\"Bas, 2026\",".count)
            return [scenario] + afterScenario.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
