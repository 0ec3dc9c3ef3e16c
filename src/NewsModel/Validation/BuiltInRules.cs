using System.Collections.Immutable;

namespace NewsModel.Validation;

/// <summary>The built-in rules, in the order they run.</summary>
internal static class BuiltInRules
{
    internal static readonly ImmutableArray<ArticleRule> All = ImmutableArray.Create<ArticleRule>(
        new IdBlankRule(),
        new HeadlineEmptyRule(),
        new HeadlineControlRule(),
        new HeadlineMarkupRule(),
        new HeadlineTooLongRule(),
        new LanguageRule(),
        new UrlRule(),
        new TimelineOrderRule(),
        new EmbargoRule(),
        new FutureRule(),
        new ZoneTzdbRule(),
        new ZoneForeignRule(),
        new UpdatedMissingRule(),
        new PrintedStampRule(),
        new PrintedStampUnreadableRule(),
        new BodyEmptyRule(),
        new ParagraphEmptyRule(),
        new BoilerplateRule(),
        new QuoteRangeRule(),
        new QuoteTextRule(),
        new QuoteRangeMismatchRule(),
        new QuoteCueRule(),
        new QuoteConflictRule(),
        new QuoteChannelRule(),
        new CreditsNoneRule(),
        new CreditNameRule(),
        new CreditDuplicateRule(),
        new PartyNameRule(),
        new PartyDuplicateRule());
}
