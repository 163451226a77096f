/// The trust features' pages (DESIGN §7): `methodology/`, `corrections/`, `corrections.xml` and
/// `Content/pages/`.
extension PageRenderer {
    /// What every verdict, confidence level, reliability letter and source kind means, each under the
    /// element id the rest of the site links to.
    func methodologyContext(_ page: MethodologyPage) -> TemplateFields {
        var context = chrome(page.head)
        var fields: TemplateFields = ["title": .text(page.head.title)]
        if let intro = page.intro { fields["intro"] = .html(intro) }
        fields.setIfPresent("summary", page.summary)
        fields["verdicts"] = .list(ClaimStatus.allCases.map { status in
            .object(["id": .text(MethodologyAnchors.verdict(status)), "status": .text(status.rawValue),
                     "label": .text(words.verdict(status)), "definition": .text(words.text("verdictDefinition." + status.rawValue))])
        })
        fields["confidences"] = .list(Confidence.allCases.map { level in
            .object(["id": .text(MethodologyAnchors.confidence(level)), "label": .text(words.confidence(level)),
                     "definition": .text(words.text("confidenceDefinition." + level.rawValue))])
        })
        fields["grades"] = .list(Reliability.allCases.map { grade in
            .object(["id": .text(MethodologyAnchors.reliability(grade)), "letter": .text(grade.rawValue),
                     "meaning": .text(words.reliability(grade)),
                     "definition": .text(words.text("reliabilityDefinition." + grade.rawValue))])
        })
        fields["unratedID"] = .text(MethodologyAnchors.unrated)
        fields["kinds"] = .list(SourceKind.allCases.map { kind in
            .object(["id": .text(MethodologyAnchors.kind(kind)), "label": .text(words.sourceKind(kind)),
                     "definition": .text(words.text("sourceKindDefinition." + kind.rawValue))])
        })
        context["methodology"] = .object(fields)
        return context
    }

    /// `corrections/`: every correction and update, newest first.
    func correctionsContext(_ page: CorrectionsPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["corrections"] = .object([
            "title": .text(page.head.title),
            "entries": .list(page.updates.map { .object(updateFields($0, links: links, onItsPage: false)) }),
            "hasEntries": .bool(!page.updates.isEmpty),
            "feed": .text(links.languageFile("corrections.xml")),
        ])
        return context
    }

    /// `corrections.xml`: Atom, with absolute links.
    func correctionsFeedContext(_ file: CorrectionsFeedFile) -> TemplateFields {
        let links = self.links(file.head)
        let baseURL = file.head.settings.baseURL + file.head.settings.languageLinks.folder
        var feed = chrome(file.head)
        feed["feedTitle"] = .text(words.text("title.correctionsFeed", ["site": file.head.settings.title]))
        feed["feedURL"] = .text(baseURL + "corrections.xml")
        feed["pageURL"] = .text(baseURL + "corrections/")
        feed["updated"] = .text(file.updates.first.map { DisplayDate.timestamp($0.date) } ?? "1970-01-01T00:00:00Z")
        feed["entries"] = .list(file.updates.map { .object(updateFields($0, links: links, onItsPage: false)) })
        return feed
    }

    /// A page of `Content/pages/`.
    func contentPageContext(_ page: ContentPage) -> TemplateFields {
        var context = chrome(page.head)
        var fields: TemplateFields = ["title": .text(page.head.title), "body": .html(page.body)]
        fields.setIfPresent("summary", page.summary)
        context["standalone"] = .object(fields)
        return context
    }
}
