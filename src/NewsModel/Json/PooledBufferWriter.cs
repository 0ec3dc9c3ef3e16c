using System;
using System.Buffers;

namespace NewsModel.Json;

/// <summary>A growable byte buffer on <see cref="ArrayPool{T}.Shared"/>; dispose to return it. Not thread-safe.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    internal PooledBufferWriter(int initialCapacity = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    internal ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    internal ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 256);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }
        long size = Math.Max((long)_buffer.Length * 2, (long)_written + needed);
        if (size > Array.MaxLength)
        {
            size = (long)_written + needed;
            if (size > Array.MaxLength)
            {
                throw new System.Text.Json.JsonException("The document exceeds the largest possible buffer (2 GB).");
            }
        }
        var bigger = ArrayPool<byte>.Shared.Rent((int)size);
        _buffer.AsSpan(0, _written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>A destination that is never written: lets a cached writer drop its last destination.</summary>
internal sealed class DetachedBufferWriter : IBufferWriter<byte>
{
    internal static readonly DetachedBufferWriter Instance = new();

    public void Advance(int count) => throw new InvalidOperationException("Detached writer.");

    public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("Detached writer.");

    public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("Detached writer.");
}
