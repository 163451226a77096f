import Foundation
import Testing

/// The template checks (issue 18, "Templates checked"): a name the page's context does not have and a
/// partial of the site's own `Templates/` that nothing includes, each a warning at its place in the
/// template file, through `check --format json` and `build` like every other case.
extension DiagnosticCatalogTests {
    static let templateCases: [Case] = [
        Case(name: "misspelt variable in a footer override",
             files: ["Templates/partials/footer.mustache": "<footer>\n  <p>{{site.titel}}</p>\n</footer>\n"],
             expected: "Templates/partials/footer.mustache:2:6: warning: unknown variable 'site.titel': no page that uses this template has it, so it renders as nothing; did you mean 'site.title'?"),
        Case(name: "misspelt raw variable inside a section",
             files: ["Templates/partials/briefing-card.mustache": "<article>{{#tags}}<a href=\"{{href}}\">{{{nmae}}}</a>{{/tags}}</article>\n"],
             expected: "Templates/partials/briefing-card.mustache:1:38: warning: unknown variable 'nmae': no page that uses this template has it, so it renders as nothing; did you mean 'name'?"),
        Case(name: "unknown section name",
             files: ["Templates/partials/footer.mustache": "<footer>{{#site.descripton}}<p>{{.}}</p>{{/site.descripton}}</footer>\n"],
             expected: "Templates/partials/footer.mustache:1:9: warning: unknown section 'site.descripton': no page that uses this template has it, so it is never shown; did you mean 'site.description'?"),
        Case(name: "unknown inverted section name",
             files: ["Templates/partials/footer.mustache": "<footer>\n{{^hasBriefs}}<p>None.</p>{{/hasBriefs}}</footer>\n"],
             expected: "Templates/partials/footer.mustache:2:1: warning: unknown section 'hasBriefs': no page that uses this template has it, so it is always shown; did you mean 'hasBriefings'?"),
        Case(name: "a partial nothing includes",
             files: ["Templates/partials/credits.mustache": "<p>{{site.title}}</p>\n"],
             expected: "Templates/partials/credits.mustache:1:1: warning: partial 'partials/credits' is not used: no template includes it"),
    ]

    @Test(arguments: templateCases)
    func eachTemplateDiagnosticForCheckAndBuild(_ example: Case) throws {
        try eachDiagnosticForCheckAndBuild(example)
    }
}
