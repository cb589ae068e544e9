package etl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

func runInto(t *testing.T, raw string, workers int) (string, Summary, error) {
	t.Helper()
	out := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: workers, BatchRows: 3})
	return out, sum, err
}

// writeRaw lays out documents (path → text) under a new raw root.
func writeRaw(t *testing.T, docs map[string]string) string {
	t.Helper()
	raw := t.TempDir()
	for p, text := range docs {
		full := filepath.Join(raw, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return raw
}

// The seed article in raw/ gives each of its statistics with the right
// value, bounds, qualifier, unit and measure.
func TestSeedArticle(t *testing.T) {
	out, sum, err := runInto(t, "../../raw", 2)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 0 {
		t.Fatalf("rejected %d documents", sum.Rejected)
	}
	rows := testutil.ReadCSV(t, filepath.Join(out, "observations.csv"))
	byQuote := map[string]map[string]string{}
	for _, r := range rows {
		if strings.HasPrefix(r["source_id"], "articles/express-2024-07-17") {
			byQuote[r["quote"]] = r
		}
	}
	type want struct {
		quote, value, low, high, qualifier, unit, measure string
		extra                                             map[string]string
	}
	for _, w := range []want{
		{"tens of thousands", "", "20000", "90000", "vague", "persons", "asylum_applications", nil},
		{"£100 million", "100000000", "100000000", "100000000", "exact", "GBP", "payment_to_rwanda", nil},
		{"£290 million", "290000000", "290000000", "290000000", "exact", "GBP", "payment_to_rwanda", nil},
		{"over 1000", "1000", "1000", "", "more_than", "persons", "small_boat_arrivals", map[string]string{"attributed_to": "James Cleverly"}},
		{"More than 1,100", "1100", "1100", "", "more_than", "persons", "small_boat_arrivals", nil},
		{"£4billion", "4000000000", "4000000000", "4000000000", "exact", "GBP", "asylum_cost", map[string]string{"per_period": "year"}},
		{"over £100 million", "100000000", "100000000", "", "more_than", "GBP", "payment_to_rwanda", nil},
		{"tens of millions of pounds", "", "20000000", "90000000", "vague", "GBP", "payment_to_rwanda", nil},
		{"almost 610,000", "610000", "", "610000", "almost", "persons", "population_change", map[string]string{
			"geography": "England and Wales", "geography_code": "K04000001", "period_start": "2022-07-01", "period_end": "2023-06-30",
			"attributed_to": "Office for National Statistics"}},
		{"60.9 million", "60900000", "60900000", "60900000", "exact", "persons", "population", map[string]string{"geography": "England and Wales"}},
		{"1,084,000", "1084000", "1084000", "1084000", "exact", "persons", "immigration", map[string]string{"geography": "England and Wales"}},
		{"462,000", "462000", "462000", "462000", "exact", "persons", "emigration", map[string]string{"geography": "England and Wales"}},
	} {
		r, ok := byQuote[w.quote]
		if !ok {
			t.Errorf("%q not extracted", w.quote)
			continue
		}
		got := []string{r["value"], r["value_low"], r["value_high"], r["qualifier"], r["unit"], r["measure"]}
		exp := []string{w.value, w.low, w.high, w.qualifier, w.unit, w.measure}
		for i := range got {
			if !sameNumberOrText(got[i], exp[i]) {
				t.Errorf("%q: got value,low,high,qualifier,unit,measure = %v, want %v", w.quote, got, exp)
				break
			}
		}
		for k, v := range w.extra {
			if r[k] != v {
				t.Errorf("%q: %s = %q, want %q", w.quote, k, r[k], v)
			}
		}
		if r["publisher"] != "Daily Express" || r["author"] != "Michael Knowles" || r["published_at"] != "2024-07-17T00:00:00Z" {
			t.Errorf("%q: metadata %q %q %q", w.quote, r["publisher"], r["author"], r["published_at"])
		}
		if r["retrieved_at"] != "" || r["source_license"] != "" {
			t.Errorf("%q: metadata the sidecar does not state was invented: retrieved_at=%q license=%q", w.quote, r["retrieved_at"], r["source_license"])
		}
	}
	// the seed's other numbers ("mid-2023", "MI5", "one" in "day one") are
	// not statistics: exactly the thirteen labelled figures are extracted
	if len(byQuote) != 13 {
		var qs []string
		for q := range byQuote {
			qs = append(qs, q)
		}
		t.Errorf("%d statistics extracted from the seed, want 13: %q", len(byQuote), qs)
	}
}

func sameNumberOrText(got, want string) bool {
	if got == want {
		return true
	}
	a, err1 := strconv.ParseFloat(got, 64)
	b, err2 := strconv.ParseFloat(want, 64)
	return err1 == nil && err2 == nil && a == b
}

const docA = `Home Office figures show 2,150 people crossed the Channel in small boats last week.
Officials said about 40 boats were detected.`

const docB = "The asylum backlog stood at 86,000 claims in June, down 20% on last year.\r\nHotels cost £8m a day, according to the National Audit Office.\n"

const docC = "\uFEFFNet migration was 728,000 in the year ending June 2024 — “a record”, one MP said — compared with 906,000 a year earlier. Café owners in Zürich counted “nothing”."

// Every quote equals the text at its offsets, in code points, whatever the
// line ends, byte-order marks and non-ASCII text.
func TestQuotesMatchOffsets(t *testing.T) {
	docs := map[string]string{"articles/a.txt": docA, "articles/b.txt": docB, "articles/c.md": docC}
	raw := writeRaw(t, docs)
	out, sum, err := runInto(t, raw, 3)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Observations < 6 {
		t.Fatalf("only %d observations", sum.Observations)
	}
	texts := map[string][]rune{}
	for p, text := range docs {
		id := strings.TrimSuffix(strings.TrimSuffix(p, ".txt"), ".md")
		texts[id] = []rune(strings.TrimPrefix(text, "\uFEFF"))
	}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		text := texts[r["source_id"]]
		s, _ := strconv.Atoi(r["char_start"])
		e, _ := strconv.Atoi(r["char_end"])
		if s < 0 || e > len(text) || s >= e || string(text[s:e]) != r["quote"] {
			t.Errorf("%s [%d,%d) %q does not match the text", r["source_id"], s, e, r["quote"])
		}
		if !strings.Contains(r["sentence"], r["quote"]) {
			t.Errorf("%q not in its sentence %q", r["quote"], r["sentence"])
		}
	}
}

// The output does not depend on the number of workers, and a rerun writes
// the same bytes.
func TestDeterministicOutput(t *testing.T) {
	docs := map[string]string{}
	for i := 0; i < 12; i++ {
		// distinct bytes: a copy of a document is rejected
		docs["articles/d"+strconv.Itoa(i)+".txt"] = []string{docA, docB, docC}[i%3] + strings.Repeat("\n", i/3)
	}
	raw := writeRaw(t, docs)
	out1, _, err := runInto(t, raw, 1)
	if err != nil {
		t.Fatal(err)
	}
	out4, _, err := runInto(t, raw, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"observations.parquet", "observations.csv", "sources.parquet", "sources.csv", "checks.csv", "datapackage.json"} {
		a, _ := os.ReadFile(filepath.Join(out1, f))
		b, _ := os.ReadFile(filepath.Join(out4, f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between 1 and 4 workers (%d vs %d bytes)", f, len(a), len(b))
		}
	}
	rows := testutil.ReadCSV(t, filepath.Join(out1, "observations.csv"))
	prevID, prevStart := "", -1
	for _, r := range rows {
		s, _ := strconv.Atoi(r["char_start"])
		if r["source_id"] < prevID || r["source_id"] == prevID && s < prevStart {
			t.Fatalf("rows out of order at %s %d", r["source_id"], s)
		}
		prevID, prevStart = r["source_id"], s
	}
}

// A bad document is recorded with its error and does not stop the others;
// the run says so with ErrRejected.
func TestRejectedDocuments(t *testing.T) {
	raw := writeRaw(t, map[string]string{
		"articles/good.txt":       docA,
		"articles/bad-utf8.txt":   "Some 300 people \xff\xfe crossed.",
		"articles/empty.txt":      "",
		"articles/meta.txt":       docB,
		"articles/meta.meta.json": `{"title": 5}`,
	})
	out, sum, err := runInto(t, raw, 2)
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("err = %v, want ErrRejected", err)
	}
	if sum.Documents != 4 || sum.Rejected != 3 {
		t.Errorf("documents %d rejected %d, want 4 and 3", sum.Documents, sum.Rejected)
	}
	srcs := testutil.ReadCSV(t, filepath.Join(out, "sources.csv"))
	status := map[string]map[string]string{}
	for _, r := range srcs {
		status[r["path"]] = r
	}
	for path, want := range map[string]string{
		"articles/bad-utf8.txt": "invalid UTF-8",
		"articles/empty.txt":    "empty",
		"articles/meta.txt":     "meta.meta.json",
	} {
		r := status[path]
		if r["status"] != "rejected" || !strings.Contains(r["error"], want) || !strings.Contains(r["error"], strings.TrimSuffix(filepath.Base(path), ".txt")) {
			t.Errorf("%s: status %q error %q, want rejected naming %q", path, r["status"], r["error"], want)
		}
	}
	if r := status["articles/good.txt"]; r["status"] != "ok" || r["observations"] == "0" || r["error"] != "" {
		t.Errorf("good document: %v", r)
	}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		if r["source_id"] != "articles/good" {
			t.Errorf("observation from a rejected document: %v", r["source_id"])
		}
	}
}

// A run that fails leaves the previous dataset as it was.
func TestFailedRunKeepsPreviousDataset(t *testing.T) {
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA})
	out := t.TempDir()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: out}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(out, "observations.csv"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, Config{Raw: raw, Out: out}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: err = %v", err)
	}
	after, _ := os.ReadFile(filepath.Join(out, "observations.csv"))
	if !bytes.Equal(before, after) {
		t.Error("a cancelled run changed the published dataset")
	}
	ents, _ := os.ReadDir(filepath.Join(out, "runs"))
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".staging") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

// The published files are reached through out/current, which a run
// switches in one rename; older runs are kept up to KeepRuns.
func TestPublishLayout(t *testing.T) {
	out := t.TempDir()
	var ids []string
	for i, text := range []string{docA, docB, docC, docA + "\nSome 40 people were rescued."} {
		raw := writeRaw(t, map[string]string{"articles/a.txt": text})
		sum, err := Run(context.Background(), Config{Raw: raw, Out: out, KeepRuns: 2})
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		ids = append(ids, sum.RunID)
		cur, err := os.Readlink(filepath.Join(out, "current"))
		if err != nil || cur != filepath.Join("runs", sum.RunID) {
			t.Fatalf("run %d: current -> %q (%v)", i, cur, err)
		}
		for _, f := range []string{"observations.parquet", "observations.csv", "sources.csv", "checks.parquet", "datapackage.json"} {
			a, err1 := os.ReadFile(filepath.Join(out, f))
			b, err2 := os.ReadFile(filepath.Join(out, "runs", sum.RunID, f))
			if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
				t.Errorf("run %d: out/%s is not the current run's (%v %v)", i, f, err1, err2)
			}
		}
	}
	ents, _ := os.ReadDir(filepath.Join(out, "runs"))
	var kept []string
	for _, e := range ents {
		kept = append(kept, e.Name())
	}
	if len(kept) != 2 || !slicesContains(kept, ids[3]) || !slicesContains(kept, ids[2]) {
		t.Errorf("kept runs %v, want the last two of %v", kept, ids)
	}
	// an unchanged rerun keeps the same run and the same bytes
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA + "\nSome 40 people were rescued."})
	before, _ := os.ReadFile(filepath.Join(out, "observations.parquet"))
	sum, err := Run(context.Background(), Config{Raw: raw, Out: out, KeepRuns: 2})
	if err != nil || sum.RunID != ids[3] {
		t.Fatalf("rerun: %v, id %s want %s", err, sum.RunID, ids[3])
	}
	after, _ := os.ReadFile(filepath.Join(out, "observations.parquet"))
	if !bytes.Equal(before, after) {
		t.Error("an unchanged rerun changed the bytes")
	}
}

func slicesContains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// The descriptor lists every resource with its size and hash, the field
// schemas from package schemas, the sources and their licences, and the
// run's provenance, and holds no wall-clock time.
func TestDescriptor(t *testing.T) {
	out, sum, err := runInto(t, "../../raw", 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dp struct {
		Name      string                         `json:"name"`
		Version   string                         `json:"version"`
		Created   string                         `json:"created"`
		Licenses  []struct{ Title string }       `json:"licenses"`
		Sources   []struct{ Title, Path string } `json:"sources"`
		Resources []struct {
			Name, Path, Format, Hash string
			Bytes                    int64
			Schema                   struct {
				Fields []struct {
					Name, Type, Description string
					Constraints             *struct{ Enum []string }
				}
				PrimaryKey []string `json:"primaryKey"`
			}
		} `json:"resources"`
		Numtrail map[string]any `json:"numtrail"`
	}
	if err := json.Unmarshal(b, &dp); err != nil {
		t.Fatal(err)
	}
	if len(dp.Resources) != 6 || dp.Name == "" || dp.Version != Version {
		t.Fatalf("descriptor: %+v", dp)
	}
	for _, r := range dp.Resources {
		data, err := os.ReadFile(filepath.Join(out, r.Path))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(data)
		if r.Bytes != int64(len(data)) || r.Hash != "sha256:"+hex.EncodeToString(h[:]) {
			t.Errorf("%s: bytes %d hash %s do not match the file", r.Path, r.Bytes, r.Hash)
		}
		if len(r.Schema.Fields) == 0 || len(r.Schema.PrimaryKey) != 1 {
			t.Errorf("%s: schema %+v", r.Path, r.Schema)
		}
	}
	if dp.Numtrail["run_id"] != sum.RunID || !strings.HasPrefix(dp.Numtrail["inputs_sha256"].(string), sum.RunID) {
		t.Errorf("provenance %v", dp.Numtrail)
	}
	if dp.Created != "2025-02-27T00:00:00Z" { // the latest date among the inputs in raw/
		t.Errorf("created %q", dp.Created)
	}
	found := false
	for _, l := range dp.Licenses {
		found = found || l.Title == "Open Government Licence v3.0"
	}
	if !found || len(dp.Sources) < 10 {
		t.Errorf("licences %v, %d sources", dp.Licenses, len(dp.Sources))
	}
}

// panicky is an extractor that fails on one text, as a bug would.
type panicky struct{ on string }

func (p panicky) ExtractAtMost(text string, _ time.Time, _ int) ([]model.Mention, error) {
	if text == p.on {
		var ms []model.Mention
		_ = ms[len(text)] // index out of range
	}
	return []model.Mention{{Quote: text}}, nil
}

// A panic of the extractor rejects the one document it failed on, naming
// it and the panic; the others are extracted.
func TestExtractorPanicRejectsOneDocument(t *testing.T) {
	x := panicky{on: "bad"}
	ms, err := extractSafely(x, &model.Document{Path: "articles/bad.txt", Text: "bad"}, 0)
	if ms != nil || !errors.Is(err, ErrExtractor) || !strings.Contains(err.Error(), "articles/bad.txt: extractor failed: runtime error: index out of range") {
		t.Errorf("%v, %v", ms, err)
	}
	ms, err = extractSafely(x, &model.Document{Path: "articles/good.txt", Text: "good"}, 0)
	if err != nil || len(ms) != 1 {
		t.Errorf("%v, %v", ms, err)
	}
}

// A document with more figures than Config.MaxFigures (a data dump) is
// rejected with an error that names it and the limit, and the others are
// extracted; so it is on a rerun with a lower limit, when the document is
// unchanged and its figures come from the cache.
func TestTooManyFigures(t *testing.T) {
	dump := strings.Repeat("Some 41 people came. ", 30)
	raw := writeRaw(t, map[string]string{"articles/good.txt": docA, "articles/dump.txt": dump})
	out := t.TempDir()
	_, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: 2, MaxFigures: 25})
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("err = %v, want ErrRejected", err)
	}
	status := func() map[string]map[string]string {
		m := map[string]map[string]string{}
		for _, r := range testutil.ReadCSV(t, filepath.Join(out, "sources.csv")) {
			m[r["path"]] = r
		}
		return m
	}
	st := status()
	if r := st["articles/dump.txt"]; r["status"] != "rejected" || !strings.Contains(r["error"], "articles/dump.txt: too many figures: more than 25 (--max-figures)") {
		t.Errorf("dump: %v", r)
	}
	if r := st["articles/good.txt"]; r["status"] != "ok" || r["observations"] == "0" {
		t.Errorf("good: %v", r)
	}
	// allowed, then cached, then refused from the cache
	if _, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: 2, MaxFigures: 100}); err != nil {
		t.Fatal(err)
	}
	if r := status()["articles/dump.txt"]; r["status"] != "ok" || r["observations"] != "30" {
		t.Errorf("dump under a limit of 100: %v", r)
	}
	sum, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: 2, MaxFigures: 25})
	if !errors.Is(err, ErrRejected) || sum.Rejected != 1 {
		t.Fatalf("rerun: err = %v, %d rejected", err, sum.Rejected)
	}
	if r := status()["articles/dump.txt"]; r["status"] != "rejected" || !strings.Contains(r["error"], "more than 25") {
		t.Errorf("dump from the cache: %v", r)
	}
}

// A build with other rules under the same version writes other files for
// the same inputs, under the same run id: they are published in a folder of
// their own, not dropped for the old run's; an unchanged rerun keeps its
// folder.
func TestRerunByAnotherBuild(t *testing.T) {
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA})
	out := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := os.ReadFile(filepath.Join(out, "observations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// what an older build left: other bytes, and a descriptor that says so
	old := filepath.Join(out, "runs", sum.RunID)
	for _, f := range []string{"observations.csv", "datapackage.json"} {
		b, _ := os.ReadFile(filepath.Join(old, f))
		if err := os.WriteFile(filepath.Join(old, f), append(b, ' '), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if _, err := Run(context.Background(), Config{Raw: raw, Out: out, Workers: 1, Force: true}); err != nil {
			t.Fatal(err)
		}
		if cur, _ := os.Readlink(filepath.Join(out, "current")); cur != filepath.Join("runs", sum.RunID+"~2") {
			t.Errorf("current is %s", cur)
		}
		if got, _ := os.ReadFile(filepath.Join(out, "observations.csv")); !bytes.Equal(got, fresh) {
			t.Errorf("the published observations are not this build's")
		}
	}
	if ents, _ := os.ReadDir(filepath.Join(out, "runs")); len(ents) != 2 {
		t.Errorf("%d run folders, want the old one and ~2", len(ents))
	}
}
