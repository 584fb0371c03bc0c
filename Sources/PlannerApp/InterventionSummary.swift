import ChildHealth
import ResultFormat

extension Intervention {
    /// The intervention's type as named in scenario files.
    var kindName: String {
        switch kind {
        case .staffChange: "staff_change"
        case .extendedProgramme: "extended_home_visits"
        case .barnHLR: "barn_hlr"
        case .birthsShock: "births_shock"
        case .birthsTrend: "births_trend"
        case .boundaryChange: "boundary_change"
        }
    }

    /// One line saying what the intervention does and from when.
    var summary: String {
        let what: String
        switch kind {
        case .staffChange(let change):
            var parts: [String] = []
            if change.fte != 0 { parts.append("\(change.fte > 0 ? "+" : "")\(NumberFormat.string(change.fte)) FTE") }
            if change.percent != 0 { parts.append("\(change.percent > 0 ? "+" : "")\(NumberFormat.string(change.percent * 100))% FTE") }
            if !change.newPersons.isEmpty { parts.append("new persons at \(change.newPersons.map(NumberFormat.string).joined(separator: ", "))") }
            parts.append("new posts filled after \(change.fillDelayMonths.map { NumberFormat.string($0) + " months" } ?? "the scenario's vacancy months") on average"
                         + (change.startupMonths > 0 ? ", at \(NumberFormat.string(change.startupShare * 100))% for their first \(change.startupMonths) months" : ""))
            what = "\(change.role.rawValue)s: " + parts.joined(separator: ", ")
        case .extendedProgramme(let programme):
            what = "extended home visits: \(programme.visits.count) visits at ages \(programme.scheduleText) months, \(NumberFormat.string(programme.hoursPerVisit)) h each"
                + (programme.clinicShare > 0 ? " (\(NumberFormat.string(programme.clinicShare * 100))% at the clinic, \(NumberFormat.string(programme.clinicHoursPerVisit)) h)" : "") + ", "
                + "\(programme.firstTimeParentsOnly ? "first-time parents" : "all families"), offer \(NumberFormat.string(programme.offerRate)), "
                + "accept \(NumberFormat.string(programme.acceptRate)), drop-out \(NumberFormat.string(programme.dropOutPerVisit)) per visit"
        case .barnHLR(let training):
            what = "Barn-HLR: offered at \(training.dueAgeMonths) months (window \(training.windowMonths)), offer \(NumberFormat.string(training.offerRate)), "
                + "partner organisation \(NumberFormat.string(training.partnerShare)), accept \(NumberFormat.string(training.acceptRate)), "
                + "\(NumberFormat.string(training.hoursPerSession)) h per session of \(NumberFormat.string(training.familiesPerSession)) families"
        case .birthsShock(let change, let months):
            what = "births \(change >= 0 ? "+" : "")\(NumberFormat.string(change * 100))%" + (months.map { " for \($0) months" } ?? "")
        case .birthsTrend(let change):
            what = "births trend \(change >= 0 ? "+" : "")\(NumberFormat.string(change * 100))% a year"
        case .boundaryChange(let toUnit, let share):
            what = "\(NumberFormat.string(share * 100))% of listed children move to \(toUnit)"
        }
        return "\(name): \(what), from \(start)"
    }
}
