package load

import (
	"io"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/numtrail/numtrail/schemas"
)

// Keys of the footer summary.
const (
	keyTable           = "numtrail.table"
	keySchemaVersion   = "numtrail.schema_version"
	keyPipelineVersion = "numtrail.pipeline_version"
	keyRunID           = "numtrail.run_id"
	keyDescriptor      = "numtrail.descriptor"

	// descriptorFile is the Frictionless descriptor published next to the
	// tables, named in every footer.
	descriptorFile = "datapackage.json"
)

// Parquet layout.
const (
	// maxRowGroupRows bounds row groups: large enough for efficient scans,
	// small enough that a row group is buffered comfortably in memory.
	maxRowGroupRows = 128 * 1024
	// zstdLevel is zstd's own default level, pinned so that a change of the
	// library's default cannot change the bytes.
	zstdLevel = 3
)

// parquetSchema is t's Arrow schema with the footer summary as its metadata.
// pqarrow copies schema metadata into the footer's key-value metadata (and
// adds ARROW:schema, the serialized Arrow schema).
func parquetSchema(t *schemas.Table, meta Meta) *arrow.Schema {
	md := arrow.NewMetadata(
		[]string{keyTable, keySchemaVersion, keyPipelineVersion, keyRunID, keyDescriptor},
		[]string{t.Name, t.Version, meta.PipelineVersion, meta.RunID, descriptorFile},
	)
	return arrow.NewSchema(t.Arrow().Fields(), &md)
}

// newParquetWriter returns a pqarrow writer of table t over sink, for batches
// of schema (from parquetSchema). Its Close closes sink.
func newParquetWriter(t *schemas.Table, schema *arrow.Schema, sink io.Writer, meta Meta) (*pqarrow.FileWriter, error) {
	opts := []parquet.WriterProperty{
		parquet.WithCreatedBy(createdBy(meta.PipelineVersion)),
		parquet.WithVersion(parquet.V2_6),
		parquet.WithDataPageVersion(parquet.DataPageV1),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(zstdLevel),
		parquet.WithStats(true),
		parquet.WithMaxRowGroupLength(maxRowGroupRows),
		parquet.WithDictionaryDefault(false),
	}
	for _, name := range t.DictionaryColumns() {
		// Keep the dictionary for the marked columns whatever its cost
		// estimate; only the page-size limit may still make the writer fall
		// back to plain encoding.
		opts = append(opts,
			parquet.WithDictionaryFor(name, true),
			parquet.WithDictionaryCostFallbackFor(name, false))
	}
	props := parquet.NewWriterProperties(opts...)
	arrowProps := pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())
	return pqarrow.NewFileWriter(schema, sink, props, arrowProps)
}

// createdBy is the footer's created_by: it names numtrail, not the Parquet
// library, so that the bytes do not change with the library's version. It has
// the "<application> version <version>" form that parquet-java parses: a
// created_by it cannot parse makes it ignore the min/max statistics of every
// string column (PARQUET-251).
func createdBy(pipelineVersion string) string {
	v := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '.', r == '-', r == '+', r == '_':
			return r
		}
		return '_'
	}, pipelineVersion)
	if v == "" {
		v = "unknown"
	}
	return "numtrail version " + v
}
