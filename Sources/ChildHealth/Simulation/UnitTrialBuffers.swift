/// The per-trial buffers of one unit's simulation: births and staff month by month, and the year
/// tallies. One worker allocates them once (the month series in a single block), frees them once,
/// and `reset`s them for each unit and trial, so the hot loop touches only unsafe buffers and no
/// reference-counted storage. The family queues and the programme's cohorts keep their own
/// state (FamilyQueues.swift, ProgrammeCohorts.swift).
final class UnitTrialBuffers {
    /// Births per month, and those of them to first-time parents (filled only when the unit
    /// runs the extended programme).
    let births: UnsafeMutableBufferPointer<Int>
    let firstTimeBirths: UnsafeMutableBufferPointer<Int>
    /// Per month: nurse FTE available after absences, contracted nurse FTE in post, and nurse
    /// and doctor persons in post.
    let availableFTE: UnsafeMutableBufferPointer<Double>
    let nurseFTE: UnsafeMutableBufferPointer<Double>
    let nursePersons: UnsafeMutableBufferPointer<Int>
    let doctorPersons: UnsafeMutableBufferPointer<Int>
    /// Per month: nurse hours of the families newly due for a family activity who accepted it,
    /// and the hours the clinic needs.
    let admittedHours: UnsafeMutableBufferPointer<Double>
    let clinicHours: UnsafeMutableBufferPointer<Double>
    /// What the trial counted, one tally per projected year.
    let tallies: YearTallies
    /// The one block holding every month series.
    private let block: UnsafeMutableRawPointer

    /// Zeroed buffers for `months` months (burn-in year included) and `years` projected years.
    init(months: Int, years: Int) {
        let series = 8
        let stride = MemoryLayout<Int>.stride
        let block = UnsafeMutableRawPointer.allocate(byteCount: series * months * stride, alignment: MemoryLayout<Int>.alignment)
        self.block = block
        func slice<T: Numeric>(_ index: Int, _: T.Type) -> UnsafeMutableBufferPointer<T> {
            let start = (block + index * months * stride).bindMemory(to: T.self, capacity: months)
            start.initialize(repeating: 0, count: months)
            return UnsafeMutableBufferPointer(start: start, count: months)
        }
        births = slice(0, Int.self)
        firstTimeBirths = slice(1, Int.self)
        availableFTE = slice(2, Double.self)
        nurseFTE = slice(3, Double.self)
        nursePersons = slice(4, Int.self)
        doctorPersons = slice(5, Int.self)
        admittedHours = slice(6, Double.self)
        clinicHours = slice(7, Double.self)
        tallies = YearTallies(years: years)
    }

    deinit { block.deallocate() }

    /// Clears the staff series, the admitted hours and the tallies for the next trial; births and
    /// clinic hours are overwritten anyway.
    @inline(__always)
    func reset() {
        availableFTE.update(repeating: 0)
        nurseFTE.update(repeating: 0)
        nursePersons.update(repeating: 0)
        doctorPersons.update(repeating: 0)
        admittedHours.update(repeating: 0)
        tallies.clear()
    }
}
