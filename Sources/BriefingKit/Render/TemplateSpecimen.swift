/// A small site held in the binary that uses every optional key (updates, history, timelines,
/// relations, graded sources, moved-from, pages in the header, drafts, scheduled briefings,
/// pagination), planned through the real pipeline so that each page template's context shape comes
/// from the same code that builds the contexts of real sites: the check's name lists cannot drift.
/// `TemplateNameCheckTests` checks that every built-in template resolves every name against it.
enum TemplateSpecimen {
    /// Each page template's context shape, merged over every page of the specimen rendered with it.
    /// Made once per process, and only when a site has templates of its own to check.
    static let roots: [String: ContextShape] = shapes().roots

    /// The specimen's shapes, and what loading and planning it reported (nothing, as a test checks).
    static func shapes() -> (roots: [String: ContextShape], diagnostics: Diagnostics) {
        let folder = "specimen"
        let fileSystem = FileSystem.memory(Dictionary(uniqueKeysWithValues: files.map { (folder + "/" + $0.key, $0.value) }))
        let options = BuildOptions(includeDrafts: true, now: PartialDate(year: 2025, month: 1, day: 1), includeFuture: true,
                                   marksScheduled: true)
        // No templates folder: the built-in defaults, which the template loader does not check (so
        // this never asks for its own result).
        let request = BuildRequest(contentDirectory: folder, templatesDirectory: folder + "-templates",
                                   outputDirectory: folder + "-output", options: options)
        var cache = BuildCache()
        let planned = SiteBuilder(fileSystem: fileSystem).plan(request, cache: &cache)
        guard let pages = planned.pages, let renderer = planned.renderer else { return ([:], planned.diagnostics) }
        var roots: [String: ContextShape] = [:]
        for page in pages {
            // As `PageRenderer.render` picks them: each page's words are its language's.
            let language = renderer.inLanguage(page.input.head?.settings.language)
            guard let (template, context) = language.templateAndContext(page.input) else { continue }
            roots[template, default: ContextShape()].merge(ContextShape(context: context))
        }
        return (roots, planned.diagnostics)
    }

    /// The specimen's files, relative to its content folder.
    static let files: [String: String] = [
        "site.yaml": """
            title: "Specimen"
            baseURL: "https://specimen.example.org/"
            description: "Every optional key in use."
            paginate: 1
            languages:
              fr:
                title: "Spécimen"
                description: "Chaque clé facultative."
            """,
        "sources.yaml": """
            treaty-text:
              title: "Treaty text"
              publisher: "Kremlin"
              date: 2024-06-19
              url: "https://example.org/treaty"
              archived: "https://archive.example.org/treaty"
              accessed: 2024-11-01
              kind: primary
              reliability: A
            wire:
              title: "Troops seen"
              authors: ["A. Reporter", "B. Writer"]
              publisher: "Wire"
              date: 2024-10-23
              url: "https://example.org/wire"
              note: "The first report."
              kind: wire
              reliability: B
              moved-from: [old-wire]
            repost:
              title: "Troops seen, again"
              publisher: "Daily"
              date: 2024-10
              kind: repost
              reliability: D
              original: wire
            analysis:
              title: "What Pyongyang gains"
              authors: ["C. Analyst"]
              publisher: "Institute"
              date: 2024
              kind: analysis
            ungraded:
              title: "A note"
            """,
        "glossary/north-korea.md": """
            ---
            name: "North Korea"
            kind: state
            aliases: ["DPRK"]
            summary: "A state in East Asia."
            related: [treaty]
            sources: [treaty-text, repost, ungraded]
            moved-from: [dprk]
            dates: {founded: 1948-09-09}
            ---
            Also known as the DPRK.
            """,
        "glossary/russia.md": """
            ---
            name: "Russia"
            kind: state
            summary: "A state in Eastern Europe and Northern Asia."
            ---
            Russia signed the treaty.
            """,
        "glossary/treaty.md": """
            ---
            name: "Treaty on Comprehensive Strategic Partnership"
            kind: treaty
            aliases: ["the treaty"]
            summary: "A 2024 treaty."
            parties: [russia, north-korea]
            related: [russia]
            dates: {signed: 2024-06-19, in-force: 2024-12-04}
            sources: [treaty-text]
            ---
            Article 4 is the mutual-assistance clause.
            """,
        "briefings/deployment.md": """
            ---
            title: "The deployment, checked"
            date: 2024-11-05
            updated: 2024-11-08
            authors: ["Ann Analyst", "Ben Checker"]
            summary: "What holds."
            tags: [security, north-korea]
            reviews: analysis
            moved-from: [old-deployment]
            updates:
              - date: 2024-11-06
                kind: update
                text: "Added [the wire](cite:wire)."
              - date: 2024-11-12
                kind: correction
                text: "The figure was about 3,000."
            timeline:
              - date: 2024-06-19
                text: "The treaty is signed"
                term: treaty
              - date: 2024-10
                text: "Troops move east"
                claim: troops
            claims:
              troops:
                status: incorrect
                confidence: high
                sources: [wire, repost]
                correction: "About 3,000."
                moved-from: [figures]
                history:
                  - date: 2024-10-23
                    status: unverified
                    note: "Only [a repost](cite:repost) said so."
                  - date: 2024-10-28
                    status: incorrect
              denial:
                status: disputed
                confidence: low
                sources: [wire]
                appearance: [repost]
                note: "Pyongyang denied it."
              signed:
                status: supported
                confidence: moderate
                sources: [treaty-text]
              motive:
                status: opinion
              later:
                status: unverified
                sources: [analysis]
            ---
            [North Korea sent 10,000 troops](claim:troops), the article says, and
            [no soldiers had left](claim:denial), said Pyongyang.[^1]

            ## The treaty

            [The treaty was signed](claim:signed) by Russia; [money is the motive](claim:motive).

            ### Terms

            Article 4 of the treaty.

            ## Later

            [More later](claim:later), as [the wire](cite:wire) said ~~then~~.

            | Year | Troops |
            |---|---:|
            | 2024 | 3,000 |

            ![A map](assets/map.svg "The region")

            [^1]: The denial came a day later.
            """,
        // A translation (DESIGN §8) gives the language switcher, alternates, and glossary entries
        // shown in the original's language where the translation lacks them (`lang`).
        "briefings/deployment.fr.md": """
            ---
            title: "Le déploiement, vérifié"
            summary: "Ce qui tient."
            claims:
              troops:
                correction: "Environ 3 000."
            ---
            [La Corée du Nord a envoyé 10 000 soldats](claim:troops), dit l’article, et
            [aucun soldat n’était parti](claim:denial), selon Pyongyang.
            [Le traité a été signé](claim:signed) ; [l’argent est le motif](claim:motive).
            [Plus tard](claim:later).
            """,
        "glossary/north-korea.fr.md": """
            ---
            name: "Corée du Nord"
            aliases: ["RPDC"]
            summary: "Un État d’Asie de l’Est."
            ---
            Aussi appelée RPDC.
            """,
        "briefings/follow-up.md": """
            ---
            title: "A follow-up"
            date: 2024-11-10
            tags: [security]
            summary: "A second briefing."
            claims:
              figure:
                status: supported
                sources: [wire]
            ---
            The [figure was about 3,000](claim:figure), see [the first](briefing:deployment#update-2).
            """,
        "briefings/draft.md": """
            ---
            title: "Draft notes"
            date: 2024-12-01
            draft: true
            ---
            Unpublished notes.
            """,
        "briefings/scheduled.md": """
            ---
            title: "Coming soon"
            date: 2025-02-01
            ---
            Not yet published.
            """,
        "pages/about.md": """
            ---
            title: "About us"
            summary: "Who writes these briefings."
            nav: 1
            ---
            We check claims.

            ## Contact

            Write to us.
            """,
        "pages/methodology.md": """
            ---
            title: "How we check"
            summary: "Verdicts and grades."
            nav: 2
            ---
            We grade every source.
            """,
        "assets/map.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>"#,
    ]
}
