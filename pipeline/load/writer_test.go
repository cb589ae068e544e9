package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	"github.com/xitongsys/parquet-go-source/local"
	"github.com/xitongsys/parquet-go/reader"

	"github.com/numtrail/numtrail/schemas"
)

func TestRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	tbl := schemas.Observations
	rec := buildRecord(t, mem, tbl.Arrow(), observationRows)
	defer rec.Release()
	dir := t.TempDir()
	writeTable(t, dir, tbl, rec)
	pqPath := filepath.Join(dir, "observations.parquet")
	csvPath := filepath.Join(dir, "observations.csv")

	// (a) arrow-go: every value, the footer, the column chunks.
	got := readParquet(t, mem, pqPath)
	defer got.Release()
	// pqarrow adds PARQUET:field_id metadata to every field it reads.
	if !sameFields(got.Schema(), tbl.Arrow()) {
		t.Fatalf("schema read back:\n%s\nwant:\n%s", got.Schema(), tbl.Arrow())
	}
	if got.NumRows() != 3 {
		t.Fatalf("read %d rows, want 3", got.NumRows())
	}
	for i, f := range tbl.Arrow().Fields() {
		if !array.Equal(rec.Column(i), got.Column(i)) {
			t.Errorf("column %s: read back %v, wrote %v", f.Name, got.Column(i), rec.Column(i))
		}
	}
	// Spot checks, independent of array.Equal.
	value := got.Column(tbl.Index("value")).(*array.Float64)
	if value.Value(0) != 4e9 || value.IsValid(1) || value.Value(2) != -12345.678 {
		t.Errorf("value column = %v", value)
	}
	title := got.Column(tbl.Index("source_title")).(*array.String)
	if title.Value(0) != "Kigali’s plan costs £290 million" || title.IsValid(1) {
		t.Errorf("source_title column = %v", title)
	}

	rdr, err := file.OpenParquetFile(pqPath, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	md := rdr.MetaData()
	if cb := md.GetCreatedBy(); cb != "numtrail version 0.1.0-test" {
		t.Errorf("created_by = %q", cb)
	}
	kv := map[string]string{}
	for i, k := range md.KeyValueMetadata().Keys() {
		kv[k] = md.KeyValueMetadata().Values()[i]
	}
	if kv["ARROW:schema"] == "" {
		t.Error("footer has no ARROW:schema")
	}
	delete(kv, "ARROW:schema")
	wantKV := map[string]string{
		"numtrail.table":            "observations",
		"numtrail.schema_version":   "1",
		"numtrail.pipeline_version": "0.1.0-test",
		"numtrail.run_id":           "run-0123abcd",
		"numtrail.descriptor":       "datapackage.json",
	}
	if !mapsEqual(kv, wantKV) {
		t.Errorf("footer metadata = %v, want %v", kv, wantKV)
	}
	if md.NumRowGroups() != 1 {
		t.Errorf("%d row groups, want 1", md.NumRowGroups())
	}
	dict := tbl.DictionaryColumns()
	rg := md.RowGroup(0)
	for c := 0; c < rg.NumColumns(); c++ {
		cc, err := rg.ColumnChunk(c)
		if err != nil {
			t.Fatal(err)
		}
		name := cc.PathInSchema().String()
		if cc.Compression() != compress.Codecs.Zstd {
			t.Errorf("column %s: codec %s, want ZSTD", name, cc.Compression())
		}
		hasDictEnc := slices.ContainsFunc(cc.Encodings(), func(e parquet.Encoding) bool {
			return e == parquet.Encodings.RLEDict || e == parquet.Encodings.PlainDict
		})
		if want := slices.Contains(dict, name); cc.HasDictionaryPage() != want || hasDictEnc != want {
			t.Errorf("column %s: dictionary page %v, encodings %v; want dictionary %v",
				name, cc.HasDictionaryPage(), cc.Encodings(), want)
		}
		ok, err := cc.StatsSet()
		if err != nil || !ok {
			t.Errorf("column %s: statistics set = %v, %v", name, ok, err)
			continue
		}
		st, err := cc.Statistics()
		if err != nil {
			t.Fatal(err)
		}
		if !st.HasMinMax() {
			t.Errorf("column %s: no min/max", name)
		}
		if wantNulls := int64(got.Column(c).NullN()); st.NullCount() != wantNulls {
			t.Errorf("column %s: null count %d, want %d", name, st.NullCount(), wantNulls)
		}
		switch name {
		case "value":
			fs := st.(*metadata.Float64Statistics)
			if fs.Min() != -12345.678 || fs.Max() != 4e9 {
				t.Errorf("value: min %v max %v", fs.Min(), fs.Max())
			}
		case "observation_id":
			bs := st.(*metadata.ByteArrayStatistics)
			if string(bs.Min()) != "00000000000000000000000000000002" || string(bs.Max()) != "ffffffffffffffffffffffffffffffff" {
				t.Errorf("observation_id: min %s max %s", bs.Min(), bs.Max())
			}
		}
	}

	// (b) xitongsys/parquet-go, an independent implementation.
	fr, err := local.NewLocalFileReader(pqPath)
	if err != nil {
		t.Fatal(err)
	}
	defer fr.Close()
	pr, err := reader.NewParquetReader(fr, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pr.ReadStop()
	if n := pr.GetNumRows(); n != 3 {
		t.Fatalf("parquet-go: %d rows, want 3", n)
	}
	objs, err := pr.ReadByNumber(3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(objs)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // keep int64s exact
	if err := dec.Decode(&rows); err != nil {
		t.Fatal(err)
	}
	// parquet-go names fields with an upper-case initial; numbers are
	// compared as JSON text.
	checks := []struct {
		row   int
		field string
		want  any
	}{
		{0, "Observation_id", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"},
		{0, "Measure", "public_spending"}, // dictionary-encoded
		{2, "Measure", "net_migration"},   // dictionary-encoded
		{1, "Per_period", nil},            // dictionary-encoded, null
		{0, "Value", json.Number("4000000000")},
		{2, "Value", json.Number("-12345.678")},
		{1, "Value", nil},
		{0, "Source_title", "Kigali’s plan costs £290 million"},
		{0, "Sentence", "He said, \"the scheme has cost £290 million\",\nand more."},
		{0, "Period_start", json.Number("19174")},            // 2022-07-01 in days since the epoch
		{0, "Published_at", json.Number("1721174400000000")}, // 2024-07-17T00:00:00Z in µs
		{1, "Published_at", nil},
		{2, "Char_end", json.Number("9007199254740993")},
	}
	for _, c := range checks {
		if got := rows[c.row][c.field]; got != c.want {
			t.Errorf("parquet-go row %d %s = %#v, want %#v", c.row, c.field, got, c.want)
		}
	}

	// CSV.
	recs := readCSV(t, csvPath)
	if !slices.Equal(recs[0], tbl.Names()) {
		t.Errorf("CSV header = %v, want %v", recs[0], tbl.Names())
	}
	body := recs[1:]
	want := csvRows(got) // rows as read back from the Parquet file, in order
	if len(body) != len(want) {
		t.Fatalf("CSV has %d rows, want %d", len(body), len(want))
	}
	for i := range want {
		for j := range want[i] {
			// encoding/csv's reader turns "\r\n" inside a quoted field into "\n".
			w := strings.ReplaceAll(want[i][j], "\r\n", "\n")
			if body[i][j] != w {
				t.Errorf("CSV row %d %s = %q, want %q", i+1, recs[0][j], body[i][j], w)
			}
		}
	}
	field := func(row int, name string) string { return body[row][tbl.Index(name)] }
	for _, c := range []struct{ row, name, want string }{
		{"0", "value", "4000000000"},
		{"2", "value", "-12345.678"},
		{"2", "value_low", "1e-07"},
		{"2", "value_high", "1.5e+21"},
		{"1", "value", ""},
		{"1", "per_period", ""},
		{"1", "char_start", ""},
		{"2", "char_end", "9007199254740993"},
		{"2", "value_text", "NULL"}, // the string, not a null
		{"0", "period_start", "2022-07-01"},
		{"2", "period_start", "1969-12-31"},
		{"2", "period_end", "2024-02-29"},
		{"1", "period_start", ""},
		{"0", "published_at", "2024-07-17T00:00:00Z"},
		{"0", "retrieved_at", "2024-07-18T09:30:15.123456Z"},
		{"2", "published_at", "1969-12-31T23:59:59.999999Z"},
		{"1", "published_at", ""},
		{"0", "source_title", "Kigali’s plan costs £290 million"},
		{"0", "author", `Smith, "Jo"`},
		{"0", "sentence", "He said, \"the scheme has cost £290 million\",\nand more."},
		{"2", "period_label", " since Sir Keir became PM"},
	} {
		row, _ := strconv.Atoi(c.row)
		if got := field(row, c.name); got != c.want {
			t.Errorf("CSV row %d %s = %q, want %q", row+1, c.name, got, c.want)
		}
	}
	// Floats round-trip exactly.
	for _, name := range []string{"value", "value_low", "value_high"} {
		col := rec.Column(tbl.Index(name)).(*array.Float64)
		for i := 0; i < col.Len(); i++ {
			s := field(i, name)
			if col.IsNull(i) {
				if s != "" {
					t.Errorf("CSV row %d %s = %q, want empty", i+1, name, s)
				}
				continue
			}
			f, err := strconv.ParseFloat(s, 64)
			if err != nil || math.Float64bits(f) != math.Float64bits(col.Value(i)) {
				t.Errorf("CSV row %d %s = %q parses to %v (%v), want %v", i+1, name, s, f, err, col.Value(i))
			}
		}
	}
	// Raw bytes: UTF-8 as is, "\n" line ends, "\r\n" inside a field kept.
	raw, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"Kigali’s plan costs £290 million", `"Smith, ""Jo"""`, "\"a,b\r\nc\""} {
		if !bytes.Contains(raw, []byte(sub)) {
			t.Errorf("CSV does not contain %q", sub)
		}
	}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		t.Error("CSV starts with a byte-order mark")
	}
	if !bytes.HasPrefix(raw, []byte(strings.Join(tbl.Names(), ",")+"\n")) {
		t.Errorf("CSV header line: %q", raw[:80])
	}
}

// sameFields reports whether a and b have the same field names, types and
// nullability, ignoring all metadata.
func sameFields(a, b *arrow.Schema) bool {
	if a.NumFields() != b.NumFields() {
		return false
	}
	for i, f := range a.Fields() {
		g := b.Field(i)
		if f.Name != g.Name || f.Nullable != g.Nullable || !arrow.TypeEqual(f.Type, g.Type) {
			return false
		}
	}
	return true
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestByteIdentical(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer rec.Release()
	a, b := t.TempDir(), t.TempDir()
	writeTable(t, a, schemas.Observations, rec)
	writeTable(t, b, schemas.Observations, rec)
	for _, name := range []string{"observations.parquet", "observations.csv"} {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two writes of the same batch", name)
		}
		if bytes.Contains(x, []byte("parquet-go version")) {
			t.Errorf("%s names the Parquet library version", name)
		}
	}
}

func TestAbortAndErrors(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	tbl := schemas.Observations
	good := buildRecord(t, mem, tbl.Arrow(), observationRows)
	defer good.Release()
	dir := t.TempDir()
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		return err == nil
	}

	// Abort before Close removes both files.
	w, err := NewTableWriter(dir, tbl, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(good); err != nil {
		t.Fatal(err)
	}
	if !exists("observations.parquet") || !exists("observations.csv") {
		t.Fatal("files not created")
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if exists("observations.parquet") || exists("observations.csv") {
		t.Error("Abort left files behind")
	}
	if err := w.Write(good); err == nil {
		t.Error("Write after Abort succeeded")
	}
	if err := w.Close(); err == nil {
		t.Error("Close after Abort succeeded")
	}
	if err := w.Abort(); err != nil {
		t.Errorf("second Abort: %v", err)
	}

	// Bad batches are rejected; the writer stays usable.
	w, err = NewTableWriter(dir, tbl, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	wrongTable := buildRecord(t, mem, schemas.Sources.Arrow(), []map[string]any{{"source_id": "a", "path": "a.txt", "status": "ok", "observations": int64(0)}})
	defer wrongTable.Release()
	if err := w.Write(wrongTable); err == nil {
		t.Error("writing a sources batch into observations succeeded")
	}
	// Same names and types, but a required field declared nullable.
	fields := tbl.Arrow().Fields()
	fields[0].Nullable = true
	loose := array.NewRecordBatch(arrow.NewSchema(fields, nil), good.Columns(), good.NumRows())
	defer loose.Release()
	if err := w.Write(loose); err == nil || !strings.Contains(err.Error(), "observation_id") {
		t.Errorf("writing a batch with a nullable observation_id: %v", err)
	}
	// Right schema, but a null in a required column.
	rows := append([]map[string]any{}, observationRows...)
	rows[1] = map[string]any{"observation_id": "x"}
	nulls := buildRecord(t, mem, tbl.Arrow(), rows)
	defer nulls.Release()
	if err := w.Write(nulls); err == nil || !strings.Contains(err.Error(), "null") {
		t.Errorf("writing nulls into required columns: %v", err)
	}
	// Invalid UTF-8.
	rows = append([]map[string]any{}, observationRows...)
	rows[0] = cloneRow(rows[0])
	rows[0]["quote"] = "\xff£"
	bad := buildRecord(t, mem, tbl.Arrow(), rows)
	defer bad.Release()
	if err := w.Write(bad); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("writing invalid UTF-8: %v", err)
	}
	// A character split across two values: valid as a whole, not in each.
	rows = append([]map[string]any{}, observationRows...)
	rows[0], rows[1] = cloneRow(rows[0]), cloneRow(rows[1])
	rows[0]["observation_id"], rows[1]["observation_id"] = "a\xc2", "\xa3b"
	split := buildRecord(t, mem, tbl.Arrow(), rows)
	defer split.Release()
	if err := w.Write(split); err == nil || !strings.Contains(err.Error(), "row 0: invalid UTF-8") {
		t.Errorf("writing a character split across two values: %v", err)
	}
	// Metadata on the batch's schema and fields does not matter.
	md := arrow.NewMetadata([]string{"other"}, []string{"metadata"})
	fields = tbl.Arrow().Fields()
	fields[3].Metadata = arrow.NewMetadata([]string{"PARQUET:field_id"}, []string{"-1"})
	withMD := array.NewRecordBatch(arrow.NewSchema(fields, &md), good.Columns(), good.NumRows())
	defer withMD.Release()
	if err := w.Write(withMD); err != nil {
		t.Fatal(err)
	}
	if w.Rows() != 3 {
		t.Errorf("Rows() = %d, want 3", w.Rows())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := w.Write(good); err == nil {
		t.Error("Write after Close succeeded")
	}
	if n := len(readCSV(t, filepath.Join(dir, "observations.csv"))); n != 4 {
		t.Errorf("CSV has %d lines, want 4", n)
	}
	back := readParquet(t, mem, filepath.Join(dir, "observations.parquet"))
	if back.NumRows() != 3 {
		t.Errorf("Parquet has %d rows, want 3", back.NumRows())
	}
	back.Release()
	// Abort after Close removes the finished files.
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if exists("observations.parquet") || exists("observations.csv") {
		t.Error("Abort after Close left files behind")
	}

	// A directory that does not exist.
	if _, err := NewTableWriter(filepath.Join(dir, "missing"), tbl, testMeta); err == nil {
		t.Error("NewTableWriter into a missing directory succeeded")
	}
}

func cloneRow(r map[string]any) map[string]any {
	out := make(map[string]any, len(r))
	for k, v := range r {
		out[k] = v
	}
	return out
}

func TestEmptyTable(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	dir := t.TempDir()
	empty := buildRecord(t, mem, schemas.Checks.Arrow(), nil)
	defer empty.Release()
	writeTable(t, dir, schemas.Checks, empty)

	raw, err := os.ReadFile(filepath.Join(dir, "checks.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(schemas.Checks.Names(), ",") + "\n"; string(raw) != want {
		t.Errorf("empty CSV = %q, want %q", raw, want)
	}
	got := readParquet(t, mem, filepath.Join(dir, "checks.parquet"))
	defer got.Release()
	if got.NumRows() != 0 || !sameFields(got.Schema(), schemas.Checks.Arrow()) {
		t.Errorf("empty Parquet: %d rows, schema %s", got.NumRows(), got.Schema())
	}
	var out bytes.Buffer
	if err := DumpParquet(&out, filepath.Join(dir, "checks.parquet")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\nrows: 0\n") || strings.Contains(out.String(), "row 1:") {
		t.Errorf("dump of an empty table:\n%s", out.String())
	}
}

func TestRowGroups(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	// 3 batches of 50,000 rows make 2 row groups: 131,072 and 18,928 rows.
	tbl := schemas.Checks
	var recs []arrow.RecordBatch
	for bi := 0; bi < 3; bi++ {
		b := array.NewRecordBuilder(mem, tbl.Arrow())
		for i := 0; i < 50000; i++ {
			n := bi*50000 + i
			b.Field(tbl.Index("check_id")).(*array.StringBuilder).Append(strconv.Itoa(n))
			b.Field(tbl.Index("kind")).(*array.StringBuilder).Append("identity")
			b.Field(tbl.Index("observation_id")).(*array.StringBuilder).AppendNull()
			b.Field(tbl.Index("reference_ids")).(*array.StringBuilder).AppendNull()
			b.Field(tbl.Index("verdict")).(*array.StringBuilder).Append([]string{"consistent", "inconsistent"}[n%2])
			b.Field(tbl.Index("reported_value")).(*array.Float64Builder).Append(float64(n) / 7)
			b.Field(tbl.Index("reference_value")).(*array.Float64Builder).AppendNull()
			b.Field(tbl.Index("difference")).(*array.Float64Builder).AppendNull()
			b.Field(tbl.Index("relative_difference")).(*array.Float64Builder).AppendNull()
			b.Field(tbl.Index("rule")).(*array.StringBuilder).Append("sum")
		}
		recs = append(recs, b.NewRecordBatch())
		b.Release()
	}
	defer func() {
		for _, r := range recs {
			r.Release()
		}
	}()
	dir := t.TempDir()
	writeTable(t, dir, tbl, recs...)

	rdr, err := file.OpenParquetFile(filepath.Join(dir, "checks.parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	var sizes []int64
	for i := 0; i < rdr.NumRowGroups(); i++ {
		sizes = append(sizes, rdr.MetaData().RowGroup(i).NumRows())
	}
	if !slices.Equal(sizes, []int64{131072, 18928}) {
		t.Errorf("row group sizes %v", sizes)
	}
	lines := readCSV(t, filepath.Join(dir, "checks.csv"))
	if len(lines) != 150001 || lines[150000][0] != "149999" || lines[1][5] != "0" || lines[8][5] != "1" {
		t.Errorf("CSV: %d lines, last %v", len(lines), lines[len(lines)-1])
	}
}

// Files gives the size and SHA-256 of each file, worked out while writing.
func TestFiles(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer rec.Release()
	dir := t.TempDir()
	w, err := OpenTableWriter(dir, schemas.Observations, testMeta, Options{Name: "part-1", Parallel: 3})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Files(); err == nil {
		t.Error("Files before Close succeeded")
	}
	for range 3 {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, err := w.Files()
	if err != nil || len(files) != 2 {
		t.Fatalf("files %v, %v", files, err)
	}
	for i, want := range []string{"part-1.parquet", "part-1.csv"} {
		f := files[i]
		b, err := os.ReadFile(filepath.Join(dir, want))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if f.Path != filepath.Join(dir, want) || f.Bytes != int64(len(b)) || f.SHA256 != hex.EncodeToString(sum[:]) || f.Format != strings.TrimPrefix(filepath.Ext(want), ".") {
			t.Errorf("file %d: %+v; on disk %d bytes, sha256 %x", i, f, len(b), sum)
		}
	}
}
