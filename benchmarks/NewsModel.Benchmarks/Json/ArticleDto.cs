using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsModel.Benchmarks.Json;

// The shape of a newsmodel/1 document as plain DTOs: what a user would write instead of NewsModel.Json.
// Moments use DateTimeOffset for "at" (the BCL type a DTO would pick), zone and printed as strings.

public sealed class ArticleDto
{
    public string Format { get; set; } = "";
    public string Id { get; set; } = "";
    public string? CanonicalUrl { get; set; }
    public string Language { get; set; } = "";
    public PublicationDto Publication { get; set; } = new();
    public string Headline { get; set; } = "";
    public string? Standfirst { get; set; }
    public string? Dateline { get; set; }
    public TimelineDto Timeline { get; set; } = new();
    public List<CreditDto>? Credits { get; set; }
    public List<string> Body { get; set; } = new();
    public List<PartyDto>? Parties { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<string>? Places { get; set; }
    public string? Copyright { get; set; }
}

public sealed class PublicationDto
{
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string Zone { get; set; } = "";
}

public sealed class TimelineDto
{
    public MomentDto Published { get; set; } = new();
    public MomentDto? Updated { get; set; }
    public MomentDto? Created { get; set; }
    public MomentDto? EmbargoedUntil { get; set; }
    public List<CorrectionDto>? Corrections { get; set; }
}

public sealed class MomentDto
{
    public DateTimeOffset At { get; set; }
    public string Zone { get; set; } = "";
    public string? Printed { get; set; }
}

public sealed class CorrectionDto
{
    public MomentDto Moment { get; set; } = new();
    public string Text { get; set; } = "";
}

public sealed class CreditDto
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Printed { get; set; }
}

public sealed class PartyDto
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
}

public sealed class AttributionDto
{
    public PartyDto Speaker { get; set; } = new();
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

/// <summary>The source-generated System.Text.Json context (benchmarks only; src stays Roslyn-free).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticleDto))]
public sealed partial class ArticleDtoContext : JsonSerializerContext
{
}
