using System;
using System.IO;
using System.Reflection;
using PublicApiGenerator;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// The public API baseline: an assembly's public surface, as text, must equal the approved file kept beside the
/// test, so every change to it shows up in review. On a difference the test writes <c>*.received.txt</c> next to
/// the approved file; copy it over the approved one when the change is intended.
/// </summary>
public static class PublicApiApproval
{
    /// <summary>Compares <paramref name="assembly"/>'s public API with <paramref name="approvedFile"/> (relative to the repository root).</summary>
    public static void Verify(Assembly assembly, string approvedFile)
    {
        string api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        string approvedPath = SharedData.RepositoryPath(approvedFile);
        string receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", "", StringComparison.Ordinal) + ".received.txt";
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (api == approved)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }
        File.WriteAllText(receivedPath, api);
        api.Should().Be(approved, $"the public API of {assembly.GetName().Name} changed: review {receivedPath} and, if intended, copy it over {approvedFile}");
    }
}
