// Package load writes the pipeline's tables to disk.
//
// Every table is written twice, with the same rows in the same order:
//
//   - <dir>/<table>.parquet: zstd-compressed Parquet (level 1) with column
//     statistics, dictionary encoding only for the columns the schema marks
//     low-cardinality, row groups of at most 128Ki rows in data pages of
//     256 KiB, the Arrow schema
//     stored in the footer, and a small key-value summary
//     (numtrail.table, numtrail.schema_version, numtrail.pipeline_version,
//     numtrail.run_id, numtrail.descriptor);
//   - <dir>/<table>.csv: UTF-8, comma-separated, quoted as RFC 4180 describes,
//     with a header row of the field names, "\n" line endings, and an empty
//     field for null. Dates are written YYYY-MM-DD, timestamps RFC 3339 in UTC
//     ("2024-07-17T09:30:00Z", fractional seconds only when present), and
//     floats in the shortest decimal form that parses back to the same
//     float64, without an exponent between 1e-6 and 1e21 ("4000000000",
//     "-0.25", "1e-07").
//
// Both files are byte-identical for identical input: nothing in them depends
// on the clock or on the version of the Parquet library (created_by names
// numtrail and the pipeline version).
//
// Each file is written on a goroutine of its own (the Parquet file's columns
// encoded on several), hashed and counted as it is written, and, on Linux
// where the file system allows it, with direct I/O (DirectFile): the bytes
// go to the disk without a copy in the page cache. Close fsyncs both files.
//
// A TableWriter validates every batch before writing it (field names, types
// and nullability as the schema declares them, no nulls in required columns,
// valid UTF-8 in strings, dates and timestamps within years 1 to 9999), so a
// bad batch fails without touching either file.
//
// DumpParquet prints a Parquet file as stable text for golden tests.
// ParquetReader reads a Parquet file back batch by batch, and FormatValue
// writes an Arrow value as the CSV files do, for the tools that show and check
// the files (pipeline/inspect, pipeline/validate).
package load
