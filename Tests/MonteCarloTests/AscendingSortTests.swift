import Testing
@testable import MonteCarlo

@Suite struct AscendingSortTests {
    /// Arrays of every small length, of many repeats (counts), of distinct values, already
    /// sorted and reversed: each comes out as the standard library sorts it.
    @Test(arguments: [0, 1, 2, 3, 15, 16, 17, 100, 999, 1_000, 2_000])
    func sortsAsTheStandardLibraryDoes(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let shapes: [[Double]] = [
            (0..<count).map { _ in Double(Int.random(in: 0...5, using: &generator)) },
            (0..<count).map { _ in Double.random(in: -1e6...1e6, using: &generator) },
            (0..<count).map { Double($0) },
            (0..<count).map { Double(count - $0) },
            (0..<count).map { _ in [0.5, .infinity, -.infinity, 1][Int.random(in: 0...3, using: &generator)] },
        ]
        for shape in shapes {
            var sorted = shape
            sorted.withUnsafeMutableBufferPointer { AscendingSort.sort($0) }
            #expect(sorted == shape.sorted())
            var singles = shape.map { Float($0) }
            singles.withUnsafeMutableBufferPointer { AscendingSort.sort($0) }
            #expect(singles == shape.map { Float($0) }.sorted())
        }
    }
}
