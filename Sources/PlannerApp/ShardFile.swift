import Foundation
import MonteCarlo
import ResultFormat

/// A partial aggregate file, written by `run --shard i/N --out PART` and read by `merge`:
///
///     "BHVPLAN-PART\n"                    13 bytes
///     u32 format version (1)              little-endian, as every number below
///     u32 header length, the header       JSON (``ShardHeader``)
///     u64 body length, the body           the engine's per-block sums and sketches (``PartialAggregate``)
///     u64 checksum                        FNV-1a over the 8-byte words of all the bytes before it
///
/// The checksum finds a truncated or damaged file before anything is merged.
struct ShardFile {
    static let magic = Array("BHVPLAN-PART\n".utf8)
    static let formatVersion: UInt32 = 1

    var header: ShardHeader
    var aggregate: PartialAggregate

    /// Writes the file so that `url` holds the old file or the whole new one, never a part.
    func write(to url: URL) throws {
        var bytes = Self.magic
        func put<Value: FixedWidthInteger>(_ value: Value) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let headerBytes = try encoder.encode(header)
        let body = aggregate.encoded()
        put(Self.formatVersion)
        put(UInt32(headerBytes.count))
        bytes.append(contentsOf: headerBytes)
        put(UInt64(body.count))
        bytes.append(contentsOf: body)
        put(bytes.withUnsafeBytes(Self.checksum))
        try AtomicFileWriter.write(to: url) { try $0.write(contentsOf: bytes) }
    }

    /// Reads the part at `path`; a file that is not a part, of another format version, truncated
    /// or damaged is refused with exit status 2 and the file named.
    static func read(path: String) throws(CommandFailure) -> ShardFile {
        func refuse(_ problem: String) -> CommandFailure { CommandFailure("bhvplan: \(path): \(problem)", status: 2) }
        guard let data = FileManager.default.contents(atPath: path) else { throw refuse("cannot be read (allowed: a part written by run --shard)") }
        return try data.withUnsafeBytes { bytes in Result { () throws(CommandFailure) in try parse(bytes, refuse: refuse) } }.get()
    }

    /// The part in `bytes`; `refuse` words what is wrong.
    private static func parse(_ bytes: UnsafeRawBufferPointer, refuse: (String) -> CommandFailure) throws(CommandFailure) -> ShardFile {
        guard bytes.starts(with: magic) else { throw refuse("not a partial aggregate (it does not start with BHVPLAN-PART; write parts with run --shard)") }
        var offset = magic.count
        func take<Value: FixedWidthInteger>(_: Value.Type) -> Value? {
            guard bytes.count - offset >= MemoryLayout<Value>.size else { return nil }
            defer { offset += MemoryLayout<Value>.size }
            return Value(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Value.self))
        }
        let truncated = refuse("truncated: \(bytes.count) bytes, shorter than its header says; run the shard again")
        guard let version = take(UInt32.self) else { throw truncated }
        guard version == formatVersion else {
            throw refuse("partial aggregate format version \(version); this bhvplan (\(PlannerVersion.current)) reads version \(formatVersion)")
        }
        guard let headerLength = take(UInt32.self), bytes.count - offset >= Int(headerLength) else { throw truncated }
        let headerBytes = Data(bytes[offset..<(offset + Int(headerLength))])
        offset += Int(headerLength)
        guard let bodyLength = take(UInt64.self), UInt64(bytes.count - offset) >= bodyLength &+ 8, bodyLength < UInt64(Int.max) else {
            throw truncated
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(bodyLength))])
        offset += Int(bodyLength)
        let stored = take(UInt64.self)
        guard offset == bytes.count else { throw refuse("corrupt: \(bytes.count - offset) bytes after its checksum") }
        guard stored == checksum(UnsafeRawBufferPointer(rebasing: bytes[..<(offset - 8)])) else {
            throw refuse("corrupt: its checksum does not match its content; run the shard again")
        }
        let header: ShardHeader
        do { header = try JSONDecoder().decode(ShardHeader.self, from: headerBytes) } catch {
            throw refuse("corrupt header: \(error)")
        }
        do {
            return ShardFile(header: header, aggregate: try PartialAggregate(decoding: body))
        } catch {
            throw refuse("corrupt: \(error)")
        }
    }

    /// FNV-1a over the little-endian 8-byte words of `bytes` (the last word padded with zeros).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while bytes.count - offset >= 8 {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0x0000_0100_0000_01b3
            offset += 8
        }
        if offset < bytes.count {
            var last: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
            hash = (hash ^ last) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
