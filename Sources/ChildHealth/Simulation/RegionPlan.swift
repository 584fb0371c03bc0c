import Foundation
import MonteCarlo

/// The per-unit plans of a scenario with its interventions applied, ready to simulate.
struct RegionPlan: Sendable {
    var units: [UnitPlan]
    let scenario: Scenario

    init(scenario: Scenario) {
        self.scenario = scenario
        var plans = scenario.units.map { UnitPlan(unit: $0, scenario: scenario) }
        let firstYear = scenario.startYear - 1
        for (number, intervention) in scenario.interventions.enumerated() {
            let start = max(0, intervention.start.months(since: firstYear))
            for index in plans.indices where intervention.selector.selects(plans[index].unit) {
                Self.apply(intervention, number: number, from: start, scenario: scenario, to: index, in: &plans)
            }
        }
        for index in plans.indices { plans[index].computeChildrenOneToFive() }
        Self.moveListedChildren(scenario.interventions, firstYear: firstYear, in: &plans)
        units = plans
    }

    /// A boundary change moves the families of the area, not only its future births: from the
    /// change date, the children aged 0–5 listed at the units it applies to who were born before
    /// it follow its share to the new unit, so both units' clinic hours move at once. Children
    /// aged 1–5 move in the expected counts; infants (born in the 11 months before the change)
    /// as ``InfantMoves``, with their remaining family activities.
    private static func moveListedChildren(_ interventions: [Intervention], firstYear: Int, in plans: inout [UnitPlan]) {
        for intervention in interventions {
            guard case .boundaryChange(let toUnit, let share) = intervention.kind,
                  let target = plans.firstIndex(where: { $0.unit.id == toUnit }) else { continue }
            let start = max(0, intervention.start.months(since: firstYear))
            for source in plans.indices where source != target && intervention.selector.selects(plans[source].unit) {
                for month in start..<plans[source].childrenOneToFive.count {
                    let bornBefore = (12..<72).reduce(0.0) { sum, age in
                        month - age < start ? sum + plans[source].expectedBirths(at: month - age) : sum
                    }
                    plans[source].childrenOneToFive[month] -= bornBefore * share
                    plans[target].childrenOneToFive[month] += bornBefore * share
                }
                let months = plans[source].expectedBirths.count
                for birthMonth in max(0, start - 11)..<min(start, months) {
                    plans[source].infantMoves = plans[source].infantMoves ?? InfantMoves(months: months)
                    plans[target].infantMoves = plans[target].infantMoves ?? InfantMoves(months: months)
                    plans[source].infantMoves?.leave(birthMonth: birthMonth, share: share, from: start)
                    let infants = plans[source].expectedBirths[birthMonth] * share
                    plans[target].infantMoves?.arrive(birthMonth: birthMonth, infants: infants, from: start)
                }
            }
        }
    }

    private static func apply(_ intervention: Intervention, number: Int, from start: Int, scenario: Scenario,
                              to index: Int, in plans: inout [UnitPlan]) {
        let months = plans[index].expectedBirths.count
        guard start < months else { return }
        switch intervention.kind {
        case .staffChange(let change):
            applyStaffChange(change, number: number, from: start, vacancyMean: scenario.staffing.vacancyMeanMonths, to: &plans[index])
        case .extendedProgramme(let programme):
            plans[index].extendedProgramme = programme
            plans[index].extendedProgrammeStart = start
            plans[index].extendedVisits = programme.visits.map { visit in
                guard let core = visit.replaces, let lane = Activity.familyActivities.firstIndex(of: core) else {
                    return PlannedVisit(month: visit.dueMonth)
                }
                return PlannedVisit(month: visit.dueMonth, replacedLane: lane,
                                    replacedDueAge: scenario.workload.standard(for: core).dueAgeMonths)
            }
        case .barnHLR(let training):
            plans[index].barnHLR = training
            plans[index].barnHLRStart = start
        case .birthsShock(let change, let duration):
            let end = duration.map { min(months, start + $0) } ?? months
            for month in start..<end { plans[index].expectedBirths[month] *= 1 + change }
        case .birthsTrend(let changePerYear):
            for month in start..<months {
                plans[index].expectedBirths[month] *= pow1p(changePerYear, Double(month - start + 1) / 12)
            }
        case .boundaryChange(let toUnit, let share):
            guard let target = plans.firstIndex(where: { $0.unit.id == toUnit }) else { return }
            for month in start..<months {
                let moved = plans[index].expectedBirths[month] * share
                plans[index].expectedBirths[month] -= moved
                plans[target].expectedBirths[month] += moved
            }
        }
    }

    /// Added FTE first raises the fractions of the unit's part-time persons of the role (up to
    /// full time), as a unit would, and only the rest becomes new persons in posts of at most one
    /// FTE; removed FTE lowers the fractions of the unit's last persons of the role. Persons named
    /// by `newPersons` are always added. A new person's post is vacant for a while first (mean
    /// `fillDelayMonths`, by default `vacancyMean`) and may start at a share of capacity.
    private static func applyStaffChange(_ change: StaffChange, number: Int, from start: Int, vacancyMean: Double,
                                         to plan: inout UnitPlan) {
        let months = plan.expectedBirths.count
        let current = plan.persons.reduce(0) { $0 + ($1.role == change.role ? $1.fractions[start] : 0) }
        var fteChange = change.fte + change.percent * current
        for person in plan.persons.indices where fteChange > 1e-9 && plan.persons[person].role == change.role {
            let fraction = plan.persons[person].fractions[start]
            guard fraction > 0 else { continue }
            let raise = min(fteChange, 1 - fraction)
            if raise <= 1e-9 { continue }
            for month in start..<months where plan.persons[person].fractions[month] > 0 {
                plan.persons[person].fractions[month] = min(1, plan.persons[person].fractions[month] + raise)
            }
            fteChange -= raise
        }
        var newFractions = change.newPersons
        while fteChange > 1e-9 {
            newFractions.append(min(1, fteChange))
            fteChange -= min(1, fteChange)
        }
        for (k, fraction) in newFractions.enumerated() {
            let id = "\(plan.unit.id)+\(number + 1).\(k + 1)"
            var fractions = Array(repeating: 0.0, count: months)
            for month in start..<months { fractions[month] = fraction }
            plan.persons.append(UnitPlan.PersonPlan(id: id, role: change.role, fractions: fractions,
                                                    streamSubject: MonteCarlo.stableHash("person:" + id), postStart: start,
                                                    fillDelayMean: change.fillDelayMonths ?? vacancyMean,
                                                    startupShare: change.startupShare, startupMonths: change.startupMonths))
        }
        var toRemove = -fteChange
        for person in plan.persons.indices.reversed() where toRemove > 1e-9 && plan.persons[person].role == change.role {
            let cut = min(toRemove, plan.persons[person].fractions[start])
            for month in start..<months { plan.persons[person].fractions[month] = max(0, plan.persons[person].fractions[month] - cut) }
            toRemove -= cut
        }
    }
}

/// (1 + x)^y.
private func pow1p(_ x: Double, _ y: Double) -> Double { Foundation.pow(1 + x, y) }
