/// The interface words of every language a site uses, as the planner and the renderer look them up:
/// built in, overridden or added by `Templates/i18n/<lang>.yaml` (DESIGN §8); English for a
/// language no table knows (and a warning when the site lists it).
public struct InterfaceTables: Sendable, Equatable {
    public var tables: [String: InterfaceText]

    public init(tables: [String: InterfaceText] = [:]) {
        self.tables = tables
    }

    /// The table of `code`, else of its base language (`pt` for `pt-br`), else English.
    public func words(for code: String) -> InterfaceText {
        if let table = tables[code] { return table }
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return tables[base] ?? .english
    }
}
