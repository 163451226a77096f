import Testing
import BriefingKit

@Suite struct GlossaryMatcherTests {
    static let entries: [(id: String, names: [String])] = [
        (id: "north-korea", names: ["North Korea", "DPRK", "Democratic People’s Republic of Korea"]),
        (id: "south-korea", names: ["South Korea"]),
        (id: "korea", names: ["Korea"]),
        (id: "russia", names: ["Russia"]),
        (id: "kim", names: ["Kim Jong Un"]),
    ]
    let matcher = GlossaryMatcher(entries: entries)

    /// One linkable run.
    static func text(_ string: String) -> [TextPiece] { [TextPiece(text: string, kind: .linkable(run: 0))] }

    /// The matched original text of each match, with its term id: "id=text".
    static func found(_ matches: [GlossaryMatch], in pieces: [TextPiece]) -> [String] {
        matches.map { match in
            var bytes: [UInt8] = []
            for index in match.startPiece...match.endPiece {
                let utf8 = Array(pieces[index].text.utf8)
                let from = index == match.startPiece ? match.startOffset : 0
                let to = index == match.endPiece ? match.endOffset : utf8.count
                bytes += utf8[from..<to]
            }
            return "\(match.termID)=\(String(decoding: bytes, as: UTF8.self))"
        }
    }

    func find(_ pieces: [TextPiece], _ matcher: GlossaryMatcher? = nil) -> [String] {
        Self.found((matcher ?? self.matcher).matches(in: pieces), in: pieces)
    }

    func find(_ string: String, _ matcher: GlossaryMatcher? = nil) -> [String] {
        find(Self.text(string), matcher)
    }

    /// In Korean a particle joins the noun (북한은, 러시아와): a name matches at the start of a word
    /// there (DESIGN §8), still only from a word's start, and not in other languages.
    @Test func aNameMatchesAtTheStartOfAWordWhereParticlesJoinIt() {
        let entries: [(id: String, names: [String])] = [(id: "north-korea", names: ["북한"]), (id: "russia", names: ["러시아"])]
        var korean = GlossaryMatcher(entries: entries)
        korean.matchesWordStart = true
        let pieces = Self.text("북한은 러시아와 조약을 맺었다. 남북한 관계")
        #expect(Self.found(korean.matches(in: pieces), in: pieces) == ["north-korea=북한", "russia=러시아"])
        let plain = GlossaryMatcher(entries: entries)
        #expect(plain.matches(in: pieces).isEmpty)
        #expect(GlossaryMatcher.particleLanguages.contains("ko") && !GlossaryMatcher.particleLanguages.contains("fr"))
    }

    @Test func longestMatchWins() {
        #expect(find("North Korea and Korea") == ["north-korea=North Korea", "korea=Korea"])
        #expect(find("Kim Jong Un met Kim Jong") == ["kim=Kim Jong Un"])
        let prefixes = GlossaryMatcher(entries: [(id: "n", names: ["North"]), (id: "nk", names: ["North Korea"])])
        #expect(find("North Korea, North", prefixes) == ["nk=North Korea", "n=North"])
    }

    @Test func overlappingNamesLeftmostFirst() {
        let matcher = GlossaryMatcher(entries: [
            (id: "sk", names: ["South Korea"]), (id: "ks", names: ["Korea Strait"]), (id: "k", names: ["Korea"]),
        ])
        #expect(find("South Korea Strait", matcher) == ["sk=South Korea"])
        #expect(find("the Korea Strait", matcher) == ["ks=Korea Strait"])
        // The longest name fails the word test ("Korea Straits"), so the shorter one at that position wins.
        #expect(find("Korea Straits", matcher) == ["k=Korea"])
    }

    @Test func wholeWords() {
        #expect(find("Russia’s army") == ["russia=Russia"])
        #expect(find("North Korea-Russia treaty") == ["north-korea=North Korea", "russia=Russia"])
        #expect(find("Russian troops") == [])
        #expect(find("preRussia") == [])
        #expect(find("(Russia).") == ["russia=Russia"])
    }

    @Test func aliasThatExtendsAName() {
        let matcher = GlossaryMatcher(entries: [
            (id: "russia", names: ["Russia", "Russian Federation", "Russian"]),
        ])
        #expect(find("Russian troops in Russia", matcher) == ["russia=Russian", "russia=Russia"])
        #expect(find("the Russian Federation", matcher) == ["russia=Russian Federation"])
    }

    @Test func digitsUnderscoreAndUnicodeLettersAreWordCharacters() {
        #expect(find("Korea2 2Korea Korea_ _Korea") == [])
        #expect(find("Koreaé éKorea Koreaд") == [])
        #expect(find("Korea١") == []) // Arabic-Indic digit one (Nd)
        #expect(find("Korea\u{0301}") == []) // NFC: "Koreá"
        // A combining mark (no precomposed form with these letters) belongs to the character before it.
        #expect(find("Korea\u{0332} Korea\u{20DD}") == [])
        #expect(find("e\u{0332}Russia") == [])
        #expect(find("-\u{0332}Russia") == ["russia=Russia"])
        #expect(find("北Korea Korea北 Россия-Korea") == ["korea=Korea"])
        #expect(find("Korea. Korea, Korea") == ["korea=Korea", "korea=Korea", "korea=Korea"])
    }

    @Test func boundaryAcrossInlineMarkup() {
        // `**Russia**n`: the "n" follows in another run.
        let bold = [TextPiece(text: "Russia", kind: .linkable(run: 0)), TextPiece(text: "n troops", kind: .linkable(run: 1))]
        #expect(find(bold) == [])
        // `Rus**sia**`: a match does not cross emphasis.
        let split = [TextPiece(text: "Rus", kind: .linkable(run: 0)), TextPiece(text: "sia", kind: .linkable(run: 1))]
        #expect(find(split) == [])
        // Neighbours in opaque text count: `Russia` followed by a code span "n".
        let code = [TextPiece(text: "Russia", kind: .linkable(run: 0)), TextPiece(text: "n", kind: .opaque)]
        #expect(find(code) == [])
        let codeBefore = [TextPiece(text: "x", kind: .opaque), TextPiece(text: "Russia", kind: .linkable(run: 0))]
        #expect(find(codeBefore) == [])
        // Emphasis that is a whole word matches.
        let whole = [
            TextPiece(text: "in ", kind: .linkable(run: 0)), TextPiece(text: "Russia", kind: .linkable(run: 1)),
            TextPiece(text: "’s war", kind: .linkable(run: 2)),
        ]
        #expect(Self.found(matcher.matches(in: whole), in: whole) == ["russia=Russia"])
        #expect(matcher.matches(in: whole) == [
            GlossaryMatch(termID: "russia", startPiece: 1, startOffset: 0, endPiece: 1, endOffset: 6),
        ])
    }

    @Test func acrossSoftLineBreak() {
        let pieces = [
            TextPiece(text: "troops from South", kind: .linkable(run: 0)),
            TextPiece(text: "\n", kind: .linkable(run: 0)),
            TextPiece(text: "Korea arrived", kind: .linkable(run: 0)),
        ]
        #expect(find(pieces) == ["south-korea=South\nKorea"])
        #expect(matcher.matches(in: pieces) == [
            GlossaryMatch(termID: "south-korea", startPiece: 0, startOffset: 12, endPiece: 2, endOffset: 5),
        ])
        #expect(find("South\nKorea") == ["south-korea=South\nKorea"])
    }

    @Test func notAcrossHardLineBreak() {
        let pieces = [
            TextPiece(text: "South", kind: .linkable(run: 0)),
            TextPiece(text: "\n", kind: .lineBreak),
            TextPiece(text: "Korea", kind: .linkable(run: 0)),
        ]
        #expect(find(pieces) == ["korea=Korea"])
        // A hard break is white space: it separates words.
        let glued = [
            TextPiece(text: "xx", kind: .linkable(run: 0)), TextPiece(text: "", kind: .lineBreak),
            TextPiece(text: "Russia", kind: .linkable(run: 0)),
        ]
        #expect(find(glued) == ["russia=Russia"])
        let after = [
            TextPiece(text: "Russia", kind: .linkable(run: 0)), TextPiece(text: "\n", kind: .lineBreak),
            TextPiece(text: "n", kind: .linkable(run: 0)),
        ]
        #expect(find(after) == ["russia=Russia"])
    }

    @Test func notAcrossRunsOrOpaquePieces() {
        let runs = [TextPiece(text: "South ", kind: .linkable(run: 0)), TextPiece(text: "Korea", kind: .linkable(run: 1))]
        #expect(find(runs) == ["korea=Korea"])
        let opaque = [
            TextPiece(text: "South", kind: .linkable(run: 0)), TextPiece(text: " ", kind: .opaque),
            TextPiece(text: "Korea", kind: .linkable(run: 0)),
        ]
        #expect(find(opaque) == ["korea=Korea"])
        // Same run number but separated by opaque text: not one run.
        let link = [
            TextPiece(text: "Nor", kind: .linkable(run: 0)), TextPiece(text: "", kind: .opaque),
            TextPiece(text: "th Korea", kind: .linkable(run: 0)),
        ]
        #expect(find(link) == ["korea=Korea"])
        #expect(find([TextPiece(text: "Russia", kind: .opaque)]) == [])
    }

    @Test func nfc() {
        let matcher = GlossaryMatcher(entries: [(id: "cote", names: ["Côte d’Ivoire"]), (id: "e", names: ["Bogotá"])])
        // Decomposed text, composed name.
        let decomposed = "in Co\u{0302}te d'Ivoire and Bogota\u{0301}."
        #expect(find(decomposed, matcher) == ["cote=Co\u{0302}te d'Ivoire", "e=Bogota\u{0301}"])
        let matches = matcher.matches(in: Self.text(decomposed))
        #expect(matches.map(\.startOffset) == [3, 23])
        #expect(matches.map(\.endOffset) == [18, 31])
        // Decomposed name, composed text.
        let decomposedName = GlossaryMatcher(entries: [(id: "e", names: ["Bogota\u{0301}"])])
        #expect(find("Bogotá", decomposedName) == ["e=Bogotá"])
        // Singleton: OHM SIGN in the text is GREEK CAPITAL OMEGA after NFC.
        let omega = GlossaryMatcher(entries: [(id: "omega", names: ["\u{03A9} Group"])])
        #expect(find("the \u{2126} Group", omega) == ["omega=\u{2126} Group"])
        // A decomposed letter right after a match is still a letter.
        #expect(find("Russiae\u{0301}") == [])
    }

    @Test func quoteAndDashFolding() {
        let matcher = GlossaryMatcher(entries: [
            (id: "treaty", names: ["Russia–DPRK treaty"]), (id: "quote", names: ["“Axis” states"]),
            (id: "apos", names: ["People's Republic"]),
        ])
        #expect(find("the Russia-DPRK treaty", matcher) == ["treaty=Russia-DPRK treaty"])
        #expect(find("the Russia–DPRK treaty", matcher) == ["treaty=Russia–DPRK treaty"])
        #expect(find("the Russia\u{2011}DPRK treaty", matcher) == ["treaty=Russia\u{2011}DPRK treaty"])
        #expect(find("the Russia—DPRK treaty", matcher) == []) // em dash is not folded
        #expect(find("\"Axis\" states and “Axis” states", matcher) == ["quote=\"Axis\" states", "quote=“Axis” states"])
        #expect(find("People’s Republic, People‘s Republic", matcher) == ["apos=People’s Republic", "apos=People‘s Republic"])
        #expect(find("Democratic People's Republic of Korea") == ["north-korea=Democratic People's Republic of Korea"])
    }

    @Test func whiteSpaceRuns() {
        #expect(find("South  Korea") == ["south-korea=South  Korea"])
        #expect(find("South\t\n Korea") == ["south-korea=South\t\n Korea"])
        #expect(find("South\u{00A0}Korea") == ["south-korea=South\u{00A0}Korea"])
        let spacedName = GlossaryMatcher(entries: [(id: "kim", names: [" Kim  Jong\tUn "])])
        #expect(find("Kim Jong Un", spacedName) == ["kim=Kim Jong Un"])
        #expect(find("KimJong Un", spacedName) == [])
    }

    @Test func caseSensitive() {
        #expect(find("north korea, RUSSIA, russia") == [])
    }

    @Test func offsetsAfterMultiByteCharacters() {
        let pieces = [
            TextPiece(text: "Ж€😀", kind: .opaque),
            TextPiece(text: "— 😀 Ünd Russia", kind: .linkable(run: 0)),
        ]
        let matches = matcher.matches(in: pieces)
        #expect(matches == [GlossaryMatch(termID: "russia", startPiece: 1, startOffset: 14, endPiece: 1, endOffset: 20)])
        #expect(Self.found(matches, in: pieces) == ["russia=Russia"])
        // Non-NFC text before the match (slow path) keeps original offsets too.
        let slow = Self.text("A\u{030A}ngstro\u{0308}m Korea")
        #expect(matcher.matches(in: slow).map(\.startOffset) == [13])
        #expect(Self.found(matcher.matches(in: slow), in: slow) == ["korea=Korea"])
    }

    @Test func duplicatesAndEmptyNames() {
        let matcher = GlossaryMatcher(entries: [
            (id: "first", names: ["", "  ", "Korea"]), (id: "second", names: ["Korea", "Korea\u{00A0}"]),
        ])
        #expect(find("Korea", matcher) == ["first=Korea"])
        #expect(find("", matcher) == [])
        #expect(GlossaryMatcher(entries: [(id: "empty", names: [""])]).isEmpty)
    }

    @Test func emptyInput() {
        #expect(matcher.matches(in: []) == [])
        #expect(find("") == [])
        #expect(find([TextPiece(text: "", kind: .linkable(run: 0)), TextPiece(text: "", kind: .lineBreak)]) == [])
        #expect(GlossaryMatcher(entries: []).matches(in: Self.text("Korea")) == [])
    }

    @Test func manyNamesScale() {
        var entries: [(id: String, names: [String])] = (0..<10_000).map { (id: "e\($0)", names: ["Name \($0)", "Alias\($0)"]) }
        entries.append((id: "russia", names: ["Russia"]))
        let big = GlossaryMatcher(entries: entries)
        let text = String(repeating: "Talks between Russia and Name 42 or Alias9999 went on. ", count: 200)
        let matches = big.matches(in: Self.text(text))
        #expect(matches.count == 600)
        #expect(Self.found(Array(matches.prefix(3)), in: Self.text(text)) == ["russia=Russia", "e42=Name 42", "e9999=Alias9999"])
    }
}
