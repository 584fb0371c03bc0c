import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, checked: what a command prints is buffered, and a write that fails (a full
/// disk, `> /dev/full`, a closed pipe's reader gone) would otherwise go unnoticed and the command
/// would exit 0 over cut output.
public enum StandardOutput {
    /// Flushes standard output; throws (exit status 1) when anything printed could not be written.
    public static func finish() throws(CommandFailure) {
        guard let stream = stream() else { return }
        errno = 0
        let flushed = fflush(stream) == 0
        let code = errno
        guard !flushed || ferror(stream) != 0 else { return }
        let reason = code != 0 ? String(cString: strerror(code)) : "a write failed"
        throw CommandFailure("bhvplan: standard output cannot be written (\(reason)); what was printed is incomplete", status: 1)
    }

    /// C's `stdout`, which `print` writes through. Swift 6 refuses to read the C global directly
    /// (shared mutable state); the process reads it once here, at the end, on one thread.
    private static func stream() -> UnsafeMutablePointer<FILE>? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0) /* RTLD_DEFAULT */, "stdout")?
            .assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }
}
