/// The binary body of a partial aggregate file (the application puts a header before it and a
/// checksum after it). All numbers little-endian:
///
///     u64 trials, u64 blockSize, u64 cells, u64 firstBlock, u64 endBlock
///     per block of firstBlock ..< endBlock, per cell: u32 count, u32 undefined, u32 met, f64 sum, f64 sumOfSquares
///     per cell, its sketch:
///       u8 0 (exact):   u64 n, f64 × n values (ascending)
///       u8 1 (bounded): u64 count, u32 edges, f64 × edges, per bin (edges − 1) u32 count and,
///                       when not 0, u32 lowCount, u32 highCount, f64 low, f64 high;
///                       then the buckets below and above the grid, each:
///                       u32 level, u64 count, u32 buckets, per bucket i32 key, u32 count,
///                       u32 lowCount, u32 highCount, f64 low, f64 high
extension PartialAggregate {
    /// The body's bytes.
    public func encoded() -> [UInt8] {
        var sink = ByteSink()
        sink.reserve(40 + blockMoments.count * 28 + cells * 64)
        for value in [trials, blockSize, cells, blocks.lowerBound, blocks.upperBound] { sink.put(UInt64(value)) }
        for sums in blockMoments {
            sink.put(UInt32(sums.count))
            sink.put(UInt32(sums.undefined))
            sink.put(UInt32(sums.met))
            sink.put(sums.sum)
            sink.put(sums.sumOfSquares)
        }
        for sketch in sketches { sketch.encode(into: &sink) }
        return sink.bytes
    }

    /// Reads a body written by ``encoded()``; throws what is wrong with it.
    public init(decoding bytes: UnsafeRawBufferPointer) throws(PartialAggregateFormatError) {
        var source = ByteSource(bytes)
        let trials = try source.count(), blockSize = try source.count(), cells = try source.count()
        let first = try source.count(), end = try source.count()
        guard trials >= 1, blockSize >= 1, first <= end, end <= (trials + blockSize - 1) / blockSize else {
            throw PartialAggregateFormatError(offset: 0, problem: "inconsistent trials, block size and block range")
        }
        let sumsCount = (end - first).multipliedReportingOverflow(by: cells)
        guard !sumsCount.overflow, sumsCount.partialValue <= source.remaining / 28 else {
            throw PartialAggregateFormatError(offset: source.offset, problem: "ends before its block sums")
        }
        var moments: [CellMoments] = []
        moments.reserveCapacity(sumsCount.partialValue)
        for _ in 0..<sumsCount.partialValue {
            var sums = CellMoments()
            sums.count = Int(try source.u32())
            sums.undefined = Int(try source.u32())
            sums.met = Int(try source.u32())
            sums.sum = try source.f64()
            sums.sumOfSquares = try source.f64()
            moments.append(sums)
        }
        var sketches: [QuantileSketch] = []
        sketches.reserveCapacity(cells)
        for _ in 0..<cells { sketches.append(try QuantileSketch(decoding: &source)) }
        guard source.remaining == 0 else {
            throw PartialAggregateFormatError(offset: source.offset, problem: "\(source.remaining) bytes after the last sketch")
        }
        self.init(trials: trials, blockSize: blockSize, cells: cells, blocks: first..<end, blockMoments: moments, sketches: sketches)
    }
}

/// What is wrong with a partial aggregate's body, and where.
public struct PartialAggregateFormatError: Error, Sendable, CustomStringConvertible {
    /// Byte offset within the body.
    public let offset: Int
    public let problem: String

    public var description: String { "\(problem) (byte \(offset) of the aggregate)" }
}

extension QuantileSketch {
    fileprivate func encode(into sink: inout ByteSink) {
        guard isBounded else {
            sink.put(UInt8(0))
            sink.put(UInt64(exact.count))
            for value in exact { sink.put(value) }
            return
        }
        sink.put(UInt8(1))
        sink.put(UInt64(count))
        sink.put(UInt32(grid.edges.count))
        for edge in grid.edges { sink.put(edge) }
        for bin in grid.bins {
            sink.put(bin.count)
            guard bin.count > 0 else { continue }
            sink.put(bin.lowCount)
            sink.put(bin.highCount)
            sink.put(bin.low)
            sink.put(bin.high)
        }
        below.encode(into: &sink)
        above.encode(into: &sink)
    }

    fileprivate init(decoding source: inout ByteSource) throws(PartialAggregateFormatError) {
        self.init()
        switch try source.u8() {
        case 0:
            let n = try source.count()
            guard n <= source.remaining / 8 else { throw source.problem("ends inside an exact sketch") }
            exact = try (0..<n).map { _ throws(PartialAggregateFormatError) in try source.f64() }
            count = n
        case 1:
            isBounded = true
            count = try source.count()
            let edgeCount = Int(try source.u32())
            guard edgeCount == 0 || (2...(ValueGrid.maxBins + 1)).contains(edgeCount) else { throw source.problem("a grid of \(edgeCount) edges") }
            if edgeCount > 0 {
                let edges = try (0..<edgeCount).map { _ throws(PartialAggregateFormatError) in try source.f64() }
                guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else { throw source.problem("grid edges not ascending") }
                var bins: [SketchBucket] = []
                for index in 0..<(edgeCount - 1) {
                    var bin = SketchBucket.empty(key: Int32(index))
                    bin.count = try source.u32()
                    if bin.count > 0 {
                        bin.lowCount = try source.u32()
                        bin.highCount = try source.u32()
                        bin.low = try source.f64()
                        bin.high = try source.f64()
                    }
                    bins.append(bin)
                }
                grid = ValueGrid(edges: edges, bins: bins)
            }
            below = try LogBuckets(decoding: &source, capacity: Self.tailCapacity)
            above = try LogBuckets(decoding: &source, capacity: Self.tailCapacity)
        case let kind:
            throw source.problem("unknown sketch kind \(kind)")
        }
    }
}

extension ValueGrid {
    /// A grid with these edges and bins, as written by a partial aggregate.
    fileprivate init(edges: [Double], bins: [SketchBucket]) {
        self.edges = edges
        self.bins = bins
        (slices, sliceScale) = Self.slices(edges: edges)
    }
}

extension LogBuckets {
    fileprivate func encode(into sink: inout ByteSink) {
        sink.put(UInt32(level))
        sink.put(UInt64(count))
        sink.put(UInt32(buckets.count))
        for bucket in buckets {
            sink.put(bucket.key)
            sink.put(bucket.count)
            sink.put(bucket.lowCount)
            sink.put(bucket.highCount)
            sink.put(bucket.low)
            sink.put(bucket.high)
        }
    }

    fileprivate init(decoding source: inout ByteSource, capacity: Int) throws(PartialAggregateFormatError) {
        self.init(capacity: capacity)
        level = Int(try source.u32())
        count = try source.count()
        let bucketCount = Int(try source.u32())
        guard bucketCount <= capacity, level < 64 else { throw source.problem("tail buckets out of range") }
        buckets = try (0..<bucketCount).map { _ throws(PartialAggregateFormatError) in
            var bucket = SketchBucket.empty(key: try source.i32())
            bucket.count = try source.u32()
            bucket.lowCount = try source.u32()
            bucket.highCount = try source.u32()
            bucket.low = try source.f64()
            bucket.high = try source.f64()
            return bucket
        }
    }
}

/// Little-endian bytes appended.
private struct ByteSink {
    var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func put<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ value: Double) { put(value.bitPattern) }
}

/// Little-endian bytes read in order, every read checked against the end.
private struct ByteSource {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    func problem(_ text: String) -> PartialAggregateFormatError { PartialAggregateFormatError(offset: offset, problem: text) }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type) throws(PartialAggregateFormatError) -> Value {
        guard remaining >= MemoryLayout<Value>.size else { throw problem("ends early") }
        defer { offset += MemoryLayout<Value>.size }
        return Value(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    mutating func u8() throws(PartialAggregateFormatError) -> UInt8 { try read(UInt8.self) }
    mutating func u32() throws(PartialAggregateFormatError) -> UInt32 { try read(UInt32.self) }
    mutating func i32() throws(PartialAggregateFormatError) -> Int32 { try read(Int32.self) }
    mutating func f64() throws(PartialAggregateFormatError) -> Double { Double(bitPattern: try read(UInt64.self)) }

    /// A u64 that must be a count that fits an Int.
    mutating func count() throws(PartialAggregateFormatError) -> Int {
        let value = try read(UInt64.self)
        guard value <= UInt64(Int32.max) * 1024 else { throw problem("a count of \(value) is out of range") }
        return Int(value)
    }
}
