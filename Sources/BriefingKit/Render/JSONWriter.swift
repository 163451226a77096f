/// JSON written straight to UTF-8 bytes, keys in the order written, strings escaped as `JSONValue`
/// escapes them (safe in a `<script>` element): for the large JSON of every page (a briefing's
/// JSON-LD, 10–15 kB), where building a tree of values first was a malloc per value.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or value in the open object or array follows another (a comma first).
    private var follows = false

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `"name":` in the open object; the value comes next.
    mutating func key(_ name: String) {
        separate()
        HTMLEscaping.appendJSONString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        follows = false
    }

    mutating func value(_ text: String) {
        separate()
        HTMLEscaping.appendJSONString(text, to: &bytes)
        follows = true
    }

    /// `"name":"text"`.
    mutating func field(_ name: String, _ text: String) {
        key(name)
        value(text)
    }

    /// An object whose fields `body` writes.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array whose items `body` writes.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    private mutating func separate() {
        if follows { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        follows = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        follows = true
    }
}
