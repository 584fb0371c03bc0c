/// Sorts the values the quantile sketches are shaped by: a pilot's 2,000 values per cell, for
/// every cell of a run, while the workers wait. The standard library's `sort()` is a stable
/// merge sort that calls its comparison through a closure. A thousand Doubles or more are
/// sorted here by their bits (a least-significant-digit radix sort, a byte per pass), which has
/// no branch to mispredict and skips the bytes every value shares, as the low bytes of counts
/// do; fewer, and the Floats of a ``ShapingPass``, by an in-place quicksort. Stability does not
/// matter: equal values are interchangeable (the radix sort puts −0 before 0, which no
/// indicator produces). The order is a function of the input alone, so a run stays the same for
/// any worker count.
enum AscendingSort {
    /// Sorts `values` ascending. They must not be NaN (a NaN is not ordered).
    static func sort(_ values: UnsafeMutableBufferPointer<Double>) {
        let count = values.count
        // Below about a thousand values the radix sort's fixed cost (8 × 256 counters) outweighs
        // the quicksort's mispredicted branches (callgrind: 300 values take twice as long).
        guard count >= 1_000, let base = values.baseAddress else { return quicksort(values) }
        // Keys whose unsigned order is the values' order: the sign bit flipped for positive
        // values, every bit for negative ones.
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 2 * count)
        defer { keys.deallocate() }
        var from = keys.baseAddress!
        var to = from + count
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 8 * 256)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        for index in 0..<count {
            let bits = base[index].bitPattern
            let key = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
            from[index] = key
            for byte in 0..<8 { counts[byte &* 256 &+ Int((key >> (8 &* UInt64(byte))) & 0xFF)] &+= 1 }
        }
        for byte in 0..<8 {
            let histogram = counts.baseAddress! + byte * 256
            let shift = 8 * UInt64(byte)
            // A byte every key shares leaves the order as it is.
            if histogram[Int((from[0] >> shift) & 0xFF)] == count { continue }
            var start = 0
            for digit in 0..<256 {
                let size = histogram[digit]
                histogram[digit] = start
                start &+= size
            }
            for index in 0..<count {
                let key = from[index]
                let digit = Int((key >> shift) & 0xFF)
                to[histogram[digit]] = key
                histogram[digit] &+= 1
            }
            swap(&from, &to)
        }
        for index in 0..<count {
            let key = from[index]
            base[index] = Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
        }
    }

    /// Sorts `values` ascending under `<`. They must not be NaN (a NaN is not ordered).
    static func sort(_ values: UnsafeMutableBufferPointer<Float>) { quicksort(values) }

    /// Sorts `values` ascending under `<` in place. They must not be NaN.
    @inlinable
    static func quicksort<Value: BinaryFloatingPoint>(_ values: UnsafeMutableBufferPointer<Value>) {
        guard var base = values.baseAddress else { return }
        var count = values.count
        while count > 16 {
            let last = count &- 1
            // Median of three to the middle: first ≤ middle ≤ last.
            let middle = last / 2
            if base[middle] < base[0] { base.swapAt(0, middle) }
            if base[last] < base[middle] {
                base.swapAt(middle, last)
                if base[middle] < base[0] { base.swapAt(0, middle) }
            }
            let pivot = base[middle]
            // Hoare partition over 1 ..< last: the first and last are already on their sides.
            var low = 1
            var high = last &- 1
            while true {
                while base[low] < pivot { low &+= 1 }
                while pivot < base[high] { high &-= 1 }
                if low >= high { break }
                base.swapAt(low, high)
                low &+= 1
                high &-= 1
            }
            // base[0 ... high] ≤ pivot ≤ base[high + 1 ..< count]; recurse into the smaller.
            let leftCount = high &+ 1
            let rightCount = count &- leftCount
            if leftCount < rightCount {
                quicksort(UnsafeMutableBufferPointer(start: base, count: leftCount))
                base += leftCount
                count = rightCount
            } else {
                quicksort(UnsafeMutableBufferPointer(start: base + leftCount, count: rightCount))
                count = leftCount
            }
        }
        // Insertion sort of what is left.
        var index = 1
        while index < count {
            let value = base[index]
            var slot = index
            while slot > 0 && value < base[slot &- 1] {
                base[slot] = base[slot &- 1]
                slot &-= 1
            }
            base[slot] = value
            index &+= 1
        }
    }
}

extension UnsafeMutablePointer {
    /// Swaps the values at offsets `i` and `j`.
    @inlinable
    mutating func swapAt(_ i: Int, _ j: Int) {
        let value = self[i]
        self[i] = self[j]
        self[j] = value
    }
}
