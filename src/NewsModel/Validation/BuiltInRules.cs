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
        new StatusMomentMissingRule(),
        new StatusMomentUnexpectedRule(),
        new PrintedStampRule(),
        new PrintedStampUnreadableRule(),
        new BodyEmptyRule(),
        new BlockEmptyRule(),
        new BoilerplateRule(),
        new HeadingSkippedRule(),
        new TableRaggedRule(),
        new LinkUnsafeRule(),
        new LinkNotWebRule(),
        MediaAssetRule.AltMissing(),
        MediaAssetRule.CreditMissing(),
        MediaAssetRule.UriMissing(),
        new MediaGalleryRule(),
        new MediaLeadRule(),
        new QuoteRangeRule(),
        new QuoteTextRule(),
        new QuoteRangeMismatchRule(),
        new QuoteCueRule(),
        new QuoteSpeakerUnresolvedRule(),
        new QuoteSourceAnonymousRule(),
        new QuoteConflictRule(),
        new QuoteChannelRule(),
        new CreditsNoneRule(),
        new CreditNameRule(),
        new CreditDuplicateRule(),
        new PartyNameRule(),
        new PartyDuplicateRule(),
        new KeywordDuplicateRule());
}
