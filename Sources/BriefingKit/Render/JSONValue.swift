/// A JSON value for data embedded in pages (JSON-LD) and the search index. Serialised with
/// `<`, `>` and `&` escaped, so no editor text can close a script element; keys keep their order.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized == b.serialized }

    public var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let text): output += HTMLEscaping.jsonString(text)
        case .number(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output += "," }
                output += HTMLEscaping.jsonString(key) + ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }
}
