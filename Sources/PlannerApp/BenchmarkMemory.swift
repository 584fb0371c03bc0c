#if canImport(Glibc)
import Glibc
#endif

/// Peak memory of one benchmark run, measured inside the process from Linux's own accounting.
///
/// Before a run, `malloc_trim(0)` hands the previous run's freed memory back to the kernel and
/// writing `5` to `/proc/self/clear_refs` resets the peak resident set size to what the process
/// holds now; after the run `VmHWM` in `/proc/self/status` is the run's peak (the process's
/// resident set at its highest, the loaded scenario included). Elsewhere there is no such reset,
/// and no figure is given rather than a wrong one.
enum BenchmarkMemory {
    /// Trims the heap and resets the peak mark; false when the peak cannot be reset here.
    static func resetPeak() -> Bool {
        #if os(Linux)
        _ = mallocTrim?(0)
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// glibc's `malloc_trim`, which its Swift module does not export (it is declared in
    /// `malloc.h`), looked up in the running process; nil with a C library without it.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    /// The peak resident set size since the last reset, in bytes.
    static func peakBytes() -> UInt64? { statusText().flatMap { statusBytes("VmHWM", in: $0) } }

    /// The resident set size now, in bytes.
    static func residentBytes() -> UInt64? { statusText().flatMap { statusBytes("VmRSS", in: $0) } }

    /// The value of a `NAME:   123 kB` line of `/proc/self/status`, in bytes.
    static func statusBytes(_ name: String, in text: String) -> UInt64? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let fields = line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2, fields[1] == "kB", let kibibytes = UInt64(fields[0]) else { return nil }
            return kibibytes * 1024
        }
        return nil
    }

    /// `/proc/self/status`, read with plain reads (procfs files report no size).
    private static func statusText() -> String? {
        #if os(Linux)
        let descriptor = open("/proc/self/status", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
        #else
        return nil
        #endif
    }
}
