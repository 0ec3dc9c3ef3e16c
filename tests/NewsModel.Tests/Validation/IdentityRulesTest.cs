using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class IdentityRulesTest
{
    [Fact]
    public void IdBlank_Whitespace_Reported()
    {
        Validate(Article(id: "  ")).With(RuleCodes.IdBlank).Should().ContainSingle().Which.Path.Should().Be("id");
    }

    [Fact]
    public void IdBlank_Text_NotReported()
    {
        Validate(Article(id: "a b")).Contains(RuleCodes.IdBlank).Should().BeFalse();
    }

    [Theory]
    [InlineData("English (UK)", 1)]
    [InlineData("en_GB", 1)]
    [InlineData("en-", 4)]
    [InlineData("e", 1)]
    [InlineData("en--GB", 4)]
    [InlineData("en-GB-", 7)]
    [InlineData("123", 1)]
    [InlineData("en-US-abc", 7)]
    [InlineData("en-a", 4)]
    [InlineData("en-x", 5)]
    [InlineData("zh-Hant-Hant", 9)]
    [InlineData("en-GB-toolongvariant", 7)]
    [InlineData("en-\u00e9", 4)]
    public void LanguageInvalid_MalformedTag_ReportedWithPosition(string language, int position)
    {
        var finding = Validate(Article(language: language)).With(RuleCodes.LanguageInvalid).Should().ContainSingle().Subject;
        finding.Path.Should().Be("language");
        finding.Message.Should().Contain($"position {position}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN-gb")]
    [InlineData("zh-Hant-HK")]
    [InlineData("zh-yue-HK")]
    [InlineData("es-419")]
    [InlineData("de-CH-1996")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("x-whatever")]
    [InlineData("i-klingon")]
    [InlineData("en-GB-oed")]
    [InlineData("haw")]
    [InlineData("en-u-ca-gregory-nu-latn")]
    public void LanguageInvalid_WellFormedTag_NotReported(string language)
    {
        Validate(Article(language: language)).Contains(RuleCodes.LanguageInvalid).Should().BeFalse();
    }

    [Theory]
    [InlineData("www.example.com/news")]
    [InlineData("/news/story")]
    [InlineData("ftp://example.com/story")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://example.com/a b")]
    [InlineData("https://example.com:99999/")]
    [InlineData("https://-example.com/")]
    [InlineData("mailto:desk@example.com")]
    public void UrlInvalid_NotAbsoluteHttp_Reported(string url)
    {
        Validate(Article(canonicalUrl: url)).With(RuleCodes.UrlInvalid).Should().ContainSingle().Which.Path.Should().Be("canonicalUrl");
    }

    [Theory]
    [InlineData("https://www.scmp.com/news/asia/article/1461001/japan-n-korea-break-ice-beijing-talks")]
    [InlineData("HTTP://localhost:8080/a?b=c#d")]
    [InlineData("https://[::1]/story")]
    [InlineData("https://user@example.com/story")]
    [InlineData("https://例え.jp/記事")]
    public void UrlInvalid_AbsoluteHttp_NotReported(string url)
    {
        Validate(Article(canonicalUrl: url)).Contains(RuleCodes.UrlInvalid).Should().BeFalse();
    }
}
