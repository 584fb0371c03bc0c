/// How much memory a run's quantile sketches may take, and what that buys: how many trials the
/// pilot keeps whole, how many a shaping pass keeps in single precision when the pilot cannot be
/// whole, and how many grid bins each cell gets. The defaults keep a national run (1,100 units ×
/// 10 years, about 176,000 cells) under 1 GB; a regional run gets the largest pilot and grid.
struct SketchBudget: Sendable {
    /// Bytes of the pilot's values (Doubles), of the shaping pass's values (Floats) and of the
    /// grids' bins. A national run's grids fill their bins budget (cells of few values leave
    /// theirs to the others, see ``ShapingPass``): 624 MiB keeps its peak under 1 GiB at 10,000
    /// trials with 88 bins per cell, enough for every reported quantile of its ratios and
    /// shares to stay within half a percentile point.
    var pilotBytes = 256 << 20
    var shapingBytes = 512 << 20
    var binBytes = 624 << 20

    /// The least and most trials a pilot or shaping pass takes.
    static let pilotRange = 100...2_000
    /// The least and most grid bins per cell.
    static let binRange = 64...256
    /// Bytes of one grid bin: its bucket, its edge and its slices (see ``ValueGrid``).
    static let bytesPerBin = MemoryLayout<SketchBucket>.stride + MemoryLayout<Double>.stride + ValueGrid.slicesPerBin

    /// Trials whose values a run of `trials` trials over `cells` cells keeps whole: as many as
    /// ``pilotBytes`` hold within ``pilotRange``, never more than the run has.
    func pilotTrials(cells: Int, trials: Int) -> Int {
        let affordable = pilotBytes / max(1, cells * MemoryLayout<Double>.stride)
        return min(trials, min(Self.pilotRange.upperBound, max(Self.pilotRange.lowerBound, affordable)))
    }

    /// Trials of a shaping pass: 0 when the pilot is as long as it should be (the run's trials
    /// up to 2,000), else as many as ``shapingBytes`` hold in single precision within
    /// ``pilotRange``.
    func shapingTrials(cells: Int, trials: Int) -> Int {
        let wanted = min(trials, Self.pilotRange.upperBound)
        guard pilotTrials(cells: cells, trials: trials) < wanted else { return 0 }
        let affordable = shapingBytes / max(1, cells * MemoryLayout<Float>.stride)
        return min(wanted, max(Self.pilotRange.lowerBound, affordable))
    }

    /// Most grid bins per cell for a run over `cells` cells, within ``binBytes`` and ``binRange``.
    func binsPerCell(cells: Int) -> Int {
        min(Self.binRange.upperBound, max(Self.binRange.lowerBound, binBytes / max(1, cells * Self.bytesPerBin)))
    }
}
