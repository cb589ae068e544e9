package validate

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/etl"
	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/schemas"
)

// rawDocs of the test dataset: one with a byte-order mark and characters
// outside ASCII before its figures, so that code point and byte offsets
// differ.
var testDocs = map[string]string{
	"articles/boats.txt": "\uFEFFSmall boats: crossings pass 20,000 — ‘record’ summer\n\n" +
		"More than 20,000 people have crossed the Channel in small boats so far this year, Home Office figures show.\n" +
		"An average of 53 people were crammed into each boat, up from 41 in 2023.\n",
	"articles/boats.meta.json": `{"url": "https://news.example/boats", "title": "Small boats", "publisher": "Example News", "published": "2024-08-20", "retrieved": "2024-08-20T10:15:00.5+01:00", "source_type": "news"}`,
	"articles/costs.md": "The asylum system cost £5.38bn in 2022/23, roughly double the year before.\n\n" +
		"Ministers said hotels cost £8m a day.\n",
}

// goodDataset builds the test dataset with etl.Run into a new folder and
// returns it and its raw folder.
func goodDataset(t *testing.T) (out, raw string) {
	t.Helper()
	raw = t.TempDir()
	for p, text := range testDocs {
		full := filepath.Join(raw, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out = filepath.Join(t.TempDir(), "out")
	if _, err := etl.Run(context.Background(), etl.Config{Raw: raw, Out: out, Workers: 2, BatchRows: 2}); err != nil {
		t.Fatal(err)
	}
	return out, raw
}

func check(t *testing.T, out, raw string) *Report {
	t.Helper()
	rep, err := Dataset(context.Background(), Config{Out: out, Raw: raw})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// wantProblem fails unless rep lists a problem of file at row whose message
// contains every one of msgs.
func wantProblem(t *testing.T, rep *Report, file string, row int64, msgs ...string) {
	t.Helper()
	for _, p := range rep.Problems() {
		if p.File != file || p.Row != row {
			continue
		}
		ok := true
		for _, m := range msgs {
			ok = ok && strings.Contains(p.Msg, m)
		}
		if ok {
			return
		}
	}
	t.Errorf("no problem %s row %d: %q; got:\n%s", file, row, msgs, printed(rep))
}

// wantOnly fails unless the problems listed are exactly want (Problem.String).
func wantOnly(t *testing.T, rep *Report, want ...string) {
	t.Helper()
	var got []string
	for _, p := range rep.Problems() {
		got = append(got, p.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || rep.Count() != len(want) {
		t.Errorf("problems:\n%s\nwant:\n%s", printed(rep), strings.Join(want, "\n"))
	}
}

func printed(rep *Report) string {
	var b bytes.Buffer
	rep.Print(&b)
	return b.String()
}

func TestGoodDataset(t *testing.T) {
	out, raw := goodDataset(t)
	rep := check(t, out, raw)
	wantOnly(t, rep)
	if rep.Quotes == 0 {
		t.Error("no quote checked")
	}
	rows := map[string]int64{}
	for _, tr := range rep.Tables {
		rows[tr.Name] = tr.Rows
	}
	obs := int64(len(readCSV(t, filepath.Join(out, "observations.csv"))))
	if obs < 4 || rows["observations"] != obs || rows["sources"] != 2 || rep.Quotes != obs {
		t.Errorf("rows %v, quotes %d; want %d observations and quotes, 2 sources", rows, rep.Quotes, obs)
	}
	if len(rep.Files) != 7 || rep.Files[0].File != DescriptorFile {
		t.Errorf("files %v", rep.Files)
	}
	s := printed(rep)
	if !strings.HasPrefix(s, "validate "+out+": no problems (6 files; observations ") || strings.Count(s, "\n") != 1 {
		t.Errorf("report:\n%s", s)
	}

	// Without a raw folder the quotes are not checked.
	rep = check(t, out, "")
	wantOnly(t, rep)
	if !strings.Contains(printed(rep), "quotes not checked") {
		t.Errorf("report:\n%s", printed(rep))
	}
	if _, err := Dataset(context.Background(), Config{Out: out, Raw: filepath.Join(raw, "nope")}); err == nil {
		t.Error("a missing raw folder is not an error")
	}
	if _, err := Dataset(context.Background(), Config{Out: filepath.Join(out, "nope")}); err == nil {
		t.Error("a missing dataset folder is not an error")
	}
}

func TestParquetByteFlipped(t *testing.T) {
	out, raw := goodDataset(t)
	p := filepath.Join(out, "observations.parquet")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x01
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	rep := check(t, out, raw)
	wantProblem(t, rep, "observations.parquet", 0, "sha256:", "datapackage.json says sha256:")
	for _, f := range rep.Files {
		if f.File != "observations.parquet" && f.Count > 0 {
			t.Errorf("%s has problems: %v", f.File, f.Problems)
		}
	}
}

func TestCSVValueEdited(t *testing.T) {
	out, raw := goodDataset(t)
	rows := readCSV(t, filepath.Join(out, "observations.csv"))
	old := rows[1]["value_text"]
	editCSV(t, filepath.Join(out, "observations.csv"), 2, "value_text", "about "+old)
	rep := check(t, out, raw)
	wantOnly(t, rep,
		"observations.csv: "+sizeMsg(t, out, "observations.csv"),
		"observations.csv: "+hashMsg(t, out, "observations.csv"),
		`observations.csv row 2: value_text is "about `+old+`", observations.parquet has "`+old+`"`,
	)
}

func TestQuoteOffsets(t *testing.T) {
	out, raw := goodDataset(t)
	// Shift the first observation's offsets by one character, in both files.
	rewrite(t, out, schemas.Observations, func(mem memory.Allocator, name string, col arrow.Array) arrow.Array {
		if name != "char_start" && name != "char_end" {
			return nil
		}
		return setInt(mem, col, 0, col.(*array.Int64).Value(0)+1)
	})
	rows := readCSV(t, filepath.Join(out, "observations.csv"))
	rep := check(t, out, raw)
	if len(rep.Problems()) != 1 {
		t.Fatalf("want one problem, got:\n%s", printed(rep))
	}
	wantProblem(t, rep, "observations.parquet", 1, "quote "+quoteOf(rows[0]["quote"])+" is not the text of", "articles/boats.txt at ["+rows[0]["char_start"]+", "+rows[0]["char_end"]+"): ")

	// Past the end of the document.
	rewrite(t, out, schemas.Observations, func(mem memory.Allocator, name string, col arrow.Array) arrow.Array {
		if name != "char_end" {
			return nil
		}
		return setInt(mem, col, 0, 1_000_000)
	})
	wantProblem(t, check(t, out, raw), "observations.parquet", 1, "char_end 1000000 is past the end of raw document", "articles/boats.txt")
}

func quoteOf(s string) string { return strconv.Quote(s) }

func TestRawDocumentChanged(t *testing.T) {
	out, raw := goodDataset(t)
	editFile(t, filepath.Join(raw, "articles", "costs.md"), "£5.38bn", "£5.39bn")
	rep := check(t, out, raw)
	rows := readCSV(t, filepath.Join(out, "observations.csv"))
	first := int64(0)
	for i, r := range rows {
		if r["source_id"] == "articles/costs" {
			first = int64(i + 1)
			break
		}
	}
	// once per document, not once per row
	wantProblem(t, rep, "observations.parquet", first, "articles/costs.md has changed since the run", "quotes from it not checked")
	if rep.Count() != 1 {
		t.Errorf("want one problem:\n%s", printed(rep))
	}

	os.Remove(filepath.Join(raw, "articles", "costs.md"))
	rep = check(t, out, raw)
	wantProblem(t, rep, "observations.parquet", first, "raw document", "costs.md", "no such file")
}

func TestFileRemoved(t *testing.T) {
	out, raw := goodDataset(t)
	if err := os.Remove(filepath.Join(out, "checks.csv")); err != nil {
		t.Fatal(err)
	}
	rep := check(t, out, raw)
	wantOnly(t, rep, "checks.csv: missing (datapackage.json lists it)")
	if !strings.Contains(printed(rep), "1 problem in 1 file: checks.csv 1 (") {
		t.Errorf("report:\n%s", printed(rep))
	}
}

func TestEnumBroken(t *testing.T) {
	out, raw := goodDataset(t)
	rewrite(t, out, schemas.Observations, func(mem memory.Allocator, name string, col arrow.Array) arrow.Array {
		switch name {
		case "measure":
			return setString(mem, col, 1, "boat_people")
		case "qualifier":
			return setString(mem, col, 2, "roughly")
		}
		return nil
	})
	rep := check(t, out, raw)
	n := len(schemas.Observations.Fields[schemas.Observations.Index("measure")].Enum)
	for _, f := range []string{"observations.parquet", "observations.csv"} {
		wantProblem(t, rep, f, 2, `measure "boat_people" is not one of the schema's `)
		wantProblem(t, rep, f, 3, `qualifier "roughly" is not one of exact, approximately, more_than,`)
	}
	if rep.Count() != 4 {
		t.Errorf("want 4 problems (%d measures):\n%s", n, printed(rep))
	}
}

func TestConstraints(t *testing.T) {
	out, raw := goodDataset(t)
	rewrite(t, out, schemas.Observations, func(mem memory.Allocator, name string, col arrow.Array) arrow.Array {
		switch name {
		case "value_low":
			return setFloat(mem, col, 0, 1e12) // row 1: value_low > value
		case "char_start":
			return setInt(mem, col, 1, 10_000) // row 2: char_start > char_end
		case "period_start":
			return setDate(mem, col, 2, "2030-01-01") // row 3: after period_end, if any
		case "observation_id":
			return setString(mem, col, 3, col.(*array.String).Value(0)) // row 4: duplicate of row 1
		case "source_id":
			return setString(mem, col, 4, "articles/nowhere") // row 5: not in sources
		case "sentence":
			return setNull(mem, col, 5) // row 6: a document's row without its sentence
		}
		return nil
	})
	rows := readCSV(t, filepath.Join(out, "observations.csv"))
	rep := check(t, out, raw)
	for _, f := range []string{"observations.parquet", "observations.csv"} {
		wantProblem(t, rep, f, 1, "value_low 1000000000000 > value "+rows[0]["value"])
		wantProblem(t, rep, f, 2, "char_start 10000 >= char_end "+rows[1]["char_end"])
		wantProblem(t, rep, f, 4, `observation_id "`+rows[0]["observation_id"]+`" is also in row 1`)
	}
	if rows[2]["period_end"] != "" {
		wantProblem(t, rep, "observations.csv", 3, "period_start 2030-01-01 > period_end "+rows[2]["period_end"])
	}
	wantProblem(t, rep, "observations.parquet", 5, `source_id "articles/nowhere" is not in the sources table`)
	wantProblem(t, rep, "observations.parquet", 6, "source_type news, but sentence is null")
	wantProblem(t, rep, "observations.csv", 6, "source_type news, but sentence is null")
}

// The primary-key check finds duplicates across passes too.
func TestUniqueKeysManyPasses(t *testing.T) {
	defer func(n int64) { keysPerPass = n }(keysPerPass)
	keysPerPass = 2
	out, raw := goodDataset(t)
	rewrite(t, out, schemas.Observations, func(mem memory.Allocator, name string, col arrow.Array) arrow.Array {
		if name != "observation_id" {
			return nil
		}
		col = setString(mem, col, 2, "same")
		defer col.Release()
		return setString(mem, col, 4, "same")
	})
	rep := check(t, out, raw)
	wantOnly(t, rep,
		`observations.parquet row 5: observation_id "same" is also in row 3`,
		`observations.csv row 5: observation_id "same" is also in row 3`)
}

func TestTamperedFiles(t *testing.T) {
	out, raw := goodDataset(t)
	// another table's file in place of the observations
	copyFile(t, filepath.Join(out, "sources.parquet"), filepath.Join(out, "observations.parquet"))
	// a renamed column and a short row in the CSV
	editFile(t, filepath.Join(out, "checks.csv"), "check_id,", "id,")
	editFile(t, filepath.Join(out, "sources.csv"), ",ok,,", ",ok,")
	rep := check(t, out, raw)
	wantProblem(t, rep, "observations.parquet", 0, "sha256:")
	wantProblem(t, rep, "observations.parquet", 0, "has no columns observation_id, measure, statistic, value,")
	wantProblem(t, rep, "observations.parquet", 0, "has columns not in the schema: path, bytes, media_type, status, error, observations")
	wantProblem(t, rep, "observations.parquet", 0, "column source_type is nullable, the schema says not null")
	wantProblem(t, rep, "observations.parquet", 0, `footer says numtrail.table="sources", want "observations"`)
	wantProblem(t, rep, "observations.csv", 0, "rows, observations.parquet has 2")
	wantProblem(t, rep, "checks.csv", 0, "header has no column check_id")
	wantProblem(t, rep, "checks.csv", 0, "header has column not in the schema: id")
	wantProblem(t, rep, "sources.csv", 1, "15 fields, the header has 16")
}

func TestDescriptorProblems(t *testing.T) {
	out, raw := goodDataset(t)
	editDescriptor(t, out, func(d map[string]any) {
		res := d["resources"].([]any)
		d["resources"] = res[:len(res)-1] // drop checks-csv
		obs := res[0].(map[string]any)
		fields := obs["schema"].(map[string]any)["fields"].([]any)
		fields[3].(map[string]any)["type"] = "string"
		res[1].(map[string]any)["path"] = "../observations.csv"
	})
	rep := check(t, out, raw)
	wantProblem(t, rep, DescriptorFile, 0, `resource observations-parquet: field value has type "string", the schema says "number"`)
	wantProblem(t, rep, DescriptorFile, 0, `resource observations-csv: path "../observations.csv" is not a file inside the dataset folder`)
	wantProblem(t, rep, DescriptorFile, 0, "no resource for observations.csv")
	wantProblem(t, rep, DescriptorFile, 0, "no resource for checks.csv")

	os.Remove(filepath.Join(out, DescriptorFile))
	rep = check(t, out, raw)
	wantOnly(t, rep,
		"datapackage.json: missing",
		"datapackage.json: no resource for observations.parquet",
		"datapackage.json: no resource for observations.csv",
		"datapackage.json: no resource for sources.parquet",
		"datapackage.json: no resource for sources.csv",
		"datapackage.json: no resource for checks.parquet",
		"datapackage.json: no resource for checks.csv")
}

// Problems past MaxListed are counted, not listed.
func TestMaxListed(t *testing.T) {
	out, raw := goodDataset(t)
	editFile(t, filepath.Join(out, "observations.csv"), ",persons,", ",people,")
	rep, err := Dataset(context.Background(), Config{Out: out, Raw: raw, MaxListed: 2})
	if err != nil {
		t.Fatal(err)
	}
	var f *FileResult
	for _, fr := range rep.Files {
		if fr.File == "observations.csv" {
			f = fr
		}
	}
	if f == nil || len(f.Problems) != 2 || f.Count <= 2 {
		t.Fatalf("observations.csv: %+v", f)
	}
	s := printed(rep)
	if want := "observations.csv: " + itoa(f.Count-2) + " more problems not listed\n"; !strings.Contains(s, want) {
		t.Errorf("report lacks %q:\n%s", want, s)
	}
	if want := "problems in 1 file: observations.csv " + itoa(f.Count) + " ("; !strings.Contains(s, want) {
		t.Errorf("report lacks %q:\n%s", want, s)
	}
}

func TestPrint(t *testing.T) {
	rep := &Report{
		Out: "out", Raw: "raw", Quotes: 1,
		Files: []*FileResult{
			{File: DescriptorFile},
			{File: "observations.parquet"},
			{File: "observations.csv", Count: 3, Problems: []Problem{
				{File: "observations.csv", Row: 12, Msg: "value_low 5 > value 3"},
				{File: "observations.csv", Msg: "sha256:ab, datapackage.json says sha256:cd"},
			}},
		},
		Tables: []TableResult{{"observations", 1}, {"sources", -1}},
	}
	want := "observations.csv row 12: value_low 5 > value 3\n" +
		"observations.csv: sha256:ab, datapackage.json says sha256:cd\n" +
		"observations.csv: 1 more problem not listed\n" +
		"validate out: 3 problems in 1 file: observations.csv 3 (2 files; observations 1 row, sources unreadable; 1 quote checked against raw)\n"
	if got := printed(rep); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestErrInvalid(t *testing.T) {
	if !errors.Is(ErrInvalid, ErrInvalid) || ErrInvalid.Error() == "" {
		t.Fatal("ErrInvalid")
	}
}

// --- helpers ---

func itoa(n int) string { return strconv.Itoa(n) }

func readCSV(t *testing.T, path string) []map[string]string { return testutil.ReadCSV(t, path) }

func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editCSV sets column col of data row row (1-based) of a CSV file.
func editCSV(t *testing.T, path string, row int, col, v string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	j := slices.Index(recs[0], col)
	if j < 0 || row >= len(recs) {
		t.Fatalf("%s has no row %d column %s", path, row, col)
	}
	recs[row][j] = v
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll(recs)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sizeMsg and hashMsg are the problems of a file changed since the
// descriptor was written.
func sizeMsg(t *testing.T, out, name string) string {
	st, err := os.Stat(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	return itoa(int(st.Size())) + " bytes, datapackage.json says " + itoa(int(descriptorOf(t, out, name)["bytes"].(float64)))
}

func hashMsg(t *testing.T, out, name string) string {
	b, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:]) + ", datapackage.json says " + descriptorOf(t, out, name)["hash"].(string)
}

func descriptorOf(t *testing.T, out, name string) map[string]any {
	t.Helper()
	var r map[string]any
	editDescriptor(t, out, func(d map[string]any) {
		for _, res := range d["resources"].([]any) {
			if res.(map[string]any)["path"] == name {
				r = res.(map[string]any)
			}
		}
	})
	return r
}

func editDescriptor(t *testing.T, out string, edit func(map[string]any)) {
	t.Helper()
	p := filepath.Join(out, DescriptorFile)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var d map[string]any
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	edit(d)
	if b, err = json.MarshalIndent(d, "", "  "); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// rewrite rewrites table tbl in out, both files through load.TableWriter,
// with each column replaced by edit's result where it returns one, and brings
// the descriptor's bytes and hashes up to date.
func rewrite(t *testing.T, out string, tbl *schemas.Table, edit func(mem memory.Allocator, name string, col arrow.Array) arrow.Array) {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	pr, err := load.OpenParquet(filepath.Join(out, tbl.Name+".parquet"), mem)
	if err != nil {
		t.Fatal(err)
	}
	md := pr.Schema().Metadata()
	version, _ := md.GetValue("numtrail.pipeline_version")
	runID, _ := md.GetValue("numtrail.run_id")
	var recs []arrow.RecordBatch
	err = pr.Each(context.Background(), nil, 1<<20, func(rec arrow.RecordBatch) error {
		cols := make([]arrow.Array, rec.NumCols())
		for i, col := range rec.Columns() {
			if c := edit(mem, rec.ColumnName(i), col); c != nil {
				cols[i] = c
			} else {
				col.Retain()
				cols[i] = col
			}
		}
		recs = append(recs, array.NewRecordBatch(rec.Schema(), cols, rec.NumRows()))
		for _, c := range cols {
			c.Release()
		}
		return nil
	})
	pr.Close()
	if err != nil {
		t.Fatal(err)
	}
	w, err := load.NewTableWriter(out, tbl, load.Meta{PipelineVersion: version, RunID: runID})
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
		rec.Release()
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	editDescriptor(t, out, func(d map[string]any) {
		for _, res := range d["resources"].([]any) {
			r := res.(map[string]any)
			b, err := os.ReadFile(filepath.Join(out, r["path"].(string)))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(b)
			r["bytes"], r["hash"] = len(b), "sha256:"+hex.EncodeToString(sum[:])
		}
	})
}

// valueArray is an Arrow array of one Go value type, and valueBuilder its
// builder: what set needs to copy a column with one row changed.
type valueArray[T any] interface {
	arrow.Array
	Value(int) T
}

type valueBuilder[T any] interface {
	array.Builder
	Append(T)
}

// set copies col with row replaced by v (or by a null when null is true).
func set[T any](col arrow.Array, b valueBuilder[T], row int, v T, null bool) arrow.Array {
	a := col.(valueArray[T])
	defer b.Release()
	for i := 0; i < a.Len(); i++ {
		switch {
		case i == row && null:
			b.AppendNull()
		case i == row:
			b.Append(v)
		case a.IsNull(i):
			b.AppendNull()
		default:
			b.Append(a.Value(i))
		}
	}
	return b.NewArray()
}

func setString(mem memory.Allocator, col arrow.Array, row int, v string) arrow.Array {
	return set[string](col, array.NewStringBuilder(mem), row, v, false)
}

func setNull(mem memory.Allocator, col arrow.Array, row int) arrow.Array {
	return set[string](col, array.NewStringBuilder(mem), row, "", true)
}

func setInt(mem memory.Allocator, col arrow.Array, row int, v int64) arrow.Array {
	return set[int64](col, array.NewInt64Builder(mem), row, v, false)
}

func setFloat(mem memory.Allocator, col arrow.Array, row int, v float64) arrow.Array {
	return set[float64](col, array.NewFloat64Builder(mem), row, v, false)
}

func setDate(mem memory.Allocator, col arrow.Array, row int, v string) arrow.Array {
	tm, err := time.Parse(time.DateOnly, v)
	if err != nil {
		panic(err)
	}
	return set[arrow.Date32](col, array.NewDate32Builder(mem), row, arrow.Date32FromTime(tm), false)
}

// The quotes of an HTML page are checked against its main text, which is
// what their offsets refer to.
func TestHTMLQuotes(t *testing.T) {
	raw := t.TempDir()
	page := `<html><head><title>Boats</title></head><body><nav><a href="/">Top 10 stories</a></nav>` +
		`<article><h1>Crossings pass 20,000</h1><p>More than 20,000 people have crossed the Channel in small boats so far this year, Home Office figures show.</p>` +
		`<p>An average of 53 people were crammed into each boat, up from 41 in 2023.</p></article>` +
		`<footer>© 2024 Example News, 500 Example Street</footer></body></html>`
	if err := os.WriteFile(filepath.Join(raw, "boats.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := etl.Run(context.Background(), etl.Config{Raw: raw, Out: out, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	rep := check(t, out, raw)
	wantOnly(t, rep)
	if rep.Quotes < 3 {
		t.Errorf("%d quotes checked, want at least 3", rep.Quotes)
	}

	editFile(t, filepath.Join(raw, "boats.html"), "<footer>", "<p>Fewer than 9 boats.</p><footer>")
	wantProblem(t, check(t, out, raw), "observations.parquet", 1, "boats.html has changed since the run")
}

// A page whose charset only the Content-Type it was fetched with gives (in
// its sidecar) is read by validate as the run read it: the quote "€75
// million" is checked against "€", not the "¤" of the default windows-1252.
func TestHTMLQuotesByTheSidecarsCharset(t *testing.T) {
	raw := t.TempDir()
	page := "<html><head><title>Rwanda</title></head><body><article><h1>Rwanda deal costs mount</h1>" +
		"<p>The partnership has cost \xa475 million so far, the auditors found in a report on Tuesday.</p>" +
		"<p>A further \xa410 million is due next year, officials said.</p></article></body></html>"
	side := `{"url": "https://example.org/rwanda", "published": "2031-05-06", "content_type": "text/html; charset=ISO-8859-15"}`
	for name, b := range map[string]string{"rwanda.html": page, "rwanda.meta.json": side} {
		if err := os.WriteFile(filepath.Join(raw, name), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := etl.Run(context.Background(), etl.Config{Raw: raw, Out: out, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	obs, err := os.ReadFile(filepath.Join(out, "observations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(obs), "€75 million") {
		t.Fatalf("the run did not read the page as ISO-8859-15: %s", obs)
	}
	rep := check(t, out, raw)
	wantOnly(t, rep)
	if rep.Quotes < 2 {
		t.Errorf("%d quotes checked, want at least 2", rep.Quotes)
	}
}
