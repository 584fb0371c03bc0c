import Foundation
import Yams

/// Turns a scenario's YAML tree into a ``Scenario``, section by section, logging every
/// problem on the way. Defaults are the ``Scenario`` defaults (sources in Model/Assumption.swift).
struct ScenarioReader {
    let fields: YAMLFields
    var file: String { fields.file }
    var log: ProblemLog { fields.log }

    func scenario(_ root: Node) -> Scenario? {
        let top = fields.mapping(root, "", allowed: ScenarioLoader.topLevelFields)
        guard case .mapping = root else { return nil }
        let name = fields.label(top, "name", "", at: root) ?? ""
        let startYear = fields.integer(top, "start_year", "", default: 2026, in: 1900...2200)
        let horizon = fields.integer(top, "horizon", "", default: 5, in: 1...50)
        let trials = fields.integer(top, "trials", "", default: 2000, in: ScenarioLoader.trialsAllowed)
        let seed = fields.integer(top, "seed", "", default: 1, in: 0...Int(ScenarioLoader.seedsAllowed.upperBound))
        var scenario = Scenario(
            name: name,
            description: top["description"].flatMap { fields.string($0, "description") } ?? "",
            isBaseline: fields.bool(top, "baseline", "", default: false),
            units: [], startYear: startYear, horizon: horizon, trials: trials, seed: UInt64(seed))
        if let node = top["targets"] { scenario.targets = targets(node) }
        if let node = top["cni_policy"] { scenario.cniPolicy = cniPolicy(node) }
        if let node = top["births"] { scenario.births = births(node) }
        if let node = top["staffing"] { scenario.staffing = staffing(node) }
        if let node = top["workload"] { scenario.workload = workload(node) }
        if let node = top["region"] {
            let region = RegionReader(fields: fields, startYear: startYear, horizon: horizon, trend: scenario.births.trendPerYear)
            (scenario.regionName, scenario.units) = region.region(node)
            scenario.fitBirthDispersion()
        } else {
            log.report(file, fields.line(root), "region", "missing (allowed: a mapping with units_csv and staff_csv, or units)")
        }
        if let node = top["sensitivity"] { scenario.sensitivityRanges = sensitivityRanges(node) }
        if let node = top["interventions"] {
            let reader = InterventionReader(fields: fields, units: scenario.units, startYear: startYear, horizon: horizon)
            scenario.interventions = reader.interventions(node)
        }
        return scenario
    }

    private func targets(_ node: Node) -> Targets {
        let path = "targets"
        let entries = fields.mapping(node, path, allowed: ["newborns_per_nurse", "newborns_per_doctor", "first_home_visit",
                                                           "eight_month_home_visit", "parent_group", "epds", "partner_talk", "barn_hlr"])
        var targets = Targets()
        targets.newbornsPerNurse = fields.number(entries, "newborns_per_nurse", path, default: targets.newbornsPerNurse, in: .nonNegative)
        targets.newbornsPerDoctor = fields.number(entries, "newborns_per_doctor", path, default: targets.newbornsPerDoctor, in: .nonNegative)
        targets.firstHomeVisit = fields.number(entries, "first_home_visit", path, default: targets.firstHomeVisit, in: .share)
        targets.eightMonthHomeVisit = fields.number(entries, "eight_month_home_visit", path, default: targets.eightMonthHomeVisit, in: .share)
        targets.parentGroup = fields.number(entries, "parent_group", path, default: targets.parentGroup, in: .share)
        targets.epds = fields.number(entries, "epds", path, default: targets.epds, in: .share)
        targets.partnerTalk = fields.number(entries, "partner_talk", path, default: targets.partnerTalk, in: .share)
        if let hlr = entries["barn_hlr"] { targets.barnHLR = fields.number(hlr, "\(path).barn_hlr", in: .share) }
        return targets
    }

    private func cniPolicy(_ node: Node) -> CNIPolicy {
        let path = "cni_policy"
        let entries = fields.mapping(node, path, allowed: ["ceilings", "weight_slope", "weight_from", "weight_cap"])
        var policy = CNIPolicy()
        policy.weightSlope = fields.number(entries, "weight_slope", path, default: policy.weightSlope, in: .nonNegative)
        policy.weightFrom = fields.number(entries, "weight_from", path, default: policy.weightFrom, in: .nonNegative)
        policy.weightCap = fields.number(entries, "weight_cap", path, default: policy.weightCap, in: NumberRange(lower: 1, upper: .infinity))
        guard let ceilingsNode = entries["ceilings"] else { return policy }
        let items = fields.sequence(ceilingsNode, "\(path).ceilings", of: "steps {up_to, max_newborns_per_fte}")
        var steps: [CNIPolicy.Step] = []
        for (index, item) in items.enumerated() {
            let field = "\(path).ceilings[\(index)]"
            let step = fields.mapping(item, field, allowed: ["up_to", "max_newborns_per_fte"])
            let isLast = index == items.count - 1
            var upTo = Double.infinity
            if let node = step["up_to"] {
                upTo = fields.number(node, "\(field).up_to", in: .positive) ?? .infinity
            } else if !isLast {
                log.report(file, fields.line(item), "\(field).up_to", "missing (allowed: a CNI > 0; only the last step may leave it out)")
            }
            if let previous = steps.last, upTo <= previous.upTo {
                log.report(file, fields.line(item), "\(field).up_to", "\(formatNumber(upTo)) does not rise (allowed: a CNI > \(formatNumber(previous.upTo)))")
            }
            guard let ceilingNode = step["max_newborns_per_fte"] else {
                log.report(file, fields.line(item), "\(field).max_newborns_per_fte", "missing (allowed: a number > 0)")
                continue
            }
            if let ceiling = fields.number(ceilingNode, "\(field).max_newborns_per_fte", in: .positive) {
                steps.append(CNIPolicy.Step(upTo: upTo, ceiling: ceiling))
            }
        }
        if !steps.isEmpty {
            steps[steps.count - 1].upTo = .infinity
            policy.steps = steps
        } else if items.isEmpty, case .sequence = ceilingsNode {
            log.report(file, fields.line(ceilingsNode), "\(path).ceilings", "is empty (allowed: at least one step)")
        }
        return policy
    }

    private func births(_ node: Node) -> BirthAssumptions {
        let path = "births"
        let entries = fields.mapping(node, path, allowed: ["trend_per_year", "rate_cv", "randomness", "seasonality"])
        var births = BirthAssumptions()
        births.trendPerYear = fields.number(entries, "trend_per_year", path, default: births.trendPerYear,
                                            in: NumberRange(lower: -0.5, upper: 0.5))
        births.rateCV = fields.number(entries, "rate_cv", path, default: births.rateCV, in: NumberRange(lower: 0, upper: 1))
        births.seasonality = fields.numbers(entries, "seasonality", path, count: 12, default: births.seasonality, in: .positive)
        if let randomnessNode = entries["randomness"] {
            let allowed = BirthAssumptions.Randomness.allCases.map(\.rawValue)
            if let text = fields.scalarText(randomnessNode), let value = BirthAssumptions.Randomness(rawValue: text) {
                births.randomness = value
            } else {
                log.report(file, fields.line(randomnessNode), "\(path).randomness",
                           "\(fields.kind(randomnessNode)) is not known (allowed: \(allowed.joined(separator: ", ")))")
            }
        }
        return births
    }

    private func staffing(_ node: Node) -> StaffingAssumptions {
        let path = "staffing"
        let entries = fields.mapping(node, path, allowed: [
            "hours_per_fte_year", "vacation_days", "vacation_profile", "working_days_per_month", "sick_leave_mean",
            "sick_leave_cv", "long_leave_per_year", "long_leave_mean_months", "turnover_per_year",
            "vacancy_mean_months", "programme_share",
        ])
        var staffing = StaffingAssumptions()
        staffing.hoursPerFTEYear = fields.number(entries, "hours_per_fte_year", path, default: staffing.hoursPerFTEYear,
                                                 in: NumberRange(lower: 0, upper: 8784, lowerOpen: true))
        staffing.vacationDays = fields.number(entries, "vacation_days", path, default: staffing.vacationDays,
                                              in: NumberRange(lower: 0, upper: 100))
        staffing.vacationProfile = fields.numbers(entries, "vacation_profile", path, count: 12,
                                                  default: staffing.vacationProfile, in: .nonNegative)
        if staffing.vacationProfile.reduce(0, +) <= 0 {
            log.report(file, fields.line(entries["vacation_profile"]), "\(path).vacation_profile", "sums to zero (allowed: weights with a positive sum)")
        }
        staffing.workingDaysPerMonth = fields.number(entries, "working_days_per_month", path, default: staffing.workingDaysPerMonth,
                                                     in: NumberRange(lower: 1, upper: 31))
        staffing.sickLeaveMean = fields.number(entries, "sick_leave_mean", path, default: staffing.sickLeaveMean,
                                               in: NumberRange(lower: 0, upper: 1, upperOpen: true))
        staffing.sickLeaveCV = fields.number(entries, "sick_leave_cv", path, default: staffing.sickLeaveCV, in: NumberRange(lower: 0, upper: 10))
        staffing.longLeavePerYear = fields.number(entries, "long_leave_per_year", path, default: staffing.longLeavePerYear, in: .share)
        staffing.longLeaveMeanMonths = fields.number(entries, "long_leave_mean_months", path, default: staffing.longLeaveMeanMonths,
                                                     in: NumberRange(lower: 1, upper: 60))
        staffing.turnoverPerYear = fields.number(entries, "turnover_per_year", path, default: staffing.turnoverPerYear,
                                                 in: NumberRange(lower: 0, upper: 1, upperOpen: true))
        staffing.vacancyMeanMonths = fields.number(entries, "vacancy_mean_months", path, default: staffing.vacancyMeanMonths,
                                                   in: NumberRange(lower: 1, upper: 60))
        staffing.programmeShare = fields.number(entries, "programme_share", path, default: staffing.programmeShare, in: .fraction)
        return staffing
    }

    private func workload(_ node: Node) -> WorkloadStandards {
        let path = "workload"
        let entries = fields.mapping(node, path, allowed: [
            "clinic_hours_per_newborn", "hours_per_child_1_5", "first_home_visit", "eight_month_home_visit", "epds",
            "partner_talk", "parent_group", "priority",
        ])
        var workload = WorkloadStandards()
        workload.clinicHoursPerNewborn = fields.number(entries, "clinic_hours_per_newborn", path,
                                                       default: workload.clinicHoursPerNewborn, in: .nonNegative)
        workload.hoursPerChild1to5 = fields.number(entries, "hours_per_child_1_5", path, default: workload.hoursPerChild1to5, in: .nonNegative)
        workload.firstHomeVisit = familyStandard(entries["first_home_visit"], "\(path).first_home_visit", default: workload.firstHomeVisit)
        workload.eightMonthHomeVisit = familyStandard(entries["eight_month_home_visit"], "\(path).eight_month_home_visit",
                                                      default: workload.eightMonthHomeVisit)
        workload.epds = familyStandard(entries["epds"], "\(path).epds", default: workload.epds)
        workload.partnerTalk = familyStandard(entries["partner_talk"], "\(path).partner_talk", default: workload.partnerTalk)
        if let groupNode = entries["parent_group"] {
            let field = "\(path).parent_group"
            let group = fields.mapping(groupNode, field, allowed: ["sessions", "hours_per_session", "families_per_group",
                                                                  "due_age_months", "window_months", "acceptance"])
            workload.parentGroupSessions = fields.number(group, "sessions", field, default: workload.parentGroupSessions, in: .nonNegative)
            workload.parentGroupHoursPerSession = fields.number(group, "hours_per_session", field,
                                                                default: workload.parentGroupHoursPerSession, in: .nonNegative)
            workload.parentGroupFamilies = fields.number(group, "families_per_group", field,
                                                         default: workload.parentGroupFamilies, in: NumberRange(lower: 1, upper: 100))
            workload.parentGroupTiming = timing(group, field, default: workload.parentGroupTiming)
        }
        if let priorityNode = entries["priority"] {
            workload.priority = priority(priorityNode, "\(path).priority") ?? workload.priority
        }
        return workload
    }

    private func familyStandard(_ node: Node?, _ field: String, default standard: FamilyActivityStandard) -> FamilyActivityStandard {
        guard let node else { return standard }
        let entries = fields.mapping(node, field, allowed: ["hours", "due_age_months", "window_months", "acceptance"])
        var result = timing(entries, field, default: standard)
        result.hours = fields.number(entries, "hours", field, default: standard.hours, in: .nonNegative)
        return result
    }

    private func timing(_ entries: [String: Node], _ field: String, default standard: FamilyActivityStandard) -> FamilyActivityStandard {
        var result = standard
        result.dueAgeMonths = fields.integer(entries, "due_age_months", field, default: standard.dueAgeMonths, in: 0...11)
        result.windowMonths = fields.integer(entries, "window_months", field, default: standard.windowMonths, in: 1...12)
        result.acceptance = fields.number(entries, "acceptance", field, default: standard.acceptance, in: .share)
        return result
    }

    private func priority(_ node: Node, _ field: String) -> [Activity]? {
        let allowed = Activity.allCases.map(\.rawValue).joined(separator: ", ")
        var order: [Activity] = []
        for item in fields.sequence(node, field, of: "activities") {
            guard let name = fields.scalarText(item), let activity = Activity(rawValue: name) else {
                let hint = fields.scalarText(item).map { didYouMean($0, among: Activity.allCases.map(\.rawValue)) } ?? ""
                log.report(file, fields.line(item), field, "\(fields.kind(item)) is not an activity\(hint) (allowed: \(allowed))")
                return nil
            }
            if order.contains(activity) {
                log.report(file, fields.line(item), field, "\(quoted(name)) is listed twice (allowed: each activity once)")
                return nil
            }
            order.append(activity)
        }
        let missing = Activity.allCases.filter { !order.contains($0) && $0 != .barnHLR }
        guard missing.isEmpty else {
            log.report(file, fields.line(node), field,
                       "leaves out \(missing.map(\.rawValue).joined(separator: ", ")) (allowed: every activity once: \(allowed); barn_hlr may be left out and then comes last)")
            return nil
        }
        return order
    }
}
