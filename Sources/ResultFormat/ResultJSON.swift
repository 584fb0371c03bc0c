import Foundation

/// The JSON files of a result set, written and read with Foundation's coders: pretty-printed
/// with sorted keys, so the same values always give the same bytes.
public enum ResultJSON {
    /// `value` as pretty-printed JSON text with sorted keys and a final line break.
    public static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value written is a plain struct of strings, numbers and arrays: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { preconditionFailure("a result value failed to encode as JSON") }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Decodes `data`; errors name the file and the path of the offending value.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, fileName: String) throws(ResultFormatError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw problem(error, fileName: fileName)
        } catch {
            throw .malformedJSON(file: fileName, path: "", reason: "\(error)")
        }
    }

    private static func problem(_ error: DecodingError, fileName: String) -> ResultFormatError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { result, key in
                if let index = key.intValue {
                    result += "[\(index)]"
                } else {
                    result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "expected a value of type \(type)")
        case .valueNotFound(let type, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "expected a value of type \(type), found null")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation's own text ("The given data was not valid JSON.") says nothing more.
            return .malformedJSON(file: fileName, path: "", reason: "is not valid JSON (allowed: the JSON file `bhvplan` writes; write the folder again with --out)")
        case .dataCorrupted(let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformedJSON(file: fileName, path: "", reason: "\(error)")
        }
    }
}
