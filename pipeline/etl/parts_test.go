package etl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"github.com/numtrail/numtrail/pipeline/validate"
)

// tree returns every file under dir (its path, '/'-separated) with its bytes.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	dir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// csvLines returns the data lines of the CSV files of a table under dir
// (its one file, or its parts), sorted, without the run_id of observations
// (the last column: a run's layout is part of its id). A row holds no
// newline in these corpora unless quoted, which the comparison tolerates:
// both sides split the same way.
func csvLines(t *testing.T, dir, table string) []string {
	t.Helper()
	var lines []string
	for p, b := range tree(t, dir) {
		if p != table+".csv" && !(strings.HasPrefix(p, csvDir+"/"+table+"/") && strings.HasSuffix(p, ".csv")) {
			continue
		}
		ls := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		for _, l := range ls[1:] {
			if i := strings.LastIndexByte(l, ','); table == "observations" && i >= 0 {
				l = l[:i]
			}
			lines = append(lines, l)
		}
	}
	slices.Sort(lines)
	return lines
}

// validOut fails the test unless validate finds no problem in dir.
func validOut(t *testing.T, dir, raw string, someShards bool) *validate.Report {
	t.Helper()
	rep, err := validate.Dataset(context.Background(), validate.Config{Out: dir, Raw: raw, SomeShards: someShards})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count() > 0 {
		var b bytes.Buffer
		rep.Print(&b)
		t.Fatalf("validate %s:\n%s", dir, b.String())
	}
	return rep
}

// descriptorOf reads a descriptor.
func descriptorOf(t *testing.T, path string) (resources []map[string]any, run map[string]any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Resources []map[string]any `json:"resources"`
		Numtrail  map[string]any   `json:"numtrail"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d.Resources, d.Numtrail
}

// A partitioned run writes the rows of an unpartitioned one, each source's
// rows in the partition of its publication year, Hive style; the same bytes
// whatever the number of workers; a descriptor listing every part; a dataset
// etl validate accepts.
func TestPartitionedRun(t *testing.T) {
	raw := corpusRaw(t, 40)
	full := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: full})
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	for _, workers := range []int{1, 3} {
		out := t.TempDir()
		psum, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: workers, BatchRows: 7, PartitionBy: PartitionPublishedYear})
		if err != nil {
			t.Fatal(err)
		}
		if psum.Observations != sum.Observations || psum.Checks != sum.Checks || psum.Documents != sum.Documents || psum.RunID == sum.RunID {
			t.Fatalf("partitioned %+v, unpartitioned %+v", psum, sum)
		}
		outs = append(outs, filepath.Join(out, "current"))
	}
	a, b := tree(t, outs[0]), tree(t, outs[1])
	if len(a) != len(b) {
		t.Fatalf("%d files with 1 worker, %d with 3", len(a), len(b))
	}
	for p := range a {
		if !bytes.Equal(a[p], b[p]) {
			t.Errorf("%s differs between 1 and 3 workers", p)
		}
	}
	cur := outs[0]
	for _, table := range []string{"observations", "sources", "checks"} {
		if got, want := csvLines(t, cur, table), csvLines(t, filepath.Join(full, "current"), table); !slices.Equal(got, want) {
			t.Errorf("%s: the parts hold %d rows, the unpartitioned file %d, or other rows", table, len(got), len(want))
		}
	}
	// each observation in its year's partition
	years := map[string]bool{}
	for p := range a {
		if strings.HasSuffix(p, ".parquet") {
			if _, ok := a[csvDir+"/"+strings.TrimSuffix(p, ".parquet")+".csv"]; !ok {
				t.Errorf("%s has no CSV part", p)
			}
		}
		if !strings.HasPrefix(p, "csv/observations/") || !strings.HasSuffix(p, ".csv") {
			continue
		}
		part := strings.Split(p, "/")[2]
		year, ok := strings.CutPrefix(part, "published_year=")
		if !ok || strings.Split(p, "/")[3] != "part-00000-of-00001.csv" {
			t.Fatalf("part %s", p)
		}
		years[year] = true
		for _, r := range testutil.ReadCSV(t, filepath.Join(cur, p)) {
			if got := r["published_at"]; year == HiveNull && got != "" || year != HiveNull && !strings.HasPrefix(got, year+"-") {
				t.Fatalf("%s holds an observation published %q", p, got)
			}
		}
	}
	if !years[HiveNull] || len(years) < 3 {
		t.Errorf("partitions %v: want several years and %s", years, HiveNull)
	}
	// the descriptor lists every part, and nothing else
	resources, run := descriptorOf(t, filepath.Join(cur, DescriptorFile))
	var listed []string
	for _, r := range resources {
		p := r["path"].(string)
		listed = append(listed, p)
		part := r["numtrail"].(map[string]any)
		if !strings.HasPrefix(strings.TrimPrefix(p, "csv/"), part["table"].(string)+"/"+part["partition"].(string)+"/") {
			t.Errorf("resource %s: %v", p, part)
		}
	}
	var onDisk []string
	for p := range a {
		if p != DescriptorFile {
			onDisk = append(onDisk, p)
		}
	}
	slices.Sort(listed)
	slices.Sort(onDisk)
	if !slices.Equal(listed, onDisk) {
		t.Errorf("the descriptor lists %v, the run wrote %v", listed, onDisk)
	}
	if l := run["layout"].(map[string]any); l["partition_by"] != PartitionPublishedYear {
		t.Errorf("layout %v", l)
	}
	rep := validOut(t, filepath.Dir(cur), raw, false)
	if rep.Tables[0].Rows != sum.Observations {
		t.Errorf("validate counted %d observations, want %d", rep.Tables[0].Rows, sum.Observations)
	}
}

// n shards write disjoint parts whose union is the dataset of one run; the
// official tables' rows are in shard 0's; etl validate accepts the union,
// and a single shard with --some-shards only.
func TestShardedRuns(t *testing.T) {
	raw := corpusRaw(t, 40)
	full := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: full})
	if err != nil {
		t.Fatal(err)
	}
	const n = 3
	union := t.TempDir()
	var docs, obs int64
	runIDs := map[string]bool{}
	for i := range n {
		out := t.TempDir()
		ssum, err := Run(context.Background(), Config{Raw: raw, Out: out, Shard: i, Shards: n, BatchRows: 5})
		if err != nil {
			t.Fatal(err)
		}
		runIDs[ssum.RunID] = true
		docs += int64(ssum.Documents)
		obs += ssum.Observations
		if i == 0 && ssum.Tables != sum.Tables || i != 0 && ssum.Tables != 0 {
			t.Errorf("shard %d wrote %d official tables", i, ssum.Tables)
		}
		cur, err := os.Readlink(filepath.Join(out, "current"))
		if err != nil || !strings.HasSuffix(cur, "-shard-0000"+string(rune('0'+i))+"-of-00003") {
			t.Errorf("shard %d: current -> %s, %v", i, cur, err)
		}
		part := filepath.Join(out, "current", csvDir, "sources", "part-0000"+string(rune('0'+i))+"-of-00003.csv")
		for _, r := range testutil.ReadCSV(t, part) {
			if got := ShardOf(r["source_id"], n); r["source_type"] != "official_table" && got != i {
				t.Errorf("shard %d holds %s, of shard %d", i, r["source_id"], got)
			}
		}
		validOut(t, out, raw, true)
		if rep, err := validate.Dataset(context.Background(), validate.Config{Out: out}); err != nil || rep.Count() != n-1 {
			t.Errorf("shard %d alone: %d problems (want %d missing shards), %v", i, rep.Count(), n-1, err)
		}
		if err := os.CopyFS(union, os.DirFS(filepath.Join(out, "current"))); err != nil {
			t.Fatal(err)
		}
	}
	if len(runIDs) != 1 || docs != int64(sum.Documents) || obs != sum.Observations {
		t.Fatalf("shards: run ids %v, %d documents, %d observations; want one id, %d and %d", runIDs, docs, obs, sum.Documents, sum.Observations)
	}
	for _, table := range []string{"observations", "sources", "checks"} {
		if got, want := csvLines(t, union, table), csvLines(t, filepath.Join(full, "current"), table); !slices.Equal(got, want) {
			t.Errorf("%s: the shards hold %d rows, the unsharded run %d, or other rows", table, len(got), len(want))
		}
	}
	rep := validOut(t, union, raw, false)
	if rep.Descriptors != n || rep.Tables[0].Rows != sum.Observations {
		t.Errorf("union: %d descriptors, %d observations", rep.Descriptors, rep.Tables[0].Rows)
	}
	// a part lost in the copy, and a part twice under two names, are found
	os.Remove(filepath.Join(union, csvDir, "checks", "part-00001-of-00003.csv"))
	dup, _ := os.ReadFile(filepath.Join(union, "observations", "part-00000-of-00003.parquet"))
	os.WriteFile(filepath.Join(union, "observations", "part-00002-of-00003.parquet"), dup, 0o644)
	rep, err = validate.Dataset(context.Background(), validate.Config{Out: union, Raw: raw})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	rep.Print(&b)
	for _, want := range []string{"csv/checks/part-00001-of-00003.csv: missing", "observations/part-00002-of-00003.parquet: sha256:", "is also in observations/part-00000-of-00003.parquet row"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("validate of a broken union does not say %q:\n%s", want, b.String())
		}
	}
}

// Switching an output folder between layouts leaves no link to a file the
// current run does not have.
func TestLayoutSwitch(t *testing.T) {
	raw := corpusRaw(t, 5)
	out := t.TempDir()
	for _, cfg := range []Config{{}, {PartitionBy: PartitionSourceType}, {Shard: 1, Shards: 2}, {}} {
		cfg.Raw, cfg.Out = raw, out
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		ents, _ := os.ReadDir(out)
		for _, e := range ents {
			if _, err := os.Stat(filepath.Join(out, e.Name())); err != nil {
				t.Errorf("after a run with %+v: %s: %v", cfg, e.Name(), err)
			}
		}
		validOut(t, out, raw, true)
	}
}

// A rejected document and a document without a date go into their
// partitions (the sources row of the rejected one; the undated one in
// __HIVE_DEFAULT_PARTITION__), and the dataset is valid.
func TestPartitionedRejected(t *testing.T) {
	raw := writeRaw(t, map[string]string{
		"articles/a.txt":         docA,
		"articles/a.meta.json":   `{"published": "2024-07-17", "source_type": "news"}`,
		"articles/b.txt":         docB,
		"articles/empty.txt":     "",
		"articles/c.txt":         docC,
		"articles/c.meta.json":   `{"published": "2023-01-02"}`,
		"articles/bad.txt":       "\xff\xfe not text",
		"articles/bad.meta.json": `{"published": "2023-05-06", "source_type": "official_release"}`,
	})
	for _, key := range PartitionKeys {
		out := t.TempDir()
		sum, err := Run(context.Background(), Config{Raw: raw, Out: out, PartitionBy: key, Workers: 2})
		if !errors.Is(err, ErrRejected) || sum.Rejected != 2 {
			t.Fatalf("%s: rejected %d, %v", key, sum.Rejected, err)
		}
		validOut(t, out, raw, false)
		files := tree(t, filepath.Join(out, "current"))
		var sources []string
		for p := range files {
			if strings.HasPrefix(p, "csv/sources/") {
				for _, r := range testutil.ReadCSV(t, filepath.Join(out, "current", p)) {
					sources = append(sources, strings.Split(p, "/")[2]+" "+r["source_id"]+" "+r["status"])
				}
			}
		}
		slices.Sort(sources)
		want := map[string][]string{
			PartitionPublishedYear: {
				"published_year=2023 articles/bad rejected", "published_year=2023 articles/c ok",
				"published_year=2024 articles/a ok", "published_year=__HIVE_DEFAULT_PARTITION__ articles/b ok",
				"published_year=__HIVE_DEFAULT_PARTITION__ articles/empty rejected"},
			PartitionSourceType: {
				"source_type=__HIVE_DEFAULT_PARTITION__ articles/empty rejected", "source_type=news articles/a ok",
				"source_type=news articles/b ok", "source_type=news articles/c ok",
				"source_type=official_release articles/bad rejected"},
		}[key]
		if !slices.Equal(sources, want) {
			t.Errorf("%s: sources by partition\n%v\nwant\n%v", key, sources, want)
		}
	}
}

// The spill keeps documents whose record is in no pack in one of its own,
// and gives them back as they were.
func TestSpillOwnPack(t *testing.T) {
	s := &spill{dir: t.TempDir(), parts: map[string][]spilled{}}
	defer s.close()
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	v := 1100.0
	for i := range 3 {
		doc := &model.Document{SourceID: fmt.Sprint("d", i), Path: fmt.Sprint("d", i, ".txt"), Published: pub, SHA256: "ab"}
		r := &result{doc: doc, mentions: []model.Mention{{Start: i, End: i + 4, Quote: "1100", Sentence: "s", Value: &v}}}
		if err := s.add("k=v", r, false, packedAt{}); err != nil {
			t.Fatal(err)
		}
	}
	rejected := &result{doc: &model.Document{SourceID: "bad", Err: errors.New("no")}}
	if err := s.add("k=v", rejected, false, packedAt{}); err != nil {
		t.Fatal(err)
	}
	items := s.parts["k=v"]
	if len(items) != 4 || s.own == nil {
		t.Fatalf("%d items, own pack %v", len(items), s.own)
	}
	for i, item := range items[:3] {
		r, table, err := s.get(item)
		if err != nil || table || r.doc.SourceID != fmt.Sprint("d", i) || len(r.mentions) != 1 || r.mentions[0].Start != i || *r.mentions[0].Value != v {
			t.Errorf("item %d: %+v %v %v", i, r, table, err)
		}
	}
	if r, _, err := s.get(items[3]); err != nil || r.doc.OK() {
		t.Errorf("rejected: %+v %v", r, err)
	}
}

// Shards without documents write a descriptor with no parts; alone or in
// the union they are valid.
func TestEmptyShards(t *testing.T) {
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA})
	union := t.TempDir()
	for i := range 4 {
		out := t.TempDir()
		if _, err := Run(context.Background(), Config{Raw: raw, Out: out, Shard: i, Shards: 4, PartitionBy: PartitionPublishedYear}); err != nil {
			t.Fatal(err)
		}
		validOut(t, out, raw, true)
		if err := os.CopyFS(union, os.DirFS(filepath.Join(out, "current"))); err != nil {
			t.Fatal(err)
		}
	}
	if rep := validOut(t, union, raw, false); rep.Tables[1].Rows != 1 {
		t.Errorf("union: %d sources, want 1", rep.Tables[1].Rows)
	}
}
