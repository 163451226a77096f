import Foundation
import Testing
@testable import BriefingKit

/// The default templates built into the binary (the EmbedTemplates plugin) are `Templates/` exactly.
@Suite struct EmbeddedTemplatesTests {
    /// Every regular file under the repository's Templates/ (hidden files skipped, as the plugin does), by relative path.
    static func repositoryTemplates() throws -> [String: [UInt8]] {
        let root = TemporaryFolder.repositoryRoot.appendingPathComponent("Templates")
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            result[relative] = [UInt8](try Data(contentsOf: url))
        }
        return result
    }

    @Test func embeddedTableEqualsTemplatesFolderByteForByte() throws {
        let onDisk = try Self.repositoryTemplates()
        #expect(!onDisk.isEmpty)
        #expect(DefaultTemplates.paths == onDisk.keys.sorted(),
                "rebuild after adding or removing a file in Templates/ (the plugin's table is stale)")
        for (path, bytes) in onDisk {
            let same = DefaultTemplates.files[path] == bytes
            #expect(same, "embedded '\(path)' differs from Templates/\(path) (\(DefaultTemplates.files[path]?.count ?? 0) vs \(bytes.count) bytes): rebuild")
        }
        #expect(DefaultTemplates.paths.contains("assets/icon.svg"))
        #expect(DefaultTemplates.paths.contains("partials/footer.mustache"))
    }

    @Test func defaultsAloneLoadWithoutDiagnostics() {
        var diagnostics = Diagnostics()
        let loaded = TemplateLoader(fileSystem: .memory([:])).load(directory: "Templates", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.message))")
        for name in TemplateLoader.requiredTemplates {
            #expect(loaded.templates.names.contains(name), "no default template '\(name)'")
        }
        #expect(loaded.overrides.isEmpty)
        #expect(loaded.assets.map(\.path) == DefaultTemplates.paths.filter { $0.hasPrefix("assets/") }.map { String($0.dropFirst(7)) })
        for asset in loaded.assets {
            #expect(asset.contents == .bytes(DefaultTemplates.files["assets/" + asset.path] ?? []))
        }
    }

    /// Binary files must survive the trip through the generated Swift source: a table holding every byte value.
    @Test func everyByteValueSurvivesTheLoader() {
        let allBytes = (0...255).map(UInt8.init)
        var diagnostics = Diagnostics()
        let loaded = TemplateLoader(fileSystem: .memory([:]), defaults: ["assets/blob.bin": allBytes])
            .load(directory: "Templates", diagnostics: &diagnostics)
        #expect(loaded.assets == [TemplateLoader.Asset(path: "blob.bin", contents: .bytes(allBytes))])
    }
}
