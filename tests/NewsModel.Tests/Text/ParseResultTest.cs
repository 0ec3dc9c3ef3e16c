using System;
using NewsModel.Text;
using UnparsableValueException = NodaTime.Text.UnparsableValueException;

namespace NewsModel.Tests.Text;

public class ParseResultTest
{
    private static ParseResult<int> Failure() =>
        ParseResult<int>.ForFailure(new ParseFailure(TextErrorMessages.Expected, 7, TextErrorMessages.Comma));

    [Fact]
    public void ForValue_Success_GivesValue()
    {
        var result = ParseResult<int>.ForValue(42);
        result.Success.Should().BeTrue();
        result.Value.Should().Be(42);
        result.GetValueOrThrow().Should().Be(42);
        result.Message.Should().BeNull();
        result.Position.Should().Be(-1);
        result.TryGetValue(-1, out int value).Should().BeTrue();
        value.Should().Be(42);
    }

    [Fact]
    public void ForFailure_Failure_CarriesMessageAndPosition()
    {
        var result = Failure();
        result.Success.Should().BeFalse();
        result.Position.Should().Be(7);
        result.Message.Should().Be("Expected a comma at position 7.");
        result.TryGetValue(-1, out int value).Should().BeFalse();
        value.Should().Be(-1);
    }

    [Fact]
    public void Value_Failure_ThrowsUnparsableValueException()
    {
        var result = Failure();
        var act = () => result.Value;
        act.Should().Throw<UnparsableValueException>().WithMessage("Expected a comma at position 7.*");
        var act2 = () => result.GetValueOrThrow();
        act2.Should().Throw<UnparsableValueException>().Which.Index.Should().Be(7);
    }

    [Fact]
    public void Exception_Success_Throws()
    {
        var act = () => ParseResult<int>.ForValue(1).Exception;
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Exception_FailureWithInput_CarriesInput()
    {
        var exception = (UnparsableValueException)Failure().WithInput("abc").Exception;
        exception.Value.Should().Be("abc");
        exception.Index.Should().Be(7);
    }

    [Fact]
    public void Default_IsFailure_SaysUninitialized()
    {
        var result = default(ParseResult<string>);
        result.Success.Should().BeFalse();
        result.Message.Should().Be(StampPatternTest.Message(TextErrorMessages.Uninitialized, 0));
    }

    [Fact]
    public void Convert_SuccessAndFailure_ProjectsOrKeepsFailure()
    {
        ParseResult<int>.ForValue(2).Convert(i => i * 10).Value.Should().Be(20);
        var failed = Failure().Convert<string>(i => throw new InvalidOperationException("not called"));
        failed.Success.Should().BeFalse();
        failed.Message.Should().Be(Failure().Message);
        Failure().ConvertError<string>().Position.Should().Be(7);
        var act = () => ParseResult<int>.ForValue(1).ConvertError<string>();
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ToString_SuccessAndFailure_Describes()
    {
        ParseResult<int>.ForValue(5).ToString().Should().Be("Success: 5");
        Failure().ToString().Should().Be("Failure: Expected a comma at position 7.");
    }
}
