/// One worker's own copy of a unit's plan (``UnitPlan/unshared()``), held by reference. The unit
/// simulator reads the plan as a class's constant, so handing it over for each unit and trial
/// copies nothing: a copy of the struct would retain and release each of its arrays, some fifty
/// atomic operations a unit and trial.
final class WorkerUnitPlan {
    let plan: UnitPlan
    /// What reading the unit's counts needs of the plan after each trial, worked out once: the
    /// visits of the extended programme it runs (0: none), and whether it runs Barn-HLR.
    let programmeVisits: Int
    let runsBarnHLR: Bool

    /// The worker's own copy of `plan`.
    init(copying plan: UnitPlan) {
        self.plan = plan.unshared()
        programmeVisits = plan.programmeVisits
        runsBarnHLR = plan.barnHLR != nil
    }
}
