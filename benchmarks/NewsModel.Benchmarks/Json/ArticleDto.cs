using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsModel.Benchmarks.Json;

// The shape of a newsmodel/2 document as plain DTOs: what a user would write instead of NewsModel.Json. Members in the
// writer's order (src/NewsModel/Shape/ModelShape.cs), so that a DTO writes the same bytes NewsModel writes. A block is
// one class with every block type's members optional, as a mark is one class with every mark's; enumerations are
// strings. Moments use DateTimeOffset for "at" (the BCL type a DTO would pick), zone and printed as strings.

public sealed class ArticleDto
{
    public string Format { get; set; } = "";
    public string Id { get; set; } = "";
    public string? Status { get; set; }
    public string? CanonicalUrl { get; set; }
    public string Language { get; set; } = "";
    public PublicationDto Publication { get; set; } = new();
    public string Headline { get; set; } = "";
    public string? Standfirst { get; set; }
    public string? Dateline { get; set; }
    public TimelineDto Timeline { get; set; } = new();
    public List<CreditDto>? Credits { get; set; }
    public List<BlockDto> Body { get; set; } = new();
    public List<MediaAssetDto>? Media { get; set; }
    public string? LeadMedia { get; set; }
    public TaxonomyDto? Taxonomy { get; set; }
    public List<PartyDto>? Parties { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<string>? Places { get; set; }
    public RightsDto? Rights { get; set; }
}

public sealed class PublicationDto
{
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string Zone { get; set; } = "";
}

public sealed class TimelineDto
{
    public MomentDto? Published { get; set; }
    public MomentDto? Updated { get; set; }
    public MomentDto? Created { get; set; }
    public MomentDto? EmbargoedUntil { get; set; }
    public MomentDto? Scheduled { get; set; }
    public WithdrawalDto? Withdrawal { get; set; }
    public List<CorrectionDto>? Corrections { get; set; }
    public List<RevisionDto>? Revisions { get; set; }
}

public sealed class MomentDto
{
    public DateTimeOffset At { get; set; }
    public string Zone { get; set; } = "";
    public string? Printed { get; set; }
    public string? Precision { get; set; }
    public DateTime? RelativeTo { get; set; }
}

public sealed class CorrectionDto
{
    public MomentDto Moment { get; set; } = new();
    public string Text { get; set; } = "";
}

public sealed class RevisionDto
{
    public MomentDto Moment { get; set; } = new();
    public string? Note { get; set; }
}

public sealed class WithdrawalDto
{
    public MomentDto Moment { get; set; } = new();
    public string? Reason { get; set; }
}

public sealed class CreditDto
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Printed { get; set; }
    public string? Id { get; set; }
    public string? ProfileUrl { get; set; }
}

public sealed class PartyDto
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
    public string? Id { get; set; }
    public string? ProfileUrl { get; set; }
}

public sealed class AttributionDto
{
    public string? Kind { get; set; }
    public int? Speaker { get; set; }
    public string? Mention { get; set; }
    public string? Cue { get; set; }
    public string? Via { get; set; }
}

public sealed class QuoteDto
{
    public string Text { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Paragraph { get; set; }
    public RangeDto Range { get; set; } = new();
    public AttributionDto Attribution { get; set; } = new();
}

public sealed class RangeDto
{
    public int Start { get; set; }
    public int Length { get; set; }
}

public sealed class MarkDto
{
    public string Type { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public string? Href { get; set; }
    public string? Title { get; set; }
    public string? Note { get; set; }
}

public sealed class InlineDto
{
    public string Text { get; set; } = "";
    public List<MarkDto>? Marks { get; set; }
}

public sealed class RowDto
{
    public List<InlineDto> Cells { get; set; } = new();
}

public sealed class BlockDto
{
    public string Type { get; set; } = "";
    public int? Level { get; set; }
    public string? Text { get; set; }
    public List<MarkDto>? Marks { get; set; }
    public bool? Ordered { get; set; }
    public List<InlineDto>? Items { get; set; }
    public bool? HeaderRow { get; set; }
    public List<RowDto>? Rows { get; set; }
    public string? Citation { get; set; }
    public string? Media { get; set; }
    public string? Url { get; set; }
    public string? Provider { get; set; }
    public string? Title { get; set; }
    public string? Article { get; set; }
    public string? Html { get; set; }
}

public sealed class RightsDto
{
    public string? Holder { get; set; }
    public string? Notice { get; set; }
    public string? LicenseUrl { get; set; }
    public string? UsageTerms { get; set; }
}

public sealed class RenditionDto
{
    public string Uri { get; set; } = "";
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? MediaType { get; set; }
    public string? Name { get; set; }
}

public sealed class MediaAssetDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Uri { get; set; }
    public string? MediaType { get; set; }
    public string? AltText { get; set; }
    public InlineDto? Caption { get; set; }
    public CreditDto? Credit { get; set; }
    public RightsDto? Rights { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? Duration { get; set; }
    public List<RenditionDto>? Renditions { get; set; }
    public List<string>? Items { get; set; }
}

public sealed class SectionDto
{
    public string Name { get; set; } = "";
    public string? Id { get; set; }
    public string? Url { get; set; }
}

public sealed class ConceptDto
{
    public string Name { get; set; } = "";
    public string? Code { get; set; }
    public string? Scheme { get; set; }
    public string? Uri { get; set; }
}

public sealed class TaxonomyDto
{
    public SectionDto? PrimarySection { get; set; }
    public List<SectionDto>? Sections { get; set; }
    public List<ConceptDto>? Subjects { get; set; }
    public List<string>? Keywords { get; set; }
    public List<ConceptDto>? Genres { get; set; }
    public int? Urgency { get; set; }
}

/// <summary>The source-generated System.Text.Json context (benchmarks only; src stays Roslyn-free).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticleDto))]
public sealed partial class ArticleDtoContext : JsonSerializerContext
{
}
