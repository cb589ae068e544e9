package load

import (
	"io"
	"sync"

	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// zstdPages is the codec Parquet pages are compressed with: arrow-go's own
// zstd codec, whose pages it compresses with encoders made as arrow-go
// makes them (the same options, so the same bytes), but kept between
// pages for as long as the program runs.
//
// arrow-go keeps its encoders in a sync.Pool, which drops them at every
// garbage collection; a run under its memory limit collects every few
// hundred milliseconds, and each new encoder allocates (and zeroes) a 16 MiB
// history before its first page. Encoders here are kept on a free list as
// long as the program runs, at most one for each page compressed at once
// (a handful: the columns written in parallel).
type zstdPages struct {
	compress.Codec // arrow-go's zstd codec, for all but EncodeLevel

	mu   sync.Mutex
	free map[zstd.EncoderLevel][]*zstd.Encoder
}

func init() {
	c, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		return // no zstd in arrow-go: nothing to speed up
	}
	compress.RegisterCodec(compress.Codecs.Zstd, &zstdPages{Codec: c, free: map[zstd.EncoderLevel][]*zstd.Encoder{}})
}

// EncodeLevel compresses src as arrow-go's zstd codec does: one zstd frame,
// from an encoder of the level made with the options it uses.
func (z *zstdPages) EncodeLevel(dst, src []byte, level int) []byte {
	lvl := zstd.EncoderLevelFromZstd(level)
	if level == compress.DefaultCompressionLevel {
		lvl = zstd.SpeedDefault
	}
	z.mu.Lock()
	var enc *zstd.Encoder
	if free := z.free[lvl]; len(free) > 0 {
		enc = free[len(free)-1]
		z.free[lvl] = free[:len(free)-1]
	}
	z.mu.Unlock()
	if enc == nil {
		var err error
		enc, err = zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(lvl),
			zstd.WithEncoderConcurrency(1), zstd.WithAllLitEntropyCompression(true))
		if err != nil {
			return z.Codec.EncodeLevel(dst, src, level)
		}
	}
	out := enc.EncodeAll(src, dst[:0])
	enc.Reset(nil) // as arrow-go does before pooling an encoder
	z.mu.Lock()
	z.free[lvl] = append(z.free[lvl], enc)
	z.mu.Unlock()
	return out
}

// DecodeWithError is arrow-go's (compress.ErrorCodec).
func (z *zstdPages) DecodeWithError(dst, src []byte) ([]byte, error) {
	return compress.Decode(z.Codec, dst, src)
}

// NewReader, NewWriter and NewWriterLevel are arrow-go's
// (compress.StreamingCodec).
func (z *zstdPages) NewReader(r io.Reader) io.ReadCloser {
	return z.Codec.(compress.StreamingCodec).NewReader(r)
}

func (z *zstdPages) NewWriter(w io.Writer) io.WriteCloser {
	return z.Codec.(compress.StreamingCodec).NewWriter(w)
}

func (z *zstdPages) NewWriterLevel(w io.Writer, level int) (io.WriteCloser, error) {
	return z.Codec.(compress.StreamingCodec).NewWriterLevel(w, level)
}
