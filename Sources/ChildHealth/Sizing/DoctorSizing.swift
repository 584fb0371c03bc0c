/// The doctor headcount search (see ``DoctorAdvice``). Candidate doctors are named by position
/// like nurses and work the unit's mean doctor fraction; the unit's nurses are kept.
extension UnitSizer {
    /// The most doctors considered.
    static let maxDoctors = 20

    func doctorAdvice(_ unit: Unit) -> DoctorAdvice {
        let fraction = unit.doctors.isEmpty
            ? SizingRequest.defaultDoctorFraction
            : unit.doctors.reduce(0) { $0 + $1.fraction } / Double(unit.doctors.count)
        let staffing = scenario.staffing
        let available = 1 - staffing.vacationDays / (12 * staffing.workingDaysPerMonth) - staffing.sickLeaveMean
        let hoursPerDoctor = fraction * staffing.hoursPerFTEYear * available * staffing.programmeShare
        var most = Self.maxDoctors
        var newborns = 0.0
        for probe in probes {
            let (count, quantile) = doctorCount(unit.id, fraction: fraction, probe: probe, upTo: most)
            most = count
            newborns = max(newborns, quantile)
        }
        let probability = probes.map {
            doctorOutcome(unit.id, count: max(most, 1), fraction: fraction, probe: $0).probability(.newbornsPerDoctor)
        }.min()!
        let hoursNeeded = newborns * request.doctorVisitsPerNewborn * request.doctorHoursPerVisit
        let fewest = max(1, Int((hoursNeeded / hoursPerDoctor - 1e-9).rounded(.up)))
        return DoctorAdvice(current: unit.doctors.count, fraction: fraction, hoursNeeded: hoursNeeded,
                            hoursPerDoctor: hoursPerDoctor, fewest: fewest, most: most, probability: probability,
                            shareWith: most == 0 ? doctorPartner(unit, fraction: fraction) : nil)
    }

    /// The unit's nurses with `count` candidate doctors at `fraction`, in one year.
    private func doctorOutcome(_ id: String, count: Int, fraction: Double, probe: SizingProbe,
                               in variant: Scenario? = nil) -> StaffingOutcome {
        let nurses = (variant ?? scenario).units.first { $0.id == id }!.nurses
        let doctors = (1...count).map { Person(id: "advice-D\($0)", role: .doctor, fraction: fraction) }
        return probe.evaluate(unit: id, staff: nurses + doctors, in: variant)
    }

    /// In one year: the most doctors, up to `upTo`, that keep ≥ 25 newborns each with the
    /// confidence (0 when not even one does), and the confidence quantile of newborns.
    private func doctorCount(_ id: String, fraction: Double, probe: SizingProbe, upTo: Int,
                             in variant: Scenario? = nil) -> (Int, Double) {
        func meets(_ outcome: StaffingOutcome) -> Bool { outcome.probability(.newbornsPerDoctor) >= request.confidence }
        let one = doctorOutcome(id, count: 1, fraction: fraction, probe: probe, in: variant)
        let quantile = one.aggregates[.newborns]?.quantile(request.confidence) ?? one.newborns
        guard upTo >= 1, meets(one) else { return (0, quantile) }
        var count = 1
        // Each added doctor lowers newborns per doctor; the count is bounded by newborns / 25.
        while count < upTo, meets(doctorOutcome(id, count: count + 1, fraction: fraction, probe: probe, in: variant)) {
            count += 1
        }
        return (count, quantile)
    }

    /// The neighbour in the unit's municipality, fewest newborns first, with which one shared
    /// doctor sees ≥ 25 newborns with the confidence in every year; nil when none.
    private func doctorPartner(_ unit: Unit, fraction: Double) -> String? {
        let neighbours = scenario.units.filter { $0.municipality == unit.municipality && $0.id != unit.id }
            .sorted { ($0.expectedNewborns, $0.id) < ($1.expectedNewborns, $1.id) }
        return neighbours.first { neighbour in
            let (pooledScenario, pooled) = scenario.pooling(unit, with: neighbour)
            return probes.allSatisfy { doctorCount(pooled.id, fraction: fraction, probe: $0, upTo: 1, in: pooledScenario).0 == 1 }
        }?.id
    }
}
