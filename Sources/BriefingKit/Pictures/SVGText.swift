/// Small helpers for writing SVG and HTML fragments: escaping and numbers that read the same on
/// every machine.
enum SVGText {
    /// Text and attribute values escaped (`&`, `<`, `>`, `"`, `'`).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A coordinate with at most one decimal, no trailing zero (`12`, `12.5`, `-3`).
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
