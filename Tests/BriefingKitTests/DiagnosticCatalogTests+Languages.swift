import Testing

/// The diagnostics of DESIGN §8 (languages), each on the catalog's otherwise valid site with a
/// French translation, through `check --format json` and `build` like every other case.
extension DiagnosticCatalogTests {
    static let twoLanguages = "title: \"Catalog\"\nbaseURL: \"https://catalog.example.org/\"\nlanguages:\n  fr: {title: \"Catalogue\"}\n"

    /// A valid French translation of the base briefing, with `frontMatter` after its title line (line 3 on).
    static func translation(_ frontMatter: String = "", body: String = "Des troupes [ont bougé](claim:troops), selon [A](cite:src-a).\n") -> String {
        "---\ntitle: \"Principal\"\n" + frontMatter + "---\n" + body
    }

    static let languageCases: [Case] = [
        // Errors
        Case(name: "translation into an unlisted language",
             files: ["Content/site.yaml": twoLanguages, "Content/briefings/main.de.md": translation()],
             expected: "Content/briefings/main.de.md:1:1: error: language 'de' is not listed in site.yaml's 'languages'; list it in site.yaml: languages: {de: {title: …}}"),
        Case(name: "translation suffixed with the default language",
             files: ["Content/site.yaml": twoLanguages, "Content/briefings/main.en.md": translation()],
             expected: "Content/briefings/main.en.md:1:1: error: '.en.md': en is the site's default language, whose files take no language suffix; rename the file to 'main.md'"),
        Case(name: "translation without an original",
             files: ["Content/site.yaml": twoLanguages, "Content/briefings/mian.fr.md": translation()],
             expected: "Content/briefings/mian.fr.md:1:1: error: translation without an original: there is no briefings/mian.md; did you mean 'main'?"),
        Case(name: "glossary translation without an original",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/glossary/rusia.fr.md": "---\nname: \"Russie\"\nsummary: \"Un État.\"\n---\nCorps.\n"],
             expected: "Content/glossary/rusia.fr.md:1:1: error: translation without an original: there is no glossary/rusia.md; did you mean 'russia'?"),
        Case(name: "claim the original lacks",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation("claims:\n  trops:\n    note: \"Note.\"\n")],
             expected: "Content/briefings/main.fr.md:4:3: error: claim 'trops' is not a claim of the original (briefings/main.md); did you mean 'troops'?"),
        Case(name: "status contradicting the original",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation("claims:\n  troops:\n    status: disputed\n")],
             expected: "Content/briefings/main.fr.md:5:13: error: claim 'troops' is 'disputed' here but 'supported' in the original: a translation re-words a claim, it never re-judges it; remove 'status' or write 'supported'"),
        Case(name: "date differing from the original",
             files: ["Content/site.yaml": twoLanguages, "Content/briefings/main.fr.md": translation("date: 2024-11-06\n")],
             expected: "Content/briefings/main.fr.md:3:7: error: 'date' differs from the original (briefings/main.md has 2024-11-05): a translation takes it from there; remove 'date' from the translation"),
        Case(name: "timeline with another number of events",
             files: ["Content/site.yaml": twoLanguages, "Content/briefings/main.fr.md": translation("timeline:\n  - text: \"Un événement.\"\n")],
             expected: "Content/briefings/main.fr.md:4:3: error: 'timeline' has 1 events here and 0 in the original: a translation re-words each event, in order"),
        Case(name: "a claim's history with another number of entries",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation("claims:\n  troops:\n    history:\n      - note: \"Vérifié.\"\n")],
             expected: "Content/briefings/main.fr.md:6:7: error: 'history' has 1 entries here and 0 in the original: a translation re-words each entry, in order"),
        Case(name: "glossary translation giving a fact",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/glossary/russia.fr.md": "---\nname: \"Russie\"\nkind: place\nsummary: \"Un État.\"\n---\nCorps.\n"],
             expected: "Content/glossary/russia.fr.md:3:7: error: 'kind' comes from glossary/russia.md: a translation gives only name, aliases, summary and the body; remove 'kind' from the translation"),
        Case(name: "translation without a title",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": "---\nsummary: \"Résumé.\"\n---\nDes troupes [ont bougé](claim:troops).\n"],
             expected: "Content/briefings/main.fr.md:1:1: error: missing required key 'title'"),
        Case(name: "unknown claim marked in a translation",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation(body: "Des troupes [ont bougé](claim:troops) et [plus](claim:tanks).\n")],
             expected: "Content/briefings/main.fr.md:4:42: error: unknown claim 'tanks': a translation marks the claims its original defines"),
        Case(name: "invalid language code in site.yaml",
             files: ["Content/site.yaml": "title: \"Catalog\"\nbaseURL: \"https://catalog.example.org/\"\nlanguages:\n  French: {}\n"],
             expected: "Content/site.yaml:4:3: error: invalid language code 'French'; a language code is two lower-case letters, or two, a hyphen and two (fr, pt-br)"),
        Case(name: "page named like a language folder",
             files: ["Content/site.yaml": twoLanguages, "Content/pages/fr.md": "---\ntitle: \"Français\"\n---\nCorps.\n"],
             expected: "Content/pages/fr.md:1:1: error: page 'fr' takes the name of the language folder 'fr/'; rename the file"),
        Case(name: "a name two entries claim in one language",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/glossary/russia.fr.md": "---\nname: \"Russie\"\nsummary: \"Un État.\"\n---\nCorps.\n",
                     "Content/glossary/ukraine.md": "---\nname: \"Ukraine\"\nkind: state\nsummary: \"A state.\"\n---\nBody.\n",
                     "Content/glossary/ukraine.fr.md": "---\nname: \"Ukraine\"\naliases: [\"Russie\"]\nsummary: \"Un État.\"\n---\nCorps.\n"],
             expected: "Content/glossary/russia.fr.md:2:7: error: name 'Russie' is also claimed by glossary entry 'ukraine'; alias at Content/glossary/ukraine.fr.md:3:11",
             also: ["Content/glossary/ukraine.fr.md:3:11: error: alias 'Russie' is already claimed by glossary entry 'russia'; name at Content/glossary/russia.fr.md:2:7"]),
        // Warnings
        Case(name: "claim of the original never marked in the translation",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation("claims:\n  troops:\n    note: \"Note.\"\n", body: "Des troupes ont bougé.\n")],
             expected: "Content/briefings/main.fr.md:4:3: warning: claim 'troops' is never marked in the text"),
        Case(name: "unlisted claim never marked in the translation",
             files: ["Content/site.yaml": twoLanguages,
                     "Content/briefings/main.fr.md": translation(body: "Des troupes ont bougé, selon [A](cite:src-a).\n")],
             expected: "Content/briefings/main.fr.md:1:1: warning: claim 'troops' is never marked in the text"),
    ]

    @Test(arguments: languageCases)
    func eachLanguageDiagnosticForCheckAndBuild(_ example: Case) throws {
        try eachDiagnosticForCheckAndBuild(example)
    }
}
