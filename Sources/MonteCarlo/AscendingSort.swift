/// Sorts the values the quantile sketches are shaped by: a pilot's 2,000 values per cell, for
/// every cell of a run. The standard library's `sort()` is a stable merge sort that calls its
/// comparison through a closure; this is an in-place quicksort (median of three, insertion sort
/// below 16 values, the smaller part first so the stack stays logarithmic) on the buffer
/// itself, several times faster on these sizes. Stability does not matter: equal values are
/// interchangeable, except 0 and −0, which no indicator produces. The order is a function of
/// the input alone, so a run stays the same for any worker count.
enum AscendingSort {
    /// Sorts `values` ascending under `<`. They must not be NaN (a NaN is not ordered).
    @inlinable
    static func sort<Value: BinaryFloatingPoint>(_ values: UnsafeMutableBufferPointer<Value>) {
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
                sort(UnsafeMutableBufferPointer(start: base, count: leftCount))
                base += leftCount
                count = rightCount
            } else {
                sort(UnsafeMutableBufferPointer(start: base + leftCount, count: rightCount))
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
