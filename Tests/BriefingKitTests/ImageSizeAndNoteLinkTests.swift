import Testing
@testable import BriefingKit

/// Image sizes from file headers, and the links of claim notes (DESIGN §7, §8).
@Suite struct ImageSizeAndNoteLinkTests {
    @Test func sizesFromEachFormat() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0x02, 0x80, 0, 0, 0x01, 0xE0]
        #expect(ImageSize.read(png) == ImageSize(width: 640, height: 480))
        let gif: [UInt8] = Array("GIF89a".utf8) + [0x0C, 0x00, 0x0A, 0x00, 0, 0, 0]
        #expect(ImageSize.read(gif) == ImageSize(width: 12, height: 10))
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC2, 0x00, 0x11, 0x08, 0x00, 0x1E, 0x00, 0x28, 0x03]
        #expect(ImageSize.read(jpeg) == ImageSize(width: 40, height: 30))
        var webp: [UInt8] = Array("RIFF".utf8) + [22, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
        webp += [99, 0, 0, 49, 0, 0]
        #expect(ImageSize.read(webp) == ImageSize(width: 100, height: 50))
        #expect(ImageSize.read(Array(#"<svg width="120px" height='80' xmlns="http://www.w3.org/2000/svg"/>"#.utf8))
                == ImageSize(width: 120, height: 80))
        #expect(ImageSize.read(Array(#"<?xml version="1.0"?><svg viewBox="0 0 300.4 150" xmlns="x"/>"#.utf8))
                == ImageSize(width: 300, height: 150))
    }

    @Test(arguments: [[UInt8](), Array("not an image".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8)])
    func cutOrUnknownFilesHaveNoSize(bytes: [UInt8]) {
        #expect(ImageSize.read(bytes) == nil)
    }

    @Test func pagesGiveEveryAssetImageItsSize() {
        let result = TestSite([
            "assets/dot.gif": "GIF89a\u{0C}\u{00}\u{0A}\u{00}\u{00}\u{00}\u{00};",
            "briefings/b.md": Content.briefing("A dot ![Dot](assets/dot.gif) here.\n\n![Dot](assets/dot.gif \"A dot\")"),
        ]).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let body = TestSite.body(result.output["briefings/b/index.html"])
        #expect(body.contains(#"<p>A dot <img src="../../assets/content/dot.gif" alt="Dot" width="12" height="10" /> here.</p>"#))
        #expect(body.contains(#"<figure><img src="../../assets/content/dot.gif" alt="Dot" width="12" height="10" /><figcaption>A dot</figcaption></figure>"#))
    }

    @Test func aNoteAnchorPointsBackToItsBriefingFromEveryPage() {
        let claims = "  troops:\n    status: opinion\n    note: \"See [the map](#map) and [why](#why-now).\""
        let result = TestSite(["briefings/b.md": Content.briefing("## Why now\n\n[Troops](claim:troops).", claims: claims)]).build()
        #expect(result.errors.map(\.description) == [
            "Content/briefings/b.md:7:16: error: no element '#map' on this briefing's page",
        ])
        let fixed = TestSite(["briefings/b.md": Content.briefing("## Why now\n\n[Troops](claim:troops).",
                                                                  claims: "  troops:\n    status: opinion\n    note: \"See [why](#why-now).\"")]).build()
        #expect(fixed.errors.isEmpty)
        #expect(fixed.output["briefings/b/index.html"]?.contains(#"<a href="../../briefings/b/#why-now">why</a>"#) == true)
        #expect(fixed.output["claims/opinion/index.html"]?.contains(#"<a href="../../briefings/b/#why-now">why</a>"#) == true)
    }

    @Test func notesCheckPathsAndNestedLinksToo() {
        let claims = "  troops:\n    status: opinion\n    note: \"See [a [b](term:x)](https://e.org) and [c](../glossary/x/).\""
        let result = TestSite(["briefings/b.md": Content.briefing("[Troops](claim:troops).", claims: claims)]).build()
        let messages = result.errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("a link inside a link") })
        #expect(messages.contains("'../glossary/x/' is a file path: internal links are term:, briefing:, cite:, assets/… or #anchor"))
    }

    @Test func notesLinkAssetsFromAnyPage() {
        let claims = "  troops:\n    status: opinion\n    note: \"See [the data](assets/data.csv) and ![a dot](assets/dot.gif).\""
        let result = TestSite(["assets/data.csv": "a,b\n", "assets/dot.gif": "GIF89a\u{0C}\u{00}\u{0A}\u{00}\u{00}\u{00}\u{00};",
                               "briefings/b.md": Content.briefing("[Troops](claim:troops).", claims: claims)]).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let claimsPage = result.output["claims/opinion/index.html"] ?? ""
        #expect(claimsPage.contains(#"<a href="../../assets/content/data.csv">the data</a>"#))
        #expect(claimsPage.contains(#"<img src="../../assets/content/dot.gif" alt="a dot" width="12" height="10" />"#))
    }
}
