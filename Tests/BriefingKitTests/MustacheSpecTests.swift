import Foundation
import Testing
@testable import BriefingKit

/// Every test of the official Mustache spec's modules Briefing's templates may use, run through
/// `MustacheTemplates`: interpolation, sections, inverted, comments, partials, delimiters, inheritance.
/// Lambdas and dynamic names are engine features the templates must not use, so their files are not read.
@Suite(.enabled(if: MustacheSpec.folder != nil, "the Mustache spec is not at ../shared/mustache-spec beside the repository"))
struct MustacheSpecTests {
    @Test(arguments: MustacheSpec.cases)
    func specCase(_ test: MustacheSpecCase) {
        var templates = test.partials
        templates[MustacheSpec.templateName] = test.template
        var diagnostics = Diagnostics()
        let set = MustacheTemplates(templates: templates, diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let output = set.render(MustacheSpec.templateName, root: test.data)
        #expect(output == test.expected, "\(test.description)\ntemplate: \(test.template.debugDescription)")
    }

    @Test func everyFileIsRead() {
        for file in MustacheSpec.files {
            #expect(MustacheSpec.cases.contains { $0.file == file }, "no cases read from \(file).json")
        }
    }
}

/// One test case of the spec: data converted to `TemplateValue`s.
struct MustacheSpecCase: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    var file: String
    var number: Int
    var name: String
    var description: String { "\(file) #\(number): \(name)" }
    var testDescription: String { description }
    var data: TemplateValue
    var template: String
    var partials: [String: String]
    var expected: String
}

/// Finds and reads the spec's JSON files, next to the repository in `../shared/mustache-spec`.
enum MustacheSpec {
    static let files = ["interpolation", "sections", "inverted", "comments", "partials", "delimiters", "~inheritance"]
    /// A name no spec partial uses, for the template under test.
    static let templateName = "(spec template)"

    static let folder: URL? = {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("sections.json").path) ? folder : nil
    }()

    static let cases: [MustacheSpecCase] = {
        guard let folder else { return [] }
        var cases: [MustacheSpecCase] = []
        for file in files {
            let url = folder.appendingPathComponent("\(file).json")
            guard let data = try? Data(contentsOf: url),
                  let spec = try? JSONDecoder().decode(SpecFile.self, from: data) else { continue }
            for (index, test) in spec.tests.enumerated() {
                cases.append(MustacheSpecCase(file: file, number: index + 1, name: test.name,
                                              data: test.data.value ?? .object([:]), template: test.template,
                                              partials: test.partials ?? [:], expected: test.expected))
            }
        }
        return cases
    }()

    private struct SpecFile: Decodable {
        var tests: [SpecTest]
    }

    private struct SpecTest: Decodable {
        var name: String
        var data: SpecJSON
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    /// A JSON value as a `TemplateValue`: numbers become their text as the spec prints them
    /// (`85`, `1.21`), and `null` leaves its key out (it is false and renders empty, as a missing key does).
    private struct SpecJSON: Decodable {
        var value: TemplateValue?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = nil
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let integer = try? container.decode(Int.self) {
                value = .text(String(integer))
            } else if let number = try? container.decode(Double.self) {
                value = .text(String(number))
            } else if let text = try? container.decode(String.self) {
                value = .text(text)
            } else if let items = try? container.decode([SpecJSON].self) {
                value = .list(items.compactMap(\.value))
            } else {
                var fields = TemplateFields()
                for (key, item) in try container.decode([String: SpecJSON].self) { fields[key] = item.value }
                value = .object(fields)
            }
        }
    }
}
