/// Something that renders the site's templates by name: our `MustacheTemplates`, or in tests the
/// reference engine it is compared with.
public protocol TemplateRendering: Sendable {
    /// The rendered text, or nil when there is no template called `name`.
    func render(_ name: String, _ context: TemplateFields) -> String?
}

extension MustacheTemplates: TemplateRendering {}
