extension InterfaceTables {
    /// Every built-in table, each with `Templates/i18n/<lang>.yaml` laid over it when the site has
    /// one, and every language such a file adds (DESIGN §8); the warnings loading them gave.
    public static func load(templatesDirectory: String, fileSystem: FileSystem) -> (InterfaceTables, Diagnostics) {
        var diagnostics = Diagnostics()
        let folder = templatesDirectory + "/i18n"
        var files: [String: String] = [:]
        if fileSystem.kind(folder) == .directory, let names = try? fileSystem.list(folder) {
            for name in names where name.hasSuffix(".yaml") && !QuietFiles.isQuiet(name) {
                let code = String(name.dropLast(".yaml".count))
                let path = folder + "/" + name
                guard LanguageCode.isValid(code) else {
                    diagnostics.warning("ignoring '\(name)': an interface table is named by its language code",
                                        at: SourceLocation(file: path, line: 1), hint: LanguageCode.rule)
                    continue
                }
                guard let file = ContentLoader.TextFile.read(path, fileSystem: fileSystem, diagnostics: &diagnostics) else { continue }
                files[code] = file.text
            }
        }
        var tables: [String: InterfaceText] = [:]
        for code in Set(InterfaceText.builtInLanguages).union(files.keys) {
            let (table, found) = InterfaceText.load(language: code, overrideYAML: files[code], file: folder + "/\(code).yaml")
            tables[code] = table
            diagnostics.append(found)
        }
        return (InterfaceTables(tables: tables), diagnostics)
    }

    /// A warning for each language the site uses that no table knows: its pages show English words.
    func missingLanguages(of config: SiteConfig, siteFile: String) -> Diagnostics {
        var diagnostics = Diagnostics()
        for code in [config.language.lowercased()] + config.languages.map(\.code) {
            let base = code.split(separator: "-").first.map(String.init) ?? code
            guard tables[code] == nil && tables[base] == nil else { continue }
            diagnostics.warning("no interface words for language '\(code)': its pages show English words",
                                at: SourceLocation(file: siteFile, line: 1),
                                hint: "add Templates/i18n/\(code).yaml (the keys of InterfaceText.english)")
        }
        return diagnostics
    }
}
